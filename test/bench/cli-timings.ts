/**
 * The pipeline as a user runs it (issue 15): the built command line, started as `npm run analyse` starts it
 * (`node --v8-pool-size=1 dist/cli/cli.js`, read from package.json) but without npm, on a ~20k and a ~250k-word
 * meeting, each in fresh processes taken in turns. The difference of the two medians, per 20k words, is the
 * marginal cost of the whole pipeline (decode, detect, parse, normalise, analysers, rule-based commentary, JSON
 * written to a file) with Node's start-up cancelled out. Also what a user waits for, as the issue measures it: the
 * ~20k-word meeting and a two-line file through `npm run analyse` (the two-line file also run directly).
 * Timings are printed, never asserted in tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BenchMeeting } from './meetings';
import { COMMAND_LINE_V8_FLAGS } from '../../src/cli-launch/v8-flags';
import { npmScriptCommand } from '../helpers/npm-script';
import { timeVaderInChild, writeVaderTexts } from './vader-marginal';

const REPO = resolve(import.meta.dirname, '../..');
const CLI = join(REPO, 'dist/cli/cli.js');
/** What `npm run analyse` runs: node, its options and the launcher. */
const ANALYSE = npmScriptCommand('analyse');
/**
 * The command line's Node settings (the script's options and the V8 flags its launcher sets), for VADER's
 * cross-check: whether the settings, not the work, make the difference.
 */
const TUNED = [...ANALYSE.nodeOptions, ...COMMAND_LINE_V8_FLAGS.map((f) => f.flag)];
/** The reference meeting of every budget: a two-hour meeting is about 20,000 words. */
const PER_WORDS = 20_000;
const TWO_LINES = 'WEBVTT\n\n00:00.000 --> 00:02.000\n<v Ana>Shall we start?\n\n00:02.500 --> 00:04.000\n<v Ben>Yes.\n';

/** @example { smallWords: 20000, bigWords: 250000, smallMs: [...], bigMs: [...], marginalMsPer20k: 61.2, ... } */
export interface CliTimings {
  smallWords: number;
  bigWords: number;
  /** Wall time of each process, milliseconds. */
  smallMs: number[];
  bigMs: number[];
  /** (median big - median small) per 20k words. */
  marginalMsPer20k: number;
  /** The command timed, as package.json's `analyse` script writes it. */
  command: string;
  /** Median wall time of that command on a two-line file, and the same through `npm run analyse`. */
  startDirectMs: number;
  startNpmMs: number;
  /** Wall time of each `npm run analyse` on the ~20k-word meeting, and their median. */
  smallNpmMs: number[];
  meetingNpmMs: number;
  /** VADER's scoring loop over the same meetings' utterances, fresh processes in turns (vader-marginal.ts). */
  vaderSmallMs: number[];
  vaderBigMs: number[];
  /** (median big - median small) per 20k words, VADER alone: what the pipeline's marginal is set beside. */
  vaderMarginalMsPer20k: number;
  /** The same for VADER started with the command line's Node settings (TUNED): a cross-check, not the budget. */
  vaderTunedMarginalMsPer20k: number;
  vaderTunedSettings: string;
  processes: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Wall time of one process, which must succeed. */
function timeProcess(command: string, args: string[]): number {
  const started = performance.now();
  const run = spawnSync(command, args, { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return ms;
}

/**
 * Times the built command line; `npm run build` must have run (the bench builds it first).
 *
 * @example
 * const t = timeCliPipeline(benchMeeting(20_000, dir), benchMeeting(250_000, dir), 5);
 * t.marginalMsPer20k // e.g. 61.2
 */
export function timeCliPipeline(small: BenchMeeting, big: BenchMeeting, processes: number): CliTimings {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build`);
  const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'));
  try {
    const file = (name: string, bytes: Uint8Array | string) => {
      writeFileSync(join(dir, name), bytes);
      return join(dir, name);
    };
    const [smallFile, bigFile, tinyFile] = [
      file('small.vtt', small.vtt),
      file('big.vtt', big.vtt),
      file('two.vtt', TWO_LINES),
    ];
    const cliArgs = (input: string) => [input, '--json', join(dir, 'out.json'), '--commentary', 'rules'];
    /** The launcher as the npm script starts it, without npm; and through npm. */
    const runDirect = (input: string) => timeProcess(ANALYSE.command, [...ANALYSE.args, ...cliArgs(input)]);
    const runNpm = (input: string) => timeProcess('npm', ['run', '--silent', 'analyse', '--', ...cliArgs(input)]);
    const smallMs: number[] = [];
    const bigMs: number[] = [];
    const direct: number[] = [];
    const npm: number[] = [];
    const smallNpm: number[] = [];
    const [vaderSmallFile, vaderBigFile] = [join(dir, 'small-texts.json'), join(dir, 'big-texts.json')];
    writeVaderTexts(small, vaderSmallFile);
    writeVaderTexts(big, vaderBigFile);
    const vaderSmall: number[] = [];
    const vaderBig: number[] = [];
    const vaderTunedSmall: number[] = [];
    const vaderTunedBig: number[] = [];
    runDirect(smallFile); // warm the file cache, untimed
    for (let i = 0; i < processes; i++) {
      vaderSmall.push(timeVaderInChild(vaderSmallFile));
      vaderBig.push(timeVaderInChild(vaderBigFile));
      vaderTunedSmall.push(timeVaderInChild(vaderSmallFile, TUNED));
      vaderTunedBig.push(timeVaderInChild(vaderBigFile, TUNED));
      smallMs.push(runDirect(smallFile));
      bigMs.push(runDirect(bigFile));
      direct.push(runDirect(tinyFile));
      npm.push(runNpm(tinyFile));
      smallNpm.push(runNpm(smallFile));
    }
    return {
      command: ANALYSE.text,
      smallWords: small.words,
      bigWords: big.words,
      smallMs,
      bigMs,
      marginalMsPer20k: ((median(bigMs) - median(smallMs)) / (big.words - small.words)) * PER_WORDS,
      startDirectMs: median(direct),
      startNpmMs: median(npm),
      smallNpmMs: smallNpm,
      meetingNpmMs: median(smallNpm),
      vaderSmallMs: vaderSmall,
      vaderBigMs: vaderBig,
      vaderMarginalMsPer20k: ((median(vaderBig) - median(vaderSmall)) / (big.words - small.words)) * PER_WORDS,
      vaderTunedMarginalMsPer20k:
        ((median(vaderTunedBig) - median(vaderTunedSmall)) / (big.words - small.words)) * PER_WORDS,
      vaderTunedSettings: TUNED.join(' '),
      processes,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
