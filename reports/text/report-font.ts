/**
 * A TrueType font in a PDF as a Type 0 (CID) font with Identity-H encoding: every character is
 * written as its 2-byte glyph id, and a ToUnicode map makes the text searchable and copyable.
 * Only the glyphs a report used are embedded (see truetype.ts).
 *
 * Glyph ids double as CIDs (CIDToGIDMap /Identity), so encoding is one Map lookup per character:
 * much cheaper than shaping, and exact for our subsets, which have no GSUB/GPOS (build-fonts.sh).
 */
import { PDFString, type PDFContext, type PDFRef } from 'pdf-lib';
import { deflate } from '../layout/deflate';
import { subsetTrueType, type TrueTypeFont } from './truetype';

/** What measuring and fitting text needs from a font. */
export interface MeasuringFont {
  widthOfTextAtSize(text: string, size: number): number;
  heightAtSize(size: number, options?: { descender?: boolean }): number;
  getCharacterSet(): number[];
}

/**
 * Per font file, shared by every report in the process (or Worker isolate).
 *
 * @example
 * const face = new FontFace(parseTrueType(ttfBytes), 'RPTAAA+DejaVuSans');
 * face.width(0x41) // => 684 (thousandths of the font size for "A")
 */
export class FontFace {
  readonly characterSet: number[];
  /** Advance width per code point, in thousandths of the font size. */
  private readonly widths = new Map<number, number>();

  constructor(
    readonly font: TrueTypeFont,
    /** The PostScript name with a subset tag, e.g. `RPTAAA+DejaVuSans` (PDF 32000-1, 9.6.4). */
    readonly pdfName: string,
  ) {
    this.characterSet = [...font.cmap.keys()];
  }

  /** Width of one code point in 1/1000 em; missing characters measure as .notdef. */
  width(codePoint: number): number {
    let w = this.widths.get(codePoint);
    if (w === undefined) {
      w = (this.font.advances[this.font.cmap.get(codePoint) ?? 0]! * 1000) / this.font.unitsPerEm;
      this.widths.set(codePoint, w);
    }
    return w;
  }
}

/**
 * One font in one PDF document: measures text, encodes it (remembering the glyphs used), and
 * writes the font objects when the document is finished.
 *
 * @example
 * const font = new ReportFont(face, doc.context.nextRef(), 'F1');
 * font.widthOfTextAtSize('Дмитрий', 10) // => width in points
 * const hex = font.encode('Дмитрий'); // for a Tj operator
 * await font.embed(doc.context); // before doc.save()
 */
export class ReportFont implements MeasuringFont {
  /** Glyph id -> the text it stands for, for the ToUnicode map. */
  private readonly used = new Map<number, string>();

  constructor(
    readonly face: FontFace,
    readonly ref: PDFRef,
    /** The font's name in page resources (`/F1`). */
    readonly key: string,
  ) {}

  widthOfTextAtSize(text: string, size: number): number {
    let total = 0;
    for (const ch of text) total += this.face.width(ch.codePointAt(0)!);
    return (total * size) / 1000;
  }

  /** Ascent to descent (or ascent only), like pdf-lib's PDFFont.heightAtSize. */
  heightAtSize(size: number, options: { descender?: boolean } = {}): number {
    const f = this.face.font;
    const height = options.descender === false ? f.ascender : f.ascender - f.descender;
    return (height * size) / f.unitsPerEm;
  }

  getCharacterSet(): number[] {
    return this.face.characterSet;
  }

  /** The text as 2-byte glyph ids in hex, for `<...> Tj`; characters the font lacks become .notdef (fit text first). */
  encode(text: string): string {
    let hex = '';
    const cmap = this.face.font.cmap;
    for (const ch of text) {
      const glyph = cmap.get(ch.codePointAt(0)!) ?? 0;
      if (glyph !== 0 && !this.used.has(glyph)) this.used.set(glyph, ch);
      hex += glyph.toString(16).padStart(4, '0');
    }
    return hex;
  }

  /**
   * Writes the Type 0 font, its CID font, descriptor, subset font file and ToUnicode map.
   * (In `context.obj`, plain strings become PDF names; text strings are PDFString.)
   */
  async embed(context: PDFContext): Promise<void> {
    const f = this.face.font;
    const scale = 1000 / f.unitsPerEm;
    const glyphs = [...this.used.keys()].sort((a, b) => a - b);
    const subset = subsetTrueType(f, new Set(glyphs));
    const [packedFont, packedCMap] = await Promise.all([
      deflate(subset),
      deflate(new TextEncoder().encode(toUnicodeCMap(this.used))),
    ]);
    const fontFile = context.register(context.stream(packedFont, { Filter: 'FlateDecode', Length1: subset.length }));
    const descriptor = context.register(
      context.obj({
        Type: 'FontDescriptor',
        FontName: this.face.pdfName,
        // 32: nonsymbolic (uses the standard Latin character set and more).
        Flags: 32,
        FontBBox: f.bbox.map((v) => Math.round(v * scale)),
        ItalicAngle: f.italicAngle,
        Ascent: Math.round(f.ascender * scale),
        Descent: Math.round(f.descender * scale),
        CapHeight: Math.round(f.capHeight * scale),
        XHeight: Math.round(f.xHeight * scale),
        StemV: 80,
        FontFile2: fontFile,
      }),
    );
    const cidFont = context.register(
      context.obj({
        Type: 'Font',
        Subtype: 'CIDFontType2',
        BaseFont: this.face.pdfName,
        CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
        FontDescriptor: descriptor,
        W: widthsArray(glyphs, (g) => Math.round(f.advances[g]! * scale)),
        CIDToGIDMap: 'Identity',
      }),
    );
    const toUnicode = context.register(context.stream(packedCMap, { Filter: 'FlateDecode' }));
    context.assign(
      this.ref,
      context.obj({
        Type: 'Font',
        Subtype: 'Type0',
        BaseFont: this.face.pdfName,
        Encoding: 'Identity-H',
        DescendantFonts: [cidFont],
        ToUnicode: toUnicode,
      }),
    );
  }
}

/** `[first [w w w] first [w] ...]`: consecutive glyph ids share one entry (PDF 32000-1, 9.7.4.3). */
function widthsArray(glyphs: number[], width: (g: number) => number): Array<number | number[]> {
  const out: Array<number | number[]> = [];
  let run: number[] = [];
  let first = -1;
  let previous = -2;
  for (const g of glyphs) {
    if (g !== previous + 1) {
      if (run.length > 0) out.push(first, run);
      run = [];
      first = g;
    }
    run.push(width(g));
    previous = g;
  }
  if (run.length > 0) out.push(first, run);
  return out;
}

/** The CMap that maps glyph ids back to Unicode (PDF 32000-1, 9.10.3), in blocks of 100 as required. */
function toUnicodeCMap(used: ReadonlyMap<number, string>): string {
  const hex4 = (n: number) => n.toString(16).padStart(4, '0');
  const utf16 = (s: string) =>
    [...s]
      .map((ch) => {
        const cp = ch.codePointAt(0)!;
        if (cp < 0x10000) return hex4(cp);
        const v = cp - 0x10000;
        return hex4(0xd800 + (v >> 10)) + hex4(0xdc00 + (v & 0x3ff));
      })
      .join('');
  const entries = [...used].sort((a, b) => a[0] - b[0]).map(([g, text]) => `<${hex4(g)}> <${utf16(text)}>`);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CIDResource defineresource pop',
    'end',
    'end',
  ].join('\n');
}
