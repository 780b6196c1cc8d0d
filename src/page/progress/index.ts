/**
 * The progress page at /progress and its assets, as a Hono sub-app the service mounts beside the upload
 * page. Public like the upload page: the API calls it makes carry the key the user pasted.
 */
import { Hono } from 'hono';
import { pageSecurityHeaders } from '../security-headers';
import { renderProgressPage } from './html';
import { PROGRESS_SCRIPT } from './script';
import { PROGRESS_CSS } from './styles';

/**
 * @example
 * app.route('/', progressPageApp); // GET /progress, /page/progress.js, /page/progress.css
 */
export const progressPageApp = new Hono();

progressPageApp.get('/progress', pageSecurityHeaders, (c) => {
  c.header('Cache-Control', 'no-store');
  return c.html(renderProgressPage());
});
progressPageApp.get('/page/progress.js', pageSecurityHeaders, (c) =>
  asset(c.body(PROGRESS_SCRIPT), 'text/javascript; charset=utf-8'),
);
progressPageApp.get('/page/progress.css', pageSecurityHeaders, (c) =>
  asset(c.body(PROGRESS_CSS), 'text/css; charset=utf-8'),
);

function asset(res: Response, contentType: string): Response {
  res.headers.set('Content-Type', contentType);
  res.headers.set('Cache-Control', 'no-cache');
  return res;
}
