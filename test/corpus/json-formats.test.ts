/**
 * The JSON parsers against real exports in ../shared/corpus (Node only; skipped when the corpus is absent).
 * Expected values were read off the files themselves (times, first words, counts of entries).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_FORMATS } from '../../src/parse/formats/json/index';
import type { ParsedTranscript } from '../../src/parse/types';
import { CORPUS_DIR } from '../eval/corpus';

const present = existsSync(CORPUS_DIR);
if (!present)
  console.log(
    `skipped the JSON corpus tests: the shared corpus is absent (looked in ${CORPUS_DIR}; set CORPUS_DIR to point elsewhere)`,
  );

function readJson(relative: string): unknown {
  return JSON.parse(readFileSync(join(CORPUS_DIR, relative), 'utf8'));
}

/** Detects the format as ingestion does (first match in order) and parses. */
function detectAndParse(json: unknown): ParsedTranscript {
  const claimed = JSON_FORMATS.filter((p) => p.matches(json));
  expect(claimed).toHaveLength(1);
  return claimed[0]!.parse(json);
}

// Skipped without ../shared/corpus (a fresh clone): it reads real data from there.
describe.skipIf(!present)('real speech-to-text JSON exports', () => {
  it('openai/whisper jfk.json: one segment, no speaker', () => {
    const parsed = detectAndParse(readJson('formats/whisper_json/openai-whisper__jfk.json'));
    expect(parsed.format).toBe('whisper-json');
    expect(parsed.metadata).toEqual({ language: 'en' });
    expect(parsed.cues).toEqual([
      {
        speaker: null,
        startMs: 0,
        endMs: 11000,
        text: 'And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country.',
        line: null,
      },
    ]);
  });

  it('ldcsplbtk whisper.json: two segments with words', () => {
    const parsed = detectAndParse(readJson('formats/whisper_json/ldcsplbtk__whisper.json'));
    expect(parsed.cues).toEqual([
      { speaker: null, startMs: 0, endMs: 2500, text: 'Hello world', line: null },
      { speaker: null, startMs: 2500, endMs: 5000, text: 'This is a test', line: null },
    ]);
  });

  it('Deepgram with utterances (not diarised): six utterances, speaker null', () => {
    const parsed = detectAndParse(readJson('formats/deepgram_json/deepgram-python-captions__dg_utterances.json'));
    expect(parsed.format).toBe('deepgram-json');
    expect(parsed.metadata?.duration).toBe('25.933313');
    expect(parsed.cues).toHaveLength(6);
    expect(parsed.cues.every((c) => c.speaker === null)).toBe(true);
    expect(parsed.cues[0]).toEqual({
      speaker: null,
      startMs: 80,
      endMs: 3220,
      text: "Yeah. As as much as, it's worth celebrating,",
      line: null,
    });
    // end 25.439999 s rounds to 25440 ms.
    expect(parsed.cues[5]).toEqual({
      speaker: null,
      startMs: 22300,
      endMs: 25440,
      text: "and didn't get the same opportunities that we have today.",
      line: null,
    });
  });

  it('Deepgram words only: no pause reaches 2 s (the longest is 1.18 s), so one cue of punctuated words', () => {
    const parsed = detectAndParse(readJson('formats/deepgram_json/deepgram-python-captions__dg_transcription.json'));
    expect(parsed.cues).toHaveLength(1);
    expect(parsed.cues[0]).toMatchObject({ speaker: null, startMs: 80, endMs: 25440 });
    expect(parsed.cues[0]!.text.startsWith("Yeah. As as much as, it's worth celebrating,")).toBe(true);
  });

  it('Deepgram Whisper model: no punctuated_word, so the bare lower-case words', () => {
    const parsed = detectAndParse(
      readJson('formats/deepgram_json/deepgram-python-captions__dg_whisper_transcription.json'),
    );
    expect(parsed.cues).toHaveLength(1);
    expect(parsed.cues[0]).toMatchObject({ speaker: null, startMs: 60, endMs: 25560 });
    expect(parsed.cues[0]!.text.startsWith("yeah as much as it's worth celebrating")).toBe(true);
  });

  it('AssemblyAI: one utterance by speaker A', () => {
    const parsed = detectAndParse(
      readJson('formats/assemblyai_json/deepgram-python-captions__assemblyai_utterances.json'),
    );
    expect(parsed.format).toBe('assemblyai-json');
    expect(parsed.metadata).toEqual({
      id: '6a9zvzyx8u-f8fd-4bf4-9614-9497d76c6891',
      language_code: 'en',
      audio_duration: '25',
    });
    expect(parsed.cues).toHaveLength(1);
    expect(parsed.cues[0]).toMatchObject({ speaker: 'Speaker A', startMs: 170, endMs: 25140 });
    expect(parsed.cues[0]!.text.startsWith("Yeah. As much as it's worth celebrating")).toBe(true);
  });

  it('Amazon Bedrock Data Automation audio: 51 segments by spk_0 (28) and spk_1 (23)', () => {
    const parsed = detectAndParse(
      readJson('formats/aws_transcribe_json/amazon-transcribe-output-word-document__bda-standard.json'),
    );
    expect(parsed.format).toBe('aws-transcribe-json');
    expect(parsed.metadata).toEqual({ duration_millis: '273160', dominant_asset_language: 'EN' });
    expect(parsed.cues).toHaveLength(51);
    expect(parsed.cues.filter((c) => c.speaker === 'spk_0')).toHaveLength(28);
    expect(parsed.cues.filter((c) => c.speaker === 'spk_1')).toHaveLength(23);
    expect(parsed.cues[0]).toEqual({
      speaker: 'spk_1',
      startMs: 1620,
      endMs: 5840,
      text: "Hello. Sleepaway Camp Hotel. We're a cut above the competition. How can I help you?",
      line: null,
    });
    expect(parsed.cues[50]).toEqual({ speaker: 'spk_0', startMs: 271780, endMs: 272210, text: 'Bye now.', line: null });
  });
});

// Skipped without ../shared/corpus (a fresh clone): it reads real data from there.
describe.skipIf(!present)('QMSum meetings', () => {
  const files = [
    'Bdb001',
    'Bed003',
    'Bmr003',
    'ES2004a',
    'ES2004b',
    'ES2004c',
    'ES2004d',
    'ES2005a',
    'covid_1',
    'education_13',
  ];

  it.each(files)('%s: one cue per non-empty turn, untimed', (name) => {
    const json = readJson(`meetings/qmsum/${name}.json`) as {
      meeting_transcripts: Array<{ speaker: string; content: string }>;
    };
    const parsed = detectAndParse(json);
    expect(parsed.format).toBe('qmsum-json');
    expect(parsed.timingsAreReal).toBe(false);
    const nonEmpty = json.meeting_transcripts.filter((t) => t.content.trim() !== '');
    expect(parsed.cues).toHaveLength(nonEmpty.length);
    expect(parsed.cues.map((c) => c.speaker)).toEqual(nonEmpty.map((t) => t.speaker));
    expect(parsed.cues.every((c) => c.startMs === null && c.endMs === null)).toBe(true);
  });

  it('Bdb001 has two empty turns (entries 18 and 571), which are skipped', () => {
    expect(detectAndParse(readJson('meetings/qmsum/Bdb001.json')).cues).toHaveLength(764);
  });

  it('ES2004a keeps its markers for normalisation', () => {
    const cues = detectAndParse(readJson('meetings/qmsum/ES2004a.json')).cues;
    expect(cues[0]).toEqual({
      speaker: 'User Interface',
      startMs: null,
      endMs: null,
      text: 'Hmm hmm hmm .',
      line: null,
    });
    expect(cues[1]!.text).toBe(
      "{vocalsound} Are we {disfmarker} we're not allowed to dim the lights so people can see that a bit better ?",
    );
  });
});

// Skipped without ../shared/corpus (a fresh clone): it reads real data from there.
describe.skipIf(!present)('vendors once recognised but refused, now read', () => {
  // Each sample holds "Hello world" (or "Hello there") by one speaker and a second phrase by another, with
  // times read off the file: 0-1 s, 1-2.5 s for the two words of the first speaker, then 2.5-3.5 s.
  const cue = (speaker: string, startMs: number, endMs: number, text: string) => ({
    speaker,
    startMs,
    endMs,
    text,
    line: null,
  });

  it.each([
    [
      'formats/rev_json/ldcsplbtk__rev.json',
      'rev-json',
      [cue('Speaker 1', 0, 2000, 'Hello there'), cue('Speaker 2', 2500, 4000, 'Hi friend')],
    ],
    [
      'formats/ibm_watson_json/ldcsplbtk__ibm_watson.json',
      'ibm-watson-json',
      [cue('Speaker 0', 0, 2500, 'Hello world'), cue('Speaker 1', 2500, 3500, 'test')],
    ],
    [
      'formats/google_stt_json/ldcsplbtk__google_cloud_v1.json',
      'google-stt-json',
      [cue('Speaker 1', 0, 2500, 'Hello world'), cue('Speaker 2', 2500, 3500, 'test')],
    ],
    [
      'formats/google_stt_json/ldcsplbtk__google_cloud_v2.json',
      'google-stt-json',
      [cue('Speaker 1', 0, 2500, 'Hello world'), cue('Speaker 2', 2500, 3500, 'test')],
    ],
    // No phrase-level times and no display text: times from the words' milliseconds, text from `lexical`.
    [
      'formats/azure_stt_json/ldcsplbtk__azure.json',
      'azure-speech-json',
      [cue('Speaker 1', 0, 2500, 'hello world'), cue('Speaker 2', 2500, 3500, 'test')],
    ],
  ])('%s is read as %s with both speakers', (file, format, cues) => {
    const parsed = detectAndParse(readJson(file));
    expect(parsed.format).toBe(format);
    expect(parsed.cues).toEqual(cues);
  });
});
