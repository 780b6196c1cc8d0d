/**
 * Diarised speech-to-text text exports, against fixtures/diarized-txt/ (written by us), in Node and workerd.
 * - pyannote-tab.txt: 10 segments `H:MM:SS<TAB>LABEL` with the words indented below (one segment over
 *   two lines); SPEAKER_00 (2), SPEAKER_01 (3), `None` (1, unattributed), and renamed speakers Renée
 *   Dubois, كمال يوسف, 山田 花子, Ирина Козлова (1 each); start times 0:00:02 to 1:02:05.
 * - whisper-range.txt: 11 lines `[start - end] LABEL - text`, microsecond fractions, ends with and
 *   without a fraction; SPEAKER_00 (3), SPEAKER_01 (2), UNKNOWN (1, unattributed), Анна Смирнова (2),
 *   陈静, Mónica Ibáñez, سارة العلي (1 each).
 */
import { describe, expect, it } from 'vitest';
import tabB64 from '../../fixtures/diarized-txt/pyannote-tab.txt?base64';
import rangeB64 from '../../fixtures/diarized-txt/whisper-range.txt?base64';
import { diarizedTxt } from '../../src/parse/formats/diarized-txt';
import { ingest } from '../../src/parse/index';
import { bytesOf, errorOf, speakerCounts, textOf } from '../helpers/parse-kit';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('diarized-txt: time<TAB>label, text indented below (pyannote fixture)', () => {
  const parsed = diarizedTxt.parse(textOf(tabB64));

  it('reads 10 segments with their start times and indented words', () => {
    expect(parsed.format).toBe('diarized-txt');
    expect(parsed.cues).toHaveLength(10);
    expect(parsed.cues[0]).toEqual({
      speaker: 'SPEAKER_00',
      startMs: 2_000,
      endMs: null,
      text: 'Welcome back, everyone, this is the second session.',
      line: 1,
    });
    expect(parsed.cues[1]).toEqual({
      speaker: 'SPEAKER_01',
      startMs: 7_000,
      endMs: null,
      text: 'Thanks. I would like to start with the survey results. They arrived on Monday.',
      line: 3,
    });
    expect(parsed.cues[9]).toMatchObject({
      speaker: 'Ирина Козлова',
      startMs: 3_725_000,
      text: 'I will write the summary next week.',
    });
  });

  it('makes None unattributed, and keeps renamed speakers in every script', () => {
    expect(parsed.cues[2]).toEqual({ speaker: null, startMs: 14_000, endMs: null, text: 'yes', line: 6 });
    expect(speakerCounts(parsed.cues)).toEqual({
      SPEAKER_00: 2,
      SPEAKER_01: 3,
      null: 1,
      'Renée Dubois': 1,
      'كمال يوسف': 1,
      '山田 花子': 1,
      'Ирина Козлова': 1,
    });
  });

  it('is detected by content and normalised with placeholder and unattributed warnings', () => {
    const t = ingest(bytesOf(tabB64), { fileName: 'meeting.txt' });
    expect(t.format).toBe('diarized-txt');
    expect(t.speakers.filter((s) => !s.anonymous).map((s) => s.name)).toEqual([
      'Renée Dubois',
      'كمال يوسف',
      '山田 花子',
      'Ирина Козлова',
    ]);
    expect(t.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(['anonymous-speakers', 'unattributed-cues', 'estimated-end-times']),
    );
  });
});

describe('diarized-txt: [start - end] LABEL - text (whisper range fixture)', () => {
  const parsed = diarizedTxt.parse(textOf(rangeB64));

  it('reads microsecond fractions and ends with or without a fraction', () => {
    expect(parsed.cues).toHaveLength(11);
    expect(parsed.cues.slice(0, 3).map((c) => [c.startMs, c.endMs])).toEqual([
      [480, 3_120],
      [3_500, 6_000],
      [6_000, 9_760],
    ]);
    expect(parsed.cues[7]).toEqual({
      speaker: '陈静',
      startMs: 62_120,
      endMs: 64_000,
      text: 'I can help with the venue, I know the manager.',
      line: 8,
    });
  });

  it('makes UNKNOWN unattributed and keeps names in every script', () => {
    expect(parsed.cues[3]).toMatchObject({ speaker: null, text: 'Mm-hmm.' });
    expect(speakerCounts(parsed.cues)).toEqual({
      SPEAKER_00: 3,
      SPEAKER_01: 2,
      null: 1,
      'Анна Смирнова': 2,
      陈静: 1,
      'Mónica Ibáñez': 1,
      'سارة العلي': 1,
    });
    expect(parsed.cues[5]!.text).toBe('Could we move the May one to June? Many people are away in May.');
  });

  it('is detected by content although it starts with "[", and never ends in a JSON error', () => {
    const t = ingest(bytesOf(rangeB64));
    expect(t.format).toBe('diarized-txt');
    expect(t.utterances).toHaveLength(11);
    expect(t.durationMs).toBe(70_250 - 480);
  });

  it('reads a one-line file', () => {
    const t = ingest(utf8('[0:00:01.250000 - 0:00:03] Ana Lima - Hola a todos.\n'));
    expect(t.format).toBe('diarized-txt');
    expect(t.utterances[0]).toMatchObject({ startMs: 1_250, endMs: 3_000, text: 'Hola a todos.' });
  });

  it('reports a malformed time with its line', () => {
    const err = errorOf(() => diarizedTxt.parse('[0:00:01 - 0:00:02] A - Hi.\n[0:00:03 - 0:61:04] B - Hey.\n'));
    expect(err.code).toBe('malformed-timestamp');
    expect(err.line).toBe(2);
  });
});

describe('text that starts with "[" but is not JSON', () => {
  it.each([
    ['[Music] plays while people join', 'plain'],
    ['[00:00:04] Ana: Morning!\n[00:00:06] Bo: Hi.', 'plain'],
  ])('%s goes to the text readers', (text, format) => {
    expect(ingest(utf8(text)).format).toBe(format);
  });

  it('still reports broken JSON as JSON', () => {
    expect(errorOf(() => ingest(utf8('[{"start": 1, "text": "hi"'))).code).toBe('malformed-json');
  });
});
