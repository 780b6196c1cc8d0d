/**
 * Which findings a coach builds advice on, and in what order they deserve attention. Free of zod so that
 * the browser page can import it (src/page/client/app.js) as well as the commentary, the verifier and the
 * PDF; src/model/finding.ts re-exports `isCoachable` beside the schema it describes.
 */

/** How much a finding's severity weighs when choosing what to raise; info is never raised. */
export const SEVERITY_WEIGHT = { info: 0, low: 1, medium: 2, high: 3 } as const;
/** How much the analyser's confidence weighs; a low-confidence finding (a guess) is never raised. */
export const CONFIDENCE_WEIGHT = { low: 0, medium: 1, high: 1.5 } as const;

type Weighed = { severity: keyof typeof SEVERITY_WEIGHT; confidence: keyof typeof CONFIDENCE_WEIGHT };

/**
 * Whether a coach would build advice for a named person on this finding: severity `low` or above and
 * confidence `medium` or above. Everything else is an observation. The commentary rules, the verifier of
 * Claude's advice, the PDF's cards and the page's top findings all ask this one question.
 *
 * @example
 * isCoachable({ severity: 'low', confidence: 'high' }) // => true
 * isCoachable({ severity: 'info', confidence: 'high' }) // => false
 * isCoachable({ severity: 'medium', confidence: 'low' }) // => false
 */
export function isCoachable(f: Weighed): boolean {
  return f.severity !== 'info' && f.confidence !== 'low';
}

/**
 * A finding's weight for coaching, severity x confidence; zero for anything that is not coachable.
 * Frequency enters where findings are grouped (the commentary sums the weights of one kind).
 *
 * @example
 * salience({ severity: 'medium', confidence: 'high' }) // => 3
 * salience({ severity: 'high', confidence: 'low' })    // => 0
 */
export function salience(f: Weighed): number {
  return isCoachable(f) ? SEVERITY_WEIGHT[f.severity] * CONFIDENCE_WEIGHT[f.confidence] : 0;
}

/**
 * Findings in the order a reader should see them: coachable ones by salience, then observations by
 * severity and confidence; ties keep the analysers' order.
 *
 * @example
 * byAttention([{ severity: 'high', confidence: 'low' }, { severity: 'low', confidence: 'medium' }])
 * // => [{ severity: 'low', confidence: 'medium' }, { severity: 'high', confidence: 'low' }]
 */
export function byAttention<F extends Weighed>(findings: readonly F[]): F[] {
  const weight = (f: F) =>
    isCoachable(f) ? 100 + salience(f) : SEVERITY_WEIGHT[f.severity] * 2 + CONFIDENCE_WEIGHT[f.confidence];
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => weight(b.f) - weight(a.f) || a.i - b.i)
    .map((x) => x.f);
}
