/**
 * Where the command lines put their JSON (`--json PATH`, or `--json -` for stdout): indented by two
 * spaces, with a final newline.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

/** Characters encoded per write: the UTF-8 buffer (3 bytes a character at most) is reused for every chunk. */
const CHUNK_CHARS = 1 << 20;

/**
 * Writes `value` as indented JSON and a newline to the file `target`, or to stdout when it is `-`.
 *
 * @example
 * writeJson('-', { ok: true }); // prints '{\n  "ok": true\n}\n'
 * writeJson('out/analysis.json', analysis);
 */
export function writeJson(target: string, value: unknown): void {
  const json = JSON.stringify(value, null, 2);
  if (target === '-') {
    process.stdout.write(json);
    process.stdout.write('\n');
    return;
  }
  const fd = openSync(target, 'w');
  try {
    writeUtf8(fd, json);
    // On its own: appended to the text first, it made V8 copy the whole JSON (13 MB at 250k words).
    writeSync(fd, '\n');
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `text` as UTF-8 in chunks through one reused buffer. `writeSync(fd, text)` encodes the whole text into
 * a new buffer of three bytes a character (40 MB for a 250k-word meeting, whose JSON holds one em dash and so is
 * stored two bytes a character); encoding a chunk at a time into the same buffer took half the time.
 *
 * @example
 * writeUtf8(openSync('out.json', 'w'), '{"name": "Zoë"}');
 */
function writeUtf8(fd: number, text: string): void {
  if (text.length <= CHUNK_CHARS) {
    writeSync(fd, text);
    return;
  }
  const buffer = Buffer.allocUnsafe(CHUNK_CHARS * 3);
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + CHUNK_CHARS, text.length);
    // Never split a surrogate pair: its halves would each be encoded as U+FFFD.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
    const bytes = buffer.write(text.slice(start, end), 0, 'utf8');
    writeSync(fd, buffer, 0, bytes);
    start = end;
  }
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
