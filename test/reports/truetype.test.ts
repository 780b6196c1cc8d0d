/**
 * The TrueType reader and subsetter on our DejaVu Sans subset. Expected numbers were read with
 * fontTools (`TTFont('reports/fonts/DejaVuSans-subset.ttf')`: head.unitsPerEm, hhea, hmtx, cmap,
 * glyf components), not with the code under test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTrueType, subsetTrueType, type TrueTypeFont } from '../../reports/text/truetype';

const font = parseTrueType(
  new Uint8Array(readFileSync(join(__dirname, '..', '..', 'reports', 'fonts', 'DejaVuSans-subset.ttf'))),
);

/** Length of a glyph's outline data in a parsed font. */
function glyphLength(f: TrueTypeFont, glyph: number): number {
  const view = new DataView(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength);
  const loca = f.tables.get('loca')!.offset;
  return f.indexToLocFormat === 0
    ? (view.getUint16(loca + glyph * 2 + 2) - view.getUint16(loca + glyph * 2)) * 2
    : view.getUint32(loca + glyph * 4 + 4) - view.getUint32(loca + glyph * 4);
}

describe('parseTrueType', () => {
  it('reads the metrics', () => {
    expect(font.unitsPerEm).toBe(2048);
    expect(font.ascender).toBe(1901);
    expect(font.descender).toBe(-483);
    expect(font.numGlyphs).toBe(1920);
  });

  it('maps code points to glyphs and glyphs to widths', () => {
    expect(font.cmap.get(0x41)).toBe(34); // A
    expect(font.cmap.get(0x416)).toBe(845); // Ж
    expect(font.cmap.get(0xe9)).toBe(169); // é
    expect(font.cmap.has(0x674e)).toBe(false); // 李 is not in the subset
    expect(font.advances[34]).toBe(1401);
  });
});

describe('subsetTrueType', () => {
  it('keeps the outlines of the glyphs used and of their composite parts, and empties the rest', () => {
    // é (169) is built from e (70) and acute (116); Ǻ (442) from Aring (133) and glyph 1887.
    const subset = parseTrueType(subsetTrueType(font, new Set([169, 442])));
    for (const kept of [0, 169, 70, 116, 442, 133, 1887])
      expect(glyphLength(subset, kept), `glyph ${kept}`).toBeGreaterThan(0);
    for (const dropped of [34, 59, 845]) expect(glyphLength(subset, dropped), `glyph ${dropped}`).toBe(0);
    // Glyph ids, metrics and the character map are unchanged, so CIDs stay glyph ids.
    expect(subset.numGlyphs).toBe(font.numGlyphs);
    expect(subset.cmap.get(0xe9)).toBe(169);
    expect(subset.advances[169]).toBe(font.advances[169]);
  });

  it('writes a font whose checksums add up to the magic number, as the spec requires', () => {
    const bytes = subsetTrueType(font, new Set([34]));
    const view = new DataView(bytes.buffer);
    let sum = 0;
    for (let i = 0; i < bytes.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
    expect(sum).toBe(0xb1b0afba);
    expect(bytes.length).toBeLessThan(font.bytes.length / 2);
  });
});
