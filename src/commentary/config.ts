/**
 * LLM configuration from the environment, the same in the Worker (bindings/secrets) and the CLI
 * (process.env): ANTHROPIC_API_KEY, ANTHROPIC_MODEL, ANTHROPIC_BASE_URL, ANTHROPIC_TIMEOUT_MS.
 */

/** Sonnet balances the quality of the coaching text with cost and speed; override with ANTHROPIC_MODEL. */
export const DEFAULT_MODEL = 'claude-sonnet-5-5';
/** Per request; the SDK retries timeouts, 429, 529 and 5xx with backoff up to MAX_RETRIES times. */
export const DEFAULT_TIMEOUT_MS = 45_000;
export const MAX_RETRIES = 2;

export interface LlmConfig {
  apiKey: string | null;
  model: string;
  baseURL: string | null;
  timeoutMs: number;
  maxRetries: number;
}

/**
 * Reads the configuration; blank values count as unset.
 *
 * @example
 * llmConfigFromEnv({ ANTHROPIC_API_KEY: 'sk-...', ANTHROPIC_TIMEOUT_MS: '5000' })
 * // => { apiKey: 'sk-...', model: 'claude-sonnet-5-5', baseURL: null, timeoutMs: 5000, maxRetries: 2 }
 */
export function llmConfigFromEnv(env: Record<string, unknown>): LlmConfig {
  const str = (k: string) =>
    typeof env[k] === 'string' && (env[k] as string).trim() !== '' ? (env[k] as string).trim() : null;
  const timeout = Number(str('ANTHROPIC_TIMEOUT_MS') ?? DEFAULT_TIMEOUT_MS);
  const retries = Number(str('ANTHROPIC_MAX_RETRIES') ?? MAX_RETRIES);
  return {
    apiKey: str('ANTHROPIC_API_KEY'),
    model: str('ANTHROPIC_MODEL') ?? DEFAULT_MODEL,
    baseURL: str('ANTHROPIC_BASE_URL'),
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS,
    maxRetries: Number.isInteger(retries) && retries >= 0 && retries <= 5 ? retries : MAX_RETRIES,
  };
}
