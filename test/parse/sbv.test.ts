/**
 * The SBV parser against our own fixture (fixtures/sbv/town-hall.sbv) and small inline files, in Node
 * and in workerd. Expected values were worked out by hand from the fixture: a one-line cue n has its
 * timing on line 3n − 2 and its text on line 3n − 1; cue 2 has two text lines, which moves every later
 * cue down by one line; cue 15 has a malformed end time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import townHallB64 from '../../fixtures/sbv/town-hall.sbv?base64';
import { TranscriptError } from '../../src/parse/errors';
import { parseSbvTiming, sbv } from '../../src/parse/formats/sbv';
import { textOf, errorOf } from '../helpers/parse-kit';

describe('sbv: YouTube captions (fixtures/sbv/town-hall.sbv)', () => {
  const parsed = sbv.parse(textOf(townHallB64));

  it('reads 15 of 16 cues and reports the one with a malformed timing', () => {
    expect(parsed.format).toBe('sbv');
    expect(parsed.cues).toHaveLength(15);
    expect(parsed.skipped).toHaveLength(1);
    expect(parsed.skipped![0]!.line).toBe(44);
    expect(parsed.skipped![0]!.reason).toContain('0:01:2x.500');
  });

  it('takes speakers from `Name:` prefixes', () => {
    const counts: Record<string, number> = {};
    for (const c of parsed.cues) counts[String(c.speaker)] = (counts[String(c.speaker)] ?? 0) + 1;
    expect(counts).toEqual({ 'Amara Okafor': 8, 'Henrik Solberg': 3, 'Fatima Zahra': 3, null: 1 });
  });

  it('reads H:MM:SS.mmm times and the text line', () => {
    expect(parsed.cues[0]).toEqual({
      speaker: 'Amara Okafor',
      startMs: 599,
      endMs: 4160,
      text: 'Hi everyone, and welcome to the Q3 town hall.',
      line: 2,
    });
    expect(parsed.cues[14]).toEqual({
      speaker: 'Amara Okafor',
      startMs: 91000,
      endMs: 95200,
      text: "Great. That's all for today, thanks for joining!",
      line: 48,
    });
  });

  it('joins a two-line cue and keeps the colon inside the text', () => {
    expect(parsed.cues[1]).toEqual({
      speaker: 'Amara Okafor',
      startMs: 4700,
      endMs: 10250,
      text: 'We have three topics today: the office move, hiring, and your questions.',
      line: 5,
    });
  });

  it('decodes &amp; and keeps [applause] unattributed', () => {
    expect(parsed.cues[8]).toMatchObject({
      speaker: 'Fatima Zahra',
      text: "We're hiring eight people this quarter, mostly in support & engineering.",
      line: 27,
    });
    expect(parsed.cues[10]).toEqual({ speaker: null, startMs: 60600, endMs: 62900, text: '[applause]', line: 33 });
  });

  it('is sniffed with confidence', () => {
    expect(sbv.sniff(textOf(townHallB64))).toBe(0.9);
  });
});

describe('sbv: structure and errors', () => {
  it('reads a cue that follows without a blank line, and reports text without a timing', () => {
    const parsed = sbv.parse(
      '0:00:01.000,0:00:02.000\nfirst\n0:00:03.000,0:00:04.000\nsecond\n\nstray line\n\n0:00:05.000,0:00:06.000\nthird',
    );
    expect(parsed.cues.map((c) => [c.text, c.line])).toEqual([
      ['first', 2],
      ['second', 4],
      ['third', 9],
    ]);
    expect(parsed.skipped).toEqual([{ line: 6, reason: 'text without a timing line ("stray line") was skipped' }]);
  });

  it('parses the timing line strictly enough to catch typos', () => {
    expect(parseSbvTiming('0:01:02.500,0:01:04.000')).toEqual({ startMs: 62500, endMs: 64000 });
    expect('error' in parseSbvTiming('0:00:13.f89,0:00:15.489')).toBe(true);
    expect('error' in parseSbvTiming('0:00:61.000,0:01:02.000')).toBe(true);
  });

  it('throws malformed-timestamp at line 1 when no line is a timing line', () => {
    const err = errorOf(() => sbv.parse('Hello there\nGeneral Kenobi'));
    expect(err.code).toBe('malformed-timestamp');
    expect(err.line).toBe(1);
  });

  it('throws malformed-timestamp at the first bad timing when no cue is usable', () => {
    const err = errorOf(() => sbv.parse('0:00:01.000,0:00:0x.000\nOne\n\n0:00:03.000,0:00:04.000x\nTwo'));
    expect(err.code).toBe('malformed-timestamp');
    expect(err.line).toBe(1);
  });

  it('throws no-speech when the timed cues have no text, empty-input for nothing', () => {
    expect(errorOf(() => sbv.parse('0:00:01.000,0:00:02.000\n\n0:00:03.000,0:00:04.000\n')).code).toBe('no-speech');
    expect(errorOf(() => sbv.parse('')).code).toBe('empty-input');
  });

  it('sniffs no SBV in SRT or WebVTT', () => {
    expect(sbv.sniff('1\n00:00:01,000 --> 00:00:02,000\nHi')).toBe(0);
    expect(sbv.sniff('WEBVTT\n\n00:01.000 --> 00:02.000\nHi')).toBe(0);
    expect(sbv.sniff('\n\nintro\n0:00:01.000,0:00:02.000\nHi')).toBe(0.7);
  });
});

describe('sbv: robustness', () => {
  it('throws nothing but TranscriptError, whatever the input', () => {
    const piece = fc.constantFrom(
      '0:00:01.000,0:00:02.000',
      '\n',
      '\n\n',
      ',',
      '0:0',
      '<i>',
      '&amp;',
      'Zoë: ',
      ':',
      '\r',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 40 }), (parts) => {
        try {
          for (const cue of sbv.parse(parts.join('')).cues) expect(cue.text).not.toBe('');
        } catch (err) {
          if (!(err instanceof TranscriptError)) throw err;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads a 5 MB line without hanging', () => {
    expect(sbv.parse(`0:00:01.000,0:00:02.000\n${'ok '.repeat(1_000_000)}`).cues).toHaveLength(1);
    expect(errorOf(() => sbv.parse(`0${','.repeat(5_000_000)}`)).code).toBe('malformed-timestamp');
  });
});
