/**
 * The Transcript: what every parser produces and every analyser reads.
 *
 * One zod schema is the source of truth: the TypeScript types are inferred from it, the API
 * describes it, and our own Transcript JSON format is validated with it on the way back in.
 */
import * as z from 'zod';

/** Every transcript format we can read. The string is the `transcript.format` JSON contract. */
export const TRANSCRIPT_FORMATS = [
  'webvtt',
  'srt',
  'sbv',
  'zoom-txt',
  'otter-txt',
  'plain',
  'teams-txt',
  'diarized-txt',
  'docx',
  'whisper-json',
  'whisper-cpp-json',
  'deepgram-json',
  'assemblyai-json',
  'aws-transcribe-json',
  'rev-json',
  'speechmatics-json',
  'google-stt-json',
  'azure-speech-json',
  'ibm-watson-json',
  'table',
  'qmsum-json',
  'transcript-json',
] as const;

export const TranscriptFormat = z.enum(TRANSCRIPT_FORMATS);
export type TranscriptFormat = z.infer<typeof TranscriptFormat>;

export const Speaker = z.object({
  /** `s1`, `s2`, ... in order of first appearance. */
  id: z.string(),
  /** The display name, as the transcript wrote it the first time (or the longest clean variant). */
  name: z.string(),
  /** Other spellings merged into this person (case, spacing, titles, role suffixes). */
  aliases: z.array(z.string()),
  /** True for placeholder labels such as "Speaker 1", "spk_0" or "(??)": not a known person. */
  anonymous: z.boolean(),
});
export type Speaker = z.infer<typeof Speaker>;

export const Utterance = z.object({
  /** `u1`, `u2`, ... in transcript order after sorting by time. */
  id: z.string(),
  speakerId: z.string(),
  /** Milliseconds from the start of the recording; null when the source has no timings. */
  startMs: z.number().int().nonnegative().nullable(),
  endMs: z.number().int().nonnegative().nullable(),
  /** Spoken words only: markup, tags and non-speech events are removed. */
  text: z.string(),
  /** Index into `turns`: consecutive utterances of one speaker form one turn. */
  turn: z.number().int().nonnegative(),
  /** 1-based line in the source file where this utterance starts, when the source is line-based. */
  line: z.number().int().positive().nullable(),
  /**
   * Present (true) when the source gave only a start time (Otter, "[00:01:15] Name:" lines) and `endMs` was
   * estimated from the number of words and the next start: the end is no measurement, so no silence is
   * measured from it. Absent when the end is the source's own.
   */
  endEstimated: z.literal(true).optional(),
});
export type Utterance = z.infer<typeof Utterance>;

export const NonSpeechEvent = z.object({
  /** What kind of non-speech the marker stands for (see src/parse/events.ts for the vocabulary). */
  kind: z.enum([
    'laughter',
    'noise',
    'vocal-sound',
    'inaudible',
    'crosstalk',
    'music',
    'applause',
    'pause',
    'disfluency',
    'other',
  ]),
  /** Where in its utterance the marker stood: a disfluency marker at the `end` means the speaker broke off. */
  position: z.enum(['start', 'middle', 'end', 'alone']),
  /** The marker as written, e.g. `[laughter]`, `<noise>`, `(inaudible)`. */
  label: z.string(),
  /** The utterance it was found in (null when it stood alone as a cue). */
  utteranceId: z.string().nullable(),
  speakerId: z.string().nullable(),
  startMs: z.number().int().nonnegative().nullable(),
});
export type NonSpeechEvent = z.infer<typeof NonSpeechEvent>;

export const Turn = z.object({
  id: z.string(),
  speakerId: z.string(),
  utteranceIds: z.array(z.string()).min(1),
});
export type Turn = z.infer<typeof Turn>;

/** Machine-readable data-quality flags; `warnings` says the same in words. */
export const WARNING_CODES = [
  'no-timings',
  'single-speaker',
  'anonymous-speakers',
  'unattributed-cues',
  'overlapping-cues',
  'out-of-order-cues',
  'skipped-blocks',
  'estimated-end-times',
  'legacy-encoding',
  'lenient-timestamps',
  'names-shortened',
] as const;
export const WarningCode = z.enum(WARNING_CODES);
export type WarningCode = z.infer<typeof WarningCode>;

export const TranscriptIssue = z.object({
  code: WarningCode,
  message: z.string(),
  /** How many cues, speakers or lines the warning concerns. */
  count: z.number().int().nonnegative(),
});
export type TranscriptIssue = z.infer<typeof TranscriptIssue>;

export const Transcript = z.object({
  format: TranscriptFormat,
  /** How the bytes were read: utf-8, utf-16le, utf-16be, windows-1252, or docx (a Word document). */
  encoding: z.string(),
  /** True when utterances carry real start/end times from the source. */
  hasTimings: z.boolean(),
  /** End of the last utterance minus start of the first; null without timings. */
  durationMs: z.number().int().nonnegative().nullable(),
  speakers: z.array(Speaker),
  utterances: z.array(Utterance),
  turns: z.array(Turn),
  events: z.array(NonSpeechEvent),
  /** Header metadata from the source (WebVTT header lines, JSON metadata), as written. */
  metadata: z.record(z.string(), z.string()),
  /** What the transcript lacks, in plain words, so that analysers and reports can caveat their numbers. */
  warnings: z.array(z.string()),
  /** The same warnings, machine-readable. */
  issues: z.array(TranscriptIssue),
  /** Words in all utterances: whitespace-separated tokens that contain a letter or digit (an emoji alone is not a word). */
  wordCount: z.number().int().nonnegative(),
});
export type Transcript = z.infer<typeof Transcript>;
