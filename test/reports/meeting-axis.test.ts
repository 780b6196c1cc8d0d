/**
 * The timeline's word axis counts words as the analysers do (turn-taking's per-person words, whose total the cover
 * prints), so that its last tick is that number (review r35: "Words 10,000 – 18,242" beside 17,974 words; review
 * r36: 23,673 beside 23,769, when the axis counted the transcript's whitespace-separated words).
 */
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../reports/model/build-model';
import { meetingAxis } from '../../reports/model/meeting-axis';
import { makeTranscript } from '../helpers/make-transcript';
import { analysisFor } from './helpers/report-input-for';

const LATIN = { getCharacterSet: () => Array.from({ length: 0x250 - 0x20 }, (_, i) => 0x20 + i) };

describe('the word axis of a transcript without timings', () => {
  it('ends at the words the cover counts: dashes are no words, "9:30" and "R&D" are two each', () => {
    // Words: I, m, sure, it, works (5); Could, we, ship, at, 9, 30, Friday (7); Yes, R, D, can (4): 16.
    // Split by whitespace, with a letter or digit: 5 + 6 + 3 = 14, the transcript's own word count.
    const transcript = makeTranscript([
      ['Ana', "I 'm sure it works --"],
      ['Ben', 'Could we -- ship at 9:30 Friday?'],
      ['Ana', 'Yes - R&D can --'],
    ]);
    const analysis = analysisFor(transcript, 'Axis');
    expect(analysis.turnTaking.totalWords).toBe(16);
    expect(transcript.wordCount).toBe(14);
    const model = buildReportModel({ analysis, options: { generatedAt: new Date(0) } }, LATIN);
    const axis = meetingAxis(model);
    expect(axis.kind).toBe('words');
    expect(axis.end).toBe(16);
    expect(model.utterances.map((u) => [u.wordOffset, u.words])).toEqual([
      [0, 5],
      [5, 7],
      [12, 4],
    ]);
  });
});
