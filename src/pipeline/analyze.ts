/**
 * The pipeline shared by the API, the queue consumer and the CLI:
 * bytes -> Transcript -> analysers -> commentary -> Analysis.
 */
import { runAnalyzers } from '../../analyzers/index';
import { writeCommentary, type CommentaryMode } from '../commentary/index';
import type { CommentaryCache } from '../commentary/cache';
import type { LlmConfig } from '../commentary/config';
import type { Analysis } from '../../analyzers/analysis';
import type { Transcript } from '../model/transcript';
import { ingest, type FormatHints } from '../parse/index';
import { VERSION } from '../version';
import { assertPeopleWithinLimits, boundMeetingText, boundSpeakerNames } from './input-bounds';
import { attendeesInTranscript } from './transcript-attendees';
import { personKey } from '../model/person-keys';

export interface AnalyzeOptions {
  /** Shown on the report; defaults to the file name without extension. */
  title?: string;
  /** Everyone invited, spoken or not: silent invitees count in the equality measures. The transcript's own
   * `Attendees:` header is added to these. */
  attendees?: string[];
  commentary: CommentaryMode;
  llm: LlmConfig;
  cache?: CommentaryCache;
  /** Redact e-mails, phone and card numbers before anything goes to the LLM (default true). */
  redactPersonalData?: boolean;
  /** Fixed clock for reproducible output (tests); default now. */
  now?: Date;
}

/**
 * Reads, measures and comments on an uploaded transcript.
 *
 * @example
 * const analysis = await analyzeUpload(bytes, { fileName: 'standup.vtt' }, { commentary: 'rules', llm: llmConfigFromEnv({}) });
 * // analysis.transcript.format === 'webvtt'; analysis.commentary.source === 'rules'
 */
export async function analyzeUpload(bytes: Uint8Array, hints: FormatHints, options: AnalyzeOptions): Promise<Analysis> {
  const transcript = ingest(bytes, hints);
  return analyzeTranscript(transcript, { ...options, title: options.title ?? titleFromFileName(hints.fileName) });
}

/**
 * Measures and comments on a parsed transcript.
 *
 * @example
 * const analysis = await analyzeTranscript(transcript, { commentary: 'none', llm: llmConfigFromEnv({}) });
 */
export async function analyzeTranscript(parsed: Transcript, options: AnalyzeOptions): Promise<Analysis> {
  const invited = uniquePeople([...attendeesInTranscript(parsed), ...(options.attendees ?? [])]);
  // Sizes that drive work and output are bounded before any analyser runs (src/model/limits.ts).
  assertPeopleWithinLimits(parsed, invited);
  const transcript = boundSpeakerNames(parsed);
  const meeting = boundMeetingText(options.title, invited);
  const measured = { transcript, ...runAnalyzers(transcript, { attendees: meeting.attendees }) };
  const commentary = await writeCommentary(measured, {
    mode: options.commentary,
    llm: options.llm,
    cache: options.cache,
    redactPersonalData: options.redactPersonalData,
  });
  return {
    schemaVersion: 1,
    generator: { name: 'meeting-analyser', version: VERSION },
    meeting: {
      title: meeting.title ?? 'Meeting',
      analysedAt: (options.now ?? new Date()).toISOString(),
      attendees: meeting.attendees,
      warnings: meeting.warnings,
    },
    ...measured,
    commentary,
  };
}

/** Names in order, each person once ("Dr. Ana Lima" and "ana lima" are one person key). */
function uniquePeople(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = personKey(name) || name;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The default title: the file name without folder and extension, separators as spaces.
 *
 * @example
 * titleFromFileName('uploads/weekly_sync-2026.vtt') // => 'weekly sync 2026'
 */
export function titleFromFileName(fileName: string | undefined): string | undefined {
  if (!fileName) return undefined;
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]{1,8}$/i, '');
  return base.replace(/[_-]+/g, ' ').trim() || undefined;
}
