/**
 * Embeds the report's Unicode fonts (DejaVu Sans subsets, see reports/fonts/README.md) into a PDF.
 *
 * Two costs dominate a render with a custom font, and both are paid once per process (or Worker
 * isolate) here instead of once per report:
 * - decoding the base64 bytes and parsing the TTF with fontkit: the parsed font is cached and shared;
 * - fontkit's `layout()`, which pdf-lib calls for every `drawText` and `widthOfTextAtSize` and which
 *   runs the whole shaping engine. Our subsets carry no GSUB/GPOS tables (build-fonts.sh drops them),
 *   so shaping is exactly "one code point, one glyph": a cmap lookup cached per code point gives the
 *   same glyphs at a fraction of the cost.
 */
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { DEJAVU_SANS_BASE64, DEJAVU_SANS_BOLD_BASE64 } from '../fonts/dejavu-sans';

type FontkitFont = ReturnType<typeof fontkit.create>;
type Glyph = ReturnType<FontkitFont['glyphForCodePoint']>;

export interface ReportFonts {
  regular: PDFFont;
  bold: PDFFont;
}

interface Face {
  base64: string;
  /** PDF subset fonts are named with a six-letter tag and `+` (PDF 32000-1 §9.6.4). */
  pdfName: string;
  font?: FontkitFont;
}

const REGULAR: Face = { base64: DEJAVU_SANS_BASE64, pdfName: 'RPTAAA+DejaVuSans' };
const BOLD: Face = { base64: DEJAVU_SANS_BOLD_BASE64, pdfName: 'RPTAAB+DejaVuSans-Bold' };

/**
 * Embeds regular and bold DejaVu Sans as subsets (only the glyphs a report uses end up in the file).
 *
 * @example
 * const doc = await PDFDocument.create();
 * const fonts = await embedReportFonts(doc);
 * doc.addPage().drawText('Дмитрий, Zoë, Παναγιώτης', { x: 50, y: 700, size: 12, font: fonts.regular });
 */
export async function embedReportFonts(doc: PDFDocument): Promise<ReportFonts> {
  const regular = await embedFace(doc, REGULAR);
  const bold = await embedFace(doc, BOLD);
  return { regular, bold };
}

async function embedFace(doc: PDFDocument, face: Face): Promise<PDFFont> {
  const parsed = (face.font ??= withCmapOnlyLayout(fontkit.create(decodeBase64(face.base64))));
  // pdf-lib asks its registered fontkit to parse the bytes; hand it the already parsed font instead.
  doc.registerFontkit({ create: () => parsed });
  return doc.embedFont(new Uint8Array(0), { subset: true, customName: face.pdfName });
}

/**
 * A view of the font whose `layout` maps code points straight to glyphs. Everything else
 * (metrics, tables, `createSubset`) is read through the prototype from the one parsed font.
 */
function withCmapOnlyLayout(font: FontkitFont): FontkitFont {
  const glyphs = new Map<number, Glyph>();
  const glyphFor = (codePoint: number): Glyph => {
    let glyph = glyphs.get(codePoint);
    if (!glyph) {
      glyph = font.glyphForCodePoint(codePoint);
      glyphs.set(codePoint, glyph);
    }
    return glyph;
  };
  const view = Object.create(font) as FontkitFont;
  Object.defineProperty(view, 'layout', {
    value: (text: string) => {
      const run: Glyph[] = [];
      for (const ch of text) run.push(glyphFor(ch.codePointAt(0)!));
      return { glyphs: run };
    },
  });
  return view;
}

/** `atob` exists in Node (>= 16) and in workerd, so one decoder serves both. */
function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
