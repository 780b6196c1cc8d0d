/**
 * The versioned API: every route behind an API key and the per-key rate limit.
 */
import { Hono } from 'hono';
import { requireApiKey } from '../auth/require-api-key';
import type { AppEnv } from '../http/app-env';
import { rateLimit } from '../http/rate-limit';
import { analysesRoutes } from './analyses';
import { jobsRoutes } from './jobs';
import { peopleRoutes, seriesRoutes } from './progress';

/**
 * @example
 * app.route('/v1', v1Routes());
 */
export function v1Routes(): Hono<AppEnv> {
  const v1 = new Hono<AppEnv>();
  v1.use('*', requireApiKey(), rateLimit());
  v1.route('/analyses', analysesRoutes());
  v1.route('/jobs', jobsRoutes());
  v1.route('/series', seriesRoutes());
  v1.route('/people', peopleRoutes());
  return v1;
}
