import { describe, expect, it } from 'vitest';
import { inlineSegments, parseMarkdown } from '../../reports/methodology/markdown';

describe('parseMarkdown', () => {
  it('splits headings, paragraphs, lists, tables and code', () => {
    const md = [
      '# Turn-taking',
      '',
      'Talk share is the share',
      'of **words**.',
      '',
      '- one',
      '- two',
      '  continued',
      '1. first',
      '',
      '| metric | unit |',
      '|---|---|',
      '| talkShare | 0..1 |',
      '',
      '```',
      'gini = sum |xi - xj|',
      '```',
    ].join('\n');
    expect(parseMarkdown(md)).toEqual([
      { type: 'heading', level: 1, text: 'Turn-taking' },
      { type: 'paragraph', text: 'Talk share is the share of **words**.' },
      { type: 'list', items: ['one', 'two continued'], ordered: false },
      { type: 'list', items: ['first'], ordered: true },
      { type: 'table', header: ['metric', 'unit'], rows: [['talkShare', '0..1']] },
      { type: 'code', lines: ['gini = sum |xi - xj|'] },
    ]);
  });
});

describe('pipe tables', () => {
  it('keeps a | inside a code span or escaped in its cell', () => {
    const [table] = parseMarkdown('| field | formula |\n|---|---|\n| gini | `Σ |xi − xj|` and a \\| b |');
    expect(table).toEqual({ type: 'table', header: ['field', 'formula'], rows: [['gini', '`Σ |xi − xj|` and a | b']] });
  });
});

describe('inlineSegments', () => {
  it('keeps bold, and reduces code, links and emphasis to their text', () => {
    expect(inlineSegments('the **Gini** of `talkShare`, see [docs](https://example.org) and *this*')).toEqual([
      { text: 'the ' },
      { text: 'Gini', bold: true },
      { text: ' of talkShare, see docs and this' },
    ]);
  });
});
