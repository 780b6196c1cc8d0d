/**
 * Bounds on every user-controlled size that drives work or output, in one place: the API's option
 * schema, the pipeline and the README's limits table read them from here.
 * Each was chosen well above what real meetings need and well below what makes work or output
 * grow out of proportion (issue 16: a 2 MB file name, 5,000 speakers).
 *
 * @example
 * INPUT_LIMITS.speakers // => 1000
 */
export const INPUT_LIMITS = {
  /** Meeting title, given or taken from the file name; longer ones are cut, with a warning. */
  titleChars: 200,
  /** An uploaded file's name (multipart or Content-Disposition); longer ones are cut, keeping the extension. */
  fileNameChars: 255,
  /** A speaker's or attendee's name; longer ones are cut, with a warning. */
  nameChars: 200,
  /**
   * Distinct speakers in one transcript (after aliases are merged). Parliamentary sittings, the
   * largest meetings in our corpus, have a few hundred; more is refused (422 too-many-speakers).
   */
  speakers: 1000,
  /** Attendees given with an upload; more is refused (400 from the API, 422 from the pipeline). */
  attendees: 500,
} as const;

/**
 * `text` cut to at most `max` characters (code points, so no surrogate pair is split), ending with
 * "…" when cut.
 *
 * @example
 * cutText('Quarterly planning', 9) // => { text: 'Quarterl…', cut: true }
 * cutText('Sync', 200)             // => { text: 'Sync', cut: false }
 */
export function cutText(text: string, max: number): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  let out = '';
  let count = 0;
  for (const ch of text) {
    if (count === max - 1) break;
    out += ch;
    count++;
  }
  return { text: `${out}…`, cut: true };
}
