/**
 * The command line: analyse a local transcript without a server or a network.
 *
 *   npm run analyse -- FILE [--json PATH|-] [--pdf PATH] [--commentary none|rules|llm]
 *
 * Without --json it prints a short summary. --pdf writes the coaching report. With `--json -` stdout holds only the JSON.
 * A bad file exits with code 2 and one line `error: FILE:LINE: message` on stderr.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { writeJson } from './cli-json';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { reportCliError, UsageError } from './cli-errors';
import type { Analysis } from '../analyzers/analysis';
import { COMMENTARY_MODES, defaultCommentaryMode, type CommentaryMode } from './commentary/index';
import { llmConfigFromEnv } from './commentary/config';
import { analyzeUpload } from './pipeline/analyze';
import { formatClock } from './parse/timestamps';

const USAGE =
  'usage: npm run analyse -- FILE [--json PATH|-] [--pdf PATH] [--commentary none|rules|llm] [--title TEXT] [--attendees "A, B, C"]';

/**
 * Runs the CLI with the given arguments; returns the exit code.
 *
 * @example
 * await main(['fixtures/webvtt/zoom-standup.vtt', '--json', '-']); // prints the analysis JSON, returns 0
 */
export async function main(argv: string[]): Promise<number> {
  let file: string | undefined;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'string' },
        pdf: { type: 'string' },
        commentary: { type: 'string' },
        title: { type: 'string' },
        attendees: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (positionals.length !== 1)
      throw new UsageError(
        positionals.length === 0 ? 'no transcript file given' : `expected one file, got ${positionals.length}`,
      );
    const llm = llmConfigFromEnv(process.env);
    const commentary = (values.commentary ?? defaultCommentaryMode(llm)) as CommentaryMode;
    if (!COMMENTARY_MODES.includes(commentary)) {
      throw new UsageError(`--commentary must be one of ${COMMENTARY_MODES.join(', ')} (got "${values.commentary}")`);
    }
    file = positionals[0]!;

    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (err) {
      throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    const analysis = await analyzeUpload(
      bytes,
      { fileName: basename(file) },
      {
        commentary,
        llm,
        title: values.title,
        attendees: values.attendees
          ?.split(',')
          .map((a) => a.trim())
          .filter(Boolean),
      },
    );

    if (values.pdf !== undefined) {
      // The PDF renderer (pdf-lib, fonts) is loaded only when a report is asked for: start-up stays short.
      const { renderAnalysisPdf } = await import('./pipeline/report');
      writeFileSync(values.pdf, await renderAnalysisPdf(analysis));
    }
    if (values.json !== undefined) writeJson(values.json, analysis);
    if (values.json === undefined)
      process.stdout.write(summary(analysis, file) + (values.pdf === undefined ? '' : `report: ${values.pdf}\n`));
    return 0;
  } catch (err) {
    return reportCliError(err, file, USAGE);
  }
}

/** A few lines a person reads in a terminal. */
function summary(analysis: Analysis, file: string): string {
  const t = analysis.transcript;
  const words = new Map<string, number>();
  for (const u of t.utterances)
    words.set(u.speakerId, (words.get(u.speakerId) ?? 0) + u.text.split(/\s+/).filter(Boolean).length);
  const lines = [
    `${file}: ${t.format}, ${t.speakers.length} speaker(s), ${t.utterances.length} utterances, ${t.wordCount} words` +
      (t.durationMs === null ? ', no timings' : `, ${formatClock(t.durationMs)}`),
    ...t.speakers.map((s) => `  ${s.name.padEnd(28)} ${String(words.get(s.id) ?? 0).padStart(7)} words`),
    ...t.warnings.map((w) => `  note: ${w}`),
  ];
  return `${lines.join('\n')}\n`;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url.endsWith(basename(process.argv[1]));
if (invokedDirectly) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
