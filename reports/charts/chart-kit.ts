/**
 * Small helpers every chart shares: aligned labels that never leave their box, nice axis steps.
 */
import type { ReportFont } from '../text/report-font';
import type { Canvas, Color } from '../layout/canvas';
import { COLORS } from '../layout/theme';
import { fitTextToFont } from '../text/fit-text';
import { truncateToWidth } from '../text/wrap-text';

export interface LabelStyle {
  font: ReportFont;
  size: number;
  color?: Color;
}

/**
 * Draws a one-line label inside [x, x + width], truncated with … when too long, aligned as asked.
 * Returns the width actually drawn.
 *
 * @example
 * label(canvas, 'Παναγιώτης Κωνσταντόπουλος', 48, 100, 90, { font, size: 8 }, 'right')
 */
export function label(
  canvas: Canvas,
  text: string,
  x: number,
  top: number,
  width: number,
  style: LabelStyle,
  align: 'left' | 'right' | 'center' = 'left',
): number {
  if (width <= 0) return 0;
  const fitted = truncateToWidth(fitTextToFont(text, style.font), style, width);
  const w = style.font.widthOfTextAtSize(fitted, style.size);
  const left = align === 'left' ? x : align === 'right' ? x + width - w : x + (width - w) / 2;
  canvas.text(fitted, left, top, { font: style.font, size: style.size, color: style.color ?? COLORS.ink });
  return w;
}

/**
 * The smallest "nice" number (1, 2, 2.5 or 5 times a power of ten) at or above `value`: axis ends.
 *
 * @example
 * niceCeil(0.37) // => 0.5
 * niceCeil(130) // => 200
 */
export function niceCeil(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value - 1e-12) return step * power;
  return 10 * power;
}

/**
 * Evenly spaced ticks from 0 to `max` (inclusive), about `count` of them, at nice steps.
 *
 * @example
 * ticks(0.5, 5) // => [0, 0.1, 0.2, 0.3, 0.4, 0.5]
 */
export function ticks(max: number, count: number): number[] {
  const step = niceCeil(max / Math.max(1, count));
  const out: number[] = [];
  // Count steps in integers and round away binary fractions (3 × 0.1 is 0.30000000000000004).
  for (let k = 0; k * step <= max + step * 1e-9; k++) out.push(Number((k * step).toPrecision(12)));
  return out;
}

/**
 * The label column's width for a set of names: as wide as the longest, within bounds.
 *
 * @example
 * labelColumnWidth(['Ana', 'Bartholomew'], style, 60, 150) // => width of 'Bartholomew' + padding
 */
export function labelColumnWidth(labels: readonly string[], style: LabelStyle, min: number, max: number): number {
  let widest = 0;
  for (const l of labels)
    widest = Math.max(widest, style.font.widthOfTextAtSize(fitTextToFont(l, style.font), style.size));
  return Math.min(max, Math.max(min, widest + 8));
}
