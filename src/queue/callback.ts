/**
 * Tells the caller's callback URL that a job finished: one POST with the job as JSON.
 * Best effort: the outcome is recorded on the job, and a failing callback never fails the job.
 */
import { VERSION } from '../version';
import type { JobView } from './job';

const CALLBACK_TIMEOUT_MS = 10_000;

/** @example { at: '2026-11-21T10:00:00.000Z', status: 204, error: null } */
export interface CallbackOutcome {
  at: string;
  status: number | null;
  error: string | null;
}

/**
 * POSTs `{ event, job }` to the URL. Redirects are not followed (they could lead anywhere).
 *
 * @example
 * await deliverCallback('https://hooks.example.com/done', view, new Date());
 * // POST body: { "event": "job.complete", "job": { "id": "...", "status": "complete", "links": { ... } } }
 * // => { at: '2026-11-21T10:00:00.000Z', status: 200, error: null }
 */
export async function deliverCallback(
  url: string,
  job: JobView,
  now: Date,
  fetcher: typeof fetch = fetch,
): Promise<CallbackOutcome> {
  const at = now.toISOString();
  try {
    const response = await fetcher(url, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/json', 'User-Agent': `meeting-analyser/${VERSION}` },
      body: JSON.stringify({ event: `job.${job.status}`, job }),
      signal: AbortSignal.timeout(CALLBACK_TIMEOUT_MS),
    });
    await response.body?.cancel().catch(() => undefined);
    return { at, status: response.status, error: response.ok ? null : `the callback answered HTTP ${response.status}` };
  } catch (err) {
    return {
      at,
      status: null,
      error: `the callback could not be reached (${err instanceof Error ? err.name : 'error'})`,
    };
  }
}
