/**
 * Politeness markers: the positive politeness strategies of Danescu-Niculescu-Mizil, Sudhof,
 * Jurafsky, Leskovec & Potts (2013), "A computational approach to politeness with application to
 * social factors", ACL (Table 3), that are visible in words: gratitude, please, greetings,
 * apologies and counterfactual-modal requests ("could you", "would you").
 * Patterns use the syntax of analyzers/sentiment/phrase-index.ts; matching is per token, case-blind.
 * Validated against the Stanford Politeness Corpus (Wikipedia requests) in test/eval/politeness-eval.ts.
 */
import { withIds, type Draft, type SentimentRuleEntry } from './sentiment-rules';

export const POLITENESS_KINDS = ['gratitude', 'please', 'greeting', 'apology', 'indirect-request'] as const;
export type PolitenessKind = (typeof POLITENESS_KINDS)[number];

export interface PolitenessEntry extends SentimentRuleEntry {
  kind: PolitenessKind;
  /**
   * Not a marker where it is repair (analyzers/nlp/repair.ts): asking to hear something again ("Sorry?", "Excuse
   * me?") or correcting one's own words mid-sentence ("more powerful excuse me more complex sites").
   */
  notRepair?: boolean;
  /** Not a marker where the verb asks an apology of someone else ("Will the minister apologize?"): nlp/apology-demand.ts. */
  notDemanded?: boolean;
}

const DNM = 'Danescu-Niculescu-Mizil et al. (2013), politeness strategies, Table 3';

const drafts: ReadonlyArray<Draft<PolitenessEntry>> = [
  {
    kind: 'gratitude',
    pattern: '(thanks|thank|thx|ty)',
    example: 'Thanks, that helps.',
    source: DNM,
    note: 'Gratitude: the strongest positive politeness marker in the paper ("I really appreciate that you ...", "thanks").',
  },
  {
    kind: 'gratitude',
    pattern: '(appreciate|appreciated|appreciates)',
    example: 'I appreciate you staying late.',
    source: DNM,
    note: 'Gratitude ("I really appreciate ...").',
  },
  {
    kind: 'please',
    pattern: '(please|pls|plz)',
    example: 'Could you please send the deck?',
    source: DNM,
    note: 'Please. The paper finds it polite inside a sentence but less so as the first word ("Please do X"); we count both.',
  },
  {
    kind: 'greeting',
    pattern: '(hi|hello|hey|hiya|howdy)',
    example: 'Hi everyone, shall we start?',
    source: DNM,
    note: 'Greeting ("Hey, I just tried to ...").',
  },
  {
    kind: 'greeting',
    pattern: 'good (morning|afternoon|evening)',
    example: 'Good morning, all.',
    source: DNM,
    note: 'Greeting by time of day.',
  },
  {
    kind: 'greeting',
    pattern: '(welcome|welcoming)',
    example: 'Welcome to the team, Sam.',
    source: 'meeting domain (ours)',
    note: 'Welcoming someone into the meeting.',
  },
  {
    kind: 'apology',
    pattern: '(sorry|apologies|apologise|apologize|apologised|apologized)',
    example: "Sorry, I'm late.",
    source: DNM,
    note: 'Apologizing ("Sorry to bother you ...", "I apologize ..."); "Sorry?" asks to hear it again, and "Will he apologize?" asks an apology of someone else.',
    notRepair: true,
    notDemanded: true,
  },
  {
    kind: 'apology',
    pattern: '(excuse|forgive|pardon) me',
    example: 'Excuse me, can I jump in?',
    source: DNM,
    note: 'Apologizing before an imposition; "Excuse me?" asks to hear it again, and "excuse me" inside a sentence corrects it.',
    notRepair: true,
  },
  {
    kind: 'apology',
    pattern: 'my (bad|apologies|mistake)',
    example: 'My bad, I sent the old link.',
    source: 'meeting domain (ours)',
    note: 'Informal apology.',
  },
  {
    kind: 'indirect-request',
    pattern: '(could|would) you',
    example: 'Could you share your screen?',
    source: DNM,
    note: 'Counterfactual modal: polite in the paper ("Could/Would you ...").',
  },
  {
    kind: 'indirect-request',
    pattern: 'would you mind',
    example: 'Would you mind taking notes?',
    source: DNM,
    note: 'Counterfactual modal with an explicit imposition check.',
  },
  {
    kind: 'indirect-request',
    pattern: '(do|would) you mind',
    example: 'Do you mind if I share first?',
    source: 'meeting domain (ours)',
    note: 'Asking permission before imposing.',
  },
];

export const POLITENESS_MARKERS: readonly PolitenessEntry[] = withIds<PolitenessEntry>('politeness', drafts);
