/**
 * The Claude commentator: one Messages API call with a structured-output schema, validated with
 * zod on return, one repair attempt for invalid output. Every failure becomes a reason string for
 * the rule-based fallback; nothing here throws to the caller.
 */
import Anthropic from '@anthropic-ai/sdk';
import { zodOutputFormat } from '@anthropic-ai/sdk/helpers/zod';
import type * as z from 'zod';
import { CommentaryDraft } from '../model/commentary';
import type { LlmConfig } from './config';

const MAX_OUTPUT_TOKENS = 4096;

export type ClaudeOutcome<T = CommentaryDraft> =
  | { ok: true; draft: T; usage: { inputTokens: number; outputTokens: number } }
  | { ok: false; reason: string; usage: { inputTokens: number; outputTokens: number } };

/**
 * Asks Claude for commentary on a built prompt; the answer must match `schema` (the meeting
 * commentary's CommentaryDraft unless another contract is given, e.g. the progress commentary's).
 *
 * @example
 * const outcome = await askClaude(buildPrompt(input), llmConfigFromEnv(process.env));
 * if (!outcome.ok) console.log(outcome.reason); // e.g. 'Claude API timed out after 45000 ms'
 */
export async function askClaude<S extends z.ZodType = typeof CommentaryDraft>(
  prompt: { system: string; user: string },
  config: LlmConfig,
  schema: S = CommentaryDraft as unknown as S,
): Promise<ClaudeOutcome<z.output<S>>> {
  const format = zodOutputFormat(schema);
  const usage = { inputTokens: 0, outputTokens: 0 };
  if (!config.apiKey) return { ok: false, reason: 'no ANTHROPIC_API_KEY is configured', usage };
  const client = new Anthropic({
    apiKey: config.apiKey,
    baseURL: config.baseURL ?? undefined,
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
  });

  const messages: Anthropic.MessageParam[] = [{ role: 'user', content: prompt.user }];
  for (let attempt = 0; attempt < 2; attempt++) {
    let text: string;
    try {
      const message = await client.messages.create({
        model: config.model,
        max_tokens: MAX_OUTPUT_TOKENS,
        system: prompt.system,
        messages,
        output_config: { format: { type: format.type, schema: format.schema } },
      });
      usage.inputTokens += message.usage?.input_tokens ?? 0;
      usage.outputTokens += message.usage?.output_tokens ?? 0;
      text = message.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
      if (message.stop_reason === 'max_tokens')
        return { ok: false, reason: `Claude's answer was cut off at ${MAX_OUTPUT_TOKENS} output tokens`, usage };
    } catch (err) {
      return { ok: false, reason: describeApiError(err, config), usage };
    }
    const problem = validate(text, schema);
    if (typeof problem !== 'string') return { ok: true, draft: problem.value, usage };
    if (attempt === 1)
      return { ok: false, reason: `Claude's output was invalid after one repair attempt: ${problem}`, usage };
    messages.push(
      { role: 'assistant', content: text || '(empty)' },
      {
        role: 'user',
        content: `That answer cannot be used: ${problem}. Reply again with the complete JSON only, matching the schema.`,
      },
    );
  }
  return { ok: false, reason: 'unreachable', usage };
}

/** The parsed draft, or what is wrong with the text. */
function validate<S extends z.ZodType>(text: string, schema: S): { value: z.output<S> } | string {
  let json: unknown;
  try {
    json = JSON.parse(text.trim().replace(/^```(?:json)?\s*|\s*```$/g, ''));
  } catch {
    return `it is not JSON (starts with ${JSON.stringify(text.slice(0, 40))})`;
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { value: parsed.data };
  return parsed.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

function describeApiError(err: unknown, config: LlmConfig): string {
  if (err instanceof Anthropic.APIConnectionTimeoutError)
    return `Claude API timed out after ${config.timeoutMs} ms (${config.maxRetries} retries)`;
  if (err instanceof Anthropic.APIConnectionError) return `could not reach the Claude API (${err.message})`;
  if (err instanceof Anthropic.APIError) {
    const what =
      err.status === 529
        ? 'overloaded'
        : err.status === 429
          ? 'rate limited'
          : err.status === 401
            ? 'the API key was refused'
            : err.status !== undefined && err.status >= 500
              ? 'server error'
              : 'request refused';
    return `Claude API answered HTTP ${err.status ?? '?'} (${what})${err.status === 429 || err.status === 529 || (err.status ?? 0) >= 500 ? ` after ${config.maxRetries} retries` : ''}`;
  }
  return `Claude call failed: ${err instanceof Error ? err.message : String(err)}`;
}
