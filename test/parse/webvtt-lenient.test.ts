/**
 * WebVTT: lenient where the meaning is plain, strict where it is not (issue 13, item 3).
 * Times the grammar forbids but that denote one time (`120:00.000`, `00:00:75.000`) are read as that
 * time with a warning naming the line; a file whose cues are mostly unreadable is rejected at the
 * first bad line (SRT and SBV too).
 */
import { describe, expect, it } from 'vitest';
import { sbv } from '../../src/parse/formats/sbv';
import { srt } from '../../src/parse/formats/srt';
import { parseCueTimings, webvtt } from '../../src/parse/formats/webvtt';
import { ingest } from '../../src/parse/index';
import { errorOf } from '../helpers/parse-kit';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('webvtt: times with a plain meaning outside the grammar', () => {
  it('reads three-digit minutes as minutes', () => {
    expect(parseCueTimings('120:00.000 --> 120:04.500')).toMatchObject({
      startMs: 2 * 3_600_000,
      endMs: 2 * 3_600_000 + 4_500,
    });
  });

  it('reads seconds above 59 as seconds', () => {
    expect(parseCueTimings('00:00:75.000 --> 00:01:20.000')).toMatchObject({ startMs: 75_000, endMs: 80_000 });
    expect(parseCueTimings('01:75.250 --> 02:20.000')).toMatchObject({ startMs: 135_250, endMs: 140_000 });
  });

  it('says which time was read leniently, and as what', () => {
    const timing = parseCueTimings('00:00:75.000 --> 00:01:20.000');
    expect(timing).toMatchObject({ notes: ['start time "00:00:75.000" has seconds above 59; read as 0:01:15.000'] });
    expect(parseCueTimings('00:00:01.000 --> 00:00:02.000')).toEqual({ startMs: 1000, endMs: 2000 });
  });

  it('warns in the transcript, naming the line', () => {
    const t = ingest(
      utf8(
        'WEBVTT\n\n00:00:70.000 --> 00:00:72.000\nZoë: Late start.\n\n119:59.000 --> 120:01.000\nÅsa: Two hours in.\n',
      ),
    );
    expect(t.utterances.map((u) => [u.startMs, u.endMs])).toEqual([
      [70_000, 72_000],
      [7_199_000, 7_201_000],
    ]);
    const issue = t.issues.find((i) => i.code === 'lenient-timestamps')!;
    expect(issue.count).toBe(4);
    expect(issue.message).toContain('line 3: start time "00:00:70.000"');
    expect(issue.message).toContain('line 6: start time "119:59.000" has three-digit minutes; read as 1:59:59.000');
  });

  it('keeps rejecting shapes without one meaning', () => {
    for (const bad of [
      '00:75:00.000 --> 01:00:00.000',
      '00:00:75.00 --> 00:01:20.000',
      '0:75.000 --> 0:80.000',
      '00:00:7a.000 --> 00:00:80.000',
    ]) {
      expect('error' in parseCueTimings(bad), bad).toBe(true);
    }
  });
});

describe('webvtt: mostly unreadable cues', () => {
  const cue = (timing: string, text: string) => `${timing}\n${text}\n\n`;

  it('rejects the file at the first bad line when most cues cannot be read', () => {
    const text = `WEBVTT\n\n${cue('00:00:01.000 --> 00:00:02.000', 'Zoë: One.')}${cue('00:00:0x.000 --> 00:00:04.000', 'Zoë: Two.')}${cue('00:00:05.000 --> 00:00:0.6000', 'Ali: Three.')}`;
    const err = errorOf(() => webvtt.parse(text));
    expect(err.code).toBe('malformed-timestamp');
    expect(err.line).toBe(6);
    expect(err.message).toContain('2 of 3 cues have unreadable timings');
  });

  it('skips a minority of bad cues and reports them', () => {
    const text = `WEBVTT\n\n${cue('00:00:01.000 --> 00:00:02.000', 'Zoë: One.')}${cue('00:00:0x.000 --> 00:00:04.000', 'Zoë: Two.')}${cue('00:00:05.000 --> 00:00:06.000', 'Ali: Three.')}`;
    const parsed = webvtt.parse(text);
    expect(parsed.cues.map((c) => c.text)).toEqual(['One.', 'Three.']);
    expect(parsed.skipped).toHaveLength(1);
    expect(parsed.skipped![0]!.line).toBe(6);
  });
});

describe('srt and sbv: mostly unreadable cues', () => {
  it('rejects an SRT file at the first bad timing line when most timings are broken', () => {
    const err = errorOf(() =>
      srt.parse(
        '1\n00:00:01,000 --> 00:00:02,000\nZoë: One.\n\n2\n00:00:0x,000 --> 00:00:04,000\nTwo.\n\n3\n00:00:05,000 --> 00:00:0y,000\nThree.\n',
      ),
    );
    expect(err.code).toBe('malformed-timestamp');
    expect(err.line).toBe(6);
  });

  it('rejects an SBV file the same way, and keeps one bad cue in three as a warning', () => {
    expect(
      errorOf(() =>
        sbv.parse(
          '0:00:01.000,0:00:02.000\nOne.\n\n0:00:0x.000,0:00:04.000\nTwo.\n\n0:00:05.000,0:00:0y.000\nThree.\n',
        ),
      ).line,
    ).toBe(4);
    const parsed = sbv.parse(
      '0:00:01.000,0:00:02.000\nOne.\n\n0:00:0x.000,0:00:04.000\nTwo.\n\n0:00:05.000,0:00:06.000\nThree.\n',
    );
    expect(parsed.cues.map((c) => c.text)).toEqual(['One.', 'Three.']);
  });
});
