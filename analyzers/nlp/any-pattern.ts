/**
 * Several regular expressions as one test. Word lists of patterns are data, one entry per pattern
 * (with its source and note); testing them one by one scans a text once per pattern, which on a long
 * meeting was the largest cost of the checks that run on every utterance.
 */

/**
 * A test that is true when any of the patterns matches the text, as `patterns.some((p) => p.test(text))`.
 * Patterns without flags or back-references are joined into one alternation (one scan per text), which
 * matches exactly when one of them does; any other (a flag, or a `\1` that would point elsewhere in the
 * union) is tested on its own.
 *
 * @example
 * const hostile = anyPattern([/\bthat is unfair\b/, /\byou never\b/]);
 * hostile('honestly, you never listen') // => true
 * hostile('that is fair') // => false
 */
export function anyPattern(patterns: readonly RegExp[]): (text: string) => boolean {
  const joinable = (p: RegExp) => p.flags === '' && !/\\[1-9k]/.test(p.source);
  const joined = patterns.filter(joinable);
  const alone = patterns.filter((p) => !joinable(p));
  const union = joined.length === 0 ? null : new RegExp(joined.map((p) => `(?:${p.source})`).join('|'));
  return (text) => (union !== null && union.test(text)) || alone.some((p) => p.test(text));
}
