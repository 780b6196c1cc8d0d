/**
 * The tiny reader for retext-equality's pattern files used by the inclusive-language evaluation,
 * on hand-written snippets in the same shape as data-en/*.yml.
 */
import { describe, expect, it } from 'vitest';
import { parseRetextPatterns } from '../../eval/read-retext-patterns';

const SNIPPET = `# A comment line
- type: basic
  source:
    - https://example.org/a
    - https://example.org/b
  note: Refer to the person first.
  considerate:
    - blocklist
    - deny list
  inconsiderate:
    - blacklist
    - black list
- type: basic
  considerate: check
  inconsiderate: sanity check
- type: or
  considerate:
    - lead
  inconsiderate:
    # Upper case only
    'frontwoman, front woman': female
    frontman: male
`;

describe('parseRetextPatterns', () => {
  // Lines: the comment is line 1, so the three patterns start on lines 2, 13 and 16.
  it('reads scalars, lists, `or` maps with comma-separated quoted keys, and skips comments and sources', () => {
    expect(parseRetextPatterns(SNIPPET)).toEqual([
      {
        type: 'basic',
        inconsiderate: ['blacklist', 'black list'],
        considerate: ['blocklist', 'deny list'],
        note: 'Refer to the person first.',
        line: 2,
      },
      { type: 'basic', inconsiderate: ['sanity check'], considerate: ['check'], note: null, line: 13 },
      {
        type: 'or',
        inconsiderate: ['frontwoman', 'front woman', 'frontman'],
        considerate: ['lead'],
        note: null,
        line: 16,
      },
    ]);
  });

  it('says which line it could not read', () => {
    expect(() => parseRetextPatterns('  inconsiderate: x\n')).toThrow(/line 1/);
    expect(() => parseRetextPatterns('- type: basic\n  inconsiderate:\n      - too deep\n')).toThrow(/line 3/);
  });

  it('returns no patterns for an empty file', () => {
    expect(parseRetextPatterns('')).toEqual([]);
  });
});
