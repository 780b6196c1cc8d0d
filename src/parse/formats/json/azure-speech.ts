/**
 * Azure AI Speech batch transcription result (the `contenturl_0.json` of a transcription):
 * `{ source, durationInTicks, combinedRecognizedPhrases, recognizedPhrases: [{ recognitionStatus: "Success",
 * channel: 0, speaker: 1, offsetInTicks: 700000, durationInTicks: 15900000, offset: "PT0.07S",
 * nBest: [{ lexical, itn, display, words }] }] }`.
 * A tick is 100 ns. Newer API versions also write `offsetMilliseconds`/`durationMilliseconds`.
 * Each recognised phrase is one cue (Azure's own segmentation), read from the best (`nBest[0]`)
 * hypothesis: `display` (punctuated, cased) when present, else `lexical`.
 */
import type { JsonFormatParser, RawCue } from '../../types';
import {
  boundedMs,
  checkSpan,
  field,
  invalidAt,
  isObject,
  metadataFrom,
  optionalArray,
  optionalString,
  pathTo,
  requireArray,
  requireObject,
  speakerAt,
  type JsonObject,
} from './json-fields';

/** 100-nanosecond ticks per millisecond. */
const TICKS_PER_MS = 10_000;

/**
 * Azure Speech batch transcription JSON.
 *
 * @example
 * azureSpeechJson.parse({ recognizedPhrases: [{ speaker: 1, offsetInTicks: 5000000, durationInTicks: 12000000,
 *   nBest: [{ lexical: 'hello there', display: 'Hello there.' }] }] }).cues
 * // => [{ speaker: 'Speaker 1', startMs: 500, endMs: 1700, text: 'Hello there.', line: null }]
 */
export const azureSpeechJson: JsonFormatParser = {
  format: 'azure-speech-json',
  label: 'Azure AI Speech batch transcription JSON',
  matches(json) {
    return isObject(json) && Array.isArray(field(json, 'recognizedPhrases'));
  },
  parse(json) {
    const root = requireObject(json, 'the Azure Speech JSON');
    const phrases = requireArray(field(root, 'recognizedPhrases'), 'recognizedPhrases').map((p, i) =>
      requireObject(p, pathTo('recognizedPhrases', i)),
    );
    // Stereo call recordings are often transcribed per channel without diarisation: then the channel is the person.
    const channels = new Set(phrases.map((p) => field(p, 'channel')));
    const byChannel =
      channels.size > 1 && phrases.every((p) => field(p, 'speaker') === undefined || field(p, 'speaker') === null);
    const cues = phrases
      .map((p, i) => phraseCue(p, pathTo('recognizedPhrases', i), byChannel))
      .filter((c): c is RawCue => c !== null);
    const metadata = metadataFrom([
      ['source', field(root, 'source')],
      ['duration', field(root, 'duration')],
    ]);
    return { format: 'azure-speech-json', cues: cues.filter((c) => c.text !== ''), metadata };
  },
};

function phraseCue(phrase: JsonObject, path: string, byChannel: boolean): RawCue | null {
  const status = field(phrase, 'recognitionStatus');
  // Failed phrases ("NoMatch", "InitialSilenceTimeout") carry no words.
  if (typeof status === 'string' && status !== 'Success') return null;
  const nBestPath = pathTo(path, 'nBest');
  const nBest = optionalArray(field(phrase, 'nBest'), nBestPath) ?? [];
  if (nBest.length === 0) return null;
  const bestPath = pathTo(nBestPath, 0);
  const best = requireObject(nBest[0], bestPath);
  const text =
    optionalString(field(best, 'display'), pathTo(bestPath, 'display')) ??
    optionalString(field(best, 'lexical'), pathTo(bestPath, 'lexical')) ??
    '';
  let { startMs, endMs } = timesOf(phrase, path);
  if (startMs === null) ({ startMs, endMs } = wordSpan(best, pathTo(bestPath, 'words')));
  const channel = field(phrase, 'channel');
  const speaker =
    byChannel && typeof channel === 'number'
      ? `Channel ${channel}`
      : speakerAt(field(phrase, 'speaker'), pathTo(path, 'speaker'));
  return { speaker, startMs, endMs, text: text.trim(), line: null };
}

/** Start and end from ticks, milliseconds or ISO 8601 durations, whichever the file has (most exact first). */
function timesOf(item: JsonObject, path: string): { startMs: number | null; endMs: number | null } {
  const startMs = timeAt(item, path, 'offset');
  const durationMs = timeAt(item, path, 'duration');
  const endMs =
    startMs !== null && durationMs !== null
      ? boundedMs(startMs + durationMs, pathTo(path, 'duration'), durationMs)
      : null;
  checkSpan(startMs, endMs, pathTo(path, 'duration'));
  return { startMs, endMs };
}

function timeAt(item: JsonObject, path: string, name: 'offset' | 'duration'): number | null {
  const ticks = field(item, `${name}InTicks`);
  if (ticks !== undefined && ticks !== null) {
    if (typeof ticks !== 'number' || !Number.isFinite(ticks))
      throw invalidAt(pathTo(path, `${name}InTicks`), 'should be a number of 100-ns ticks', ticks);
    return boundedMs(ticks / TICKS_PER_MS, pathTo(path, `${name}InTicks`), ticks);
  }
  const millis = field(item, `${name}Milliseconds`);
  if (millis !== undefined && millis !== null) {
    if (typeof millis !== 'number' || !Number.isFinite(millis))
      throw invalidAt(pathTo(path, `${name}Milliseconds`), 'should be a number of milliseconds', millis);
    return boundedMs(millis, pathTo(path, `${name}Milliseconds`), millis);
  }
  const iso = field(item, name);
  if (iso === undefined || iso === null) return null;
  const ms = typeof iso === 'string' ? isoDurationMs(iso) : null;
  if (ms === null) throw invalidAt(pathTo(path, name), 'should be an ISO 8601 duration such as "PT1.5S"', iso);
  return boundedMs(ms, pathTo(path, name), iso);
}

const ISO_DURATION = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * An ISO 8601 duration as Azure writes it (`PT1M2.5S`, `P1DT2H`) to milliseconds; null if not one.
 *
 * @example
 * isoDurationMs('PT1M2.5S') // => 62500
 * isoDurationMs('1.5')      // => null
 */
export function isoDurationMs(value: string): number | null {
  const m = ISO_DURATION.exec(value.trim());
  if (!m || value.trim() === 'P' || value.trim().endsWith('T')) return null;
  const [, d, h, min, s] = m.map((x) => (x === undefined ? 0 : Number(x)));
  return Math.round((((d! * 24 + h!) * 60 + min!) * 60 + s!) * 1000);
}

/** When a phrase has no times of its own, its first and last words give them. */
function wordSpan(best: JsonObject, wordsPath: string): { startMs: number | null; endMs: number | null } {
  const words = optionalArray(field(best, 'words'), wordsPath) ?? [];
  const spans = words.map((w, i) => timesOf(requireObject(w, pathTo(wordsPath, i)), pathTo(wordsPath, i)));
  const starts = spans.map((s) => s.startMs).filter((ms): ms is number => ms !== null);
  const ends = spans.map((s) => s.endMs).filter((ms): ms is number => ms !== null);
  return { startMs: starts.length > 0 ? Math.min(...starts) : null, endMs: ends.length > 0 ? Math.max(...ends) : null };
}
