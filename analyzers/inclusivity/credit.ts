/**
 * Acknowledgement and credit: who recognises whose contribution. A named credit ("as Priya said")
 * goes to the person named; an implicit one ("good point", "thanks for raising that") to a speaker
 * named next to it ("Good point, Sam") or addressed at the end of the sentence ("Thanks for staying
 * late, Priya"), else to the person who spoke just before.
 *
 * Credit needs positive attribution: reported speech about someone inside a complaint ("Lee said he
 * would fix it last week and it is still broken") names a person but credits nobody, so a report of
 * what a speaker said or did is dropped when its sentence holds a complaint marker (data/acknowledgements.ts).
 */
import * as z from 'zod';
import type { AcknowledgementRule } from './data/acknowledgements';
import type { PreparedTranscript } from '../nlp/prepare';
import { respondingTo, utterancesIntoTurn, type ConversationContext } from '../nlp/context';
import { nameOf, type FindingCollector } from '../nlp/finding-collector';
import { matchName, namedNear, resolvedSpeaker, type NameMatch } from '../nlp/names';
import { gapBefore, punctuatedBefore, sentenceRange, type PhraseMatch } from '../nlp/phrase-matcher';
import type { UtteranceView } from '../nlp/types';
import { givenAndReceived } from './tally';
import {
  CREDIT_NAME_REACH,
  CREDIT_PAIR_REACH,
  CREDIT_REPEAT_REACH,
  CREDIT_TURN_REACH,
  isSitting,
  THANKED_FOR_QUOTE_WORDS,
} from './thresholds';
import {
  COMPLAINT_MARKERS,
  CONDITIONALS,
  NOT_CONTRIBUTION_TASKS,
  NOT_CONTRIBUTIONS,
  REPORTED_RULES,
  THIRD_PERSON,
} from './data/acknowledgements';
import { UNATTRIBUTED_LABEL } from '../../src/model/person-keys';

export const Credit = z.object({
  utteranceId: z.string(),
  speakerId: z.string(),
  ruleId: z.string(),
  type: z.enum(['praise', 'attribution', 'thanks', 'agreement']),
  quote: z.string(),
  /** The person credited, when known. */
  toSpeakerId: z.string().nullable(),
  /** The name as said (null when the credit was implicit). */
  creditedName: z.string().nullable(),
  /** True when no name was said and the credit was given to the previous speaker. */
  implied: z.boolean(),
});
export type Credit = z.infer<typeof Credit>;

export const CreditResult = z.object({
  total: z.number().int().nonnegative(),
  items: z.array(Credit),
  bySpeaker: z.array(z.object({ speakerId: z.string(), given: z.number().int(), received: z.number().int() })),
});
export type CreditResult = z.infer<typeof CreditResult>;

/**
 * Turns acknowledgement matches into credits and findings; `people` is the participation count (in a sitting,
 * named credit goes only to participants).
 *
 * @example
 * // Ben (s2): "As Priya said, the cache is the bottleneck."
 * credit(p, ctx, matches, out, 2).items[0] // => { ruleId: 'as-name-said', speakerId: 's2', toSpeakerId: 's1', creditedName: 'Priya', implied: false, ... }
 */
export function credit(
  p: PreparedTranscript,
  ctx: ConversationContext,
  matches: ReadonlyArray<readonly PhraseMatch<AcknowledgementRule>[]>,
  out: FindingCollector,
  people: number,
): CreditResult {
  const sitting = isSitting(people);
  const items: Credit[] = [];
  const onlyOneOther = p.transcript.speakers.filter((s) => s.name !== UNATTRIBUTED_LABEL).length === 2;
  /** By speaker, the utterance of their latest unnamed credit: one said again is the same reaction. */
  const lastUnnamed = new Map<string, number>();
  matches.forEach((found, i) => {
    // Most utterances credit nobody: no iterator over their empty list.
    if (found.length === 0) return;
    const view = ctx.views[i]!;
    const speakerId = ctx.speakerOf[i]!;
    // The person this utterance has addressed by name so far: "Thank you too, Yusuf. Your idea ..." is for Yusuf.
    let addressed: string | null = null;
    for (const m of found) {
      let toSpeakerId: string | null;
      let creditedName: string | null = null;
      let implied = false;
      // An unnamed credit right after the turn it answers: the previous speaker is the likely one, said as such.
      let justBefore = false;
      let start = m.start;
      let end = m.end;
      if (REPORTED_RULES.has(m.rule.id) && isComplaint(view, m.start)) continue;
      // "If you think that would be good idea, ...": praise only supposed.
      if (m.rule.type === 'praise' && clauseBeforeHolds(view, m.start, CONDITIONALS)) continue;
      const thanked = m.rule.id === 'thanks-for-raising' ? thanksObject(view, m.end) : null;
      if (m.rule.id === 'thanks-for-raising' && thanked === null) continue;
      if (m.rule.credits === 'named') {
        toSpeakerId = resolvedSpeaker(m.name);
        creditedName = m.name?.text ?? null;
        // In a sitting a name that is no participant's is someone outside it: members' statements pay tribute ("I
        // want to thank Saravanaa ...", review r15). Among a few people it may be a participant's short name
        // ("Thanks, Li" to 李娜), so it still counts there.
        if (toSpeakerId === null && sitting) continue;
      } else {
        const sentence = sentenceRange(view, m.start);
        const near = namedNear(
          view,
          Math.max(sentence.start, m.start - CREDIT_NAME_REACH),
          Math.min(sentence.end, m.end + CREDIT_NAME_REACH),
          m.start,
          ctx.names,
          speakerId,
        ).filter((n) => n.end <= m.start || n.start >= m.end);
        const closing = near.length === 0 ? closingVocative(view, sentence, ctx.names, speakerId) : null;
        if (closing) near.push(closing);
        if (near.length > 0) {
          toSpeakerId = resolvedSpeaker(near[0]);
          creditedName = near[0]!.text;
          start = Math.min(start, near[0]!.start);
          end = Math.max(end, near[0]!.end);
        } else {
          // "Thank you for that." to nobody named thanks for the last turn as a whole: a courtesy that closes an
          // answer or leads to the next question, not credit for an idea (3 of 3 in a hearing, review r12).
          if (thanked === 'whatever-was-said' && addressed === null) continue;
          // "... the interpreters, who are doing a really good job": praise of someone talked about.
          if (m.rule.type === 'praise' && addressed === null && aboutSomeoneElse(view, m.start, m.end)) continue;
          // Deep inside one's own turn ("So I would say thank you for the call", after three lines of one's own
          // report) an unnamed credit answers nobody's last words.
          if (addressed === null && utterancesIntoTurn(ctx, i, CREDIT_TURN_REACH) >= CREDIT_TURN_REACH) continue;
          // The point being acknowledged: skip back-channels ("mm-hmm") between it and the credit.
          const answered = respondingTo(ctx, i);
          const previous = answered >= 0 ? answered : ctx.previousOther[i]!;
          // Only a turn with something in it was answered: after a "Mm-hmm" the speaker goes on with their own
          // point, and "right after the chair spoke" pinned the credit on a back-channel (review r16).
          justBefore = answered >= 0 && previous === i - 1;
          const othersSpoke = previous >= 0;
          // A turn of no content words ("Mm-hmm.", "Yeah, please.") held no point to credit: whose point it was is
          // not in the lines before, so the credit item names nobody (review r16). With one other person in the
          // meeting, or the only one talking with the speaker lately, it is theirs all the same.
          const pointBefore =
            othersSpoke &&
            (onlyOneOther || turnHoldsAPoint(ctx, previous) || onlyOtherLately(ctx, i) === ctx.speakerOf[previous]);
          toSpeakerId = addressed ?? (pointBefore ? ctx.speakerOf[previous]! : null);
          // With one other person in the meeting there is nobody else it could be for.
          implied = addressed === null && !onlyOneOther;
        }
      }
      // "Thanks, Ana" said by Ana about herself is no credit to anyone else.
      if (toSpeakerId === speakerId) continue;
      if (implied) {
        const before = lastUnnamed.get(speakerId);
        lastUnnamed.set(speakerId, i);
        if (before !== undefined && saidAgain(ctx, before, i)) continue;
      }
      if (creditedName !== null && toSpeakerId !== null) addressed = toSpeakerId;
      const quoteStart = view.tokens[start]!.start;
      // "Thank you for" shows nothing: quoted with what the thanks are for, up to the end of its clause.
      const quoteEnd = view.tokens[thankedForEnd(view, end) - 1]!.end;
      items.push({
        utteranceId: p.transcript.utterances[i]!.id,
        speakerId,
        ruleId: m.rule.id,
        type: m.rule.type,
        quote: view.text.slice(quoteStart, quoteEnd),
        toSpeakerId,
        creditedName,
        implied,
      });
      // Credit whose point does not show (after a "Mm-hmm", before anyone spoke) is counted, and no finding: a note
      // that it names nobody read as a criticism of a normal "good idea" (reviews r22 to r24), and the owner was
      // often a few lines up, where a guess would be wrong as often as right.
      if (implied && toSpeakerId === null) continue;
      // Without a name the finding says what was said, not whose point it was: coaches found the previous speaker
      // was often not the one whose idea was praised (7 of 12 wrong credits in review r6 were the wrong person).
      const whom = toSpeakerId !== null ? nameOf(p, toSpeakerId) : (creditedName ?? 'someone');
      out.add({
        kind: 'credit',
        ruleId: m.rule.id,
        speakerId,
        utterance: i,
        quoteStart,
        quoteEnd,
        severity: 'info',
        // Named credit is clear; "good point" with no name is given to the previous speaker by a guess.
        confidence: implied ? 'low' : 'medium',
        targetSpeakerId: implied ? null : toSpeakerId,
        suggestion: null,
        note: !implied
          ? `${nameOf(p, speakerId)} ${verb(m.rule.type)} ${whom}. Visible credit keeps ideas attached to the people who had them.`
          : justBefore
            ? `${nameOf(p, speakerId)} ${UNNAMED_VERB[m.rule.type]} right after ${whom} spoke: read as ${whom}'s.`
            : `${nameOf(p, speakerId)} ${UNNAMED_VERB[m.rule.type]}: read as the previous speaker's, ${whom}'s, a guess.`,
      });
    }
  });
  return { total: items.length, items, bySpeaker: givenAndReceived(ctx.speakerOf, items) };
}

/**
 * True when the unnamed credit of utterance i repeats the same speaker's of utterance `before`: at most
 * CREDIT_REPEAT_REACH utterances later, and nobody made a new point between (an utterance of two content words or
 * more): "Oh, interesting point." / "I would have thought so, yeah." / "Ah! Interesting point." is one reaction.
 *
 * @example
 * // u1 Ana "Oh, interesting point."  u2 Ben "I would have thought so, yeah."  u3 Ana "Ah! Interesting point."
 * saidAgain(ctx, 0, 2) // => true
 */
function saidAgain(ctx: ConversationContext, before: number, i: number): boolean {
  if (i - before > CREDIT_REPEAT_REACH) return false;
  for (let k = before + 1; k < i; k++) if (ctx.contentKeys[k]!.length >= 2) return false;
  return true;
}

/**
 * Where the quote of a credit match ending at token `end` ends: after "for" ("Thank you for"), the words of what
 * the thanks are for, up to THANKED_FOR_QUOTE_WORDS and the end of the clause (review r19: "Thank you for" alone
 * quoted nothing); else `end`.
 *
 * @example
 * // "Thank you for your advocacy on all these truly important things." matched up to "for" (3 tokens)
 * thankedForEnd(view, 3) // => 11
 */
function thankedForEnd(view: UtteranceView, end: number): number {
  if (view.lower[end - 1] !== 'for') return end;
  const clauseEnd = sentenceRange(view, end - 1).end;
  let k = end;
  while (k < clauseEnd && k < end + THANKED_FOR_QUOTE_WORDS && !/[,;:]/.test(gapBefore(view, k))) k++;
  return k;
}

/**
 * The one other person who spoke in the `CREDIT_PAIR_REACH` utterances before utterance i, or null when none or
 * several did.
 *
 * @example
 * // u1 Ana "Saunas, maybe."  u2 Ben "Or ice baths?"  u3 Ana "Yeah."  u4 Ben "Like you said, after sport."
 * onlyOtherLately(ctx, 3) // => 's1' (Ana)
 */
function onlyOtherLately(ctx: ConversationContext, i: number): string | null {
  let other: string | null = null;
  for (let k = Math.max(0, i - CREDIT_PAIR_REACH); k < i; k++) {
    const speaker = ctx.speakerOf[k]!;
    if (speaker === ctx.speakerOf[i] || speaker === other) continue;
    if (other !== null) return null;
    other = speaker;
  }
  return other;
}

/**
 * Whether the turn that utterance k ends (k and the same speaker's utterances of that turn before it) has a content
 * word: "Mm-hmm." and "Yeah, please." make no point that credit could be for.
 *
 * @example
 * // u1 Priya "We could shard the billing database."  u2 Priya "Yeah."  u3 Ben "Good point."
 * turnHoldsAPoint(ctx, 1) // => true (u1 is part of the same turn)
 */
function turnHoldsAPoint(ctx: ConversationContext, k: number): boolean {
  for (let j = k; j >= 0 && ctx.turnOf[j] === ctx.turnOf[k]; j--) if (ctx.contentKeys[j]!.length > 0) return true;
  return false;
}

/**
 * What a "thanks for ..." thanks for: a contribution ("thanks for chasing it", "thanks for the numbers"), whatever
 * was said ("thanks for that", "thank you for all this"), or null for no contribution ("thanks for coming").
 */
function thanksObject(view: UtteranceView, next: number): 'contribution' | 'whatever-was-said' | null {
  const word = view.lower[next];
  if (word === undefined || NOT_CONTRIBUTIONS.has(word)) return null;
  if (word === 'your' || word === 'the')
    return NOT_CONTRIBUTIONS.has(view.lower[next + 1] ?? '') ? null : 'contribution';
  // "Thanks for making time", "thank you for filling in the survey": no contribution (NOT_CONTRIBUTION_TASKS).
  if (/ing$/.test(word)) return isNoContribution(view, next) ? null : 'contribution';
  return word === 'all' || word === 'that' || word === 'this' ? 'whatever-was-said' : null;
}

/** True when the "-ing" verb at token k and its object are a task in NOT_CONTRIBUTION_TASKS ("taking the time"). */
function isNoContribution(view: UtteranceView, k: number): boolean {
  const verb = view.lower[k]!;
  let at = k + 1;
  if (OBJECT_PARTICLES.has(view.lower[at] ?? '')) at++;
  if (OBJECT_DETERMINERS.has(view.lower[at] ?? '')) at++;
  const object = view.lower[at] ?? '';
  return NOT_CONTRIBUTION_TASKS.some((task) => task.verbs.has(verb) && task.objects.has(object));
}
const OBJECT_PARTICLES: ReadonlySet<string> = new Set(['in', 'out', 'up']);
const OBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'your', 'this', 'that', 'these', 'our', 'some', 'a']);

/** True when the clause around tokens [start, end) holds a third-person word (THIRD_PERSON) outside them. */
function aboutSomeoneElse(view: UtteranceView, start: number, end: number): boolean {
  if (clauseBeforeHolds(view, start, THIRD_PERSON)) return true;
  for (let k = end; k < view.lower.length && !punctuatedBefore(view, k); k++)
    if (THIRD_PERSON.has(view.lower[k]!)) return true;
  return false;
}

/** True when the words of the clause before token `start` (back to the last punctuation) include one of `words`. */
function clauseBeforeHolds(view: UtteranceView, start: number, words: ReadonlySet<string>): boolean {
  for (let k = start - 1; k >= 0 && !punctuatedBefore(view, k + 1); k--) if (words.has(view.lower[k]!)) return true;
  return false;
}

/** True when the sentence holding token `at` holds a complaint marker ("still broken", "late again"). */
function isComplaint(view: UtteranceView, at: number): boolean {
  const { start, end } = sentenceRange(view, at);
  for (let k = start; k < end; k++) if (COMPLAINT_MARKERS.has(view.lower[k]!)) return true;
  return false;
}

/** A speaker addressed at the end of the sentence, after a comma: "Thanks for staying late to finish it, Priya." */
function closingVocative(
  view: UtteranceView,
  sentence: { start: number; end: number },
  names: ConversationContext['names'],
  speakerId: string,
): NameMatch | null {
  for (let k = Math.max(sentence.start, sentence.end - 3); k < sentence.end; k++) {
    const name = matchName(view, k, names, false);
    if (!name || name.end !== sentence.end || !/,/.test(gapBefore(view, k))) continue;
    const id = resolvedSpeaker(name);
    return id !== null && id !== speakerId ? name : null;
  }
  return null;
}

/** What an unnamed credit did, said without a person: "Good idea." praises a point, not (knowingly) a person. */
const UNNAMED_VERB: Record<Credit['type'], string> = {
  praise: 'praised a point',
  attribution: 'credited an idea',
  thanks: 'thanked someone',
  agreement: 'agreed with a point',
};

function verb(type: Credit['type']): string {
  switch (type) {
    case 'praise':
      return 'acknowledged a contribution by';
    case 'attribution':
      return 'credited an idea to';
    case 'thanks':
      return 'thanked';
    case 'agreement':
      return 'agreed with';
  }
}
