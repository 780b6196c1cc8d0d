/**
 * The word limit is checked on the parsed transcript (the upload is parsed once) and is a domain error
 * that src/http/errors.ts turns into the API's 413 `transcript-too-long`.
 */
import { describe, expect, it } from 'vitest';
import { describeError } from '../../src/http/errors';
import { assertWithinWordLimit, TranscriptTooLongError } from '../../src/pipeline/word-limit';
import { makeTranscript } from '../helpers/make-transcript';

const meeting = makeTranscript([
  ['Ana', 'Shall we start with the budget?'],
  ['Ben', 'Yes, the numbers are in.'],
]);

describe('assertWithinWordLimit', () => {
  it('lets a transcript at the limit through (11 words, limit 11)', () => {
    expect(() => assertWithinWordLimit(meeting, 11)).not.toThrow();
  });

  it('refuses one word over, saying how many words and what the limit is', () => {
    let thrown: unknown;
    try {
      assertWithinWordLimit(meeting, 10);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(TranscriptTooLongError);
    expect((thrown as TranscriptTooLongError).message).toBe('the transcript has 11 words; the limit is 10');
  });

  it('is reported by the API as 413 transcript-too-long with the counts', () => {
    const d = describeError(new TranscriptTooLongError(11, 10));
    expect(d).toMatchObject({ status: 413, code: 'transcript-too-long', details: { words: 11, limitWords: 10 } });
  });
});
