/**
 * Just enough Markdown for the analysers' metric documentation (analyzers/<name>/README.md) to read well
 * in the appendix: headings, paragraphs, lists, pipe tables, code blocks, **bold**, `code`, links.
 */
import type { Flow, Segment } from '../layout/flow';
import { table } from '../layout/table';
import { COLORS, TYPE } from '../layout/theme';

export type MarkdownBlock =
  | { type: 'heading'; level: number; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[]; ordered: boolean }
  | { type: 'table'; header: string[]; rows: string[][] }
  | { type: 'code'; lines: string[] };

/**
 * Splits Markdown into blocks.
 *
 * @example
 * parseMarkdown('# Talk share\n\nShare of **words**.\n\n- one\n- two')
 * // => [{ type: 'heading', level: 1, text: 'Talk share' }, { type: 'paragraph', text: 'Share of **words**.' }, { type: 'list', items: ['one', 'two'], ordered: false }]
 */
export function parseMarkdown(markdown: string): MarkdownBlock[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const blocks: MarkdownBlock[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*```/.test(line)) {
      flush();
      const code: string[] = [];
      while (i + 1 < lines.length && !/^\s*```/.test(lines[i + 1]!)) code.push(lines[++i]!);
      i++;
      blocks.push({ type: 'code', lines: code });
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ type: 'heading', level: heading[1]!.length, text: heading[2]! });
      continue;
    }
    if (/^\s*\|/.test(line)) {
      flush();
      const rows: string[][] = [];
      for (; i < lines.length && /^\s*\|/.test(lines[i]!); i++) rows.push(splitRow(lines[i]!));
      i--;
      const body = rows.filter((r, k) => !(k === 1 && r.every((c) => /^:?-{2,}:?$/.test(c.trim()))));
      blocks.push({ type: 'table', header: body[0] ?? [], rows: body.slice(1) });
      continue;
    }
    const item = /^\s*([-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      const ordered = /\d/.test(item[1]!);
      const last = blocks[blocks.length - 1];
      if (last?.type === 'list' && last.ordered === ordered) last.items.push(item[2]!);
      else blocks.push({ type: 'list', items: [item[2]!], ordered });
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    // An indented line right after a list item continues that item.
    const last = blocks[blocks.length - 1];
    if (paragraph.length === 0 && last?.type === 'list' && /^\s{2,}/.test(line)) {
      last.items[last.items.length - 1] += ' ' + line.trim();
      continue;
    }
    paragraph.push(line.trim());
  }
  flush();
  return blocks;
}

/**
 * Inline Markdown to styled segments: **bold** stays bold, `code`, links and emphasis become plain text.
 *
 * @example
 * inlineSegments('the **Gini** of `talkShare`, see [docs](https://x)')
 * // => [{ text: 'the ' }, { text: 'Gini', bold: true }, { text: ' of talkShare, see docs' }]
 */
export function inlineSegments(text: string): Segment[] {
  const plain = text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(^|[^*])\*([^*\s][^*]*)\*(?!\*)/g, '$1$2')
    .replace(/(^|\W)_([^_]+)_(?=\W|$)/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
  const segments: Segment[] = [];
  const parts = plain.split(/\*\*/);
  parts.forEach((part, i) => {
    if (part !== '') segments.push(i % 2 === 1 ? { text: part, bold: true } : { text: part });
  });
  return segments.length > 0 ? segments : [{ text: '' }];
}

/**
 * Leaves out the sections whose heading matches `drop`, with everything under them.
 *
 * @example
 * withoutSections(parseMarkdown('## A\ntext\n## Performance\n5 ms'), /performance/i) // => the heading A and its text
 */
export function withoutSections(blocks: readonly MarkdownBlock[], drop: RegExp): MarkdownBlock[] {
  const out: MarkdownBlock[] = [];
  let skipBelow: number | null = null;
  for (const block of blocks) {
    if (block.type === 'heading') {
      if (skipBelow !== null && block.level <= skipBelow) skipBelow = null;
      if (skipBelow === null && drop.test(block.text)) skipBelow = block.level;
    }
    if (skipBelow === null) out.push(block);
  }
  return out;
}

/**
 * Draws Markdown into the flow. The document's top heading level becomes a level-2 heading of the
 * report, the next a level 3, deeper ones a bold line.
 *
 * @example
 * renderMarkdown(flow, parseMarkdown('# Turn-taking\n\nTalk share is ...'));
 */
export function renderMarkdown(flow: Flow, blocks: readonly MarkdownBlock[]): void {
  const top = Math.min(6, ...blocks.map((b) => (b.type === 'heading' ? b.level : 6)));
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        if (block.level - top <= 1) flow.heading(plainText(block.text), block.level === top ? 2 : 3);
        else flow.paragraph([{ text: plainText(block.text), bold: true }], { size: TYPE.small, after: 2 });
        break;
      case 'paragraph':
        flow.paragraph(inlineSegments(block.text), { size: TYPE.small });
        break;
      case 'list':
        flow.bullets(
          block.items.map((item, i) =>
            block.ordered ? [{ text: `${i + 1}. ` }, ...inlineSegments(item)] : inlineSegments(item),
          ),
          { size: TYPE.small },
        );
        break;
      case 'table': {
        const columns = block.header.map((h) => ({ header: plainText(h), weight: 1 }));
        if (columns.length === 0) break;
        table(flow, {
          columns,
          rows: block.rows.map((r) => columns.map((_, k) => inlineSegments(r[k] ?? ''))),
          size: TYPE.tiny,
        });
        break;
      }
      case 'code':
        for (const line of block.lines)
          flow.paragraph(line === '' ? ' ' : line, { size: TYPE.tiny, color: COLORS.muted, indent: 10, after: 0 });
        flow.gap(4);
        break;
    }
  }
}

/** Cells of a pipe-table row; a `|` inside a code span or escaped as `\|` stays in its cell. */
function splitRow(line: string): string[] {
  const trimmed = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  const cells: string[] = [];
  let cell = '';
  let inCode = false;
  for (let i = 0; i < trimmed.length; i++) {
    const ch = trimmed[i]!;
    if (ch === '\\' && trimmed[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (ch === '`') {
      inCode = !inCode;
      cell += ch;
    } else if (ch === '|' && !inCode) {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

function plainText(text: string): string {
  return inlineSegments(text)
    .map((s) => s.text)
    .join('');
}
