/**
 * The renderer uses only what Node and workerd both have (atob, DecompressionStream,
 * CompressionStream, pdf-lib): this file imports nothing from node:*, so it can run in the
 * `workers` vitest project as well (add it to BOTH_RUNTIMES in vitest.config.ts).
 */
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../reports/render-pdf';
import { handMadeInput, TITLE } from './helpers/hand-made-input';

describe('renderReport in this runtime', () => {
  it('renders a PDF that pdf-lib reads back, with its title and every page', async () => {
    const bytes = await renderReport(handMadeInput());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe(TITLE);
    expect(doc.getPageCount()).toBeGreaterThan(4);
  }, 30_000);

  it('renders the default (brief) appendix in fewer pages than the full one', async () => {
    const input = handMadeInput();
    const full = await PDFDocument.load(
      await renderReport({ ...input, options: { ...input.options, appendix: 'full' } }),
    );
    const brief = await PDFDocument.load(await renderReport(input));
    expect(brief.getPageCount()).toBeLessThan(full.getPageCount());
  }, 30_000);
});
