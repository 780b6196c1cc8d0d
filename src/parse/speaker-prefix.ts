/**
 * `Name: text` is how Zoom VTT cues, SRT subtitles and plain-text transcripts name the speaker.
 * The rules below keep "Note: the budget" or "at 10:30 we start" from becoming speakers.
 */

/** Words that look like `Label:` but start ordinary sentences. */
const NOT_A_SPEAKER = new Set(['note', 'notes', 'http', 'https', 'ps', 'nb', 're', 'fyi', 'todo', 'action', 'update', 'example', 'warning', 'question', 'answer', 'summary', 'agenda', 'decision', 'q', 'a']);

/** A label is at most 6 words / 60 characters, starts with a letter or "(", and has no sentence punctuation. */
const LABEL = /^([\p{L}\p{M}(\[][\p{L}\p{M}\p{N}.'’\-_ ()\[\]&,/]{0,59}?)\s*:\s+(.*)$/u;

/**
 * Splits `Name: text` into speaker and text; returns null when the line has no speaker label.
 *
 * @example
 * splitSpeakerPrefix('Zoë Adams: Thanks, everyone.') // => { speaker: 'Zoë Adams', text: 'Thanks, everyone.' }
 * splitSpeakerPrefix('Note: this is not a speaker')   // => null
 * splitSpeakerPrefix('We start at 10:30 sharp')      // => null
 */
export function splitSpeakerPrefix(line: string): { speaker: string; text: string } | null {
  const m = LABEL.exec(line);
  if (!m) return null;
  const speaker = m[1]!.trim();
  const words = speaker.split(/\s+/);
  if (words.length > 6) return null;
  if (NOT_A_SPEAKER.has(speaker.toLowerCase())) return null;
  if (/[,]/.test(speaker) && words.length > 4) return null;
  return { speaker, text: m[2]!.trim() };
}
