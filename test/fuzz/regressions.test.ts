/**
 * Regression tests for the bugs the fuzzing and pathological suites found in src/parse (each was
 * fixed where it lived; the suites would find them again, these say exactly what was wrong).
 */
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/parse/events';
import { TranscriptError } from '../../src/parse/errors';
import { inflateAtMost } from '../../src/parse/formats/docx-archive';
import { ingest, parseText } from '../../src/parse/index';
import { countWords } from '../../src/parse/normalize';
import { LONGEST_RECORDING_MS, parseClockTime } from '../../src/parse/timestamps';
import { buildDocx } from './helpers/encodings';
import { repeatedByteDeflate } from './helpers/zip-bomb';
import { zipBomb } from './helpers/pathological-inputs';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('plain text that starts like JSON', () => {
  // Was 422 malformed-json: a "[" at the start sent the file to JSON.parse and nowhere else.
  it('a one-line transcript with a bracketed time is plain text', () => {
    const t = ingest(utf8('[00:00:04] Zoë Adams: Morning, everyone.\n'));
    expect(t.format).toBe('plain');
    expect(t.speakers.map((s) => s.name)).toEqual(['Zoë Adams']);
    expect(t.utterances[0]).toMatchObject({ startMs: 4000, text: 'Morning, everyone.' });
  });

  it('still reports broken JSON as broken JSON when no text format reads it either', () => {
    expect(() => parseText('{"segments": [')).toThrow(expect.objectContaining({ code: 'malformed-json' }));
    expect(() => parseText('[1, 2,', { contentType: 'application/json' })).toThrow(
      expect.objectContaining({ code: 'malformed-json' }),
    );
  });
});

describe('a file certainly in the format its content type names', () => {
  // Was 201 with speakers "Kind" and "Language": sent as text/vtt, a WebVTT header without cues fell
  // back to plain text, because the hinted format's own (certain) score did not count as the best.
  it('does not fall back to plain text when that format finds nothing', () => {
    const header = 'WEBVTT - Weekly sync\nKind: captions\nLanguage: en\n';
    expect(() => ingest(utf8(header), { contentType: 'text/vtt' })).toThrow(
      expect.objectContaining({ code: 'no-speech' }),
    );
    expect(() => ingest(utf8(header))).toThrow(expect.objectContaining({ code: 'no-speech' }));
  });

  it('still lets a confident format read a file whose label is wrong', () => {
    expect(ingest(utf8('1\n00:00:01,000 --> 00:00:02,000\nZoë: hi\n'), { contentType: 'text/vtt' }).format).toBe('srt');
  });
});

describe('countWords', () => {
  it('counts whitespace-separated tokens holding a letter or digit', () => {
    // "Shall", "we", "start?" count; "👍" and "--" hold no letter or digit.
    expect(countWords('Shall we start? 👍 --')).toBe(3);
    expect(countWords('  -a- 4 ')).toBe(2);
    expect(countWords('')).toBe(0);
  });

  // Was quadratic: one pattern retried a long run of punctuation from every start position
  // (20,000 dashes took 1.5 s; the pathological suite's 5 MB line would have taken hours).
  it('counts a megabyte of punctuation as no words', () => {
    expect(countWords('-'.repeat(1024 * 1024))).toBe(0);
    expect(countWords(`${'[('.repeat(500_000)} x`)).toBe(1);
  });
});

describe('extractEvents', () => {
  it('places markers at the start, middle, end, or alone', () => {
    // "(um)" is no marker word, so it stays in the text; but the position checks look past every
    // bracket pair, marker or not, so "[laughter]" after it still counts as the start.
    expect(extractEvents('(um) [laughter] ok.').events).toEqual([
      { kind: 'laughter', label: '[laughter]', position: 'start' },
    ]);
    expect(extractEvents('ok [laughter] then').events[0]!.position).toBe('middle');
    // Punctuation alone after a marker still ends the utterance; punctuation with a space inside does not.
    expect(extractEvents('ok [laughter].').events[0]!.position).toBe('end');
    expect(extractEvents('ok [laughter] . ,').events[0]!.position).toBe('middle');
    expect(extractEvents('[laughter] [noise]').events.map((e) => e.position)).toEqual(['alone', 'alone']);
  });

  // Was quadratic: the text before and after each marker was sliced and rescanned per marker.
  it('handles 100,000 markers in one utterance', () => {
    const { text, events } = extractEvents(`so ${'[laughter] '.repeat(100_000)}ok`);
    expect(text).toBe('so ok');
    expect(events).toHaveLength(100_000);
    expect(events[0]!.position).toBe('middle');
  });
});

describe('DOCX whose header lies about the size of document.xml', () => {
  it('inflates an honest stream', () => {
    expect(new TextDecoder().decode(inflateAtMost(deflateSync(strToU8('hello')), 5))).toBe('hello');
    // 1 literal + 2 x 258 back-references = 517 spaces.
    expect(inflateAtMost(repeatedByteDeflate(0x20, 2), 517)).toHaveLength(517);
  });

  it('stops as soon as the output passes what was declared', () => {
    expect(() => inflateAtMost(deflateSync(strToU8('hello')), 4)).toThrow(TranscriptError);
  });

  // Was: fflate inflated the whole stream whatever the header said (1 GiB from 6.8 MB took 4 s,
  // and the 10 MB upload limit allows ~10 GiB with dynamic Huffman codes).
  it('refuses a 1 GiB document.xml declared as 1,000 bytes with invalid-docx', () => {
    expect(() => ingest(zipBomb(1000))).toThrow(
      expect.objectContaining({
        code: 'invalid-docx',
        message: expect.stringContaining('more than the 1000 bytes its header declares'),
      }),
    );
  });
});

describe('times past a week', () => {
  // Was accepted by WebVTT (hours "of any length"): a 200-byte file made a 114,000-year meeting, and
  // the PDF report, whose timeline grows with the meeting's length, ran out of memory on it.
  it('a WebVTT cue 999,999,999 hours in is a bad timing, skipped with a warning', () => {
    const t = ingest(
      utf8(
        'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nAna: hi\n\n999999999:00:00.000 --> 999999999:00:01.000\nBo: later\n',
      ),
    );
    expect(t.utterances.map((u) => u.text)).toEqual(['hi']);
    expect(t.issues.map((i) => i.code)).toContain('skipped-blocks');
    expect(t.durationMs).toBe(1000);
  });

  it('a file whose only cue is past a week is refused with the line of its timing', () => {
    // Line 3 holds the timing.
    expect(() => ingest(utf8('WEBVTT\n\n169:00:00.000 --> 169:00:01.000\nAna: hi\n'))).toThrow(
      expect.objectContaining({ code: 'malformed-timestamp', line: 3 }),
    );
  });

  it('the clock times of the other text formats stop at a week too', () => {
    // 168 hours is exactly a week: allowed; 999 hours (41 days) is not.
    expect(parseClockTime('168:00:00')).toBe(LONGEST_RECORDING_MS);
    expect(parseClockTime('168:00:01')).toBeNull();
    expect(parseClockTime('999:00:00')).toBeNull();
  });
});

describe('a carriage return inside a Word paragraph', () => {
  // Was "paragraph 4" (or "paragraph null"): the text parsers split "hi\rthere" into two lines, the
  // paragraph map did not, so every line number after it pointed one paragraph too far.
  it('keeps error lines pointing at the right paragraph', () => {
    // Paragraphs: 1 "Meeting notes", 2 "Zoë: hi\rthere" (two lines), 3 the bad time, 4 "Bo: ok".
    const docx = buildDocx(['Meeting notes', 'Zoë: hi\rthere', '99:99:99.999', 'Bo: ok']);
    expect(() => ingest(docx)).toThrow(
      expect.objectContaining({
        code: 'malformed-timestamp',
        line: 3,
        message: expect.stringContaining('(paragraph 3 of the Word document)'),
      }),
    );
  });

  it('gives both lines the paragraph they came from', () => {
    const t = ingest(buildDocx(['Zoë: one\rBo: two', 'Ana: three']));
    expect(t.utterances.map((u) => [u.text, u.line])).toEqual([
      ['one', 1],
      ['two', 1],
      ['three', 2],
    ]);
  });
});
