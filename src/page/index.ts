/**
 * The upload page at `/` and its assets under `/page/`, as a Hono sub-app that the service mounts
 * with `app.route('/', pageApp)`. Everything is served from strings bundled with the Worker: no
 * build step, no CDN, nothing from another origin. The page calls the API from the browser.
 *
 * Routes: GET / (HTML), GET /page/app.js, GET /page/app.css, GET /page/icon.svg. These need no
 * API key (the page is public; the API calls it makes carry the key the user pasted).
 */
import { Hono } from 'hono';
import { isKeylessDevelopment } from '../auth/environment';
import { PAGE_SCRIPT } from './client-script.generated';
import { renderPage } from './html';
import { PAGE_ICON_SVG } from './icon';
import { pageSecurityHeaders } from './security-headers';
import { PAGE_CSS } from './styles';

/** Paths of the page's static assets, for the auth middleware's allow-list. */
export const PAGE_ASSET_PATHS = ['/page/app.js', '/page/app.css', '/page/icon.svg'] as const;

// Assets change with each deployment: revalidate rather than cache blindly.
const ASSET_CACHE = 'no-cache';

/**
 * The page's sub-app.
 *
 * @example
 * const app = new Hono();
 * app.route('/', pageApp);
 * const res = await app.request('/');
 * // res.headers.get('content-security-policy') includes "script-src 'self'"
 */
export const pageApp = new Hono<{ Bindings: Partial<Pick<Env, 'ENVIRONMENT'>> }>();

pageApp.get('/', pageSecurityHeaders, (c) => {
  // The API's own rule (src/auth/environment.ts): keyless only in development on a loopback address.
  const environment = c.env?.ENVIRONMENT === 'development' ? 'development' : 'production';
  const keyRequired = !isKeylessDevelopment({ environment }, c.req.url);
  c.header('Cache-Control', 'no-store');
  return c.html(renderPage({ keyRequired }));
});

pageApp.get('/page/app.js', pageSecurityHeaders, (c) => asset(c.body(PAGE_SCRIPT), 'text/javascript; charset=utf-8'));
pageApp.get('/page/app.css', pageSecurityHeaders, (c) => asset(c.body(PAGE_CSS), 'text/css; charset=utf-8'));
pageApp.get('/page/icon.svg', pageSecurityHeaders, (c) => asset(c.body(PAGE_ICON_SVG), 'image/svg+xml'));

function asset(res: Response, contentType: string): Response {
  res.headers.set('Content-Type', contentType);
  res.headers.set('Cache-Control', ASSET_CACHE);
  return res;
}
