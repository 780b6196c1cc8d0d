/**
 * A request rate limit per API key. On Cloudflare: the Workers Rate Limiting binding
 * (RATE_LIMITER in wrangler.toml, shared by all isolates in a location). Without it: a fixed
 * one-minute window in this isolate's memory (RATE_LIMIT_PER_MINUTE), enough for local use.
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './app-env';
import { AppError } from './errors';
import type { RateLimiter, RateLimiterSource } from './rate-limiter';

export type { RateLimitOutcome, RateLimiter, RateLimiterSource } from './rate-limiter';

const WINDOW_MS = 60_000;
/** The binding's period in wrangler.toml; the window resets within this. */
const BINDING_PERIOD_SECONDS = 60;

/**
 * A fixed-window limiter held in memory.
 *
 * @example
 * const limiter = fixedWindowLimiter(2, () => Date.now());
 * await limiter.take('k'); await limiter.take('k');
 * (await limiter.take('k')).allowed // => false
 */
export function fixedWindowLimiter(
  limitPerWindow: number,
  now: () => number = Date.now,
  windowMs = WINDOW_MS,
): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    async take(key) {
      const t = now();
      let window = windows.get(key);
      if (!window || t - window.start >= windowMs) {
        if (windows.size > 10_000) windows.clear(); // bound memory; forgetting old windows only forgives
        window = { start: t, count: 0 };
        windows.set(key, window);
      }
      window.count += 1;
      const allowed = window.count <= limitPerWindow;
      return { allowed, retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((window.start + windowMs - t) / 1000)) };
    },
  };
}

const isolateLimiters = new Map<number, RateLimiter>();

/**
 * The default limiter: the RATE_LIMITER binding when bound, else one in-memory window per isolate.
 *
 * @example
 * const limiter = defaultRateLimiter(env, config); await limiter.take(owner.id);
 */
export const defaultRateLimiter: RateLimiterSource = (env, config) => {
  const binding = (env as Partial<Env>).RATE_LIMITER;
  if (binding) {
    return {
      async take(key) {
        const { success } = await binding.limit({ key });
        return { allowed: success, retryAfterSeconds: success ? 0 : BINDING_PERIOD_SECONDS };
      },
    };
  }
  let limiter = isolateLimiters.get(config.rateLimitPerMinute);
  if (!limiter) {
    limiter = fixedWindowLimiter(config.rateLimitPerMinute);
    isolateLimiters.set(config.rateLimitPerMinute, limiter);
  }
  return limiter;
};

/**
 * Middleware: 429 `rate-limited` with Retry-After once the caller's key is over its limit.
 * Runs after authentication, so the key is the owner (local development shares one).
 *
 * @example
 * v1.use('*', requireApiKey(), rateLimit());
 */
export function rateLimit() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const limiter = c.get('deps').rateLimiter(c.env, c.get('config'));
    const outcome = await limiter.take(c.get('owner').id);
    if (!outcome.allowed) {
      throw new AppError(
        429,
        'rate-limited',
        `too many requests for this API key; retry in ${outcome.retryAfterSeconds} seconds`,
        { retryAfterSeconds: outcome.retryAfterSeconds },
        {
          'Retry-After': String(outcome.retryAfterSeconds),
        },
      );
    }
    return next();
  });
}
