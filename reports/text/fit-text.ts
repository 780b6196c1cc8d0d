/**
 * Makes any string drawable with a given font: what the font cannot show becomes a visible □,
 * never a crash and never a silently vanished character.
 */

/**
 * Drawn in place of each character (one per grapheme: a whole emoji sequence is one □).
 *
 * @example
 * fitTextToFont('李', fonts.regular) === MISSING_GLYPH // => true
 */
export const MISSING_GLYPH = '□';

/** Invisible format characters that would otherwise show as □: bidi marks, zero-width space, BOM, variation selectors. */
// eslint-disable-next-line no-misleading-character-class -- variation selectors are matched alone, on purpose
const INVISIBLE = /[\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFE00-\uFE0F]/gu;
/** Tabs, newlines and other control characters: one line of text has none. */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/gu;

/** Anything that can say which code points it has (our ReportFont; pdf-lib's PDFFont too). */
export interface GlyphCoverage {
  getCharacterSet(): number[];
}

// Keyed by the character-set array, which a font face shares across documents.
const coverageCache = new WeakMap<number[], Set<number>>();

function coverageOf(font: GlyphCoverage): Set<number> {
  const characters = font.getCharacterSet();
  let set = coverageCache.get(characters);
  if (!set) {
    set = new Set(characters);
    coverageCache.set(characters, set);
  }
  return set;
}

/**
 * Returns `text` as one drawable line: NFC-normalised, control characters turned into spaces,
 * invisible format characters dropped, and every character (grapheme) the font lacks replaced by □.
 *
 * @example
 * fitTextToFont('李娜 👍🏽 Zoë', fonts.regular) // => '□□ □ Zoë'
 * fitTextToFont('Дмитрий\tΠαναγιώτης', fonts.regular) // => 'Дмитрий Παναγιώτης'
 */
export function fitTextToFont(text: string, font: GlyphCoverage): string {
  const covered = coverageOf(font);
  const clean = text.normalize('NFC').replace(CONTROL, ' ');
  if (everyCodePointIn(clean, covered)) return clean;
  let out = '';
  for (const grapheme of graphemes(clean)) {
    if (grapheme === '\u200D') continue;
    const visible = grapheme.replace(INVISIBLE, '');
    if (visible === '') continue;
    // ZWJ inside an emoji sequence is part of the one picture: it does not need a glyph of its own.
    out += everyCodePointIn(visible.replace(/\u200D/gu, ''), covered) ? visible : MISSING_GLYPH;
  }
  return out;
}

/**
 * True when the font would have to replace something in `text`: then a name is shown with its
 * speaker id as well, so that two people whose names both became □□ stay distinguishable.
 *
 * @example
 * needsReplacement('李娜', fonts.regular) // => true
 * needsReplacement('Łukasz', fonts.regular) // => false
 */
export function needsReplacement(text: string, font: GlyphCoverage): boolean {
  const clean = text.normalize('NFC').replace(CONTROL, ' ').replace(INVISIBLE, '');
  return !everyCodePointIn(clean, coverageOf(font));
}

/**
 * The code points a font lacks, as `U+674E` labels, for the data-quality note that tells the
 * reader what a □ stood for.
 *
 * @example
 * missingCodePoints('李娜 Zoë', fonts.regular) // => ['U+674E', 'U+5A1C']
 */
export function missingCodePoints(text: string, font: GlyphCoverage): string[] {
  const covered = coverageOf(font);
  const missing: string[] = [];
  for (const ch of text.normalize('NFC').replace(CONTROL, ' ').replace(INVISIBLE, '')) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0x200d || covered.has(cp)) continue;
    const label = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    if (!missing.includes(label)) missing.push(label);
  }
  return missing;
}

function everyCodePointIn(text: string, covered: Set<number>): boolean {
  for (const ch of text) if (!covered.has(ch.codePointAt(0)!)) return false;
  return true;
}

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('en', { granularity: 'grapheme' }) : null;

/** Grapheme clusters where the runtime can split them (Node and workerd can), code points otherwise. */
function* graphemes(text: string): Generator<string> {
  if (!segmenter) {
    yield* text;
    return;
  }
  for (const { segment } of segmenter.segment(text)) yield segment;
}
