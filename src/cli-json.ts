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
  if (target === '-') {
    for (const part of indentedJsonParts(value)) process.stdout.write(part);
    process.stdout.write('\n');
    return;
  }
  const fd = openSync(target, 'w');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_CHARS * 3);
    for (const part of indentedJsonParts(value)) writeUtf8(fd, part, buffer);
    writeSync(fd, '\n');
  } finally {
    closeSync(fd);
  }
}

/**
 * `JSON.stringify(value, null, 2)` in pieces that join to exactly that text: one piece per property of a
 * top-level object, made by stringifying `{ [key]: value }` and keeping what lies between its braces (the
 * property sits at the same depth there, so its indentation is the same).
 *
 * Why: V8 stores a whole string two bytes a character as soon as one character is beyond Latin-1. One
 * em dash in a finding made the 13 MB JSON of a 250k-word meeting a 26 MB string; in pieces, only the pieces
 * that hold such a character are stored wide, and encoding the others to UTF-8 is a plain copy.
 *
 * @example
 * [...indentedJsonParts({ a: 1, b: [2] })].join('') === JSON.stringify({ a: 1, b: [2] }, null, 2) // => true
 */
export function* indentedJsonParts(value: unknown): Generator<string> {
  if (!isPlainRecord(value)) {
    yield JSON.stringify(value, null, 2);
    return;
  }
  let written = 0;
  for (const key of Object.keys(value)) {
    const member = JSON.stringify({ [key]: value[key] }, null, 2);
    // `{}`: JSON leaves out a property whose value is undefined, a function or a symbol.
    if (member === '{}') continue;
    yield written === 0 ? '{\n' : ',\n';
    yield member.slice(2, -2);
    written += 1;
  }
  yield written === 0 ? '{}' : '\n}';
}

/** An object JSON writes as its own enumerable properties: not an array, and with no `toJSON` of its own. */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { toJSON?: unknown }).toJSON !== 'function'
  );
}

/**
 * Writes `text` as UTF-8 in chunks through `buffer` (three bytes for each of `CHUNK_CHARS` characters).
 * `writeSync(fd, text)` encodes the whole text into a new buffer of three bytes a character (40 MB for a
 * 250k-word meeting); encoding a chunk at a time into the same buffer took half the time.
 *
 * @example
 * writeUtf8(openSync('out.json', 'w'), '{"name": "Zoë"}', Buffer.allocUnsafe(CHUNK_CHARS * 3));
 */
function writeUtf8(fd: number, text: string, buffer: Buffer): void {
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + CHUNK_CHARS, text.length);
    // Never split a surrogate pair: its halves would each be encoded as U+FFFD.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
    const bytes = buffer.write(end - start === text.length ? text : text.slice(start, end), 0, 'utf8');
    writeSync(fd, buffer, 0, bytes);
    start = end;
  }
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
