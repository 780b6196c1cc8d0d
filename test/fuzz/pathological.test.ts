/**
 * Pathological inputs, each run in a worker thread with a deadline (helpers/isolated.ts), so that
 * a hang or a super-linear path fails its test instead of stalling CI: one 5 MB line, 5,000
 * speakers, JSON nested 100,000 levels deep, megabyte runs of the characters our patterns look for,
 * and zip bombs in DOCX (built at test time, helpers/zip-bomb.ts). Each must end in a Transcript or
 * a TranscriptError with the expected code; never another exception.
 *
 * The deadlines are hang guards, not performance budgets: every case takes well under a second
 * here (a 5 MB file is parsed in ~0.1-1 s), ten times that is still far from "never finishes".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormatHints } from '../../src/parse/index';
import { IsolatedRunner, type IsolatedResult } from './helpers/isolated';
import {
  docxWithBody,
  HUGE,
  honestSpaces,
  nestedJson,
  oneLineSpeakers,
  personName,
  RUN,
  utf8,
  vttTime,
  zipBomb,
} from './helpers/pathological-inputs';

/** Parsing must end within this, whatever the input. */
const INGEST_DEADLINE_MS = 10_000;
/** Parsing, the analysers, the commentary and (for some) the PDF: more work, same idea. */
const PIPELINE_DEADLINE_MS = 30_000;
/** Per test, on top of the deadline: the worker's start-up (tsx compiles the sources once). */
const TEST_TIMEOUT = PIPELINE_DEADLINE_MS + 60_000;

const runner = new IsolatedRunner();
beforeAll(() => runner.warmUp(), 120_000);
afterAll(() => runner.close());

type Expectation =
  | { transcript: { format: string; speakers?: number; utterances?: number; wordCount?: number } }
  | { error: string }
  | { rejected: string };
interface Case {
  name: string;
  build: () => Uint8Array;
  hints?: FormatHints;
  expected: Expectation;
}

async function ingestWithin(c: Case): Promise<IsolatedResult> {
  const result = await runner.run(c.build(), c.hints ?? {}, 'ingest', INGEST_DEADLINE_MS);
  if (result.outcome === 'crash') throw new Error(`not a TranscriptError: ${result.message}`);
  return result;
}

function expectOutcome(result: IsolatedResult, expected: Expectation): void {
  if ('error' in expected) {
    expect(result, JSON.stringify(result)).toMatchObject({ outcome: 'transcript-error', code: expected.error });
  } else if ('rejected' in expected) {
    expect(result, JSON.stringify(result)).toMatchObject({ outcome: 'rejected', code: expected.rejected });
  } else {
    expect(result, JSON.stringify(result)).toMatchObject({ outcome: 'transcript', ...expected.transcript });
  }
}

const SO_WORDS = Math.floor(HUGE / 3);
/** A normal first line, so that the run after it is read as a turn, not as a one-line file's title or metadata. */
const FIRST_TURN = 'Ana: Shall we start?\n';

describe('one 5 MB line', () => {
  it.each<Case>([
    // "so " x 1,747,626: one plain-text turn of that many words.
    {
      name: 'plain text, words',
      build: () => utf8(`Zoë Adams: ${'so '.repeat(SO_WORDS)}`),
      expected: { transcript: { format: 'plain', speakers: 1, utterances: 1, wordCount: SO_WORDS } },
    },
    {
      name: 'plain text, one 5 MB word',
      build: () => utf8(`Zoë Adams: ${'a'.repeat(HUGE)}`),
      expected: { transcript: { format: 'plain', speakers: 1, utterances: 1, wordCount: 1 } },
    },
    // Dashes are not a word (no letter or digit), but they are the turn's text.
    {
      name: 'plain text, 5 MB of dashes',
      build: () => utf8(`Zoë Adams: ${'-'.repeat(HUGE)}`),
      expected: { transcript: { format: 'plain', speakers: 1, utterances: 1, wordCount: 0 } },
    },
    {
      name: 'a WebVTT cue',
      build: () => utf8(`WEBVTT\n\n00:00:01.000 --> 00:00:09.000\nZoë Adams: ${'so '.repeat(SO_WORDS)}\n`),
      hints: { fileName: 'a.vtt' },
      expected: { transcript: { format: 'webvtt', speakers: 1, utterances: 1, wordCount: SO_WORDS } },
    },
    {
      name: 'a JSON string',
      build: () => utf8(JSON.stringify({ segments: [{ start: 0, end: 9, text: 'so '.repeat(SO_WORDS) }] })),
      expected: { transcript: { format: 'whisper-json', utterances: 1, wordCount: SO_WORDS } },
    },
    // An SRT timing line that goes on for 5 MB is no timing: no usable cue.
    {
      name: 'an SRT timing line',
      build: () => utf8(`1\n00:00:01,000 --> 00:00:02,000${' x'.repeat(HUGE / 2)}\nHi\n`),
      hints: { fileName: 'a.srt' },
      expected: { transcript: { format: 'srt', utterances: 1 } },
    },
    // Zoom names are at most 200 characters, so this is no caption header; `[a` cannot open a JSON
    // array, so the text readers get it, and read one unattributed paragraph.
    {
      name: 'a Zoom caption header with a 5 MB name',
      build: () => utf8(`[${'a'.repeat(HUGE)}] 10:00:00\nHello there\n`),
      expected: { transcript: { format: 'plain', utterances: 1 } },
    },
    {
      name: '5 MB of "<a " (tag-like)',
      build: () => utf8(`Zoë Adams: ${'<a '.repeat(HUGE / 3)}`),
      expected: { transcript: { format: 'plain', utterances: 1 } },
    },
    {
      name: '5 MB of "[" (JSON-like, never closed)',
      build: () => utf8('['.repeat(HUGE)),
      expected: { error: 'malformed-json' },
    },
  ])(
    '$name',
    async (c) => {
      expectOutcome(await ingestWithin(c), c.expected);
    },
    TEST_TIMEOUT,
  );
});

describe('5,000 speakers', () => {
  const SPEAKERS = 5000;
  it.each<Case>([
    {
      name: 'plain text',
      build: () => utf8(Array.from({ length: SPEAKERS }, (_, i) => `${personName(i)}: hello from me`).join('\n')),
      expected: { transcript: { format: 'plain', speakers: SPEAKERS, utterances: SPEAKERS, wordCount: 3 * SPEAKERS } },
    },
    {
      name: 'WebVTT voice tags',
      build: () =>
        utf8(
          `WEBVTT\n\n${Array.from({ length: SPEAKERS }, (_, i) => `${vttTime(i * 1000)} --> ${vttTime(i * 1000 + 900)}\n<v ${personName(i)}>hello from me</v>`).join('\n\n')}\n`,
        ),
      expected: { transcript: { format: 'webvtt', speakers: SPEAKERS, utterances: SPEAKERS, wordCount: 3 * SPEAKERS } },
    },
    {
      name: 'WhisperX JSON segments',
      build: () =>
        utf8(
          JSON.stringify({
            segments: Array.from({ length: SPEAKERS }, (_, i) => ({
              start: i,
              end: i + 0.9,
              text: 'hello from me',
              speaker: personName(i),
            })),
          }),
        ),
      expected: {
        transcript: { format: 'whisper-json', speakers: SPEAKERS, utterances: SPEAKERS, wordCount: 3 * SPEAKERS },
      },
    },
  ])(
    '$name',
    async (c) => {
      expectOutcome(await ingestWithin(c), c.expected);
    },
    TEST_TIMEOUT,
  );
});

describe('JSON nested 100,000 levels deep', () => {
  const DEPTH = 100_000;
  it.each<Case>([
    {
      name: 'arrays at the root',
      build: () => utf8(nestedJson(DEPTH, 'array')),
      expected: { error: 'unknown-format' },
    },
    {
      name: 'objects at the root',
      build: () => utf8(nestedJson(DEPTH, 'object')),
      expected: { error: 'unknown-format' },
    },
    { name: 'arrays never closed', build: () => utf8('['.repeat(DEPTH)), expected: { error: 'malformed-json' } },
    {
      name: "as a Whisper segment's text",
      build: () => utf8(`{"segments":[{"start":0,"end":1,"text":${nestedJson(DEPTH, 'array')}}]}`),
      expected: { error: 'invalid-structure' },
    },
    {
      name: 'as the QMSum turn list',
      build: () => utf8(`{"meeting_transcripts":${nestedJson(DEPTH, 'array', '{"speaker":"A","content":"hi"}')}}`),
      expected: { error: 'invalid-structure' },
    },
    {
      name: 'in the metadata of our own Transcript JSON',
      build: () => utf8(`{"format":"plain","speakers":[],"utterances":[],"metadata":${nestedJson(DEPTH, 'object')}}`),
      expected: { error: 'invalid-structure' },
    },
  ])(
    '$name',
    async (c) => {
      expectOutcome(await ingestWithin(c), c.expected);
    },
    TEST_TIMEOUT,
  );
});

describe('megabyte runs of what our patterns look for (regular-expression backtracking)', () => {
  const run = (unit: string) => unit.repeat(Math.ceil(RUN / unit.length));
  it.each<Case>([
    {
      name: 'spaces inside a plain-text turn',
      build: () => utf8(`Zoë Adams:${run(' ')}hi\nBo: yes\n`),
      expected: { transcript: { format: 'plain', speakers: 2 } },
    },
    // Sniffers read the first 300 characters of a line (helpers keep detection cheap): all spaces here.
    {
      name: 'spaces before a speaker label',
      build: () => utf8(`${run(' ')}Zoë Adams: hi\n`),
      expected: { error: 'unknown-format' },
    },
    {
      name: 'spaces inside a WebVTT timing line',
      build: () => utf8(`WEBVTT\n\n00:00:01.000${run(' ')}--> 00:00:02.000\nZoë: hi\n`),
      expected: { transcript: { format: 'webvtt', utterances: 1 } },
    },
    {
      name: 'spaces between an Otter name and its time',
      build: () => utf8(`Zoë Adams${run(' ')}0:03\nHello there\n\nBo  0:09\nHi\n`),
      expected: { transcript: { format: 'otter-txt' } },
    },
    {
      name: 'spaces after a Zoom caption header',
      build: () => utf8(`[Zoë Adams]${run(' ')}10:00:00\nHello there\n\n[Bo] 10:00:05\nHi\n`),
      expected: { transcript: { format: 'zoom-txt' } },
    },
    {
      name: 'spaces inside an SRT timing line',
      build: () => utf8(`1\n00:00:01,000${run(' ')}--> 00:00:02,000\nHi\n`),
      hints: { fileName: 'a.srt' },
      expected: { transcript: { format: 'srt' } },
    },
    // A timing line is judged by its first 40 characters: these are spaces, so line 1 is no timing.
    {
      name: 'spaces around an SBV timing',
      build: () => utf8(`${run(' ')}0:00:01.000,0:00:02.000${run(' ')}\nHi\n`),
      hints: { fileName: 'a.sbv' },
      expected: { error: 'malformed-timestamp' },
    },
    { name: 'colons alone', build: () => utf8(run(':')), expected: { error: 'unknown-format' } },
    {
      name: 'colons after a name',
      build: () => utf8(`Zoë Adams${run(':')}\n`),
      expected: { transcript: { format: 'plain' } },
    },
    {
      name: 'colons in a WebVTT header',
      build: () => utf8(`WEBVTT\nKind${run(':')}\n\n00:00:01.000 --> 00:00:02.000\nhi\n`),
      expected: { transcript: { format: 'webvtt' } },
    },
    {
      name: 'clock-like "00:" repeated',
      build: () => utf8(`${run('00:')}\nhi\n`),
      expected: { transcript: { format: 'plain' } },
    },
    // "Shall we start?" is 3 words; a run of brackets is none.
    {
      name: 'opening brackets in a turn',
      build: () => utf8(`${FIRST_TURN}Zoë Adams: ${run('[')}\n`),
      expected: { transcript: { format: 'plain', speakers: 2, utterances: 2, wordCount: 3 } },
    },
    {
      name: 'parentheses, braces and angle brackets',
      build: () => utf8(`${FIRST_TURN}Zoë Adams: ${run('({<')}\n`),
      expected: { transcript: { format: 'plain', speakers: 2, utterances: 2, wordCount: 3 } },
    },
    // Zoë's turn is nothing but markers: events, no utterance, so she is no speaker; Bo's "hi" remains.
    {
      name: 'bracketed non-speech markers',
      build: () => utf8(`Zoë Adams: ${run('[laughter] ')}\nBo: hi\n`),
      expected: { transcript: { format: 'plain', speakers: 1, utterances: 1 } },
    },
    {
      name: 'unclosed ASS override blocks',
      build: () => utf8(`1\n00:00:01,000 --> 00:00:02,000\n${run('{\\')}\n`),
      hints: { fileName: 'a.srt' },
      expected: { transcript: { format: 'srt' } },
    },
    { name: 'digits alone', build: () => utf8(run('1')), expected: { error: 'unknown-format' } },
    {
      name: 'digits in a turn',
      build: () => utf8(`${FIRST_TURN}Zoë Adams: ${run('1')}\n`),
      expected: { transcript: { format: 'plain', speakers: 2, wordCount: 3 + 1 } },
    },
    // "1 " x 524,288: that many one-digit words after the first turn's 3.
    {
      name: 'digits and spaces',
      build: () => utf8(`${FIRST_TURN}Zoë Adams: ${run('1 ')}\n`),
      expected: { transcript: { format: 'plain', speakers: 2, wordCount: 3 + RUN / 2 } },
    },
    { name: 'digits and colons', build: () => utf8(`${run('1:')}\n`), expected: { error: 'unknown-format' } },
    { name: '"-->" repeated', build: () => utf8(run('-->')), expected: { error: 'unknown-format' } },
    {
      name: '"-->" repeated after a WebVTT header',
      build: () => utf8(`WEBVTT\n\n${run('-->')}\n`),
      expected: { error: 'malformed-timestamp' },
    },
    {
      name: 'a WebVTT timing line of arrows',
      build: () => utf8(`WEBVTT\n\n00:00:01.000 ${run('--> ')}\nhi\n`),
      expected: { error: 'malformed-timestamp' },
    },
    {
      name: 'honorifics before a name',
      build: () => utf8(`${run('Hon. ')}Zoë Adams: hi\n`),
      expected: { transcript: { format: 'plain' } },
    },
    {
      name: 'a role with an unclosed name',
      build: () =>
        utf8(JSON.stringify({ meeting_transcripts: [{ speaker: `The Chair (Hon. ${run('a ')}`, content: 'hi' }] })),
      expected: { transcript: { format: 'qmsum-json', speakers: 1 } },
    },
    {
      name: 'entities in a Word paragraph',
      build: () => docxWithBody(`<w:p><w:r><w:t>Zoë Adams: ${run('&amp;&#')}</w:t></w:r></w:p>`),
      expected: { transcript: { format: 'docx', speakers: 1 } },
    },
    {
      name: 'an unclosed tag in a Word document',
      build: () => docxWithBody(`<w:p><w:r><w:t>Zoë Adams: hi</w:t></w:r></w:p><w:p ${run('a')}`),
      expected: { transcript: { format: 'docx', speakers: 1 } },
    },
  ])(
    '$name',
    async (c) => {
      expectOutcome(await ingestWithin(c), c.expected);
    },
    TEST_TIMEOUT,
  );
});

describe('zip bombs in DOCX', () => {
  it.each<Case>([
    // The central directory says 1 GiB: refused before anything is inflated.
    {
      name: 'a 1 GiB document.xml, declared honestly',
      build: () => zipBomb(1024 ** 3),
      expected: { error: 'invalid-docx' },
    },
    // The header lies: without counting the output, all of 1 GiB would be inflated (4 s here, and 10 MB of upload can carry ~10 GiB).
    {
      name: 'a 1 GiB document.xml declared as 1,000 bytes',
      build: () => zipBomb(1000),
      expected: { error: 'invalid-docx' },
    },
    {
      name: 'a 1 GiB document.xml declared as 40 MB (under the 50 MB limit)',
      build: () => zipBomb(40 * 1024 * 1024),
      expected: { error: 'invalid-docx' },
    },
    // 40 MB of spaces, declared as such: inflated (it is within the limit) and found to hold no paragraph.
    {
      name: 'an honest 40 MB document.xml of spaces',
      build: () => honestSpaces(40 * 1024 * 1024),
      expected: { error: 'no-speech' },
    },
  ])(
    '$name',
    async (c) => {
      const result = await ingestWithin(c);
      expectOutcome(result, c.expected);
    },
    TEST_TIMEOUT,
  );

  it(
    'says why: a lying header is reported as such',
    async () => {
      const result = await runner.run(zipBomb(1000), {}, 'ingest', INGEST_DEADLINE_MS);
      expect(result).toMatchObject({ outcome: 'transcript-error', code: 'invalid-docx' });
      expect(result.outcome === 'transcript-error' && result.message).toMatch(
        /more than the 1000 bytes its header declares/,
      );
    },
    TEST_TIMEOUT,
  );
});

describe('the whole pipeline on pathological transcripts', () => {
  it.each<Case & { stage: 'analyse' | 'pdf' }>([
    // Past the 1,000-speaker limit: refused before any analyser runs (issue 16).
    {
      name: '5,000 speakers, refused',
      stage: 'analyse',
      build: () => utf8(Array.from({ length: 5000 }, (_, i) => `${personName(i)}: hello from me`).join('\n')),
      expected: { rejected: 'too-many-speakers' },
    },
    // The PDF lists every speaker: 1,000 make a long report (~2 s), 5,000 take ~6 s more for the same check.
    {
      name: '1,000 speakers, rendered to PDF',
      stage: 'pdf',
      build: () => utf8(Array.from({ length: 1000 }, (_, i) => `${personName(i)}: hello from me`).join('\n')),
      expected: { transcript: { format: 'plain', speakers: 1000 } },
    },
    {
      name: 'a 5 MB turn of words, analysed',
      stage: 'analyse',
      build: () => utf8(`Zoë Adams: ${'so '.repeat(SO_WORDS / 10)}\nBo: yes\n`),
      expected: { transcript: { format: 'plain', speakers: 2 } },
    },
  ])(
    '$name',
    async (c) => {
      const result = await runner.run(c.build(), {}, c.stage, PIPELINE_DEADLINE_MS);
      if (result.outcome === 'crash') throw new Error(result.message);
      expectOutcome(result, c.expected);
    },
    TEST_TIMEOUT,
  );

  // Regression: redact.ts's e-mail pattern once retried the whole run from every start position
  // (quadratic: a 1 MB word took ~15 minutes); its local part is now bounded to 64 characters.
  it(
    'a 1 MB word, analysed',
    async () => {
      const result = await runner.run(
        utf8(`${FIRST_TURN}Zoë Adams: ${'a'.repeat(RUN)}\n`),
        {},
        'analyse',
        PIPELINE_DEADLINE_MS,
      );
      expectOutcome(result, { transcript: { format: 'plain', speakers: 2, wordCount: 4 } });
    },
    TEST_TIMEOUT,
  );
});

/**
 * Issue 16: inputs that are legal but enormous. Names, titles and attendees are cut to their limits
 * (src/model/limits.ts) and more than 1,000 speakers or 500 attendees are refused, so none of these
 * can hold the worker: once a 2 MB file name took 252 s to render and 5,000 one-line speakers made
 * 64 MB of JSON.
 */
describe('legal but enormous (issue 16)', () => {
  const TWO_MB = 2 * 1024 * 1024;
  const SMALL = utf8('Ana: Shall we start?\nBo: Yes, let us go.\nAna: Good, first item then.\n');

  it.each([5000, 20_000])(
    '%i one-line speakers: parsed within the deadline, then refused with the count and the limit',
    async (n) => {
      const bytes = utf8(oneLineSpeakers(n));
      const parsed = await runner.run(bytes, {}, 'ingest', INGEST_DEADLINE_MS);
      expect(parsed, JSON.stringify(parsed)).toMatchObject({
        outcome: 'transcript',
        format: 'plain',
        speakers: n,
        utterances: n,
      });
      const result = await runner.run(bytes, {}, 'analyse', PIPELINE_DEADLINE_MS);
      expect(result).toMatchObject({
        outcome: 'rejected',
        status: 422,
        code: 'too-many-speakers',
        details: { speakers: n, limitSpeakers: 1000 },
      });
    },
    TEST_TIMEOUT,
  );

  it(
    '1,000 speakers who each cut the previous one off (the limit): analysed, rendered, JSON under 400 bytes per input byte',
    async () => {
      const bytes = utf8(oneLineSpeakers(1000, '--'));
      const result = await runner.run(bytes, {}, 'pdf', PIPELINE_DEADLINE_MS);
      expect(result).toMatchObject({ outcome: 'transcript', speakers: 1000 });
      if (result.outcome !== 'transcript') return;
      expect(result.jsonBytes! / bytes.length).toBeLessThan(400);
    },
    TEST_TIMEOUT,
  );

  it(
    'a 2 MB speaker name (Whisper JSON): cut to 200 characters, analysed and rendered',
    async () => {
      const bytes = utf8(
        JSON.stringify({
          segments: [
            { start: 0, end: 2, text: 'Shall we start?', speaker: 'N'.repeat(TWO_MB) },
            { start: 2, end: 3, text: 'Yes.', speaker: 'Bo' },
          ],
        }),
      );
      const result = await runner.run(bytes, {}, 'pdf', PIPELINE_DEADLINE_MS);
      expect(result).toMatchObject({ outcome: 'transcript', format: 'whisper-json', speakers: 2 });
      expect(result.outcome === 'transcript' && result.longestName).toBeLessThanOrEqual(200);
    },
    TEST_TIMEOUT,
  );

  it(
    'a 2 MB title: cut to 200 characters, and the report is rendered',
    async () => {
      const result = await runner.run(SMALL, {}, 'pdf', PIPELINE_DEADLINE_MS, {
        title: 'Quarterly review '.repeat(TWO_MB / 17),
      });
      expect(result).toMatchObject({ outcome: 'transcript' });
      expect(result.outcome === 'transcript' && [...result.title!].length).toBeLessThanOrEqual(200);
    },
    TEST_TIMEOUT,
  );

  it(
    'a 2 MB title from a file name: cut the same way',
    async () => {
      const result = await runner.run(SMALL, { fileName: `${'a'.repeat(TWO_MB)}.txt` }, 'pdf', PIPELINE_DEADLINE_MS);
      expect(result).toMatchObject({ outcome: 'transcript' });
      expect(result.outcome === 'transcript' && [...result.title!].length).toBeLessThanOrEqual(200);
    },
    TEST_TIMEOUT,
  );

  it(
    'a 2 MB attendee name: cut to 200 characters, and the report is rendered',
    async () => {
      const result = await runner.run(SMALL, {}, 'pdf', PIPELINE_DEADLINE_MS, {
        attendees: ['Ana', 'Z'.repeat(TWO_MB)],
      });
      expect(result).toMatchObject({ outcome: 'transcript' });
      expect(result.outcome === 'transcript' && result.longestName).toBeLessThanOrEqual(200);
    },
    TEST_TIMEOUT,
  );

  it(
    '100,000 attendees: refused with the count and the limit',
    async () => {
      const attendees = Array.from({ length: 100_000 }, (_, i) => `Invitee ${i}`);
      const result = await runner.run(SMALL, {}, 'analyse', PIPELINE_DEADLINE_MS, { attendees });
      expect(result).toMatchObject({
        outcome: 'rejected',
        status: 422,
        code: 'too-many-attendees',
        details: { attendees: 100_000, limitAttendees: 500 },
      });
    },
    TEST_TIMEOUT,
  );

  it(
    '500 attendees (the limit), all silent: analysed and rendered',
    async () => {
      const attendees = Array.from({ length: 500 }, (_, i) => `Invitee ${personName(i)}`);
      const result = await runner.run(SMALL, {}, 'pdf', PIPELINE_DEADLINE_MS, { attendees });
      expect(result).toMatchObject({ outcome: 'transcript', speakers: 2 });
    },
    TEST_TIMEOUT,
  );

  it(
    'a 1 MB line of words, analysed and rendered',
    async () => {
      const result = await runner.run(
        utf8(`${FIRST_TURN}Zoë Adams: ${'so '.repeat(RUN / 3)}\n`),
        {},
        'pdf',
        PIPELINE_DEADLINE_MS,
      );
      expect(result).toMatchObject({ outcome: 'transcript', speakers: 2 });
    },
    TEST_TIMEOUT,
  );
});
