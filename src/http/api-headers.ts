/**
 * Headers on every API response: nothing is cached by browsers or proxies (analyses are
 * private), content types are not sniffed, and no referrer leaks ids.
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './app-env';

/**
 * @example
 * app.use('/v1/*', apiHeaders());
 * // every /v1 response: Cache-Control: no-store, X-Content-Type-Options: nosniff, Referrer-Policy: no-referrer
 */
export function apiHeaders() {
  return createMiddleware<AppEnv>(async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    c.res.headers.set('Referrer-Policy', 'no-referrer');
  });
}
