/**
 * The transcripts a load test uploads: our own fixtures (always there) and, when the shared corpus
 * is beside the checkout, real meeting exports from it (Zoom, Teams, Otter-free vendor JSON, QMSum
 * and ELITR meetings). Only files that parse are used: the load test is about the service under
 * concurrency, not about refusals (those have their own catalogue).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { ingest } from '../../src/parse/index';
import { CORPUS_DIR } from '../eval/corpus';

/** @example { name: 'fixtures/webvtt/zoom-standup.vtt', fileName: 'zoom-standup.vtt', bytes, contentType: 'text/vtt' } */
export interface UploadFile {
  /** Path relative to the repository or the corpus, for messages. */
  name: string;
  fileName: string;
  bytes: Uint8Array;
  contentType: string;
}

const ROOT = resolve(import.meta.dirname, '../..');
const CONTENT_TYPES: Record<string, string> = {
  '.vtt': 'text/vtt',
  '.srt': 'application/x-subrip',
  '.sbv': 'text/plain',
  '.txt': 'text/plain',
  '.json': 'application/json',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};
/** Real meeting exports in the corpus (folders and a file-name filter); the format samples with a few words each are left out. */
const CORPUS_MEETINGS: Array<[string, RegExp]> = [
  ['formats/zoom_vtt', /\.vtt$/],
  ['formats/zoom_txt', /\.txt$/],
  ['formats/deepgram_json', /\.json$/],
  ['formats/assemblyai_json', /\.json$/],
  ['formats/aws_transcribe_json', /\.json$/],
  ['meetings/qmsum', /\.json$/],
  ['meetings/elitr', /transcript.*\.txt$/],
];

/**
 * Fixture files that parse.
 *
 * @example
 * fixtureUploads().map((f) => f.fileName) // => ['meet-planning.docx', ..., 'zoom-standup.vtt']
 */
export function fixtureUploads(): UploadFile[] {
  // The coaching scenarios (fixtures/coaching) sort first and would fill the fixture half of the mix
  // with short VTT and text files; the load test wants every format.
  const files = walk(join(ROOT, 'fixtures')).filter((path) => !relative(ROOT, path).startsWith('fixtures/coaching/'));
  return parseable(files.map((path) => uploadFile(path, ROOT)));
}

/**
 * Corpus meetings that parse, or null when the corpus is absent.
 *
 * @example
 * corpusUploads()?.length // => 17 beside the project's checkout; null on a fresh clone
 */
export function corpusUploads(): UploadFile[] | null {
  if (!existsSync(CORPUS_DIR)) return null;
  const paths = CORPUS_MEETINGS.flatMap(([folder, name]) => {
    const dir = join(CORPUS_DIR, folder);
    return existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => name.test(f))
          .map((f) => join(dir, f))
      : [];
  });
  return parseable(paths.map((path) => uploadFile(path, CORPUS_DIR)));
}

/**
 * `count` uploads, alternating between the lists so that formats and sizes mix, cycling when a list runs out.
 *
 * @example
 * mixedUploads([fixtures, corpus], 50).length // => 50
 */
export function mixedUploads(lists: ReadonlyArray<readonly UploadFile[]>, count: number): UploadFile[] {
  const usable = lists.filter((l) => l.length > 0);
  return Array.from({ length: count }, (_, i) => {
    const list = usable[i % usable.length]!;
    return list[Math.floor(i / usable.length) % list.length]!;
  });
}

function uploadFile(path: string, root: string): UploadFile {
  const fileName = path.split('/').pop()!;
  return {
    name: relative(root, path),
    fileName,
    bytes: new Uint8Array(readFileSync(path)),
    contentType: CONTENT_TYPES[extname(fileName).toLowerCase()] ?? 'text/plain',
  };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]))
    .filter((path) => CONTENT_TYPES[extname(path).toLowerCase()] !== undefined)
    .sort();
}

function parseable(files: UploadFile[]): UploadFile[] {
  return files.filter((file) => {
    try {
      ingest(file.bytes, { fileName: file.fileName, contentType: file.contentType });
      return true;
    } catch {
      return false;
    }
  });
}
