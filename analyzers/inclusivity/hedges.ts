/**
 * Tentative and self-minimising language per person: hedges, apologies, self-deprecation and
 * fillers (rates per 100 words, with the words and utterances behind them), and "I" against "we".
 *
 * Findings: every self-deprecating disclaimer (rare, and worth seeing); hedges, apologies and
 * fillers only as one summary per person when their rate is notable, never one per "um".
 */
import { isApology, isHedge, ownsError } from './tentative-sense';
import * as z from 'zod';
import { Evidence } from '../../src/model/finding';
import { PERSON_PRONOUNS } from './data/person-pronouns';
import type { PreparedTranscript } from '../nlp/prepare';
import type { ConversationContext } from '../nlp/context';
import { nameOf, type FindingCollector } from '../nlp/finding-collector';
import type { PhraseMatch } from '../nlp/phrase-matcher';
import type { PhraseRule, UtteranceView } from '../nlp/types';

export type TentativeCategory = 'hedges' | 'apologies' | 'selfDeprecation' | 'fillers';

/**
 * When a per-person rate is worth a finding: at least `minCount` instances and at least `per100Words`
 * per 100 words, and at least `relative` times the rate of everyone else together.
 */
export const NOTABLE: Record<
  Exclude<TentativeCategory, 'selfDeprecation'>,
  { minCount: number; per100Words: number; relative: number }
> = {
  hedges: { minCount: 5, per100Words: 3, relative: 1.5 },
  apologies: { minCount: 3, per100Words: 0.5, relative: 2 },
  fillers: { minCount: 10, per100Words: 5, relative: 1.5 },
};

export const LanguageCount = z.object({
  count: z.number().int().nonnegative(),
  per100Words: z.number().nonnegative(),
  /** Instances per rule id (e.g. `{ "i-think": 4, "maybe": 2 }`). */
  byRule: z.record(z.string(), z.number().int()),
  /** The utterances (unique) and the distinct phrases (lower case) behind the count. */
  evidence: Evidence,
});
export type LanguageCount = z.infer<typeof LanguageCount>;

export const SpeakerLanguage = z.object({
  speakerId: z.string(),
  words: z.number().int().nonnegative(),
  hedges: LanguageCount,
  apologies: LanguageCount,
  selfDeprecation: LanguageCount,
  fillers: LanguageCount,
  /** "I", "me", "my", "I'm" ... */
  iWords: z.number().int().nonnegative(),
  /** "we", "us", "our", "let's" ... */
  weWords: z.number().int().nonnegative(),
  /** weWords / (iWords + weWords), null when neither was said. */
  weShare: z.number().nullable(),
});
export type SpeakerLanguage = z.infer<typeof SpeakerLanguage>;

/** "I" and "we" words in one Map, so each word costs one lookup ("I" wins should a word be in both lists). */
const PERSON: ReadonlyMap<string, 'i' | 'we'> = new Map([
  ...PERSON_PRONOUNS.find((g) => g.id === 'first-person-plural')!.words.map((w) => [w, 'we'] as const),
  ...PERSON_PRONOUNS.find((g) => g.id === 'first-person-singular')!.words.map((w) => [w, 'i'] as const),
]);

const NOTES: Record<TentativeCategory, string> = {
  hedges: 'Hedges ("maybe", "I think", "sort of") soften claims; a high rate can make sound ideas sound unsure.',
  apologies:
    'Ritual apologies ("sorry, just quickly") ask permission to speak; a high rate frames one\'s contributions as impositions.',
  selfDeprecation: 'A disclaimer like this invites listeners to discount what follows (Hewitt & Stokes 1975).',
  fillers:
    'Filled pauses and markers ("um", "you know", "I mean") are normal in speech; a high rate can distract from the content.',
};
const SUGGESTIONS: Record<TentativeCategory, string> = {
  hedges:
    'State the proposal plainly and keep hedges for real uncertainty ("I propose we ..." instead of "maybe we could sort of ...").',
  apologies:
    'Replace the apology with thanks or a plain bid: "One addition:" or "Thanks for waiting" instead of "Sorry, just ...".',
  selfDeprecation: 'Drop the disclaimer and state the idea: it will be judged on its merits.',
  fillers: 'A short silent pause does the same planning work as "um" and sounds more assured.',
};

/** Words that turn from a disclaimer to the idea it introduces ("I'm no expert, but ..."). */
const TURN_TO_IDEA = new Set(['but', 'though', 'however', 'anyway', 'so', 'here']);
/** How far after the disclaimer the turn may come, and how many words of the idea must follow it. */
const TURN_WITHIN_WORDS = 4;
const IDEA_MIN_WORDS = 3;

/**
 * Whether a disclaimer ending at token `end` introduces an idea in the same utterance: a turning word soon
 * after it, followed by a few words (the idea itself).
 *
 * @example
 * introducesIdea(['i\'m', 'no', 'expert', 'but', 'the', 'query', 'looks', 'slow'], 3) // => true
 * introducesIdea(['i\'m', 'not', 'good', 'at', 'golf'], 4)                           // => false
 */
export function introducesIdea(lower: readonly string[], end: number): boolean {
  for (let k = Math.max(0, end - 1); k < Math.min(lower.length, end + TURN_WITHIN_WORDS); k++)
    if (TURN_TO_IDEA.has(lower[k]!) && lower.length - k - 1 >= IDEA_MIN_WORDS) return true;
  return false;
}

/**
 * Per-person rates, and the findings for self-deprecation and notable rates.
 *
 * @example
 * // Ana: "Sorry, maybe this is a dumb idea, but I think we could, um, cache it."
 * tentativeLanguage(p, ctx, matches, out)[0].hedges.count // => 2 ("maybe", "I think")
 */
export function tentativeLanguage(
  p: PreparedTranscript,
  ctx: ConversationContext,
  matches: Record<TentativeCategory, ReadonlyArray<readonly PhraseMatch<PhraseRule>[]>>,
  out: FindingCollector,
): SpeakerLanguage[] {
  const ids = [...new Set(ctx.speakerOf)];
  // One tally per speaker, looked up once per utterance (not once per word or per count).
  const tallies = new Map(ids.map((id) => [id, { words: 0, i: 0, we: 0 }]));
  for (let u = 0; u < ctx.views.length; u++) {
    const lower = ctx.views[u]!.lower;
    const tally = tallies.get(ctx.speakerOf[u]!)!;
    tally.words += lower.length;
    for (let k = 0; k < lower.length; k++) {
      const person = PERSON.get(lower[k]!);
      if (person === 'i') tally.i++;
      else if (person === 'we') tally.we++;
    }
  }
  const words = new Map(ids.map((id) => [id, tallies.get(id)!.words]));
  const iWords = new Map(ids.map((id) => [id, tallies.get(id)!.i]));
  const weWords = new Map(ids.map((id) => [id, tallies.get(id)!.we]));
  const totalWords = [...words.values()].reduce((a, b) => a + b, 0);

  const counts = {} as Record<TentativeCategory, Map<string, LanguageCount>>;
  const meant = {} as Record<TentativeCategory, ReadonlyArray<readonly PhraseMatch<PhraseRule>[]>>;
  for (const category of Object.keys(matches) as TentativeCategory[]) {
    meant[category] = inSense(ctx, category, matches[category]);
    counts[category] = countCategory(p, ctx, meant[category], ids, words);
  }
  // Indexed, not entries(): an iterator and a pair per utterance were 10 MB of garbage at 250k words.
  for (let i = 0; i < matches.selfDeprecation.length; i++) {
    const found = matches.selfDeprecation[i]!;
    for (let f = 0; f < found.length; f++) {
      const m = found[f]!;
      const view = ctx.views[i]!;
      // A disclaimer discounts the idea it introduces; without one after it ("I'm not good at golf.") it is a joke
      // or a plain fact: counted in the language numbers, but no finding (coaches found all such findings wrong,
      // reviews r10 and r11).
      if (!introducesIdea(view.lower, m.end)) continue;
      out.add({
        kind: 'self-deprecation',
        confidence: 'medium',
        ruleId: m.rule.id,
        speakerId: ctx.speakerOf[i]!,
        utterance: i,
        quoteStart: view.tokens[m.start]!.start,
        quoteEnd: view.tokens[m.end - 1]!.end,
        severity: 'low',
        targetSpeakerId: null,
        suggestion: SUGGESTIONS.selfDeprecation,
        note: NOTES.selfDeprecation,
      });
    }
  }
  // The apology-rate finding speaks of ritual apologies: those in an utterance that owns a mistake ("Oh sorry, I
  // got it wrong") repair an error, and are left out of it, not of the counts (a coach rejected a rate built on
  // them: review r14).
  const ritual = withoutOwnedErrors(ctx, meant.apologies);
  const rated = ritual === meant.apologies ? meant : { ...meant, apologies: ritual };
  const ratedCounts =
    ritual === meant.apologies ? counts : { ...counts, apologies: countCategory(p, ctx, ritual, ids, words) };
  // Each person's densest utterance per category, found in one pass when first needed (not one pass per person).
  const densest: Partial<Record<TentativeCategory, ReadonlyMap<string, number>>> = {};
  for (const category of ['hedges', 'apologies', 'fillers'] as const) {
    const totalCount = [...ratedCounts[category].values()].reduce((a, c) => a + c.count, 0);
    for (const id of ids) {
      const c = ratedCounts[category].get(id)!;
      const othersWords = totalWords - words.get(id)!;
      const othersRate = othersWords > 0 ? ((totalCount - c.count) / othersWords) * 100 : 0;
      const rule = NOTABLE[category];
      if (c.count < rule.minCount || c.per100Words < rule.per100Words || c.per100Words < othersRate * rule.relative)
        continue;
      const densestOf = (densest[category] ??= densestBySpeaker(ctx, rated[category]));
      const example = densestUtterance(ctx, rated[category], densestOf.get(id) ?? -1);
      const kind = category === 'hedges' ? 'hedge' : category === 'apologies' ? 'apology' : 'filler';
      out.add({
        kind,
        ruleId: `${kind}-rate`,
        speakerId: id,
        ...example,
        severity: 'info',
        targetSpeakerId: null,
        suggestion: SUGGESTIONS[category],
        note: `${nameOf(p, id)}: ${c.count} ${category === 'hedges' ? 'hedges' : category === 'apologies' ? 'apologies' : 'fillers'} in ${words.get(id)} words (${c.per100Words} per 100 words; everyone else ${round(othersRate)}), most often ${topRules(c)}. ${NOTES[category]}`,
      });
    }
  }
  return ids.map((speakerId) => {
    const i = iWords.get(speakerId)!;
    const we = weWords.get(speakerId)!;
    return {
      speakerId,
      words: words.get(speakerId)!,
      hedges: counts.hedges.get(speakerId)!,
      apologies: counts.apologies.get(speakerId)!,
      selfDeprecation: counts.selfDeprecation.get(speakerId)!,
      fillers: counts.fillers.get(speakerId)!,
      iWords: i,
      weWords: we,
      weShare: i + we > 0 ? round(we / (i + we)) : null,
    };
  });
}

/** The matches meant in the category's sense (tentative-sense.ts): no "sorry, what?", no temporal "just". */
function inSense(
  ctx: ConversationContext,
  category: TentativeCategory,
  matches: ReadonlyArray<readonly PhraseMatch<PhraseRule>[]>,
): ReadonlyArray<readonly PhraseMatch<PhraseRule>[]> {
  const keep = category === 'apologies' ? isApology : category === 'hedges' ? isHedge : null;
  if (keep === null) return matches;
  // Most utterances have no match: their (shared, empty) list is kept rather than copied.
  const kept: Array<readonly PhraseMatch<PhraseRule>[]> = new Array(matches.length);
  // No closure in this loop: one capturing `i` makes V8 allocate the loop's scope at every utterance.
  for (let i = 0; i < matches.length; i++) {
    const found = matches[i]!;
    kept[i] = found.length === 0 ? found : meantIn(ctx.views[i]!, found, keep);
  }
  return kept;
}

/** The apology matches minus those in utterances that own a mistake (ownsError); `matches` itself when none does. */
function withoutOwnedErrors(
  ctx: ConversationContext,
  matches: ReadonlyArray<readonly PhraseMatch<PhraseRule>[]>,
): ReadonlyArray<readonly PhraseMatch<PhraseRule>[]> {
  let kept: Array<readonly PhraseMatch<PhraseRule>[]> | null = null;
  for (let i = 0; i < matches.length; i++) {
    if (matches[i]!.length === 0 || !ownsError(ctx.views[i]!)) continue;
    (kept ??= [...matches])[i] = [];
  }
  return kept ?? matches;
}

function meantIn(
  view: UtteranceView,
  found: readonly PhraseMatch<PhraseRule>[],
  keep: (view: UtteranceView, m: PhraseMatch<PhraseRule>) => boolean,
): PhraseMatch<PhraseRule>[] {
  return found.filter((m) => keep(view, m));
}

function countCategory(
  p: PreparedTranscript,
  ctx: ConversationContext,
  matches: ReadonlyArray<readonly PhraseMatch<PhraseRule>[]>,
  ids: readonly string[],
  words: ReadonlyMap<string, number>,
): Map<string, LanguageCount> {
  const acc = new Map(
    ids.map((id) => [
      id,
      // Utterances come one at a time, each once: a list, no Set (no hashing of every id).
      { count: 0, byRule: {} as Record<string, number>, utterances: [] as string[], phrases: new Set<string>() },
    ]),
  );
  // Indexed loops: four categories over every utterance.
  for (let i = 0; i < matches.length; i++) {
    const found = matches[i]!;
    if (found.length === 0) continue;
    const a = acc.get(ctx.speakerOf[i]!)!;
    const view = ctx.views[i]!;
    for (let f = 0; f < found.length; f++) {
      const m = found[f]!;
      a.count++;
      a.byRule[m.rule.id] = (a.byRule[m.rule.id] ?? 0) + 1;
      // Most matches are one word ("maybe", "um"): no slice and join for those.
      a.phrases.add(m.end - m.start === 1 ? view.lower[m.start]! : view.lower.slice(m.start, m.end).join(' '));
    }
    a.utterances.push(p.transcript.utterances[i]!.id);
  }
  return new Map(
    [...acc].map(([id, a]) => {
      const n = words.get(id) ?? 0;
      return [
        id,
        {
          count: a.count,
          per100Words: n > 0 ? round((a.count / n) * 100) : 0,
          byRule: a.byRule,
          evidence: { utteranceIds: a.utterances, words: [...a.phrases] },
        },
      ];
    }),
  );
}

/** Utterance `best` (a person's with the most matches of a category, see densestBySpeaker), quoting from its first to its last match (at most 30 words). */
function densestUtterance(
  ctx: ConversationContext,
  matches: ReadonlyArray<readonly PhraseMatch<PhraseRule>[]>,
  best: number,
): { utterance: number; quoteStart: number; quoteEnd: number } {
  const found = matches[best]!;
  const view = ctx.views[best]!;
  const first = found[0]!;
  const last = found.filter((m) => m.end - first.start <= 30).pop() ?? first;
  return { utterance: best, quoteStart: view.tokens[first.start]!.start, quoteEnd: view.tokens[last.end - 1]!.end };
}

/** Per person, their first utterance with the most matches (people with none are absent). */
function densestBySpeaker(
  ctx: ConversationContext,
  matches: ReadonlyArray<readonly PhraseMatch<PhraseRule>[]>,
): Map<string, number> {
  const best = new Map<string, number>();
  for (let i = 0; i < matches.length; i++) {
    const n = matches[i]!.length;
    if (n === 0) continue;
    const id = ctx.speakerOf[i]!;
    const current = best.get(id);
    if (current === undefined || n > matches[current]!.length) best.set(id, i);
  }
  return best;
}

function topRules(c: LanguageCount): string {
  return Object.entries(c.byRule)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([rule, n]) => `${rule} (${n})`)
    .join(', ');
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
