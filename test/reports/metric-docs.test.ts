import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metricDocsModule } from '../../reports/methodology/metric-docs-module';

const ROOT = join(__dirname, '..', '..');

describe('reports/methodology/metric-docs.generated.ts', () => {
  it('carries the current analyzers/docs/*.md (run `npx tsx reports/methodology/build-metric-docs.ts` after editing them)', () => {
    const dir = join(ROOT, 'analyzers');
    const folders = readdirSync(dir).filter((d) => existsSync(join(dir, d, 'README.md')));
    const docs = folders.map((d) => ({ file: `${d === 'sentiment' ? 'tone' : d}.md`, markdown: readFileSync(join(dir, d, 'README.md'), 'utf8') }));
    const expected = metricDocsModule(docs);
    const actual = readFileSync(join(ROOT, 'reports', 'methodology', 'metric-docs.generated.ts'), 'utf8');
    // A boolean, not the two strings: a diff of 65 KB of Markdown helps nobody.
    expect(actual === expected, 'out of date: run `npx tsx reports/methodology/build-metric-docs.ts`').toBe(true);
  });
});
