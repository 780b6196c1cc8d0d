/**
 * The Prefer request header (RFC 7240): `Prefer: respond-async` asks for a job instead of waiting.
 */

/**
 * True when the header holds the `respond-async` preference.
 *
 * @example
 * prefersAsync('respond-async, wait=10') // => true
 * prefersAsync('return=minimal')         // => false
 */
export function prefersAsync(header: string | undefined | null): boolean {
  return (header ?? '')
    .split(',')
    .map((p) => p.split(';')[0]!.split('=')[0]!.trim().toLowerCase())
    .includes('respond-async');
}
