/**
 * What a format parser returns before normalisation: cues as the source wrote them.
 * `normalize()` turns these into a Transcript (speaker ids, aliases merged, events, turns, warnings).
 */
import type { TranscriptFormat } from '../model/transcript';

/** One cue, segment or line of speech, as written in the source. */
export interface RawCue {
  /** The speaker label as written ("Andrew Knight", "spk_0", "Speaker 2"), or null when the cue has none. */
  speaker: string | null;
  startMs: number | null;
  endMs: number | null;
  /** Text with markup removed; non-speech markers such as [laughter] may still be in it. */
  text: string;
  /** 1-based source line where the cue starts, for line-based formats. */
  line: number | null;
}

export interface ParsedTranscript {
  format: TranscriptFormat;
  cues: RawCue[];
  /** Header metadata as written (WebVTT `Kind: captions`, JSON `metadata.duration`, ...). */
  metadata?: Record<string, string>;
  /** Blocks the parser could not use and skipped, with where and why (lenient formats only). */
  skipped?: Array<{ line: number | null; reason: string }>;
  /** Values read leniently where the meaning is plain (a WebVTT time `00:00:75.000`), with where and how. */
  lenient?: Array<{ line: number | null; reason: string }>;
  /** The parser knows the timings are synthetic or absent even if numbers exist. */
  timingsAreReal?: boolean;
}

/**
 * A text format (VTT, SRT, Otter, ...): `sniff` says how sure it is that the text is in this format,
 * `parse` reads it or throws a TranscriptError with a line number.
 */
export interface TextFormatParser {
  format: TranscriptFormat;
  /** Shown to users in "accepted formats" lists. */
  label: string;
  /** File extensions that hint at this format (lower case, without dot). */
  extensions: readonly string[];
  /** 0 = certainly not, 1 = certainly this format. Cheap: looks at the first lines only. */
  sniff(text: string): number;
  parse(text: string): ParsedTranscript;
}

/** A JSON format (Whisper, Deepgram, ...): recognised by the shape of the parsed value. */
export interface JsonFormatParser {
  format: TranscriptFormat;
  label: string;
  matches(json: unknown): boolean;
  parse(json: unknown): ParsedTranscript;
}
