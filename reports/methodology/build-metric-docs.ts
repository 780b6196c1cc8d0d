/**
 * Regenerates reports/methodology/metric-docs.generated.ts from analyzers/<name>/README.md, in the order of
 * analyzers/metric-docs.ts. Run after editing a metric's documentation: `npm run generate`
 * (test/reports/metric-docs.test.ts fails while the generated module is out of date).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMetricDocs } from '../../analyzers/metric-docs';
import { metricDocsModule } from './metric-docs-module';

const here = dirname(fileURLToPath(import.meta.url));
const docs = readMetricDocs().map(({ file, markdown }) => ({ file, markdown }));
writeFileSync(join(here, 'metric-docs.generated.ts'), metricDocsModule(docs));
console.log(`metric-docs.generated.ts: ${docs.length} document(s): ${docs.map((d) => d.file).join(', ')}`);
