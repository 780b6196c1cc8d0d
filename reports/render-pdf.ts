/**
 * The PDF coaching report: ReportInput -> PDF bytes. Pure (no file system, no network, no clock:
 * the date comes in), so the same function runs in the Worker, the CLI and the tests, and the same
 * input always gives the same bytes.
 */
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { DrawRecorder, finishPages } from './layout/canvas';
import { Flow } from './layout/flow';
import { meetingAxis } from './model/meeting-axis';
import { buildReportModel } from './model/build-model';
import type { ReportInput } from './report-input';
import { drawCoachingCards, drawMoreCoachingNotes } from './sections/coaching-cards';
import { drawCover } from './sections/cover';
import { drawInclusivity } from './sections/inclusivity';
import { drawMethodology, type MethodologyInfo } from './sections/methodology';
import { drawParticipation } from './sections/participation';
import { drawTimeline } from './sections/timeline';
import { drawSentiment } from './sections/sentiment';
import { finishFonts, reportFonts } from './text/embed-fonts';

export type { ReportInput } from './report-input';

/**
 * Printed at the foot of every page.
 *
 * @example
 * flow.finish(title, FOOTER_NOTE);
 */
export const FOOTER_NOTE =
  'Lexical analysis of a transcript · observations for reflection · not for employment decisions';

export interface RenderResult {
  bytes: Uint8Array;
  pages: number;
  /** Every box drawn, when asked for (tests check the geometry with it). */
  recorder: DrawRecorder | null;
}

/**
 * Renders the report.
 *
 * @example
 * const pdf = await renderReport({ analysis, commentary, options: { title: 'Weekly sync', generatedAt: new Date('2025-03-03T10:00:00Z') } });
 * // pdf is a Uint8Array starting with '%PDF-'
 */
export async function renderReport(input: ReportInput): Promise<Uint8Array> {
  return (await renderReportWithLayout(input)).bytes;
}

/**
 * Renders the report and optionally records the layout (test mode).
 *
 * @example
 * const { bytes, recorder } = await renderReportWithLayout(input, { record: true });
 * recorder!.boxes.every((b) => b.x >= 0) // => true
 */
export async function renderReportWithLayout(
  input: ReportInput,
  options: { record?: boolean; methodology?: Partial<MethodologyInfo> } = {},
): Promise<RenderResult> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = await reportFonts(doc);
  const model = buildReportModel(input, fonts.regular);
  const recorder = options.record ? new DrawRecorder() : null;
  const flow = new Flow(doc, fonts, recorder);
  const axis = meetingAxis(model);

  // What matters first: the cover, then each person's few items worth their attention; the detail after.
  drawCover(flow, model);
  drawCoachingCards(flow, model);
  drawParticipation(flow, model);
  drawTimeline(flow, model, axis);
  drawInclusivity(flow, model);
  drawSentiment(flow, model, axis);
  drawMoreCoachingNotes(flow, model);
  drawMethodology(flow, model, {
    schemaVersion: input.analysis.schemaVersion,
    appendix: input.options.appendix ?? 'brief',
    ...options.methodology,
  });
  flow.finish(model.title, FOOTER_NOTE);

  await finishPages(doc.context, flow.pages);
  await finishFonts(doc, fonts);
  setMetadata(
    doc,
    model.title,
    model.author,
    model.people.map((p) => p.name),
    input.options.generatedAt,
  );
  const bytes = await doc.save({ useObjectStreams: true });
  return { bytes, pages: flow.pages.length, recorder };
}

function setMetadata(doc: PDFDocument, title: string, author: string, names: string[], date: Date): void {
  // Metadata strings are UTF-16 in the PDF, so names need no font: keep them as written.
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setSubject('Meeting communication report: participation, turn-taking, inclusivity and tone, with evidence');
  doc.setAuthor(author);
  doc.setCreator('meeting-analyser (reports/render-pdf.ts)');
  doc.setProducer('pdf-lib');
  doc.setKeywords(['meeting', 'communication', 'coaching', ...names.slice(0, 20)]);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.catalog.set(PDFName.of('Lang'), PDFString.of('en'));
}
