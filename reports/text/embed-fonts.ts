/**
 * The report's Unicode fonts (DejaVu Sans subsets, see reports/fonts/README.md) for one PDF.
 *
 * The font files travel as gzip + base64 inside a TS module (the one form Node and the Worker
 * bundle both import as is). They are decompressed and parsed once per process (or Worker
 * isolate) and shared; each document gets its own ReportFont objects, which remember the glyphs it
 * used and embed just those when the document is finished (`finishFonts`).
 */
import type { PDFDocument } from 'pdf-lib';
import { DEJAVU_SANS_BOLD_GZIP_BASE64, DEJAVU_SANS_GZIP_BASE64 } from '../fonts/dejavu-sans';
import { FontFace, ReportFont } from './report-font';
import { parseTrueType } from './truetype';

export interface ReportFonts {
  regular: ReportFont;
  bold: ReportFont;
}

interface Faces {
  regular: FontFace;
  bold: FontFace;
}

let faces: Promise<Faces> | null = null;

function loadFaces(): Promise<Faces> {
  faces ??= Promise.all([gunzipBase64(DEJAVU_SANS_GZIP_BASE64), gunzipBase64(DEJAVU_SANS_BOLD_GZIP_BASE64)]).then(
    ([regular, bold]) => ({
      regular: new FontFace(parseTrueType(regular), 'RPTAAA+DejaVuSans'),
      bold: new FontFace(parseTrueType(bold), 'RPTAAB+DejaVuSans-Bold'),
    }),
  );
  return faces;
}

/**
 * Regular and bold DejaVu Sans for a new document.
 *
 * @example
 * const doc = await PDFDocument.create();
 * const fonts = await reportFonts(doc);
 * fonts.regular.widthOfTextAtSize('Дмитрий, Zoë, Παναγιώτης', 10) // => width in points
 */
export async function reportFonts(doc: PDFDocument): Promise<ReportFonts> {
  const { regular, bold } = await loadFaces();
  return {
    regular: new ReportFont(regular, doc.context.nextRef(), 'F1'),
    bold: new ReportFont(bold, doc.context.nextRef(), 'F2'),
  };
}

/**
 * Embeds the glyphs the document used; call once, after the last page is drawn and before saving.
 *
 * @example
 * await finishFonts(doc, fonts);
 * const bytes = await doc.save();
 */
export async function finishFonts(doc: PDFDocument, fonts: ReportFonts): Promise<void> {
  // One after the other: objects are numbered in registration order, so the bytes stay the same.
  await fonts.regular.embed(doc.context);
  await fonts.bold.embed(doc.context);
}

/** `atob` and `DecompressionStream` exist in Node (>= 18) and in workerd: one decoder for both. */
async function gunzipBase64(base64: string): Promise<Uint8Array> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
