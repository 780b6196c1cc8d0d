/**
 * Cut-off utterances: the speaker broke off ("I was going to--", "so the...", "{disfmarker}" at
 * the end). The markers are data (analyzers/turn-taking/data/cutoff-markers.ts); this compiles them once.
 */
import { isWhiteSpace } from '../../src/model/white-space';
import { CUTOFF_MARKERS, type CutoffMarker } from './data/cutoff-markers';
import type { Token } from '../nlp/tokenize';

/** Trailing marks, longest first so that "--" wins over "-" and "..." over ".". */
const TRAILING = CUTOFF_MARKERS.filter((m) => m.kind === 'trailing-mark').sort(
  (a, b) => b.pattern.length - a.pattern.length,
);
const DANGLING = new Map(CUTOFF_MARKERS.filter((m) => m.kind === 'dangling-word').map((m) => [m.pattern, m] as const));
const EVENTS = CUTOFF_MARKERS.filter((m) => m.kind === 'event');
/** Last words of the two-word dangling patterns ("kind of"): only these need the pair looked up. */
const PAIR_ENDS: ReadonlySet<string> = new Set(
  [...DANGLING.keys()].filter((p) => p.includes(' ')).map((p) => p.split(' ')[1]!),
);
/** The characters of /[.!?]/. */
const SENTENCE_END: ReadonlySet<number> = new Set([46, 33, 63]);

/**
 * The cut-off marker an utterance ends with, or null.
 *
 * @example
 * const text = 'I was going to--';
 * detectCutoff(text, tokenize(text))?.id // => 'double-hyphen'
 * detectCutoff('we start with the', tokenize('we start with the'))?.id // => 'dangling-the'
 * detectCutoff('That is all.', tokenize('That is all.')) // => null
 */
export function detectCutoff(text: string, tokens: Token[], endEventKinds?: ReadonlySet<string>): CutoffMarker | null {
  // Indexed loops: for-of allocated an iterator result per marker per utterance (2 MB at 250k words).
  if (endEventKinds)
    for (let k = 0; k < EVENTS.length; k++) if (endEventKinds.has(EVENTS[k]!.pattern)) return EVENTS[k]!;
  const last = tokens[tokens.length - 1];
  if (!last) return null;
  // The tail, text.slice(last.end).trimEnd(), read in place as [last.end, end): no strings per utterance.
  let end = text.length;
  while (end > last.end && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  for (let k = 0; k < TRAILING.length; k++) {
    const mark = TRAILING[k]!.pattern;
    if (end - last.end >= mark.length && text.startsWith(mark, end - mark.length)) return TRAILING[k]!;
  }
  // A dangling word only counts when nothing closes the sentence after it ("I like the." was heard as complete).
  for (let k = last.end; k < end; k++) if (SENTENCE_END.has(text.charCodeAt(k))) return null;
  const prev = tokens[tokens.length - 2];
  const pair = prev && PAIR_ENDS.has(last.lower) ? DANGLING.get(`${prev.lower} ${last.lower}`) : undefined;
  return pair || DANGLING.get(last.lower) || null;
}
