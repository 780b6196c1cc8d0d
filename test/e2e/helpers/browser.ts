/**
 * Headless Chromium (Debian's /usr/bin/chromium) driven by playwright-core, plus a recorder for
 * anything that would show a script ran: dialogs, page errors, console output, CSP violations.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

// Globals of the browser page, for the init script (serialised and run there). The project
// compiles without the DOM lib: typed loosely here.
declare const window: any, document: any;

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** True when the browser is installed (CI installs it: `.ci/run`). */
export const hasChromium = existsSync(CHROMIUM_PATH);

/**
 * @example
 * const browser = await launchChromium();
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface PageEvidence {
  dialogs: string[];
  pageErrors: string[];
  /** `type: text`; CSP violations are read separately with cspViolations(). */
  console: string[];
}

/**
 * Records dialogs (dismissed at once), uncaught errors and console messages, and installs a
 * `securitypolicyviolation` listener before any page script runs.
 *
 * @example
 * const evidence = await watchPage(page);
 * // ... later: expect(evidence.dialogs).toEqual([]);
 */
export async function watchPage(page: Page): Promise<PageEvidence> {
  const evidence: PageEvidence = { dialogs: [], pageErrors: [], console: [] };
  page.on('dialog', (dialog) => {
    evidence.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => evidence.pageErrors.push(error.message));
  page.on('console', (message) => evidence.console.push(`${message.type()}: ${message.text()}`));
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e: any) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return evidence;
}

/**
 * @example
 * expect(await cspViolations(page)).toEqual([]);
 */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}
