/**
 * Agreement measures used by the evaluations: Pearson correlation and 3-class macro-F1.
 */

/**
 * Pearson product-moment correlation; NaN when either series is constant.
 *
 * @example
 * pearson([1, 2, 3], [2, 4, 7]) // => 0.993
 */
export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = Math.min(xs.length, ys.length);
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]!;
    my += ys[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * Macro-averaged F1 over the classes that occur in `gold` (a class never predicted scores 0).
 *
 * @example
 * macroF1(['pos', 'neg', 'neu'], ['pos', 'neg', 'pos']) // => (2/3 + 1 + 0) / 3 = 0.556
 */
export function macroF1<T extends string>(gold: readonly T[], predicted: readonly T[]): number {
  const classes = [...new Set(gold)];
  let total = 0;
  for (const c of classes) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i] === c;
      const p = predicted[i] === c;
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
    total += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return total / classes.length;
}

/**
 * Paired bootstrap 95% interval of a difference between two scorers measured on the same items:
 * resample the item indices with replacement and recompute `difference` on each resample
 * (deterministic seed, so every run prints the same interval).
 *
 * @example
 * bootstrapInterval(gold.length, (idx) => pearson(pick(ours, idx), pick(gold, idx)) - pearson(pick(vader, idx), pick(gold, idx)))
 * // => { low: -0.004, high: 0.009 }
 */
export function bootstrapInterval(
  n: number,
  difference: (indices: readonly number[]) => number,
  { resamples = 1000, seed = 20140601 } = {},
): { low: number; high: number } {
  const random = mulberry32(seed);
  const diffs: number[] = [];
  const indices = new Array<number>(n);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) indices[i] = Math.floor(random() * n);
    diffs.push(difference(indices));
  }
  diffs.sort((x, y) => x - y);
  return { low: diffs[Math.floor(resamples * 0.025)]!, high: diffs[Math.ceil(resamples * 0.975) - 1]! };
}

/**
 * The values at the given indices.
 *
 * @example
 * pick([10, 20, 30], [2, 0, 2]) // => [30, 10, 30]
 */
export function pick<T>(values: readonly T[], indices: readonly number[]): T[] {
  return indices.map((i) => values[i]!);
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
