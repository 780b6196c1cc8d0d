/**
 * Politeness and empathy markers per utterance and per speaker: one Map lookup per token over
 * both lists together (analyzers/sentiment/data/politeness.ts, analyzers/sentiment/data/empathy.ts).
 */
import type { Token } from '../nlp/tokenize';
import type { PreparedTranscript } from '../nlp/prepare';
import { demandsApology } from '../nlp/apology-demand';
import { isRepair } from '../nlp/repair';
import { CLIPPED_REPLY_OPENERS, EMPATHY_KINDS, EMPATHY_MARKERS } from './data/empathy';
import { POLITENESS_KINDS, POLITENESS_MARKERS } from './data/politeness';
import { PhraseIndex } from './phrase-index';
import type { MarkerHit } from './schema';
import { round } from './stats';

type Family = 'politeness' | 'empathy';
interface IndexedMarker {
  family: Family;
  kind: string;
  id: string;
  pattern: string;
  clauseStart?: boolean;
  notAfter?: readonly string[];
  notRepair?: boolean;
  notDemanded?: boolean;
}

const INDEX = new PhraseIndex<IndexedMarker>(
  [
    ...EMPATHY_MARKERS.map((e) => ({
      family: 'empathy' as const,
      kind: e.kind,
      id: e.id,
      pattern: e.pattern,
      clauseStart: e.clauseStart,
      notAfter: e.notAfter,
    })),
    ...POLITENESS_MARKERS.map((e) => ({
      family: 'politeness' as const,
      kind: e.kind,
      id: e.id,
      pattern: e.pattern,
      notRepair: e.notRepair,
      notDemanded: e.notDemanded,
    })),
  ],
  (e) => e.pattern,
);

/**
 * Markers in one text, left to right, longest match first; matches do not overlap.
 *
 * @example
 * const text = 'Thanks, I see what you mean.';
 * findMarkers(text, tokenize(text)).map((m) => [m.family, m.kind, m.phrase])
 * // => [['politeness', 'gratitude', 'Thanks'], ['empathy', 'interpretation', 'I see what you mean']]
 */
export function findMarkers(
  text: string,
  tokens: readonly Token[],
  words: readonly string[] = tokens.map((t) => t.lower),
): Array<{ family: Family; kind: string; ruleId: string; phrase: string }> {
  const found: Array<{ family: Family; kind: string; ruleId: string; phrase: string }> = [];
  for (let i = 0; i < words.length;) {
    const m = INDEX.match(words, i);
    if (
      !m ||
      (m.entry.clauseStart === true && !opensClause(text, tokens, words, i)) ||
      (i > 0 && m.entry.notAfter?.includes(words[i - 1]!) === true) ||
      (m.entry.notRepair === true && isRepair(text, tokens, i, i + m.length)) ||
      (m.entry.notDemanded === true && demandsApology(text, tokens, i))
    ) {
      i++;
      continue;
    }
    found.push({
      family: m.entry.family,
      kind: m.entry.kind,
      ruleId: m.entry.id,
      phrase: text.slice(tokens[i]!.start, tokens[i + m.length - 1]!.end),
    });
    i += m.length;
  }
  return found;
}

/**
 * True when token i opens a clause: the first word, after punctuation, or after an acknowledgement.
 *
 * @example
 * opensClause('Yeah, makes sense.', tokens, words, 1) // => true
 * opensClause('So our what makes sense.', tokens, words, 3) // => false
 */
function opensClause(text: string, tokens: readonly Token[], words: readonly string[], i: number): boolean {
  if (i === 0) return true;
  return (
    /[.!?,;:\u2014\u2013-]/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start)) ||
    CLIPPED_REPLY_OPENERS.has(words[i - 1]!)
  );
}

export interface MarkerSummary<K extends string> {
  speakers: Array<{
    speakerId: string;
    total: number;
    per100Words: number;
    perKind: Record<K, number>;
    utteranceIds: string[];
  }>;
  markers: MarkerHit[];
}

/**
 * Politeness and empathy markers for every speaker, with the utterances that hold them.
 *
 * @example
 * const p = prepare(makeTranscript([['Ana', 'Hi all, thanks for coming.'], ['Ben', 'Sorry, I hear you.']]));
 * const { politeness, empathy } = countMarkers(p);
 * politeness.speakers[0].perKind // => { gratitude: 1, please: 0, greeting: 1, apology: 0, 'indirect-request': 0 }
 * empathy.speakers[1].total // => 1
 */
export function countMarkers(p: PreparedTranscript): {
  politeness: MarkerSummary<(typeof POLITENESS_KINDS)[number]>;
  empathy: MarkerSummary<(typeof EMPATHY_KINDS)[number]>;
} {
  const { utterances, speakers } = p.transcript;
  const hits: Record<Family, MarkerHit[]> = { politeness: [], empathy: [] };
  // Words spoken per speaker, by the speaker's index: one Map lookup per utterance, not a get and a set.
  const speakerIndex = new Map(speakers.map((s, k) => [s.id, k]));
  const words = new Float64Array(speakers.length);
  // Indexed loops: they run over every utterance, in a cold process (the command line) before they are optimised.
  for (let i = 0; i < utterances.length; i++) {
    const u = utterances[i]!;
    const tokens = p.tokens[i]!;
    const speaker = speakerIndex.get(u.speakerId);
    if (speaker !== undefined) words[speaker]! += tokens.length;
    const found = findMarkers(u.text, tokens, p.lower[i]!);
    for (let k = 0; k < found.length; k++) {
      const m = found[k]!;
      hits[m.family].push({
        utteranceId: u.id,
        speakerId: u.speakerId,
        kind: m.kind,
        ruleId: m.ruleId,
        phrase: m.phrase,
      });
    }
  }
  const summarise = <K extends string>(kinds: readonly K[], list: MarkerHit[]): MarkerSummary<K> => {
    const bySpeaker = new Map<string, MarkerHit[]>();
    for (const h of list) {
      const mine = bySpeaker.get(h.speakerId);
      if (mine) mine.push(h);
      else bySpeaker.set(h.speakerId, [h]);
    }
    const perSpeaker = speakers.map((s) => {
      const mine = bySpeaker.get(s.id) ?? [];
      const perKind = Object.fromEntries(kinds.map((k) => [k, 0])) as Record<K, number>;
      for (const h of mine) perKind[h.kind as K]++;
      const spoken = words[speakerIndex.get(s.id)!]!;
      return {
        speakerId: s.id,
        total: mine.length,
        per100Words: spoken === 0 ? 0 : round((mine.length / spoken) * 100),
        perKind,
        utteranceIds: [...new Set(mine.map((h) => h.utteranceId))],
      };
    });
    return { speakers: perSpeaker, markers: list };
  };
  return { politeness: summarise(POLITENESS_KINDS, hits.politeness), empathy: summarise(EMPATHY_KINDS, hits.empathy) };
}
