/**
 * Work every analyser needs, done once per transcript: tokens per utterance and lookups by id.
 */
import type { Speaker, Transcript, Utterance } from '../../src/model/transcript';
import { tokenize, type Token } from './tokenize';

export interface PreparedTranscript {
  transcript: Transcript;
  /** Tokens of `transcript.utterances[i]` at index i. */
  tokens: Token[][];
  utteranceIndex: Map<string, number>;
  speakerById: Map<string, Speaker>;
}

/**
 * Tokenises every utterance once.
 *
 * @example
 * const p = prepare(transcript);
 * p.tokens[0].map((t) => t.lower); // the first utterance's words
 */
export function prepare(transcript: Transcript): PreparedTranscript {
  return {
    transcript,
    tokens: transcript.utterances.map((u: Utterance) => tokenize(u.text)),
    utteranceIndex: new Map(transcript.utterances.map((u, i) => [u.id, i])),
    speakerById: new Map(transcript.speakers.map((s) => [s.id, s])),
  };
}
