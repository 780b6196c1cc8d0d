/**
 * The JSON transcript parsers against our own fixtures (fixtures/json/), in Node and in workerd.
 *
 * The vendor fixtures (except Call Analytics, QMSum-style and transcript.json) are one invented
 * weekly sync: line n has a speaker, a start time, and words every 0.4 s lasting 0.3 s each, so a
 * line of w words ends at start + 0.4·(w − 1) + 0.3 s. Speakers: 0 Zoë, 1 Łukasz, 2 Παναγιώτης,
 * 3 Дмитрий, 4 李娜. The expected values below were worked out from that script by hand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import assemblyaiUtterancesB64 from '../../fixtures/json/assemblyai-utterances.json?base64';
import assemblyaiWordsB64 from '../../fixtures/json/assemblyai-words.json?base64';
import awsCallAnalyticsB64 from '../../fixtures/json/aws-call-analytics.json?base64';
import awsTranscribeB64 from '../../fixtures/json/aws-transcribe.json?base64';
import azureSpeechB64 from '../../fixtures/json/azure-speech.json?base64';
import deepgramUtterancesB64 from '../../fixtures/json/deepgram-utterances.json?base64';
import deepgramWordsB64 from '../../fixtures/json/deepgram-words.json?base64';
import googleV1B64 from '../../fixtures/json/google-stt-v1.json?base64';
import googleV2B64 from '../../fixtures/json/google-stt-v2.json?base64';
import ibmWatsonB64 from '../../fixtures/json/ibm-watson.json?base64';
import qmsumStyleB64 from '../../fixtures/json/qmsum-style.json?base64';
import revB64 from '../../fixtures/json/rev.json?base64';
import speechmaticsB64 from '../../fixtures/json/speechmatics.json?base64';
import transcriptB64 from '../../fixtures/json/transcript.json?base64';
import whisperCppB64 from '../../fixtures/json/whisper-cpp.json?base64';
import whisperSegmentsB64 from '../../fixtures/json/whisper-segments.json?base64';
import whisperVerboseB64 from '../../fixtures/json/whisper-verbose.json?base64';
import whisperxWordSpeakersB64 from '../../fixtures/json/whisperx-word-speakers.json?base64';
import { Transcript } from '../../src/model/transcript';
import { TranscriptError } from '../../src/parse/errors';
import { assemblyaiJson } from '../../src/parse/formats/json/assemblyai';
import { awsTranscribeJson } from '../../src/parse/formats/json/aws-transcribe';
import { azureSpeechJson, isoDurationMs } from '../../src/parse/formats/json/azure-speech';
import { deepgramJson } from '../../src/parse/formats/json/deepgram';
import { describeJsonShape } from '../../src/parse/formats/json/describe';
import { durationAt, googleSttJson } from '../../src/parse/formats/json/google-stt';
import { ibmWatsonJson } from '../../src/parse/formats/json/ibm-watson';
import { JSON_FORMATS } from '../../src/parse/formats/json/index';
import { LONGEST_RECORDING_MS } from '../../src/parse/formats/json/json-fields';
import { qmsumJson } from '../../src/parse/formats/json/qmsum';
import { revJson } from '../../src/parse/formats/json/rev';
import { speechmaticsJson } from '../../src/parse/formats/json/speechmatics';
import { transcriptJson } from '../../src/parse/formats/json/transcript-json';
import { whisperCppJson, whisperJson } from '../../src/parse/formats/json/whisper';
import { joinWords } from '../../src/parse/formats/json/words-to-cues';
import { normalize } from '../../src/parse/normalize';
import type { JsonFormatParser, ParsedTranscript, RawCue } from '../../src/parse/types';
import { errorOf } from '../helpers/parse-kit';

/** Base64 fixture → parsed JSON (the caller of a JsonFormatParser does JSON.parse). */
function loadJson(base64: string): unknown {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder('utf-8').decode(bytes));
}

const FIXTURES = {
  'whisper-segments.json': { json: loadJson(whisperSegmentsB64), parser: whisperJson },
  'whisper-verbose.json': { json: loadJson(whisperVerboseB64), parser: whisperJson },
  'whisper-cpp.json': { json: loadJson(whisperCppB64), parser: whisperCppJson },
  'deepgram-utterances.json': { json: loadJson(deepgramUtterancesB64), parser: deepgramJson },
  'deepgram-words.json': { json: loadJson(deepgramWordsB64), parser: deepgramJson },
  'assemblyai-utterances.json': { json: loadJson(assemblyaiUtterancesB64), parser: assemblyaiJson },
  'assemblyai-words.json': { json: loadJson(assemblyaiWordsB64), parser: assemblyaiJson },
  'aws-transcribe.json': { json: loadJson(awsTranscribeB64), parser: awsTranscribeJson },
  'aws-call-analytics.json': { json: loadJson(awsCallAnalyticsB64), parser: awsTranscribeJson },
  'qmsum-style.json': { json: loadJson(qmsumStyleB64), parser: qmsumJson },
  'transcript.json': { json: loadJson(transcriptB64), parser: transcriptJson },
  'whisperx-word-speakers.json': { json: loadJson(whisperxWordSpeakersB64), parser: whisperJson },
  'rev.json': { json: loadJson(revB64), parser: revJson },
  'speechmatics.json': { json: loadJson(speechmaticsB64), parser: speechmaticsJson },
  'google-stt-v1.json': { json: loadJson(googleV1B64), parser: googleSttJson },
  'google-stt-v2.json': { json: loadJson(googleV2B64), parser: googleSttJson },
  'azure-speech.json': { json: loadJson(azureSpeechB64), parser: azureSpeechJson },
  'ibm-watson.json': { json: loadJson(ibmWatsonB64), parser: ibmWatsonJson },
} satisfies Record<string, { json: unknown; parser: JsonFormatParser }>;
type FixtureName = keyof typeof FIXTURES;

/** A deep copy of a fixture, for tests that break it. */
function fixture(name: FixtureName): any {
  return structuredClone(FIXTURES[name].json);
}

/** [speaker index, start ms, end ms, text] of the 20 lines of the invented sync. */
const MEETING: ReadonlyArray<readonly [number, number, number, string]> = [
  [0, 1000, 4100, "Okay, let's get started. Thanks for joining, everyone."],
  [0, 4600, 8500, 'First item is the beta release. Łukasz, where are we?'],
  [1, 9200, 13900, 'We merged the offline sync on Tuesday. Two bugs are still open.'],
  [1, 16400, 21900, "Both are in the login flow, so I'd rather not ship until they're fixed."],
  [3, 22500, 26800, 'I can confirm. I reproduced the second one on Android yesterday.'],
  [0, 27300, 31200, 'Thanks, Дмитрий. How long do you need for the fix?'],
  [1, 31800, 35700, 'Probably two days, if nobody pulls me into another meeting.'],
  [2, 36000, 36700, "That's optimistic."],
  [4, 37500, 43400, 'From the data side, crash reports went down by forty percent since the last build.'],
  [0, 44000, 48700, "That's great news, 李娜. Can you share the dashboard after the call?"],
  [4, 49200, 52300, "Sure, I'll post the link in the channel."],
  [0, 53000, 56500, 'Παναγιώτης, you wanted to show the new onboarding screens.'],
  [2, 57100, 61800, 'Yes. I simplified the first screen, there are only two buttons now.'],
  [2, 62400, 68300, 'I also tried the colours with a few users, and they liked the darker version.'],
  [3, 68900, 72000, 'Did you test it with the screen reader?'],
  [2, 72600, 76500, 'Not yet. Could you help me with that on Thursday?'],
  [3, 77000, 79700, 'Of course, Thursday afternoon works for me.'],
  [0, 80500, 86400, 'Good. So the decision is: we hold the beta until the login bugs are fixed.'],
  [1, 86900, 87200, 'Agreed.'],
  [0, 88000, 91500, "Let's wrap up there. Have a good week, everyone!"],
];

/**
 * The word-level fixtures hold lines 1-11. Grouped into cues: lines 1 and 2 (both Zoë, 0.5 s apart)
 * become one cue; lines 3 and 4 (both Łukasz) stay two cues because 2.5 s of silence (13.9 → 16.4 s)
 * lies between them; every other line is its own cue because the speaker changes.
 */
const WORD_LEVEL_CUES: ReadonlyArray<readonly [number, number, number, string]> = [
  [
    0,
    1000,
    8500,
    "Okay, let's get started. Thanks for joining, everyone. First item is the beta release. Łukasz, where are we?",
  ],
  ...MEETING.slice(2, 11),
];

function expectedCues(lines: typeof MEETING, speakerLabel: (index: number, line: number) => string | null): RawCue[] {
  return lines.map(([speaker, startMs, endMs, text], i) => ({
    speaker: speakerLabel(speaker, i),
    startMs,
    endMs,
    text,
    line: null,
  }));
}

function parseFixture(name: FixtureName): ParsedTranscript {
  const { json, parser } = FIXTURES[name];
  return parser.parse(json);
}

describe('format detection', () => {
  it.each(Object.keys(FIXTURES) as FixtureName[])('%s is claimed by exactly its own parser', (name) => {
    const { json, parser } = FIXTURES[name];
    expect(JSON_FORMATS.filter((p) => p.matches(json)).map((p) => p.format)).toEqual([parser.format]);
  });

  it('lists every JSON format once, our own Transcript first and generic Whisper last', () => {
    expect(JSON_FORMATS.map((p) => p.format)).toEqual([
      'transcript-json',
      'qmsum-json',
      'aws-transcribe-json',
      'deepgram-json',
      'speechmatics-json',
      'ibm-watson-json',
      'google-stt-json',
      'assemblyai-json',
      'rev-json',
      'azure-speech-json',
      'whisper-cpp-json',
      'whisper-json',
    ]);
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'segments'],
    ['an array of segments', [{ start: 0, end: 1, text: 'hi' }]],
    ['an empty object', {}],
    ['an unrelated object', { name: 'Zoë', role: 'chair' }],
    ["monologues that are not Rev's", { monologues: [{ speaker: 1, lines: [] }] }],
    ['results of plain strings', { results: ['hello'] }],
  ])('no parser claims %s', (_what, json) => {
    expect(JSON_FORMATS.filter((p) => p.matches(json))).toEqual([]);
  });
});

describe('whisperJson', () => {
  it('reads WhisperX segments with their speakers; an unattributed segment has speaker null', () => {
    const parsed = parseFixture('whisper-segments.json');
    expect(parsed.format).toBe('whisper-json');
    expect(parsed.metadata).toEqual({ language: 'en' });
    // Line 8 ("That's optimistic.") has no `speaker` key: WhisperX could not attribute it.
    expect(parsed.cues).toEqual(expectedCues(MEETING, (s, i) => (i === 7 ? null : `SPEAKER_0${s}`)));
  });

  it('reads the OpenAI API verbose_json shape (no diarisation: speaker null)', () => {
    const parsed = parseFixture('whisper-verbose.json');
    expect(parsed.metadata).toEqual({ language: 'english', duration: '49', task: 'transcribe' });
    expect(parsed.cues).toEqual(expectedCues(MEETING.slice(0, 10), () => null));
  });

  it('groups an API response with only word timestamps, splitting at a 2.5 s silence', () => {
    const json = {
      task: 'transcribe',
      language: 'english',
      duration: 4.2,
      text: 'Thanks, Zoë. Bye.',
      words: [
        { word: 'Thanks,', start: 0, end: 0.5 },
        { word: 'Zoë.', start: 0.6, end: 1.0 },
        { word: 'Bye.', start: 3.5, end: 4.2 },
      ],
    };
    expect(whisperJson.matches(json)).toBe(true);
    expect(whisperJson.parse(json).cues).toEqual([
      { speaker: null, startMs: 0, endMs: 1000, text: 'Thanks, Zoë.', line: null },
      { speaker: null, startMs: 3500, endMs: 4200, text: 'Bye.', line: null },
    ]);
  });

  it('turns bare codes into "Speaker X" but keeps chosen labels as written', () => {
    const segment = (speaker: unknown) => ({ start: 0, end: 1, text: 'Hi.', speaker });
    const json = {
      segments: [segment(7), segment('B'), segment('PM'), segment('李娜'), segment('spk_2'), segment(' ')],
    };
    expect(whisperJson.parse(json).cues.map((c) => c.speaker)).toEqual([
      'Speaker 7',
      'Speaker B',
      'PM',
      '李娜',
      'spk_2',
      null,
    ]);
  });

  it('drops segments whose text is only whitespace', () => {
    const json = {
      text: ' Hi.',
      segments: [
        { start: 0, end: 1, text: ' Hi.' },
        { start: 1, end: 2, text: '  ' },
      ],
    };
    expect(whisperJson.parse(json).cues).toEqual([{ speaker: null, startMs: 0, endMs: 1000, text: 'Hi.', line: null }]);
  });
});

describe('whisperCppJson', () => {
  it('reads -oj output with offsets in ms; --diarize "0"/"1" become Speaker 0/1 and "?" no speaker', () => {
    const parsed = parseFixture('whisper-cpp.json');
    expect(parsed.format).toBe('whisper-cpp-json');
    expect(parsed.metadata).toEqual({ language: 'en', model: 'models/ggml-base.bin', modelType: 'base' });
    // The chair's microphone is channel 0; line 8 is "?".
    expect(parsed.cues).toEqual(
      expectedCues(MEETING.slice(0, 12), (s, i) => (i === 7 ? null : s === 0 ? 'Speaker 0' : 'Speaker 1')),
    );
  });

  it('falls back to the clock strings when offsets are missing', () => {
    const json = {
      transcription: [{ timestamps: { from: '00:01:02,500', to: '00:01:04,000' }, text: ' Dziękuję, Łukasz.' }],
    };
    expect(whisperCppJson.matches(json)).toBe(true);
    expect(whisperCppJson.parse(json).cues).toEqual([
      { speaker: null, startMs: 62500, endMs: 64000, text: 'Dziękuję, Łukasz.', line: null },
    ]);
  });
});

describe('deepgramJson', () => {
  it('uses utterances when present, speaker numbers as "Speaker N"', () => {
    const parsed = parseFixture('deepgram-utterances.json');
    expect(parsed.format).toBe('deepgram-json');
    expect(parsed.metadata).toEqual({
      duration: '92',
      created: '2024-05-14T09:31:07.412Z',
      request_id: '0f6c2a1e-5b7d-4d59-9c0e-3f1b2a8d7e44',
      channels: '1',
    });
    expect(parsed.cues).toEqual(expectedCues(MEETING, (s) => `Speaker ${s}`));
  });

  it('groups words by speaker and pause, with punctuated_word rather than the bare word', () => {
    const parsed = parseFixture('deepgram-words.json');
    expect(parsed.cues).toEqual(expectedCues(WORD_LEVEL_CUES, (s) => `Speaker ${s}`));
    // The bare `word` of the first word is "okay"; the cue starts with the punctuated "Okay,".
    expect(parsed.cues[0]!.text.startsWith('Okay, ')).toBe(true);
  });

  it('uses paragraphs when there are no utterances', () => {
    const json = {
      results: {
        channels: [
          {
            alternatives: [
              {
                transcript: 'Shall we start? Łukasz, you first. Sure.',
                words: [{ word: 'shall', start: 0.5, end: 0.7, speaker: 0 }],
                paragraphs: {
                  transcript: '\nSpeaker 0: Shall we start? Łukasz, you first.\n\nSpeaker 1: Sure.',
                  paragraphs: [
                    {
                      sentences: [
                        { text: 'Shall we start?', start: 0.5, end: 1.4 },
                        { text: 'Łukasz, you first.', start: 1.5, end: 2.6 },
                      ],
                      speaker: 0,
                      num_words: 6,
                      start: 0.5,
                      end: 2.6,
                    },
                    {
                      sentences: [{ text: 'Sure.', start: 3.1, end: 3.4 }],
                      speaker: 1,
                      num_words: 1,
                      start: 3.1,
                      end: 3.4,
                    },
                  ],
                },
              },
            ],
          },
        ],
      },
    };
    expect(deepgramJson.parse(json).cues).toEqual([
      { speaker: 'Speaker 0', startMs: 500, endMs: 2600, text: 'Shall we start? Łukasz, you first.', line: null },
      { speaker: 'Speaker 1', startMs: 3100, endMs: 3400, text: 'Sure.', line: null },
    ]);
  });

  it('names each channel of a multichannel file, and uses `word` when there is no punctuated_word', () => {
    const json = {
      metadata: { channels: 2 },
      results: {
        channels: [
          {
            alternatives: [
              {
                transcript: 'hello zoë',
                words: [
                  { word: 'hello', start: 0, end: 0.4, punctuated_word: 'Hello,' },
                  { word: 'zoë', start: 0.5, end: 0.9, punctuated_word: 'Zoë.' },
                ],
              },
            ],
          },
          { alternatives: [{ transcript: 'hi', words: [{ word: 'hi', start: 1.2, end: 1.5 }] }] },
        ],
      },
    };
    expect(deepgramJson.parse(json).cues).toEqual([
      { speaker: 'Channel 0', startMs: 0, endMs: 900, text: 'Hello, Zoë.', line: null },
      { speaker: 'Channel 1', startMs: 1200, endMs: 1500, text: 'hi', line: null },
    ]);
  });
});

describe('assemblyaiJson', () => {
  it('uses utterances, speaker letters as "Speaker A", times in ms', () => {
    const parsed = parseFixture('assemblyai-utterances.json');
    expect(parsed.format).toBe('assemblyai-json');
    expect(parsed.metadata).toEqual({
      id: '5551722-f677-48a6-8f9c-c7a0b3e3b2f1',
      language_code: 'en',
      audio_duration: '92',
    });
    expect(parsed.cues).toEqual(expectedCues(MEETING, (s) => `Speaker ${'ABCDE'[s]}`));
  });

  it('groups words when utterances is null', () => {
    expect(parseFixture('assemblyai-words.json').cues).toEqual(
      expectedCues(WORD_LEVEL_CUES, (s) => `Speaker ${'ABCDE'[s]}`),
    );
  });

  it.each([
    ['queued', undefined, 'status is "queued": the AssemblyAI transcript is not finished'],
    [
      'error',
      'Audio file could not be decoded',
      'status is "error": the AssemblyAI transcript is not finished (Audio file could not be decoded)',
    ],
  ])('refuses a transcript whose status is %s', (status, error, message) => {
    const err = errorOf(() =>
      assemblyaiJson.parse({ status, error, audio_url: 'https://example.com/a.m4a', words: null, utterances: null }),
    );
    expect(err.code).toBe('invalid-structure');
    expect(err.message).toBe(message);
  });
});

describe('awsTranscribeJson', () => {
  it('reads items with speakers from speaker_labels, punctuation glued to the word before', () => {
    const parsed = parseFixture('aws-transcribe.json');
    expect(parsed.format).toBe('aws-transcribe-json');
    expect(parsed.metadata).toEqual({ jobName: 'weekly-sync-2024-05-14' });
    // "Okay" + "," and "we" + "?" are separate items in the file.
    expect(parsed.cues).toEqual(expectedCues(WORD_LEVEL_CUES, (s) => `spk_${s}`));
  });

  it('reads Call Analytics turns with their participant roles', () => {
    const parsed = parseFixture('aws-call-analytics.json');
    expect(parsed.metadata).toEqual({ LanguageCode: 'en-US' });
    expect(parsed.cues).toHaveLength(11);
    expect(parsed.cues.map((c) => c.speaker)).toEqual([
      'AGENT',
      'CUSTOMER',
      'AGENT',
      'CUSTOMER',
      'AGENT',
      'CUSTOMER',
      'AGENT',
      'CUSTOMER',
      'AGENT',
      'CUSTOMER',
      'AGENT',
    ]);
    expect(parsed.cues[1]).toEqual({
      speaker: 'CUSTOMER',
      startMs: 6100,
      endMs: 11800,
      text: "Hi Zoë, it's Łukasz from the Kraków office. The video screen in room four keeps disconnecting.",
      line: null,
    });
    expect(parsed.cues[7]).toEqual({
      speaker: 'CUSTOMER',
      startMs: 37000,
      endMs: 40200,
      text: 'Nine works. Please copy 李娜 on the ticket, she books that room most.',
      line: null,
    });
    expect(parsed.cues[10]).toEqual({
      speaker: 'AGENT',
      startMs: 48000,
      endMs: 50500,
      text: "You're welcome. Have a nice day.",
      line: null,
    });
  });

  const newerItems = [
    {
      id: 0,
      type: 'pronunciation',
      start_time: '0.5',
      end_time: '0.9',
      speaker_label: 'spk_0',
      alternatives: [{ confidence: '0.99', content: 'Dzień' }],
    },
    {
      id: 1,
      type: 'pronunciation',
      start_time: '0.9',
      end_time: '1.3',
      speaker_label: 'spk_0',
      alternatives: [{ confidence: '0.98', content: 'dobry' }],
    },
    { id: 2, type: 'punctuation', speaker_label: 'spk_0', alternatives: [{ confidence: '0.0', content: ',' }] },
    {
      id: 3,
      type: 'pronunciation',
      start_time: '1.4',
      end_time: '1.9',
      speaker_label: 'spk_0',
      alternatives: [{ confidence: '0.97', content: 'Zoë' }],
    },
    { id: 4, type: 'punctuation', speaker_label: 'spk_0', alternatives: [{ confidence: '0.0', content: '.' }] },
    {
      id: 5,
      type: 'pronunciation',
      start_time: '2.3',
      end_time: '2.8',
      speaker_label: 'spk_1',
      alternatives: [{ confidence: '0.99', content: 'Hello' }],
    },
    { id: 6, type: 'punctuation', speaker_label: 'spk_1', alternatives: [{ confidence: '0.0', content: '!' }] },
  ];
  const newerCues = [
    { speaker: 'spk_0', startMs: 500, endMs: 1900, text: 'Dzień dobry, Zoë.', line: null },
    { speaker: 'spk_1', startMs: 2300, endMs: 2800, text: 'Hello!', line: null },
  ];

  it("takes a newer file's speakers from the items themselves", () => {
    expect(
      awsTranscribeJson.parse({
        jobName: 'x',
        results: { transcripts: [{ transcript: 'Dzień dobry, Zoë. Hello!' }], items: newerItems },
      }).cues,
    ).toEqual(newerCues);
  });

  it('prefers audio_segments when the file has them', () => {
    const audio_segments = [
      {
        id: 0,
        transcript: 'Dzień dobry, Zoë.',
        start_time: '0.5',
        end_time: '1.9',
        speaker_label: 'spk_0',
        items: [0, 1, 2, 3, 4],
      },
      { id: 1, transcript: 'Hello!', start_time: '2.3', end_time: '2.8', speaker_label: 'spk_1', items: [5, 6] },
    ];
    // Items without speakers: if they were used, the cues would have speaker null.
    const items = newerItems.map(({ speaker_label: _, ...rest }) => rest);
    expect(awsTranscribeJson.parse({ results: { transcripts: [], items, audio_segments } }).cues).toEqual(newerCues);
  });

  it('finds the speaker segment by time when the start times are written differently', () => {
    const json = {
      results: {
        speaker_labels: {
          speakers: 2,
          segments: [
            // "0.50" in the segment, "0.5" in the item; "dobry" (0.9 s) is missing from the segment's items but inside its span.
            {
              start_time: '0.50',
              end_time: '1.30',
              speaker_label: 'spk_1',
              items: [{ start_time: '0.50', end_time: '0.90', speaker_label: 'spk_1' }],
            },
            {
              start_time: '1.40',
              end_time: '1.90',
              speaker_label: 'spk_0',
              items: [{ start_time: '1.40', end_time: '1.90', speaker_label: 'spk_0' }],
            },
          ],
        },
        items: newerItems.slice(0, 5).map(({ speaker_label: _, ...rest }) => rest),
      },
    };
    expect(awsTranscribeJson.parse(json).cues).toEqual([
      { speaker: 'spk_1', startMs: 500, endMs: 1300, text: 'Dzień dobry,', line: null },
      { speaker: 'spk_0', startMs: 1400, endMs: 1900, text: 'Zoë.', line: null },
    ]);
  });

  it('reads Bedrock Data Automation audio output (top-level audio_segments, ms times)', () => {
    const json = {
      metadata: { semantic_modality: 'AUDIO', duration_millis: 5000, dominant_asset_language: 'PL' },
      audio_items: [],
      audio_segments: [
        {
          start_timestamp_millis: 100,
          end_timestamp_millis: 2100,
          segment_index: 0,
          type: 'TRANSCRIPT',
          text: 'Witaj, Łukasz.',
          speaker: { speaker_label: 'spk_0' },
          channel: { channel_label: 'ch_0' },
        },
        {
          start_timestamp_millis: 2600,
          end_timestamp_millis: 3900,
          segment_index: 1,
          type: 'TRANSCRIPT',
          text: 'Cześć, Zoë!',
          speaker: { speaker_label: 'spk_1' },
          channel: { channel_label: 'ch_1' },
        },
      ],
    };
    expect(awsTranscribeJson.matches(json)).toBe(true);
    const parsed = awsTranscribeJson.parse(json);
    expect(parsed.metadata).toEqual({ duration_millis: '5000', dominant_asset_language: 'PL' });
    expect(parsed.cues).toEqual([
      { speaker: 'spk_0', startMs: 100, endMs: 2100, text: 'Witaj, Łukasz.', line: null },
      { speaker: 'spk_1', startMs: 2600, endMs: 3900, text: 'Cześć, Zoë!', line: null },
    ]);
  });
});

describe('whisperJson: WhisperX word speakers', () => {
  it('splits a segment whose words change speaker, and names a segment WhisperX left unattributed by its words', () => {
    // Lines 7 and 8 share one segment labelled SPEAKER_01, but line 8's words are SPEAKER_02's; line 11's
    // segment has no speaker, its words are SPEAKER_04's; "forty" in line 9 was not aligned (no times).
    const parsed = parseFixture('whisperx-word-speakers.json');
    expect(parsed.cues).toEqual(expectedCues(MEETING.slice(4, 11), (s) => `SPEAKER_0${s}`));
  });

  it('reads word_segments saved without their segments', () => {
    const { word_segments, language } = fixture('whisperx-word-speakers.json');
    const json = { word_segments, language };
    expect(JSON_FORMATS.filter((p) => p.matches(json)).map((p) => p.format)).toEqual(['whisper-json']);
    // Every line of 5-11 changes speaker, so each is one cue; the unaligned "forty" keeps line 9's speaker.
    expect(whisperJson.parse(json).cues).toEqual(expectedCues(MEETING.slice(4, 11), (s) => `SPEAKER_0${s}`));
  });
});

describe('revJson', () => {
  /** Rev writes one monologue per run of one speaker: these are the runs of the sync, by line index. */
  const RUNS = [[0, 1], [2, 3], [4], [5], [6], [7], [8], [9], [10], [11], [12, 13], [14], [15], [16], [17], [18], [19]];
  const NAMES = ['Zoë', 'Łukasz', 'Παναγιώτης', 'Дмитрий', '李娜'];

  it('reads monologues with the names typed in Rev, punctuation and spaces as elements', () => {
    const parsed = parseFixture('rev.json');
    expect(parsed.format).toBe('rev-json');
    expect(parsed.cues).toEqual(
      RUNS.map((run) => {
        const first = MEETING[run[0]!]!;
        const last = MEETING[run[run.length - 1]!]!;
        return {
          speaker: NAMES[first[0]],
          startMs: first[1],
          endMs: last[2],
          text: run.map((i) => MEETING[i]![3]).join(' '),
          line: null,
        };
      }),
    );
  });

  it('uses the diarisation number when no name was typed', () => {
    const json = {
      monologues: [
        {
          speaker: 0,
          elements: [
            { type: 'text', value: 'Dzień', ts: 1, end_ts: 1.3 },
            { type: 'punct', value: ' ' },
            { type: 'text', value: 'dobry', ts: 1.4, end_ts: 1.8 },
            { type: 'punct', value: '!' },
          ],
        },
      ],
    };
    expect(revJson.parse(json).cues).toEqual([
      { speaker: 'Speaker 0', startMs: 1000, endMs: 1800, text: 'Dzień dobry!', line: null },
    ]);
  });
});

describe('speechmaticsJson', () => {
  it('reads words with punctuation attached; S1..S5 become Speaker 1..5 and UU no speaker', () => {
    const parsed = parseFixture('speechmatics.json');
    expect(parsed.format).toBe('speechmatics-json');
    expect(parsed.metadata).toEqual({ format: '2.9', language: 'en' });
    // Line 8 ("That's optimistic.") is UU: index 6 of the word-level cues.
    expect(parsed.cues).toEqual(expectedCues(WORD_LEVEL_CUES, (s, i) => (i === 6 ? null : `Speaker ${s + 1}`)));
  });

  it('attaches opening punctuation to the next word and names channels when there is no speaker', () => {
    const word = (content: string, start: number, extra: object = {}) => ({
      type: 'word',
      start_time: start,
      end_time: start + 0.3,
      channel: 'channel_2',
      alternatives: [{ content }],
      ...extra,
    });
    const json = {
      results: [
        word('Hola', 0),
        {
          type: 'punctuation',
          start_time: 0.3,
          end_time: 0.3,
          attaches_to: 'next',
          channel: 'channel_2',
          alternatives: [{ content: '¿' }],
        },
        word('qué', 0.4),
        word('tal', 0.8),
        {
          type: 'punctuation',
          start_time: 1.1,
          end_time: 1.1,
          attaches_to: 'previous',
          alternatives: [{ content: '?' }],
        },
      ],
    };
    expect(speechmaticsJson.parse(json).cues).toEqual([
      { speaker: 'channel_2', startMs: 0, endMs: 1100, text: 'Hola ¿qué tal?', line: null },
    ]);
  });
});

describe('googleSttJson', () => {
  it('v1 with diarisation: reads only the last result, where every word has its speakerTag (no word twice)', () => {
    const parsed = parseFixture('google-stt-v1.json');
    expect(parsed.format).toBe('google-stt-json');
    expect(parsed.metadata).toEqual({ language: 'en-us' });
    expect(parsed.cues).toEqual(expectedCues(WORD_LEVEL_CUES, (s) => `Speaker ${s + 1}`));
  });

  it('v2: "1.500s" offsets and speakerLabel, words grouped across results', () => {
    const parsed = parseFixture('google-stt-v2.json');
    expect(parsed.metadata).toEqual({ language: 'en-US' });
    expect(parsed.cues).toEqual(expectedCues(WORD_LEVEL_CUES, (s) => `Speaker ${s + 1}`));
  });

  it('speakerTag 0 is no speaker; a result without words gives its transcript untimed', () => {
    const tagged = {
      results: [
        {
          alternatives: [
            {
              words: [
                {
                  word: 'Привет',
                  startTime: { seconds: 1, nanos: 0 },
                  endTime: { nanos: 400000000, seconds: 1 },
                  speakerTag: 0,
                },
              ],
            },
          ],
        },
      ],
    };
    expect(googleSttJson.parse(tagged).cues).toEqual([
      { speaker: null, startMs: 1000, endMs: 1400, text: 'Привет', line: null },
    ]);
    const untimed = { results: [{ alternatives: [{ transcript: 'bonjour à tous' }] }, { alternatives: [] }] };
    expect(googleSttJson.parse(untimed).cues).toEqual([
      { speaker: null, startMs: null, endMs: null, text: 'bonjour à tous', line: null },
    ]);
  });

  it('durations: strings with "s", {seconds, nanos} with int64 seconds as text, bare numbers', () => {
    expect(durationAt('12.250s', 'x')).toBe(12250);
    expect(durationAt({ seconds: '3725', nanos: 100000000 }, 'x')).toBe(3725100);
    expect(durationAt({}, 'x')).toBe(0);
    expect(durationAt(2.5, 'x')).toBe(2500);
    expect(errorOf(() => durationAt('-1s', 'w.startOffset')).details).toEqual({ path: 'w.startOffset' });
  });
});

describe('azureSpeechJson', () => {
  it('one cue per recognised phrase, display text, ticks to ms; a NoMatch phrase is skipped', () => {
    const parsed = parseFixture('azure-speech.json');
    expect(parsed.format).toBe('azure-speech-json');
    expect(parsed.metadata).toEqual({ source: 'https://example.invalid/weekly-sync.wav', duration: 'PT1M31.5S' });
    expect(parsed.cues).toEqual(expectedCues(MEETING, (s) => `Speaker ${s + 1}`));
  });

  it('stereo without diarisation: the channel is the person; times from words in ms; lexical when no display', () => {
    const phrase = (channel: number, lexical: string, offsetMilliseconds: number) => ({
      channel,
      nBest: [{ lexical, words: [{ word: lexical, offsetMilliseconds, durationMilliseconds: 600 }] }],
    });
    const json = { recognizedPhrases: [phrase(0, 'dzień dobry', 500), phrase(1, 'witam', 1500)] };
    expect(azureSpeechJson.parse(json).cues).toEqual([
      { speaker: 'Channel 0', startMs: 500, endMs: 1100, text: 'dzień dobry', line: null },
      { speaker: 'Channel 1', startMs: 1500, endMs: 2100, text: 'witam', line: null },
    ]);
  });

  it('ISO 8601 durations as Azure writes them', () => {
    expect(isoDurationMs('PT1M2.5S')).toBe(62500);
    expect(isoDurationMs('PT0.07S')).toBe(70);
    expect(isoDurationMs('P1DT1H')).toBe(90_000_000);
    expect(isoDurationMs('PT')).toBeNull();
    expect(isoDurationMs('1.5')).toBeNull();
  });
});

describe('ibmWatsonJson', () => {
  it('timestamps with per-word speaker labels; %HESITATION is not a word', () => {
    const parsed = parseFixture('ibm-watson.json');
    expect(parsed.format).toBe('ibm-watson-json');
    // The hesitation at 31.4 s before line 7 is dropped, so line 7 still starts at 31.8 s.
    expect(parsed.cues).toEqual(expectedCues(WORD_LEVEL_CUES, (s) => `Speaker ${s}`));
  });

  it('a result without timestamps gives its transcript, untimed and without hesitations', () => {
    const json = {
      results: [{ final: true, alternatives: [{ transcript: 'so %HESITATION we start ' }] }],
      result_index: 0,
    };
    expect(ibmWatsonJson.parse(json).cues).toEqual([
      { speaker: null, startMs: null, endMs: null, text: 'so we start', line: null },
    ]);
  });
});

describe('qmsumJson', () => {
  it('keeps speakers and text as written, markers included, with no timings', () => {
    const parsed = parseFixture('qmsum-style.json');
    expect(parsed.format).toBe('qmsum-json');
    expect(parsed.timingsAreReal).toBe(false);
    expect(parsed.cues).toHaveLength(19);
    expect(parsed.cues.every((c) => c.startMs === null && c.endMs === null && c.line === null)).toBe(true);
    expect(new Set(parsed.cues.map((c) => c.speaker))).toEqual(
      new Set(['Zoë', 'Łukasz', 'Дмитрий', 'Παναγιώτης', '李娜']),
    );
    expect(parsed.cues[0]).toEqual({
      speaker: 'Zoë',
      startMs: null,
      endMs: null,
      text: "Okay , let's get started . Thanks for joining , everyone . {vocalsound}",
      line: null,
    });
    expect(parsed.cues[6]).toEqual({
      speaker: 'Παναγιώτης',
      startMs: null,
      endMs: null,
      text: '{vocalsound}',
      line: null,
    });
    expect(parsed.cues[13]!.text).toBe('Did you test it with the {disfmarker} with the screen reader ?');
    expect(parsed.cues[18]!.text).toBe("Let's wrap up there . Have a good week , everyone ! 🎉");
  });

  it('treats a blank speaker as no speaker and skips empty turns', () => {
    const json = {
      meeting_transcripts: [
        { speaker: ' ', content: 'Hello .' },
        { speaker: 'Grad C', content: '' },
      ],
    };
    expect(qmsumJson.parse(json).cues).toEqual([
      { speaker: null, startMs: null, endMs: null, text: 'Hello .', line: null },
    ]);
  });
});

describe('transcriptJson', () => {
  it('the fixture is a valid Transcript', () => {
    expect(Transcript.safeParse(FIXTURES['transcript.json'].json).success).toBe(true);
  });

  const expected: RawCue[] = [
    {
      speaker: 'Zoë Adams',
      startMs: 1000,
      endMs: 4100,
      text: "Okay, let's get started. Thanks for joining, everyone.",
      line: null,
    },
    {
      speaker: 'Zoë Adams',
      startMs: 4600,
      endMs: 8500,
      text: 'First item is the beta release. Łukasz, where are we?',
      line: null,
    },
    {
      speaker: 'Łukasz Nowak',
      startMs: 9200,
      endMs: 13900,
      text: 'We merged the offline sync on Tuesday. Two bugs are still open.',
      line: null,
    },
    {
      speaker: 'Дмитрий Иванов',
      startMs: 14500,
      endMs: 18800,
      text: 'I can confirm. I reproduced the second one on Android yesterday.',
      line: null,
    },
    {
      speaker: 'Zoë Adams',
      startMs: 19300,
      endMs: 23200,
      text: 'Thanks, Дмитрий. How long do you need for the fix?',
      line: null,
    },
    {
      speaker: 'Łukasz Nowak',
      startMs: 23800,
      endMs: 27700,
      text: 'Probably two days, if nobody pulls me into another meeting.',
      line: null,
    },
    // The laughter stood alone at 27.9 s: after u6 (23.8 s), before u7 (28.0 s).
    { speaker: 'Παναγιώτης Παπαδόπουλος', startMs: 27900, endMs: 27900, text: '[laughter]', line: null },
    { speaker: 'Παναγιώτης Παπαδόπουλος', startMs: 28000, endMs: 28700, text: "That's optimistic.", line: null },
    {
      speaker: '李娜',
      startMs: 29500,
      endMs: 35400,
      text: 'From the data side, crash reports went down by forty percent since the last build.',
      line: null,
    },
    {
      speaker: 'Zoë Adams',
      startMs: 36000,
      endMs: 40700,
      text: "That's great news, 李娜. Can you share the dashboard after the call?",
      line: null,
    },
    {
      speaker: '李娜',
      startMs: 41200,
      endMs: 44300,
      text: "Sure, I'll post the link in the channel. (inaudible)",
      line: null,
    },
    // 12 words, so the middle marker goes after the 6th.
    {
      speaker: 'Παναγιώτης Παπαδόπουλος',
      startMs: 45000,
      endMs: 49700,
      text: 'Yes. I simplified the first screen, [crosstalk] there are only two buttons now.',
      line: null,
    },
    {
      speaker: 'Zoë Adams',
      startMs: 50300,
      endMs: 54200,
      text: 'Great, thank you all. Have a good week, everyone! 🎉',
      line: null,
    },
  ];

  it('turns utterances back into cues by speaker name, with events written back at their positions', () => {
    const parsed = parseFixture('transcript.json');
    expect(parsed.format).toBe('transcript-json');
    expect(parsed.timingsAreReal).toBe(true);
    expect(parsed.metadata).toEqual({ sourceFormat: 'webvtt', Kind: 'captions', Language: 'en' });
    expect(parsed.cues).toEqual(expected);
  });

  it('reads the transcript inside an analysis object', () => {
    const analysis = {
      schemaVersion: 1,
      generator: { name: 'meeting-analyser', version: '0.1.0' },
      transcript: fixture('transcript.json'),
      metrics: {},
    };
    expect(transcriptJson.matches(analysis)).toBe(true);
    expect(transcriptJson.parse(analysis).cues).toEqual(expected);
  });

  it('normalises back to the same people, utterances and events', () => {
    const original = FIXTURES['transcript.json'].json as Transcript;
    const again = normalize(parseFixture('transcript.json'));
    expect(again.speakers.map((s) => s.name)).toEqual([
      'Zoë Adams',
      'Łukasz Nowak',
      'Дмитрий Иванов',
      'Παναγιώτης Παπαδόπουλος',
      '李娜',
    ]);
    expect(again.utterances.map((u) => [u.startMs, u.endMs, u.text])).toEqual(
      original.utterances.map((u) => [u.startMs, u.endMs, u.text]),
    );
    expect(again.events.map((e) => [e.kind, e.position, e.label])).toEqual([
      ['laughter', 'alone', '[laughter]'],
      ['inaudible', 'end', '(inaudible)'],
      ['crosstalk', 'middle', '[crosstalk]'],
    ]);
    // 120 whitespace tokens, of which "🎉" is not a word.
    expect(again.wordCount).toBe(119);
  });
});

describe('broken files that match a format fail with the JSON path', () => {
  const cases: Array<[string, FixtureName, (json: any) => void, string, RegExp]> = [
    [
      'a start that is not a number',
      'whisper-segments.json',
      (j) => (j.segments[12].start = 'abc'),
      'segments[12].start',
      /^segments\[12\]\.start should be a time in seconds, found a string \("abc"\)$/,
    ],
    [
      'an end before the start',
      'whisper-segments.json',
      (j) => (j.segments[3].end = 1),
      'segments[3].end',
      /^segments\[3\]\.end \(1 s\) is before the start \(16\.4 s\)$/,
    ],
    [
      'text that is not a string',
      'whisper-segments.json',
      (j) => (j.segments[5].text = 42),
      'segments[5].text',
      /should be a string, found the number 42$/,
    ],
    [
      'a negative time',
      'whisper-segments.json',
      (j) => (j.segments[1].start = -2),
      'segments[1].start',
      /should not be negative, found the number -2$/,
    ],
    [
      'a time of 1e308 seconds',
      'whisper-segments.json',
      (j) => (j.segments[1].start = 1e308),
      'segments[1].start',
      /is longer than any recording \(over 7 days\), found the number 1e\+308$/,
    ],
    [
      'a speaker that is an object',
      'whisper-segments.json',
      (j) => (j.segments[0].speaker = { name: 'Zoë' }),
      'segments[0].speaker',
      /should be a speaker number or label, found an object$/,
    ],
    [
      'a segment that is null',
      'whisper-verbose.json',
      (j) => (j.segments[2] = null),
      'segments[2]',
      /should be an object, found null$/,
    ],
    [
      'segments that are not an array',
      'whisper-verbose.json',
      (j) => (j.segments = 'none'),
      'segments',
      /^segments should be an array, found a string \("none"\)$/,
    ],
    [
      'offsets that run backwards',
      'whisper-cpp.json',
      (j) => (j.transcription[4].offsets.to = 100),
      'transcription[4].offsets.to',
      /\(0\.1 s\) is before the start \(22\.5 s\)$/,
    ],
    [
      'an unreadable clock time',
      'whisper-cpp.json',
      (j) => {
        delete j.transcription[0].offsets;
        j.transcription[0].timestamps.from = 'soon';
      },
      'transcription[0].timestamps.from',
      /should be a time such as "00:01:02,500", found a string \("soon"\)$/,
    ],
    [
      'utterances that are not an array',
      'deepgram-utterances.json',
      (j) => (j.results.utterances = 'none'),
      'results.utterances',
      /should be an array/,
    ],
    [
      'a fractional speaker number',
      'deepgram-utterances.json',
      (j) => (j.results.utterances[6].speaker = 1.5),
      'results.utterances[6].speaker',
      /found the number 1\.5$/,
    ],
    [
      'a word time that is not a number',
      'deepgram-words.json',
      (j) => (j.results.channels[0].alternatives[0].words[3].start = 'x'),
      'results.channels[0].alternatives[0].words[3].start',
      /should be a time in seconds/,
    ],
    [
      'no alternatives',
      'deepgram-words.json',
      (j) => (j.results.channels[0].alternatives = []),
      'results.channels[0].alternatives[0]',
      /should be an object, found nothing$/,
    ],
    [
      'utterances that are an object',
      'assemblyai-utterances.json',
      (j) => (j.utterances = {}),
      'utterances',
      /^utterances should be an array, found an object$/,
    ],
    [
      'a word that ends before it starts',
      'assemblyai-words.json',
      (j) => (j.words[10].end = 5),
      'words[10].end',
      /is before the start/,
    ],
    [
      'a start_time that is not a number',
      'aws-transcribe.json',
      (j) => (j.results.items[2].start_time = 'soon'),
      'results.items[2].start_time',
      /should be a time in seconds, found a string \("soon"\)$/,
    ],
    [
      'an item without alternatives',
      'aws-transcribe.json',
      (j) => (j.results.items[0].alternatives = []),
      'results.items[0].alternatives[0]',
      /should be an object, found nothing$/,
    ],
    [
      'a turn that ends before it begins',
      'aws-call-analytics.json',
      (j) => (j.Transcript[3].EndOffsetMillis = 100),
      'Transcript[3].EndOffsetMillis',
      /\(0\.1 s\) is before the start \(16 s\)$/,
    ],
    [
      'content that is null',
      'aws-call-analytics.json',
      (j) => (j.Transcript[0].Content = null),
      'Transcript[0].Content',
      /should be a string, found null$/,
    ],
    [
      'content that is a number',
      'qmsum-style.json',
      (j) => (j.meeting_transcripts[2].content = 7),
      'meeting_transcripts[2].content',
      /found the number 7$/,
    ],
    [
      'meeting_transcripts that is not an array',
      'qmsum-style.json',
      (j) => (j.meeting_transcripts = 'x'),
      'meeting_transcripts',
      /should be an array/,
    ],
    [
      'a startMs that breaks the schema',
      'transcript.json',
      (j) => (j.utterances[3].startMs = 'soon'),
      'utterances[3].startMs',
      /^utterances\[3\]\.startMs does not match the Transcript schema: /,
    ],
    [
      'an unknown speaker id',
      'transcript.json',
      (j) => (j.utterances[0].speakerId = 's9'),
      'utterances[0].speakerId',
      /names speaker "s9", which is not in speakers$/,
    ],
    [
      'an utterance that ends before it starts',
      'transcript.json',
      (j) => (j.utterances[2].endMs = 100),
      'utterances[2].endMs',
      /\(0\.1 s\) is before the start \(9\.2 s\)$/,
    ],
    [
      'an event for an unknown utterance',
      'transcript.json',
      (j) => (j.events[1].utteranceId = 'u99'),
      'events[1].utteranceId',
      /names utterance "u99", which is not in utterances$/,
    ],
    [
      'a WhisperX word speaker that is a list',
      'whisperx-word-speakers.json',
      (j) => (j.segments[2].words[4].speaker = ['SPEAKER_01']),
      'segments[2].words[4].speaker',
      /should be a speaker number or label, found an array of 1 item$/,
    ],
    [
      'a Rev element that ends before it starts',
      'rev.json',
      (j) => (j.monologues[1].elements[0].end_ts = 1),
      'monologues[1].elements[0].end_ts',
      /\(1 s\) is before the start \(9\.2 s\)$/,
    ],
    [
      'a Rev value that is a number',
      'rev.json',
      (j) => (j.monologues[0].elements[2].value = 3),
      'monologues[0].elements[2].value',
      /should be a string, found the number 3$/,
    ],
    [
      'a Speechmatics start_time that is text',
      'speechmatics.json',
      (j) => (j.results[6].start_time = 'soon'),
      'results[6].start_time',
      /should be a time in seconds, found a string \("soon"\)$/,
    ],
    [
      'a Speechmatics word without alternatives',
      'speechmatics.json',
      (j) => (j.results[0].alternatives = []),
      'results[0].alternatives[0]',
      /should be an object, found nothing$/,
    ],
    [
      'a Google v1 duration with text for seconds',
      'google-stt-v1.json',
      (j) => (j.results[11].alternatives[0].words[3].startTime = { seconds: 'two' }),
      'results[11].alternatives[0].words[3].startTime',
      /should be a duration such as "1\.500s" or \{ seconds, nanos \}, found an object$/,
    ],
    [
      'a Google v2 offset without its unit',
      'google-stt-v2.json',
      (j) => (j.results[2].alternatives[0].words[0].startOffset = '9.2'),
      'results[2].alternatives[0].words[0].startOffset',
      /found a string \("9\.2"\)$/,
    ],
    [
      'a Google word that is a number',
      'google-stt-v2.json',
      (j) => (j.results[0].alternatives[0].words[1].word = 5),
      'results[0].alternatives[0].words[1].word',
      /should be a string, found the number 5$/,
    ],
    [
      'Azure ticks that are text',
      'azure-speech.json',
      (j) => (j.recognizedPhrases[4].offsetInTicks = 'late'),
      'recognizedPhrases[4].offsetInTicks',
      /should be a number of 100-ns ticks, found a string \("late"\)$/,
    ],
    [
      'an Azure ISO duration that is not one',
      'azure-speech.json',
      (j) => {
        delete j.recognizedPhrases[2].offsetInTicks;
        j.recognizedPhrases[2].offset = '9.2 seconds';
      },
      'recognizedPhrases[2].offset',
      /should be an ISO 8601 duration such as "PT1\.5S"/,
    ],
    [
      'an Azure nBest that is an object',
      'azure-speech.json',
      (j) => (j.recognizedPhrases[0].nBest = {}),
      'recognizedPhrases[0].nBest',
      /should be an array, found an object$/,
    ],
    [
      'an IBM timestamp with two items',
      'ibm-watson.json',
      (j) => (j.results[3].alternatives[0].timestamps[1] = ['Both', 16.8]),
      'results[3].alternatives[0].timestamps[1]',
      /should be \["word", start, end\], found an array of 2 items$/,
    ],
    [
      'an IBM speaker label that ends before it starts',
      'ibm-watson.json',
      (j) => (j.speaker_labels[2].to = 0.5),
      'speaker_labels[2].to',
      /\(0\.5 s\) is before the start \(1\.8 s\)$/,
    ],
  ];

  it.each(cases)('%s (%s)', (_what, name, breakIt, path, message) => {
    const json = fixture(name);
    breakIt(json);
    const { parser } = FIXTURES[name];
    expect(parser.matches(json)).toBe(true);
    const err = errorOf(() => parser.parse(json));
    expect(err.code).toBe('invalid-structure');
    expect(err.details).toEqual({ path });
    expect(err.message).toMatch(message);
    expect(err.line).toBeNull();
  });

  it('refuses a time beyond a week, like every other format (found by the random-JSON property below)', () => {
    const transcript = fixture('transcript.json');
    transcript.utterances[3].endMs = 2_845_127_166_689_743;
    const err = errorOf(() => transcriptJson.parse(transcript));
    expect(err.code).toBe('invalid-structure');
    expect(err.details).toEqual({ path: 'utterances[3].endMs' });
    expect(err.message).toMatch(/is longer than any recording \(over 7 days\)/);
    const event = fixture('transcript.json');
    event.events = [
      { kind: 'laughter', label: '[laughter]', speakerId: null, utteranceId: null, startMs: 9e15, position: 'alone' },
    ];
    expect(errorOf(() => transcriptJson.parse(event)).details).toEqual({ path: 'events[0].startMs' });
  });

  it('prefixes the path with `transcript.` inside an analysis object', () => {
    const transcript = fixture('transcript.json');
    transcript.utterances[3].startMs = 'soon';
    const err = errorOf(() => transcriptJson.parse({ schemaVersion: 1, transcript }));
    expect(err.details).toEqual({ path: 'transcript.utterances[3].startMs' });
  });
});

describe('any JSON value: matches() answers, parse() returns cues or throws a TranscriptError', () => {
  /** Cues that normalisation can rely on. */
  function expectSaneCues(parsed: ParsedTranscript): void {
    for (const cue of parsed.cues) {
      expect(typeof cue.text).toBe('string');
      expect(cue.text).not.toBe('');
      expect(cue.speaker === null || typeof cue.speaker === 'string').toBe(true);
      for (const ms of [cue.startMs, cue.endMs]) {
        if (ms !== null) {
          expect(Number.isInteger(ms)).toBe(true);
          expect(ms).toBeGreaterThanOrEqual(0);
          expect(ms).toBeLessThanOrEqual(LONGEST_RECORDING_MS);
        }
      }
      if (cue.startMs !== null && cue.endMs !== null) expect(cue.endMs).toBeGreaterThanOrEqual(cue.startMs);
    }
  }

  function check(parser: JsonFormatParser, json: unknown): void {
    expect(typeof parser.matches(json)).toBe('boolean');
    let parsed: ParsedTranscript;
    try {
      parsed = parser.parse(json);
    } catch (err) {
      expect(err).toBeInstanceOf(TranscriptError);
      return;
    }
    expectSaneCues(parsed);
  }

  let deep: unknown = 'bottom';
  for (let i = 0; i < 20_000; i++) deep = i % 2 ? [deep] : { segments: deep };

  const awkward: Array<[string, unknown]> = [
    ['null', null],
    ['zero', 0],
    ['1e308', 1e308],
    ['-1e308', -1e308],
    ['an empty string', ''],
    ['an empty array', []],
    ['an empty object', {}],
    ['20,000 levels of nesting', deep],
    [
      'a __proto__ key from JSON.parse',
      JSON.parse('{"__proto__": {"segments": [{"start": 1, "text": "x"}]}, "text": "x"}'),
    ],
    ['null segments', { segments: null, text: '' }],
    ['null results', { results: null }],
    ['results without channels', { results: { channels: null } }],
    ['a null utterance', { results: { utterances: [null] } }],
    ['a negative AssemblyAI start', { audio_url: '', utterances: [{ start: -1, end: 5, text: 'a' }] }],
    ['Call Analytics as an object', { Transcript: {}, JobStatus: 'COMPLETED' }],
    ['whisper.cpp transcription as an object', { transcription: {}, systeminfo: '' }],
    [
      'huge AWS times',
      {
        results: {
          items: [{ type: 'pronunciation', start_time: '1e308', end_time: '1e309', alternatives: [{ content: 'x' }] }],
        },
      },
    ],
    [
      'a Transcript with a deep metadata value',
      { format: 'webvtt', speakers: [], utterances: [], metadata: { a: deep } },
    ],
  ];

  it.each(awkward)('%s', (_what, json) => {
    for (const parser of JSON_FORMATS) check(parser, json);
    expect(typeof describeJsonShape(json)).toBe('string');
  });

  it('random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        for (const parser of JSON_FORMATS) check(parser, json);
        expect(typeof describeJsonShape(json)).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  /** Keys the parsers look at, so random objects reach past the first checks. */
  const KEYS = [
    'segments',
    'text',
    'start',
    'end',
    'speaker',
    'words',
    'word',
    'results',
    'channels',
    'alternatives',
    'utterances',
    'transcript',
    'items',
    'type',
    'start_time',
    'end_time',
    'speaker_label',
    'speaker_labels',
    'audio_segments',
    'Transcript',
    'Content',
    'BeginOffsetMillis',
    'transcription',
    'offsets',
    'from',
    'to',
    'meeting_transcripts',
    'content',
    'format',
    'speakers',
    'audio_url',
    'status',
  ];
  const shaped = fc.letrec<{ node: unknown }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      fc.jsonValue({ maxDepth: 1 }),
      fc.array(tie('node'), { maxLength: 4 }),
      fc.dictionary(fc.constantFrom(...KEYS), tie('node'), { maxKeys: 5 }),
    ),
  })).node;

  it('random objects built from the keys the parsers read', () => {
    fc.assert(
      fc.property(shaped, (json) => {
        for (const parser of JSON_FORMATS) check(parser, json);
      }),
      { numRuns: 500 },
    );
  });

  /** Every path in a value, as key lists, for mutating fixtures. */
  function pathsOf(
    value: unknown,
    prefix: Array<string | number> = [],
    out: Array<Array<string | number>> = [],
  ): Array<Array<string | number>> {
    out.push(prefix);
    if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
    return out;
  }

  it.each([
    'whisper-verbose.json',
    'whisper-cpp.json',
    'assemblyai-words.json',
    'aws-call-analytics.json',
    'transcript.json',
    'deepgram-words.json',
    'aws-transcribe.json',
    'qmsum-style.json',
    'whisperx-word-speakers.json',
    'rev.json',
    'speechmatics.json',
    'google-stt-v1.json',
    'google-stt-v2.json',
    'azure-speech.json',
    'ibm-watson.json',
  ] as FixtureName[])('%s with one value anywhere replaced by random JSON', (name) => {
    const paths = pathsOf(FIXTURES[name].json).filter((p) => p.length > 0);
    fc.assert(
      fc.property(fc.nat(paths.length - 1), fc.jsonValue({ maxDepth: 2 }), (pick, replacement) => {
        const json = fixture(name);
        const path = paths[pick]!;
        let parent = json;
        for (const step of path.slice(0, -1)) parent = parent[step];
        parent[path[path.length - 1]!] = replacement;
        for (const parser of JSON_FORMATS) check(parser, json);
      }),
      { numRuns: 150 },
    );
  });
});

describe('describeJsonShape', () => {
  it.each([
    [null, 'the JSON value null'],
    [3, 'a JSON number'],
    ['hello', 'a JSON string'],
    [true, 'a JSON boolean'],
    [[], 'an empty JSON array'],
    [[1, 2, 3], 'a JSON array of 3 numbers'],
    [[1, 'a'], 'a JSON array of 2 mixed values'],
    [
      [
        { speaker: 'Zoë', line: 'Hi' },
        { speaker: 'Łukasz', line: 'Hello' },
      ],
      'a JSON array of 2 objects with keys speaker, line',
    ],
    [{}, 'an empty JSON object'],
    [{ title: 'Weekly sync', attendees: ['Zoë'] }, 'a JSON object with keys title, attendees'],
  ])('%j → %s', (json, description) => {
    expect(describeJsonShape(json)).toBe(description);
  });

  it('lists at most 8 keys and shortens long ones', () => {
    const json = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((k) => [k, 1]));
    expect(describeJsonShape(json)).toBe('a JSON object with keys a, b, c, d, e, f, g, h, ... (10 keys)');
    expect(describeJsonShape({ ['x'.repeat(50)]: 1 })).toBe(`a JSON object with keys ${'x'.repeat(30)}...`);
  });

  it.each([
    [{ monologues: [{ speaker: 0, elements: [{ type: 'text', value: 'Cześć', ts: 0.5, end_ts: 0.9 }] }] }, 'rev-json'],
    [
      {
        results: [{ alternatives: [{ transcript: 'hello', timestamps: [['hello', 0, 0.5]] }], final: true }],
        result_index: 0,
        speaker_labels: [{ from: 0, to: 0.5, speaker: 0 }],
      },
      'ibm-watson-json',
    ],
    [
      { results: [{ alternatives: [{ transcript: 'hello', words: [{ word: 'hello', speakerTag: 1 }] }] }] },
      'google-stt-json',
    ],
    [
      {
        format: '2.9',
        job: { duration: 4 },
        results: [
          { type: 'word', start_time: 0.5, end_time: 0.9, alternatives: [{ content: 'Cześć', speaker: 'S1' }] },
        ],
      },
      'speechmatics-json',
    ],
    [{ source: 'sync.wav', recognizedPhrases: [{ speaker: 1, nBest: [{ lexical: 'hello' }] }] }, 'azure-speech-json'],
  ])('a vendor shape once described as "not supported" is read now: %#', (json, format) => {
    expect(JSON_FORMATS.filter((p) => p.matches(json)).map((p) => p.format)).toEqual([format]);
    expect(describeJsonShape(json)).not.toContain('not supported');
  });
});

describe('joinWords', () => {
  it('attaches closing punctuation and joins Chinese without spaces', () => {
    expect(joinWords(['Thanks', ',', 'Zoë', '.'])).toBe('Thanks, Zoë.');
    expect(joinWords(['我们', '开始', '吧', '。'])).toBe('我们开始吧。');
    expect(joinWords(['李娜', 'said', '好的'])).toBe('李娜 said 好的');
  });
});
