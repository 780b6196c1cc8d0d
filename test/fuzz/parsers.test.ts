/**
 * Fuzzing every parser, and ingest() as a whole, with generated transcripts in each format
 * (helpers/text-generators.ts, helpers/json-generators.ts) in every encoding real tools write.
 * Invariant (helpers/invariants.ts): a Transcript that satisfies the schema, or a TranscriptError with
 * a known code and, where the error is about a line, that line; never another exception.
 * The inputs are small (a few KB), so a quadratic path shows up in the pathological suite instead.
 */
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { JSON_FORMATS, TEXT_FORMATS } from '../../src/parse/formats/index';
import type { FormatHints } from '../../src/parse/index';
import { buildDocx, encodeText, encodingArb, hintsArb } from './helpers/encodings';
import { checkIngest, checkJsonParser, checkTextParser } from './helpers/invariants';
import { toJsonText, vendorLikeJson } from './helpers/json-generators';
import { OutcomeCounter, runFuzz, reportTallies, type FuzzTally } from './helpers/run-fuzz';
import {
  anyText,
  diarizedText,
  docxLines,
  otterText,
  plainText,
  sbvText,
  srtText,
  tableText,
  teamsCopyText,
  webvttText,
  zoomText,
} from './helpers/text-generators';

/** Generous: each suite takes a second or two on the 2-core CI machine. */
const TEST_TIMEOUT = 60_000;
const tallies: FuzzTally[] = [];
const outcomes = { text: new OutcomeCounter(), json: new OutcomeCounter(), docx: new OutcomeCounter() };
afterAll(() => {
  reportTallies('parsers', tallies);
  for (const [kind, counter] of Object.entries(outcomes)) console.log(`ingest ${kind} outcomes: ${counter.summary()}`);
});

/** Runs the invariant and counts the outcome. */
function ingestAndCount(counter: OutcomeCounter, bytes: Uint8Array, hints: FormatHints): void {
  const outcome = checkIngest(bytes, hints);
  counter.add(outcome.ok ? `ok ${outcome.transcript.format}` : outcome.error.code);
}

/** Parsers receive text as decodeText() leaves it: line feeds only, no BOM. */
const asDecoded = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

const GENERATORS = {
  webvtt: webvttText,
  srt: srtText,
  sbv: sbvText,
  'zoom-txt': zoomText,
  'otter-txt': otterText,
  'teams-txt': teamsCopyText,
  'diarized-txt': diarizedText,
  table: tableText,
  plain: plainText,
} as const;

describe('each text parser, directly', () => {
  // Every parser sees every format's text: a sniffer must say "not mine" without crashing.
  it.each(TEXT_FORMATS.map((p) => [p.format, p] as const))(
    '%s: sniff() and parse() on generated text of every format',
    (format, parser) => {
      const own = GENERATORS[format as keyof typeof GENERATORS];
      const text = fc.oneof({ arbitrary: own, weight: 3 }, { arbitrary: anyText, weight: 1 });
      tallies.push(
        runFuzz(`${format} parser`, text, (t) => checkTextParser(parser, asDecoded(t)), {
          runs: 500,
          timeLimitMs: 12_000,
        }),
      );
    },
    TEST_TIMEOUT,
  );
});

describe('each JSON parser, directly', () => {
  it.each(JSON_FORMATS.map((p) => [p.format, p] as const))(
    '%s: matches() and parse() on vendor-shaped JSON',
    (format, parser) => {
      tallies.push(
        runFuzz(`${format} parser`, vendorLikeJson, (value) => checkJsonParser(parser, value), {
          runs: 300,
          timeLimitMs: 8_000,
        }),
      );
    },
    TEST_TIMEOUT,
  );
});

describe('ingest() on generated uploads', () => {
  it(
    'text in every format, encoding and with right or wrong hints',
    () => {
      const upload = fc.tuple(anyText, encodingArb, hintsArb);
      tallies.push(
        runFuzz(
          'ingest text',
          upload,
          ([text, encoding, hints]) => ingestAndCount(outcomes.text, encodeText(text, encoding), hints),
          { runs: 1500, timeLimitMs: 25_000 },
        ),
      );
    },
    TEST_TIMEOUT,
  );

  it(
    'vendor-shaped JSON, pretty or compact, in UTF-8 or UTF-16',
    () => {
      const upload = fc.tuple(
        vendorLikeJson,
        fc.constantFrom(undefined, 2),
        fc.constantFrom('utf-8', 'utf-16le-bom') as fc.Arbitrary<'utf-8' | 'utf-16le-bom'>,
        hintsArb,
      );
      tallies.push(
        runFuzz(
          'ingest json',
          upload,
          ([value, indent, encoding, hints]) =>
            ingestAndCount(outcomes.json, encodeText(toJsonText(value, indent), encoding), hints),
          { runs: 1000, timeLimitMs: 20_000 },
        ),
      );
    },
    TEST_TIMEOUT,
  );

  it(
    'Word documents: Teams and Meet layouts, escaped or as broken XML',
    () => {
      const upload = fc.tuple(docxLines, fc.boolean(), hintsArb);
      tallies.push(
        runFuzz(
          'ingest docx',
          upload,
          ([lines, raw, hints]) => ingestAndCount(outcomes.docx, buildDocx(lines, raw), hints),
          { runs: 400, timeLimitMs: 15_000 },
        ),
      );
    },
    TEST_TIMEOUT,
  );
});
