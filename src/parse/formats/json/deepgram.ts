/**
 * Deepgram pre-recorded JSON: `{ metadata, results: { channels: [{ alternatives: [{ transcript, words, paragraphs? }] }], utterances? } }`,
 * times in seconds, speakers as numbers (`speaker: 0`) when diarised.
 *
 * Deepgram's own segmentation is used when the request asked for it: `utterances` first, then
 * `paragraphs`; otherwise words are grouped (words-to-cues.ts), preferring `punctuated_word`.
 * With several channels (`multichannel=true`) each channel is a speaker of its own.
 */
import type { JsonFormatParser, RawCue } from '../../types';
import {
  checkSpan,
  field,
  hasKey,
  isObject,
  metadataFrom,
  optionalArray,
  optionalString,
  pathTo,
  requireArray,
  requireObject,
  requireString,
  secondsAt,
  speakerAt,
  type JsonObject,
} from './json-fields';
import { wordsToCues } from './words-to-cues';

/**
 * Deepgram JSON.
 *
 * @example
 * deepgramJson.parse({ results: { utterances: [{ start: 0.08, end: 3.22, speaker: 0, channel: 0, transcript: 'Yeah. As much as...' }] } }).cues
 * // => [{ speaker: 'Speaker 0', startMs: 80, endMs: 3220, text: 'Yeah. As much as...', line: null }]
 */
export const deepgramJson: JsonFormatParser = {
  format: 'deepgram-json',
  label: 'Deepgram JSON',
  matches(json) {
    if (!isObject(json)) return false;
    const results = field(json, 'results');
    return isObject(results) && (hasKey(results, 'channels') || hasKey(results, 'utterances'));
  },
  parse(json) {
    const root = requireObject(json, 'the Deepgram JSON');
    const results = requireObject(field(root, 'results'), 'results');
    const channels = optionalArray(field(results, 'channels'), 'results.channels') ?? [];
    const utterances = optionalArray(field(results, 'utterances'), 'results.utterances');
    const header = field(root, 'metadata');
    const declaredChannels = isObject(header) ? field(header, 'channels') : undefined;
    const multichannel = channels.length > 1 || (typeof declaredChannels === 'number' && declaredChannels > 1);
    const cues =
      utterances !== null && utterances.length > 0
        ? utterances.map((u, i) => utteranceCue(u, pathTo('results.utterances', i), multichannel))
        : channels.flatMap((c, i) => channelCues(c, i, multichannel));
    const metadata = isObject(header)
      ? metadataFrom([
          ['duration', field(header, 'duration')],
          ['created', field(header, 'created')],
          ['request_id', field(header, 'request_id')],
          ['channels', field(header, 'channels')],
        ])
      : {};
    return { format: 'deepgram-json', cues: cues.filter((c) => c.text !== ''), metadata };
  },
};

function utteranceCue(value: unknown, path: string, multichannel: boolean): RawCue {
  const u = requireObject(value, path);
  const startMs = secondsAt(field(u, 'start'), pathTo(path, 'start'));
  const endMs = secondsAt(field(u, 'end'), pathTo(path, 'end'));
  checkSpan(startMs, endMs, pathTo(path, 'end'));
  const speaker = speakerOf(u, path, field(u, 'channel'), multichannel);
  return {
    speaker,
    startMs,
    endMs,
    text: requireString(field(u, 'transcript'), pathTo(path, 'transcript')).trim(),
    line: null,
  };
}

function channelCues(value: unknown, channelIndex: number, multichannel: boolean): RawCue[] {
  const channelPath = pathTo('results.channels', channelIndex);
  const channel = requireObject(value, channelPath);
  const alternativesPath = pathTo(channelPath, 'alternatives');
  const best = requireObject(
    requireArray(field(channel, 'alternatives'), alternativesPath)[0],
    pathTo(alternativesPath, 0),
  );
  const bestPath = pathTo(alternativesPath, 0);

  const paragraphsBlock = field(best, 'paragraphs');
  if (isObject(paragraphsBlock) && Array.isArray(field(paragraphsBlock, 'paragraphs'))) {
    const paragraphsPath = pathTo(bestPath, 'paragraphs.paragraphs');
    return requireArray(field(paragraphsBlock, 'paragraphs'), paragraphsPath).map((p, i) =>
      paragraphCue(p, pathTo(paragraphsPath, i), channelIndex, multichannel),
    );
  }

  const wordsPath = pathTo(bestPath, 'words');
  const words = optionalArray(field(best, 'words'), wordsPath) ?? [];
  if (words.length === 0) {
    // A response without word timings still carries the transcript text.
    const transcript = optionalString(field(best, 'transcript'), pathTo(bestPath, 'transcript'));
    return transcript
      ? [
          {
            speaker: multichannel ? `Channel ${channelIndex}` : null,
            startMs: null,
            endMs: null,
            text: transcript.trim(),
            line: null,
          },
        ]
      : [];
  }
  return wordsToCues(
    words.map((value, i) => {
      const path = pathTo(wordsPath, i);
      const w = requireObject(value, path);
      const startMs = secondsAt(field(w, 'start'), pathTo(path, 'start'));
      const endMs = secondsAt(field(w, 'end'), pathTo(path, 'end'));
      checkSpan(startMs, endMs, pathTo(path, 'end'));
      const punctuated = optionalString(field(w, 'punctuated_word'), pathTo(path, 'punctuated_word'));
      const text = punctuated ?? requireString(field(w, 'word'), pathTo(path, 'word'));
      return { speaker: speakerOf(w, path, channelIndex, multichannel), startMs, endMs, text };
    }),
  );
}

function paragraphCue(value: unknown, path: string, channelIndex: number, multichannel: boolean): RawCue {
  const p = requireObject(value, path);
  const sentencesPath = pathTo(path, 'sentences');
  const sentences = requireArray(field(p, 'sentences'), sentencesPath).map((s, i) => {
    const sentencePath = pathTo(sentencesPath, i);
    return requireString(field(requireObject(s, sentencePath), 'text'), pathTo(sentencePath, 'text')).trim();
  });
  const startMs = secondsAt(field(p, 'start'), pathTo(path, 'start'));
  const endMs = secondsAt(field(p, 'end'), pathTo(path, 'end'));
  checkSpan(startMs, endMs, pathTo(path, 'end'));
  const text = sentences.filter((s) => s !== '').join(' ');
  return { speaker: speakerOf(p, path, channelIndex, multichannel), startMs, endMs, text, line: null };
}

/**
 * `speaker: 0` → `Speaker 0`. With several channels the channel tells people apart too
 * (`Channel 1`, or `Channel 1 Speaker 0` when each channel was also diarised).
 */
function speakerOf(item: JsonObject, path: string, channel: unknown, multichannel: boolean): string | null {
  const speaker = speakerAt(field(item, 'speaker'), pathTo(path, 'speaker'));
  if (!multichannel || typeof channel !== 'number') return speaker;
  return speaker === null ? `Channel ${channel}` : `Channel ${channel} ${speaker}`;
}
