/**
 * Regenerates reports/methodology/metric-docs.generated.ts from analyzers/docs/*.md.
 * Run after editing a metric's documentation: `npx tsx reports/methodology/build-metric-docs.ts`
 * (test/reports/metric-docs.test.ts fails while the generated module is out of date).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { metricDocsModule } from './metric-docs-module';

const here = dirname(fileURLToPath(import.meta.url));
const analyzersDir = join(here, '..', '..', 'analyzers');
const folders = readdirSync(analyzersDir).filter((d) => existsSync(join(analyzersDir, d, 'README.md')));
const files = folders.map((d) => `${d === 'sentiment' ? 'tone' : d}.md`);
const docs = folders.map((d, i) => ({ file: files[i]!, markdown: readFileSync(join(analyzersDir, d, 'README.md'), 'utf8') }));
writeFileSync(join(here, 'metric-docs.generated.ts'), metricDocsModule(docs));
console.log(`metric-docs.generated.ts: ${docs.length} document(s): ${files.join(', ') || 'none yet'}`);
