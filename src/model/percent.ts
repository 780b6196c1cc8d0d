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
 * Two shares compared in one sentence ("had 1.8% ... the others averaged 2.2%"): as formatPercent, with as many
 * decimals (up to two) as it takes for different shares not to print alike, which read as a contradiction ("2% is
 * below the others' 2%", review r23).
 *
 * @example
 * formatPercentsApart(0.018, 0.022) // => ['1.8%', '2.2%']
 * formatPercentsApart(0.05, 0.12)   // => ['5%', '12%']
 */
export function formatPercentsApart(a: number, b: number): [string, string] {
  let pair: [string, string] = [formatPercent(a), formatPercent(b)];
  for (let digits = 1; digits <= 2 && pair[0] === pair[1] && a !== b; digits++)
    pair = [`${(a * 100).toFixed(digits)}%`, `${(b * 100).toFixed(digits)}%`];
  return pair;
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
