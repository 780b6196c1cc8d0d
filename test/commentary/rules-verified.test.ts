/**
 * Every item the rule-based commentator writes must pass the same verification as Claude's: a
 * dropped rules item is advice the user silently never sees. Run over every fixture, and over
 * every real meeting in ../shared/corpus when it is present (skipped, saying so, when absent).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { llmConfigFromEnv } from '../../src/commentary/config';
import { ingest } from '../../src/parse/index';
import { analyzeTranscript } from '../../src/pipeline/analyze';
import { CORPUS_DIR } from '../eval/corpus';

const ROOT = resolve(import.meta.dirname, '../..');
const OPTIONS = { commentary: 'rules' as const, llm: llmConfigFromEnv({}), now: new Date('2026-01-01T00:00:00Z') };

/** Transcript files under a folder: not the READMEs, the scripts that build binary fixtures, nor the coaching scenarios' expectations. */
function transcriptsUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return transcriptsUnder(path);
      return /\.(md|ts)$|\.expect\.json$|^known-failures\.json$/.test(name) ? [] : [path];
    });
}

async function rulesCommentaryOf(file: string) {
  const analysis = await analyzeTranscript(ingest(readFileSync(file), { fileName: basename(file) }), OPTIONS);
  return analysis.commentary;
}

const FIXTURES = transcriptsUnder(join(ROOT, 'fixtures')).map((f) => relative(ROOT, f));

describe('rule-based commentary on every fixture', () => {
  it('finds the fixtures', () => {
    // One or more per supported format: docx, json, otter, plain, sbv, srt, webvtt, zoom-txt.
    expect(FIXTURES.length).toBeGreaterThanOrEqual(25);
  });

  it.each(FIXTURES)('%s: nothing dropped, a summary, a section per speaker', async (file) => {
    const commentary = await rulesCommentaryOf(join(ROOT, file));
    expect(commentary.source).toBe('rules');
    expect(commentary.dropped.items).toEqual([]);
    expect(commentary.dropped.count).toBe(0);
    expect(commentary.summary.length).toBeGreaterThan(0);
  });
});

const MEETINGS = [join(CORPUS_DIR, 'meetings', 'qmsum'), join(CORPUS_DIR, 'meetings', 'elitr')];
const present = MEETINGS.every((dir) => existsSync(dir));
if (!present)
  console.log(
    `skipped the rule-based commentary corpus test: ${MEETINGS.join(' or ')} is absent (set CORPUS_DIR to point elsewhere)`,
  );

// Skipped without ../shared/corpus (a fresh clone): it reads real data from there.
describe.skipIf(!present)('rule-based commentary on every real meeting in the corpus', () => {
  const files = present
    ? MEETINGS.flatMap((dir) =>
        readdirSync(dir)
          .filter((f) => f.endsWith('.json') || f.includes('__transcript_'))
          .sort()
          .map((f) => join(dir, f)),
      )
    : [];

  it('finds the meetings', () => {
    expect(files.length).toBeGreaterThanOrEqual(13);
  });

  it.each(files.map((f) => [relative(CORPUS_DIR, f), f]))(
    '%s: nothing dropped',
    async (_, file) => {
      const commentary = await rulesCommentaryOf(file);
      expect(commentary.dropped.items).toEqual([]);
    },
    60_000,
  );
});
