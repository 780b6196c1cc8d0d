/**
 * The cue parsers on real exports and on webvtt-py's well- and ill-formed fixtures in
 * ../shared/corpus/formats (Node only; skipped with a message when the corpus is absent). Expected
 * values were read off the files by hand (speaker counts with `grep -c '^Name: '`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/parse/decode';
import { TranscriptError } from '../../src/parse/errors';
import { sbv } from '../../src/parse/formats/sbv';
import { srt } from '../../src/parse/formats/srt';
import { readWebVtt, webvtt } from '../../src/parse/formats/webvtt';
import type { ParsedTranscript, TextFormatParser } from '../../src/parse/types';
import { CORPUS_DIR, corpusAvailable } from '../eval/corpus';

const FORMATS = join(CORPUS_DIR, 'formats');
const HAVE_CORPUS = corpusAvailable('the subtitle corpus tests');

function text(path: string): string {
  return decodeText(readFileSync(join(FORMATS, path))).text;
}

function parse(parser: TextFormatParser, path: string): ParsedTranscript {
  return parser.parse(text(path));
}

function errorOf(parser: TextFormatParser, path: string): TranscriptError {
  try {
    parser.parse(text(path));
  } catch (err) {
    if (err instanceof TranscriptError) return err;
    throw err;
  }
  throw new Error(`${path}: expected a TranscriptError, nothing was thrown`);
}

const texts = (p: ParsedTranscript) => p.cues.map((c) => c.text);

// Skipped without ../shared/corpus (a fresh clone): it reads real data from there.
describe.skipIf(!HAVE_CORPUS)('real Zoom and Teams WebVTT exports', () => {
  it('zoom_vtt: 300 cues, 5 named speakers, 2 cues without a name', () => {
    const parsed = parse(webvtt, 'zoom_vtt/TranscriptParsing__transcript.vtt');
    expect(parsed.cues).toHaveLength(300);
    const counts: Record<string, number> = {};
    for (const c of parsed.cues) counts[String(c.speaker)] = (counts[String(c.speaker)] ?? 0) + 1;
    expect(counts).toEqual({
      'Andrew Knight': 45,
      'Paul McCartney': 242,
      'George Harrison': 3,
      'Ringo Starr': 1,
      'John Lennon': 7,
      null: 2,
    });
    expect(parsed.cues[0]).toEqual({
      speaker: 'Andrew Knight',
      startMs: 4859,
      endMs: 7410,
      text: "Okay, so we're recording. We're streaming",
      line: 5,
    });
    expect(parsed.cues.filter((c) => c.speaker === null).map((c) => [c.line, c.text])).toEqual([
      [137, 'And that'],
      [153, 'Yes. Okay.'],
    ]);
    expect(parsed.cues[299]).toMatchObject({ speaker: 'Andrew Knight', startMs: 3326820, endMs: 3341970 });
    expect(parsed.skipped).toBeUndefined();
  });

  it("teams_vtt: voice tags and Teams' short timestamps", () => {
    expect(parse(webvtt, 'teams_vtt/webvtt-py__teams_timeframe.vtt').cues).toEqual([
      { speaker: 'Yuri Bakulin', startMs: 0, endMs: 570, text: 'There you go.', line: 4 },
      { speaker: 'Adrian Petrescu', startMs: 210, endMs: 1130, text: 'Why hello there, Yuri.', line: 7 },
    ]);
  });
});

// Skipped without ../shared/corpus (a fresh clone): it reads real data from there.
describe.skipIf(!HAVE_CORPUS)('webvtt-py WebVTT fixtures', () => {
  const w = (name: string) => `webvtt/webvtt-py__${name}.vtt`;

  it('reads well-formed files: BOM, comments, cue tags, headers, styles, identifiers', () => {
    expect(parse(webvtt, w('captions_with_bom')).cues[0]).toEqual({
      speaker: null,
      startMs: 500,
      endMs: 7000,
      text: 'Caption text #1',
      line: 4,
    });
    expect(parse(webvtt, w('captions_with_bom')).cues).toHaveLength(4);
    expect(parse(webvtt, w('sample')).cues).toHaveLength(16);
    expect(parse(webvtt, w('one_caption')).cues).toHaveLength(1);

    const comments = parse(webvtt, w('comments'));
    expect(comments.metadata).toEqual({ WEBVTT: '- Translation of that film I like' });
    expect(texts(comments)).toEqual([
      '- Ta en kopp varmt te. - Det är inte varmt.',
      '- Har en kopp te. - Det smakar som te.',
      '- Ta en kopp',
    ]);

    expect(texts(parse(webvtt, w('cue_tags')))).toEqual([
      'When the moon hits your eye',
      'Like a big-a pizza pie',
      "That's amore",
    ]);
    expect(parse(webvtt, w('metadata_headers')).metadata).toEqual({ Kind: 'captions', Language: 'en' });
    expect(parse(webvtt, w('metadata_headers_multiline')).metadata).toEqual({
      Kind: 'captions',
      Language: 'en',
      Style: '::cue(c.colorCCCCCC) { color: rgb(204, 204, 204);\n}\n##',
    });
    expect(texts(parse(webvtt, w('styles')))).toEqual(['- Hello world.']);
    expect(readWebVtt(text(w('using_identifiers'))).cues.map((c) => c.id)).toEqual([
      '',
      'second caption',
      '',
      '4',
      '',
      '',
    ]);
  });

  it('youtube_dl: rolling automatic captions are not counted twice', () => {
    const parsed = parse(webvtt, w('youtube_dl'));
    expect(texts(parsed)).toEqual(['yeah', 'what', "this will happen is I'm telling"]);
    expect(parsed.metadata).toMatchObject({ Kind: 'captions', Language: 'en' });
  });

  it('skips and reports what cannot be timed; keeps the rest', () => {
    const badTime = parse(webvtt, w('invalid_timeframe'));
    expect(badTime.cues).toHaveLength(6);
    expect(badTime.skipped).toHaveLength(1);
    expect(badTime.skipped![0]!.line).toBe(6);
    expect(badTime.skipped![0]!.reason).toContain('00:00:1d.890');

    const noTime = parse(webvtt, w('missing_timeframe'));
    expect(noTime.cues).toHaveLength(6);
    expect(noTime.skipped).toEqual([
      { line: 6, reason: 'text without a cue timing line ("Caption text #2") was skipped' },
    ]);

    // A second timing line right after the first starts a new cue (W3C block rules); the first has no words.
    const arrowInText = parse(webvtt, w('invalid_timeframe_in_cue_text'));
    expect(arrowInText.cues.map((c) => [c.startMs, c.text, c.line])).toEqual([
      [500, 'Caption text #1', 4],
      [7000, 'Caption text #2', 8],
      [11890, 'Caption text #3', 11],
    ]);

    expect(parse(webvtt, w('missing_caption_text')).cues).toHaveLength(4);
  });

  it('refuses what is not WebVTT or has no cues', () => {
    expect(() => decodeText(readFileSync(join(FORMATS, w('empty'))))).toThrow(TranscriptError);
    expect(errorOf(webvtt, w('invalid'))).toMatchObject({ code: 'invalid-structure', line: 1 });
    expect(errorOf(webvtt, w('no_captions')).code).toBe('no-speech');
    expect(webvtt.sniff(text(w('invalid')))).toBe(0);
  });
});

// Skipped without ../shared/corpus (a fresh clone): it reads real data from there.
describe.skipIf(!HAVE_CORPUS)('webvtt-py SRT fixtures', () => {
  const s = (name: string) => `srt/webvtt-py__${name}.srt`;

  it('reads the valid files', () => {
    expect(parse(srt, s('sample')).cues).toHaveLength(5);
    expect(parse(srt, s('one_caption')).cues).toEqual([
      { speaker: null, startMs: 500, endMs: 7000, text: 'Caption text #1', line: 3 },
    ]);
  });

  it('invalid_timeframe: a "." instead of "," is read, not rejected', () => {
    const parsed = parse(srt, s('invalid_timeframe'));
    expect(parsed.cues).toHaveLength(5);
    expect(parsed.cues[1]).toMatchObject({ startMs: 7000, endMs: 11890, text: 'Caption text #2' });
    expect(parsed.skipped).toBeUndefined();
  });

  it('missing_timeframe: the cue without a timing line is skipped and reported', () => {
    const parsed = parse(srt, s('missing_timeframe'));
    expect(texts(parsed)).toEqual(['Caption text #1', 'Caption text #3', 'Caption text #4', 'Caption text #5']);
    expect(parsed.skipped).toHaveLength(1);
    expect(parsed.skipped![0]!.line).toBe(5);
  });

  it('missing_caption_text: the cue without words is left out', () => {
    expect(texts(parse(srt, s('missing_caption_text')))).toEqual([
      'Caption text #1',
      'Caption text #3',
      'Caption text #4',
      'Caption text #5',
    ]);
  });

  it('invalid_format1-4: a clear error with the line to look at', () => {
    expect(errorOf(srt, s('invalid_format1'))).toMatchObject({ code: 'malformed-timestamp', line: 2 });
    expect(errorOf(srt, s('invalid_format2'))).toMatchObject({ code: 'malformed-timestamp', line: 1 });
    expect(errorOf(srt, s('invalid_format3'))).toMatchObject({ code: 'malformed-timestamp', line: 2 });
    // A valid timing line with nothing after it, below a line of text without a timing.
    expect(errorOf(srt, s('invalid_format4'))).toMatchObject({ code: 'no-speech', line: 2 });
  });
});

// Skipped without ../shared/corpus (a fresh clone): it reads real data from there.
describe.skipIf(!HAVE_CORPUS)('webvtt-py SBV fixtures', () => {
  const b = (name: string) => `sbv/webvtt-py__${name}.sbv`;

  it('reads the valid files, joining two-line cues; an end before the start is kept as written', () => {
    const sample = parse(sbv, b('sample'));
    expect(sample.cues).toHaveLength(5);
    expect(sample.cues[2]).toEqual({
      speaker: null,
      startMs: 13489,
      endMs: 15489,
      text: 'Caption text #3 (line 1) Caption text #3 (line 2)',
      line: 8,
    });
    expect(sample.cues[4]).toMatchObject({ startMs: 17484, endMs: 16543 });
    expect(parse(sbv, b('two_captions')).cues).toHaveLength(2);
  });

  it('skips and reports a malformed or missing timing line', () => {
    const badTime = parse(sbv, b('invalid_timeframe'));
    expect(badTime.cues).toHaveLength(4);
    expect(badTime.skipped![0]!.line).toBe(7);
    const noTime = parse(sbv, b('missing_timeframe'));
    expect(noTime.cues).toHaveLength(4);
    expect(noTime.skipped).toEqual([{ line: 4, reason: 'text without a timing line ("Caption text #2") was skipped' }]);
    expect(parse(sbv, b('missing_caption_text')).cues).toHaveLength(4);
  });

  it('invalid_format: a clear error at line 1', () => {
    expect(errorOf(sbv, b('invalid_format'))).toMatchObject({ code: 'malformed-timestamp', line: 1 });
  });
});
