/**
 * Security headers for the upload page and its assets. The page renders transcript text, which is
 * hostile input: the Content-Security-Policy is the second line of defence behind textContent-only
 * rendering, so no inline script or style is allowed and nothing may load from another origin.
 */
import { secureHeaders } from 'hono/secure-headers';

/**
 * The policy, directive by directive (kept as data so that tests can compare it with the header).
 *
 * @example
 * PAGE_CSP['script-src'] // => ["'self'"]
 */
export const PAGE_CSP = {
  'default-src': ["'self'"],
  // The page's script is a same-origin module (/page/app.js): no 'unsafe-inline', no eval.
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // data: for the tiny icons browsers synthesise; never remote images (a tracking pixel in a name).
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
} as const satisfies Record<string, readonly string[]>;

/**
 * The middleware for the page's routes: CSP, nosniff, no referrer, no framing, and a
 * Permissions-Policy that switches off the powerful features the page never uses.
 *
 * @example
 * pageApp.get('/', pageSecurityHeaders, (c) => c.html(renderPage({ keyRequired: false })));
 */
export const pageSecurityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: [...PAGE_CSP['default-src']],
    scriptSrc: [...PAGE_CSP['script-src']],
    styleSrc: [...PAGE_CSP['style-src']],
    imgSrc: [...PAGE_CSP['img-src']],
    connectSrc: [...PAGE_CSP['connect-src']],
    objectSrc: [...PAGE_CSP['object-src']],
    frameAncestors: [...PAGE_CSP['frame-ancestors']],
    baseUri: [...PAGE_CSP['base-uri']],
    formAction: [...PAGE_CSP['form-action']],
  },
  xFrameOptions: 'DENY',
  referrerPolicy: 'no-referrer',
  xContentTypeOptions: 'nosniff',
  permissionsPolicy: {
    camera: [],
    microphone: [],
    geolocation: [],
    payment: [],
    usb: [],
    serial: [],
    hid: [],
    displayCapture: [],
    browsingTopics: [],
  },
});
