/**
 * The timeline's word axis counts words as the transcript's word count does, so that its last tick is the number the
 * cover prints (review r35: "Words 10,000 – 18,242" beside 17,974 words on every other page).
 */
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../reports/model/build-model';
import { meetingAxis } from '../../reports/model/meeting-axis';
import { makeTranscript } from '../helpers/make-transcript';
import { analysisFor } from './helpers/report-input-for';

const LATIN = { getCharacterSet: () => Array.from({ length: 0x250 - 0x20 }, (_, i) => 0x20 + i) };

describe('the word axis of a transcript without timings', () => {
  it("ends at the transcript's word count: the dashes of ICSI's transcripts are no words", () => {
    // 5 + 4 + 3 = 12 words ("'m" has a letter); split by whitespace alone there are 6 + 5 + 5 = 16 pieces.
    const transcript = makeTranscript([
      ['Ana', "I 'm sure it works --"],
      ['Ben', 'Could we -- ship Friday?'],
      ['Ana', 'Yes - we can --'],
    ]);
    expect(transcript.wordCount).toBe(12);
    const model = buildReportModel(
      { analysis: analysisFor(transcript, 'Axis'), options: { generatedAt: new Date(0) } },
      LATIN,
    );
    const axis = meetingAxis(model);
    expect(axis.kind).toBe('words');
    expect(axis.end).toBe(12);
    expect(model.utterances.map((u) => [u.wordOffset, u.words])).toEqual([
      [0, 5],
      [5, 4],
      [9, 3],
    ]);
  });
});
