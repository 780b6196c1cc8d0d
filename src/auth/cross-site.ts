/**
 * Keyless development mode trusts the machine it runs on, not every web page its user visits: a
 * page on any site can send a form POST (no preflight) to http://127.0.0.1:8787. Browsers say
 * where a request comes from (`Sec-Fetch-Site`, `Origin`), so writes they mark as coming from
 * another site are refused. Tools without a browser (curl, the CLI, scripts) send neither header.
 */
import { AppError } from '../http/errors';

/** Methods that change state; GET and HEAD only read the caller's own data. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Throws 403 `cross-site-request` for a state-changing request a browser marks as cross-site:
 * `Sec-Fetch-Site` other than `same-origin` or `none` (typed by the user), or an `Origin` that is
 * neither the service's own nor one listed in CORS_ORIGINS (`*` does not count here).
 *
 * @example
 * assertNotCrossSite(new Request('http://127.0.0.1:8787/v1/analyses', { method: 'POST', headers: { Origin: 'https://evil.example' } }), []);
 * // throws AppError(403, 'cross-site-request', ...)
 * assertNotCrossSite(new Request('http://127.0.0.1:8787/v1/analyses', { method: 'POST' }), []); // curl: passes
 */
export function assertNotCrossSite(request: Request, allowedOrigins: readonly string[]): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  const own = new URL(request.url).origin;
  const origin = request.headers.get('Origin');
  const site = request.headers.get('Sec-Fetch-Site')?.toLowerCase() ?? null;
  const listed = origin !== null && allowedOrigins.includes(origin);
  if (origin !== null && origin !== own && !listed) {
    throw refused(`its Origin "${origin.slice(0, 100)}" is not this service (${own})`);
  }
  if (site !== null && site !== 'same-origin' && site !== 'none' && !listed) {
    throw refused(`the browser marked it Sec-Fetch-Site: ${site.slice(0, 20)}`);
  }
}

function refused(why: string): AppError {
  return new AppError(
    403,
    'cross-site-request',
    `a request that changes data was refused in keyless development mode because ${why}: ` +
      'another web page may not write to this service; use the upload page it serves, or send an API key',
  );
}
