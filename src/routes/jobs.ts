/**
 * /v1/jobs/:id: the state of an async analysis (`Prefer: respond-async`).
 */
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env';
import { AppError } from '../http/errors';
import { jobView } from '../queue/job';
import { jobsOf } from './stores';

/**
 * @example
 * v1.route('/jobs', jobsRoutes());
 * // GET /v1/jobs/<id> => { id, status: 'running', progress: { stage: 'analysing', percent: 30 }, ... }
 */
export function jobsRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/:id', async (c) => {
    const id = c.req.param('id');
    const job = await jobsOf(c).get(id);
    if (!job) throw new AppError(404, 'not-found', `no job with id ${id.slice(0, 64)}`, { id: id.slice(0, 64) });
    return c.json(jobView(job, c.get('deps').now()));
  });
  return routes;
}
