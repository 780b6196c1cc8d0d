/**
 * /openapi.json, /docs and /docs/methodology. Public: they describe the API and the measures, and hold no data.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env';
import { openApiDocument } from '../openapi/document';
import { renderDocsPage } from '../openapi/docs-page';
import { renderMethodologyPage } from '../docs/methodology-page';

/** The docs page has no scripts at all; only its inline style is allowed. */
const DOCS_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

let page: string | null = null;
let methodology: string | null = null;

const DOCS_HEADERS = {
  'Content-Security-Policy': DOCS_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * @example
 * app.route('/', docsRoutes());
 * // GET /openapi.json => the OpenAPI 3.1 document; GET /docs => an HTML page listing every operation;
 * // GET /docs/methodology => the full methodology (analyzers/README.md) as HTML
 */
export function docsRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/openapi.json', (c) => c.json(openApiDocument()));
  routes.get('/docs', (c) => {
    page ??= renderDocsPage(openApiDocument());
    return c.html(page, 200, DOCS_HEADERS);
  });
  // The full methodology the PDF's compact appendix points to.
  routes.get('/docs/methodology', (c) => {
    methodology ??= renderMethodologyPage();
    return c.html(methodology, 200, DOCS_HEADERS);
  });
  return routes;
}
