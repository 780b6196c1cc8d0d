/**
 * How a kept transcript is served back: with a content type chosen from the format we detected,
 * never the one the uploader sent (which could be text/html or image/svg+xml, or not a valid header
 * value at all), and a file name with the format's extension.
 */
import type { TranscriptFormat } from '../model/transcript';
import { DOCX_CONTENT_TYPE } from './upload';

/** Every content type a kept transcript may be served with; anything else stored is served as bytes. */
const SERVABLE = new Set([
  'text/plain; charset=utf-8',
  'text/plain; charset=utf-16',
  'text/plain; charset=windows-1252',
  'application/json',
  DOCX_CONTENT_TYPE,
  'application/octet-stream',
]);

const EXTENSION: Record<TranscriptFormat, string> = {
  webvtt: 'vtt',
  srt: 'srt',
  sbv: 'sbv',
  'zoom-txt': 'txt',
  'otter-txt': 'txt',
  plain: 'txt',
  'teams-txt': 'txt',
  'diarized-txt': 'txt',
  // A CSV or a TSV: plain text either way, and a name that opens in any editor.
  table: 'txt',
  docx: 'docx',
  'whisper-json': 'json',
  'whisper-cpp-json': 'json',
  'deepgram-json': 'json',
  'assemblyai-json': 'json',
  'aws-transcribe-json': 'json',
  'qmsum-json': 'json',
  'transcript-json': 'json',
  'rev-json': 'json',
  'speechmatics-json': 'json',
  'google-stt-json': 'json',
  'azure-speech-json': 'json',
  'ibm-watson-json': 'json',
};

/**
 * The content type to store and serve a kept transcript with. Text keeps the charset it was
 * read in (a BOM marks UTF-16; bytes that are not UTF-8 were read as Windows-1252).
 *
 * @example
 * transcriptContentType('webvtt', utf8('WEBVTT\n...')) // => 'text/plain; charset=utf-8'
 * transcriptContentType('whisper-json', bytes)        // => 'application/json'
 * transcriptContentType('docx', bytes)                // => DOCX_CONTENT_TYPE
 */
export function transcriptContentType(format: TranscriptFormat, bytes: Uint8Array): string {
  if (format === 'docx') return DOCX_CONTENT_TYPE;
  if (EXTENSION[format] === 'json') return 'application/json';
  return `text/plain; charset=${textCharset(bytes)}`;
}

/**
 * The stored type if it is one we chose, else `application/octet-stream` (objects stored before
 * this rule kept the uploader's type).
 *
 * @example
 * servableContentType('text/html') // => 'application/octet-stream'
 * servableContentType('application/json') // => 'application/json'
 */
export function servableContentType(stored: string): string {
  return SERVABLE.has(stored) ? stored : 'application/octet-stream';
}

/**
 * The download's file name.
 *
 * @example
 * transcriptFileName('k3v9r2m7q1x8c4d0z6w5t2b9hn', 'webvtt') // => 'transcript-k3v9r2m7q1x8c4d0z6w5t2b9hn.vtt'
 * transcriptFileName('k3v9r2m7q1x8c4d0z6w5t2b9hn', null)     // => 'transcript-k3v9r2m7q1x8c4d0z6w5t2b9hn'
 */
export function transcriptFileName(id: string, format: string | null): string {
  const extension = format && format in EXTENSION ? EXTENSION[format as TranscriptFormat] : null;
  return extension ? `transcript-${id}.${extension}` : `transcript-${id}`;
}

function textCharset(bytes: Uint8Array): 'utf-8' | 'utf-16' | 'windows-1252' {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'utf-16';
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}
