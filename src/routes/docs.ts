/**
 * /openapi.json and /docs. Public: they describe the API and hold no data.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env';
import { openApiDocument } from '../openapi/document';
import { renderDocsPage } from '../openapi/docs-page';

/** The docs page has no scripts at all; only its inline style is allowed. */
const DOCS_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

let page: string | null = null;

/**
 * @example
 * app.route('/', docsRoutes());
 * // GET /openapi.json => the OpenAPI 3.1 document; GET /docs => an HTML page listing every operation
 */
export function docsRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/openapi.json', (c) => c.json(openApiDocument()));
  routes.get('/docs', (c) => {
    page ??= renderDocsPage(openApiDocument());
    return c.html(page, 200, {
      'Content-Security-Policy': DOCS_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
  });
  return routes;
}
