/**
 * Work grows in proportion to the input in every dimension a user controls (issue 16): words per
 * utterance, utterances, speakers, name length, line length, attendees and title length. Each
 * dimension is measured at two sizes FACTOR apart, in a worker thread (helpers/isolated.ts), and
 * the time of the large input over the small one must stay within a generous multiple of FACTOR.
 *
 * These are ratio checks, not timings: a linear path gives about FACTOR (less, with the fixed cost
 * of a report), a quadratic one about FACTOR squared (64), which a busy machine cannot hide. The
 * analysis (parsing included) and the PDF are checked separately. Every run also has a deadline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormatHints } from '../../src/parse/index';
import { IsolatedRunner } from './helpers/isolated';
import { oneLineSpeakers, personName, utf8 } from './helpers/pathological-inputs';

/** Small and large inputs differ by this factor in the dimension under test. */
const FACTOR = 8;
/** Allowed: large / small <= FACTOR * SLACK. Linear is ~FACTOR or less; quadratic is ~FACTOR^2. */
const SLACK = 2.5;
/** A hang guard per run, not a budget. */
const DEADLINE_MS = 60_000;

const runner = new IsolatedRunner();
beforeAll(() => runner.warmUp(), 120_000);
afterAll(() => runner.close());

interface Input {
  bytes: Uint8Array;
  hints?: FormatHints;
  options?: { title?: string; attendees?: string[] };
}

const words = (n: number) =>
  Array.from({ length: n }, (_, i) => ['so', 'the', 'plan', 'works', 'for', 'us', 'today', 'then'][i % 8]).join(' ');
const plain = (lines: Array<[string, string]>) => utf8(lines.map(([who, text]) => `${who}: ${text}`).join('\n'));
const FOUR = ['Ana Lima', 'Bo Chen', 'Cleo Diaz', 'Dev Rao'];

/** Each dimension: how to build an input of size n, and the small size (the large one is FACTOR times it). */
const DIMENSIONS: Array<{ name: string; small: number; build: (n: number) => Input }> = [
  {
    name: 'words per utterance',
    small: 40,
    build: (n) => ({ bytes: plain(Array.from({ length: 100 }, (_, i) => [FOUR[i % 4]!, words(n)])) }),
  },
  {
    name: 'utterances',
    small: 400,
    build: (n) => ({ bytes: plain(Array.from({ length: n }, (_, i) => [FOUR[i % 4]!, `${words(7)} number ${i}?`])) }),
  },
  { name: 'speakers', small: 100, build: (n) => ({ bytes: utf8(oneLineSpeakers(n, '--')) }) },
  {
    name: 'name length',
    small: 20_000,
    build: (n) => ({
      bytes: utf8(
        JSON.stringify({
          segments: [
            { start: 0, end: 2, text: 'Shall we start?', speaker: 'N'.repeat(n) },
            { start: 2, end: 3, text: 'Yes, let us.', speaker: 'Bo' },
          ],
        }),
      ),
    }),
  },
  {
    name: 'line length (words in one line)',
    small: 30_000,
    build: (n) => ({
      bytes: plain([
        ['Ana Lima', 'Shall we start?'],
        ['Bo Chen', words(n)],
        ['Ana Lima', 'Thanks.'],
      ]),
    }),
  },
  {
    name: 'attendees',
    small: 60,
    build: (n) => ({
      bytes: plain([
        ['Ana Lima', 'Shall we start?'],
        ['Bo Chen', 'Yes.'],
      ]),
      options: { attendees: Array.from({ length: n }, (_, i) => `Invitee ${personName(i)}`) },
    }),
  },
  {
    name: 'title length',
    small: 20_000,
    build: (n) => ({
      bytes: plain([
        ['Ana Lima', 'Shall we start?'],
        ['Bo Chen', 'Yes.'],
      ]),
      options: { title: 'Review '.repeat(n / 7) },
    }),
  },
];

async function runOnce(input: Input): Promise<{ analysis: number; pdf: number }> {
  const result = await runner.run(input.bytes, input.hints ?? {}, 'pdf', DEADLINE_MS, input.options);
  if (result.outcome !== 'transcript')
    throw new Error(`expected an analysis, got ${JSON.stringify(result).slice(0, 300)}`);
  return { analysis: result.analysedMs!, pdf: result.elapsedMs! - result.analysedMs! };
}

/**
 * Times of the small and the large input: one warm-up run of the small one (the first run of a
 * new shape compiles code), then small and large in turns, keeping the faster of two runs each
 * (the slower one saw more of the machine's other work).
 */
async function measurePair(
  small: Input,
  large: Input,
): Promise<{ small: { analysis: number; pdf: number }; large: { analysis: number; pdf: number } }> {
  await runOnce(small);
  const runs = {
    small: [] as Array<{ analysis: number; pdf: number }>,
    large: [] as Array<{ analysis: number; pdf: number }>,
  };
  for (let round = 0; round < 2; round++) {
    runs.small.push(await runOnce(small));
    runs.large.push(await runOnce(large));
  }
  const fastest = (list: Array<{ analysis: number; pdf: number }>) => ({
    analysis: Math.min(...list.map((t) => t.analysis)),
    pdf: Math.min(...list.map((t) => t.pdf)),
  });
  return { small: fastest(runs.small), large: fastest(runs.large) };
}

describe(`time grows at most ~linearly: ${FACTOR}x the input takes at most ${FACTOR * SLACK}x the time`, () => {
  it.each(DIMENSIONS)(
    '$name',
    async ({ small, build }) => {
      const { small: a, large: b } = await measurePair(build(small), build(small * FACTOR));
      const ratios = { analysis: b.analysis / a.analysis, pdf: b.pdf / a.pdf };
      console.log(`scaling ${JSON.stringify({ small: a, large: b, ratios })}`);
      expect(ratios.analysis).toBeLessThanOrEqual(FACTOR * SLACK);
      expect(ratios.pdf).toBeLessThanOrEqual(FACTOR * SLACK);
    },
    4 * DEADLINE_MS,
  );
});
