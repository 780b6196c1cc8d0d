import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { Canvas, finishPages } from '../../reports/layout/canvas';
import { finishFonts, reportFonts, type ReportFonts } from '../../reports/text/embed-fonts';
import { fitTextToFont, MISSING_GLYPH, missingCodePoints, needsReplacement } from '../../reports/text/fit-text';
import { HAS_PDFTOTEXT, pdfText } from './helpers/pdf-tools';

let doc: PDFDocument;
let fonts: ReportFonts;
beforeAll(async () => {
  doc = await PDFDocument.create();
  fonts = await reportFonts(doc);
});

describe('fitTextToFont', () => {
  it.each([
    'Zoë',
    'Łukasz',
    'Παναγιώτης',
    'Дмитрий',
    'Nguyễn Thị Hương',
    'Siobhán Ó Briain',
    'Ærøskøbing – “quoted” … € 5 → ▲ ● ■',
  ])('keeps %s as written', (name) => {
    expect(fitTextToFont(name, fonts.regular)).toBe(name);
    expect(fitTextToFont(name, fonts.bold)).toBe(name);
    expect(needsReplacement(name, fonts.regular)).toBe(false);
  });

  it('replaces each Chinese character with one visible □', () => {
    expect(fitTextToFont('李娜', fonts.regular)).toBe('□□');
    expect(fitTextToFont('Hi 李娜!', fonts.regular)).toBe('Hi □□!');
    expect(needsReplacement('李娜', fonts.regular)).toBe(true);
  });

  it('replaces an emoji, with its skin tone or ZWJ family, by a single □', () => {
    expect(fitTextToFont('Ana 🎉', fonts.regular)).toBe(`Ana ${MISSING_GLYPH}`);
    expect(fitTextToFont('👍🏽 ok', fonts.regular)).toBe('□ ok');
    expect(fitTextToFont('👨‍👩‍👧', fonts.regular)).toBe('□');
    // U+2764 (heavy heart, not in the subset) with the emoji variation selector U+FE0F: one picture.
    expect(fitTextToFont('❤️', fonts.regular)).toBe('□');
  });

  it('composes decomposed accents (NFC) instead of replacing them', () => {
    expect(fitTextToFont('Zoe\u0308', fonts.regular)).toBe('Zoë');
  });

  it('turns tabs and newlines into spaces and drops invisible format characters', () => {
    expect(fitTextToFont('Ana\tLima\nsaid', fonts.regular)).toBe('Ana Lima said');
    expect(fitTextToFont('a\uFEFFb\u200Fc', fonts.regular)).toBe('abc');
  });

  it('survives a lone surrogate (broken UTF-16) with a □', () => {
    expect(fitTextToFont('a\uD800b', fonts.regular)).toBe('a□b');
  });

  it('lists the code points a name lacks, for the data-quality note', () => {
    expect(missingCodePoints('李娜 Zoë', fonts.regular)).toEqual(['U+674E', 'U+5A1C']);
    expect(missingCodePoints('Дмитрий', fonts.regular)).toEqual([]);
  });

  const names = [
    '李娜',
    'Ana 🎉',
    'Zoë',
    'Łukasz',
    'Παναγιώτης',
    'Дмитрий',
    'a\uD800b',
    'مرحبا',
    'שלום',
    '\u0000\u0007',
  ];
  const drawNames = async (): Promise<Uint8Array> => {
    const canvas = new Canvas(doc.addPage(), 0, null);
    names.forEach((name, i) =>
      canvas.text(fitTextToFont(name, fonts.regular), 40, 40 + i * 20, { font: fonts.regular, size: 12 }),
    );
    await finishPages(doc.context, [canvas]);
    await finishFonts(doc, fonts);
    return doc.save();
  };

  it('gives strings that draw without throwing', async () => {
    expect((await drawNames()).length).toBeGreaterThan(0);
  });

  // Skipped where pdftotext (poppler-utils) is missing: the PDF's text is read back with it.
  it.skipIf(!HAS_PDFTOTEXT)('gives strings that read back from the PDF as written (needs pdftotext)', async () => {
    const text = pdfText(await drawNames());
    for (const expected of ['□□', 'Ana □', 'Zoë', 'Łukasz', 'Παναγιώτης', 'Дмитрий', 'a□b', '□□□□□', '□□□□'])
      expect(text).toContain(expected);
  });
});
