/**
 * Run in a child process by the benchmark: analyses a meeting of N words under a 128 MB old-space
 * limit (the Workers isolate's memory) and prints the heap statistics as JSON.
 *   node --max-old-space-size=128 --expose-gc --import tsx test/bench/heap-probe.ts 200000
 */
import { getHeapStatistics } from 'node:v8';
import { runAnalyzers } from '../../analyzers/index';
import { ingest } from '../../src/parse/index';
import { CORPUS_DIR } from '../eval/corpus';
import { benchMeeting } from './meetings';

const words = Number(process.argv[2] ?? 200_000);
const { vtt } = benchMeeting(words, CORPUS_DIR);
(globalThis as { gc?: () => void }).gc?.();
const before = getHeapStatistics().used_heap_size;
let peak = before;
const sample = () => {
  peak = Math.max(peak, getHeapStatistics().used_heap_size);
};
const transcript = ingest(vtt, { fileName: 'bench.vtt' });
sample();
const measurements = runAnalyzers(transcript);
sample();
const json = JSON.stringify({ transcript, ...measurements });
sample();
process.stdout.write(
  JSON.stringify({
    words,
    beforeMB: before / 2 ** 20,
    peakSampledMB: peak / 2 ** 20,
    analysisJsonMB: json.length / 2 ** 20,
    heapLimitMB: getHeapStatistics().heap_size_limit / 2 ** 20,
  }),
);
