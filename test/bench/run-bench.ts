/**
 * `npm run bench`: medians after a warm-up, one table, also written as JSON to
 * test/bench/results/latest.json with the machine it ran on.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import nlp from 'compromise';
import { runAnalyzers } from '../../analyzers/index';
import { analyzeInclusivity } from '../../analyzers/inclusivity';
import { analyzeListening } from '../../analyzers/listening';
import { prepare } from '../../analyzers/nlp/prepare';
import { analyzeSentiment } from '../../analyzers/sentiment';
import { analyzeTurnTaking } from '../../analyzers/turn-taking';
import { rulesCommentary } from '../../src/commentary/rules';
import { analyzeTranscript } from '../../src/pipeline/analyze';
import { renderAnalysisPdf } from '../../src/pipeline/report';
import { ingest } from '../../src/parse/index';
import { alexFlags } from '../eval/alex-baseline';
import { naturalAfinn, vaderCompound } from '../eval/sentiment-baselines';
import { CORPUS_DIR } from '../eval/corpus';
import { formatTable } from '../eval/report';
import { benchMeeting, type BenchMeeting } from './meetings';
import { measure, measureAsync } from './measure';

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

const FLOOR_LEXICON = new Map([['good', 1], ['bad', -1], ['great', 2], ['problem', -1]]);
/** The cheapest possible word scan: what any lexical analyser costs at least. */
function floor(text: string): number {
  let score = 0;
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}']+/gu)) score += FLOOR_LEXICON.get(m[0]) ?? 0;
  return score;
}

/** Analyses a 200k-word meeting in a child process limited to 128 MB of old space, as a Worker isolate is. */
function heapProbe(words: number): Record<string, unknown> {
  try {
    const out = execFileSync(process.execPath, ['--max-old-space-size=128', '--expose-gc', '--import', 'tsx', join(import.meta.dirname, 'heap-probe.ts'), String(words)], { encoding: 'utf8' });
    return { ...JSON.parse(out), completedUnder128MB: true };
  } catch (err) {
    return { words, completedUnder128MB: false, error: String((err as Error).message).slice(0, 200) };
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

async function main(): Promise<void> {
  const meetings = SIZES.map((n) => benchMeeting(n, CORPUS_DIR));
  if (meetings[0]!.source === 'synthetic') console.log(`note: ../shared/corpus is absent (${CORPUS_DIR}); benchmarking synthetic meetings`);
  const rows: Row[] = [];
  for (const m of meetings) {
    const transcript = ingest(m.vtt, { fileName: 'bench.vtt' });
    const p = prepare(transcript);
    const tt = analyzeTurnTaking(p).result;
    const all = runAnalyzers(transcript);
    rows.push(stageRow('ingestion (VTT bytes -> Transcript)', m, () => ingest(m.vtt, { fileName: 'bench.vtt' })));
    rows.push(stageRow('tokenise (prepare)', m, () => prepare(transcript)));
    rows.push(stageRow('turn-taking', m, () => analyzeTurnTaking(p)));
    rows.push(stageRow('inclusivity', m, () => analyzeInclusivity(p, tt)));
    rows.push(stageRow('sentiment', m, () => analyzeSentiment(p)));
    rows.push(stageRow('listening', m, () => analyzeListening(p)));
    rows.push(stageRow('ALL analysers (incl. tokenise)', m, () => runAnalyzers(transcript)));
    rows.push(stageRow('rule-based commentary', m, () => rulesCommentary({ transcript, ...all })));
    const analysis = await analyzeTranscript(transcript, { commentary: 'rules', llm: { apiKey: null, model: '', baseURL: null, timeoutMs: 1, maxRetries: 0 }, now: new Date('2026-11-21T00:00:00Z') });
    const pdf = await measureAsync(() => renderAnalysisPdf(analysis), { runs: m.words >= 200_000 ? 3 : 9, warmup: 1 });
    rows.push({ stage: 'PDF report', meeting: m.name, source: m.source, words: m.words, medianMs: round(pdf.medianMs), wordsPerSecond: Math.round(m.words / (pdf.medianMs / 1000)) });

    // Peers on the same text, in the same run. Slow peers only up to 20k words.
    const texts = transcript.utterances.map((u) => u.text);
    const whole = texts.join('\n');
    rows.push(stageRow('peer: floor (regex tokenizer + Map lookup)', m, () => floor(whole)));
    rows.push(stageRow('peer: natural AFINN SentimentAnalyzer', m, () => texts.forEach(naturalAfinn)));
    if (m.words <= 20_000) {
      rows.push(stageRow('peer: vader-sentiment', m, () => texts.forEach(vaderCompound), 'per utterance'));
      rows.push(stageRow('peer: alex (retext-equality)', m, () => alexFlags(whole)));
      rows.push(stageRow('peer: compromise whole document', m, () => nlp(whole).terms().length));
    }
  }
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
  const at20k = (stage: string) => rows.find((r) => r.stage === stage && r.words === 20_000)?.medianMs ?? null;
  const ours = at20k('ALL analysers (incl. tokenise)');
  const peerRatios = formatTable({
    columns: ['peer at 20k words', 'median ms', 'peer / all our analysers'],
    rows: rows.filter((r) => r.stage.startsWith('peer:') && r.words === 20_000).map((r) => [r.stage.slice(6), r.medianMs, ours ? round(r.medianMs / ours) : null]),
  });
  const heap = heapProbe(200_000);
  console.log(`machine: ${machine}\n\n${table}\n\n${ratios}\n\n${peerRatios}\n\nheap, 200k-word analysis in a 128 MB isolate-sized heap: ${JSON.stringify(heap)}`);

  const dir = join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, rows, ratios: Object.fromEntries(stages.map((s) => [s, ratio(s)])), heap }, null, 2)}\n`);
  writeFileSync(join(dir, 'latest.txt'), `machine: ${machine}\n\n${table}\n\n${ratios}\n\n${peerRatios}\n\nheap: ${JSON.stringify(heap)}\n`);
}

await main();
