/**
 * The transcript-length limit (MAX_WORDS), checked before any analyser or LLM runs.
 * Counting words needs a parsed transcript; parsing twice costs little next to the analysis,
 * and it only happens when the upload is big enough to possibly exceed the limit.
 */
import { AppError } from '../http/errors';
import type { Transcript } from '../model/transcript';
import { ingest, type FormatHints } from '../parse/index';

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
 * Throws 413 `transcript-too-long` when the upload holds more than `maxWords` words.
 * A word takes at least two bytes (a character and a separator), so text uploads under
 * 2 x maxWords bytes are let through unparsed; compressed uploads (DOCX) are always counted.
 *
 * @example
 * assertWithinWordLimit(bytes, { fileName: 'all-hands.vtt' }, 300_000); // returns, or throws AppError(413)
 */
export function assertWithinWordLimit(bytes: Uint8Array, hints: FormatHints, maxWords: number): void {
  const compressed = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!compressed && bytes.length < 2 * maxWords) return;
  const words = countWords(ingest(bytes, hints));
  if (words > maxWords) {
    throw new AppError(413, 'transcript-too-long', `the transcript has ${words} words; the limit is ${maxWords}`, { words, limitWords: maxWords });
  }
}
