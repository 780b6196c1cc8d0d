/**
 * Commentary on an analysis: none, rules, or Claude with the rules as the fallback.
 * Whatever happens, the result is complete, says where it came from, and only holds items that
 * passed verification.
 */
import type { Analysis, Measurements } from '../../analyzers/analysis';
import type { Commentary, CommentaryDraft } from '../model/commentary';
import type { Transcript } from '../model/transcript';
import { cacheKey, type CommentaryCache } from './cache';
import type { LlmConfig } from './config';
import { injectionCheck } from './injection';
import { metricLookup } from './metrics';
import { buildPrompt, PROMPT_VERSION } from './prompt';
import { rulesCommentary } from './rules';
import { verifyDraft } from './verify';
import { lookupById } from './by-id';

export const COMMENTARY_MODES = ['none', 'rules', 'llm'] as const;
export type CommentaryMode = (typeof COMMENTARY_MODES)[number];

/**
 * Claude when a key is configured, the rules otherwise: what a caller gets without asking.
 *
 * @example
 * defaultCommentaryMode(llmConfigFromEnv({})) // => 'rules'
 */
export function defaultCommentaryMode(llm: LlmConfig): CommentaryMode {
  return llm.apiKey ? 'llm' : 'rules';
}

/**
 * What the commentators read: the transcript, the findings and the metric sections (derived from the
 * Analysis schema, never written twice).
 *
 * @example
 * const input: CommentaryInput = { transcript, ...runAnalyzers(transcript) };
 */
export type CommentaryInput = Pick<Analysis, 'transcript'> & Measurements;

export interface CommentaryOptions {
  mode: CommentaryMode;
  llm: LlmConfig;
  cache?: CommentaryCache;
  /** Redact e-mails, phone and card numbers before anything is sent (default true). */
  redactPersonalData?: boolean;
}

/**
 * Writes the commentary for an analysis.
 *
 * @example
 * const c = await writeCommentary(analysis, { mode: 'llm', llm: llmConfigFromEnv(env) });
 * // without a key: c.source === 'rules', c.fallbackReason === 'no ANTHROPIC_API_KEY is configured'
 */
export async function writeCommentary(analysis: CommentaryInput, options: CommentaryOptions): Promise<Commentary> {
  if (options.mode === 'none') {
    return {
      summary: [],
      people: [],
      source: 'none',
      fallbackReason: null,
      model: null,
      promptVersion: PROMPT_VERSION,
      dropped: { count: 0, items: [] },
      usage: null,
      cached: false,
      sent: null,
    };
  }
  // The rules quote the transcript itself, so they are verified against its own text; the prompt
  // (and its redaction) is only built when something will be sent.
  const rulesContext = () => ({
    transcript: analysis.transcript,
    seenText: lookupById(analysis.transcript.utterances, (u) => u.text),
    metrics: metricLookup(analysis),
    suspicious: injectionCheck(analysis.transcript.utterances),
    findings: analysis.findings,
  });
  const fromRules = (
    fallbackReason: string | null,
    usage: Commentary['usage'] = null,
    sent: Commentary['sent'] = null,
    extraDropped: Commentary['dropped']['items'] = [],
  ): Commentary => {
    const { draft, dropped } = verifyDraft(rulesCommentary(analysis), rulesContext());
    const all = [...extraDropped, ...dropped];
    return {
      ...draft,
      source: 'rules',
      fallbackReason,
      model: null,
      promptVersion: PROMPT_VERSION,
      dropped: { count: all.length, items: all },
      usage,
      cached: false,
      sent,
    };
  };
  if (options.mode === 'rules') return fromRules(null);
  if (!options.llm.apiKey) return fromRules('no ANTHROPIC_API_KEY is configured');

  const prompt = buildPrompt({
    transcript: analysis.transcript,
    findings: analysis.findings,
    analysis,
    redactPersonalData: options.redactPersonalData,
  });

  const key = await cacheKey([
    prompt.system,
    prompt.user,
    options.llm.model,
    PROMPT_VERSION,
    String(options.redactPersonalData !== false),
  ]);
  const hit = await options.cache?.get(key).catch(() => null);
  if (hit) return { ...hit, cached: true };

  // The Anthropic SDK is loaded only when Claude is asked: a run with the rules starts without it.
  const { askClaude } = await import('./anthropic');
  const outcome = await askClaude(prompt, options.llm);
  if (!outcome.ok) return fromRules(outcome.reason, outcome.usage, prompt.sent);
  const { draft, dropped } = verifyDraft(outcome.draft, {
    transcript: analysis.transcript,
    findings: analysis.findings,
    ...prompt,
  });
  if (draft.summary.length === 0) {
    return fromRules(
      `none of Claude's ${outcome.draft.summary.length} summary item(s) passed verification`,
      outcome.usage,
      prompt.sent,
      dropped,
    );
  }
  const commentary: Commentary = {
    ...withAllPeople(draft, analysis.transcript),
    source: 'claude',
    fallbackReason: null,
    model: options.llm.model,
    promptVersion: PROMPT_VERSION,
    dropped: { count: dropped.length, items: dropped },
    usage: outcome.usage,
    cached: false,
    sent: prompt.sent,
  };
  await options.cache?.put(key, commentary).catch(() => undefined);
  return commentary;
}

/** Everyone who spoke gets a section, even if every item about them was dropped. */
function withAllPeople(draft: CommentaryDraft, transcript: Transcript): CommentaryDraft {
  const have = new Set(draft.people.map((p) => p.speakerId));
  const missing = transcript.speakers
    .filter((s) => !have.has(s.id))
    .map((s) => ({ speakerId: s.id, strengths: [], actions: [] }));
  const order = new Map(transcript.speakers.map((s, i) => [s.id, i]));
  return {
    summary: draft.summary,
    people: [...draft.people, ...missing].sort((a, b) => order.get(a.speakerId)! - order.get(b.speakerId)!),
  };
}
