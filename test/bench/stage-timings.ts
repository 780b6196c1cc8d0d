/**
 * In-process timings: each stage of our pipeline (ingestion, each analyser, rule-based commentary,
 * the PDF) and the peers on the same text, as medians after a warm-up, one row per stage and size.
 *
 * Every stage is timed in a fresh Node process (test/bench/stage-child.ts). Timed one after the
 * other in one process, a stage inherited the previous stages' heap and compiled code: V8 fell into
 * deoptimisation loops that depended on what had run before (`node --trace-deopt`), and the same
 * analyser measured 7 ms alone and 24 ms after ingestion and the others. A fresh process per stage
 * gives every stage, ours and the peers', the same start.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { runAnalyzers } from '../../analyzers/index';
import { analyzeInclusivity } from '../../analyzers/inclusivity/index';
import { analyzeListening } from '../../analyzers/listening/index';
import { prepare, type PreparedTranscript } from '../../analyzers/nlp/prepare';
import { analyzeSentiment } from '../../analyzers/sentiment/index';
import { analyzeTurnTaking } from '../../analyzers/turn-taking/index';
import { rulesCommentary } from '../../src/commentary/rules';
import { analyzeTranscript } from '../../src/pipeline/analyze';
import { renderAnalysisPdf } from '../../src/pipeline/report';
import { ingest } from '../../src/parse/index';
import type { BenchMeeting } from './meetings';
import { measure, measureAsync } from './measure';
import { STAGE } from './stage-names';

/** One stage (or peer) on one meeting. @example { stage: 'PDF report', meeting: '20k words', source: 'corpus', words: 20000, medianMs: 81.8, wordsPerSecond: 244392 } */
export interface StageRow {
  stage: string;
  meeting: string;
  source: string;
  words: number;
  medianMs: number;
  wordsPerSecond: number;
  note?: string;
}

/** What one stage runs, and how often. */
interface StageDefinition {
  stage: string;
  part: 'ours' | 'peers';
  /** Largest meeting it is timed on (the slow peers stop at 20k words). */
  maxWords: number;
  note?: string;
  /** Builds the timed function from the meeting, which will be called `calls` times; the set-up itself is not timed. */
  setUp: (m: BenchMeeting, calls: number) => (() => unknown) | Promise<() => unknown>;
  /** The timed function returns a promise, awaited inside the timing. */
  async?: boolean;
  /** Fewer runs for the slow ones. */
  slow?: boolean;
}

const FLOOR_LEXICON = new Map([
  ['good', 1],
  ['bad', -1],
  ['great', 2],
  ['problem', -1],
]);
/** The cheapest possible word scan: what any lexical analyser costs at least. */
function floor(text: string): number {
  let score = 0;
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}']+/gu)) score += FLOOR_LEXICON.get(m[0]) ?? 0;
  return score;
}

const transcriptOf = (m: BenchMeeting) => ingest(m.vtt, { fileName: 'bench.vtt' });
const textsOf = (m: BenchMeeting) => transcriptOf(m).utterances.map((u) => u.text);
const ALL_SIZES = Infinity;

/** A function that runs `analyse` on a new prepared transcript at each of its `calls` calls (prepared beforehand, untimed). */
function eachFresh(m: BenchMeeting, calls: number, analyse: (p: PreparedTranscript) => unknown): () => unknown {
  const transcript = transcriptOf(m);
  const prepared = Array.from({ length: calls }, () => prepare(transcript));
  let next = 0;
  return () => analyse(prepared[next++ % calls]!);
}

/** Every stage and peer, in report order. */
const STAGES: StageDefinition[] = [
  {
    stage: 'ingestion (VTT bytes -> Transcript)',
    part: 'ours',
    maxWords: ALL_SIZES,
    setUp: (m) => () => transcriptOf(m),
  },
  {
    stage: 'tokenise (prepare)',
    part: 'ours',
    maxWords: ALL_SIZES,
    setUp: (m) => {
      const t = transcriptOf(m);
      return () => prepare(t);
    },
  },
  // Each analyser gets a freshly tokenised transcript per call: inclusivity and listening cache work
  // on the prepared transcript (conversation context, questions), which a reused one would hand over.
  {
    stage: 'turn-taking',
    part: 'ours',
    maxWords: ALL_SIZES,
    setUp: (m, calls) => eachFresh(m, calls, (p) => analyzeTurnTaking(p)),
  },
  {
    stage: 'inclusivity',
    part: 'ours',
    maxWords: ALL_SIZES,
    setUp: (m, calls) => {
      const turnTaking = analyzeTurnTaking(prepare(transcriptOf(m))).result;
      return eachFresh(m, calls, (p) => analyzeInclusivity(p, turnTaking));
    },
  },
  {
    stage: 'sentiment',
    part: 'ours',
    maxWords: ALL_SIZES,
    setUp: (m, calls) => eachFresh(m, calls, (p) => analyzeSentiment(p)),
  },
  {
    stage: 'listening',
    part: 'ours',
    maxWords: ALL_SIZES,
    setUp: (m, calls) => eachFresh(m, calls, (p) => analyzeListening(p)),
  },
  {
    stage: STAGE.allAnalysers,
    part: 'ours',
    maxWords: ALL_SIZES,
    setUp: (m) => {
      const t = transcriptOf(m);
      return () => runAnalyzers(t);
    },
  },
  {
    stage: 'rule-based commentary',
    part: 'ours',
    maxWords: ALL_SIZES,
    setUp: (m) => {
      const transcript = transcriptOf(m);
      const measurements = runAnalyzers(transcript);
      return () => rulesCommentary({ transcript, ...measurements });
    },
  },
  {
    stage: STAGE.pdf,
    part: 'ours',
    maxWords: ALL_SIZES,
    slow: true,
    async: true,
    setUp: async (m) => {
      const analysis = await analyzeTranscript(transcriptOf(m), {
        commentary: 'rules',
        llm: { apiKey: null, model: '', baseURL: null, timeoutMs: 1, maxRetries: 0 },
        now: new Date('2026-11-21T00:00:00Z'),
      });
      return () => renderAnalysisPdf(analysis);
    },
  },
  {
    stage: 'peer: floor (regex tokenizer + Map lookup)',
    part: 'peers',
    maxWords: ALL_SIZES,
    setUp: (m) => {
      const whole = textsOf(m).join('\n');
      return () => floor(whole);
    },
  },
  // Peers are imported by their own stage only, so that no process carries another's heap.
  {
    stage: 'peer: natural AFINN SentimentAnalyzer',
    part: 'peers',
    maxWords: ALL_SIZES,
    setUp: async (m) => {
      const { naturalAfinn } = await import('../eval/sentiment-baselines');
      const texts = textsOf(m);
      return () => texts.forEach(naturalAfinn);
    },
  },
  {
    stage: STAGE.vader,
    part: 'peers',
    maxWords: 20_000,
    note: 'per utterance',
    setUp: async (m) => {
      const { vaderCompound } = await import('../eval/sentiment-baselines');
      const texts = textsOf(m);
      return () => texts.forEach(vaderCompound);
    },
  },
  {
    stage: STAGE.alex,
    part: 'peers',
    maxWords: 20_000,
    slow: true,
    setUp: async (m) => {
      const { alexFlags } = await import('../eval/alex-baseline');
      const whole = textsOf(m).join('\n');
      return () => alexFlags(whole);
    },
  },
  {
    stage: 'peer: compromise whole document',
    part: 'peers',
    maxWords: 20_000,
    slow: true,
    setUp: async (m) => {
      const nlp = (await import('compromise')).default;
      const whole = textsOf(m).join('\n');
      return () => nlp(whole).terms().length;
    },
  },
];

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * Times one stage on one meeting in this process: what stage-child.ts runs.
 *
 * @example
 * const row = await timeStage(benchMeeting(20_000, CORPUS_DIR), STAGE.allAnalysers, { quick: false }); // row.medianMs, e.g. 31.2
 */
export async function timeStage(m: BenchMeeting, stage: string, { quick }: { quick: boolean }): Promise<StageRow> {
  const definition = STAGES.find((s) => s.stage === stage);
  if (!definition) throw new Error(`no bench stage named "${stage}"; known: ${STAGES.map((s) => s.stage).join(', ')}`);
  const big = m.words >= 200_000;
  // Garbage collection lands on some runs and not others: many short runs after a real warm-up
  // give a median that means something (11 runs after 3 warm-ups swung by 2x between runs).
  const runs = quick ? (big ? 3 : 5) : definition.slow ? (big ? 3 : 9) : big ? 5 : 31;
  // Every process starts cold: even a quick run needs a few calls before V8 has optimised the code.
  const warmup = big || definition.slow ? 1 : quick ? 4 : 8;
  const timed = await definition.setUp(m, warmup + runs);
  const timing = definition.async
    ? await measureAsync(timed as () => Promise<unknown>, { runs, warmup })
    : measure(timed, { runs, warmup });
  const medianMs = round(timing.medianMs);
  return {
    stage,
    meeting: m.name,
    source: m.source,
    words: m.words,
    medianMs,
    wordsPerSecond: Math.round(m.words / (timing.medianMs / 1000)),
    ...(definition.note ? { note: definition.note } : {}),
  };
}

/** The rows the budget compares (ours against VADER and alex at 20k words): timed in 3 processes each. */
const BUDGET_ROWS: ReadonlySet<string> = new Set([STAGE.allAnalysers, STAGE.vader, STAGE.alex]);
const BUDGET_WORDS = 20_000;
const BUDGET_PROCESSES = 3;

/**
 * Times every stage and peer on every meeting, each in a fresh Node process: our stages for every
 * size, then the peers. The rows the budget compares run in 3 processes each, taken in turns
 * (ours, VADER, alex, ours, ...), and report the median of the 3 medians: the load on a shared
 * machine drifts over minutes, and in turns it weighs on both sides of a ratio alike.
 * `quick` takes fewer runs and one process per row (noisier medians).
 *
 * @example
 * const rows = timeAllStages([benchMeeting(20_000, CORPUS_DIR)], { quick: false, log: console.log });
 * rows.find((r) => r.stage === STAGE.allAnalysers)?.medianMs // e.g. 31.2
 */
export function timeAllStages(
  meetings: readonly BenchMeeting[],
  { quick, log }: { quick: boolean; log: (line: string) => void },
): StageRow[] {
  const jobs = (['ours', 'peers'] as const).flatMap((part) =>
    meetings.flatMap((m) =>
      STAGES.filter((s) => s.part === part && m.words <= s.maxWords).map((s) => ({
        words: m.words,
        meeting: m.name,
        stage: s.stage,
      })),
    ),
  );
  const repeated = quick ? [] : jobs.filter((j) => j.words === BUDGET_WORDS && BUDGET_ROWS.has(j.stage));
  const timings = new Map<(typeof jobs)[number], StageRow[]>();
  const rounds = [jobs, ...Array.from({ length: BUDGET_PROCESSES - 1 }, () => repeated)];
  rounds.forEach((round, r) => {
    for (const job of round) {
      log(`  ${job.stage} on ${job.meeting}${r > 0 ? ` (process ${r + 1} of ${BUDGET_PROCESSES})` : ''}`);
      timings.set(job, [...(timings.get(job) ?? []), timeInFreshProcess(job.words, job.stage, quick)]);
    }
  });
  return jobs.map((job) => medianRow(timings.get(job)!));
}

/**
 * One row from the same stage timed in several processes: the median of their medians.
 *
 * @example
 * medianRow([a, b, c]).note // => 'median of 3 processes: 45.4, 43.4, 39.9 ms'
 */
export function medianRow(rows: readonly StageRow[]): StageRow {
  if (rows.length === 1) return rows[0]!;
  const sorted = [...rows].sort((a, b) => a.medianMs - b.medianMs);
  const middle = sorted[Math.floor(sorted.length / 2)]!;
  const note = [middle.note, `median of ${rows.length} processes: ${rows.map((r) => r.medianMs).join(', ')} ms`]
    .filter(Boolean)
    .join('; ');
  return { ...middle, note };
}

function timeInFreshProcess(words: number, stage: string, quick: boolean): StageRow {
  const args = [
    '--import',
    'tsx',
    join(import.meta.dirname, 'stage-child.ts'),
    String(words),
    stage,
    ...(quick ? ['--quick'] : []),
  ];
  const out = execFileSync(process.execPath, args, {
    encoding: 'utf8',
    timeout: 300_000,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').at(-1)!) as StageRow;
}
