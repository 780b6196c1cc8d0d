/**
 * Back-channels: short responses that show listening without taking the floor
 * ("mm-hmm", "right", "yeah"). Turn-taking uses them to type overlaps (a back-channel over
 * someone's speech is not an interruption); listening counts them per person.
 *
 * Source: the back-channel inventory of Ward & Tsukahara (2000) "Prosodic features which cue
 * back-channel responses in English and Japanese", the Switchboard SWBD-DAMSL `b` tag examples
 * (Jurafsky et al. 1997), and the AMI dialogue-act "Backchannel" class (ES2004 annotations in the corpus).
 */

export interface BackchannelEntry {
  /** Lower-case, as the tokenizer yields it; multi-word entries are space-separated. */
  phrase: string;
  /** Spelling variants transcription tools produce. */
  variants?: readonly string[];
}

export const BACKCHANNELS: readonly BackchannelEntry[] = [
  {
    phrase: 'mm-hmm',
    variants: ['mm-hm', 'mhm', 'mmhmm', 'mm', 'mmm', 'hmm', 'uh-huh', 'uh huh', 'mm hmm', 'um-hum', 'hm'],
  },
  { phrase: 'yeah', variants: ['yeah yeah', 'yep', 'yup', 'yes', 'ya', 'yah'] },
  { phrase: 'right', variants: ['right right', 'all right', 'alright'] },
  { phrase: 'okay', variants: ['ok', 'okay okay', 'kay'] },
  { phrase: 'sure' },
  { phrase: 'i see', variants: ['ah i see', 'oh i see'] },
  { phrase: 'oh', variants: ['ah', 'aha', 'oh okay', 'oh right', 'oh yeah', 'ooh'] },
  { phrase: 'exactly' },
  { phrase: 'totally' },
  { phrase: 'true', variants: ["that's true", 'very true'] },
  { phrase: 'got it', variants: ['gotcha'] },
  { phrase: 'makes sense' },
  { phrase: 'cool' },
  { phrase: 'nice' },
  { phrase: 'wow' },
  { phrase: 'absolutely' },
  { phrase: 'indeed' },
  { phrase: 'uh', variants: ['um', 'uh yeah'] },
];

/** Every phrase and variant, for whole-utterance lookups. */
export const BACKCHANNEL_PHRASES: ReadonlySet<string> = new Set(
  BACKCHANNELS.flatMap((b) => [b.phrase, ...(b.variants ?? [])]),
);

/** A back-channel is short: at most this many words. */
export const BACKCHANNEL_MAX_WORDS = 3;

/**
 * True when the whole utterance (its lower-case words joined by spaces) is a back-channel.
 *
 * @example
 * isBackchannel(['mm-hmm'])           // => true
 * isBackchannel(['yeah', 'yeah'])     // => true
 * isBackchannel(['yeah', 'but', 'no']) // => false
 */
export function isBackchannel(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > BACKCHANNEL_MAX_WORDS) return false;
  if (BACKCHANNEL_PHRASES.has(words.join(' '))) return true;
  // "yeah, right", "okay, got it": every word (or word pair) is itself a back-channel.
  return words.every((w) => BACKCHANNEL_PHRASES.has(w));
}
