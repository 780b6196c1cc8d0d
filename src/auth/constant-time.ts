/**
 * Comparison whose running time does not depend on where two secrets first differ, so that an
 * attacker timing responses learns nothing about a configured key hash.
 */

/**
 * True when both strings are equal. Time depends only on the (public) lengths.
 *
 * @example
 * constantTimeEqual('a1b2', 'a1b2') // => true
 * constantTimeEqual('a1b2', 'a1b3') // => false
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const length = Math.max(a.length, b.length);
  // Different lengths still walk the full length, and make the result false.
  let diff = a.length ^ b.length;
  for (let i = 0; i < length; i++) diff |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  return diff === 0;
}
