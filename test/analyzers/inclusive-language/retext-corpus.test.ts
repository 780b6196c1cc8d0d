/**
 * Our inclusive-language data against retext-equality 7.1.0's own pattern files in ../shared/corpus
 * (Node only; skipped when the corpus is absent): the reader reads every file, every retext rule id
 * our sources cite exists, and every retext phrase we do not flag is a documented choice.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DELIBERATELY_NOT_FLAGGED,
  INCLUSIVE_LANGUAGE_RULES,
} from '../../../analyzers/inclusive-language/data/patterns';
import { CORPUS_DIR } from '../../eval/corpus';
import { classifyRetextPhrases } from '../../eval/inclusive-language-eval';
import { parseRetextPatterns } from '../../eval/read-retext-patterns';

const RETEXT = join(CORPUS_DIR, 'inclusive', 'retext-equality');
const DATA = join(RETEXT, 'data-en');
const present = existsSync(DATA);
if (!present)
  console.log(`skipped the retext-equality corpus tests: ${DATA} is absent (set CORPUS_DIR to point elsewhere)`);

// Skipped without ../shared/corpus (a fresh clone): it reads real data from there.
describe.skipIf(!present)('inclusive language vs retext-equality 7.1.0 data', () => {
  it('reads every pattern of every file, each with at least one phrase', () => {
    for (const file of readdirSync(DATA).filter((f) => f.endsWith('.yml'))) {
      const yaml = readFileSync(join(DATA, file), 'utf8');
      const patterns = parseRetextPatterns(yaml);
      // Counted independently of the reader: one "- type:" line starts each pattern.
      expect(patterns.length, file).toBe(yaml.split('\n').filter((l) => l.startsWith('- type:')).length);
      for (const p of patterns) expect(p.inconsiderate.length, `${file} line ${p.line}`).toBeGreaterThan(0);
    }
  });

  it('cites only retext rule ids that exist in rules.md', () => {
    const ids = new Set(
      [...readFileSync(join(RETEXT, 'rules.md'), 'utf8').matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]),
    );
    const sources = [
      ...INCLUSIVE_LANGUAGE_RULES.map((r) => r.source),
      ...DELIBERATELY_NOT_FLAGGED.map((g) => g.source ?? ''),
    ];
    const cited = sources.flatMap((s) =>
      [...s.matchAll(/data-en\/\w+\.yml rule ((?:`[^`]+`(?:, )?)+)/g)].flatMap((m) =>
        [...m[1]!.matchAll(/`([^`]+)`/g)].map((x) => x[1]!),
      ),
    );
    expect(cited.length).toBeGreaterThan(50);
    expect(cited.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('misses no retext phrase by accident, and flags none it lists as deliberately not flagged', () => {
    const results = classifyRetextPhrases(DATA);
    expect(results.filter((r) => r.outcome.kind === 'accidental').map((r) => `${r.category}: ${r.phrase}`)).toEqual([]);
    expect(results.filter((r) => r.inconsistent).map((r) => r.phrase)).toEqual([]);
  });
});
