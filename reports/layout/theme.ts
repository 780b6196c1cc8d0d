/**
 * The report's page size, type scale and colours, in one place so that sections and charts agree.
 */
import { hex, type Color } from './canvas';

/**
 * A4 in points (210 × 297 mm).
 *
 * @example
 * doc.addPage([A4.width, A4.height]);
 */
export const A4 = { width: 595.28, height: 841.89 } as const;

/**
 * Page geometry: the content area is the paper minus the margins.
 *
 * @example
 * const contentWidth = PAGE.width - PAGE.margin.left - PAGE.margin.right; // 499.28 pt
 */
export const PAGE = {
  ...A4,
  margin: { top: 56, right: 48, bottom: 56, left: 48 },
  /** Header and footer sit inside the top and bottom margins, this far from the paper's edge. */
  headerTop: 26,
  footerTop: A4.height - 38,
} as const;

/**
 * Font sizes in points and the line height factor.
 *
 * @example
 * flow.paragraph('…', { size: TYPE.small });
 */
export const TYPE = {
  title: 22,
  h1: 16,
  h2: 12,
  h3: 10.5,
  body: 9.5,
  small: 8,
  tiny: 7,
  /** Line height as a multiple of the font size. */
  leading: 1.32,
} as const;

/**
 * The report's colours.
 *
 * @example
 * canvas.rect(x, y, w, h, { fill: COLORS.panel });
 */
export const COLORS = {
  ink: hex('#1f2933'),
  muted: hex('#5f6b7a'),
  faint: hex('#9aa5b1'),
  rule: hex('#d9dee4'),
  panel: hex('#f3f5f7'),
  accent: hex('#2f5fb3'),
  positive: hex('#2e8b57'),
  negative: hex('#c0392b'),
  warning: hex('#b7791f'),
  white: hex('#ffffff'),
} as const;

/**
 * Speaker colours: Okabe and Ito's colour-blind-safe palette first, then darker tints. Lanes and
 * bars are always labelled, so repeating colours beyond twelve people loses no information.
 */
const SPEAKER_PALETTE = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#7a5195',
  '#8c8c3a',
  '#4d9078',
  '#b5651d',
  '#3b5b92',
  '#a0527a',
].map(hex);

/**
 * The colour of the i-th speaker (0-based, in the report's speaker order).
 *
 * @example
 * speakerColor(0) // => the palette's blue
 */
export function speakerColor(index: number): Color {
  return SPEAKER_PALETTE[((index % SPEAKER_PALETTE.length) + SPEAKER_PALETTE.length) % SPEAKER_PALETTE.length]!;
}

/**
 * A colour between white and `color` (t in 0..1): heat-map cells.
 *
 * @example
 * tint(COLORS.negative, 0.5) // => halfway between white and red
 */
export function tint(color: Color, t: number): Color {
  const k = Math.min(1, Math.max(0, t));
  return {
    type: color.type,
    red: 1 - (1 - color.red) * k,
    green: 1 - (1 - color.green) * k,
    blue: 1 - (1 - color.blue) * k,
  } as Color;
}
