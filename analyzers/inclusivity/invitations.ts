/**
 * Invitations to speak: who opens the floor to whom ("what do you think, Sam?", "we haven't heard
 * from Ana", "let's go around"). The addressee is found by name next to the phrase: a speaker's
 * name within four words in the same sentence, or a capitalised name right before or after it.
 *
 * An invitation needs an addressee invited to speak, so two senses are checked:
 * - a sentence that opens by addressing a speaker ("Jonas, you first?", "Councillor Amin, please
 *   begin.") and asks a question or gives the floor is an invitation when that person speaks next;
 * - an open call the speaker answers themselves ("Any questions? No? Then let's move on") is not.
 */
import * as z from 'zod';
import type { Confidence } from '../../src/model/finding';
import type { InvitationRule } from './data/invitations';
import type { PreparedTranscript } from '../nlp/prepare';
import type { ConversationContext } from '../nlp/context';
import { breaksOff, REASK_REACH } from '../nlp/cut-off';
import { nameOf, type FindingCollector } from '../nlp/finding-collector';
import { gapBefore, sentenceEndsWithQuestion, sentenceRange, type PhraseMatch } from '../nlp/phrase-matcher';
import { quotedAt } from '../nlp/reported-speech';
import type { UtteranceView } from '../nlp/types';
import { matchName, namedNear, resolvedSpeaker, type NameMatch, type NameIndex } from '../nlp/names';
import { givenAndReceived } from './tally';
import { ADDRESSEE_REACH, isSitting, REPLY_LOOKAHEAD } from './thresholds';
import { WordSequences } from '../nlp/word-sequences';
import {
  FACT_QUESTIONS,
  FLOOR_GIVING,
  PLANNED_STEP,
  REQUEST_FILLERS,
  REQUEST_OPENERS,
  SELF_ANSWERS,
  SPEAKING_VERBS,
} from './data/invitations';

export const Invitation = z.object({
  utteranceId: z.string(),
  speakerId: z.string(),
  ruleId: z.string(),
  form: z.enum(['question', 'not-heard-from', 'round', 'open-call', 'hand-over', 'vocative']),
  quote: z.string(),
  /** The invited speaker when a name identifies one, else null. */
  toSpeakerId: z.string().nullable(),
  /** The name as said, also when it is nobody in the transcript (an absent or unlabelled person). */
  addresseeName: z.string().nullable(),
  /** The next person (other than the inviter) to speak, within five utterances. */
  repliedBySpeakerId: z.string().nullable(),
});
export type Invitation = z.infer<typeof Invitation>;

export const InvitationTally = z.object({ speakerId: z.string(), given: z.number().int(), received: z.number().int() });

export const InvitationsResult = z.object({
  total: z.number().int().nonnegative(),
  /** Invitations addressed to a person by name. */
  named: z.number().int().nonnegative(),
  items: z.array(Invitation),
  bySpeaker: z.array(InvitationTally),
});
export type InvitationsResult = z.infer<typeof InvitationsResult>;

/** One invitation before it becomes an item: the phrase's tokens, its rule and the person addressed. */
interface Candidate {
  start: number;
  end: number;
  ruleId: string;
  form: Invitation['form'];
  name: NameMatch | null;
}

/**
 * Turns invitation matches into items and findings; `people` is the participation count (a sitting runs a list).
 *
 * @example
 * // "Sam, any thoughts?" said by Ana (s1) to Sam (s2):
 * invitations(p, ctx, matches, out, 2).items[0] // => { ruleId: 'any-thoughts', speakerId: 's1', toSpeakerId: 's2', addresseeName: 'Sam', ... }
 */
export function invitations(
  p: PreparedTranscript,
  ctx: ConversationContext,
  matches: ReadonlyArray<readonly PhraseMatch<InvitationRule>[]>,
  out: FindingCollector,
  people: number,
): InvitationsResult {
  // In a sitting the chair gives the floor by name to the next on the list ("Mr. McLean, go ahead", "Mr. Motz, please
  // continue"): procedure, not drawing someone in (a coach rejected all five such in a 56-person sitting, review r15).
  const sitting = isSitting(people);
  const items: Invitation[] = [];
  const utterances = p.transcript.utterances;
  matches.forEach((found, i) => {
    // Most utterances have no invitation phrase and name no speaker: nothing to do (no Set, no arrays).
    if (found.length === 0 && !mayNameSpeaker(ctx.views[i]!, ctx.names)) return;
    const view = ctx.views[i]!;
    const speakerId = ctx.speakerOf[i]!;
    const done = new Set<number>();
    const candidates: Candidate[] = [];
    for (const m of found) {
      // One invitation per sentence: "Anyone have any questions?" is one invitation, not two.
      const sentence = sentenceRange(view, m.start);
      if (done.has(sentence.start)) continue;
      const vocative = vocativeAt(view, sentence.start, ctx.names, speakerId);
      const name = vocative ?? addresseeOf(view, m, ctx.names, speakerId);
      if (name === null && m.rule.needsAddressee === true) continue;
      // "We could just sort of say, ... what do you think about that": a quoted line invites nobody.
      if (quotedAt(view, sentence.start, m.start)) continue;
      if (askedAgainAfterCutOff(ctx, matches, i, m)) continue;
      // "... before I intro you throw it over to you": the hand-over is still to come.
      if (m.rule.form === 'hand-over' && saysBetween(view, sentence.start, m.start, PLANNED_STEP)) continue;
      done.add(sentence.start);
      if (name === null && m.rule.form === 'open-call' && answersItself(ctx, i, sentence.end)) continue;
      if (m.rule.form === 'open-call' && asksForAFact(view, sentence)) continue;
      candidates.push({ start: m.start, end: m.end, ruleId: m.rule.id, form: m.rule.form, name });
    }
    candidates.push(...vocativeInvitations(ctx, i, done));
    for (const c of candidates) {
      if (sitting && (c.form === 'vocative' || c.form === 'hand-over')) continue;
      const name = c.name;
      const toSpeakerId = resolvedSpeaker(name);
      const start = Math.min(c.start, name?.start ?? c.start);
      const end = Math.max(c.end, name?.end ?? c.end);
      const quoteStart = view.tokens[start]!.start;
      // A vocative question keeps its question mark: it is what tells "Kai, does this change your plan?" from the
      // floor given in "Kai, go ahead." (src/commentary/rules.ts asks which it was).
      const quoteEnd = c.form === 'vocative' ? withQuestionMark(view, end) : view.tokens[end - 1]!.end;
      items.push({
        utteranceId: utterances[i]!.id,
        speakerId,
        ruleId: c.ruleId,
        form: c.form,
        quote: view.text.slice(quoteStart, quoteEnd),
        toSpeakerId,
        addresseeName: name?.text ?? null,
        repliedBySpeakerId: nextOtherSpeaker(ctx, i),
      });
      const whom = toSpeakerId !== null ? nameOf(p, toSpeakerId) : name ? name.text : null;
      out.add({
        kind: 'invitation',
        ruleId: c.ruleId,
        speakerId,
        utterance: i,
        quoteStart,
        quoteEnd,
        severity: 'info',
        confidence: invitationConfidence(
          c.form,
          toSpeakerId,
          nextOtherSpeaker(ctx, i),
          name !== null && toSpeakerId === null,
        ),
        targetSpeakerId: toSpeakerId,
        suggestion: null,
        note: `${nameOf(p, speakerId)} ${invitedWhom(c.form, whom)}. Explicit invitations bring in voices that would not interrupt to be heard.`,
      });
    }
  });
  return {
    total: items.length,
    named: items.filter((x) => x.addresseeName !== null).length,
    items,
    bySpeaker: givenAndReceived(ctx.speakerOf, items),
  };
}

/**
 * "Uh, what do we think a" broken off, then "What do we think a good size would be for this?" from the same speaker:
 * the phrase is cut off (`breaksOff` in analyzers/nlp/cut-off.ts: few words after it, no '?', '.' or '!') and the same rule matches in the speaker's next utterance
 * within REASK_REACH. The whole question is the invitation; counting the fragment too counted one move twice.
 */
function askedAgainAfterCutOff(
  ctx: ConversationContext,
  matches: ReadonlyArray<readonly PhraseMatch<InvitationRule>[]>,
  i: number,
  m: PhraseMatch<InvitationRule>,
): boolean {
  const view = ctx.views[i]!;
  // Finished, not cut off: a '?' after the phrase, or a full stop after it ("Passing to Sam." then, two lines on,
  // "Passing to Ana.": a chair's two hand-overs, review r34).
  if (!breaksOff(view.text, view.tokens, m.start, m.end)) return false;
  for (let k = i + 1; k < matches.length && k <= i + REASK_REACH; k++) {
    if (ctx.speakerOf[k] !== ctx.speakerOf[i]) continue;
    return matches[k]!.some((again) => again.rule.id === m.rule.id);
  }
  return false;
}

/** The person addressed: a speaker named near the phrase, or an unknown capitalised name right next to it. */
function addresseeOf(
  view: UtteranceView,
  m: PhraseMatch<InvitationRule>,
  names: NameIndex,
  inviter: string,
): NameMatch | null {
  // "we haven't heard from Tom", "I'd love to hear from Tom first", "passing to Tom": the name is the object.
  const last = view.lower[m.end - 1];
  const object =
    last === 'from' || (last === 'to' && m.rule.form === 'hand-over') ? matchName(view, m.end, names, false) : null;
  if (object) return object;
  const sentence = sentenceRange(view, m.start);
  const from = Math.max(sentence.start, m.start - ADDRESSEE_REACH);
  const to = Math.min(sentence.end, m.end + ADDRESSEE_REACH);
  const known = namedNear(view, from, to, m.start, names, inviter).filter(
    (n) => (n.end <= m.start || n.start >= m.end) && !isTalkedAbout(view, m, n),
  );
  if (known.length > 0) return known[0]!;
  // A vocative: "What do you think, Tom?" / "Tom, any thoughts?" (set off by punctuation).
  const after = m.end < view.tokens.length ? matchName(view, m.end, names, false) : null;
  if (after && after.speakerIds.length === 0 && endsClause(view, after.end)) return after;
  if (m.start > 0) {
    const before = matchName(view, m.start - 1, names, false);
    if (before && before.speakerIds.length === 0 && before.end === m.start && /,/.test(gapBefore(view, m.start)))
      return before;
  }
  return null;
}

/**
 * "What do you think Lee meant?": a name right after the phrase, with no comma, that goes on into a
 * clause is who the question is about, not who it is put to ("What do you think, Lee?").
 */
function isTalkedAbout(view: UtteranceView, m: PhraseMatch<InvitationRule>, n: NameMatch): boolean {
  return n.start === m.end && !/,/.test(gapBefore(view, n.start)) && !endsClause(view, n.end);
}

/** True when a clause ends right before token `index` (punctuation, or the end of the utterance). */
function endsClause(view: UtteranceView, index: number): boolean {
  return index >= view.tokens.length || /[,.?!;:…]/.test(gapBefore(view, index));
}

function nextOtherSpeaker(ctx: ConversationContext, i: number): string | null {
  for (let k = i + 1; k < ctx.speakerOf.length && k <= i + REPLY_LOOKAHEAD; k++) {
    if (ctx.speakerOf[k] !== ctx.speakerOf[i]) return ctx.speakerOf[k]!;
  }
  return null;
}

/**
 * False when no word of the utterance is a speaker's name token (or one in the possessive): then no sentence of
 * it can open by addressing a speaker, and vocativeInvitations need not look (a Map lookup per word instead of
 * a name match per sentence).
 */
function mayNameSpeaker(view: UtteranceView, names: NameIndex): boolean {
  for (let k = 0; k < view.lower.length; k++) {
    const word = view.lower[k]!;
    // In cased text a name is capitalised (names.ts): a word starting with a lower-case ASCII letter is none.
    const first = view.tokens[k]!.text.charCodeAt(0);
    if (view.cased && first < 128 && first === word.charCodeAt(0)) continue;
    if (names.byToken.has(word) || (word.endsWith("'s") && names.byToken.has(word.slice(0, -2)))) return true;
  }
  return false;
}

/**
 * Sentences of utterance `i` not yet counted that open by addressing a speaker ("Jonas, you first?",
 * "Councillor Amin, please begin.") and ask a question or give the floor, when that person speaks next.
 */
function vocativeInvitations(ctx: ConversationContext, i: number, done: ReadonlySet<number>): Candidate[] {
  const view = ctx.views[i]!;
  const speakerId = ctx.speakerOf[i]!;
  const found: Candidate[] = [];
  for (let start = 0; start < view.tokens.length; start = sentenceRange(view, start).end) {
    if (done.has(start)) continue;
    const name = vocativeAt(view, start, ctx.names, speakerId);
    const to = resolvedSpeaker(name);
    if (!name || to === null || nextOtherSpeaker(ctx, i) !== to) continue;
    const end = sentenceRange(view, start).end;
    if (!sentenceEndsWithQuestion(view, end - 1) && !givesFloor(view, name.end, end)) continue;
    if (asksForATask(view, name.end, end)) continue;
    found.push({ start: name.start, end, ruleId: 'addressed-by-name', form: 'vocative', name });
  }
  return found;
}

/**
 * The end of the text of tokens [.., end), past a question mark that directly follows them.
 *
 * @example
 * // "Kai, does this change your plan? Thanks." with end after "plan": the offset after "?"
 */
function withQuestionMark(view: UtteranceView, end: number): number {
  const last = view.tokens[end - 1]!.end;
  const gap = end < view.tokens.length ? gapBefore(view, end) : view.text.slice(last);
  const mark = /^\s*\?/.exec(gap);
  return mark ? last + mark[0].length : last;
}

/**
 * A known speaker (not the speaker) named at the start of a sentence, set off by a comma ("Sam, ...")
 * or alone as a question ("Sam?").
 */
function vocativeAt(view: UtteranceView, start: number, names: NameIndex, speakerId: string): NameMatch | null {
  const name = matchName(view, start, names, false);
  if (!name) return null;
  // "Sam, ..." or, in a round, the bare name as the whole question: "Tariq?"
  const after =
    name.end < view.tokens.length ? gapBefore(view, name.end) : view.text.slice(view.tokens[name.end - 1]!.end);
  const bareQuestion = /^\s*\?/.test(after) && sentenceRange(view, start).end === name.end;
  if (!bareQuestion && (name.end >= view.tokens.length || !/,/.test(after))) return null;
  const to = resolvedSpeaker(name);
  return to !== null && to !== speakerId ? name : null;
}

/**
 * True when the words from token `from` (after the name) up to `to` open a request for a task rather than for
 * talk: "can you ping me when ...", "could you please stay online", not "can you walk us through", "would you
 * start?" (REQUEST_OPENERS, SPEAKING_VERBS in data/invitations.ts).
 *
 * @example
 * // "Łukasz, can you ping me when the pull request is ready?" after "Łukasz": true
 * // "Ben, can you give us the numbers?" after "Ben": false
 */
function asksForATask(view: UtteranceView, from: number, to: number): boolean {
  const words = view.lower;
  let k = from;
  if (words[k] === 'please') k++;
  if (k + 1 >= to || !REQUEST_OPENERS.includes(`${words[k]} ${words[k + 1]}`)) return false;
  k += 2;
  while (k < to && REQUEST_FILLERS.has(words[k]!)) k++;
  if (k >= to) return false;
  return !SPEAKING_VERBS.has(words[k]!) && words[k + 1] !== 'us';
}

const FACTS = new WordSequences(FACT_QUESTIONS);

/**
 * True when an open call asks the room what something means or is (FACT_QUESTIONS), said in the sentence before the
 * call or in the call's own sentence: a request for a fact the speaker lacks, not an invitation.
 *
 * @example
 * // "Um means, whiteboard, digital pens, etcetera, what does that mean? Any ideas?", the sentence of "Any ideas": true
 * // "What should we cut first? Any ideas?", the sentence of "Any ideas": false
 */
function asksForAFact(view: UtteranceView, sentence: { start: number; end: number }): boolean {
  const from = sentence.start > 0 ? sentenceRange(view, sentence.start - 1).start : 0;
  for (let k = from; k < sentence.end; k++) if (FACTS.startsAt(view.lower, k)) return true;
  return false;
}

/** True when tokens [from, to) hold a floor-giving phrase ("please begin", "go on", "you first"). */
function givesFloor(view: UtteranceView, from: number, to: number): boolean {
  return saysBetween(view, from, to, FLOOR_GIVING);
}

/** True when the words from token `from` up to `to` hold one of `phrases` (lower case, whole words). */
function saysBetween(view: UtteranceView, from: number, to: number, phrases: readonly string[]): boolean {
  const words = ` ${view.lower.slice(from, to).join(' ')} `;
  return phrases.some((phrase) => words.includes(` ${phrase} `));
}

/**
 * What the note says was done, by whom it names. Unnamed, a question or an open call goes to the group, but a
 * hand-over ("over to you", "your turn") speaks to one person: "invited the group" was false (review r18).
 *
 * @example
 * invitedWhom('question', 'Sam Okafor') // => 'invited Sam Okafor to speak'
 * invitedWhom('open-call', null) // => 'invited the group to speak'
 * invitedWhom('hand-over', null) // => 'offered the floor'
 */
function invitedWhom(form: Invitation['form'], whom: string | null): string {
  if (whom !== null) return `invited ${whom} to speak`;
  return form === 'hand-over' ? 'offered the floor' : 'invited the group to speak';
}

/**
 * Named and taken up by that person: the sense is clear. Named otherwise: the floor may not have been given.
 * To the group, a question ("what do you think?", "anything to add?") opens the floor; a hand-over or a
 * round with nobody named ("jump in", "go around the room") is as often a story or a remark: a guess.
 *
 * @example
 * invitationConfidence('question', null, 's2') // => 'medium'
 * invitationConfidence('hand-over', null, 's2') // => 'low'
 * invitationConfidence('vocative', 's2', 's2') // => 'high'
 * invitationConfidence('not-heard-from', null, 's2', true) // => 'low' ("haven't heard from Rico", who is absent)
 */
export function invitationConfidence(
  form: Invitation['form'],
  toSpeakerId: string | null,
  nextSpeakerId: string | null,
  namesSomeoneAbsent = false,
): Confidence {
  if (toSpeakerId !== null) return nextSpeakerId === toSpeakerId ? 'high' : 'medium';
  // "I haven't heard from Rico on this" about someone who is not in the meeting invites nobody.
  if (namesSomeoneAbsent) return 'low';
  return form === 'question' || form === 'open-call' || form === 'not-heard-from' ? 'medium' : 'low';
}

/**
 * True when the sentence after token `end` of utterance i answers an open call itself: "Any questions? No? Then
 * ...", also at the start of the speaker's next line when the call ended this one.
 */
function answersItself(ctx: ConversationContext, i: number, end: number): boolean {
  const view = ctx.views[i]!;
  if (end < view.tokens.length) return SELF_ANSWERS.has(view.lower[end]!);
  // The call ends the line: the speaker's own next line, with nobody between, may answer it.
  const next = i + 1 < ctx.views.length && ctx.speakerOf[i + 1] === ctx.speakerOf[i] ? ctx.views[i + 1]! : null;
  return next !== null && next.lower.length > 0 && SELF_ANSWERS.has(next.lower[0]!);
}
