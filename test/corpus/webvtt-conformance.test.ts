/**
 * Our WebVTT reader against the mozilla/vtt.js parser test suite in ../shared/corpus/formats/webvtt/
 * mozilla-vtt.js-tests (Node only; skipped with a message when the corpus is absent).
 *
 * What is compared, per `X.vtt`:
 * - with vtt.js's `X.json` (its parse): the number of cues, each cue's id, start and end time and raw
 *   text (markup still in), against `readWebVtt`, the spec-level reading;
 * - with vtt.js's `X-proc.json` (the DOM it renders, when present and not null): each cue's text
 *   with markup removed, against `webVttPlainText`. Its `textContent` is taken with `<rt>` ruby text
 *   left out (we drop ruby annotations on purpose: they spell out how the base text is read) and
 *   white space collapsed (we join lines with a space);
 * - the whole parse: `webvtt.parse` returns cues when some expected cue has words, and throws a
 *   TranscriptError when none has (we drop cues without words).
 * A `.vtt` without its own `X.json` is compared with the directory's `bad-<name>.json`, as vtt.js's
 * own test scripts do (e.g. cue-settings/align/test.js compares bogus-value.vtt with bad-align.json).
 * vtt.js's cue-times/ cases are not in the corpus; test/parse/webvtt-cue-times.test.ts checks them
 * (and says where we differ: three-digit minutes).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/parse/decode';
import { TranscriptError } from '../../src/parse/errors';
import { readWebVtt, webvtt } from '../../src/parse/formats/webvtt';
import { webVttPlainText } from '../../src/parse/formats/webvtt-cue-text';
import { CORPUS_DIR, corpusAvailable } from '../eval/corpus';

const SUITE = join(CORPUS_DIR, 'formats/webvtt/mozilla-vtt.js-tests');

/** Files we do not compare with vtt.js, and why. */
const NOT_COMPARED: ReadonlyArray<{ file: string; reason: string }> = [
  {
    file: 'integration/id.vtt',
    reason:
      'vtt.js follows an older draft that skipped a block after a bad timing line up to the next blank line. The current ' +
      'W3C rules ("collect a WebVTT block": a `-->` line that is not line 1, or line 2 after an identifier, ends the block ' +
      'and starts the next) read the timing line right after the bad `-->` identifier as a fifth cue, "Test"; we follow ' +
      'the W3C rules (checked in its own test below).',
  },
  { file: 'regions/no-line-break.vtt', reason: 'its expected parse, regions/no-line-break.json, is not in the corpus' },
  {
    file: 'regions/no-space-after-delimiter.vtt',
    reason: 'its expected parse, regions/no-space-after-delimiter.json, is not in the corpus',
  },
  {
    file: 'regions/space-before-delimiter.vtt',
    reason: 'its expected parse, regions/space-before-delimiter.json, is not in the corpus',
  },
];

interface ExpectedCue {
  id: string;
  startTime: number;
  endTime: number;
  text: string;
}

/** A node of vtt.js's rendered DOM (`X-proc.json`). */
interface ProcNode {
  localName?: string;
  data?: string;
  childNodes?: ProcNode[];
}

function listVttFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listVttFiles(join(dir, e.name)) : e.name.endsWith('.vtt') ? [join(dir, e.name)] : [],
  );
}

/** `X.json`, else the directory's `bad-<dir>.json` (`bad-line.json` for `lines/`, `bad-region.json` for `regions/`). */
function expectedParseFile(vtt: string): string | null {
  const own = vtt.replace(/\.vtt$/, '.json');
  if (existsSync(own)) return own;
  const dir = basename(dirname(vtt));
  for (const name of [`bad-${dir}.json`, `bad-${dir.replace(/s$/, '')}.json`]) {
    if (existsSync(join(dirname(vtt), name))) return join(dirname(vtt), name);
  }
  return null;
}

/** The words vtt.js rendered for one cue: text nodes, without `<rt>` ruby text, white space collapsed. */
function renderedText(node: ProcNode): string {
  if (node.localName === 'rt') return '';
  if (node.childNodes && node.childNodes.length > 0) return node.childNodes.map(renderedText).join('');
  return node.data ?? '';
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function readText(file: string): string {
  return decodeText(readFileSync(file)).text;
}

// Skipped without ../shared/corpus (a fresh clone): it reads real data from there.
describe.skipIf(!corpusAvailable('the WebVTT conformance suite'))(
  'WebVTT conformance: mozilla/vtt.js parser tests',
  () => {
    const files = existsSync(SUITE) ? listVttFiles(SUITE).sort() : [];
    const skippedByTable = new Set(NOT_COMPARED.map((n) => n.file));
    const compared = files.filter((f) => !skippedByTable.has(relative(SUITE, f)));

    it('has every file either compared or listed with a reason, and every listed file exists', () => {
      expect(files.length).toBe(231);
      for (const { file } of NOT_COMPARED) expect(existsSync(join(SUITE, file)), file).toBe(true);
      for (const file of compared) expect(expectedParseFile(file), relative(SUITE, file)).not.toBeNull();
      expect(compared.length).toBe(227);
    });

    describe.each(compared.map((f) => [relative(SUITE, f), f] as const))('%s', (_name, file) => {
      const expected = (JSON.parse(readFileSync(expectedParseFile(file)!, 'utf8')) as { cues: ExpectedCue[] }).cues;
      const text = readText(file);

      it('reads the same cues as vtt.js: count, ids, times, raw text', () => {
        const doc = readWebVtt(text);
        expect(doc.cues.map((c) => ({ id: c.id, startMs: c.startMs, endMs: c.endMs, text: c.text }))).toEqual(
          expected.map((c) => ({
            id: c.id,
            startMs: Math.round(c.startTime * 1000),
            endMs: Math.round(c.endTime * 1000),
            text: c.text,
          })),
        );
      });

      const procFile = file.replace(/\.vtt$/, '-proc.json');
      const rendered = existsSync(procFile) ? (JSON.parse(readFileSync(procFile, 'utf8')) as ProcNode[] | null) : null;
      // Registered only where vtt.js rendered the cues (60 files have no `-proc.json`, or a null one).
      if (rendered !== null) {
        it('removes markup to the words vtt.js renders', () => {
          const doc = readWebVtt(text);
          expect(doc.cues.map((c) => webVttPlainText(c.text))).toEqual(
            rendered.map((node) => collapse(renderedText(node))),
          );
        });
      }

      it('parses to cues exactly when some cue has words', () => {
        const withWords = readWebVtt(text).cues.filter((c) => webVttPlainText(c.text) !== '').length;
        if (withWords > 0) {
          expect(webvtt.parse(text).cues.length).toBeGreaterThanOrEqual(withWords);
        } else {
          expect(() => webvtt.parse(text)).toThrow(TranscriptError);
        }
      });
    });

    it('integration/id.vtt: follows the W3C block rules where vtt.js differs', () => {
      const doc = readWebVtt(readText(join(SUITE, 'integration/id.vtt')));
      expect(doc.cues.map((c) => [c.id, c.startMs, c.text])).toEqual([
        ['1', 1000, 'This'],
        ['Random', 2000, 'Is'],
        ['12*AS& Over ...', 3000, 'A'],
        ['', 4000, 'Test'],
        ['ja88120 aa', 6000, 'And stuff?'],
      ]);
      expect(doc.skipped).toHaveLength(1);
      expect(doc.skipped[0]!.line).toBe(15);
    });
  },
);
