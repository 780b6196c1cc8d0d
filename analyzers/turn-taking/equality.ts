/**
 * How evenly the talk is spread: the Gini coefficient of talk (time or words) and the normalised
 * Shannon entropy of turn counts. Silent invitees count as zeros in both.
 *
 * Gini: 0 = everyone spoke equally, approaching 1 = one person spoke. The standard index of
 * inequality (Gini 1912), applied here to talk; why equality matters in meetings: Woolley et al.
 * 2010 (Science 330) found that groups in which a few people dominated the speaking turns
 * performed worse across tasks (they measured the variance of turn counts).
 * With n people the largest possible Gini is (n - 1) / n; `giniMax` reports it so a reader can
 * tell 0.75 of 4 people (the maximum) from 0.75 of 20.
 */

/**
 * Gini coefficient: G = sum_i sum_j |x_i - x_j| / (2 n^2 mean), computed from sorted values as
 * G = 2 * sum_i (i * x_(i)) / (n * sum x) - (n + 1) / n, i = 1..n ascending. 0 for fewer than two
 * values or when all are zero.
 *
 * @example
 * gini([1, 1, 1, 1]) // => 0
 * gini([0, 0, 0, 4]) // => 0.75 (one person of four did all the talking)
 * gini([1, 3])       // => 0.25
 */
export function gini(values: readonly number[]): number {
  const n = values.length;
  const total = values.reduce((s, v) => s + v, 0);
  if (n < 2 || total <= 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  let weighted = 0;
  sorted.forEach((v, i) => (weighted += (i + 1) * v));
  return Math.max(0, (2 * weighted) / (n * total) - (n + 1) / n);
}

/**
 * Shannon entropy of the turn distribution divided by its maximum, ln(n): 1 = everyone took the
 * same number of turns, 0 = one person took them all. Null for fewer than two people.
 *
 * @example
 * normalizedEntropy([5, 5])     // => 1
 * normalizedEntropy([10, 0])    // => 0
 * normalizedEntropy([2, 1, 1])  // => 0.9464 (H = 1.0397 nats, ln 3 = 1.0986)
 */
export function normalizedEntropy(counts: readonly number[]): number | null {
  const n = counts.length;
  const total = counts.reduce((s, c) => s + c, 0);
  if (n < 2) return null;
  if (total <= 0) return 0;
  let h = 0;
  for (const c of counts) if (c > 0) h -= (c / total) * Math.log(c / total);
  return h / Math.log(n);
}
