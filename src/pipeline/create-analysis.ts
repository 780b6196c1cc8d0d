/**
 * One upload to one stored analysis, shared by `POST /v1/analyses` and the queue consumer:
 * produce the analysis and its PDF, then store both (and the transcript if asked) under the
 * owner and id. When this returns, everything is stored; when it throws, nothing is.
 */
import { llmConfigFromEnv } from '../commentary/config';
import { defaultCommentaryMode } from '../commentary/index';
import type { ServiceConfig } from '../http/config';
import { analysisLinks } from '../http/links';
import { transcriptContentType } from '../http/transcript-download';
import type { UploadOptions } from '../http/upload-options';
import { AnalysisStore, type AnalysisMeta } from '../storage/analysis-store';
import { r2CommentaryCache } from '../storage/r2-commentary-cache';
import { expiryFrom } from '../storage/retention';
import { produceAnalysis } from './produce-analysis';
import type { Analysis } from '../../analyzers/analysis';
import { meetingDateOf } from '../progress/placement';
import { progressUnavailable, ProgressStore } from '../storage/progress-store';

/** @example await createAnalysis({ id: newId(), owner: owner.id, upload, options, env, bucket, config, now: () => new Date() }) */
export interface CreateAnalysisRequest {
  id: string;
  owner: string;
  upload: { bytes: Uint8Array; fileName: string | null; contentType: string };
  options: UploadOptions;
  env: Env;
  bucket: R2Bucket;
  config: ServiceConfig;
  now: () => Date;
  onStage?: (stage: 'analysing' | 'rendering' | 'storing') => Promise<void>;
  /** The async job making this analysis (recorded so that deleting either deletes both). */
  jobId?: string;
}

/**
 * Analyses, renders and stores; returns the stored metadata and the JSON served for it.
 *
 * @example
 * const { meta, json } = await createAnalysis({ id: newId(), owner: owner.id, upload, options, env, bucket, config, now: () => new Date() });
 * // JSON.parse(json).links.report === `/v1/analyses/${meta.id}/report.pdf`
 */
export async function createAnalysis(request: CreateAnalysisRequest): Promise<{ meta: AnalysisMeta; json: string }> {
  const { id, upload, options, config } = request;
  const cache = r2CommentaryCache(request.bucket, request.owner);
  const llm = llmConfigFromEnv(request.env as unknown as Record<string, unknown>);
  const { analysis, pdf } = await produceAnalysis({
    bytes: upload.bytes,
    hints: { fileName: upload.fileName ?? undefined, contentType: upload.contentType || undefined },
    title: options.title,
    attendees: options.attendees,
    commentary: options.commentary ?? defaultCommentaryMode(llm),
    llm,
    cache,
    maxWords: config.maxWords,
    now: request.now(),
    onStage: request.onStage,
  });
  await request.onStage?.('storing');

  const meta: AnalysisMeta = {
    id,
    title: analysis.meeting.title,
    createdAt: analysis.meeting.analysedAt,
    expiresAt: expiryFrom(new Date(analysis.meeting.analysedAt), config.retentionDays),
    hasTranscript: options.keepTranscript,
    commentaryCacheKey: cache.usedKey(),
    transcriptFormat: options.keepTranscript ? analysis.transcript.format : null,
    jobId: request.jobId ?? null,
  };
  // `id` first and `links` last around the analysis, as the API documents it.
  const json = JSON.stringify({ id, ...analysis, links: analysisLinks(id, options.keepTranscript) });
  // Stored with a type we choose from the detected format, never the uploader's (it is served back).
  const transcript = options.keepTranscript
    ? { bytes: upload.bytes, contentType: transcriptContentType(analysis.transcript.format, upload.bytes) }
    : null;
  const store = new AnalysisStore(request.bucket, request.owner, request.now);
  await store.save({ meta, json, pdf, transcript });
  await indexForProgress(request, analysis, store);
  return { meta, json };
}

/**
 * Indexes the stored analysis in D1 (series, people, numbers). If that fails the analysis is removed
 * again, so that an analysis exists only with its index: nothing half-written.
 */
async function indexForProgress(
  request: CreateAnalysisRequest,
  analysis: Analysis,
  store: AnalysisStore,
): Promise<void> {
  const db = (request.env as Partial<Env>).DB;
  if (!db) return; // a service without D1 still analyses; the progress routes say it is not configured
  const { date, dateSource } = meetingDateOf(analysis, {
    meetingDate: request.options.meetingDate,
    fileName: request.upload.fileName,
    now: request.now(),
  });
  try {
    await new ProgressStore(db, request.owner, request.now).indexMeeting(request.id, analysis, {
      seriesName: request.options.series ?? null,
      date,
      dateSource,
    });
  } catch (err) {
    console.error('progress: could not index an analysis:', err instanceof Error ? err.message : String(err));
    await store
      .delete(request.id)
      .catch(() => console.error('storage: could not remove an analysis whose index failed'));
    throw progressUnavailable('index the meeting for progress');
  }
}
