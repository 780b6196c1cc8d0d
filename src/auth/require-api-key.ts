/**
 * Middleware: every API request carries `Authorization: Bearer <key>` for a configured key,
 * and the caller's owner id is put on the context for the handlers.
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../http/app-env';
import { AppError } from '../http/errors';
import { bearerToken, matchKey, parseKeyHashes } from './api-keys';
import { assertNotCrossSite } from './cross-site';
import { isKeylessDevelopment } from './environment';
import { LOCAL_OWNER, ownerForKeyHash } from './owner';

const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="meeting-analyser"' };

/**
 * Authenticates the request or answers 401 (no or unknown key) / 503 (no keys configured); in keyless
 * development, a write a browser marks as cross-site answers 403.
 *
 * @example
 * v1.use('*', requireApiKey());
 * // a handler then reads c.get('owner').id
 */
export function requireApiKey() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const token = bearerToken(c.req.header('Authorization'));
    const hashes = parseKeyHashes((c.env as unknown as Record<string, unknown>).API_KEY_HASHES);
    const config = c.get('config');

    if (isKeylessDevelopment(config, c.req.url) && (token === null || hashes.length === 0)) {
      assertNotCrossSite(c.req.raw, config.corsOrigins);
      c.set('owner', LOCAL_OWNER);
      return next();
    }
    if (hashes.length === 0) {
      // Refuse rather than run open: a deployed Worker without keys is a configuration mistake.
      throw new AppError(
        503,
        'auth-not-configured',
        'this service has no API keys configured; the operator must set the API_KEY_HASHES secret',
      );
    }
    if (token === null) {
      throw new AppError(401, 'unauthorized', 'send an API key as "Authorization: Bearer <key>"', null, CHALLENGE);
    }
    const keyHash = await matchKey(token, hashes);
    if (keyHash === null) throw new AppError(401, 'unauthorized', 'the API key is not valid', null, CHALLENGE);
    c.set('owner', await ownerForKeyHash(keyHash));
    return next();
  });
}
