/**
 * Where every analyser's metric documentation lives (`analyzers/<name>/README.md`) and the one order a
 * reader meets them in. Read by the generators (analyzers/build-readme.ts, reports/methodology/
 * build-metric-docs.ts) and their staleness tests; Node only (it reads files), never bundled.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The analyser folders that carry a README.md, in reading order (the analyzers/README.md contents and the
 * PDF's methodology appendix both follow it).
 *
 * @example
 * METRIC_DOC_FOLDERS[0] // => 'turn-taking'
 */
export const METRIC_DOC_FOLDERS = [
  'turn-taking',
  'inclusivity',
  'inclusive-language',
  'sentiment',
  'listening',
] as const;

/** One analyser's documentation: `file` names it in generated code (`<folder>.md`). */
export interface MetricDoc {
  folder: (typeof METRIC_DOC_FOLDERS)[number];
  file: string;
  markdown: string;
}

/**
 * Every analyser's README.md, in reading order.
 *
 * @example
 * readMetricDocs().map((d) => d.file) // => ['turn-taking.md', 'inclusivity.md', 'inclusive-language.md', 'sentiment.md', 'listening.md']
 */
export function readMetricDocs(): MetricDoc[] {
  return METRIC_DOC_FOLDERS.map((folder) => ({
    folder,
    file: `${folder}.md`,
    markdown: readFileSync(join(import.meta.dirname, folder, 'README.md'), 'utf8'),
  }));
}
