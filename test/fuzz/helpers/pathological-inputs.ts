/**
 * Pathological uploads, built at test time: huge lines, thousands of speakers, deeply nested JSON,
 * long runs of the characters our patterns look for (spaces, colons, brackets, digits, arrows), and
 * zip bombs. Each is an input a hostile or broken client can send within the 10 MB upload limit.
 */
import { zipSync } from 'fflate';
import { repeatedByteDeflate, zipOf } from './zip-bomb';

const MB = 1024 * 1024;
/** The biggest single line the issue asks for. @example 'a'.repeat(HUGE) */
export const HUGE = 5 * MB;
/** Long enough for a quadratic pattern to take minutes, short enough to build in milliseconds. @example ' '.repeat(RUN) */
export const RUN = 1 * MB;

/** @example utf8('Zoë') // => Uint8Array(4) */
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/**
 * A JSON value nested `depth` levels deep, as text (JSON.stringify would recurse).
 *
 * @example
 * nestedJson(2, 'array')  // => '[[1]]'
 * nestedJson(2, 'object') // => '{"a":{"a":1}}'
 */
export function nestedJson(depth: number, kind: 'array' | 'object', inner = '1'): string {
  return kind === 'array'
    ? `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}${inner}${'}'.repeat(depth)}`;
}

/** 50 x 100 distinct, ordinary-looking names: index -> "Given Family". */
const GIVEN = [
  'Ana',
  'Bo',
  'Chen',
  'Dara',
  'Eli',
  'Femi',
  'Gus',
  'Hana',
  'Ivo',
  'Jun',
  'Kai',
  'Lea',
  'Mo',
  'Nia',
  'Oda',
  'Pia',
  'Quin',
  'Rui',
  'Sol',
  'Tao',
  'Uma',
  'Vik',
  'Wen',
  'Xia',
  'Yan',
  'Zoë',
  'Abe',
  'Bea',
  'Cy',
  'Dev',
  'Eva',
  'Fin',
  'Gia',
  'Hal',
  'Ida',
  'Jo',
  'Kim',
  'Lu',
  'Max',
  'Noa',
  'Oli',
  'Pax',
  'Ray',
  'Sam',
  'Tess',
  'Ugo',
  'Val',
  'Wim',
  'Yara',
  'Zed',
];
const FAMILY = Array.from(
  { length: 100 },
  (_, i) => `Family${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`,
);
/**
 * The i-th of 5,000 distinct names.
 *
 * @example
 * personName(0) // => 'Ana FamilyAA'; personName(51) // => 'Bo FamilyBA'
 */
export function personName(i: number): string {
  return `${GIVEN[i % GIVEN.length]} ${FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]}`;
}

const SURNAME_SUFFIX = ['', 'Oak', 'Reed', 'Vale', 'Moss', 'Finch', 'Lark', 'Brook'];
/**
 * The i-th of 40,000 distinct names (personName with a second family name past 5,000).
 *
 * @example
 * manyPersonName(5000) // => 'Ana FamilyAA Oak'
 */
export function manyPersonName(i: number): string {
  const suffix = SURNAME_SUFFIX[Math.floor(i / 5000) % SURNAME_SUFFIX.length];
  return suffix ? `${personName(i % 5000)} ${suffix}` : personName(i);
}

/**
 * `n` one-line speakers in plain text, each saying the same three words (each line can end cut
 * off, so that every speaker interrupts the one before).
 *
 * @example
 * oneLineSpeakers(2) // => 'Ana FamilyAA: hello from me\nBo FamilyAA: hello from me'
 */
export function oneLineSpeakers(n: number, ending = ''): string {
  return Array.from({ length: n }, (_, i) => `${manyPersonName(i)}: hello from me${ending}`).join('\n');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** @example vttTime(61_500) // => '00:01:01.500' */
export function vttTime(ms: number): string {
  return `${pad(Math.floor(ms / 3600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

/** A .docx whose document.xml is `body` (inside <w:body>), zipped normally. @example docxWithBody('<w:p><w:r><w:t>Zoë: hi</w:t></w:r></w:p>') */
export function docxWithBody(body: string): Uint8Array {
  return zipSync({
    'word/document.xml': utf8(`<?xml version="1.0"?><w:document xmlns:w="urn:w"><w:body>${body}</w:body></w:document>`),
  });
}

/** About 1 GiB of spaces as ~6.8 MB of deflate, for the zip-bomb cases. Built once. */
let bombData: Uint8Array | null = null;
/** @example zipBomb(1000) // a .docx whose document.xml claims 1000 bytes and inflates to 1 GiB */
export function zipBomb(declaredSize: number): Uint8Array {
  bombData ??= repeatedByteDeflate(0x20, Math.ceil(1024 ** 3 / 258));
  return zipOf([{ name: 'word/document.xml', data: bombData, method: 8, declaredSize }]);
}

/** An honest archive whose document.xml really is about `size` bytes of spaces (no paragraphs at all). @example honestSpaces(40 * 1024 * 1024) // ~40 KB of ZIP */
export function honestSpaces(size: number): Uint8Array {
  const repeats = Math.floor((size - 1) / 258);
  return zipOf([
    { name: 'word/document.xml', data: repeatedByteDeflate(0x20, repeats), method: 8, declaredSize: 1 + repeats * 258 },
  ]);
}
