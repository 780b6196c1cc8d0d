/**
 * The browser suite finds chromium the way `.ci/run` does (`command -v chromium`, then
 * /usr/bin/chromium), so that CI never installs a browser the suite then cannot see.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium } from './helpers/browser';

const root = mkdtempSync(join(tmpdir(), 'find-chromium-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A directory holding a file named `chromium`, executable or not. */
function binDir(name: string, executable: boolean): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'chromium'), '#!/bin/sh\n');
  chmodSync(join(dir, 'chromium'), executable ? 0o755 : 0o644);
  return dir;
}

describe('findChromium', () => {
  it('takes the first executable chromium on the PATH, as `command -v` does', () => {
    const first = binDir('first', true);
    const second = binDir('second', true);
    expect(findChromium(`${first}:${second}`)).toBe(join(first, 'chromium'));
  });

  it('passes over a chromium that is not executable, and directories named chromium', () => {
    const notExecutable = binDir('plain', false);
    const withDirectory = join(root, 'dir');
    mkdirSync(join(withDirectory, 'chromium'), { recursive: true });
    const good = binDir('good', true);
    expect(findChromium(`${notExecutable}:${withDirectory}:${good}`)).toBe(join(good, 'chromium'));
  });

  it('falls back to /usr/bin/chromium, or null, when the PATH has none', () => {
    const empty = join(root, 'empty');
    mkdirSync(empty, { recursive: true });
    expect(findChromium(empty)).toBe(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : null);
  });
});
