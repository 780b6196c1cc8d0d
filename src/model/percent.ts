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

/**
 * A multiple of a share (a person's share over the equal share) to one decimal: "7.4 times", not "7.443".
 *
 * @example
 * formatMultiple(7.443) // => '7.4'
 * formatMultiple(2) // => '2'
 */
export function formatMultiple(ratio: number): string {
  return String(Math.round(ratio * 10) / 10);
}
