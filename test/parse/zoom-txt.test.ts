/**
 * Zoom's meeting_saved_closed_caption.txt, against fixtures/zoom-txt/ (written by us), in Node and
 * in workerd. The fixture is an invented sprint retro: 24 captions from 14:02:05 to 14:04:21, each
 * a header line, one text line and a blank line, except caption 9 (two text lines); CRLF endings
 * as Zoom writes them. Header k sits on line 3k - 2 up to k = 9 and on line 3k - 1 after it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import retroB64 from '../../fixtures/zoom-txt/retro_meeting_saved_closed_caption.txt?base64';
import otterB64 from '../../fixtures/otter/design-review-otter.txt?base64';
import { TranscriptError } from '../../src/parse/errors';
import { otterTxt } from '../../src/parse/formats/otter-txt';
import { plainText } from '../../src/parse/formats/plain-text';
import { zoomTxt } from '../../src/parse/formats/zoom-txt';
import { ingest } from '../../src/parse/index';
import { bytesOf, textOf, errorOf } from '../helpers/parse-kit';

describe('zoom-txt: the retro fixture', () => {
  const parsed = zoomTxt.parse(textOf(retroB64));

  it('reads all 24 captions, start times only, relative to the first one', () => {
    expect(parsed.format).toBe('zoom-txt');
    expect(parsed.cues).toHaveLength(24);
    expect(parsed.metadata).toEqual({ startClock: '14:02:05' });
    expect(parsed.skipped).toEqual([]);
    expect(parsed.cues.every((c) => c.endMs === null)).toBe(true);
    expect(parsed.cues[0]).toEqual({
      speaker: 'Zoë Adams',
      startMs: 0,
      endMs: null,
      text: "Okay, I think everyone's here. Welcome to the sprint 14 retro.",
      line: 1,
    });
  });

  it('keeps the speaker labels as written, in every script', () => {
    expect([...new Set(parsed.cues.map((c) => c.speaker))]).toEqual([
      'Zoë Adams',
      'Łukasz Nowak',
      'Παναγιώτης Παπαδόπουλος',
      'Дмитрий Иванов',
      '李娜',
    ]);
    expect(parsed.cues[6]).toMatchObject({
      speaker: '李娜',
      startMs: 38_000,
      text: 'Only the cache part! 😄 But thanks.',
      line: 19,
    });
  });

  it('joins a caption written on two lines, and counts lines after it correctly', () => {
    // 14:02:55 - 14:02:05 = 50 s; the caption spans lines 25-27, so the next header is on line 29.
    expect(parsed.cues[8]).toEqual({
      speaker: 'Łukasz Nowak',
      startMs: 50_000,
      endMs: null,
      text: 'Honestly, the estimates. We said three days for the export feature and it took almost eight.',
      line: 25,
    });
    expect(parsed.cues[9]).toMatchObject({ speaker: 'Παναγιώτης Παπαδόπουλος', startMs: 61_000, line: 29 });
    // 14:04:21 - 14:02:05 = 2 min 16 s.
    expect(parsed.cues[23]).toEqual({
      speaker: 'Zoë Adams',
      startMs: 136_000,
      endMs: null,
      text: 'Thanks, everyone. See you at planning tomorrow. 👋',
      line: 71,
    });
  });

  it('reads the raw CRLF text the same way as the decoded one', () => {
    const raw = new TextDecoder().decode(bytesOf(retroB64));
    expect(raw.includes('\r\n')).toBe(true);
    expect(zoomTxt.parse(raw).cues).toEqual(parsed.cues);
  });
});

describe('zoom-txt: times and structure', () => {
  it('continues past midnight instead of going back 24 hours', () => {
    const parsed = zoomTxt.parse('[Zoë] 23:59:50\nLate one.\n\n[Łukasz] 00:00:05\nPast midnight.\n');
    expect(parsed.cues.map((c) => c.startMs)).toEqual([0, 15_000]);
    expect(parsed.metadata).toEqual({ startClock: '23:59:50' });
  });

  it('measures from the earliest caption when the first one is not the earliest', () => {
    const parsed = zoomTxt.parse('[Zoë] 10:00:10\nSecond.\n\n[Łukasz] 10:00:05\nFirst.\n');
    expect(parsed.cues.map((c) => c.startMs)).toEqual([5_000, 0]);
    expect(parsed.metadata).toEqual({ startClock: '10:00:05' });
  });

  it('keeps a bracketed non-time line as caption text', () => {
    const parsed = zoomTxt.parse('[Zoë] 10:00:00\n[Laughter] that was a good one\n');
    expect(parsed.cues).toEqual([
      { speaker: 'Zoë', startMs: 0, endMs: null, text: '[Laughter] that was a good one', line: 1 },
    ]);
  });

  it('reports a header without text as skipped', () => {
    const parsed = zoomTxt.parse('[Zoë] 10:00:00\n\n[Łukasz] 10:00:04\nHi.\n');
    expect(parsed.cues).toHaveLength(1);
    expect(parsed.skipped).toEqual([{ line: 1, reason: 'caption header "[Zoë] 10:00:00" has no text' }]);
  });

  it('rejects an impossible time with its line', () => {
    const err = errorOf(() => zoomTxt.parse('[Zoë] 19:00:25\nHello.\n\n[Łukasz] 19:61:00\nHi.\n'));
    expect(err.code).toBe('malformed-timestamp');
    expect(err.line).toBe(4);
    expect(err.message).toContain('"19:61:00"');
  });

  it('refuses text without any caption header', () => {
    const err = errorOf(() => zoomTxt.parse('Zoë: Hello.\nŁukasz: Hi.\n'));
    expect(err.code).toBe('invalid-structure');
  });
});

describe('zoom-txt: sniff', () => {
  it('is sure about Zoom captions and not about other layouts', () => {
    expect(zoomTxt.sniff(textOf(retroB64))).toBe(0.95);
    expect(zoomTxt.sniff(textOf(otterB64))).toBe(0);
    expect(zoomTxt.sniff('Zoë: Hello.\nŁukasz: Hi.\n')).toBe(0);
  });

  it('is preferred over the Otter and plain-text sniffers on Zoom captions', () => {
    const text = textOf(retroB64);
    expect(zoomTxt.sniff(text)).toBeGreaterThan(otterTxt.sniff(text));
    expect(zoomTxt.sniff(text)).toBeGreaterThan(plainText.sniff(text));
  });
});

describe('zoom-txt: hostile input', () => {
  it('gets through a 5 MB line', () => {
    const long = `[Zoë] 10:00:00\n${'a'.repeat(5_000_000)}\n`;
    expect(zoomTxt.parse(long).cues[0]!.text).toHaveLength(5_000_000);
    expect(zoomTxt.sniff(`[${' '.repeat(5_000_000)}`)).toBe(0);
    expect(errorOf(() => zoomTxt.parse(`[${'] '.repeat(2_500_000)}`)).code).toBe('invalid-structure');
  });

  it('throws nothing but TranscriptError on any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('[', ']', ' ', '\n', '1', '9', ':', 'a', 'Z', 'x', '.'), maxLength: 200 }),
        (text) => {
          try {
            zoomTxt.sniff(text);
            zoomTxt.parse(text);
          } catch (err) {
            if (!(err instanceof TranscriptError)) throw err;
          }
        },
      ),
    );
  });
});

describe('zoom-txt: stray bytes before the first caption header', () => {
  it.each([
    ['a mis-decoded byte-order mark', 'ï»¿', 1],
    ['a doubled byte-order mark (white space to trim())', '\ufeff\ufeff', 0],
    ['a control character', '\u0001', 1],
  ])('keeps the first caption after %s', (_what, stray, reported) => {
    const parsed = zoomTxt.parse(`${stray}[Zoë Adams] 10:00:01\nHello all.\n\n[Łukasz] 10:00:05\nHi.\n`);
    expect(parsed.cues.map((c) => [c.speaker, c.startMs, c.text, c.line])).toEqual([
      ['Zoë Adams', 0, 'Hello all.', 1],
      ['Łukasz', 4_000, 'Hi.', 4],
    ]);
    expect(parsed.skipped!.map((s) => s.line)).toEqual(reported === 1 ? [1] : []);
  });

  it('is still found by ingest() by content', () => {
    const t = ingest(new TextEncoder().encode('ï»¿[Zoë Adams] 10:00:01\nHello all.\n\n[Łukasz] 10:00:05\nHi.\n'));
    expect(t.format).toBe('zoom-txt');
    expect(t.speakers.map((s) => s.name)).toEqual(['Zoë Adams', 'Łukasz']);
  });

  it('leaves a bracketed word inside text alone', () => {
    const parsed = zoomTxt.parse('[Zoë] 10:00:01\nsee[Bo] 10:00:02 here\n');
    expect(parsed.cues).toEqual([{ speaker: 'Zoë', startMs: 0, endMs: null, text: 'see[Bo] 10:00:02 here', line: 1 }]);
  });
});
