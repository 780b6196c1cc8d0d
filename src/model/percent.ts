/**
 * A share (0..1) as people read it, the one formatter of percentages for notes, the PDF and the page.
 */

/**
 * A share as a whole percentage; below 1% one decimal, so that a small voice does not read as zero.
 *
 * @example
 * formatPercent(0.4234) // => '42%'
 * formatPercent(0.004) // => '0.4%'
 */
export function formatPercent(share: number): string {
  const p = share * 100;
  if (p > 0 && p < 1) return `${p.toFixed(1)}%`;
  return `${Math.round(p)}%`;
}
