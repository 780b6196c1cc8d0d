/**
 * /v1/jobs/:id: the state of an async analysis (`Prefer: respond-async`), and its deletion.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env';
import { AppError } from '../http/errors';
import { jobView } from '../queue/job';
import { eraseAnalysis } from '../storage/erase';
import { analysesOf, jobsOf } from './stores';

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
  // Deleting a job deletes the analysis it made (and the other way round: see eraseAnalysis).
  routes.delete('/:id', async (c) => {
    const id = c.req.param('id');
    const job = await jobsOf(c).get(id);
    if (!job) throw new AppError(404, 'not-found', `no job with id ${id.slice(0, 64)}`, { id: id.slice(0, 64) });
    const meta = await analysesOf(c).peekMeta(job.analysisId);
    const target = { analysisId: job.analysisId, jobId: job.id, commentaryCacheKey: meta?.commentaryCacheKey ?? null };
    await eraseAnalysis(c.get('deps').bucket(c.env), c.get('owner').id, target, (c.env as Partial<Env>).DB ?? null);
    return c.body(null, 204);
  });
  return routes;
}
