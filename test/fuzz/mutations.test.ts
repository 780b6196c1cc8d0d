/**
 * Fuzzing ingest() with mutations of real files (helpers/mutations.ts): byte flips, truncation,
 * duplicated, deleted and swapped lines, inserted NUL / BOM / CR / arrows, swapped timestamps; JSON
 * files also get structural changes (a value replaced by null, a huge number, a deep array), and
 * Word documents get the same mutations inside their document.xml.
 *
 * The sources are our own fixtures/ (always) and the shared corpus of real exports (skipped with a
 * message when ../shared/corpus is absent). Invariant: helpers/invariants.ts.
 */
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import type { FormatHints } from '../../src/parse/index';
import { hintsArb } from './helpers/encodings';
import { checkIngest } from './helpers/invariants';
import { jsonMutationArb, mutateJson, toJsonText } from './helpers/json-generators';
import { mutate, mutateDocxDocument, mutationArb } from './helpers/mutations';
import { OutcomeCounter, reportTallies, runFuzz, type FuzzTally } from './helpers/run-fuzz';
import { CORPUS_DIR, corpusFiles, fixtureFiles, type SourceFile } from './helpers/sources';

const TEST_TIMEOUT = 90_000;
const tallies: FuzzTally[] = [];
const outcomes = new OutcomeCounter();
afterAll(() => {
  reportTallies('mutations', tallies);
  console.log(`mutated files' outcomes: ${outcomes.summary()}`);
});

const FIXTURES = fixtureFiles();
const CORPUS = corpusFiles();
if (!CORPUS)
  console.log(
    `test/fuzz/mutations.test.ts: the corpus mutations are skipped: no corpus at ${CORPUS_DIR} (set CORPUS_DIR to point elsewhere)`,
  );

/** The hints of the file itself most of the time (as its upload would carry), random ones otherwise. */
const hintsFor = (file: SourceFile): fc.Arbitrary<FormatHints> =>
  fc.oneof({ arbitrary: fc.constant({ fileName: file.fileName }), weight: 3 }, { arbitrary: hintsArb, weight: 1 });

/** A mutated upload; fast-check prints it as its recipe (the file and the mutations), not as bytes. */
interface MutatedUpload {
  bytes: Uint8Array;
  hints: FormatHints;
  source: string;
}

function upload(bytes: Uint8Array, hints: FormatHints, source: string, recipe: unknown): MutatedUpload {
  return {
    bytes,
    hints,
    source,
    [fc.toStringMethod]: () => `${source} + ${JSON.stringify(recipe)} with hints ${JSON.stringify(hints)}`,
  } as MutatedUpload;
}

/** A file and a list of 1-4 byte-level mutations of it (inside document.xml for a Word document). */
function mutatedUploads(files: readonly SourceFile[]): fc.Arbitrary<MutatedUpload> {
  return fc
    .constantFrom(...files)
    .chain((file) =>
      fc.tuple(fc.constant(file), fc.array(mutationArb, { minLength: 1, maxLength: 4 }), fc.boolean(), hintsFor(file)),
    )
    .map(([file, mutations, inside, hints]) => {
      const inDocument = inside && file.fileName.endsWith('.docx');
      const bytes = inDocument ? mutateDocxDocument(file.bytes, mutations) : mutate(file.bytes, mutations);
      return upload(bytes, hints, file.name, { inDocument, mutations });
    });
}

/** A JSON file with 1-3 structural changes, written back compact or pretty. */
function mutatedJsonUploads(files: readonly SourceFile[]): fc.Arbitrary<MutatedUpload> {
  const parsed = files.flatMap((file) => {
    try {
      return [{ file, value: JSON.parse(new TextDecoder().decode(file.bytes)) as unknown }];
    } catch {
      return []; // a corpus file that is deliberately broken JSON: the byte mutations cover it
    }
  });
  return fc
    .constantFrom(...parsed)
    .chain(({ file, value }) =>
      fc.tuple(
        fc.constant(file),
        fc.constant(value),
        fc.array(jsonMutationArb, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(undefined, 2),
      ),
    )
    .map(([file, value, mutations, indent]) =>
      upload(
        new TextEncoder().encode(toJsonText(mutateJson(value, mutations), indent)),
        { fileName: file.fileName },
        file.name,
        { jsonMutations: mutations },
      ),
    );
}

function checkUpload({ bytes, hints, source }: MutatedUpload): void {
  try {
    const outcome = checkIngest(bytes, hints);
    outcomes.add(outcome.ok ? 'ok' : outcome.error.code);
  } catch (err) {
    throw new Error(`${source} (mutated): ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}

describe('mutations of our own fixtures', () => {
  it(
    `byte and line mutations of ${FIXTURES.length} fixture files`,
    () => {
      tallies.push(
        runFuzz('fixtures, bytes', mutatedUploads(FIXTURES), checkUpload, { runs: 2500, timeLimitMs: 30_000 }),
      );
    },
    TEST_TIMEOUT,
  );

  it(
    'structural mutations of the JSON fixtures',
    () => {
      tallies.push(
        runFuzz(
          'fixtures, JSON structure',
          mutatedJsonUploads(FIXTURES.filter((f) => f.fileName.endsWith('.json'))),
          checkUpload,
          { runs: 800, timeLimitMs: 15_000 },
        ),
      );
    },
    TEST_TIMEOUT,
  );
});

// Skipped without ../shared/corpus (a fresh clone): it reads real data from there.
describe.skipIf(!CORPUS)('mutations of real exports from the shared corpus', () => {
  const files = CORPUS ?? [];

  it(
    `byte and line mutations of ${files.length} of the corpus's transcript files`,
    () => {
      tallies.push(runFuzz('corpus, bytes', mutatedUploads(files), checkUpload, { runs: 2500, timeLimitMs: 40_000 }));
    },
    TEST_TIMEOUT,
  );

  it(
    "structural mutations of the corpus's JSON files",
    () => {
      tallies.push(
        runFuzz(
          'corpus, JSON structure',
          mutatedJsonUploads(files.filter((f) => f.fileName.endsWith('.json'))),
          checkUpload,
          { runs: 800, timeLimitMs: 20_000 },
        ),
      );
    },
    TEST_TIMEOUT,
  );
});
