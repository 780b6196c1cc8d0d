/**
 * End to end: the progress page (/progress) in headless Chromium against the real service (`wrangler dev`
 * on a free loopback port, local R2 and D1 with the migrations applied). Three meetings of the fixture
 * series are uploaded through the API; the series view must show a block of small multiples per person
 * and the team lines, and a person's view their own charts and evidence, with no script errors or CSP
 * violations. Needs Debian's chromium; skips with a message when it is missing.
 * UPDATE_PAGE_SCREENSHOT=1 refreshes src/page/progress/screenshot.png for the README.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspViolations, hasChromium, launchChromium, watchPage } from './helpers/browser';
import { startDevServer, type DevServer } from './helpers/wrangler-dev';

// Browser globals for page.evaluate (the project compiles without the DOM lib).
declare const document: any;

const ROOT = resolve(import.meta.dirname, '../..');
const SERIES = join(ROOT, 'fixtures/progress');
const UPLOADS: Array<[string, string, string]> = [
  ['GMT20261005-150000_Recording.transcript.vtt', 'text/vtt', '2026-10-05'],
  ['2026-10-12-platform-weekly.txt', 'text/plain', '2026-10-12'],
  ['platform-weekly-otter.txt', 'text/plain', '2026-10-19'],
];

if (!hasChromium)
  console.warn('test/e2e/progress-page.test.ts: skipped, /usr/bin/chromium is missing (apt-get install -y chromium).');

// Skipped where /usr/bin/chromium is missing: the page is tested in a real headless Chromium.
describe.skipIf(!hasChromium)('the progress page in Chromium', () => {
  let server: DevServer;
  let browser: Browser;
  let seriesId = '';

  beforeAll(async () => {
    server = await startDevServer({ vars: { ENVIRONMENT: 'development' } });
    for (const [file, type, date] of UPLOADS) {
      const url = `${server.baseUrl}/v1/analyses?series=Platform%20weekly&meetingDate=${date}&commentary=none&attendees=Tom%20Becker&title=Platform%20weekly%20${date}`;
      const res = await fetch(url, {
        method: 'POST',
        body: readFileSync(join(SERIES, file)),
        headers: { 'Content-Type': type },
      });
      expect(res.status, await res.clone().text()).toBe(201);
    }
    const list = (await (await fetch(`${server.baseUrl}/v1/series`)).json()) as { items: Array<{ id: string }> };
    seriesId = list.items[0]!.id;
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the series: meetings, team lines and small multiples for every person', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const evidence = await watchPage(page);
    await page.goto(`${server.baseUrl}/progress#series=${seriesId}`);
    await page.waitForSelector('.person-block');
    expect(await page.textContent('h1')).toBe('Platform weekly');
    const names = await page.$$eval('.person-block h3', (hs: any[]) => hs.map((h) => h.textContent));
    expect(names.sort()).toEqual(['Ben Okafor', 'Chen Wei', 'Maria Elena Lopez', 'Priya Nair', 'Tom Becker']);
    expect(await page.$$eval('.meetings-table tbody tr', (rows: any[]) => rows.length)).toBe(3);
    // Six charts per person plus six team charts.
    expect(await page.$$eval('.chart', (c: any[]) => c.length)).toBe(6 * 5 + 6);
    // Priya joined in the third meeting: one point in each chart, so no line, and her labels say "no value" twice.
    const priya = await page.$$eval('.person-block', (blocks: any[]) => {
      const block = blocks.find((b) => b.querySelector('h3').textContent === 'Priya Nair');
      return {
        lines: block.querySelectorAll('polyline').length,
        label: block.querySelector('svg').getAttribute('aria-label'),
      };
    });
    expect(priya.lines).toBe(0);
    expect(priya.label).toMatch(
      /^Share of talk vs an equal share: 2026-10-05 no value, 2026-10-12 no value, 2026-10-19 \d/,
    );
    const mariaShare = await page.$eval('.person-block', (b: any) => b.querySelector('svg').getAttribute('aria-label'));
    expect(mariaShare).toMatch(/^Share of talk vs an equal share: 2026-10-05 \d/);
    expect(await page.$$eval('.chart .ref', (r: any[]) => r.length)).toBe(5);
    const shot =
      process.env.UPDATE_PAGE_SCREENSHOT === '1'
        ? join(ROOT, 'src/page/progress/screenshot.png')
        : join(tmpdir(), 'progress-series.png');
    await page.screenshot({ path: shot, fullPage: false });
    expect(evidence.pageErrors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it("shows one person's own view from the series", async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const evidence = await watchPage(page);
    await page.goto(`${server.baseUrl}/progress#series=${seriesId}`);
    await page.waitForSelector('.person-block');
    await page.click('.person-block h3 a >> text=Chen Wei');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Chen Wei');
    // Their six charts and the team's six (aggregates only).
    expect(await page.$$eval('.chart', (c: any[]) => c.length)).toBe(12);
    const text = await page.textContent('#view');
    expect(text).toContain('The Monday handover was hard for me');
    expect(text).not.toContain('Maria Elena Lopez');
    await page.screenshot({ path: join(tmpdir(), 'progress-person.png'), fullPage: false });
    expect(evidence.pageErrors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
});
