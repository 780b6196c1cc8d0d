/**
 * The transcript-length limit (MAX_WORDS), checked on the parsed transcript before any analyser or LLM
 * runs. The upload is parsed once (src/pipeline/produce-analysis.ts) and the same transcript is analysed.
 */
import type { Transcript } from '../model/transcript';

/**
 * Words in a transcript: whitespace-separated tokens of every utterance.
 *
 * @example
 * countWords({ utterances: [{ text: 'Shall we start?' }, { text: 'Yes.' }] } as Transcript) // => 4
 */
export function countWords(transcript: Pick<Transcript, 'utterances'>): number {
  let words = 0;
  for (const u of transcript.utterances) {
    const trimmed = u.text.trim();
    if (trimmed !== '') words += trimmed.split(/\s+/).length;
  }
  return words;
}

/**
 * The domain error for a transcript over the limit; src/http/errors.ts reports it as 413
 * `transcript-too-long` with `{ words, limitWords }`.
 *
 * @example
 * throw new TranscriptTooLongError(300_001, 300_000); // message: 'the transcript has 300001 words; the limit is 300000'
 */
export class TranscriptTooLongError extends Error {
  override readonly name = 'TranscriptTooLongError';
  constructor(
    readonly words: number,
    readonly limitWords: number,
  ) {
    super(`the transcript has ${words} words; the limit is ${limitWords}`);
  }
}

/**
 * Throws TranscriptTooLongError when the transcript holds more than `maxWords` words.
 *
 * @example
 * assertWithinWordLimit(ingest(bytes, { fileName: 'all-hands.vtt' }), 300_000); // returns, or throws
 */
export function assertWithinWordLimit(transcript: Pick<Transcript, 'utterances'>, maxWords: number): void {
  const words = countWords(transcript);
  if (words > maxWords) throw new TranscriptTooLongError(words, maxWords);
}
