/**
 * Real files to mutate: our own fixtures (always there) and the shared corpus of real exports
 * (beside the checkout, absent on a fresh clone). Read once per test file, in Node.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { CORPUS_DIR } from '../../eval/corpus';

/** One file's bytes and its name. @example { name: 'fixtures/webvtt/zoom-standup.vtt', fileName: 'zoom-standup.vtt', bytes } */
export interface SourceFile {
  /** Path relative to its root, for failure messages (`fixtures/webvtt/zoom-standup.vtt`). */
  name: string;
  bytes: Uint8Array;
  fileName: string;
}

const ROOT = resolve(import.meta.dirname, '../../..');
/** Transcript-like files only: the fixtures folders also hold their build scripts and READMEs. */
const TRANSCRIPT_EXTENSIONS = new Set(['.vtt', '.srt', '.sbv', '.txt', '.json', '.docx', '.tsv', '.ctm']);
/** Corpus folders holding uploads a user could make (the NXT XML and the labelled data sets are not transcripts). */
const CORPUS_FOLDERS = ['formats', 'meetings/qmsum', 'meetings/elitr'];
/**
 * Larger files cost more per mutated run than they add; the biggest real exports here are
 * ~260 KB (a QMSum meeting, an AWS Transcribe document), so this keeps them all.
 */
const MAX_FILE_BYTES = 300 * 1024;

/**
 * Every transcript file in fixtures/.
 *
 * @example
 * fixtureFiles().map((f) => f.name) // => ['fixtures/docx/meet-planning.docx', ..., 'fixtures/zoom-txt/retro_meeting_saved_closed_caption.txt']
 */
export function fixtureFiles(): SourceFile[] {
  return filesUnder(join(ROOT, 'fixtures'), ROOT).filter((f) => !f.name.startsWith(COACHING_SCENARIOS));
}

/**
 * The coaching acceptance scenarios are left out: a hundred short VTT and text files in formats the
 * other fixtures already cover (plus their JSON expectations, which are not uploads) would take most
 * of the runs away from the other formats.
 */
const COACHING_SCENARIOS = 'fixtures/coaching/';

/**
 * The corpus's transcript files, or null when the corpus is absent (the caller skips and says so).
 *
 * @example
 * const files = corpusFiles(); // null on a fresh clone; ~650 files beside the project's checkout
 */
export function corpusFiles(): SourceFile[] | null {
  if (!existsSync(CORPUS_DIR)) return null;
  return CORPUS_FOLDERS.flatMap((folder) => {
    const dir = join(CORPUS_DIR, folder);
    return existsSync(dir) ? filesUnder(dir, CORPUS_DIR) : [];
  });
}

export { CORPUS_DIR };

function filesUnder(dir: string, root: string): SourceFile[] {
  const found: SourceFile[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      found.push(...filesUnder(path, root));
    } else if (TRANSCRIPT_EXTENSIONS.has(extname(entry.name).toLowerCase()) && statSync(path).size <= MAX_FILE_BYTES) {
      found.push({ name: relative(root, path), bytes: new Uint8Array(readFileSync(path)), fileName: entry.name });
    }
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}
