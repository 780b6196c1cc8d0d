import { describe, expect, it } from 'vitest';
import { prepare } from '../../../analyzers/nlp/prepare';
import { questionsIn } from '../../../analyzers/nlp/prepared-questions';
import { findQuestions } from '../../../analyzers/nlp/questions';
import { makeTranscript } from '../../helpers/make-transcript';

describe('questionsIn', () => {
  const p = prepare(
    makeTranscript([
      ['Ana', 'The export fails.'],
      ['Ben', 'so do you have the numbers'],
      ['Ana', 'Yes. Which accounts fail?'],
    ]),
  );

  it('gives the question clauses of one utterance, as findQuestions does', () => {
    expect(questionsIn(p, 0)).toEqual([]);
    // "so" is a discourse marker; "do you" is the inversion that makes the unpunctuated clause a question.
    expect(questionsIn(p, 1)).toMatchObject([
      { type: 'closed', ruleId: 'inversion-do', cue: 'do you', punctuated: false },
    ]);
    // Two clauses: "Yes." is none, "Which accounts fail?" is an open question (offsets 5 to 25).
    expect(questionsIn(p, 2)).toMatchObject([{ type: 'open', start: 5, end: 25, punctuated: true }]);
    for (let i = 0; i < 3; i++)
      expect(questionsIn(p, i)).toEqual(findQuestions(p.transcript.utterances[i]!.text, p.tokens[i]!));
  });

  it('finds them once per prepared transcript', () => {
    expect(questionsIn(p, 2)).toBe(questionsIn(p, 2));
    // Another preparation of the same transcript has its own.
    expect(questionsIn(prepare(p.transcript), 2)).not.toBe(questionsIn(p, 2));
  });
});
