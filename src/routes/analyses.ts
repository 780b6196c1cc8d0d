/**
 * /v1/analyses: create (synchronously, or as a job with `Prefer: respond-async`), list, read the
 * JSON, download the PDF (and the kept transcript), delete. HTTP only: the work is in
 * src/pipeline, src/storage and src/queue.
 */
import { Hono } from 'hono';
import { isKeylessDevelopment } from '../auth/environment';
import type { AppEnv } from '../http/app-env';
import { attachment, reportFileName } from '../http/content-disposition';
import { AppError } from '../http/errors';
import { analysisLinks, jobLinks } from '../http/links';
import { prefersAsync } from '../http/prefer';
import { withTimeout } from '../http/timeout';
import { servableContentType, transcriptFileName } from '../http/transcript-download';
import { readUpload } from '../http/upload';
import { parseUploadOptions } from '../http/upload-options';
import { createAnalysis } from '../pipeline/create-analysis';
import { checkCallbackUrl } from '../queue/callback-url';
import { jobView } from '../queue/job';
import { submitJob } from '../queue/submit';
import { newId } from '../storage/ids';
import { analysesOf, jobsOf } from './stores';

const MAX_PAGE = 100;

/**
 * @example
 * v1.route('/analyses', analysesRoutes());
 */
export function analysesRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.post('/', async (c) => {
    const config = c.get('config');
    const upload = await readUpload(c.req.raw, config.maxUploadBytes);
    const options = parseUploadOptions(new URL(c.req.url).searchParams, upload.fields);

    if (prefersAsync(c.req.header('Prefer'))) {
      if (options.callbackUrl)
        checkCallbackUrl(options.callbackUrl, {
          allowPrivate: config.environment === 'test' || isKeylessDevelopment(config, c.req.url),
        });
      const job = await submitJob({
        owner: c.get('owner').id,
        upload,
        options,
        jobs: jobsOf(c),
        queue: (c.env as Partial<Env>).JOBS,
        now: c.get('deps').now(),
      });
      const view = jobView(job, c.get('deps').now());
      return c.json(view, 202, { Location: jobLinks(job.id, null).self, 'Preference-Applied': 'respond-async' });
    }
    if (options.callbackUrl) {
      throw new AppError(
        400,
        'invalid-option',
        'callbackUrl is only used with the header "Prefer: respond-async" (a synchronous request returns the analysis itself)',
        { option: 'callbackUrl' },
      );
    }
    const { meta, json } = await withTimeout(
      createAnalysis({
        id: newId(),
        owner: c.get('owner').id,
        upload,
        options,
        env: c.env,
        bucket: c.get('deps').bucket(c.env),
        config,
        now: c.get('deps').now,
      }),
      config.syncTimeoutMs,
    );
    return c.body(json, 201, {
      'Content-Type': 'application/json; charset=utf-8',
      Location: analysisLinks(meta.id, meta.hasTranscript).self,
    });
  });

  routes.get('/', async (c) => {
    const limitParam = c.req.query('limit');
    const limit = limitParam === undefined ? 50 : Number(limitParam);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
      throw new AppError(400, 'invalid-option', `limit must be a whole number from 1 to ${MAX_PAGE}`, {
        option: 'limit',
      });
    }
    const page = await analysesOf(c).list({ limit, cursor: c.req.query('cursor') ?? null });
    return c.json({
      items: page.items.map((m) => ({
        id: m.id,
        title: m.title,
        createdAt: m.createdAt,
        expiresAt: m.expiresAt,
        links: analysisLinks(m.id, m.hasTranscript),
      })),
      cursor: page.cursor,
    });
  });

  routes.get('/:id', async (c) => {
    const stored = await analysesOf(c).readJson(c.req.param('id'));
    return c.body(stored.body, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });

  routes.get('/:id/report.pdf', async (c) => {
    const stored = await analysesOf(c).readReport(c.req.param('id'));
    return c.body(stored.body, 200, {
      'Content-Type': 'application/pdf',
      'Content-Length': String(stored.size),
      'Content-Disposition': attachment(reportFileName(stored.meta.title, stored.meta.createdAt)),
    });
  });

  routes.get('/:id/transcript', async (c) => {
    const stored = await analysesOf(c).readTranscript(c.req.param('id'));
    // Always a download, typed by us from the detected format, and sandboxed should a browser render it anyway.
    return c.body(stored.body, 200, {
      'Content-Type': servableContentType(stored.contentType),
      'Content-Length': String(stored.size),
      'Content-Disposition': attachment(transcriptFileName(stored.meta.id, stored.meta.transcriptFormat ?? null)),
      'Content-Security-Policy': 'sandbox',
    });
  });

  routes.delete('/:id', async (c) => {
    const id = c.req.param('id');
    if (!(await analysesOf(c).delete(id)))
      throw new AppError(404, 'not-found', `no analysis with id ${id.slice(0, 64)}`, { id: id.slice(0, 64) });
    return c.body(null, 204);
  });

  return routes;
}
