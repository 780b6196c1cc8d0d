/**
 * The shipped command lines: `npm run analyse` and `npm run progress` run the esbuild bundles
 * (dist/cli/cli.js and dist/cli/cli-progress.js, built by `npm run build`, which `npm ci` runs as
 * `prepare`), not the TypeScript sources. This builds them with the package's own build command into a
 * temporary folder and checks that they answer exactly as the sources do, including the PDF renderers
 * they load only on demand, and that V8's code cache the build writes beside each bundle only ever
 * makes a start faster: a missing or damaged cache changes no answer and is written anew.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { npmScriptCommand } from './helpers/npm-script';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'cli-bundle-'));
const env = { ...process.env, ANTHROPIC_API_KEY: '', ANTHROPIC_BASE_URL: '' };

/** The build script from package.json, with its output folder moved to a temporary one. */
function buildCommand(): string[] {
  const { command, args } = npmScriptCommand('build');
  expect(command).toBe('tsx');
  return [...args, `--outdir=${out}`];
}

/** Node's options in an npm script (`node --v8-pool-size=1 dist/cli/cli.js` gives ['--v8-pool-size=1']). */
function nodeOptionsOf(script: string): string[] {
  const { command, nodeOptions } = npmScriptCommand(script);
  expect(command).toBe('node');
  return nodeOptions;
}

/** The analysis JSON without the one field that differs between two runs. */
async function analysisVia(argsBefore: string[], file: string): Promise<unknown> {
  const { stdout } = await run(process.execPath, [...argsBefore, file, '--json', '-', '--commentary', 'rules'], {
    cwd: ROOT,
    env,
  });
  const analysis = JSON.parse(stdout) as { meeting: { analysedAt?: string } };
  delete analysis.meeting.analysedAt;
  return analysis;
}

describe('the bundled command line', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    writeFileSync(join(out, 'chunk-FROM-AN-OLDER-BUILD.js'), 'export {};\n');
    await run(join(ROOT, 'node_modules/.bin/tsx'), buildCommand(), { cwd: ROOT });
  });

  it('builds into a clean folder and leaves a code cache beside each command line', () => {
    expect(existsSync(join(out, 'chunk-FROM-AN-OLDER-BUILD.js'))).toBe(false);
    for (const bundle of ['cli.cjs', 'cli-progress.cjs']) expect(existsSync(join(out, `${bundle}.cache`))).toBe(true);
  });

  // V8 refuses a cache compiled under other V8 flags, and the launcher then writes a new one on every such run:
  // the flags the launchers set (src/cli-launch/v8-flags.ts) must be the same in the build's run and the user's.
  it.each([
    ['analyse', 'cli.js', 'fixtures/webvtt/teams-review.vtt'],
    ['progress', 'cli-progress.js', 'fixtures/progress'],
  ])('keeps the code cache the build wrote when started as `npm run %s` starts it', async (script, launcher, input) => {
    const cache = join(out, launcher.replace(/\.js$/, '.cjs.cache'));
    const built = readFileSync(cache);
    await run(process.execPath, [...nodeOptionsOf(script), join(out, launcher), input, '--json', '-'], {
      cwd: ROOT,
      env,
    });
    expect(readFileSync(cache).equals(built)).toBe(true);
  });

  it.each([
    ['missing', () => rmSync(join(out, 'cli.cjs.cache'))],
    ['damaged', () => writeFileSync(join(out, 'cli.cjs.cache'), 'not a code cache')],
  ])('answers exactly as the sources do when the code cache is %s, and writes it anew', async (_, spoil) => {
    spoil();
    const file = 'fixtures/webvtt/teams-review.vtt';
    const [bundled, sources] = await Promise.all([
      analysisVia([join(out, 'cli.js')], file),
      analysisVia(['--import', 'tsx', 'src/cli.ts'], file),
    ]);
    expect(bundled).toEqual(sources);
    expect(readFileSync(join(out, 'cli.cjs.cache')).toString('latin1')).not.toBe('not a code cache');
  });

  it.each(['fixtures/webvtt/zoom-standup.vtt', 'fixtures/json/deepgram-utterances.json'])(
    'answers %s exactly as the sources do',
    async (file) => {
      const [bundled, sources] = await Promise.all([
        analysisVia([join(out, 'cli.js')], file),
        analysisVia(['--import', 'tsx', 'src/cli.ts'], file),
      ]);
      expect(bundled).toEqual(sources);
    },
  );

  it('answers the progress of the fixture series exactly as the sources do', async () => {
    const progressVia = async (argsBefore: string[]) => {
      const args = [...argsBefore, 'fixtures/progress', '--json', '-', '--commentary', 'rules'];
      return JSON.parse((await run(process.execPath, args, { cwd: ROOT, env })).stdout) as {
        series: { meetings: unknown[] };
      };
    };
    const [bundled, sources] = await Promise.all([
      progressVia([join(out, 'cli-progress.js')]),
      progressVia(['--import', 'tsx', 'src/cli-progress.ts']),
    ]);
    // fixtures/progress holds five meetings of one team (its README).
    expect(bundled.series.meetings).toHaveLength(5);
    expect(bundled).toEqual(sources);
  });

  it('writes a progress PDF through the renderer it loads on demand', async () => {
    const pdf = join(out, 'progress.pdf');
    await run(process.execPath, [join(out, 'cli-progress.js'), 'fixtures/progress', '--pdf', pdf], { cwd: ROOT, env });
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('writes a PDF through the renderer it loads on demand', async () => {
    const pdf = join(out, 'report.pdf');
    const { stdout } = await run(
      process.execPath,
      [join(out, 'cli.js'), 'fixtures/webvtt/zoom-standup.vtt', '--pdf', pdf],
      { cwd: ROOT, env },
    );
    expect(stdout).toContain(`report: ${pdf}`);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
