/**
 * Upload to finished analysis, shared by the synchronous route and the queue consumer: parse once,
 * the length limit on that transcript, the pipeline (analyzeTranscript), then the PDF. Storage is the
 * caller's business.
 */
import type { CommentaryCache } from '../commentary/cache';
import type { CommentaryMode } from '../commentary/index';
import type { LlmConfig } from '../commentary/config';
import type { Analysis } from '../../analyzers/analysis';
import { ingest, type FormatHints } from '../parse/index';
import { analyzeTranscript, titleFromFileName } from './analyze';
import { renderAnalysisPdf } from './report';
import { assertWithinWordLimit } from './word-limit';

/** @example await produceAnalysis({ bytes, hints: {}, attendees: [], commentary: 'none', llm, maxWords: 300_000, now: new Date() }) */
export interface ProduceRequest {
  bytes: Uint8Array;
  hints: FormatHints;
  title?: string;
  attendees: string[];
  commentary: CommentaryMode;
  llm: LlmConfig;
  cache?: CommentaryCache;
  maxWords: number;
  now: Date;
  /** Called as work moves on, for an async job's progress. */
  onStage?: (stage: 'analysing' | 'rendering') => Promise<void>;
}

/**
 * Analyses an upload and renders its report.
 *
 * @example
 * const { analysis, pdf } = await produceAnalysis({ bytes, hints: { fileName: 'standup.vtt' }, attendees: [], commentary: 'rules', llm, maxWords: 300_000, now: new Date() });
 */
export async function produceAnalysis(request: ProduceRequest): Promise<{ analysis: Analysis; pdf: Uint8Array }> {
  const transcript = ingest(request.bytes, request.hints);
  assertWithinWordLimit(transcript, request.maxWords);
  await request.onStage?.('analysing');
  const analysis = await analyzeTranscript(transcript, {
    title: request.title ?? titleFromFileName(request.hints.fileName),
    attendees: request.attendees,
    commentary: request.commentary,
    llm: request.llm,
    cache: request.cache,
    now: request.now,
  });
  await request.onStage?.('rendering');
  const pdf = await renderAnalysisPdf(analysis);
  return { analysis, pdf };
}
