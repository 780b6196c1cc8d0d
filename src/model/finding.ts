/**
 * One shape for every observation any analyser makes, so that the PDF, the API and the LLM
 * prompt can cite any of them the same way.
 */
import * as z from 'zod';

export const Severity = z.enum(['info', 'low', 'medium', 'high']);
export type Severity = z.infer<typeof Severity>;

/**
 * How sure the analyser is that the finding means what its kind says. Only `medium` and `high` findings
 * of severity `low` or above are coached (see `isCoachable`); `low` ones are shown as observations.
 *
 * @example
 * Confidence.parse('high') // => 'high'
 */
export const Confidence = z.enum(['low', 'medium', 'high']);
export type Confidence = z.infer<typeof Confidence>;

/**
 * What the finding rests on: timings that overlap, a sentence cut off in the text (no timings), words or
 * patterns matched in the text, or a measurement over the whole meeting (shares, durations).
 *
 * @example
 * EvidenceType.parse('text-cutoff') // => 'text-cutoff'
 */
export const EvidenceType = z.enum(['timed-overlap', 'text-cutoff', 'lexical-marker', 'measurement']);
export type EvidenceType = z.infer<typeof EvidenceType>;

/**
 * The analysers, as findings name them (the Analysis's section for `sentiment` is the tone analyser).
 *
 * @example
 * AnalyzerName.parse('listening') // => 'listening'
 */
export const AnalyzerName = z.enum(['turn-taking', 'inclusivity', 'sentiment', 'listening']);
export type AnalyzerName = z.infer<typeof AnalyzerName>;

/**
 * Every kind of observation, grouped by the analyser that makes it. A new kind is added here first.
 *
 * @example
 * FindingKind.options.includes('interruption') // => true
 */
export const FindingKind = z.enum([
  // turn-taking
  'long-monologue',
  'interruption',
  // inclusivity
  'quiet-voice',
  'dominant-voice',
  'invitation',
  'credit',
  'uncredited-restatement',
  'hedge',
  'apology',
  'filler',
  'self-deprecation',
  'non-inclusive-language',
  // sentiment (tone)
  'positive-moment',
  'negative-moment',
  'tension',
  // listening
  'follow-up-question',
  'paraphrase',
  'building-on',
]);
export type FindingKind = z.infer<typeof FindingKind>;

/**
 * The one id scheme: `${analyzer}:${key}:${anchor}`, then `:2`, `:3` ... when the same three repeat in one
 * analysis. `key` is the rule id (or a fixed name such as `tension`), `anchor` the utterance id (else the
 * speaker id, else `meeting`). One instance per analysis hands out every analyser's ids, so they are unique
 * across analysers by construction.
 *
 * @example
 * const ids = new FindingIds();
 * ids.next('turn-taking', 'interruption-overlap', 'u7') // => 'turn-taking:interruption-overlap:u7'
 * ids.next('turn-taking', 'interruption-overlap', 'u7') // => 'turn-taking:interruption-overlap:u7:2'
 */
export class FindingIds {
  private readonly used = new Map<string, number>();

  next(analyzer: AnalyzerName, key: string, anchor: string): string {
    const base = `${analyzer}:${key}:${anchor}`;
    const n = (this.used.get(base) ?? 0) + 1;
    this.used.set(base, n);
    return n === 1 ? base : `${base}:${n}`;
  }
}

export const Finding = z.object({
  /** Unique within one analysis, made by FindingIds: `${analyzer}:${ruleId}:${utteranceId}` plus `:n` when needed. */
  id: z.string(),
  analyzer: AnalyzerName,
  /** What was observed, e.g. `non-inclusive-language`, `interruption`, `invitation`, `credit`, `hedge`. */
  kind: FindingKind,
  /** The rule (word-list entry or pattern) that produced it; derived from the rule's data. */
  ruleId: z.string(),
  speakerId: z.string().nullable(),
  utteranceId: z.string().nullable(),
  /** Start of the utterance, when the transcript has timings. */
  startMs: z.number().int().nonnegative().nullable(),
  /** A verbatim span of the utterance's text: the words that triggered the finding. */
  quote: z.string(),
  /** What to try instead (an alternative phrase, a habit), or null. */
  suggestion: z.string().nullable(),
  /** Why this matters, in one or two sentences. */
  note: z.string(),
  severity: Severity,
  /** Other people involved (the one interrupted, the one credited, the one invited). */
  targetSpeakerId: z.string().nullable().default(null),
  /** How sure the analyser is; analyses stored before this field existed read as `low` (never coached). */
  confidence: Confidence.default('low'),
  /** What the finding rests on; analyses stored before this field existed read as `lexical-marker`. */
  evidenceType: EvidenceType.default('lexical-marker'),
});
export type Finding = z.infer<typeof Finding>;

// The one test for building advice on a finding lives in a zod-free module the browser page can import too.
export { isCoachable } from './coachable';

/** The evidence behind a number: the utterances (and where useful the words) that produced it. */
export const Evidence = z.object({
  utteranceIds: z.array(z.string()),
  words: z.array(z.string()).default([]),
});
export type Evidence = z.infer<typeof Evidence>;
