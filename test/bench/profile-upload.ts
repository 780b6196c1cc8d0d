/**
 * Where the time of one synchronous upload goes, in Node: the steps `POST /v1/analyses` runs
 * (src/pipeline/create-analysis.ts), each timed on its own, on the bench's 20k-word meeting.
 * Not part of `npm run bench`; run it when the service misses its budget, optionally under the
 * V8 profiler, and summarise the profile with cpu-profile-summary.ts:
 *
 *   npx tsx test/bench/profile-upload.ts [rules|none] [runs]
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx test/bench/profile-upload.ts rules 30
 *   npx tsx test/bench/cpu-profile-summary.ts /tmp/prof/*.cpuprofile
 *
 * What it cannot show: the HTTP round trip, reading the upload, and the R2 writes in workerd;
 * the service's p50 minus this total is their share.
 */
import { runAnalyzers } from '../../analyzers/index';
import { writeCommentary } from '../../src/commentary/index';
import { llmConfigFromEnv } from '../../src/commentary/config';
import { ingest } from '../../src/parse/index';
import { renderAnalysisPdf } from '../../src/pipeline/report';
import { assertWithinWordLimit } from '../../src/pipeline/word-limit';
import { CORPUS_DIR } from '../eval/corpus';
import { formatTable } from '../eval/report';
import { benchMeeting } from './meetings';

const mode = process.argv[2] === 'none' ? 'none' : 'rules';
const runs = Number(process.argv[3] ?? 15);
const { vtt } = benchMeeting(20_000, CORPUS_DIR);
const hints = { fileName: 'bench.vtt', contentType: 'text/vtt' };
const llm = llmConfigFromEnv({});

const steps = [
  'ingest (parse + normalise)',
  'word limit check',
  'analysers',
  'commentary',
  'PDF',
  'JSON.stringify',
  'total',
] as const;
const times: Record<(typeof steps)[number], number[]> = Object.fromEntries(steps.map((s) => [s, []])) as never;

async function once(): Promise<void> {
  const lap = (() => {
    let t = performance.now();
    return (): number => {
      const now = performance.now();
      const d = now - t;
      t = now;
      return d;
    };
  })();
  const start = performance.now();
  const transcript = ingest(vtt, hints);
  times['ingest (parse + normalise)'].push(lap());
  assertWithinWordLimit(transcript, 300_000);
  times['word limit check'].push(lap());
  const measured = { transcript, ...runAnalyzers(transcript, { attendees: [] }) };
  times.analysers.push(lap());
  const commentary = await writeCommentary(measured, { mode, llm });
  times.commentary.push(lap());
  const analysis = {
    schemaVersion: 1 as const,
    generator: { name: 'meeting-analyser', version: 'bench' },
    meeting: { title: 'bench', analysedAt: new Date().toISOString(), attendees: [] },
    ...measured,
    commentary,
  };
  const pdf = await renderAnalysisPdf(analysis);
  times.PDF.push(lap());
  const json = JSON.stringify({ id: 'bench', ...analysis, links: {} });
  times['JSON.stringify'].push(lap());
  times.total.push(performance.now() - start);
  if (pdf.length === 0 || json.length === 0) throw new Error('empty output');
}

for (let i = 0; i < 3; i++) await once(); // warm-up, then forget it
for (const s of steps) times[s].length = 0;
for (let i = 0; i < runs; i++) await once();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const total = median(times.total);
console.log(`one 20k-word upload, commentary=${mode}, in Node, median of ${runs} after 3 warm-ups\n`);
console.log(
  formatTable({
    columns: ['step', 'median ms', 'share of total'],
    rows: steps.map((s) => [
      s,
      Math.round(median(times[s]) * 10) / 10,
      s === 'total' ? null : `${Math.round((median(times[s]) / total) * 100)}%`,
    ]),
  }),
);
