/**
 * Mutations of real files, as data (so a failing case prints what was done) and one pure function
 * that applies them. Positions are free integers taken modulo the file's length, so any list of
 * mutations applies to any file and fast-check can shrink them.
 */
import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';

/** Byte sequences that real files and broken tools put in awkward places. @example INSERTABLE['utf8-bom'] // => [0xef, 0xbb, 0xbf] */
export const INSERTABLE = {
  nul: [0x00],
  'utf8-bom': [0xef, 0xbb, 0xbf],
  'utf16le-bom': [0xff, 0xfe],
  crlf: [0x0d, 0x0a],
  cr: [0x0d],
  lf: [0x0a],
  'blank-line': [0x0a, 0x0a],
  arrow: [0x2d, 0x2d, 0x3e],
  colon: [0x3a],
  tab: [0x09],
  'rtl-override': [0xe2, 0x80, 0xae],
  'lone-continuation-byte': [0x80],
  'latin1-e-acute': [0xe9],
  emoji: [0xf0, 0x9f, 0x98, 0x80],
  brace: [0x7b],
  bracket: [0x5b],
  quote: [0x22],
} as const satisfies Record<string, readonly number[]>;
/** @example 'crlf' */
export type Insertable = keyof typeof INSERTABLE;

/** One change to a file. @example { kind: 'insert', at: 120, what: 'nul' } */
export type Mutation =
  | { kind: 'flip-byte'; at: number; mask: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicate-line'; line: number }
  | { kind: 'delete-line'; line: number }
  | { kind: 'swap-lines'; a: number; b: number }
  | { kind: 'insert'; at: number; what: Insertable }
  | { kind: 'insert-bytes'; at: number; bytes: number[] }
  | { kind: 'delete-range'; at: number; length: number }
  | { kind: 'duplicate-range'; at: number; length: number }
  | { kind: 'swap-timestamps'; a: number; b: number }
  | { kind: 'replace-digit'; at: number; digit: number };

/**
 * Any mutation. Weighted towards the structural ones: a random byte flip mostly lands in the words.
 *
 * @example
 * fc.sample(mutationArb, 1) // => [{ kind: 'swap-timestamps', a: 3, b: 17 }]
 */
export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('flip-byte' as const),
      at: fc.nat(),
      mask: fc.integer({ min: 1, max: 255 }),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('duplicate-line' as const), line: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('delete-line' as const), line: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      what: fc.constantFrom(...(Object.keys(INSERTABLE) as Insertable[])),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('insert-bytes' as const),
      at: fc.nat(),
      bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('delete-range' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 64 }),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('duplicate-range' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 256 }),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant('swap-timestamps' as const), a: fc.nat(), b: fc.nat() }), weight: 3 },
  {
    arbitrary: fc.record({
      kind: fc.constant('replace-digit' as const),
      at: fc.nat(),
      digit: fc.integer({ min: 0, max: 9 }),
    }),
    weight: 2,
  },
);

/**
 * Applies the mutations in order.
 *
 * @example
 * const out = mutate(new TextEncoder().encode('a\nb\n'), [{ kind: 'duplicate-line', line: 0 }]);
 * new TextDecoder().decode(out) // => 'a\na\nb\n'
 */
export function mutate(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  return mutations.reduce(applyOne, bytes);
}

/**
 * For a .docx: the same mutations applied to its word/document.xml, zipped again, so the Word
 * parser sees damaged documents and not only damaged archives. Non-DOCX bytes pass to mutate().
 *
 * @example
 * const broken = mutateDocxDocument(teamsDocx, [{ kind: 'delete-line', line: 0 }]);
 */
export function mutateDocxDocument(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    return mutate(bytes, mutations);
  }
  const part = files['word/document.xml'];
  if (!part) return mutate(bytes, mutations);
  // document.xml is often one long line: break it between tags first so that line mutations bite.
  const lined = new TextEncoder().encode(new TextDecoder().decode(part).replace(/></g, '>\n<'));
  return zipSync({ ...files, 'word/document.xml': mutate(lined, mutations) });
}

function applyOne(bytes: Uint8Array, m: Mutation): Uint8Array {
  const n = bytes.length;
  switch (m.kind) {
    case 'flip-byte': {
      if (n === 0) return bytes;
      const out = bytes.slice();
      const at = m.at % n;
      out[at] = out[at]! ^ m.mask;
      return out;
    }
    case 'truncate':
      return bytes.slice(0, m.at % (n + 1));
    case 'duplicate-line': {
      const lines = lineRanges(bytes);
      const [start, end] = lines[m.line % lines.length]!;
      return concat(bytes.subarray(0, end), bytes.subarray(start, end), bytes.subarray(end));
    }
    case 'delete-line': {
      const lines = lineRanges(bytes);
      const [start, end] = lines[m.line % lines.length]!;
      return concat(bytes.subarray(0, start), bytes.subarray(end));
    }
    case 'swap-lines': {
      const lines = lineRanges(bytes);
      const [a, b] = [m.a % lines.length, m.b % lines.length].sort((x, y) => x - y) as [number, number];
      if (a === b) return bytes;
      const [aStart, aEnd] = lines[a]!;
      const [bStart, bEnd] = lines[b]!;
      return concat(
        bytes.subarray(0, aStart),
        bytes.subarray(bStart, bEnd),
        bytes.subarray(aEnd, bStart),
        bytes.subarray(aStart, aEnd),
        bytes.subarray(bEnd),
      );
    }
    case 'insert':
      return insertAt(bytes, m.at % (n + 1), Uint8Array.from(INSERTABLE[m.what]));
    case 'insert-bytes':
      return insertAt(bytes, m.at % (n + 1), Uint8Array.from(m.bytes));
    case 'delete-range': {
      const at = m.at % (n + 1);
      return concat(bytes.subarray(0, at), bytes.subarray(Math.min(n, at + m.length)));
    }
    case 'duplicate-range': {
      const at = m.at % (n + 1);
      const end = Math.min(n, at + m.length);
      return concat(bytes.subarray(0, end), bytes.subarray(at, end), bytes.subarray(end));
    }
    case 'swap-timestamps':
      return swapTimestamps(bytes, m.a, m.b);
    case 'replace-digit': {
      const digits: number[] = [];
      for (let i = 0; i < n; i++) if (bytes[i]! >= 0x30 && bytes[i]! <= 0x39) digits.push(i);
      if (digits.length === 0) return bytes;
      const out = bytes.slice();
      out[digits[m.at % digits.length]!] = 0x30 + m.digit;
      return out;
    }
  }
}

/**
 * Clock times (`00:01:02.500`, `1:02`, `0:0:3.12`) and JSON times (`"start": 1.25`). The text is read
 * as Latin-1 so that every byte is one character and positions survive the round trip.
 */
const TIMESTAMP =
  /\d{1,3}(?::\d{1,2}){1,2}(?:[.,]\d{1,3})?|(?<="(?:start|end|from|to|start_time|end_time|startTime|endTime|offset)"\s*:\s*"?)-?\d+(?:\.\d+)?/g;

function swapTimestamps(bytes: Uint8Array, a: number, b: number): Uint8Array {
  const text = latin1(bytes);
  const found = [...text.matchAll(TIMESTAMP)].map((m) => ({ at: m.index, text: m[0] }));
  if (found.length < 2) return bytes;
  const [first, second] = [found[a % found.length]!, found[b % found.length]!].sort((x, y) => x.at - y.at) as [
    (typeof found)[0],
    (typeof found)[0],
  ];
  if (first.at === second.at) return bytes;
  const swapped =
    text.slice(0, first.at) +
    second.text +
    text.slice(first.at + first.text.length, second.at) +
    first.text +
    text.slice(second.at + second.text.length);
  return Uint8Array.from(swapped, (ch) => ch.charCodeAt(0));
}

/** [start, end) of each line, the line feed included in its line. */
function lineRanges(bytes: Uint8Array): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      ranges.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < bytes.length || ranges.length === 0) ranges.push([start, bytes.length]);
  return ranges;
}

function insertAt(bytes: Uint8Array, at: number, inserted: Uint8Array): Uint8Array {
  return concat(bytes.subarray(0, at), inserted, bytes.subarray(at));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return text;
}
