/**
 * One shape for every observation any analyser makes, so that the PDF, the API and the LLM
 * prompt can cite any of them the same way.
 */
import { z } from 'zod';

export const Severity = z.enum(['info', 'low', 'medium', 'high']);
export type Severity = z.infer<typeof Severity>;

export const Finding = z.object({
  /** Unique within one analysis: `${analyzer}:${ruleId}:${utteranceId}` plus a counter when needed. */
  id: z.string(),
  /** turn-taking | inclusivity | sentiment | listening */
  analyzer: z.string(),
  /** What was observed, e.g. `non-inclusive-language`, `interruption`, `invitation`, `credit`, `hedge`. */
  kind: z.string().regex(/^[a-z][a-z0-9-]*$/),
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
});
export type Finding = z.infer<typeof Finding>;

/** The evidence behind a number: the utterances (and where useful the words) that produced it. */
export const Evidence = z.object({
  utteranceIds: z.array(z.string()),
  words: z.array(z.string()).default([]),
});
export type Evidence = z.infer<typeof Evidence>;
