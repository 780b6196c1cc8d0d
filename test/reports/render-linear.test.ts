/**
 * The renderer's own text drawing is linear in string length, whatever the pipeline lets through
 * (it cuts titles and names to 200 characters, src/model/limits.ts, but the renderer must not
 * rely on that): once the page header truncated the title with a binary search on every page of a
 * report that grew with the title, and a 2 MB title held a Worker for 252 s.
 *
 * Work is counted, not timed: every character measured goes through FontFace.width, so the number
 * of calls is the renderer's text work, the same on any machine.
 */
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../reports/render-pdf';
import { FontFace } from '../../reports/text/report-font';
import { makeTranscript } from '../helpers/make-transcript';
import { reportInputFor } from './helpers/report-input-for';

const transcript = makeTranscript([
  ['Ana Lima', 'Shall we start?', 0, 2],
  ['Bo Chen', 'Yes, let us go.', 2.5, 4],
]);

/** Characters measured while rendering a report with this title (counted, not recorded: there may be millions). */
async function measuredCharacters(title: string): Promise<number> {
  const original = FontFace.prototype.width;
  let calls = 0;
  FontFace.prototype.width = function (this: FontFace, codePoint: number) {
    calls++;
    return original.call(this, codePoint);
  };
  try {
    await renderReport(reportInputFor(transcript, title));
  } finally {
    FontFace.prototype.width = original;
  }
  return calls;
}

describe('text drawing is linear in string length', () => {
  it('a title 8 times longer costs at most 10 times the measuring (a quadratic path: ~64 times)', async () => {
    await measuredCharacters('Warm-up'); // fills the wrap cache shared across reports
    const base = await measuredCharacters('Weekly sync');
    const small = (await measuredCharacters('Review '.repeat(3_000))) - base;
    const large = (await measuredCharacters('Review '.repeat(24_000))) - base;
    expect(small).toBeGreaterThan(21_000); // the title is measured at least once
    expect(large / small, `${small} and ${large} characters measured`).toBeLessThanOrEqual(10);
  }, 180_000);
});
