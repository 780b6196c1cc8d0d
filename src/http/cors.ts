/**
 * CORS for browser-based tools, from CORS_ORIGINS (comma-separated origins, or "*").
 * Unset: no CORS headers at all, so only the service's own page (same origin) can call the API.
 * Keys travel in the Authorization header, never in cookies, so credentials are never allowed.
 */
import { cors } from 'hono/cors';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './app-env';

/**
 * Middleware applying the configured CORS policy (preflights included).
 *
 * @example
 * app.use('/v1/*', corsFromConfig());
 * // with CORS_ORIGINS="https://tool.example": a request with Origin https://tool.example gets
 * // Access-Control-Allow-Origin: https://tool.example; other origins get no CORS header
 */
export function corsFromConfig() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const origins = c.get('config').corsOrigins;
    if (origins.length === 0) return next();
    const handler = cors({
      origin: origins.includes('*') ? '*' : origins,
      allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type', 'Prefer'],
      exposeHeaders: ['Location', 'Retry-After', 'Content-Disposition', 'Preference-Applied'],
      maxAge: 600,
    });
    return handler(c, next);
  });
}
