/**
 * Bytes to text. Transcripts arrive as UTF-8 (with or without BOM), UTF-16 (with a BOM, or
 * recognisably without one) or legacy Latin-1 / Windows-1252. Binary files are refused here,
 * with what they look like, before any parser sees them.
 *
 * The decoders for UTF-16 and Windows-1252 are written out because workerd's TextDecoder
 * only promises UTF-8 and UTF-16LE.
 */
import { TranscriptError } from './errors';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  /** The text with line endings normalised to `\n` and the BOM removed. */
  text: string;
  encoding: TextEncodingName;
  hadBom: boolean;
}

/** Magic numbers of files people upload by mistake; the name goes into the error message. */
const BINARY_SIGNATURES: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'an old Microsoft Office document', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'an MP3 audio file', bytes: [0x49, 0x44, 0x33] },
  { name: 'a WAV or AVI file', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'an Ogg media file', bytes: [0x4f, 0x67, 0x67, 0x53] },
  { name: 'a Matroska/WebM video', bytes: [0x1a, 0x45, 0xdf, 0xa3] },
  { name: 'an executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

/** Windows-1252 code points for bytes 0x80..0x9F (the rest of the range is Latin-1). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Names the kind of binary file, or null when the bytes start like none we know. */
export function sniffBinary(bytes: Uint8Array): string | null {
  for (const sig of BINARY_SIGNATURES) {
    if (sig.bytes.every((b, i) => bytes[i] === b)) return sig.name;
  }
  // ISO base media (MP4, M4A, MOV): "ftyp" at offset 4.
  if (bytes[4] === 0x66 && bytes[5] === 0x74 && bytes[6] === 0x79 && bytes[7] === 0x70) return 'an MP4/M4A media file';
  return null;
}

/**
 * Decodes transcript bytes to text.
 *
 * @example
 * decodeText(new TextEncoder().encode('WEBVTT\r\n\r\n')).text // => 'WEBVTT\n\n'
 * decodeText(Uint8Array.of(0x5a, 0x6f, 0xeb)).text            // => 'Zoë' (Windows-1252)
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new TranscriptError('empty-input', 'the file is empty (0 bytes)');
  const binary = sniffBinary(bytes);
  if (binary)
    throw new TranscriptError('binary-input', `this is ${binary}, not a transcript`, { details: { detected: binary } });

  let decoded: DecodedText;
  // Set when the bytes were searched for a zero byte: then the text holds no NUL (decoding makes U+0000 only of one).
  let nulBytesRefused = false;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    decoded = {
      text: decodeUtf8(bytes.subarray(3)) ?? decodeCp1252(bytes.subarray(3)),
      encoding: 'utf-8',
      hadBom: true,
    };
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = { text: decodeUtf16(bytes.subarray(2), true), encoding: 'utf-16le', hadBom: true };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = { text: decodeUtf16(bytes.subarray(2), false), encoding: 'utf-16be', hadBom: true };
  } else {
    const bomless16 = guessBomlessUtf16(bytes);
    if (bomless16 !== null) {
      decoded = { text: decodeUtf16(bytes, bomless16 === 'utf-16le'), encoding: bomless16, hadBom: false };
    } else {
      const nul = bytes.indexOf(0);
      if (nul !== -1) {
        throw new TranscriptError(
          'binary-input',
          `the file contains a NUL byte at offset ${nul}: it looks binary, not a text transcript`,
          {
            line: lineOfOffset(bytes, nul),
            details: { offset: nul },
          },
        );
      }
      nulBytesRefused = true;
      const utf8 = decodeUtf8(bytes);
      decoded =
        utf8 === null
          ? { text: decodeCp1252(bytes), encoding: 'windows-1252', hadBom: false }
          : { text: utf8, encoding: 'utf-8', hadBom: false };
    }
  }
  const unmarked = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  // Most files have no \r: a search for one costs far less than a regex pass over the whole text.
  const text = unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
  if (text.trim() === '') throw new TranscriptError('empty-input', 'the file holds only white space');
  // A search for U+0000 in a two-byte string is slow (each ASCII character has a zero byte): skipped when the
  // bytes were searched already.
  if (!nulBytesRefused && text.includes('\u0000')) {
    const at = text.indexOf('\u0000');
    throw new TranscriptError('binary-input', 'the text contains NUL characters: it looks binary, not a transcript', {
      line: text.slice(0, at).split('\n').length,
    });
  }
  return { ...decoded, text };
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeCp1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  const usable = bytes.length - (bytes.length % 2);
  for (let start = 0; start < usable; start += CHUNK * 2) {
    const codes: number[] = [];
    const end = Math.min(usable, start + CHUNK * 2);
    for (let i = start; i < end; i += 2) {
      codes.push(littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/**
 * UTF-16 without a BOM shows as a zero in every other byte while the text is ASCII.
 * We decide on the first 256 bytes: at least 90% of the odd (LE) or even (BE) bytes are zero,
 * and almost none of the others.
 */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 256);
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero >= pairs * 0.9 && evenZero <= pairs * 0.05) return 'utf-16le';
  if (evenZero >= pairs * 0.9 && oddZero <= pairs * 0.05) return 'utf-16be';
  return null;
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
