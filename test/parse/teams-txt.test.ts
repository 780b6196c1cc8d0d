/**
 * Microsoft Teams "copy transcript" text, against fixtures/teams-txt/ (written by us), in Node and workerd.
 * - budget-review-copied.txt: 8 cues on 25 lines, no blank lines; padded times 00:00:01.200 to
 *   00:01:05.000; speakers María José Fernández (3 cues), Дмитрий Соколов (2, one over two text lines),
 *   王芳 (2), ليلى حداد (1).
 * - short-times-copied.txt: 5 cues with Teams' short times (0:0:3.410, 0:0:6.20, 0:1:5.0); speakers
 *   Zoë Lefèvre (2), Олег Петренко (2), 佐藤 健 (1).
 */
import { describe, expect, it } from 'vitest';
import budgetB64 from '../../fixtures/teams-txt/budget-review-copied.txt?base64';
import shortB64 from '../../fixtures/teams-txt/short-times-copied.txt?base64';
import { teamsTxt } from '../../src/parse/formats/teams-txt';
import { ingest } from '../../src/parse/index';
import { bytesOf, errorOf, speakerCounts, textOf } from '../helpers/parse-kit';

describe('teams-txt: copied transcript with padded times (budget fixture)', () => {
  const parsed = teamsTxt.parse(textOf(budgetB64));

  it('reads 8 cues with the name line as the speaker and the lines below as the words', () => {
    expect(parsed.format).toBe('teams-txt');
    expect(parsed.cues).toHaveLength(8);
    expect(parsed.cues[0]).toEqual({
      speaker: 'María José Fernández',
      startMs: 1_200,
      endMs: 4_800,
      text: 'Good morning, everyone. Can we take the budget first?',
      line: 1,
    });
    expect(parsed.cues[1]).toEqual({
      speaker: 'Дмитрий Соколов',
      startMs: 5_100,
      endMs: 9_400,
      text: 'Yes, I have the numbers from finance. They came in late last night.',
      line: 4,
    });
    expect(parsed.cues[7]).toMatchObject({ speaker: '王芳', startMs: 62_500, endMs: 65_000, line: 23 });
  });

  it('keeps names in every script', () => {
    expect(speakerCounts(parsed.cues)).toEqual({
      'María José Fernández': 3,
      'Дмитрий Соколов': 2,
      王芳: 2,
      'ليلى حداد': 1,
    });
    expect(parsed.skipped).toEqual([]);
  });

  it('is detected by content, whatever the file is called', () => {
    for (const hints of [{}, { fileName: 'transcript.txt' }, { fileName: 'notes' }]) {
      const t = ingest(bytesOf(budgetB64), hints);
      expect(t.format).toBe('teams-txt');
      expect(t.speakers.map((s) => s.name)).toEqual(['María José Fernández', 'Дмитрий Соколов', '王芳', 'ليلى حداد']);
      expect(t.hasTimings).toBe(true);
      expect(t.durationMs).toBe(65_000 - 1_200);
    }
  });
});

describe('teams-txt: copied transcript with short times (short-times fixture)', () => {
  const parsed = teamsTxt.parse(textOf(shortB64));

  it('reads H:M:S.f times with 1-3 fraction digits', () => {
    expect(parsed.cues.map((c) => [c.startMs, c.endMs])).toEqual([
      [3_410, 6_200],
      [6_500, 9_500],
      [9_900, 12_100],
      [12_400, 15_000],
      [65_000, 69_120],
    ]);
    expect(speakerCounts(parsed.cues)).toEqual({ 'Zoë Lefèvre': 2, 'Олег Петренко': 2, '佐藤 健': 1 });
  });

  it('is detected by content', () => {
    expect(ingest(bytesOf(shortB64)).format).toBe('teams-txt');
  });
});

describe('teams-txt: detection and errors', () => {
  it('does not claim a header-less WebVTT file with one caption line per cue', () => {
    const text =
      '00:00:00.500 --> 00:00:07.000\nCaption text #1\n\n00:00:07.000 --> 00:00:11.890\nCaption text #2\n\n00:00:11.890 --> 00:00:16.320\nCaption text #3\n';
    expect(teamsTxt.sniff(text)).toBe(0);
  });

  it('does not claim a real WebVTT file', () => {
    expect(teamsTxt.sniff('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nAna\nHi.\n')).toBe(0);
  });

  it('reads a cue without a name line as unattributed', () => {
    const parsed = teamsTxt.parse(
      '00:00:01.000 --> 00:00:02.000\nAna Lima\nHi.\n00:00:02.000 --> 00:00:03.000\nHello there, sorry I was late.\n',
    );
    expect(parsed.cues.map((c) => [c.speaker, c.text])).toEqual([
      ['Ana Lima', 'Hi.'],
      [null, 'Hello there, sorry I was late.'],
    ]);
  });

  it('rejects a file whose timings are mostly unreadable, at the first bad line', () => {
    const err = errorOf(() =>
      teamsTxt.parse(
        '00:00:01.000 --> 00:00:02.000\nAna\nHi.\n00:00:0x.000 --> 00:00:03.000\nBo\nHey.\n00:00:04.000 --> 00:00:0y.000\nAna\nOk.\n',
      ),
    );
    expect(err.code).toBe('malformed-timestamp');
    expect(err.line).toBe(4);
  });

  it('reads overflowing times leniently, with a note naming the line', () => {
    const parsed = teamsTxt.parse(
      '00:00:58.000 --> 00:00:61.500\nAna\nStill here.\n00:01:02.000 --> 00:01:03.000\nBo\nYes.\n',
    );
    expect(parsed.cues[0]).toMatchObject({ startMs: 58_000, endMs: 61_500 });
    expect(parsed.lenient).toEqual([
      { line: 1, reason: 'end time "00:00:61.500" has seconds above 59; read as 0:01:01.500' },
    ]);
  });
});
