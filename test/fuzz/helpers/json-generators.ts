/**
 * JSON transcripts for fuzzing: real shapes (our fixtures) with structural mutations, and objects
 * assembled from the keys every vendor format uses, so that the matchers and parsers meet
 * each other's shapes, wrong types, huge numbers and deep nesting.
 */
import fc from 'fast-check';
import { awkwardString, sentence, speakerName } from './text-generators';

/** Numbers JSON can spell but JavaScript cannot hold exactly: written into the text as-is. */
const RAW_NUMBERS = [
  '1e400',
  '-1e400',
  '123456789012345678901234567890',
  '-0',
  '0.000000000000000000001',
  '1E+2',
  '9007199254740993',
];
const RAW_MARK = /"@@raw:([^"@]*)@@"/g;
const raw = (n: string) => `@@raw:${n}@@`;

/**
 * Serialises a generated value, turning raw-number markers into the numbers themselves.
 *
 * @example
 * toJsonText({ start: '@@raw:1e400@@' }) // => '{"start":1e400}'
 */
export function toJsonText(value: unknown, indent?: number): string {
  // A mutation may delete the root itself: that is an upload of `null`.
  return (JSON.stringify(value, null, indent) ?? 'null').replace(RAW_MARK, '$1');
}

/** Values that do not belong where they end up. @example fc.sample(weirdValue, 3) // => [null, '@@raw:1e400@@', [[['deep']]]] */
export const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    false,
    0,
    -1,
    -0.5,
    1e308,
    Number.MAX_SAFE_INTEGER + 2,
    1e-320,
    '',
    ' ',
    '1.5',
    'NaN',
    'Infinity',
    '00:00:01',
    [],
    {},
    [null],
    { a: null },
    '<script>alert(1)</script>',
    '\u202eevil',
  ),
  fc.constantFrom(...RAW_NUMBERS).map(raw),
  awkwardString(16),
  fc.integer({ min: 1, max: 60 }).map((depth) => nest(depth)),
  fc.jsonValue({ maxDepth: 2 }),
);

function nest(depth: number): unknown {
  let v: unknown = 'deep';
  for (let i = 0; i < depth; i++) v = i % 2 ? { text: v } : [v];
  return v;
}

// Rare per field: an item has a dozen fields and a list ten items, and one wrong value usually ends the parse.
const maybeWeird = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ arbitrary: arb, weight: 60 }, { arbitrary: weirdValue, weight: 1 });

/** A span of speech: start and end in seconds (end usually after start). */
const span = fc
  .tuple(fc.double({ min: 0, max: 4 * 3600, noNaN: true }), fc.double({ min: -0.5, max: 30, noNaN: true }))
  .map(([start, length]) => ({ start: round3(start), end: round3(start + length) }));
const round3 = (n: number) => Math.round(n * 1000) / 1000;
const wordText = fc.constantFrom(
  'okay',
  'so',
  'yes',
  'budget',
  'Friday',
  'ship',
  'it',
  'I',
  'think',
  'mm-hmm',
  '😀',
  '李',
  '.',
);
const speakerCode = fc.oneof(fc.constantFrom('A', 'B', 'C', 'SPEAKER_00', 'SPEAKER_01'), speakerName);
const list = <T>(arb: fc.Arbitrary<T>, maxLength = 10) => fc.array(arb, { maxLength });

/** Whisper / WhisperX: `{ text, segments: [{ start, end, text, speaker? }] }` in seconds. */
const whisperJson = fc.record({
  text: maybeWeird(sentence),
  language: fc.constant('en'),
  segments: maybeWeird(
    list(
      fc.tuple(span, sentence, fc.option(speakerCode, { nil: undefined })).map(([t, text, speaker]) => ({
        id: 0,
        start: maybeStr(t.start),
        end: t.end,
        text,
        ...(speaker === undefined ? {} : { speaker }),
      })),
    ),
  ),
});
/** whisper.cpp: `{ transcription: [{ timestamps: { from, to }, offsets: { from, to }, text }] }`, offsets in ms. */
const whisperCppJson = fc.record({
  systeminfo: fc.constant('AVX = 1'),
  transcription: maybeWeird(
    list(
      fc.tuple(span, sentence).map(([t, text]) => ({
        timestamps: { from: srtClock(t.start), to: srtClock(t.end) },
        offsets: { from: Math.round(t.start * 1000), to: Math.round(t.end * 1000) },
        text,
      })),
    ),
  ),
});
/** QMSum: `{ meeting_transcripts: [{ speaker, content }] }`, no times. */
const qmsumJson = fc.record({
  meeting_transcripts: maybeWeird(list(fc.record({ speaker: maybeWeird(speakerName), content: maybeWeird(sentence) }))),
});
/** AssemblyAI: utterances (and words) in ms with letter speakers. */
const assemblyaiWord = fc.tuple(span, wordText, speakerCode).map(([t, text, speaker]) => ({
  text,
  start: Math.round(t.start * 1000),
  end: Math.round(t.end * 1000),
  confidence: 0.9,
  speaker,
}));
const assemblyaiJson = fc.record(
  {
    id: fc.constant('x'),
    status: fc.constant('completed'),
    text: maybeWeird(sentence),
    utterances: maybeWeird(
      list(
        fc.tuple(span, sentence, speakerCode, list(assemblyaiWord, 4)).map(([t, text, speaker, words]) => ({
          speaker,
          start: Math.round(t.start * 1000),
          end: Math.round(t.end * 1000),
          text,
          confidence: 0.9,
          words,
        })),
      ),
    ),
    words: maybeWeird(list(assemblyaiWord, 20)),
  },
  { requiredKeys: ['id', 'utterances'] },
);
/** Deepgram: channels of alternatives of words in seconds, numeric speakers; optional utterances. */
const deepgramWord = fc
  .tuple(span, wordText, fc.nat({ max: 4 }))
  .map(([t, word, speaker]) => ({ word, start: t.start, end: t.end, confidence: 0.9, speaker, punctuated_word: word }));
const deepgramJson = fc.record({
  metadata: fc.constant({ duration: 53 }),
  results: fc.record(
    {
      channels: maybeWeird(
        list(
          fc.record({
            alternatives: maybeWeird(
              list(
                fc.record({
                  transcript: maybeWeird(sentence),
                  confidence: fc.constant(0.9),
                  words: maybeWeird(list(deepgramWord, 20)),
                }),
                2,
              ),
            ),
          }),
          2,
        ),
      ),
      utterances: maybeWeird(
        list(
          fc
            .tuple(span, sentence, fc.nat({ max: 4 }))
            .map(([t, transcript, speaker]) => ({ start: t.start, end: t.end, transcript, speaker, channel: 0 })),
        ),
      ),
    },
    { requiredKeys: ['channels'] },
  ),
});
/** Amazon Transcribe: items with string times and speaker_labels; or Call Analytics' `Transcript`. */
const awsItem = fc.oneof(
  fc.tuple(span, wordText).map(([t, content]) => ({
    start_time: t.start.toFixed(3),
    end_time: t.end.toFixed(3),
    alternatives: [{ confidence: '0.99', content }],
    type: 'pronunciation',
  })),
  fc.constantFrom({ alternatives: [{ confidence: '0.0', content: '.' }], type: 'punctuation' }),
);
const awsJson = fc.oneof(
  fc.record({
    jobName: fc.constant('sync'),
    results: fc.record(
      {
        transcripts: fc.constant([{ transcript: 'okay so' }]),
        items: maybeWeird(list(awsItem, 20)),
        speaker_labels: maybeWeird(
          fc.record({
            speakers: fc.nat({ max: 4 }),
            segments: maybeWeird(
              list(
                fc.tuple(span, fc.constantFrom('spk_0', 'spk_1', 'spk_2')).map(([t, label]) => ({
                  speaker_label: label,
                  start_time: t.start.toFixed(3),
                  end_time: t.end.toFixed(3),
                  items: [],
                })),
              ),
            ),
          }),
        ),
      },
      { requiredKeys: ['transcripts'] },
    ),
  }),
  fc.record({
    JobStatus: fc.constant('COMPLETED'),
    Transcript: maybeWeird(
      list(
        fc.tuple(span, sentence, fc.constantFrom('AGENT', 'CUSTOMER')).map(([t, Content, ParticipantRole]) => ({
          ParticipantRole,
          Content,
          BeginOffsetMillis: Math.round(t.start * 1000),
          EndOffsetMillis: Math.round(t.end * 1000),
        })),
      ),
    ),
  }),
);
/** Rev: monologues of text elements (seconds) with punct elements between them. */
const revJson = fc.record({
  monologues: maybeWeird(
    list(
      fc.record(
        {
          speaker: maybeWeird(fc.nat({ max: 4 })),
          speaker_name: fc.option(speakerName, { nil: undefined }),
          elements: maybeWeird(
            list(
              fc.oneof(
                fc
                  .tuple(span, wordText)
                  .map(([t, value]) => ({ type: 'text', value, ts: t.start, end_ts: t.end, confidence: 0.9 })),
                fc.constantFrom(
                  { type: 'punct', value: ' ' },
                  { type: 'punct', value: '.' },
                  { type: 'unknown', value: '<inaudible>' },
                ),
              ),
              12,
            ),
          ),
        },
        { requiredKeys: ['speaker', 'elements'] },
      ),
      6,
    ),
  ),
});
/** Google STT: words with Duration strings or { seconds, nanos }, speakerTag or speakerLabel. */
const googleDuration = (seconds: number) =>
  fc.constantFrom<unknown>(`${seconds}s`, {
    seconds: String(Math.floor(seconds)),
    nanos: Math.round((seconds % 1) * 1e9),
  });
const googleWord = fc
  .tuple(span, wordText, fc.nat({ max: 4 }), fc.boolean())
  .chain(([t, word, speaker, v2]) =>
    fc
      .tuple(googleDuration(Math.max(0, t.start)), googleDuration(Math.max(0, t.end)))
      .map(([start, end]) =>
        v2
          ? { word, startOffset: start, endOffset: end, speakerLabel: String(speaker) }
          : { word, startTime: start, endTime: end, speakerTag: speaker },
      ),
  );
const googleJson = fc.record({
  results: maybeWeird(
    list(
      fc.record({
        alternatives: maybeWeird(
          list(fc.record({ transcript: maybeWeird(sentence), words: maybeWeird(list(googleWord, 12)) }), 2),
        ),
        languageCode: fc.constant('en-us'),
      }),
      4,
    ),
  ),
});
/** Azure batch transcription: phrases with ticks or ISO offsets and nBest display text. */
const azureJson = fc.record({
  source: fc.constant('sync.wav'),
  recognizedPhrases: maybeWeird(
    list(
      fc.tuple(span, sentence, fc.nat({ max: 4 }), fc.boolean()).map(([t, display, speaker, ticks]) => ({
        recognitionStatus: 'Success',
        channel: 0,
        speaker,
        ...(ticks
          ? { offsetInTicks: Math.round(t.start * 1e7), durationInTicks: Math.round((t.end - t.start) * 1e7) }
          : { offset: `PT${t.start}S`, duration: `PT${Math.max(0, t.end - t.start)}S` }),
        nBest: [{ lexical: display.toLowerCase(), display }],
      })),
    ),
  ),
});
/** IBM Watson: timestamps [word, start, end] and speaker_labels. */
const ibmJson = fc.record({
  result_index: fc.constant(0),
  results: maybeWeird(
    list(
      fc.record({
        alternatives: maybeWeird(
          list(
            fc.record({
              transcript: sentence,
              timestamps: maybeWeird(
                list(
                  fc.tuple(span, wordText).map(([t, w]) => [w, t.start, t.end]),
                  8,
                ),
              ),
            }),
            1,
          ),
        ),
      }),
      4,
    ),
  ),
  speaker_labels: maybeWeird(
    list(
      fc
        .tuple(span, fc.nat({ max: 4 }))
        .map(([t, speaker]) => ({ from: t.start, to: t.end, speaker, confidence: 0.5 })),
      12,
    ),
  ),
});
/** Speechmatics json-v2: word and punctuation items, speakers S1.. or UU. */
const speechmaticsJson = fc.record({
  format: fc.constant('2.9'),
  job: fc.constant({ duration: 60 }),
  results: maybeWeird(
    list(
      fc
        .tuple(
          span,
          wordText,
          fc.constantFrom('S1', 'S2', 'UU'),
          fc.constantFrom('word', 'punctuation'),
          fc.constantFrom(undefined, 'previous', 'next'),
        )
        .map(([t, content, speaker, type, attaches]) => ({
          type,
          start_time: t.start,
          end_time: t.end,
          ...(attaches === undefined ? {} : { attaches_to: attaches }),
          alternatives: [{ content, speaker, confidence: 0.9 }],
        })),
      16,
    ),
  ),
});
/** Keys of every vendor in one object: the matchers must not trip over each other's shapes. */
const mixedKeys = fc.record(
  {
    segments: maybeWeird(list(fc.record({ start: span.map((t) => t.start), text: sentence }))),
    utterances: maybeWeird(list(fc.record({ start: fc.nat(), text: sentence }))),
    results: weirdValue,
    meeting_transcripts: weirdValue,
    transcription: weirdValue,
    words: weirdValue,
    Transcript: weirdValue,
    monologues: weirdValue,
    recognizedPhrases: weirdValue,
    speaker_labels: weirdValue,
    job: weirdValue,
    word_segments: weirdValue,
  },
  { requiredKeys: [] },
);

/**
 * A JSON value shaped like one vendor's transcript (sometimes with a wrong value inside), or with
 * several vendors' keys at once.
 *
 * @example
 * toJsonText(fc.sample(vendorLikeJson, 1)[0]) // => '{"text":"so","language":"en","segments":[{"id":0,"start":1.5,"end":3.2,"text":"so I think"}]}'
 */
export const vendorLikeJson: fc.Arbitrary<unknown> = fc.oneof(
  whisperJson,
  whisperCppJson,
  qmsumJson,
  assemblyaiJson,
  deepgramJson,
  awsJson,
  revJson,
  googleJson,
  azureJson,
  ibmJson,
  speechmaticsJson,
  mixedKeys,
);

/** Whisper writes numbers; some converters write them as strings. */
function maybeStr(n: number): number | string {
  return Math.round(n * 1000) % 7 === 0 ? String(n) : n;
}

function srtClock(seconds: number): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const p = (v: number, w = 2) => String(v).padStart(w, '0');
  return `${p(Math.floor(ms / 3600_000))}:${p(Math.floor(ms / 60_000) % 60)}:${p(Math.floor(ms / 1000) % 60)},${p(ms % 1000, 3)}`;
}

/** One structural change to a parsed JSON value. @example { kind: 'delete-key', node: 7 } */
export type JsonMutation =
  | { kind: 'replace'; node: number; value: unknown }
  | { kind: 'delete-key'; node: number }
  | { kind: 'duplicate-item'; node: number }
  | { kind: 'wrap-in-array'; node: number }
  | { kind: 'empty-array'; node: number };

/** @example fc.sample(jsonMutationArb, 1) // => [{ kind: 'replace', node: 12, value: null }] */
export const jsonMutationArb: fc.Arbitrary<JsonMutation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('replace' as const), node: fc.nat(), value: weirdValue }), weight: 5 },
  { arbitrary: fc.record({ kind: fc.constant('delete-key' as const), node: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('duplicate-item' as const), node: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('wrap-in-array' as const), node: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('empty-array' as const), node: fc.nat() }), weight: 1 },
);

/**
 * Applies structural mutations to a copy of a JSON value. `node` picks a node in depth-first order
 * (modulo the number of nodes below the root).
 *
 * @example
 * mutateJson({ segments: [{ start: 1 }] }, [{ kind: 'replace', node: 2, value: null }]) // => { segments: [{ start: null }] }
 */
export function mutateJson(value: unknown, mutations: readonly JsonMutation[]): unknown {
  const root = { root: structuredClone(value) as unknown };
  for (const m of mutations) {
    const slots = slotsUnder(root);
    if (slots.length === 0) break;
    const [parent, key] = slots[m.node % slots.length]!;
    const current = (parent as Record<string | number, unknown>)[key];
    switch (m.kind) {
      case 'replace':
        (parent as Record<string | number, unknown>)[key] = structuredClone(m.value);
        break;
      case 'delete-key':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete (parent as Record<string, unknown>)[key];
        break;
      case 'duplicate-item':
        if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(current));
        else (parent as Record<string | number, unknown>)[key] = [current, structuredClone(current)];
        break;
      case 'wrap-in-array':
        (parent as Record<string | number, unknown>)[key] = [current];
        break;
      case 'empty-array':
        (parent as Record<string | number, unknown>)[key] = Array.isArray(current) ? [] : current;
        break;
    }
  }
  return root.root;
}

/** Every [container, key] below the root object, depth first. */
function slotsUnder(root: object): Array<[object, string | number]> {
  const slots: Array<[object, string | number]> = [];
  const walk = (container: object) => {
    const keys: Array<string | number> = Array.isArray(container) ? container.map((_, i) => i) : Object.keys(container);
    for (const key of keys) {
      slots.push([container, key]);
      const child = (container as Record<string | number, unknown>)[key];
      if (child !== null && typeof child === 'object') walk(child);
    }
  };
  walk(root);
  return slots;
}
