/**
 * The Hono environment shared by the app, its middleware and routes: the Worker's bindings,
 * and what middleware puts on the context (settings, the authenticated owner, injected helpers).
 */
import type { Owner } from '../auth/owner';
import type { BucketSource } from '../storage/bucket';
import type { ServiceConfig } from './config';
import type { RateLimiterSource } from './rate-limiter';

/** What `createApp()` can be given instead of the real thing (tests inject failures here). @example createApp({ now: () => new Date('2026-12-22T00:00:00Z') }) */
export interface AppDeps {
  /** The R2 bucket for a request; default the REPORTS binding. */
  bucket: BucketSource;
  /** The per-key rate limiter; default the RATE_LIMITER binding, else a per-isolate window. */
  rateLimiter: RateLimiterSource;
  /** The clock (retention, timestamps). */
  now: () => Date;
}

/**
 * @example
 * const v1 = new Hono<AppEnv>();
 * v1.get('/x', (c) => c.json({ owner: c.get('owner').id, maxBytes: c.get('config').maxUploadBytes }));
 */
export type AppEnv = {
  Bindings: Env;
  Variables: { config: ServiceConfig; owner: Owner; deps: AppDeps };
};
