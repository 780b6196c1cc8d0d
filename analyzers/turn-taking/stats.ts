/**
 * Small numeric helpers shared by the turn-taking modules.
 */

/**
 * Median of a list (mean of the two middle values for an even count); null for an empty list.
 *
 * @example
 * median([3, 1, 2])    // => 2
 * median([4, 1, 3, 2]) // => 2.5
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  // A typed-array copy sorts numerically without calling a comparator per comparison.
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Arithmetic mean; null for an empty list.
 *
 * @example
 * mean([1, 2, 6]) // => 3
 */
export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((n, v) => n + v, 0) / values.length;
}

/**
 * Rounds to 4 decimals (shares and indices are reported at this precision).
 *
 * @example
 * round4(1 / 3) // => 0.3333
 */
export function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
