/**
 * The pipeline shared by the API, the queue consumer and the CLI: bytes -> Transcript -> Analysis.
 */
import type { Analysis } from '../model/analysis';
import type { Transcript } from '../model/transcript';
import { ingest, type FormatHints } from '../parse/index';
import { VERSION } from '../version';

/**
 * Analyses an already parsed transcript.
 *
 * @example
 * const analysis = analyzeTranscript(transcript);
 * // analysis.transcript === transcript; analysis.schemaVersion === 1
 */
export function analyzeTranscript(transcript: Transcript): Analysis {
  return { schemaVersion: 1, generator: { name: 'meeting-analyser', version: VERSION }, transcript };
}

/**
 * Reads and analyses an uploaded file.
 *
 * @example
 * const analysis = analyzeFile(bytes, { fileName: 'standup.vtt' });
 */
export function analyzeFile(bytes: Uint8Array, hints: FormatHints = {}): Analysis {
  return analyzeTranscript(ingest(bytes, hints));
}
