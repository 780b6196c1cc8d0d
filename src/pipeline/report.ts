/**
 * The one place the service turns an Analysis into PDF bytes (reports/ does the drawing).
 */
import type { Analysis } from '../../analyzers/analysis';
import { renderReport } from '../../reports/render-pdf';

/**
 * Renders the PDF report of an analysis. Dated with the analysis time, so the same analysis
 * always gives the same bytes.
 *
 * @example
 * const pdf = await renderAnalysisPdf(analysis);
 * new TextDecoder().decode(pdf.slice(0, 5)) // => '%PDF-'
 */
export async function renderAnalysisPdf(analysis: Analysis): Promise<Uint8Array> {
  return renderReport({ analysis, options: { generatedAt: new Date(analysis.meeting.analysedAt) } });
}
