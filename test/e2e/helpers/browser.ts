/**
 * Headless Chromium (Debian's `chromium`) driven by playwright-core, plus a recorder for
 * anything that would show a script ran: dialogs, page errors, console output, CSP violations.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

// Globals of the browser page, for the init script (serialised and run there). The project
// compiles without the DOM lib: typed loosely here.
declare const window: any, document: any;

/** Where Debian puts it, looked at when `chromium` is not on the PATH. */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The browser, found the way `.ci/run` decides whether to install it: `command -v chromium` (the
 * PATH, in order), then /usr/bin/chromium. Null when neither is an executable file.
 *
 * @example
 * findChromium('/opt/bin:/usr/bin') // => '/usr/bin/chromium' on Debian with chromium installed
 */
export function findChromium(path: string | undefined = process.env['PATH']): string | null {
  const onPath = (path ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '')
    .map((dir) => join(dir, 'chromium'));
  return [...onPath, DEBIAN_CHROMIUM].find(isExecutableFile) ?? null;
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The browser the suite runs, or null (the suite then skips and says why). */
export const CHROMIUM_PATH = findChromium();

/** True when the browser is installed (CI installs it: `.ci/run`). */
export const hasChromium = CHROMIUM_PATH !== null;

/** The one line a run without the browser prints. */
export const CHROMIUM_MISSING =
  'chromium is neither on the PATH nor at /usr/bin/chromium (apt-get install -y chromium; .ci/run installs it)';

/**
 * @example
 * const browser = await launchChromium();
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH ?? DEBIAN_CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
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
    document.addEventListener('securitypolicyviolation', (e: any) =>
      w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
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
