/**
 * The inclusivity analyser: who gets room to speak and whose ideas get recognised.
 *
 * - participation equity (quiet and dominant voices) and interruptions, from the turn-taking result;
 * - invitations to speak, acknowledgement and credit, uptake of ideas, uncredited restatements;
 * - tentative language per person (hedges, apologies, self-deprecation, fillers, "I" against "we");
 * - non-inclusive language (found by analyzers/inclusive-language/index.ts), summarised per person and category.
 *
 * Every metric is defined in analyzers/inclusivity/README.md. One phrase-matching pass over the
 * shared tokens serves all word lists; uptake and restatement use inverted indexes (linear).
 *
 * This folder: index (the analyser and its schema), one file per measure, tally.ts (given/received per person),
 * thresholds.ts (quiet/dominant), data/ (word lists), README.md; tests in test/analyzers/inclusivity/. May import
 * src/model, analyzers/nlp, the turn-taking schema (its input) and analyzers/inclusive-language (its
 * non-inclusive-language finder).
 */
import * as z from 'zod';
import type { Finding } from '../../src/model/finding';
import { ACKNOWLEDGEMENTS, type AcknowledgementRule } from './data/acknowledgements';
import { APOLOGIES } from './data/apologies';
import { FILLERS } from './data/fillers';
import { HEDGES } from './data/hedges';
import { INVITATIONS, type InvitationRule } from './data/invitations';
import { SELF_DEPRECATION } from './data/self-deprecation';
import { findNonInclusiveLanguage } from '../inclusive-language/index';
import { conversationContext } from '../nlp/context';
import { credit, CreditResult } from './credit';
import { FindingCollector } from '../nlp/finding-collector';
import { SpeakerLanguage, tentativeLanguage } from './hedges';
import { InterruptionBalance, interruptionBalance } from './interruptions';
import { invitations, InvitationsResult } from './invitations';
import { NonInclusiveSummary, summariseNonInclusive } from './non-inclusive-summary';
import { participation, ParticipationResult, type ParticipationInput } from './participation';
import { PhraseMatcher, type PhraseMatch } from '../nlp/phrase-matcher';
import type { PhraseRule } from '../nlp/types';
import { Restatement, restatements } from './restatements';
import { uptake, UptakeResult } from './uptake';
import type { PreparedTranscript } from '../nlp/prepare';

export type { ParticipationInput } from './participation';

export const InclusivityResult = z.object({
  /** What talk shares were measured in (from turn-taking). */
  basis: z.enum(['time', 'words']),
  participation: ParticipationResult,
  /** Most interrupted first. */
  interruptions: z.array(InterruptionBalance),
  invitations: InvitationsResult,
  credit: CreditResult,
  uptake: UptakeResult,
  restatements: z.array(Restatement),
  /** Hedges, apologies, self-deprecation, fillers, "I" and "we", per person. */
  language: z.array(SpeakerLanguage),
  nonInclusiveLanguage: NonInclusiveSummary,
});
export type InclusivityResult = z.infer<typeof InclusivityResult>;

/** List order in the one matcher: the index of each list's matches in `match()`'s output. */
const LISTS = [INVITATIONS, ACKNOWLEDGEMENTS, HEDGES, APOLOGIES, SELF_DEPRECATION, FILLERS] as const;
const MATCHER = new PhraseMatcher<PhraseRule>(LISTS);

/**
 * Runs the inclusivity analysis.
 *
 * @example
 * const p = prepare(makeTranscript([['Ana', 'Sam, what do you think?'], ['Sam', 'Good point, Ana. Maybe we wait.']]));
 * const { result, findings } = analyzeInclusivity(p, turnTaking);
 * result.invitations.items[0].toSpeakerId // => 's2'
 * result.credit.items[0].toSpeakerId      // => 's1'
 * findings.map((f) => f.kind)             // => ['invitation', 'credit']
 */
export function analyzeInclusivity(
  p: PreparedTranscript,
  turnTaking: ParticipationInput,
): { result: InclusivityResult; findings: Finding[] } {
  const ctx = conversationContext(p);
  const out = new FindingCollector('inclusivity', p);
  // perList[list][utterance]: the matches of one word list in one utterance.
  const n = ctx.views.length;
  const perList: Array<Array<readonly PhraseMatch<PhraseRule>[]>> = LISTS.map(() => new Array(n));
  for (let i = 0; i < n; i++) {
    const found = MATCHER.match(ctx.views[i]!, ctx.names);
    for (let k = 0; k < LISTS.length; k++) perList[k]![i] = found[k]!;
  }
  type Matches<R extends PhraseRule> = Array<readonly PhraseMatch<R>[]>;
  const [invitationMatches, creditMatches, hedgeMatches, apologyMatches, selfDeprecationMatches, fillerMatches] =
    perList as [Matches<InvitationRule>, Matches<AcknowledgementRule>, ...Matches<PhraseRule>[]];

  const participationResult = participation(p, ctx, turnTaking, out);
  const invitationResult = invitations(p, ctx, invitationMatches, out, participationResult.people);
  const creditResult = credit(p, ctx, creditMatches, out, participationResult.people);
  const credited = new Set<number>();
  for (let i = 0; i < n; i++) if (creditMatches[i]!.length > 0) credited.add(i);
  const restated = restatements(p, ctx, credited, out);
  const language = tentativeLanguage(
    p,
    ctx,
    {
      hedges: hedgeMatches!,
      apologies: apologyMatches!,
      selfDeprecation: selfDeprecationMatches!,
      fillers: fillerMatches!,
    },
    out,
  );
  const nonInclusive = findNonInclusiveLanguage(p);

  const result: InclusivityResult = {
    basis: turnTaking.basis,
    participation: participationResult,
    interruptions: interruptionBalance(turnTaking),
    invitations: invitationResult,
    credit: creditResult,
    uptake: uptake(p, ctx),
    restatements: restated,
    language,
    nonInclusiveLanguage: summariseNonInclusive(nonInclusive),
  };
  return { result, findings: [...out.findings, ...nonInclusive] };
}
