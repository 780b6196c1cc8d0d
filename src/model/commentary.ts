/**
 * Coaching commentary: what Claude (or the rule-based commentator) says about the measurements.
 * `CommentaryDraft` is the LLM output contract (sent as a JSON schema, validated with zod on return);
 * `Commentary` adds where it came from, what was dropped in verification and what it cost.
 */
import * as z from 'zod';

/** A verbatim quote: a span of the cited utterance's text. */
export const CommentaryQuote = z.object({
  utteranceId: z.string().describe('id of the utterance the quote is taken from, e.g. "u12"'),
  text: z.string().min(1).max(400).describe('verbatim words from that utterance'),
});
export type CommentaryQuote = z.infer<typeof CommentaryQuote>;

/** At most this many utterances back one item: enough to show a pattern, few enough to read. */
export const MAX_CITED_UTTERANCES = 8;
/** At most this many metrics back one item. */
export const MAX_CITED_METRICS = 8;

export const CommentaryItem = z.object({
  text: z
    .string()
    .min(1)
    .max(600)
    .describe('one observation or suggestion in plain words; any number in it must be one of the cited metrics'),
  utteranceIds: z.array(z.string()).max(MAX_CITED_UTTERANCES).describe('utterances that show it'),
  metrics: z
    .array(z.string())
    .max(MAX_CITED_METRICS)
    .describe('metric paths it rests on, exactly as listed in the input, e.g. "turnTaking.speakers.s2.talkShare"'),
  quotes: z.array(CommentaryQuote).max(3).describe('verbatim quotes supporting it'),
});
export type CommentaryItem = z.infer<typeof CommentaryItem>;

export const PersonCommentary = z.object({
  speakerId: z.string(),
  strengths: z.array(CommentaryItem).max(3),
  actions: z.array(CommentaryItem).max(3).describe('two or three things to try, most important first'),
});
export type PersonCommentary = z.infer<typeof PersonCommentary>;

/** What the commentator writes. The same schema for Claude and for the rules. */
export const CommentaryDraft = z.object({
  summary: z.array(CommentaryItem).min(1).max(5).describe('three to five observations about the meeting as a whole'),
  people: z.array(PersonCommentary),
});
export type CommentaryDraft = z.infer<typeof CommentaryDraft>;

export const DroppedItem = z.object({
  where: z.string().describe('e.g. "people[s2].actions[1]"'),
  reason: z.string(),
});

export const Commentary = z.object({
  /** Empty only when commentary was not requested (`source: "none"`). */
  summary: z.array(CommentaryItem).max(5),
  people: z.array(PersonCommentary),
  /** `claude` when the LLM's commentary passed verification, `rules` otherwise, `none` when not requested. */
  source: z.enum(['claude', 'rules', 'none']),
  /** Why the rules were used when Claude was asked for (no key, timeout, HTTP 529, invalid output...). */
  fallbackReason: z.string().nullable(),
  model: z.string().nullable(),
  /**
   * The version of this build's Claude prompt, recorded with every commentary (a string, for the tools that read it).
   * A prompt was sent only when `sent` is set; with the rules alone it names the prompt that would have been used.
   */
  promptVersion: z.string(),
  /** Items that failed verification (invented quote, wrong speaker, unknown number): never shown. */
  dropped: z.object({ count: z.number().int().nonnegative(), items: z.array(DroppedItem) }),
  usage: z
    .object({ inputTokens: z.number().int().nonnegative(), outputTokens: z.number().int().nonnegative() })
    .nullable(),
  /** True when this commentary came from the cache (no tokens paid). */
  cached: z.boolean(),
  /** What was sent to the LLM, for the report's privacy statement; null when nothing was sent. */
  sent: z
    .object({
      utterances: z.number().int().nonnegative(),
      utterancesTotal: z.number().int().nonnegative(),
      findings: z.number().int().nonnegative(),
      redactions: z.record(z.string(), z.number().int().nonnegative()),
      characters: z.number().int().nonnegative(),
    })
    .nullable(),
});
export type Commentary = z.infer<typeof Commentary>;
