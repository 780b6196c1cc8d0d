/**
 * Small numeric helpers for the tone analyser.
 */

/**
 * Arithmetic mean; 0 for an empty list.
 *
 * @example
 * mean([0.5, -0.1, 0.2]) // => 0.2
 */
export function mean(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  let s = 0;
  for (let k = 0; k < xs.length; k++) s += xs[k]!;
  return s / xs.length;
}

/**
 * Population standard deviation (divides by n: it describes these utterances, not a sample); 0 for fewer than two values.
 *
 * @example
 * std([0.5, -0.5]) // => 0.5
 */
export function std(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  let s = 0;
  for (let k = 0; k < xs.length; k++) s += (xs[k]! - m) * (xs[k]! - m);
  return Math.sqrt(s / xs.length);
}

/**
 * Rounds to 3 decimals (scores are not more precise than that).
 *
 * @example
 * round(0.12345) // => 0.123
 */
export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * VADER's normalisation of a valence sum into (-1, 1).
 *
 * @example
 * normalizeSum(3.1) // => 0.625 (3.1 / sqrt(3.1^2 + 15))
 */
export function normalizeSum(sum: number, alpha: number): number {
  return sum === 0 ? 0 : sum / Math.sqrt(sum * sum + alpha);
}
