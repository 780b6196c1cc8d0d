/**
 * The upload page's sub-app in-process (no browser): what it serves, with which headers, and the
 * guarantees the browser test relies on (no inline script or style, no HTML sinks in the script).
 * The page in Chromium is tested by test/e2e/upload-page.test.ts.
 */
import { Script } from 'node:vm';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { PAGE_SCRIPT } from '../../src/page/client-script.generated';
import { pageApp, PAGE_ASSET_PATHS } from '../../src/page/index';

const app = new Hono().route('/', pageApp);
const DEV = { ENVIRONMENT: 'development' };

describe('the upload page sub-app', () => {
  it('serves the page as HTML with a strict CSP: same-origin only, no inline code, no framing', async () => {
    const res = await app.request('http://127.0.0.1:8787/', {}, DEV);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = res.headers.get('content-security-policy');
    // Written out here, not read from the page's own constant: a weakened policy must fail this test.
    const expected = [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "form-action 'self'",
    ];
    expect(csp?.split('; ').sort()).toEqual(expected.sort());
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('permissions-policy')).toContain('camera=()');
    expect(res.headers.get('permissions-policy')).toContain('microphone=()');
  });

  it('has no inline script, inline style or event-handler attribute (the CSP would block them)', async () => {
    const html = await (await app.request('http://127.0.0.1:8787/', {}, DEV)).text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toEqual(['<script type="module" src="/page/app.js">']);
    expect(html).not.toMatch(/<style\b/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/\son[a-z]+=/);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('opens the API key field only where the API needs a key (anything but development on loopback)', async () => {
    const local = await (await app.request('http://127.0.0.1:8787/', {}, DEV)).text();
    const deployed = await (await app.request('https://analyser.example.com/', {}, DEV)).text();
    const production = await (await app.request('http://127.0.0.1:8787/', {}, { ENVIRONMENT: 'production' })).text();
    expect(local).toContain('<details class="field api-key" id="api-key-details">');
    expect(deployed).toContain('<details class="field api-key" id="api-key-details" open>');
    expect(production).toContain('<details class="field api-key" id="api-key-details" open>');
  });

  it('serves each asset with its content type and the same security headers', async () => {
    const types: Record<string, RegExp> = {
      '/page/app.js': /^text\/javascript/,
      '/page/app.css': /^text\/css/,
      '/page/icon.svg': /^image\/svg\+xml/,
    };
    for (const path of PAGE_ASSET_PATHS) {
      const res = await app.request(`http://127.0.0.1:8787${path}`, {}, DEV);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(types[path]!);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('content-security-policy'), path).toContain("script-src 'self'");
    }
  });

  it('ships a script that parses and never writes HTML strings into the page', () => {
    expect(() => new Script(PAGE_SCRIPT)).not.toThrow();
    for (const sink of [
      'innerHTML',
      'outerHTML',
      'insertAdjacentHTML',
      'document.write',
      'eval(',
      'new Function',
      "setAttribute('style'",
      'srcdoc',
    ]) {
      expect(PAGE_SCRIPT, sink).not.toContain(sink);
    }
  });
});
