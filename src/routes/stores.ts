/**
 * The stores for the authenticated caller of a request. Handlers get them here, so every
 * storage access is scoped to `c.get('owner')` without the handler having to remember it.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../http/app-env';
import { AnalysisStore } from '../storage/analysis-store';
import { JobStore } from '../storage/job-store';

/**
 * @example
 * const meta = await analysesOf(c).readMeta(c.req.param('id'));
 */
export function analysesOf(c: Context<AppEnv>): AnalysisStore {
  return new AnalysisStore(c.get('deps').bucket(c.env), c.get('owner').id, c.get('deps').now);
}

/**
 * @example
 * const job = await jobsOf(c).get(c.req.param('id'));
 */
export function jobsOf(c: Context<AppEnv>): JobStore {
  return new JobStore(c.get('deps').bucket(c.env), c.get('owner').id);
}
