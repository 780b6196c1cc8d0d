/**
 * Times one bench stage on one meeting size and prints the row as JSON: stage-timings.ts runs
 * this once per stage, so that every stage starts in a fresh process.
 *
 *   npx tsx test/bench/stage-child.ts 20000 'ALL analysers (incl. tokenise)' [--quick]
 */
import { CORPUS_DIR } from '../eval/corpus';
import { benchMeeting } from './meetings';
import { timeStage } from './stage-timings';

const [words, stage] = process.argv.slice(2);
if (!words || !stage) throw new Error('usage: stage-child.ts WORDS STAGE [--quick]');
const row = await timeStage(benchMeeting(Number(words), CORPUS_DIR), stage, {
  quick: process.argv.includes('--quick'),
});
console.log(JSON.stringify(row));
