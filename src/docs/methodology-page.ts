/**
 * The /docs/methodology page: the full methodology (every analyser's metric documentation, the same text as
 * analyzers/README.md) as plain HTML. The PDF's compact appendix points here. No scripts, every string escaped.
 */
import { escapeHtml } from '../openapi/docs-page';
import { parseMarkdown, type MarkdownBlock } from '../../reports/methodology/markdown';
import { METRIC_DOCS } from '../../reports/methodology/metric-docs.generated';

/**
 * Markdown inline marks to HTML: **bold**, `code`, [links](https://...) (other targets keep their text only).
 *
 * @example
 * inlineHtml('the **Gini** of `talkShare` <x>') // => 'the <strong>Gini</strong> of <code>talkShare</code> &lt;x&gt;'
 */
export function inlineHtml(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]*)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]*)\]\((https?:\/\/[^)\s]+|#[\w-]+)\)/g, '<a href="$2">$1</a>')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

function blockHtml(block: MarkdownBlock): string {
  switch (block.type) {
    case 'heading': {
      const level = Math.min(6, block.level + 1); // the page's own title is the h1
      return `<h${level}>${inlineHtml(block.text)}</h${level}>`;
    }
    case 'paragraph':
      return `<p>${inlineHtml(block.text)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((i) => `<li>${inlineHtml(i)}</li>`).join('')}</${tag}>`;
    }
    case 'table': {
      const head = block.header.map((h) => `<th>${inlineHtml(h)}</th>`).join('');
      const rows = block.rows.map((r) => `<tr>${r.map((c) => `<td>${inlineHtml(c)}</td>`).join('')}</tr>`);
      return `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
    }
    case 'code':
      return `<pre><code>${escapeHtml(block.lines.join('\n'))}</code></pre>`;
  }
}

/**
 * Renders the page from the analysers' documentation (by default the generated module the PDF also reads).
 *
 * @example
 * renderMethodologyPage().includes('<h2>Turn-taking</h2>') // => true
 */
export function renderMethodologyPage(docs: ReadonlyArray<{ markdown: string }> = METRIC_DOCS): string {
  const body = docs.map((d) => parseMarkdown(d.markdown).map(blockHtml).join('\n')).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Methodology: what every number means</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
code{background:#f2f2f2;padding:0 .2em;border-radius:3px}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}
h2{border-top:1px solid #ccc;padding-top:1rem}pre{background:#f2f2f2;padding:.5rem;overflow:auto}
</style>
</head>
<body>
<h1>Methodology: what every number means</h1>
<p>The full methodology of the meeting communication report: every metric's definition, formula, thresholds,
sources, validation and limits (the same text as analyzers/README.md). The PDF's appendix is a summary of it.
The analysis is lexical: observations for reflection and coaching, not for employment decisions.
See also the <a href="/docs">API documentation</a>.</p>
${body}
</body>
</html>`;
}
