/**
 * End to end: the upload page at `/`, driven in headless Chromium against the real service
 * (`wrangler dev` on a free loopback port, R2 emulated in a temporary directory).
 *
 * - a keyboard-only upload of fixtures/webvtt/zoom-standup.vtt through the file chooser, progress,
 *   the talk-share chart with every speaker (Latin with diacritics, Greek, Cyrillic), findings,
 *   commentary, data-quality warnings, and the PDF download;
 * - XSS: a hostile transcript dropped on the drop zone, with an API key, shown literally with no
 *   trace of script execution (dialogs, page errors, CSP violations, a `window.__xss` flag);
 * - API errors in plain words (a wrong key, a binary file).
 *
 * Needs Debian's chromium (`.ci/run` installs it); skips with a message when it is missing.
 * E2E_BASE_URL=http://127.0.0.1:8787 runs against a server you started yourself instead; the
 * tests that need an API key then use E2E_TEST_KEY, and are skipped without it.
 * E2E_SCREENSHOT_DIR keeps the screenshots somewhere you choose; UPDATE_PAGE_SCREENSHOT=1 also
 * refreshes src/page/screenshot.png for the README.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_PDFTOTEXT, pdfText } from '../reports/helpers/pdf-tools';
import { CHROMIUM_MISSING, cspViolations, hasChromium, launchChromium, watchPage } from './helpers/browser';
import { startDevServer, type DevServer } from './helpers/wrangler-dev';
import { HOSTILE_NAMES, HOSTILE_TITLE, hostileTranscriptJson } from './hostile-transcript';

// Globals of the browser page, for the functions page.evaluate() runs there (serialised, so they
// must name the page's own globals). The project compiles without the DOM lib: typed loosely here.
declare const window: any, document: any, getComputedStyle: any, sessionStorage: any, localStorage: any;
declare const MutationObserver: any, DataTransfer: any, DragEvent: any, File: any;

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = join(ROOT, 'fixtures/webvtt/zoom-standup.vtt');
const EXTERNAL_BASE_URL = process.env.E2E_BASE_URL ?? null;
const SHOTS = process.env.E2E_SCREENSHOT_DIR ?? join(tmpdir(), 'meeting-analyser-e2e-screenshots');
const TEST_KEY = process.env.E2E_TEST_KEY ?? `ma_e2e_${randomBytes(16).toString('hex')}`;
/** The key tests need a server that knows TEST_KEY: ours always does, someone else's only when told. */
const KEY_UNKNOWN = EXTERNAL_BASE_URL !== null && !process.env.E2E_TEST_KEY;
const TEST_TIMEOUT = 90_000;

if (!hasChromium) {
  console.warn(`test/e2e/upload-page.test.ts: skipped, ${CHROMIUM_MISSING}.`);
}

// Skipped where /usr/bin/chromium is missing: the page is tested in a real headless Chromium.
describe.skipIf(!hasChromium)('the upload page in Chromium', () => {
  let server: DevServer | null = null;
  let baseUrl = '';
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  /** What the upload test downloaded and saw, for the PDF read-back that follows it. */
  let downloaded: { pdf: Buffer; names: string[]; bars: string[] } | null = null;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    if (EXTERNAL_BASE_URL) {
      baseUrl = EXTERNAL_BASE_URL.replace(/\/$/, '');
    } else {
      // The service knows one key (by its hash): requests without a key still run keyless on loopback.
      server = await startDevServer({
        vars: { ENVIRONMENT: 'development', API_KEY_HASHES: createHash('sha256').update(TEST_KEY).digest('hex') },
      });
      baseUrl = server.baseUrl;
    }
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  }, 30_000);

  async function openPage(): Promise<{ page: Page; evidence: Awaited<ReturnType<typeof watchPage>> }> {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, acceptDownloads: true });
    contexts.push(context);
    const page = await context.newPage();
    // Subscribe to file choosers before the page loads. Playwright turns interception on with a message it
    // does not wait for, so a chooser opened right after a fresh subscription can slip past it (seen once in CI).
    page.on('filechooser', () => undefined);
    const evidence = await watchPage(page);
    const res = await page.goto(`${baseUrl}/`);
    expect(res?.status(), server?.output()).toBe(200);
    return { page, evidence };
  }

  /** Presses Tab until the element with this id has the focus: proves it is reachable by keyboard. */
  async function tabTo(page: Page, id: string): Promise<void> {
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    }
    throw new Error(`the Tab key never reached #${id}`);
  }

  /** Records every text the status region shows, and whether the progress bar was visible then. */
  async function recordStatus(page: Page): Promise<void> {
    await page.evaluate(() => {
      const w = window as unknown as { __status: Array<{ text: string; bar: boolean }> };
      w.__status = [];
      const text = document.getElementById('status-text')!;
      const bar = document.getElementById('progress')!;
      new MutationObserver(() => w.__status.push({ text: text.textContent ?? '', bar: !bar.hidden })).observe(
        document.getElementById('status')!,
        {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        },
      );
    });
  }

  async function statusLog(page: Page): Promise<Array<{ text: string; bar: boolean }>> {
    return page.evaluate(() => (window as unknown as { __status: Array<{ text: string; bar: boolean }> }).__status);
  }

  /** The README's picture: the results from their heading to the end of the talk-share chart. */
  async function saveReadmeScreenshot(page: Page): Promise<void> {
    await page.setViewportSize({ width: 760, height: 900 });
    // Page coordinates (boundingBox() would be relative to the scrolled viewport).
    const clip = await page.evaluate(() => {
      const top = document.getElementById('results-heading').getBoundingClientRect();
      const chart = document.getElementById('talk-heading').parentElement.getBoundingClientRect();
      return {
        x: chart.left - 16,
        y: top.top + window.scrollY - 16,
        width: chart.width + 32,
        height: chart.bottom - top.top + 32,
      };
    });
    await page.screenshot({ path: join(ROOT, 'src/page/screenshot.png'), fullPage: true, clip });
    await page.setViewportSize({ width: 1000, height: 900 });
  }

  async function waitForResults(page: Page): Promise<void> {
    await page
      .locator('#results')
      .waitFor({ state: 'visible', timeout: 60_000 })
      .catch(async (err: Error) => {
        throw new Error(
          `no results; the error box says: ${await page.textContent('#error')}\n${err.message}\n${server?.output() ?? ''}`,
        );
      });
  }

  it(
    'serves the page and its assets with a strict CSP and the other security headers',
    async () => {
      const res = await fetch(`${baseUrl}/`);
      expect(res.status).toBe(200);
      const csp = res.headers.get('content-security-policy') ?? '';
      for (const directive of [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ]) {
        expect(csp).toContain(directive);
      }
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('permissions-policy')).toContain('camera=()');
      const script = await fetch(`${baseUrl}/page/app.js`);
      expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    },
    TEST_TIMEOUT,
  );

  it(
    'uploads a WebVTT file with the keyboard, shows progress, the talk-share chart, findings, commentary, warnings, and downloads the PDF',
    async () => {
      const { page, evidence } = await openPage();

      // Every form control has a label.
      const unlabelled = await page.evaluate(() =>
        Array.from(document.querySelectorAll('input, textarea'))
          .filter((e: any) => e.labels?.length === 0)
          .map((e: any) => e.id),
      );
      expect(unlabelled).toEqual([]);

      // Keyboard only: Tab to the file input (the focus ring shows on the drop zone), Space opens the chooser.
      await tabTo(page, 'file');
      expect(await page.evaluate(() => getComputedStyle(document.getElementById('drop-zone')!).outlineStyle)).toBe(
        'solid',
      );
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
      await chooser.setFiles(FIXTURE);
      await expect.poll(() => page.textContent('#file-chosen')).toContain('zoom-standup.vtt');

      await tabTo(page, 'title');
      await page.keyboard.type('Daily stand-up');
      await tabTo(page, 'attendees');
      await page.keyboard.type('Zoë Martin');
      await page.screenshot({ path: join(SHOTS, '1-form.png'), fullPage: true });

      await recordStatus(page);
      await tabTo(page, 'submit');
      await page.keyboard.press('Enter');
      await waitForResults(page);

      // Progress was shown while it worked, and the end was announced.
      const log = await statusLog(page);
      expect(log.some((s) => s.bar && s.text !== '')).toBe(true);
      expect(log.at(-1)?.text).toBe('Done: the results are below.');
      // The results heading takes the focus, so that keyboard and screen-reader users land on them.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-heading');
      expect(await page.textContent('#results-heading')).toBe('Results: Daily stand-up');

      // Talk share: the four named people plus "Unknown speaker" for cue 17, which names nobody.
      const names = await page.locator('.bar-name').allTextContents();
      expect([...names].sort()).toEqual(
        ['Unknown speaker', 'Zoë Martin', 'Łukasz Nowak', 'Παναγιώτης Γεωργίου', 'Дмитрий Иванов'].sort(),
      );
      expect(await page.textContent('.chart-caption')).toContain('by speaking time');
      for (const value of await page.locator('.bar-value').allTextContents()) expect(value).toMatch(/^\d+(\.\d)?% · /);
      const barWidths = await page
        .locator('.bar-fill')
        .evaluateAll((bars) => bars.map((b) => Number(b.getAttribute('width'))));
      expect(barWidths).toHaveLength(5);
      for (const width of barWidths) expect(width).toBeGreaterThan(0);

      // Findings quote the transcript verbatim.
      const vttText = readFileSync(FIXTURE, 'utf8').replace(/\s+/g, ' ');
      const quotes = await page.locator('.findings .finding-quote').allTextContents();
      expect(quotes.length).toBeGreaterThan(0);
      for (const quote of quotes) expect(vttText).toContain(quote.replace(/\s+/g, ' '));

      // Rule-based commentary (the default choice) and the data-quality warning about cue 17.
      expect(await page.textContent('#results .source-note')).toContain('Written by rules');
      expect(await page.locator('.commentary-list > li').count()).toBeGreaterThan(0);
      expect((await page.locator('.warnings li').allTextContents()).join('\n')).toMatch(/no speaker/);

      await page.screenshot({ path: join(SHOTS, '2-results.png'), fullPage: true });
      if (process.env.UPDATE_PAGE_SCREENSHOT === '1') await saveReadmeScreenshot(page);

      // The PDF, by keyboard: Tab from the focused heading to the download link.
      await tabTo(page, 'download-pdf');
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      const pdf = readFileSync((await download.path())!);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(5_000);
      expect(pdf.length).toBeLessThan(5_000_000);
      downloaded = { pdf, names, bars: await page.locator('.bar-value').allTextContents() };

      expect(evidence.pageErrors).toEqual([]);
      expect(evidence.dialogs).toEqual([]);
      expect(evidence.console.filter((m) => m.startsWith('error'))).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  // Skipped where pdftotext (poppler-utils) is missing: the PDF's text is read back with it.
  it.skipIf(!HAS_PDFTOTEXT)(
    'the downloaded PDF is the report of that meeting: title, everyone, the same talk shares (needs pdftotext)',
    () => {
      expect(downloaded, 'the upload test above did not get as far as the download').not.toBeNull();
      const text = pdfText(downloaded!.pdf).replace(/\s+/g, ' ');
      expect(text).toContain('MEETING COMMUNICATION REPORT');
      expect(text).toContain('Daily stand-up');
      for (const name of downloaded!.names) expect(text).toContain(name);
      // The page and the PDF are drawn from the same analysis by different code: the shares must agree
      // (the page shows small shares to a tenth, "2.6% · 2 s"; the PDF rounds to whole percent, "3% · 2 s").
      expect(downloaded!.bars).toHaveLength(5);
      for (const bar of downloaded!.bars) {
        const m = /^(\d+(?:\.\d)?)% · (\d+ s)/.exec(bar.replace(/\s+/g, ' '));
        expect(m, bar).not.toBeNull();
        expect(text).toContain(`${Math.round(Number(m![1]))}% · ${m![2]}`);
      }
      // Four named people; the "Unknown speaker" of cue 17 is nobody's talk, not a participant (issue 11).
      expect(text).toMatch(/4 participants · \d+ words · \d+ utterances · from webvtt/);
      expect(text).toContain('written by deterministic rules');
    },
  );

  // Skipped against an external server when E2E_TEST_KEY is not set: the upload needs a key it accepts.
  it.skipIf(KEY_UNKNOWN)(
    'shows a hostile transcript literally and runs none of its scripts (dropped file, API key as bearer token)',
    async () => {
      const { page, evidence } = await openPage();
      const authHeaders: string[] = [];
      page.on('request', (req) => {
        if (req.url().includes('/v1/')) authHeaders.push(req.headers()['authorization'] ?? '(none)');
      });

      // The key goes into this tab's sessionStorage only.
      await page.click('#api-key-details summary');
      await page.fill('#api-key', TEST_KEY);
      expect(await page.evaluate(() => sessionStorage.getItem('meeting-analyser.api-key'))).toBe(TEST_KEY);
      expect(await page.evaluate(() => localStorage.length)).toBe(0);

      // Drop the file on the drop zone.
      await page.evaluate((json) => {
        const data = new DataTransfer();
        data.items.add(new File([json], 'hostile.json', { type: 'application/json' }));
        const zone = document.getElementById('drop-zone')!;
        for (const type of ['dragenter', 'dragover', 'drop'])
          zone.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      }, hostileTranscriptJson());
      await expect.poll(() => page.textContent('#file-chosen')).toContain('hostile.json');
      await page.fill('#title', HOSTILE_TITLE);
      await page.fill('#attendees', HOSTILE_NAMES[0]);
      await page.press('#title', 'Enter');
      await waitForResults(page);
      await page.screenshot({ path: join(SHOTS, '3-hostile.png'), fullPage: true });

      // Shown literally: the exact strings, each isolated in a <bdi> so the override stays inside.
      expect(await page.textContent('#results-heading')).toBe(`Results: ${HOSTILE_TITLE}`);
      const names = await page.locator('.bar-name bdi').allTextContents();
      expect([...names].sort()).toEqual([...HOSTILE_NAMES].sort());
      const resultsText = (await page.textContent('#results')) ?? '';
      expect(resultsText).toContain('\u202eevil\u202c');

      // Nothing became markup: no elements from the payloads, no event-handler attributes anywhere.
      const injected = await page.evaluate(() => ({
        elements: document.querySelectorAll(
          'img, iframe, object, embed, #results script, #results a[href^="javascript:"]',
        ).length,
        scripts: Array.from(document.scripts).map((s: any) => s.getAttribute('src')),
        handlers: Array.from(document.querySelectorAll('*')).filter((e: any) =>
          Array.from(e.attributes).some((a: any) => a.name.startsWith('on')),
        ).length,
        flag: (window as unknown as { __xss?: unknown }).__xss ?? null,
      }));
      expect(injected).toEqual({ elements: 0, scripts: ['/page/app.js'], handlers: 0, flag: null });

      // The key was sent as a bearer token on every API call; the PDF comes through the key-carrying download.
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-pdf')]);
      const pdf = readFileSync((await download.path())!);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(authHeaders.length).toBeGreaterThanOrEqual(2);
      expect(new Set(authHeaders)).toEqual(new Set([`Bearer ${TEST_KEY}`]));

      expect(evidence.dialogs).toEqual([]);
      expect(evidence.pageErrors).toEqual([]);
      expect(evidence.console.filter((m) => m.startsWith('error'))).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  // Skipped against an external server when E2E_TEST_KEY is not set: the upload needs a key it accepts.
  it.skipIf(KEY_UNKNOWN)(
    'says in plain words when the API key is wrong, and opens the key field',
    async () => {
      const { page } = await openPage();
      await page.click('#api-key-details summary');
      await page.fill('#api-key', 'not-a-valid-key');
      await page.setInputFiles('#file', FIXTURE);
      await page.click('#submit');
      await expect.poll(() => page.textContent('#error')).toContain('This service needs a valid API key.');
      expect(await page.textContent('#error')).toContain('Error code: unauthorized');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('api-key');
      expect(await page.isVisible('#results')).toBe(false);
      await page.screenshot({ path: join(SHOTS, '4-wrong-key.png'), fullPage: true });

      // The key survives a reload of this tab (sessionStorage) and "Forget key" removes it.
      await page.reload();
      expect(await page.inputValue('#api-key')).toBe('not-a-valid-key');
      await page.click('#api-key-details summary');
      await page.click('#forget-key');
      expect(await page.evaluate(() => sessionStorage.getItem('meeting-analyser.api-key'))).toBeNull();
    },
    TEST_TIMEOUT,
  );

  it(
    'explains a file it cannot read in plain words',
    async () => {
      const { page } = await openPage();
      // A PNG signature followed by binary noise: not a transcript.
      const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(2048)]);
      await page.setInputFiles('#file', { name: 'photo.png', mimeType: 'image/png', buffer: png });
      await page.click('#submit');
      await expect.poll(() => page.textContent('#error'), { timeout: 30_000 }).toMatch(/Error code: /);
      const error = (await page.textContent('#error')) ?? '';
      expect(error).toMatch(/cannot be read|could not be read|was not accepted/);
      expect(error).not.toContain('{');
      expect(await page.isVisible('#results')).toBe(false);
    },
    TEST_TIMEOUT,
  );
});
