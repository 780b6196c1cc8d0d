/**
 * The JSON formats we read, in the order detection tries them. Each `matches()` is strict enough
 * that no two claim the same file (the tests check every fixture against every parser); the order
 * only settles files built to look like two formats at once.
 */
import type { JsonFormatParser } from '../../types';
import { assemblyaiJson } from './assemblyai';
import { awsTranscribeJson } from './aws-transcribe';
import { deepgramJson } from './deepgram';
import { qmsumJson } from './qmsum';
import { transcriptJson } from './transcript-json';
import { whisperCppJson, whisperJson } from './whisper';

/**
 * Most specific first: our own Transcript (three required keys together), QMSum (its own key),
 * then the vendors keyed by `results`, then those keyed by `utterances`/`words`, and Whisper last,
 * since `segments` is the most generic key.
 *
 * @example
 * JSON_FORMATS.find((p) => p.matches({ meeting_transcripts: [] }))?.format // => 'qmsum-json'
 */
export const JSON_FORMATS: readonly JsonFormatParser[] = [transcriptJson, qmsumJson, awsTranscribeJson, deepgramJson, assemblyaiJson, whisperCppJson, whisperJson];
