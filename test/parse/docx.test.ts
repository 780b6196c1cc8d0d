/**
 * Word transcripts, against fixtures/docx/ (synthetic, built by fixtures/docx/build-docx-fixtures.ts),
 * in Node and in workerd. Paragraph numbers are written next to each paragraph in that script:
 * - teams-sync.docx: title, date, duration, an empty paragraph, "started transcription" (1-5), then
 *   17 turns as `Name   M:SS` + words on paragraphs 6-39, "stopped transcription" on 40;
 *   paragraph 12 separates name and time by a tab, 13 holds a line break, 9 an `&`.
 * - meet-planning.docx: title, attendees, "Transcript", `00:00:00` (6), 8 `Name: text` turns (7-14),
 *   `00:05:00` (15), 7 turns (16-22), then Meet's two trailer lines.
 * - teams-legacy.docx: 15 classic Teams cues, three paragraphs each (timing, name, words).
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import legacyB64 from '../../fixtures/docx/teams-legacy.docx?base64';
import meetB64 from '../../fixtures/docx/meet-planning.docx?base64';
import teamsB64 from '../../fixtures/docx/teams-sync.docx?base64';
import { isDocx, parseDocx } from '../../src/parse/formats/docx';
import { decodeXmlEntities, readParagraphs } from '../../src/parse/formats/docx-paragraphs';
import { bytesOf, errorOf } from '../helpers/parse-kit';

/** A minimal .docx whose document.xml holds these paragraphs (raw XML inside <w:body>). */
function docxOf(bodyXml: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="x"><w:body>${bodyXml}</w:body></w:document>`,
    ),
    ...extra,
  });
}
const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

describe('docx: current Teams layout (teams-sync.docx)', () => {
  const parsed = parseDocx(bytesOf(teamsB64));

  it('reads 17 turns with paragraph numbers and start times', () => {
    expect(parsed.format).toBe('docx');
    expect(parsed.cues).toHaveLength(17);
    expect(parsed.cues.map((c) => c.line)).toEqual(Array.from({ length: 17 }, (_, i) => 6 + 2 * i));
    expect(parsed.cues[0]).toEqual({
      speaker: 'Zoë Adams',
      startMs: 3_000,
      endMs: null,
      text: "Morning, all. Let's plan sprint 15. We have about 40 points of capacity.",
      line: 6,
    });
    expect(parsed.cues[16]).toEqual({
      speaker: 'Zoë Adams',
      startMs: 103_000,
      endMs: null,
      text: "Perfect. I'll put it in the board. Thanks, everyone!",
      line: 38,
    });
  });

  it('puts the title, date and duration in metadata and drops the transcription notices', () => {
    expect(parsed.metadata).toEqual({
      title: 'Sprint 15 planning-20250304_100012-Meeting Recording',
      date: 'March 4, 2025, 10:00AM',
      duration: '18m 40s',
    });
    expect(parsed.skipped).toEqual([]);
    expect(parsed.cues.some((c) => c.text.includes('transcription'))).toBe(false);
  });

  it('decodes entities, reads a tab between name and time, and joins a line break', () => {
    expect(parsed.cues[1]!.text).toBe('Before we start: the Q&A session with support moved to Thursday.');
    expect(parsed.cues[3]).toEqual({
      speaker: 'Παναγιώτης Παπαδόπουλος',
      startMs: 25_000,
      endMs: null,
      text: "The designs are final. I'd estimate 13 points for the front end. Maybe 8 more for the API.",
      line: 12,
    });
    expect(parsed.cues[5]).toMatchObject({
      speaker: '李娜',
      startMs: 44_000,
      text: "Don't forget the PDF fonts, that took us two days last time. 😅",
    });
    expect([...new Set(parsed.cues.map((c) => c.speaker))]).toEqual([
      'Zoë Adams',
      'Łukasz Nowak',
      'Παναγιώτης Παπαδόπουλος',
      'Дмитрий Иванов',
      '李娜',
    ]);
  });
});

describe('docx: Google Meet layout (meet-planning.docx)', () => {
  const parsed = parseDocx(bytesOf(meetB64));

  it('reads 15 Name: text turns on paragraphs 7-14 and 16-22', () => {
    expect(parsed.format).toBe('docx');
    expect(parsed.cues.map((c) => c.line)).toEqual([7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 19, 20, 21, 22]);
    expect(parsed.cues[0]).toEqual({
      speaker: 'Zoë Adams',
      startMs: 0,
      endMs: null,
      text: 'Hi everyone, thanks for joining. The goal today is to agree on three themes for Q2.',
      line: 7,
    });
    expect(parsed.cues[13]).toMatchObject({ speaker: '李娜', text: '👍 Same.', line: 21 });
  });

  it('dates only the turns right after the five-minute markers, and says so', () => {
    expect(parsed.cues.map((c) => c.startMs)).toEqual([
      0,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      300_000,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(parsed.timingsAreReal).toBe(false);
  });

  it('keeps the title and attendees, and drops the Meet trailer', () => {
    expect(parsed.metadata).toEqual({
      title: 'Q2 roadmap planning - 2025/03/06 10:00 CET - Transcript',
      attendees: 'Zoë Adams, Łukasz Nowak, Παναγιώτης Παπαδόπουλος, Дмитрий Иванов, 李娜',
    });
    expect(parsed.skipped).toEqual([]);
    expect(parsed.cues[14]).toMatchObject({
      speaker: 'Zoë Adams',
      text: "Great, I'll write it up and share it by Friday.",
      line: 22,
    });
  });
});

describe('docx: classic Teams layout (teams-legacy.docx)', () => {
  const parsed = parseDocx(bytesOf(legacyB64));

  it('reads 15 cues with start and end times', () => {
    expect(parsed.cues).toHaveLength(15);
    expect(parsed.cues[0]).toEqual({
      speaker: 'Zoë Adams',
      startMs: 0,
      endMs: 4_150,
      text: 'Can you all hear me?',
      line: 1,
    });
    // "0:0:6.20" is 6.2 seconds.
    expect(parsed.cues[1]).toMatchObject({ speaker: 'Łukasz Nowak', startMs: 4_150, endMs: 6_200, line: 4 });
    // "0:1:2.0" is one minute two seconds.
    expect(parsed.cues[11]).toMatchObject({ speaker: 'Zoë Adams', startMs: 57_300, endMs: 62_000, line: 34 });
    expect(parsed.cues[14]).toEqual({
      speaker: 'Zoë Adams',
      startMs: 69_750,
      endMs: 73_000,
      text: 'Perfect. Thanks, everyone.',
      line: 43,
    });
  });

  it('skips a cue with a malformed timing and reports its paragraph', () => {
    const bytes = docxOf(
      para('0:0:1.0 --> 0:0:3.0') +
        para('Zoë') +
        para('Hi.') +
        para('0:0:61.0 --> 0:1:2.0') +
        para('Łukasz') +
        para('Hello.') +
        para('0:1:3.0 --> 0:1:4.0') +
        para('Zoë') +
        para('Bye.'),
    );
    const parsed = parseDocx(bytes);
    expect(parsed.cues.map((c) => [c.speaker, c.text])).toEqual([
      ['Zoë', 'Hi.'],
      ['Zoë', 'Bye.'],
    ]);
    expect(parsed.skipped).toHaveLength(1);
    expect(parsed.skipped![0]!.line).toBe(4);
    expect(parsed.skipped![0]!.reason).toContain('"0:0:61.0');
  });

  it('rejects a document whose timings are mostly malformed, naming the paragraph', () => {
    const bytes = docxOf(
      para('0:0:1.0 --> 0:0:3.0') +
        para('Zoë') +
        para('Hi.') +
        para('0:0:61.0 --> 0:1:2.0') +
        para('Łukasz') +
        para('Hello.') +
        para('0:1:3.0 --> 0:1:4x') +
        para('Zoë') +
        para('Bye.'),
    );
    const err = errorOf(() => parseDocx(bytes));
    expect(err.code).toBe('malformed-timestamp');
    expect(err.line).toBe(4);
    expect(err.message).toContain('"0:0:61.0');
    expect(err.message).toContain('paragraph 4');
  });
});

describe('docx: recognising and refusing archives', () => {
  it('recognises .docx bytes without unpacking them', () => {
    expect(isDocx(bytesOf(teamsB64))).toBe(true);
    expect(isDocx(new TextEncoder().encode('WEBVTT\n\n'))).toBe(false);
    expect(isDocx(zipSync({ 'notes.txt': strToU8('Zoë: hi') }))).toBe(false);
  });

  it('says when a ZIP is not a Word document', () => {
    const err = errorOf(() => parseDocx(zipSync({ 'notes.txt': strToU8('Zoë: hi'), 'photo.jpg': new Uint8Array(10) })));
    expect(err.code).toBe('invalid-docx');
    expect(err.message).toBe(
      'a ZIP archive but not a Word document: it holds notes.txt, photo.jpg, and no word/document.xml',
    );
  });

  it('refuses bytes that are not a ZIP, and a damaged ZIP', () => {
    expect(errorOf(() => parseDocx(new TextEncoder().encode('Zoë: hi'))).code).toBe('invalid-docx');
    const teams = bytesOf(teamsB64);
    expect(errorOf(() => parseDocx(teams.subarray(0, teams.length - 40))).code).toBe('invalid-docx');
  });

  it('refuses an archive with more than 2000 entries', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 2001; i++) files[`word/media/${i}.txt`] = new Uint8Array(0);
    const err = errorOf(() => parseDocx(docxOf(para('Zoë: hi'), files)));
    expect(err.code).toBe('invalid-docx');
    expect(err.message).toContain('more than 2000 entries');
  });

  it('refuses a document.xml declared larger than 50 MB before inflating it', () => {
    const bytes = docxOf(para('Zoë: hi'));
    // Central directory entries start with PK\x01\x02; the uncompressed size is at offset 24, the name at 46.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let patched = false;
    for (let at = 0; at + 46 < bytes.length; at++) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(at + 28, true);
      if (new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)) === 'word/document.xml') {
        view.setUint32(at + 24, 60 * 1024 * 1024, true);
        patched = true;
      }
    }
    expect(patched).toBe(true);
    const err = errorOf(() => parseDocx(bytes));
    expect(err.code).toBe('invalid-docx');
    expect(err.message).toBe('word/document.xml would unpack to 60 MB; the limit is 50 MB');
  });

  it('says when the document has no text', () => {
    expect(errorOf(() => parseDocx(docxOf('<w:p/><w:p></w:p>'))).code).toBe('no-speech');
  });
});

describe('docx: WordprocessingML paragraphs', () => {
  it('reads text runs, tabs and breaks, and ignores tab stops, deleted text and properties', () => {
    const xml =
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="2880"/></w:tabs></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Zoë</w:t></w:r><w:r><w:tab/><w:t>0:03</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t xml:space="preserve">One </w:t><w:br/><w:t>two</w:t></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del></w:p><w:p/>';
    expect(readParagraphs(xml)).toEqual(['Zoë\t0:03', 'One \ntwo', '']);
  });

  it('decodes entities and replaces impossible code points', () => {
    expect(decodeXmlEntities('Q&amp;A &lt;ok&gt; &#8211; Zo&#xEB; &#x1F44B; &#xD800; &#99999999;')).toBe(
      'Q&A <ok> – Zoë 👋 \uFFFD &#99999999;',
    );
  });

  it('keeps what it has when the XML is cut short', () => {
    expect(readParagraphs('<w:p><w:r><w:t>Zoë: hi</w:t></w:r></w:p><w:p><w:r><w:t>cut')).toEqual(['Zoë: hi', 'cut']);
    expect(readParagraphs(`<w:p><w:r><w:t>${'<'.repeat(1_000_000)}`)).toEqual(['']);
  });
});
