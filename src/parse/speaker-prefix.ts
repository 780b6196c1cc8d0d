/**
 * `Name: text` is how Zoom VTT cues, SRT subtitles and plain-text transcripts name the speaker.
 * The rules below keep "Note: the budget" or "at 10:30 we start" from becoming speakers.
 */
import { isWhiteSpace } from '../model/white-space';

/** Words that look like `Label:` but start ordinary sentences. */
const NOT_A_SPEAKER = new Set([
  'note',
  'notes',
  'http',
  'https',
  'ps',
  'nb',
  're',
  'fyi',
  'todo',
  'action',
  'update',
  'example',
  'warning',
  'question',
  'answer',
  'summary',
  'agenda',
  'decision',
  'q',
  'a',
]);

/** A label: at most 60 characters, starts with a letter or a bracket, no sentence punctuation. */
const LABEL = /^[\p{L}\p{M}([][\p{L}\p{M}\p{N}.'’\-_ ()[\]&,/]{0,59}$/u;

/**
 * Splits `Name: text` into speaker and text; returns null when the line has no speaker label.
 *
 * @example
 * splitSpeakerPrefix('Zoë Adams: Thanks, everyone.') // => { speaker: 'Zoë Adams', text: 'Thanks, everyone.' }
 * splitSpeakerPrefix('Note: this is not a speaker')   // => null
 * splitSpeakerPrefix('We start at 10:30 sharp')      // => null
 */
export function splitSpeakerPrefix(line: string): { speaker: string; text: string } | null {
  // Look for the colon in the first 64 characters only: linear on any line, however long.
  const colon = line.indexOf(':');
  if (colon < 1 || colon > 64) return null;
  const after = line.charCodeAt(colon + 1);
  if (!(after === 0x20 || after === 0x09)) return null;
  const speaker = speakerOfLabel(line.slice(0, colon));
  if (speaker === null) return null;
  // `line.slice(colon + 1).trim()`, with one slice rather than two: once per labelled line.
  let start = colon + 1;
  while (start < line.length && isWhiteSpace(line.charCodeAt(start))) start++;
  return { speaker, text: line.slice(start).trimEnd() };
}

/**
 * The labels already judged, with their verdict: a meeting repeats a few dozen labels on thousands of
 * lines, and the label pattern and word split were a tenth of reading a WebVTT file. Emptied when full,
 * so that a file of a million different labels cannot grow it without end.
 */
const JUDGED_LABELS = new Map<string, string | null>();
const JUDGED_LABELS_MAX = 4096;

/** The speaker a label before a colon names, or null when it is no speaker label. */
function speakerOfLabel(label: string): string | null {
  const judged = JUDGED_LABELS.get(label);
  if (judged !== undefined) return judged;
  const speaker = judgeLabel(label.trim());
  if (JUDGED_LABELS.size >= JUDGED_LABELS_MAX) JUDGED_LABELS.clear();
  JUDGED_LABELS.set(label, speaker);
  return speaker;
}

function judgeLabel(speaker: string): string | null {
  if (!LABEL.test(speaker)) return null;
  const words = speaker.split(/\s+/);
  if (words.length > 6) return null;
  if (NOT_A_SPEAKER.has(speaker.toLowerCase())) return null;
  if (/[,]/.test(speaker) && words.length > 4) return null;
  return speaker;
}
