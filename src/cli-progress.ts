/**
 * The progress command line: several meetings of one team, no server, no network.
 *
 *   npm run progress -- FILE|FOLDER... [--series NAME] [--json PATH|-] [--pdf PATH] [--attendees "A, B"]
 *                      [--commentary none|rules|llm]
 *
 * Files may come in any order: meetings are sorted by date, taken from the transcript's header, else from
 * the file name (Zoom's GMT20261102-..., 2026-11-02-...), else from the file's modification time; the
 * output says which. Invitees: the file's own `Attendees:` header plus --attendees (for every meeting).
 * Commentary on each person's trends: Claude's (verified) when ANTHROPIC_API_KEY is set, else the rules';
 * `--json` carries it as `commentary` unless `--commentary none`.
 * A bad file exits with code 2 and one line `error: FILE:LINE: message` on stderr.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { reportCliError, UsageError } from './cli-errors';
import { writeJson } from './cli-json';
import { llmConfigFromEnv } from './commentary/config';
import { COMMENTARY_MODES } from './commentary/index';
import { ingest } from './parse/index';
import { analyzeTranscript } from './pipeline/analyze';
import { buildProgressFromDigests, digestMeeting, type MeetingDigest } from './progress/build-progress';
import { writeProgressCommentary, type ProgressCommentary } from './progress/claude-commentary';
import { dateInTranscript, isoDay, parseCalendarDate } from './progress/meeting-date';
import { progressSummary } from './progress/summary';
import type { DateSource, ProgressDocument } from './progress/schema';

const USAGE =
  'usage: npm run progress -- FILE... [--series NAME] [--json PATH|-] [--pdf PATH] [--attendees "A, B, C"] [--commentary none|rules|llm]';

/**
 * Runs the progress CLI; returns the exit code.
 *
 * @example
 * await main(['fixtures/progress/2026-10-12-platform-weekly.txt', 'fixtures/progress/platform-weekly-otter.txt', '--json', '-']);
 */
export async function main(argv: string[]): Promise<number> {
  let file: string | undefined;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        series: { type: 'string' },
        json: { type: 'string' },
        pdf: { type: 'string' },
        attendees: { type: 'string' },
        commentary: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError('no transcript files given');
    const everyone = splitNames(values.attendees ?? '');
    const llm = llmConfigFromEnv(process.env);
    const mode = values.commentary ?? (llm.apiKey ? 'llm' : 'rules');
    if (!(COMMENTARY_MODES as readonly string[]).includes(mode))
      throw new UsageError(`--commentary must be one of ${COMMENTARY_MODES.join(', ')} (got "${mode}")`);

    // Each meeting's digest, not its analysis: memory stays flat however many meetings are read.
    const read: MeetingDigest[] = [];
    for (const path of positionals.flatMap(expandFolder)) {
      file = path;
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(path);
      } catch (err) {
        throw new UsageError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      }
      const transcript = ingest(bytes, { fileName: basename(path) });
      const { date, dateSource } = meetingDate(path, dateInTranscript(transcript));
      const title =
        transcript.metadata.title ??
        basename(path)
          .replace(/\.[a-z0-9]{1,8}$/i, '')
          .replace(/[_-]+/g, ' ')
          .trim();
      // The file's own Attendees: header is added by the pipeline.
      const analysis = await analyzeTranscript(transcript, { title, attendees: everyone, commentary: 'none', llm });
      read.push(digestMeeting({ analysis, date, dateSource, source: path }));
    }
    file = undefined;
    const inOrder = read
      .map((digest, i) => ({ digest, i }))
      .sort((a, b) => a.digest.meeting.date.localeCompare(b.digest.meeting.date) || a.i - b.i);
    const meetings = inOrder.map(({ digest }, i) => ({ id: `m${i + 1}`, digest }));
    const doc = buildProgressFromDigests(values.series ?? meetings[0]!.digest.meeting.title, meetings);

    const commentary =
      mode === 'none' || (values.pdf === undefined && values.json === undefined)
        ? null
        : await writeProgressCommentary(doc, { mode: mode as 'rules' | 'llm', llm });
    if (commentary?.fallbackReason && mode === 'llm')
      process.stderr.write(`note: commentary by rules, Claude was not used: ${commentary.fallbackReason}\n`);
    if (values.pdf !== undefined) writeFileSync(values.pdf, await renderPdf(doc, commentary));
    if (values.json !== undefined) writeJson(values.json, commentary === null ? doc : { ...doc, commentary });
    if (values.json === undefined)
      process.stdout.write(progressSummary(doc) + (values.pdf === undefined ? '' : `report: ${values.pdf}\n`));
    return 0;
  } catch (err) {
    return reportCliError(err, file, USAGE);
  }
}

/** The PDF renderer is loaded only when asked for (it embeds fonts). */
async function renderPdf(doc: ProgressDocument, commentary: ProgressCommentary | null): Promise<Uint8Array> {
  const { renderProgressPdf } = await import('../reports/progress/render-progress-pdf');
  return renderProgressPdf(doc, { commentary: commentary ?? undefined });
}

function meetingDate(path: string, inFile: string | null): { date: string; dateSource: DateSource } {
  if (inFile) return { date: inFile, dateSource: 'file' };
  const fromName = parseCalendarDate(basename(path));
  if (fromName) return { date: fromName, dateSource: 'file-name' };
  return { date: isoDay(statSync(path).mtime), dateSource: 'file-mtime' };
}

/** A folder stands for the files in it, in name order: not hidden files, not notes (.md). */
function expandFolder(path: string): string[] {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    return [path]; // reading it reports the error with its name
  }
  if (!isFolder) return [path];
  return readdirSync(path)
    .filter((name) => !name.startsWith('.') && !/\.md$/i.test(name))
    .sort()
    .map((name) => join(path, name))
    .filter((file) => statSync(file).isFile());
}

function splitNames(list: string): string[] {
  return list
    .split(list.includes(';') ? ';' : ',')
    .map((a) => a.trim())
    .filter(Boolean);
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url.endsWith(basename(process.argv[1]));
if (invokedDirectly) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
