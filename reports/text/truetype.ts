/**
 * The little of TrueType a PDF needs, read directly from the font file: metrics, the character
 * map, advance widths, and a glyph subset. It replaces fontkit, which added 320-410 KiB (gzip) to
 * the Worker bundle to do the same for our one known font.
 *
 * Reference: the OpenType specification, tables head, hhea, maxp, hmtx, cmap (formats 4 and 12),
 * OS/2, post, loca and glyf (https://learn.microsoft.com/typography/opentype/spec/).
 */

export interface TrueTypeFont {
  bytes: Uint8Array;
  /** Table tag -> where it is in `bytes`. */
  tables: Map<string, { offset: number; length: number }>;
  unitsPerEm: number;
  ascender: number;
  descender: number;
  capHeight: number;
  xHeight: number;
  italicAngle: number;
  bbox: [number, number, number, number];
  numGlyphs: number;
  /** Unicode code point -> glyph id. */
  cmap: Map<number, number>;
  /** Advance width per glyph id, in font units. */
  advances: Uint16Array;
  /** 0: short (offset / 2) loca offsets, 1: long. */
  indexToLocFormat: number;
}

/**
 * Reads a TrueType (glyf-outline) font.
 *
 * @example
 * const font = parseTrueType(ttfBytes);
 * font.cmap.get(0x416) // => the glyph id of Cyrillic "Ж"
 */
export function parseTrueType(bytes: Uint8Array): TrueTypeFont {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565) throw new Error('not a TrueType font (expected glyf outlines)');
  const numTables = view.getUint16(4);
  const tables = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < numTables; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(bytes[record]!, bytes[record + 1]!, bytes[record + 2]!, bytes[record + 3]!);
    tables.set(tag, { offset: view.getUint32(record + 8), length: view.getUint32(record + 12) });
  }
  const table = (tag: string) => {
    const t = tables.get(tag);
    if (!t) throw new Error(`font has no ${tag} table`);
    return t.offset;
  };

  const head = table('head');
  const hhea = table('hhea');
  const numberOfHMetrics = view.getUint16(hhea + 34);
  const numGlyphs = view.getUint16(table('maxp') + 4);
  const hmtx = table('hmtx');
  const advances = new Uint16Array(numGlyphs);
  for (let g = 0; g < numGlyphs; g++) advances[g] = view.getUint16(hmtx + 4 * Math.min(g, numberOfHMetrics - 1));

  const os2 = tables.get('OS/2');
  const os2Version = os2 ? view.getUint16(os2.offset) : 0;
  const post = tables.get('post');
  return {
    bytes,
    tables,
    unitsPerEm: view.getUint16(head + 18),
    bbox: [view.getInt16(head + 36), view.getInt16(head + 38), view.getInt16(head + 40), view.getInt16(head + 42)],
    indexToLocFormat: view.getInt16(head + 50),
    ascender: view.getInt16(hhea + 4),
    descender: view.getInt16(hhea + 6),
    // OS/2 version 2 added sxHeight (offset 86) and sCapHeight (offset 88).
    xHeight: os2 && os2Version >= 2 ? view.getInt16(os2.offset + 86) : 0,
    capHeight: os2 && os2Version >= 2 ? view.getInt16(os2.offset + 88) : view.getInt16(hhea + 4),
    italicAngle: post ? view.getInt32(post.offset + 4) / 65536 : 0,
    numGlyphs,
    cmap: readCmap(view, table('cmap')),
    advances,
  };
}

/** The best Unicode subtable: format 12 (all planes) if present, else format 4 (BMP). */
function readCmap(view: DataView, cmap: number): Map<number, number> {
  const count = view.getUint16(cmap + 2);
  let format4 = -1;
  let format12 = -1;
  for (let i = 0; i < count; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    const offset = cmap + view.getUint32(cmap + 8 + i * 8);
    const format = view.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12) format12 = offset;
    if (format === 4) format4 = offset;
  }
  const map = new Map<number, number>();
  if (format12 >= 0) {
    const groups = view.getUint32(format12 + 12);
    for (let i = 0; i < groups; i++) {
      const g = format12 + 16 + i * 12;
      const start = view.getUint32(g);
      const end = view.getUint32(g + 4);
      const glyph = view.getUint32(g + 8);
      for (let cp = start; cp <= end; cp++) map.set(cp, glyph + cp - start);
    }
    return map;
  }
  if (format4 < 0) throw new Error('font has no Unicode character map');
  const segments = view.getUint16(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const rangeOffset = view.getUint16(rangeOffsets + s * 2);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (cp + delta) & 0xffff;
      else {
        // idRangeOffset counts bytes from its own position into glyphIdArray.
        const at = rangeOffsets + s * 2 + rangeOffset + (cp - start) * 2;
        const raw = view.getUint16(at);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(cp, glyph);
    }
  }
  return map;
}

/** Composite-glyph flags (glyf table). */
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** Tables a PDF viewer may read from an embedded TrueType font (PDF 32000-1, 9.9); the rest is dropped. */
const KEPT_TABLES = [
  'cmap',
  'cvt ',
  'fpgm',
  'glyf',
  'head',
  'hhea',
  'hmtx',
  'loca',
  'maxp',
  'prep',
  'OS/2',
  'post',
  'name',
];

/**
 * A copy of the font in which only the given glyphs (plus .notdef and the parts of composite
 * glyphs) keep their outlines. Glyph ids do not change, so the PDF can use them as CIDs directly.
 *
 * @example
 * const smaller = subsetTrueType(font, new Set([font.cmap.get(65)!])); // just "A"
 */
export function subsetTrueType(font: TrueTypeFont, glyphs: ReadonlySet<number>): Uint8Array {
  const view = new DataView(font.bytes.buffer, font.bytes.byteOffset, font.bytes.byteLength);
  const loca = font.tables.get('loca')!.offset;
  const glyf = font.tables.get('glyf')!.offset;
  const glyphRange = (g: number): [number, number] =>
    font.indexToLocFormat === 0
      ? [view.getUint16(loca + g * 2) * 2, view.getUint16(loca + g * 2 + 2) * 2]
      : [view.getUint32(loca + g * 4), view.getUint32(loca + g * 4 + 4)];

  // Close over composite glyphs' components.
  const keep = new Set<number>([0]);
  const pending = [...glyphs].filter((g) => g >= 0 && g < font.numGlyphs);
  while (pending.length > 0) {
    const g = pending.pop()!;
    if (keep.has(g) && g !== 0) continue;
    keep.add(g);
    const [start, end] = glyphRange(g);
    if (end <= start || view.getInt16(glyf + start) >= 0) continue;
    let p = glyf + start + 10;
    for (;;) {
      const flags = view.getUint16(p);
      const component = view.getUint16(p + 2);
      if (!keep.has(component)) pending.push(component);
      p += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
      if (flags & WE_HAVE_A_SCALE) p += 2;
      else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) p += 4;
      else if (flags & WE_HAVE_A_TWO_BY_TWO) p += 8;
      if (!(flags & MORE_COMPONENTS)) break;
    }
  }

  // New glyf and (long) loca: kept glyphs copied, 4-byte aligned; all others empty.
  let size = 0;
  for (const g of keep) {
    const [start, end] = glyphRange(g);
    size += (end - start + 3) & ~3;
  }
  const newGlyf = new Uint8Array(size);
  const newLoca = new Uint8Array((font.numGlyphs + 1) * 4);
  const locaView = new DataView(newLoca.buffer);
  let offset = 0;
  for (let g = 0; g < font.numGlyphs; g++) {
    locaView.setUint32(g * 4, offset);
    if (!keep.has(g)) continue;
    const [start, end] = glyphRange(g);
    newGlyf.set(font.bytes.subarray(glyf + start, glyf + end), offset);
    offset += (end - start + 3) & ~3;
  }
  locaView.setUint32(font.numGlyphs * 4, offset);

  const parts = new Map<string, Uint8Array>();
  for (const tag of KEPT_TABLES) {
    const t = font.tables.get(tag);
    if (!t) continue;
    if (tag === 'glyf') parts.set(tag, newGlyf);
    else if (tag === 'loca') parts.set(tag, newLoca);
    else if (tag === 'head') {
      const head = font.bytes.slice(t.offset, t.offset + t.length);
      const h = new DataView(head.buffer);
      h.setUint32(8, 0); // checkSumAdjustment, set below
      h.setInt16(50, 1); // indexToLocFormat: long
      parts.set(tag, head);
    } else parts.set(tag, font.bytes.subarray(t.offset, t.offset + t.length));
  }
  return writeFont(parts);
}

/** Assembles a font file from tables, with the table directory and checksums the spec asks for. */
function writeFont(tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const headerSize = 12 + tags.length * 16;
  let total = headerSize;
  for (const tag of tags) total += (tables.get(tag)!.length + 3) & ~3;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(tags.length));
  const searchRange = 2 ** entrySelector * 16;
  view.setUint32(0, 0x00010000);
  view.setUint16(4, tags.length);
  view.setUint16(6, searchRange);
  view.setUint16(8, entrySelector);
  view.setUint16(10, tags.length * 16 - searchRange);
  let offset = headerSize;
  let headOffset = -1;
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    out.set(data, offset);
    const record = 12 + i * 16;
    for (let k = 0; k < 4; k++) out[record + k] = tag.charCodeAt(k);
    view.setUint32(record + 4, checksum(out, offset, data.length));
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, data.length);
    if (tag === 'head') headOffset = offset;
    offset += (data.length + 3) & ~3;
  });
  if (headOffset >= 0) view.setUint32(headOffset + 8, (0xb1b0afba - checksum(out, 0, out.length)) >>> 0);
  return out;
}

/** Sum of big-endian uint32s; tables start 4-byte aligned and their padding is zero. */
function checksum(bytes: Uint8Array, offset: number, length: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let sum = 0;
  const end = offset + ((length + 3) & ~3);
  for (let i = offset; i < end; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}
