/**
 * Otter.ai text exports, against fixtures/otter/ (written by us), in Node and in workerd.
 * The fixture is an invented design review: 21 turns, each `Name  M:SS`, one line of words and a
 * blank line, so turn k starts on line 3k - 2; an unidentified "Speaker 1" asks a question; the
 * file ends with Otter's "Transcribed by https://otter.ai" trailer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import otterB64 from '../../fixtures/otter/design-review-otter.txt?base64';
import retroB64 from '../../fixtures/zoom-txt/retro_meeting_saved_closed_caption.txt?base64';
import { TranscriptError } from '../../src/parse/errors';
import { otterTxt, parseSpeakerTimeBlocks, readSpeakerTimeHeader } from '../../src/parse/formats/otter-txt';
import { plainText } from '../../src/parse/formats/plain-text';
import { textOf, errorOf } from '../helpers/parse-kit';

describe('otter-txt: the design-review fixture', () => {
  const parsed = otterTxt.parse(textOf(otterB64));

  it('reads 21 turns with start times and no end times', () => {
    expect(parsed.format).toBe('otter-txt');
    expect(parsed.cues).toHaveLength(21);
    expect(parsed.cues.map((c) => c.line)).toEqual(Array.from({ length: 21 }, (_, i) => 3 * (i + 1) - 2));
    expect(parsed.cues.every((c) => c.endMs === null)).toBe(true);
    expect(parsed.cues[0]).toEqual({
      speaker: 'Zoë Adams',
      startMs: 3_000,
      endMs: null,
      text: "Okay, we're recording. This is the design review for the new onboarding flow.",
      line: 1,
    });
  });

  it('keeps the labels as written, the placeholder "Speaker 1" included', () => {
    expect([...new Set(parsed.cues.map((c) => c.speaker))]).toEqual([
      'Zoë Adams',
      'Παναγιώτης',
      'Łukasz Nowak',
      'Дмитрий',
      'Speaker 1',
      '李娜',
    ]);
    expect(parsed.cues[5]).toEqual({
      speaker: 'Speaker 1',
      startMs: 38_000,
      endMs: null,
      text: 'Sorry, quick question. Is this for the free plan as well?',
      line: 16,
    });
    // "1:04" is one minute four seconds.
    expect(parsed.cues[10]).toMatchObject({ speaker: 'Łukasz Nowak', startMs: 64_000, line: 31 });
    expect(parsed.cues[13]).toMatchObject({ speaker: '李娜', text: "I'll ask them. 👍", line: 40 });
  });

  it('drops the Otter trailer', () => {
    expect(parsed.cues[20]).toEqual({
      speaker: 'Zoë Adams',
      startMs: 123_000,
      endMs: null,
      text: 'Great. Thanks, everyone.',
      line: 61,
    });
    expect(parsed.skipped).toEqual([]);
    expect(parsed.metadata).toEqual({});
  });
});

describe('otter-txt: layouts', () => {
  it('reads hour-long times and a single space before the time', () => {
    const parsed = otterTxt.parse('Zoë Adams  1:02:15\nStill here?\n\nŁukasz 1:02:19\nYes.\n');
    expect(parsed.cues.map((c) => [c.speaker, c.startMs])).toEqual([
      ['Zoë Adams', 3_735_000],
      ['Łukasz', 3_739_000],
    ]);
  });

  it('joins a turn written on several lines', () => {
    const parsed = otterTxt.parse('Zoë  0:03\nLet us meet again\nat 12:30 tomorrow.\n');
    expect(parsed.cues).toEqual([
      { speaker: 'Zoë', startMs: 3_000, endMs: null, text: 'Let us meet again at 12:30 tomorrow.', line: 1 },
    ]);
  });

  it('does not take a sentence ending in a time for a speaker', () => {
    const parsed = otterTxt.parse('Zoë  0:03\nWhen do we meet?\n\nSure, at 12:30\nworks for me.\n');
    expect(parsed.cues).toHaveLength(1);
    expect(parsed.cues[0]!.text).toBe('When do we meet? Sure, at 12:30 works for me.');
  });

  it('reads times without names as turns without a speaker', () => {
    const parsed = otterTxt.parse('0:03\nHello.\n\n0:09\nHi there.\n');
    expect(parsed.cues.map((c) => [c.speaker, c.startMs, c.line])).toEqual([
      [null, 3_000, 1],
      [null, 9_000, 4],
    ]);
  });

  it('keeps a title above the first turn as metadata', () => {
    const parsed = otterTxt.parse('Design review\n\nZoë  0:03\nHi.\n');
    expect(parsed.metadata).toEqual({ title: 'Design review' });
    expect(parsed.cues).toHaveLength(1);
  });

  it('reads Word-style paragraphs when no blank line separates turns', () => {
    const parsed = parseSpeakerTimeBlocks('Zoë  0:03\nHi.\nŁukasz  0:05\nMorning.', { blankLineBeforeHeader: false });
    expect(parsed.cues.map((c) => [c.speaker, c.text, c.line])).toEqual([
      ['Zoë', 'Hi.', 1],
      ['Łukasz', 'Morning.', 3],
    ]);
  });

  it('rejects an impossible time with its line', () => {
    const err = errorOf(() => otterTxt.parse('Zoë  0:03\nHi.\n\nŁukasz  0:75\nMorning.\n'));
    expect(err.code).toBe('malformed-timestamp');
    expect(err.line).toBe(4);
    expect(err.message).toContain('"0:75"');
  });

  it('refuses text without any speaker-and-time line', () => {
    expect(errorOf(() => otterTxt.parse('Zoë: Hi.\nŁukasz: Morning.\n')).code).toBe('invalid-structure');
  });

  it('reads a header line on its own', () => {
    expect(readSpeakerTimeHeader('Speaker 2  12:07', 1)).toEqual({ speaker: 'Speaker 2', startMs: 727_000 });
    expect(readSpeakerTimeHeader('Thanks, see you at 3:30', 1)).toBeNull();
  });
});

describe('otter-txt: sniff', () => {
  it('is sure about Otter exports and not about Zoom captions or labelled text', () => {
    expect(otterTxt.sniff(textOf(otterB64))).toBe(0.9);
    expect(otterTxt.sniff(textOf(retroB64))).toBe(0);
    expect(otterTxt.sniff('Zoë: Hi.\nŁukasz: Morning.\n')).toBe(0);
    expect(otterTxt.sniff(textOf(otterB64))).toBeGreaterThan(plainText.sniff(textOf(otterB64)));
  });
});

describe('otter-txt: hostile input', () => {
  it('gets through a 5 MB line', () => {
    expect(otterTxt.parse(`Zoë  0:03\n${'word '.repeat(1_000_000)}`).cues[0]!.text.length).toBeGreaterThan(4_000_000);
    expect(otterTxt.sniff(`${'a '.repeat(2_500_000)}0:03`)).toBe(0);
  });

  it('throws nothing but TranscriptError on any text', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('Z', 'a', ' ', '  ', '\t', '\n', '\n\n', '0', '7', ':', ',', '.'),
          maxLength: 200,
        }),
        (text) => {
          try {
            otterTxt.sniff(text);
            otterTxt.parse(text);
          } catch (err) {
            if (!(err instanceof TranscriptError)) throw err;
          }
        },
      ),
    );
  });
});
