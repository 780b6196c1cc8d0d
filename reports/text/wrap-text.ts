/**
 * Line breaking with measured widths. Text arrives already fitted to the font (fit-text.ts).
 */
import type { RGB } from 'pdf-lib';
import type { ReportFont } from './report-font';

/** What a line of text needs to be measured. */
export interface TextStyle {
  font: ReportFont;
  size: number;
}

/**
 * Splits one paragraph into lines no wider than `maxWidth`: greedy on spaces, and a word wider
 * than the line (a URL, a 60-letter name) is cut between characters so nothing runs off the page.
 *
 * @example
 * wrapText('the quick brown fox', { font, size: 10 }, 60) // => ['the quick', 'brown fox'] (widths permitting)
 */
export function wrapText(text: string, style: TextStyle, maxWidth: number): string[] {
  return wrapRuns([{ text, ...style }], maxWidth).map((line) => line.runs.map((r) => r.text).join(''));
}

/**
 * Shortens text to fit `maxWidth`, ending with an ellipsis: for chart labels, where a second line
 * has no room. Tables and paragraphs wrap instead.
 *
 * @example
 * truncateToWidth('Maximilian Alexander von Hohenberg-Wittelsbach', { font, size: 8 }, 80) // => 'Maximilian Alex…'
 */
export function truncateToWidth(text: string, style: TextStyle, maxWidth: number): string {
  // One pass, stopping as soon as the text is known not to fit: the cost follows the width, not the
  // text (a 2 MB title in every page header once made the report quadratic in the title's length).
  // Widths add up per character (no kerning), so the kept prefix is the longest whose trimmed width
  // plus the ellipsis fits; the trimmed width never shrinks as the prefix grows.
  const ellipsis = measure('…', style);
  let width = 0;
  let trimmedWidth = 0;
  let keep = 0;
  let index = 0;
  for (const ch of text) {
    width += measure(ch, style);
    index += ch.length;
    if (!/\s/.test(ch)) trimmedWidth = width;
    if (trimmedWidth + ellipsis <= maxWidth) keep = index;
    else if (width > maxWidth) return keep === 0 ? '' : text.slice(0, keep).trimEnd() + '…';
  }
  return text;
}

/**
 * Width of a string in points.
 *
 * @example
 * measure('Zoë', { font, size: 10 }) // => about 17.6
 */
export function measure(text: string, style: TextStyle): number {
  return style.font.widthOfTextAtSize(text, style.size);
}

/** A stretch of text in one style; a paragraph is a list of runs (a bold name, then plain text). */
export interface Run extends TextStyle {
  text: string;
  color?: RGB;
}

export interface RichLine {
  runs: Run[];
  width: number;
}

interface Piece {
  text: string;
  run: Run;
  /** A space separates this piece from the previous one (otherwise they are glued: `**Ana**:`). */
  spaceBefore: boolean;
  /** The previous piece ended with a hyphen: a line may break here, and no space is drawn. */
  hyphenBefore?: boolean;
}

/** After a hyphen between letters (not a leading minus or a dash standing alone). */
const HYPHEN_BREAK = /(?<=\p{L}{2}-)(?=\p{L}{2})/u;

/**
 * Wraps styled runs into lines no wider than `maxWidth`, breaking only at spaces (or inside a word
 * wider than the line), and merging neighbouring words of one style back into one run per line.
 *
 * @example
 * wrapRuns([{ text: 'Ana:', font: bold, size: 9 }, { text: ' good point, building on that', font: regular, size: 9 }], 120)
 * // => [{ runs: [{ text: 'Ana:' ...}, { text: ' good point,' ... }], width: ... }, { runs: [{ text: 'building on that' ... }] }]
 */
export function wrapRuns(runs: readonly Run[], maxWidth: number): RichLine[] {
  const units = gluedUnits(runs);
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let lineWidth = 0;
  for (const unit of units) {
    const width = unit.reduce((sum, p) => sum + measure(p.text, p.run), 0);
    const space = line.length > 0 && !unit[0]!.hyphenBefore ? measure(' ', unit[0]!.run) : 0;
    if (line.length > 0 && lineWidth + space + width <= maxWidth) {
      line.push(...unit);
      lineWidth += space + width;
      continue;
    }
    if (line.length > 0) lines.push(line);
    if (width <= maxWidth) {
      line = unit.map((p, i) => (i === 0 ? { ...p, spaceBefore: false, hyphenBefore: false } : p));
      lineWidth = width;
      continue;
    }
    const broken = breakUnit(unit, maxWidth);
    lines.push(...broken.slice(0, -1));
    line = broken[broken.length - 1]!;
    lineWidth = line.reduce((sum, p) => sum + measure(p.text, p.run), 0);
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines.map(toRichLine);
}

function gluedUnits(runs: readonly Run[]): Piece[][] {
  const units: Piece[][] = [];
  let pendingSpace = false;
  for (const run of runs) {
    const parts = run.text.split(/( +)/);
    for (const part of parts) {
      if (part === '') continue;
      if (part.startsWith(' ')) {
        pendingSpace = true;
        continue;
      }
      // A hyphenated word may break after its hyphen ("self-|deprecation"): each piece is its own unit.
      part.split(HYPHEN_BREAK).forEach((text, k) => {
        const piece: Piece = { text, run, spaceBefore: pendingSpace, hyphenBefore: k > 0 };
        if (pendingSpace || k > 0 || units.length === 0) units.push([piece]);
        else units[units.length - 1]!.push(piece);
        pendingSpace = false;
      });
    }
  }
  return units;
}

/** Cuts a word wider than the line between characters: one list of pieces per line. */
function breakUnit(unit: Piece[], maxWidth: number): Piece[][] {
  const lines: Piece[][] = [[]];
  let width = 0;
  for (const piece of unit) {
    let text = '';
    for (const ch of piece.text) {
      const w = measure(ch, piece.run);
      if (width + w > maxWidth && width > 0) {
        if (text !== '') lines[lines.length - 1]!.push({ text, run: piece.run, spaceBefore: false });
        lines.push([]);
        text = '';
        width = 0;
      }
      text += ch;
      width += w;
    }
    if (text !== '') lines[lines.length - 1]!.push({ text, run: piece.run, spaceBefore: false });
  }
  return lines;
}

function toRichLine(pieces: Piece[]): RichLine {
  const runs: Run[] = [];
  for (const piece of pieces) {
    const text = (piece.spaceBefore ? ' ' : '') + piece.text;
    const last = runs[runs.length - 1];
    if (last && last.font === piece.run.font && last.size === piece.run.size && last.color === piece.run.color)
      last.text += text;
    else runs.push({ ...piece.run, text });
  }
  return { runs, width: runs.reduce((sum, r) => sum + measure(r.text, r), 0) };
}
