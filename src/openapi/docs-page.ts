/**
 * The /docs page: the OpenAPI document as plain HTML (operations, parameters, responses).
 * No scripts and nothing from a CDN; every string from the document is escaped.
 */

type Json = Record<string, unknown>;

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/**
 * Escapes text for HTML element content and attribute values.
 *
 * @example
 * escapeHtml('<b title="x">&</b>') // => '&lt;b title=&quot;x&quot;&gt;&amp;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );
}

/**
 * Renders the page.
 *
 * @example
 * const html = renderDocsPage(openApiDocument());
 * html.includes('<h2 id="createAnalysis">POST /v1/analyses</h2>') // => true
 */
export function renderDocsPage(doc: Json): string {
  const info = (doc.info ?? {}) as { title?: string; version?: string; description?: string };
  const paths = (doc.paths ?? {}) as Record<string, Record<string, unknown>>;
  const operations: string[] = [];
  const toc: string[] = [];
  for (const [path, item] of Object.entries(paths)) {
    const shared = (item.parameters ?? []) as Json[];
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      const id = String(op.operationId ?? `${method}-${path}`);
      const title = `${method.toUpperCase()} ${path}`;
      toc.push(
        `<li><a href="#${escapeHtml(id)}"><code>${escapeHtml(title)}</code></a> ${escapeHtml(String(op.summary ?? ''))}</li>`,
      );
      operations.push(renderOperation(id, title, op, [...shared, ...((op.parameters ?? []) as Json[])]));
    }
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(info.title ?? 'API')} ${escapeHtml(info.version ?? '')}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
code{background:#f2f2f2;padding:0 .2em;border-radius:3px}
h2{border-top:1px solid #ccc;padding-top:1rem;font-family:monospace}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
a{color:#0645ad}
</style>
</head>
<body>
<h1>${escapeHtml(info.title ?? 'API')} <small>${escapeHtml(info.version ?? '')}</small></h1>
<p>${escapeHtml(info.description ?? '')}</p>
<p>Machine-readable: <a href="/openapi.json"><code>/openapi.json</code></a> (OpenAPI 3.1). Authenticate with <code>Authorization: Bearer &lt;API key&gt;</code>.</p>
<h2 id="operations">Operations</h2>
<ul>
${toc.join('\n')}
</ul>
${operations.join('\n')}
</body>
</html>
`;
}

function renderOperation(id: string, title: string, op: Json, parameters: Json[]): string {
  const params = parameters.length
    ? `<h3>Parameters</h3><table><thead><tr><th>name</th><th>in</th><th>required</th><th>description</th></tr></thead><tbody>${parameters
        .map(
          (p) =>
            `<tr><td><code>${escapeHtml(String(p.name))}</code></td><td>${escapeHtml(String(p.in))}</td><td>${p.required ? 'yes' : 'no'}</td><td>${escapeHtml(String(p.description ?? describeSchema(p.schema as Json | undefined)))}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '';
  const body = op.requestBody as { content?: Record<string, unknown> } | undefined;
  const bodyTypes = body?.content
    ? `<h3>Request body</h3><p>${Object.keys(body.content)
        .map((t) => `<code>${escapeHtml(t)}</code>`)
        .join(', ')}</p>`
    : '';
  const responses = Object.entries((op.responses ?? {}) as Record<string, Json>)
    .map(
      ([status, r]) =>
        `<tr><td><code>${escapeHtml(status)}</code></td><td>${escapeHtml(String(r.description ?? ''))}</td></tr>`,
    )
    .join('');
  return `<section>
<h2 id="${escapeHtml(id)}">${escapeHtml(title)}</h2>
<p>${escapeHtml(String(op.summary ?? ''))}${op.description ? ` ${escapeHtml(String(op.description))}` : ''}</p>
${params}${bodyTypes}
<h3>Responses</h3><table><thead><tr><th>status</th><th>meaning</th></tr></thead><tbody>${responses}</tbody></table>
</section>`;
}

function describeSchema(schema: Json | undefined): string {
  if (!schema) return '';
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.join(', ')}`;
  return String(schema.type ?? '');
}
