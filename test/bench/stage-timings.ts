/**
 * In-process timings: each stage of our pipeline (ingestion, each analyser, rule-based commentary,
 * the PDF) and the peers on the same text, as medians after a warm-up, one row per stage and size.
 */
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
import type { Transcript } from '../../src/model/transcript';
import { ingest } from '../../src/parse/index';
import { alexFlags } from '../eval/alex-baseline';
import { naturalAfinn, vaderCompound } from '../eval/sentiment-baselines';
import type { BenchMeeting } from './meetings';
import { measure, measureAsync, type Timing } from './measure';
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

const FLOOR_LEXICON = new Map([['good', 1], ['bad', -1], ['great', 2], ['problem', -1]]);
/** The cheapest possible word scan: what any lexical analyser costs at least. */
function floor(text: string): number {
  let score = 0;
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}']+/gu)) score += FLOOR_LEXICON.get(m[0]) ?? 0;
  return score;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function toRow(stage: string, m: BenchMeeting, t: Timing, note?: string): StageRow {
  return { stage, meeting: m.name, source: m.source, words: m.words, medianMs: round(t.medianMs), wordsPerSecond: Math.round(m.words / (t.medianMs / 1000)), ...(note ? { note } : {}) };
}

/**
 * Times every stage and peer on one meeting. `quick` takes fewer runs (noisier medians).
 *
 * @example
 * const rows = await timeStages(benchMeeting(20_000, CORPUS_DIR), { quick: false, part: 'ours' });
 * rows.find((r) => r.stage === STAGE.allAnalysers)?.medianMs // e.g. 53.7
 */
export async function timeStages(m: BenchMeeting, { quick, part }: { quick: boolean; part: 'ours' | 'peers' }): Promise<StageRow[]> {
  const big = m.words >= 200_000;
  // Garbage collection lands on some runs and not others: many short runs after a real warm-up
  // give a median that means something (11 runs after 3 warm-ups swung by 2x between runs).
  const runs = quick ? (big ? 3 : 5) : big ? 5 : 31;
  const warmup = quick || big ? 1 : 8;
  const row = (stage: string, fn: () => unknown, note?: string) => toRow(stage, m, measure(fn, { runs, warmup }), note);

  const transcript = ingest(m.vtt, { fileName: 'bench.vtt' });
  if (part === 'peers') return timePeers(m, transcript, { quick, runs, warmup });
  const p = prepare(transcript);
  const tt = analyzeTurnTaking(p).result;
  const all = runAnalyzers(transcript);
  const rows: StageRow[] = [
    row('ingestion (VTT bytes -> Transcript)', () => ingest(m.vtt, { fileName: 'bench.vtt' })),
    row('tokenise (prepare)', () => prepare(transcript)),
    row('turn-taking', () => analyzeTurnTaking(p)),
    row('inclusivity', () => analyzeInclusivity(p, tt)),
    row('sentiment', () => analyzeSentiment(p)),
    row('listening', () => analyzeListening(p)),
    row(STAGE.allAnalysers, () => runAnalyzers(transcript)),
    row('rule-based commentary', () => rulesCommentary({ transcript, ...all })),
  ];
  const analysis = await analyzeTranscript(transcript, { commentary: 'rules', llm: { apiKey: null, model: '', baseURL: null, timeoutMs: 1, maxRetries: 0 }, now: new Date('2026-11-21T00:00:00Z') });
  rows.push(toRow(STAGE.pdf, m, await measureAsync(() => renderAnalysisPdf(analysis), { runs: big ? 3 : quick ? 5 : 9, warmup: 1 })));

  return rows;
}

/** Peers on the same text, in the same run. The slow ones only up to 20k words. */
function timePeers(m: BenchMeeting, transcript: Transcript, { quick, runs, warmup }: { quick: boolean; runs: number; warmup: number }): StageRow[] {
  const row = (stage: string, fn: () => unknown, note?: string) => toRow(stage, m, measure(fn, { runs, warmup }), note);
  const texts = transcript.utterances.map((u) => u.text);
  const whole = texts.join('\n');
  const rows: StageRow[] = [];
  rows.push(row('peer: floor (regex tokenizer + Map lookup)', () => floor(whole)));
  rows.push(row('peer: natural AFINN SentimentAnalyzer', () => texts.forEach(naturalAfinn)));
  if (m.words <= 20_000) {
    const slow = { runs: quick ? 3 : 7, warmup: 1 };
    rows.push(toRow(STAGE.vader, m, measure(() => texts.forEach(vaderCompound), { runs, warmup }), 'per utterance'));
    rows.push(toRow(STAGE.alex, m, measure(() => alexFlags(whole), slow)));
    rows.push(toRow('peer: compromise whole document', m, measure(() => nlp(whole).terms().length, slow)));
  }
  return rows;
}
