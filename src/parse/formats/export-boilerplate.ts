/**
 * Lines that transcription tools add to their exports and nobody said: trailers, transcription
 * start/stop notices. Parsers drop them instead of attributing them to the last speaker.
 */

interface BoilerplateRule {
  pattern: RegExp;
  source: string;
}

/** Each pattern matches a whole trimmed line. */
const EXPORT_BOILERPLATE: readonly BoilerplateRule[] = [
  // "Transcribed by https://otter.ai"
  { pattern: /^transcribed by\s+https?:\/\/(?:www\.)?otter\.ai\/?$/i, source: 'Otter.ai text export trailer' },
  // "Zoë Adams started transcription" / "Zoë Adams stopped transcription"
  { pattern: /^.{1,80}? (?:started|stopped) transcription$/i, source: 'Microsoft Teams transcript notices' },
  // "This editable transcript was computer generated and might contain errors. People can also change the text after it was created."
  { pattern: /^this editable transcript was computer generated\b/i, source: 'Google Meet transcript trailer' },
  // "Meeting ended after 00:27:13 👋"
  { pattern: /^meeting ended after \d{1,2}:\d{2}:\d{2}\b/i, source: 'Google Meet transcript trailer' },
];

/**
 * True when a line is tool boilerplate rather than speech.
 *
 * @example
 * isExportBoilerplate('Transcribed by https://otter.ai') // => true
 * isExportBoilerplate('Zoë Adams stopped transcription') // => true
 * isExportBoilerplate('We stopped the transcription service last year.') // => false
 */
export function isExportBoilerplate(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length > 200) return false;
  return EXPORT_BOILERPLATE.some((rule) => rule.pattern.test(trimmed));
}
