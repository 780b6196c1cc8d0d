/**
 * Small helpers the parser suites share. No Node APIs: these suites also run inside workerd.
 */
import { decodeText } from '../../src/parse/decode';
import { TranscriptError } from '../../src/parse/errors';

/**
 * A `?base64` fixture import as bytes.
 *
 * @example
 * bytesOf(btoa('WEBVTT')) // => Uint8Array [87, 69, 66, 86, 84, 84]
 */
export function bytesOf(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

/**
 * A `?base64` fixture import as text, decoded the way ingestion decodes it.
 *
 * @example
 * textOf(btoa('WEBVTT\r\n')) // => 'WEBVTT\n'
 */
export function textOf(base64: string): string {
  return decodeText(bytesOf(base64)).text;
}

/**
 * The TranscriptError a call throws; fails the test when it throws something else or nothing.
 *
 * @example
 * errorOf(() => srt.parse('garbage')).code // => 'malformed-timestamp'
 */
export function errorOf(run: () => unknown): TranscriptError {
  try {
    run();
  } catch (err) {
    if (err instanceof TranscriptError) return err;
    throw err;
  }
  throw new Error('expected a TranscriptError, nothing was thrown');
}

/**
 * How many raw cues each speaker label has (`null` for cues without one).
 *
 * @example
 * speakerCounts([{ speaker: 'Ana' }, { speaker: 'Ana' }, { speaker: null }]) // => { Ana: 2, null: 1 }
 */
export function speakerCounts(cues: ReadonlyArray<{ speaker: string | null }>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of cues) counts[String(c.speaker)] = (counts[String(c.speaker)] ?? 0) + 1;
  return counts;
}
