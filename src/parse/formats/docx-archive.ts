/**
 * The ZIP side of a .docx: finds `word/document.xml` and unpacks only that entry, refusing
 * archives built to exhaust memory or time (zip bombs): by their declared sizes before inflating
 * anything, and by the actual output while inflating, since headers can lie.
 */
import { Inflate, unzipSync } from 'fflate';
import { TranscriptError } from '../errors';

/** The main part of every WordprocessingML package we accept. */
const DOCUMENT_PART = 'word/document.xml';
/** Larger than any transcript's document.xml (a 3-hour meeting is well under 2 MB). */
const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;
/** Real .docx files hold a few dozen entries; thousands mean something else or an attack. */
const MAX_ENTRIES = 2000;

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
/**
 * Compressed bytes fed to the inflater at a time. Deflate expands at most ~1032:1, so one chunk
 * yields at most ~16 MB before the output is counted again.
 */
const INFLATE_CHUNK = 16 * 1024;

/**
 * True when the bytes start like a ZIP archive.
 *
 * @example
 * startsLikeZip(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14)) // => true
 */
export function startsLikeZip(bytes: Uint8Array): boolean {
  return ZIP_LOCAL_HEADER.every((b, i) => bytes[i] === b);
}

/**
 * True when the archive's bytes contain the entry name `word/document.xml` (names are stored
 * uncompressed, so this needs no unpacking).
 *
 * @example
 * namesDocumentPart(new TextEncoder().encode('PK..word/document.xml..')) // => true
 */
export function namesDocumentPart(bytes: Uint8Array): boolean {
  const needle = Array.from(DOCUMENT_PART, (ch) => ch.charCodeAt(0));
  const first = needle[0]!;
  for (let i = bytes.indexOf(first); i !== -1 && i <= bytes.length - needle.length; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}

/**
 * Unpacks `word/document.xml`. Throws `invalid-docx` for a damaged archive, an archive without
 * that part, more than 2000 entries, a part declared larger than 50 MB, or a part that inflates to
 * more than it declared (a zip bomb with a lying header: stopped after at most one more chunk).
 *
 * @example
 * readDocumentPart(docxBytes) // => Uint8Array holding '<?xml ...><w:document ...>'
 */
export function readDocumentPart(bytes: Uint8Array): Uint8Array {
  const names: string[] = [];
  // Typed by a cast: TypeScript does not see the assignment inside the filter callback.
  let part = null as DocumentEntry | null;
  try {
    // fflate checks the archive's structure and lists it; nothing is inflated here (the filter
    // takes no entry), because fflate would inflate a lying entry to its true size, however large.
    unzipSync(bytes, {
      filter: (entry) => {
        names.push(entry.name);
        if (names.length > MAX_ENTRIES) {
          throw new TranscriptError(
            'invalid-docx',
            `the archive has more than ${MAX_ENTRIES} entries; a Word document has a few dozen`,
          );
        }
        if (entry.name !== DOCUMENT_PART) return false;
        const declared = Math.max(entry.originalSize, entry.size);
        if (declared > MAX_DOCUMENT_BYTES) {
          throw new TranscriptError(
            'invalid-docx',
            `${DOCUMENT_PART} would unpack to ${megabytes(declared)} MB; the limit is ${megabytes(MAX_DOCUMENT_BYTES)} MB`,
          );
        }
        part = { compression: entry.compression, compressedSize: entry.size, declaredSize: entry.originalSize };
        return false;
      },
    });
  } catch (err) {
    if (err instanceof TranscriptError) throw err;
    throw damaged(err);
  }
  if (!part) {
    const listed =
      names.length === 0
        ? 'it is empty'
        : `it holds ${names.slice(0, 5).join(', ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''}`;
    throw new TranscriptError(
      'invalid-docx',
      `a ZIP archive but not a Word document: ${listed}, and no ${DOCUMENT_PART}`,
    );
  }
  const stored = storedBytes(bytes, DOCUMENT_PART, part.compressedSize);
  if (part.compression === 0) return stored.slice();
  if (part.compression !== 8)
    throw new TranscriptError(
      'invalid-docx',
      `${DOCUMENT_PART} is compressed with method ${part.compression}; Word documents use deflate (8)`,
    );
  return inflateAtMost(stored, part.declaredSize);
}

/** What the central directory says about word/document.xml. */
interface DocumentEntry {
  /** 0 stored, 8 deflate. */
  compression: number;
  compressedSize: number;
  /** The size the header claims it unpacks to (checked while inflating: headers can lie). */
  declaredSize: number;
}

/**
 * Inflates a deflate stream, refusing it as soon as the output passes `limit` bytes.
 *
 * @example
 * inflateAtMost(deflateSync(strToU8('hello')), 5) // => the bytes of 'hello'
 * inflateAtMost(deflateSync(strToU8('hello')), 4) // throws invalid-docx (it unpacks to more than it declared)
 */
export function inflateAtMost(deflated: Uint8Array, limit: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) {
      throw new TranscriptError(
        'invalid-docx',
        `${DOCUMENT_PART} unpacks to more than the ${limit} bytes its header declares: the archive is damaged or built to exhaust memory`,
      );
    }
    chunks.push(chunk);
  });
  try {
    if (deflated.length === 0) inflater.push(deflated, true);
    for (let at = 0; at < deflated.length; at += INFLATE_CHUNK)
      inflater.push(deflated.subarray(at, at + INFLATE_CHUNK), at + INFLATE_CHUNK >= deflated.length);
  } catch (err) {
    if (err instanceof TranscriptError) throw err;
    throw damaged(err);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * The stored (compressed) bytes of an entry, found through the central directory, which fflate
 * has already walked without complaint. ZIP64 fields mean a file far larger than any transcript.
 */
function storedBytes(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end > 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries && at + 46 <= bytes.length; i++) {
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)) === name) {
      const local = view.getUint32(at + 42, true);
      if (local === 0xffffffff || size === 0xffffffff || local + 30 > bytes.length) break;
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      if (start + size > bytes.length) break;
      return bytes.subarray(start, start + size);
    }
    at = next;
  }
  throw new TranscriptError(
    'invalid-docx',
    `the Word document's ZIP archive is damaged: the data of ${name} is not where its header says`,
  );
}

function damaged(err: unknown): TranscriptError {
  return new TranscriptError(
    'invalid-docx',
    `the Word document's ZIP archive is damaged: ${err instanceof Error ? err.message : String(err)}`,
  );
}

function megabytes(n: number): string {
  return (n / (1024 * 1024)).toFixed(n < 10 * 1024 * 1024 ? 1 : 0);
}
