/**
 * Paraphrases ("so what you're saying is ...") and building on others ("building on that",
 * "yes, and ..."): phrases that show the speaker heard someone else and works with their point.
 * Each is credited to the person named in it, or else to the latest earlier speaker other than
 * the speaker (the one being paraphrased or built on).
 */
import * as z from 'zod';
import { ASSESSMENT_WORDS, BUILDING_ON_MARKERS } from './data/building-on';
import { BLAME_WORDS, SELF_WORDS } from './data/defensive-readings';
import { GUESSED_PARAPHRASE_RULES, PARAPHRASE_MARKERS, type ListeningMarkerRule } from './data/paraphrase-markers';
import { answersQuestion } from '../nlp/backchannel-flags';
import { questionsIn } from '../nlp/prepared-questions';
import { contentWords, respondingTo, type ConversationContext } from '../nlp/context';
import { namedNear, resolvedSpeaker } from '../nlp/names';
import { PhraseMatcher, sentenceRange } from '../nlp/phrase-matcher';
import type { PreparedTranscript } from '../nlp/prepare';
import type { UtteranceView } from '../nlp/types';
import {
  ASSESSMENT_MAX_WORDS,
  EXTENSION_MIN_WORDS,
  EXTENSION_QUOTE_WORDS,
  MARKER_NAME_REACH,
  RESTATED_WORDS_REACH,
  RESTATEMENT_MIN_WORDS,
  RESTATEMENT_QUOTE_WORDS,
  TURN_START_WORDS,
} from './thresholds';

export const ListeningMarker = z.object({
  utteranceId: z.string(),
  speakerId: z.string(),
  /** The person paraphrased or built on. */
  toSpeakerId: z.string().nullable(),
  ruleId: z.string(),
  /** The marker's own words ("you're saying"), the evidence counted per person (absent in older analyses). */
  marker: z.string().optional(),
  /** The marker with what it restates ("you're saying is only big accounts fail"), quoted under a finding. */
  quote: z.string(),
  /** Character range of the quote in the utterance text. */
  start: z.number().int(),
  end: z.number().int(),
});
export type ListeningMarker = z.infer<typeof ListeningMarker>;

const MATCHER = new PhraseMatcher<ListeningMarkerRule>([PARAPHRASE_MARKERS, BUILDING_ON_MARKERS]);

/** Words that, right before "you", ask rather than state: "are you asking ...", "do you mean ...". */
const INVERTED: ReadonlySet<string> = new Set(['are', 'were', 'do', 'did']);

/**
 * "Are you asking PerVoice or AlfaView?": an inverted marker followed by "or" in its sentence offers the
 * speaker two readings to choose from. It asks which was meant and restates neither (a clarifying question;
 * coaches rejected it as "restating what someone else said" in the issue 11 review).
 *
 * @example
 * isChoiceQuestion(viewOf('Are you asking per voice or alfa view.'), 1, 3) // => true
 * isChoiceQuestion(viewOf("So you're saying we ship on Friday?"), 1, 3)  // => false
 */
export function isChoiceQuestion(view: UtteranceView, start: number, end: number): boolean {
  const before = view.lower[start - 1];
  if (before === undefined || !INVERTED.has(before)) return false;
  const sentence = sentenceRange(view, start);
  for (let k = end; k < sentence.end; k++) if (view.lower[k] === 'or') return true;
  return false;
}

/**
 * "So you're saying it's my fault?": the rest of the sentence points at the speaker and judges them, so it
 * reads blame into the point instead of restating it (analyzers/listening/data/defensive-readings.ts).
 *
 * @example
 * isDefensiveReading(viewOf('So are you saying it is my fault?'), 2, 4) // => true
 * isDefensiveReading(viewOf('So you are saying the plan was late?'), 1, 4) // => false
 */
export function isDefensiveReading(view: UtteranceView, start: number, end: number): boolean {
  const sentence = sentenceRange(view, start);
  let self = false;
  let blame = false;
  for (let k = end; k < sentence.end; k++) {
    const w = view.lower[k]!;
    if (SELF_WORDS.has(w)) self = true;
    if (BLAME_WORDS.has(w)) blame = true;
  }
  return self && blame;
}

/**
 * @example
 * // Ana: "The export fails for big accounts."  Ben: "So what you're saying is only big accounts fail?"
 * listeningMarkers(p, ctx).paraphrases[0] // => { speakerId: 's2', toSpeakerId: 's1', ruleId: 'you-are-saying', quote: "you're saying", ... }
 */
export function listeningMarkers(
  p: PreparedTranscript,
  ctx: ConversationContext,
): { paraphrases: ListeningMarker[]; buildingOn: ListeningMarker[] } {
  const paraphrases: ListeningMarker[] = [];
  const buildingOn: ListeningMarker[] = [];
  ctx.views.forEach((view, i) => {
    // Indexed, not destructured: an iterator per utterance.
    const matches = MATCHER.match(view, ctx.names);
    const para = matches[0];
    const build = matches[1];
    if (para!.length === 0 && build!.length === 0) return; // most utterances
    for (const [list, found] of [
      [paraphrases, para!],
      [buildingOn, build!],
    ] as const) {
      for (const m of found) {
        if (m.rule.atTurnStart && (!ctx.turnStart[i] || m.start >= TURN_START_WORDS)) continue;
        if (list === paraphrases && isDefensiveReading(view, m.start, m.end)) continue;
        if (list === paraphrases && isChoiceQuestion(view, m.start, m.end)) continue;
        // "You mean ..." left unfinished restates nothing: a restatement needs the words that restate.
        const restated = list === paraphrases ? sentenceRange(view, m.start).end - m.end : 0;
        if (list === paraphrases && restated < RESTATEMENT_MIN_WORDS) continue;
        // "You mean, this I guess I am gonna be standing up and drawing on the board" takes the floor and restates
        // nothing said: a guessed marker needs a word of someone else's just before (review r19).
        if (
          list === paraphrases &&
          GUESSED_PARAPHRASE_RULES.has(m.rule.id) &&
          !restatesOthers(ctx, i, m.end, m.end + restated)
        )
          continue;
        // "Yeah and" cut off, or "Building on that." alone: an extension needs the words that extend.
        if (list === buildingOn && view.lower.length - m.end < EXTENSION_MIN_WORDS) continue;
        // One restatement per utterance: "if I understand you correctly" fires two rules on the same words.
        if (list.length > 0 && list[list.length - 1]!.utteranceId === p.transcript.utterances[i]!.id) continue;
        const speakerId = ctx.speakerOf[i]!;
        let toSpeakerId = resolvedSpeaker(m.name);
        let start = m.start;
        let end = m.end;
        if (!m.name) {
          const sentence = sentenceRange(view, m.start);
          const near = namedNear(
            view,
            Math.max(sentence.start, m.start - MARKER_NAME_REACH),
            Math.min(sentence.end, m.end + MARKER_NAME_REACH),
            m.start,
            ctx.names,
            speakerId,
          );
          if (near.length > 0 && resolvedSpeaker(near[0]) !== null) {
            toSpeakerId = resolvedSpeaker(near[0]);
            start = Math.min(start, near[0]!.start);
            end = Math.max(end, near[0]!.end);
          } else {
            // Nobody else spoke before (or the speaker is resuming their own point): nobody to paraphrase or build on.
            // Mid-turn, "expanding on that" points at the speaker's own words just before (review r10: "I know I
            // mentioned fidget toys ... expanding on that" was credited to the previous other speaker).
            const previous = respondingTo(ctx, i);
            if (previous < 0 || !ctx.turnStart[i]) continue;
            // "Did you ask them?" / "Yes, and they said ...": the answer to a yes/no question builds on no point (review
            // r12); after "what about small ones?" a "yes, and" accepts and extends.
            if (
              list === buildingOn &&
              answersQuestion(p, i, previous) &&
              questionsIn(p, previous).at(-1)?.type === 'closed'
            )
              continue;
            // "That's lovely." / "Yeah and I'll have to think ...": an assessment adds no point to build on.
            if (list === buildingOn && isAssessment(ctx.views[previous]!.lower)) continue;
            toSpeakerId = ctx.speakerOf[previous]!;
          }
        }
        if (toSpeakerId === speakerId) continue;
        const quoteStart = view.tokens[start]!.start;
        const marker = view.text.slice(quoteStart, view.tokens[end - 1]!.end);
        // A restatement is quoted with what it restates, so a reader sees the check, not just "you mean"; an
        // extension with what it adds, not just "agree and" (review r19).
        if (list === paraphrases) end = Math.max(end, m.end + Math.min(restated, RESTATEMENT_QUOTE_WORDS));
        else end = Math.max(end, m.end + Math.min(sentenceRange(view, m.start).end - m.end, EXTENSION_QUOTE_WORDS));
        const quoteEnd = view.tokens[end - 1]!.end;
        list.push({
          utteranceId: p.transcript.utterances[i]!.id,
          speakerId,
          toSpeakerId,
          ruleId: m.rule.id,
          marker,
          quote: view.text.slice(quoteStart, quoteEnd),
          start: quoteStart,
          end: quoteEnd,
        });
      }
    }
  });
  return { paraphrases, buildingOn };
}

/** True for a short line that only rates the last point ("That's lovely.", "Oh, nice."): ASSESSMENT_WORDS. */
function isAssessment(lower: readonly string[]): boolean {
  return lower.length > 0 && lower.length <= ASSESSMENT_MAX_WORDS && lower.every((w) => ASSESSMENT_WORDS.has(w));
}

/**
 * Whether tokens [from, to) of utterance i hold a content word that someone other than its speaker said in the
 * RESTATED_WORDS_REACH utterances before it: "so you mean pause phones take up a lot of the long pause phones"
 * after "The average number of phones in an English word is ... five maybe?" restates; a "you mean" that shares
 * no word with them says something else.
 *
 * @example
 * // u1 Abe "The average number of phones per word is five."  u2 Flo "Oh, so you mean pause phones take up a lot?"
 * restatesOthers(ctx, 1, 4, 10) // => true ("phones")
 */
function restatesOthers(ctx: ConversationContext, i: number, from: number, to: number): boolean {
  const restated = contentWords(ctx.views[i]!.lower.slice(from, to), ctx.names);
  if (restated.size === 0) return false;
  for (let k = i - 1; k >= 0 && k >= i - RESTATED_WORDS_REACH; k--) {
    if (ctx.speakerOf[k] === ctx.speakerOf[i]) continue;
    if (ctx.contentKeys[k]!.some((key) => restated.has(key))) return true;
  }
  return false;
}
