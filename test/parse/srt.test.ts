/**
 * The SRT parser against our own fixtures (fixtures/srt/) and small inline files, in Node and in
 * workerd. Expected values were worked out by hand from the fixture text: a one-line block n has its
 * number on line 4n − 3, its timing on line 4n − 2 and its text on line 4n − 1; every two-line block
 * moves the blocks after it down by one line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import podcastB64 from '../../fixtures/srt/podcast-brackets.srt?base64';
import retroB64 from '../../fixtures/srt/retro-named.srt?base64';
import webinarB64 from '../../fixtures/srt/webinar-plain.srt?base64';
import { TranscriptError } from '../../src/parse/errors';
import { parseSrtTiming, srt } from '../../src/parse/formats/srt';
import { textOf, errorOf, speakerCounts } from '../helpers/parse-kit';

describe('srt: `Name:` prefixes (fixtures/srt/retro-named.srt)', () => {
  const parsed = srt.parse(textOf(retroB64));

  it('reads 17 blocks; block 4 holds two speakers: 18 raw cues', () => {
    expect(parsed.format).toBe('srt');
    expect(parsed.cues).toHaveLength(18);
    expect(parsed.skipped).toBeUndefined();
    expect(speakerCounts(parsed.cues)).toEqual({ 'Aisha Khan': 8, 'Tomás Ruiz': 6, 'Bea Lindqvist': 4 });
  });

  it('reads times with the comma and the text line', () => {
    expect(parsed.cues[0]).toEqual({
      speaker: 'Aisha Khan',
      startMs: 840,
      endMs: 4120,
      text: "Okay, welcome to the sprint retro. Let's start with what went well.",
      line: 3,
    });
    expect(parsed.cues[17]).toEqual({
      speaker: 'Aisha Khan',
      startMs: 68600,
      endMs: 72900,
      text: 'Great. Action items are in the doc. Thanks, both of you!',
      line: 69,
    });
  });

  it('splits the two-speaker block, both parts with its timing', () => {
    expect(parsed.cues[3]).toEqual({
      speaker: 'Bea Lindqvist',
      startMs: 12900,
      endMs: 18640,
      text: 'Pairing on the search bug helped a lot too.',
      line: 15,
    });
    expect(parsed.cues[4]).toEqual({
      speaker: 'Tomás Ruiz',
      startMs: 12900,
      endMs: 18640,
      text: 'Agreed, that was a good session.',
      line: 16,
    });
  });

  it('removes <i>, <font> and {\\an8} and decodes &amp;', () => {
    expect(parsed.cues[2]!.text).toBe("Four times, that's a record.");
    expect(parsed.cues[6]).toMatchObject({
      speaker: 'Bea Lindqvist',
      text: 'The design handoff was late again. We started two stories without final mockups.',
    });
    expect(parsed.cues[8]).toMatchObject({
      speaker: 'Aisha Khan',
      text: "Let's write that down: handoff one day before planning.",
    });
    expect(parsed.cues[9]!.text).toBe("Also, the Q&A session with support was really useful. I'd like to keep that.");
  });

  it('keeps a second colon in the text ("One more thing: ...")', () => {
    expect(parsed.cues[12]).toMatchObject({
      speaker: 'Tomás Ruiz',
      text: 'One more thing: the test environment was down on Tuesday and nobody knew who owned it.',
      line: 49,
    });
  });
});

describe('srt: no speaker names (fixtures/srt/webinar-plain.srt)', () => {
  const parsed = srt.parse(textOf(webinarB64));

  it('reads 14 of 15 cues, all unattributed, and reports the malformed one', () => {
    expect(parsed.cues).toHaveLength(14);
    expect(parsed.cues.every((c) => c.speaker === null)).toBe(true);
    expect(parsed.skipped).toHaveLength(1);
    expect(parsed.skipped![0]!.line).toBe(27);
    expect(parsed.skipped![0]!.reason).toContain('00:00:3l,100');
  });

  it('does not take "The first one:" for a speaker in a file without names', () => {
    expect(parsed.cues[11]).toEqual({
      speaker: null,
      startMs: 53000,
      endMs: 57900,
      text: 'The first one: can I share a dashboard with people outside my company?',
      line: 52,
    });
  });

  it('joins two-line cues and accepts "." instead of ","', () => {
    expect(parsed.cues[1]).toMatchObject({
      text: 'Today we will walk through the new reporting features and answer your questions at the end.',
      line: 7,
    });
    expect(parsed.cues[8]).toEqual({
      speaker: null,
      startMs: 40600,
      endMs: 44200,
      text: 'The first report arrives the next morning at eight.',
      line: 40,
    });
  });

  it('keeps [applause] for normalize and decodes &amp;', () => {
    expect(parsed.cues[9]).toMatchObject({ text: '[applause]', startMs: 45000 });
    expect(parsed.cues[5]!.text).toBe('Exports keep your filters & sorting.');
  });
});

describe('srt: `[Name]` prefixes (fixtures/srt/podcast-brackets.srt)', () => {
  const parsed = srt.parse(textOf(podcastB64));

  it('takes recurring bracket labels as speakers, never [MUSIC] or a one-off [Phone buzzing]', () => {
    expect(parsed.cues).toHaveLength(15);
    expect(speakerCounts(parsed.cues)).toEqual({ 'Priya Shah': 6, 'Jonas Weber': 6, null: 3 });
    expect(parsed.cues[0]).toEqual({ speaker: null, startMs: 0, endMs: 3500, text: '[MUSIC]', line: 3 });
    expect(parsed.cues[8]).toMatchObject({ speaker: null, text: "[Phone buzzing] Sorry, that's my phone.", line: 37 });
  });

  it('keeps a marker after the label in the text', () => {
    expect(parsed.cues[6]).toEqual({
      speaker: 'Priya Shah',
      startMs: 27800,
      endMs: 30100,
      text: "[Laughs] Eleven hours. That's a lot.",
      line: 28,
    });
  });

  it('joins the two lines of one speaker', () => {
    expect(parsed.cues[5]).toEqual({
      speaker: 'Jonas Weber',
      startMs: 20400,
      endMs: 27350,
      text: 'We counted them. Engineers spent eleven hours a week in meetings, and most of those were status updates.',
      line: 23,
    });
  });
});

describe('srt: lenient structure', () => {
  it('reads NAME: in capitals, CRLF, a BOM, and coordinates after the end time', () => {
    const parsed = srt.parse(
      '\ufeff1\r\n00:00:01,000 --> 00:00:02,000 X1:40 X2:600 Y1:20 Y2:50\r\nMARIA LOPEZ: Good evening.\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\nDAN: Hi.\r\n',
    );
    expect(parsed.cues).toEqual([
      { speaker: 'MARIA LOPEZ', startMs: 1000, endMs: 2000, text: 'Good evening.', line: 3 },
      { speaker: 'DAN', startMs: 3000, endMs: 4000, text: 'Hi.', line: 7 },
    ]);
  });

  it('reads cues without numbers and without a blank line before the next number', () => {
    const parsed = srt.parse(
      '00:00:01,000 --> 00:00:02,000\nfirst\n2\n00:00:03,000 --> 00:00:04,000\nsecond\n00:00:05,000 --> 00:00:06,000\nthird',
    );
    expect(parsed.cues.map((c) => [c.text, c.line])).toEqual([
      ['first', 2],
      ['second', 5],
      ['third', 7],
    ]);
  });

  it('reports a numbered block without a timing line and keeps the rest', () => {
    const parsed = srt.parse(
      '1\n00:00:01,000 --> 00:00:02,000\nOne\n\n2\nTwo\n\n3\n00:00:03,000 --> 00:00:04,000\nThree',
    );
    expect(parsed.cues.map((c) => c.text)).toEqual(['One', 'Three']);
    expect(parsed.skipped).toEqual([
      {
        line: 5,
        reason:
          'cue 2 has no timing line (expected "00:00:01,000 --> 00:00:04,000" after the number); the cue was skipped',
      },
    ]);
  });

  it('reads a timing line with `.` and with short fields', () => {
    expect(parseSrtTiming('00:01:02.500 --> 00:01:04.000')).toEqual({ startMs: 62500, endMs: 64000 });
    expect(parseSrtTiming('0:01:02,5 --> 0:01:04,25')).toEqual({ startMs: 62500, endMs: 64250 });
    expect('error' in parseSrtTiming('00:00:61,000 --> 00:01:02,000')).toBe(true);
  });
});

describe('srt: errors', () => {
  it('throws malformed-timestamp at the first bad timing line when no cue is usable', () => {
    const err = errorOf(() =>
      srt.parse('1\n00:00:01,000 --> 00:00:0x,000\nOne\n\n2\n00:00:0y,000 --> 00:00:04,000\nTwo'),
    );
    expect(err.code).toBe('malformed-timestamp');
    expect(err.line).toBe(2);
  });

  it('throws malformed-timestamp where the timing line should be after a lone number', () => {
    const err = errorOf(() => srt.parse('1\nHello there'));
    expect(err.code).toBe('malformed-timestamp');
    expect(err.line).toBe(2);
  });

  it('throws no-speech when the timed cues have no text', () => {
    const err = errorOf(() =>
      srt.parse('1\n00:00:01,000 --> 00:00:02,000\n\n2\n00:00:03,000 --> 00:00:04,000\n<i></i>'),
    );
    expect(err.code).toBe('no-speech');
    expect(err.line).toBe(2);
  });

  it('throws empty-input for an empty text', () => {
    expect(errorOf(() => srt.parse(' \n')).code).toBe('empty-input');
  });
});

describe('srt: sniff', () => {
  it('is sure of a number followed by a comma timing line, less sure of dots, and says no to WebVTT', () => {
    expect(srt.sniff(textOf(retroB64))).toBe(0.95);
    expect(srt.sniff('00:00:01,000 --> 00:00:02,000\nHi')).toBe(0.6);
    expect(srt.sniff('1\n00:00:01.000 --> 00:00:02.000\nHi')).toBe(0.5);
    expect(srt.sniff('WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nHi')).toBe(0);
    expect(srt.sniff('Zoë: hello\nTom: hi')).toBe(0);
  });
});

describe('srt: robustness', () => {
  it('throws nothing but TranscriptError, whatever the input', () => {
    const piece = fc.constantFrom(
      '1',
      '\n',
      '\n\n',
      '-->',
      ' --> ',
      '00:00:01,000',
      '0:0:1.5',
      '<i>',
      '</i>',
      '<',
      '{\\an8}',
      '&amp;',
      '[Zoë] ',
      'Zoë: ',
      '[',
      ':',
      '\r',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 40 }), (parts) => {
        try {
          for (const cue of srt.parse(parts.join('')).cues) expect(cue.text).not.toBe('');
        } catch (err) {
          if (!(err instanceof TranscriptError)) throw err;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads pathological 5 MB lines without hanging', () => {
    for (const line of [
      '<i'.repeat(2_500_000),
      `[${' '.repeat(5_000_000)}`,
      `{\\${'a'.repeat(5_000_000)}`,
      `${' '.repeat(5_000_000)}1`,
      '&'.repeat(5_000_000),
    ]) {
      try {
        srt.parse(`1\n00:00:01,000 --> 00:00:02,000\n${line}\n`);
      } catch (err) {
        expect(err).toBeInstanceOf(TranscriptError);
      }
    }
    expect(srt.parse(`1\n00:00:01,000 --> 00:00:02,000\n${'ok '.repeat(1_000_000)}`).cues).toHaveLength(1);
  });
});
