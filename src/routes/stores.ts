/**
 * The stores for the authenticated caller of a request. Handlers get them here, so every
 * storage access is scoped to `c.get('owner')` without the handler having to remember it.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../http/app-env';
import { AnalysisStore } from '../storage/analysis-store';
import { JobStore } from '../storage/job-store';
import { AppError } from '../http/errors';
import { StorageError } from '../storage/errors';
import { progressUnavailable, ProgressStore } from '../storage/progress-store';

/**
 * @example
 * const meta = await analysesOf(c).readMeta(c.req.param('id'));
 */
export function analysesOf(c: Context<AppEnv>): AnalysisStore {
  return new AnalysisStore(
    c.get('deps').bucket(c.env),
    c.get('owner').id,
    c.get('deps').now,
    (c.env as Partial<Env>).DB ?? null,
  );
}

/**
 * @example
 * const job = await jobsOf(c).get(c.req.param('id'));
 */
export function jobsOf(c: Context<AppEnv>): JobStore {
  return new JobStore(c.get('deps').bucket(c.env), c.get('owner').id);
}

/**
 * The caller's progress index (D1). One database for all owners today; one per owner would pick the
 * binding here (see the README, "Progress across meetings").
 *
 * @example
 * const doc = await progressOf(c).seriesDocument(c.req.param('id'));
 */
export function progressOf(c: Context<AppEnv>): ProgressStore {
  const db = (c.env as Partial<Env>).DB;
  if (!db)
    throw new AppError(
      503,
      'storage-not-configured',
      'this service has no progress index: the D1 binding DB is missing from wrangler.toml',
    );
  return guardedStore(new ProgressStore(db, c.get('owner').id, c.get('deps').now));
}

/** A D1 failure inside any store method answers 503 with Retry-After (logged), never a 500; API errors pass. */
function guardedStore(store: ProgressStore): ProgressStore {
  return new Proxy(store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        } catch (err) {
          if (err instanceof AppError || err instanceof StorageError) throw err;
          console.error(`progress: ${String(name)} failed:`, err instanceof Error ? err.message : String(err));
          throw progressUnavailable(`read or change the progress index (${String(name)})`);
        }
      };
    },
  });
}
