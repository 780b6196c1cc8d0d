/**
 * The renderer's own text drawing is linear in string length, whatever the pipeline lets through
 * (it cuts titles and names to 200 characters, src/model/limits.ts, but the renderer must not
 * rely on that): once the page header truncated the title with a binary search on every page of a
 * report that grew with the title, and a 2 MB title held a Worker for 252 s. A ratio check, not a
 * timing: 8 times the title may take at most 20 times as long (a quadratic path takes ~64 times).
 */
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../reports/render-pdf';
import { makeTranscript } from '../helpers/make-transcript';
import { reportInputFor } from './helpers/report-input-for';

const transcript = makeTranscript([['Ana Lima', 'Shall we start?', 0, 2], ['Bo Chen', 'Yes, let us go.', 2.5, 4]]);

async function renderMs(title: string): Promise<number> {
  const started = performance.now();
  await renderReport(reportInputFor(transcript, title));
  return performance.now() - started;
}

describe('text drawing is linear in string length', () => {
  it('a title 8 times longer takes at most 20 times as long to render', async () => {
    await renderMs('warm-up');
    const small = Math.min(await renderMs('Review '.repeat(3_000)), await renderMs('Review '.repeat(3_000)));
    const large = Math.min(await renderMs('Review '.repeat(24_000)), await renderMs('Review '.repeat(24_000)));
    expect(large / small).toBeLessThanOrEqual(20);
  }, 180_000);
});
