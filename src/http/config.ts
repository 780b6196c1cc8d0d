/**
 * The service's settings, read once per request from the Worker's vars (wrangler.toml [vars],
 * `wrangler secret put`, or .dev.vars). A value that is set but unusable fails loudly: a typo in
 * MAX_UPLOAD_BYTES must not silently lift the limit.
 */
import { AppError } from './errors';

/** @example c.get('config').maxUploadBytes // => 10485760 */
export interface ServiceConfig {
  /** `development` (keyless on loopback), `test`, or `production` (anything else counts as production). */
  environment: 'development' | 'test' | 'production';
  maxUploadBytes: number;
  maxWords: number;
  /** 0 keeps analyses until they are deleted. */
  retentionDays: number;
  /** Allowed browser origins; `['*']` for any; empty for same-origin only. */
  corsOrigins: string[];
  /** Fallback per-isolate limit when the RATE_LIMITER binding is absent. */
  rateLimitPerMinute: number;
  syncTimeoutMs: number;
}

/** @example DEFAULTS.maxUploadBytes // => 10485760 */
export const DEFAULTS = {
  maxUploadBytes: 10 * 1024 * 1024,
  maxWords: 300_000,
  retentionDays: 30,
  rateLimitPerMinute: 60,
  syncTimeoutMs: 60_000,
} as const;

/**
 * Reads the settings; blank values take the defaults.
 *
 * @example
 * serviceConfig({ ENVIRONMENT: 'production', MAX_UPLOAD_BYTES: '1048576', CORS_ORIGINS: 'https://a.example, https://b.example' })
 * // => { environment: 'production', maxUploadBytes: 1048576, maxWords: 300000, retentionDays: 30,
 * //      corsOrigins: ['https://a.example', 'https://b.example'], rateLimitPerMinute: 60, syncTimeoutMs: 60000 }
 */
export function serviceConfig(env: object): ServiceConfig {
  const vars = env as Record<string, unknown>;
  const text = (name: string): string | null => {
    const value = vars[name];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
  };
  const whole = (name: string, fallback: number, min: number): number => {
    const raw = text(name);
    if (raw === null) return fallback;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < min) {
      throw new AppError(
        500,
        'configuration-error',
        `the setting ${name} must be a whole number >= ${min} (it is "${raw}")`,
        { setting: name },
      );
    }
    return value;
  };
  const environment = text('ENVIRONMENT');
  return {
    environment: environment === 'development' || environment === 'test' ? environment : 'production',
    maxUploadBytes: whole('MAX_UPLOAD_BYTES', DEFAULTS.maxUploadBytes, 1),
    maxWords: whole('MAX_WORDS', DEFAULTS.maxWords, 1),
    retentionDays: whole('RETENTION_DAYS', DEFAULTS.retentionDays, 0),
    corsOrigins: (text('CORS_ORIGINS') ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    rateLimitPerMinute: whole('RATE_LIMIT_PER_MINUTE', DEFAULTS.rateLimitPerMinute, 1),
    syncTimeoutMs: whole('SYNC_TIMEOUT_MS', DEFAULTS.syncTimeoutMs, 1),
  };
}
