/**
 * `npm run bench`: medians after a warm-up, one table, also written as JSON to
 * test/bench/results/latest.json with the machine it ran on.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/parse/index';
import { CORPUS_DIR } from '../eval/corpus';
import { formatTable } from '../eval/report';
import { benchMeeting, type BenchMeeting } from './meetings';
import { measure } from './measure';

interface Row {
  stage: string;
  meeting: string;
  source: string;
  words: number;
  medianMs: number;
  wordsPerSecond: number;
  note?: string;
}

const SIZES = [1_000, 20_000, 200_000];

function stageRow(stage: string, m: BenchMeeting, fn: () => unknown, note?: string): Row {
  const runs = m.words >= 200_000 ? 5 : 11;
  const t = measure(fn, { runs, warmup: m.words >= 200_000 ? 1 : 3 });
  return { stage, meeting: m.name, source: m.source, words: m.words, medianMs: round(t.medianMs), wordsPerSecond: Math.round(m.words / (t.medianMs / 1000)), ...(note ? { note } : {}) };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

async function main(): Promise<void> {
  const meetings = SIZES.map((n) => benchMeeting(n, CORPUS_DIR));
  if (meetings[0]!.source === 'synthetic') console.log(`note: ../shared/corpus is absent (${CORPUS_DIR}); benchmarking synthetic meetings`);
  const rows: Row[] = [];
  for (const m of meetings) rows.push(stageRow('ingestion (VTT bytes -> Transcript)', m, () => ingest(m.vtt, { fileName: 'bench.vtt' })));

  const ratio = (stage: string) => {
    const at = (n: number) => rows.find((r) => r.stage === stage && r.words === n)?.medianMs;
    const a = at(20_000);
    const b = at(200_000);
    return a && b ? round(b / a) : null;
  };
  const stages = [...new Set(rows.map((r) => r.stage))];
  const table = formatTable({
    columns: ['stage', 'meeting', 'source', 'median ms', 'words/s'],
    rows: rows.map((r) => [r.stage, r.meeting, r.source, r.medianMs, r.wordsPerSecond.toLocaleString('en-US')]),
  });
  const ratios = formatTable({ columns: ['stage', '200k / 20k time (10 = linear)'], rows: stages.map((s) => [s, ratio(s)]) });
  const machine = `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  console.log(`machine: ${machine}\n\n${table}\n\n${ratios}`);

  const dir = join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, rows, ratios: Object.fromEntries(stages.map((s) => [s, ratio(s)])) }, null, 2)}\n`);
}

await main();
