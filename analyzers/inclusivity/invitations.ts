/**
 * Invitations to speak: who opens the floor to whom ("what do you think, Sam?", "we haven't heard
 * from Ana", "let's go around"). The addressee is found by name next to the phrase: a speaker's
 * name within four words in the same sentence, or a capitalised name right before or after it.
 */
import * as z from 'zod';
import type { InvitationRule } from './data/invitations';
import type { PreparedTranscript } from '../nlp/prepare';
import type { ConversationContext } from '../nlp/context';
import { nameOf, type FindingCollector } from '../nlp/finding-collector';
import { gapBefore, sentenceRange, type PhraseMatch } from '../nlp/phrase-matcher';
import type { UtteranceView } from '../nlp/types';
import { matchName, namedNear, resolvedSpeaker, type NameMatch, type NameIndex } from '../nlp/names';
import { ADDRESSEE_REACH, REPLY_LOOKAHEAD } from './thresholds';

export const Invitation = z.object({
  utteranceId: z.string(),
  speakerId: z.string(),
  ruleId: z.string(),
  form: z.enum(['question', 'not-heard-from', 'round', 'open-call', 'hand-over']),
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

/**
 * Turns invitation matches into items and findings.
 *
 * @example
 * // "Sam, any thoughts?" said by Ana (s1) to Sam (s2):
 * invitations(p, ctx, matches, out).items[0] // => { ruleId: 'any-thoughts', speakerId: 's1', toSpeakerId: 's2', addresseeName: 'Sam', ... }
 */
export function invitations(
  p: PreparedTranscript,
  ctx: ConversationContext,
  matches: ReadonlyArray<readonly PhraseMatch<InvitationRule>[]>,
  out: FindingCollector,
): InvitationsResult {
  const items: Invitation[] = [];
  const utterances = p.transcript.utterances;
  matches.forEach((found, i) => {
    const view = ctx.views[i]!;
    const speakerId = ctx.speakerOf[i]!;
    let sentenceDone = -1;
    for (const m of found) {
      // One invitation per sentence: "Anyone have any questions?" is one invitation, not two.
      const sentence = sentenceRange(view, m.start);
      if (sentence.start === sentenceDone) continue;
      sentenceDone = sentence.start;
      const name = addresseeOf(view, m, ctx.names, speakerId);
      const toSpeakerId = resolvedSpeaker(name);
      const start = Math.min(m.start, name?.start ?? m.start);
      const end = Math.max(m.end, name?.end ?? m.end);
      const quoteStart = view.tokens[start]!.start;
      const quoteEnd = view.tokens[end - 1]!.end;
      items.push({
        utteranceId: utterances[i]!.id,
        speakerId,
        ruleId: m.rule.id,
        form: m.rule.form,
        quote: view.text.slice(quoteStart, quoteEnd),
        toSpeakerId,
        addresseeName: name?.text ?? null,
        repliedBySpeakerId: nextOtherSpeaker(ctx, i),
      });
      const whom = toSpeakerId !== null ? nameOf(p, toSpeakerId) : name ? name.text : 'the group';
      out.add({
        kind: 'invitation',
        ruleId: m.rule.id,
        speakerId,
        utterance: i,
        quoteStart,
        quoteEnd,
        severity: 'info',
        targetSpeakerId: toSpeakerId,
        suggestion: null,
        note: `${nameOf(p, speakerId)} invited ${whom} to speak. Explicit invitations bring in voices that would not interrupt to be heard.`,
      });
    }
  });
  return {
    total: items.length,
    named: items.filter((x) => x.addresseeName !== null).length,
    items,
    bySpeaker: tally(ctx, items),
  };
}

/** The person addressed: a speaker named near the phrase, or an unknown capitalised name right next to it. */
function addresseeOf(
  view: UtteranceView,
  m: PhraseMatch<InvitationRule>,
  names: NameIndex,
  inviter: string,
): NameMatch | null {
  // "we haven't heard from Tom", "I'd love to hear from Tom first": the name is the object of "from".
  const object = view.lower[m.end - 1] === 'from' ? matchName(view, m.end, names, false) : null;
  if (object) return object;
  const sentence = sentenceRange(view, m.start);
  const from = Math.max(sentence.start, m.start - ADDRESSEE_REACH);
  const to = Math.min(sentence.end, m.end + ADDRESSEE_REACH);
  const known = namedNear(view, from, to, m.start, names, inviter).filter((n) => n.end <= m.start || n.start >= m.end);
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

function tally(ctx: ConversationContext, items: readonly Invitation[]): Array<z.infer<typeof InvitationTally>> {
  const ids = [...new Set(ctx.speakerOf)];
  return ids.map((speakerId) => ({
    speakerId,
    given: items.filter((x) => x.speakerId === speakerId).length,
    received: items.filter((x) => x.toSpeakerId === speakerId).length,
  }));
}
