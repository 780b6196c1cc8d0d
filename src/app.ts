/**
 * The Hono application: middleware, the routes mounted with `app.route()`, and the one error handler.
 */
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from './http/app-env';
import { apiHeaders } from './http/api-headers';
import { serviceConfig } from './http/config';
import { corsFromConfig } from './http/cors';
import { toErrorResponse } from './http/errors';
import { defaultRateLimiter } from './http/rate-limit';
import { docsRoutes } from './routes/docs';
import { v1Routes } from './routes/v1';
import { pageApp } from './page/index';
import { progressPageApp } from './page/progress/index';
import { reportsBucket } from './storage/bucket';
import { VERSION } from './version';

export type { AppEnv } from './http/app-env';

/**
 * Builds the service. Tests may replace the storage, rate limiter or clock.
 *
 * @example
 * const app = createApp();
 * const res = await app.request('/health');
 * // res.status === 200, await res.json() => { status: 'ok', version: '0.1.0' }
 *
 * const failing = createApp({ bucket: (env) => failingBucket(env.REPORTS) }); // a test's R2 outage
 */
export function createApp(overrides: Partial<AppDeps> = {}): Hono<AppEnv> {
  const deps: AppDeps = { bucket: reportsBucket, rateLimiter: defaultRateLimiter, now: () => new Date(), ...overrides };
  const app = new Hono<AppEnv>();

  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('config', serviceConfig(c.env));
    await next();
  });

  app.get('/health', (c) => c.json({ status: 'ok', version: VERSION }));

  app.use('/v1/*', corsFromConfig(), apiHeaders());
  app.route('/v1', v1Routes());
  app.route('/', docsRoutes());

  // The upload page and its assets (src/page/): public, no API key; the API calls it makes carry one.
  app.route('/', pageApp);
  app.route('/', progressPageApp);

  app.notFound((c) =>
    c.json(
      {
        error: {
          code: 'not-found',
          message: `No route for ${c.req.method} ${new URL(c.req.url).pathname}`,
          details: null,
        },
      },
      404,
    ),
  );
  app.onError((err, c) => toErrorResponse(err, c));
  return app;
}
