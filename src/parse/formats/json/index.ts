/**
 * The JSON formats we read, in the order detection tries them. Each `matches()` is strict enough
 * that no two claim the same file (the tests check every fixture against every parser); the order
 * only settles files built to look like two formats at once.
 */
import type { JsonFormatParser } from '../../types';
import { assemblyaiJson } from './assemblyai';
import { azureSpeechJson } from './azure-speech';
import { awsTranscribeJson } from './aws-transcribe';
import { deepgramJson } from './deepgram';
import { googleSttJson } from './google-stt';
import { ibmWatsonJson } from './ibm-watson';
import { qmsumJson } from './qmsum';
import { revJson } from './rev';
import { speechmaticsJson } from './speechmatics';
import { transcriptJson } from './transcript-json';
import { whisperCppJson, whisperJson } from './whisper';

/**
 * Most specific first: our own Transcript (three required keys together), QMSum (its own key),
 * then the vendors keyed by `results` (an object for AWS and Deepgram; an array of typed words for
 * Speechmatics, of alternatives for IBM, which has `speaker_labels`, and Google, which has not), then
 * those keyed by `utterances`/`words`, `monologues` (Rev) and `recognizedPhrases` (Azure), and Whisper
 * last, since `segments` is the most generic key.
 *
 * @example
 * JSON_FORMATS.find((p) => p.matches({ meeting_transcripts: [] }))?.format // => 'qmsum-json'
 */
export const JSON_FORMATS: readonly JsonFormatParser[] = [
  transcriptJson,
  qmsumJson,
  awsTranscribeJson,
  deepgramJson,
  speechmaticsJson,
  ibmWatsonJson,
  googleSttJson,
  assemblyaiJson,
  revJson,
  azureSpeechJson,
  whisperCppJson,
  whisperJson,
];
