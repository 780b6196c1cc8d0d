import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMetricDocs } from '../../analyzers/metric-docs';
import { metricDocsModule } from '../../reports/methodology/metric-docs-module';

const ROOT = join(__dirname, '..', '..');

describe('reports/methodology/metric-docs.generated.ts', () => {
  it('carries the current analyzers/<name>/README.md (run `npm run generate` after editing them)', () => {
    const expected = metricDocsModule(readMetricDocs().map(({ file, markdown }) => ({ file, markdown })));
    const actual = readFileSync(join(ROOT, 'reports', 'methodology', 'metric-docs.generated.ts'), 'utf8');
    // A boolean, not the two strings: a diff of 65 KB of Markdown helps nobody.
    expect(actual === expected, 'out of date: run `npm run generate`').toBe(true);
  });
});
