/**
 * The methodology appendix: limits, the data, the report's conventions, the definitions a reader needs,
 * where the commentary came from and what was sent, and versions. By default (`brief`) a compact summary
 * of at most 3 pages pointing to the full methodology (analyzers/README.md, served at /docs/methodology);
 * `full` prints every analyser's documentation as well.
 */
import { UNATTRIBUTED_LABEL } from '../../src/model/person-keys';
import { formatCount, formatDuration, plural } from '../format';
import type { Flow } from '../layout/flow';
import { table } from '../layout/table';
import { COLORS, TYPE } from '../layout/theme';
import { parseMarkdown, renderMarkdown, withoutSections } from '../methodology/markdown';
import { METRIC_DOCS } from '../methodology/metric-docs.generated';
import { applicable, LIMITS_TEXT, READER_DEFINITIONS, REPORT_CONVENTIONS } from '../methodology/report-conventions';
import type { ReportModel } from '../model/report-model';
import { commentarySourceSentence } from './commentary-source';

/**
 * Bumped when the report's layout or conventions change, so that two PDFs can be told apart.
 *
 * @example
 * `report layout ${REPORT_LAYOUT_VERSION}` // => 'report layout 1', printed under Versions
 */
export const REPORT_LAYOUT_VERSION = 1;

/** Documentation sections for developers and evaluators rather than for readers of one report. */
const LEFT_OUT_OF_APPENDIX =
  /^(performance|validation|tuning|curation|building blocks|how words are matched|how matching works)\b/i;

/**
 * Where the full methodology is, printed at the end of the compact definitions.
 *
 * @example
 * flow.paragraph(FULL_METHODOLOGY_POINTER);
 */
export const FULL_METHODOLOGY_POINTER =
  "The full methodology (every metric's definition, formula, thresholds, sources, validation and limits) is in " +
  "analyzers/README.md of the source code and on the service's /docs/methodology page.";

export interface MethodologyInfo {
  schemaVersion: number;
  /** Whether to print the analysers' documentation (see ReportOptions.appendix); default `brief`. */
  appendix?: 'full' | 'brief';
  /** The documents to render (defaults to the generated module carrying analyzers/<name>/README.md). */
  metricDocs?: ReadonlyArray<{ file: string; markdown: string }>;
}

/**
 * The speakers, as the cover counts people: "Unknown speaker" is lines nobody is named for, not a person (review r34:
 * "4 participants" on the cover, "5 speakers" here).
 *
 * @example
 * speakersLine(model) // => '4 speakers, and lines attributed to nobody'
 */
function speakersLine(model: ReportModel): string {
  const named = model.people.filter((p) => p.name !== UNATTRIBUTED_LABEL).length;
  return `${plural(named, 'speaker')}${named < model.people.length ? ', and lines attributed to nobody' : ''}`;
}

/**
 * @example
 * drawMethodology(flow, model, { schemaVersion: 1 });
 */
export function drawMethodology(flow: Flow, model: ReportModel, info: MethodologyInfo): void {
  flow.startSection('Methodology', { newPage: true });
  flow.heading('Methodology', 1);

  flow.heading('Limits', 2);
  flow.paragraph(LIMITS_TEXT);

  flow.heading('The data', 2);
  const tt = model.turnTaking;
  // Missing timings have their own row and note; as a warning too they were said four times on one page (review r32).
  const otherWarnings = model.issues.filter((i) => i.code !== 'no-timings').map((i) => i.message);
  table(flow, {
    columns: [
      { header: 'Item', weight: 1.4 },
      { header: 'Value', weight: 4 },
    ],
    rows: [
      ['Format', model.format],
      [
        'Timings',
        model.hasTimings
          ? `real (${model.durationMs !== null ? formatDuration(model.durationMs) : 'duration unknown'})`
          : 'none',
      ],
      [
        'Size',
        `${formatCount(model.wordCount)} words, ${formatCount(model.utterances.length)} utterances, ${speakersLine(model)}`,
      ],
      ['Talk measured by', model.basis === null ? 'words (turn-taking not computed)' : model.basis],
      [
        'Interruptions from',
        model.interruptionBasis === 'time' ? 'overlapping timings and cut-off turns' : 'cut-off turns in the text only',
      ],
      ['Warnings', otherWarnings.length > 0 ? otherWarnings.join('; ') : 'none'],
    ],
  });
  if (tt && tt.notes.length > 0) flow.bullets(tt.notes, { size: TYPE.small, color: COLORS.muted });

  flow.heading('How the report draws the numbers', 2);
  for (const c of applicable(REPORT_CONVENTIONS, model.hasTimings))
    flow.paragraph([{ text: `${c.term}. `, bold: true }, { text: c.definition }], { size: TYPE.small });

  const full = info.appendix === 'full';
  flow.heading(full ? 'Metric definitions' : 'What the measures mean', 2);
  const docs = full ? (info.metricDocs ?? METRIC_DOCS) : [];
  if (!full) {
    for (const d of applicable(READER_DEFINITIONS, model.hasTimings))
      flow.paragraph([{ text: `${d.term}. `, bold: true }, { text: d.definition }], { size: TYPE.small });
    flow.paragraph(FULL_METHODOLOGY_POINTER, { size: TYPE.small, color: COLORS.muted });
  } else if (docs.length === 0) {
    flow.paragraph(
      "The analysers' metric documentation was not included in this build; it is published in analyzers/README.md of the source code.",
      { color: COLORS.muted },
    );
  } else
    flow.paragraph(
      "From the analysers' documentation (analyzers/README.md), without its validation results, tuning logs and performance notes, which are published there.",
      { size: TYPE.small, color: COLORS.muted },
    );
  for (const doc of docs) renderMarkdown(flow, withoutSections(parseMarkdown(doc.markdown), LEFT_OUT_OF_APPENDIX));
  if (full && tt && Object.keys(tt.thresholds).length > 0) {
    flow.heading('Turn-taking thresholds used', 3);
    table(flow, {
      columns: [
        { header: 'Threshold', weight: 3 },
        { header: 'Value', weight: 1, align: 'right' },
      ],
      rows: Object.entries(tt.thresholds).map(([k, v]) => [k, Number.isInteger(v) ? formatCount(v) : String(v)]),
      size: TYPE.tiny,
    });
  }

  flow.heading('Commentary', 2);
  flow.paragraph(commentarySourceSentence(model));
  const c = model.commentary;
  if (c) {
    const facts: string[] = [];
    if (c.model) facts.push(`Model: ${c.model}.`);
    // Only where a model was asked: beside "written by deterministic rules" it read as a contradiction (review r32).
    if (c.source === 'claude' || c.fallbackReason) facts.push(`Prompt version: ${c.promptVersion}.`);
    if (c.fallbackReason) facts.push(`Why rules were used: ${c.fallbackReason}.`);
    if (c.dropped.count > 0)
      facts.push(
        `Left out after verification: ${c.dropped.items
          .slice(0, 5)
          .map((d) => `${d.where} (${d.reason})`)
          .join('; ')}${c.dropped.count > 5 ? '; …' : ''}.`,
      );
    if (c.sent) {
      const redactions = Object.entries(c.sent.redactions).filter(([, n]) => n > 0);
      facts.push(
        `Sent to the model: ${formatCount(c.sent.utterances)} of ${formatCount(c.sent.utterancesTotal)} utterances, ${formatCount(c.sent.findings)} findings, ${formatCount(c.sent.characters)} characters; redacted before sending: ${redactions.length > 0 ? redactions.map(([k, n]) => `${n} ${k}`).join(', ') : 'nothing found to redact'}.`,
      );
    } else {
      facts.push('Nothing from this transcript was sent to an AI model.');
    }
    if (c.usage)
      facts.push(
        `Tokens: ${formatCount(c.usage.inputTokens)} in, ${formatCount(c.usage.outputTokens)} out${c.cached ? ' (served from cache)' : ''}.`,
      );
    flow.bullets(facts, { size: TYPE.small });
  }

  flow.heading('Versions', 2);
  flow.bullets(
    [
      `${model.generator.name} ${model.generator.version}; analysis schema ${info.schemaVersion}; report layout ${REPORT_LAYOUT_VERSION}.`,
      'Font: DejaVu Sans (a subset for Latin, Greek and Cyrillic; Bitstream Vera licence with DejaVu changes in the public domain).',
      `Generated ${model.generatedAt.toISOString()}.`,
    ],
    { size: TYPE.small },
  );
}
