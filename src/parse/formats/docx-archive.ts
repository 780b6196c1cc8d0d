/**
 * The ZIP side of a .docx: finds `word/document.xml` and unpacks only that entry, refusing
 * archives built to exhaust memory (zip bombs) before inflating anything.
 */
import { unzipSync } from 'fflate';
import { TranscriptError } from '../errors';

/** The main part of every WordprocessingML package we accept. */
const DOCUMENT_PART = 'word/document.xml';
/** Larger than any transcript's document.xml (a 3-hour meeting is well under 2 MB). */
const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;
/** Real .docx files hold a few dozen entries; thousands mean something else or an attack. */
const MAX_ENTRIES = 2000;

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];

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
 * that part, more than 2000 entries, or a part declared larger than 50 MB. fflate inflates into a
 * buffer of the declared size, so the actual output can never exceed what was checked.
 *
 * @example
 * readDocumentPart(docxBytes) // => Uint8Array holding '<?xml ...><w:document ...>'
 */
export function readDocumentPart(bytes: Uint8Array): Uint8Array {
  const names: string[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (entry) => {
        names.push(entry.name);
        if (names.length > MAX_ENTRIES) {
          throw new TranscriptError('invalid-docx', `the archive has more than ${MAX_ENTRIES} entries; a Word document has a few dozen`);
        }
        if (entry.name !== DOCUMENT_PART) return false;
        const declared = Math.max(entry.originalSize, entry.size);
        if (declared > MAX_DOCUMENT_BYTES) {
          throw new TranscriptError('invalid-docx', `${DOCUMENT_PART} would unpack to ${megabytes(declared)} MB; the limit is ${megabytes(MAX_DOCUMENT_BYTES)} MB`);
        }
        return true;
      },
    });
  } catch (err) {
    if (err instanceof TranscriptError) throw err;
    throw new TranscriptError('invalid-docx', `the Word document's ZIP archive is damaged: ${err instanceof Error ? err.message : String(err)}`);
  }
  const part = files[DOCUMENT_PART];
  if (!part) {
    const listed = names.length === 0 ? 'it is empty' : `it holds ${names.slice(0, 5).join(', ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''}`;
    throw new TranscriptError('invalid-docx', `a ZIP archive but not a Word document: ${listed}, and no ${DOCUMENT_PART}`);
  }
  if (part.length > MAX_DOCUMENT_BYTES) {
    throw new TranscriptError('invalid-docx', `${DOCUMENT_PART} unpacks to ${megabytes(part.length)} MB; the limit is ${megabytes(MAX_DOCUMENT_BYTES)} MB`);
  }
  return part;
}

function megabytes(n: number): string {
  return (n / (1024 * 1024)).toFixed(n < 10 * 1024 * 1024 ? 1 : 0);
}
