import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metricDocsModule } from '../../reports/methodology/metric-docs-module';

const ROOT = join(__dirname, '..', '..');

describe('reports/methodology/metric-docs.generated.ts', () => {
  it('carries the current analyzers/docs/*.md (run `npx tsx reports/methodology/build-metric-docs.ts` after editing them)', () => {
    const dir = join(ROOT, 'analyzers', 'docs');
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')) : [];
    const expected = metricDocsModule(files.map((file) => ({ file, markdown: readFileSync(join(dir, file), 'utf8') })));
    const actual = readFileSync(join(ROOT, 'reports', 'methodology', 'metric-docs.generated.ts'), 'utf8');
    // A boolean, not the two strings: a diff of 65 KB of Markdown helps nobody.
    expect(actual === expected, 'out of date: run `npx tsx reports/methodology/build-metric-docs.ts`').toBe(true);
  });
});
