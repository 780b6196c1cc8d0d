/**
 * A tiny reader for retext-equality's pattern files (data-en/*.yml), just enough for the
 * inclusive-language evaluation. No YAML package is installed, and the files use a small,
 * regular subset of YAML:
 *
 * ```yaml
 * - type: basic            # or `or`
 *   note: Some text.
 *   source: https://...    # a scalar or a `- item` list
 *   considerate:           # a scalar or a `- item` list
 *     - blocklist
 *   inconsiderate:         # a scalar, a `- item` list, or (type `or`) a `phrase: category` map
 *     - blacklist
 *     'frontman, front man': male   # a quoted key can hold several comma-separated phrases
 * ```
 */

/**
 * One pattern of a retext-equality file.
 *
 * @example
 * { type: 'basic', inconsiderate: ['sanity check'], considerate: ['check'], note: null, line: 12 }
 */
export interface RetextPattern {
  type: string;
  /** The phrases retext flags, as written (wildcards such as `make * great again` kept). */
  inconsiderate: string[];
  considerate: string[];
  note: string | null;
  /** 1-based line of the pattern's `- type:` line, for error messages. */
  line: number;
}

/**
 * Parses one retext-equality pattern file.
 *
 * @example
 * parseRetextPatterns('- type: basic\n  considerate: check\n  inconsiderate: sanity check\n')
 * // => [{ type: 'basic', inconsiderate: ['sanity check'], considerate: ['check'], note: null, line: 1 }]
 */
export function parseRetextPatterns(yaml: string): RetextPattern[] {
  const patterns: RetextPattern[] = [];
  let current: RetextPattern | null = null;
  let openKey: 'inconsiderate' | 'considerate' | 'other' | null = null;
  const lines = yaml.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = stripComment(raw);
    if (line.trim() === '') return;
    const item = /^- (\w+):\s*(.*)$/.exec(line);
    if (item) {
      current = { type: unquote(item[2] ?? ''), inconsiderate: [], considerate: [], note: null, line: index + 1 };
      patterns.push(current);
      openKey = null;
      return;
    }
    if (current === null)
      throw new Error(`line ${index + 1}: expected "- type: ..." to start a pattern, found "${raw.trim()}"`);
    const key = /^ {2}(\w+):\s*(.*)$/.exec(line);
    if (key) {
      const name = key[1] ?? '';
      const value = (key[2] ?? '').trim();
      openKey = name === 'inconsiderate' || name === 'considerate' ? name : 'other';
      if (name === 'note' && value !== '') current.note = unquote(value);
      if (value !== '' && openKey !== 'other') current[openKey].push(...splitPhrases(unquote(value)));
      return;
    }
    const listItem = /^ {4}- (.*)$/.exec(line);
    if (listItem) {
      if (openKey === 'inconsiderate' || openKey === 'considerate')
        current[openKey].push(unquote((listItem[1] ?? '').trim()));
      return;
    }
    // `or` patterns: `    phrase: female` (the key may be quoted and hold several phrases).
    const mapItem = /^ {4}('[^']*'|"[^"]*"|[^:]+):\s*(\w+)\s*$/.exec(line);
    if (mapItem && openKey === 'inconsiderate') {
      current.inconsiderate.push(...splitPhrases(unquote((mapItem[1] ?? '').trim())));
      return;
    }
    if (openKey === 'other') return; // continuation of a source list or note we do not need
    throw new Error(`line ${index + 1}: unexpected "${raw.trim()}"`);
  });
  return patterns;
}

/** `#` starts a comment unless it sits inside a URL or a word (retext's comments start a line). */
function stripComment(line: string): string {
  return /^\s*#/.test(line) ? '' : line;
}

function unquote(value: string): string {
  const v = value.trim();
  if ((v.startsWith("'") && v.endsWith("'")) || (v.startsWith('"') && v.endsWith('"'))) return v.slice(1, -1);
  return v;
}

/** `'frontman, front man'` holds two phrases; a plain phrase never contains a comma. */
function splitPhrases(value: string): string[] {
  return value
    .split(/,\s*/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
