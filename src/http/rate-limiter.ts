/**
 * The shape of a rate limiter, apart from the middleware (./rate-limit.ts) so that the app's
 * environment (./app-env.ts) can name it without importing the middleware that imports the environment.
 */
import type { ServiceConfig } from './config';

/** @example { allowed: false, retryAfterSeconds: 45 } */
export interface RateLimitOutcome {
  allowed: boolean;
  /** When to try again, if refused. */
  retryAfterSeconds: number;
}

/** @example (await limiter.take(owner.id)).allowed // => true */
export interface RateLimiter {
  take(key: string): Promise<RateLimitOutcome>;
}

/** @example createApp({ rateLimiter: () => fixedWindowLimiter(2) }) */
export type RateLimiterSource = (env: Env, config: ServiceConfig) => RateLimiter;
