/**
 * WordprocessingML to paragraphs of plain text. Only what a transcript needs: `<w:p>` paragraphs,
 * text in `<w:t>`, `<w:tab/>` as a tab and `<w:br/>` / `<w:cr/>` as a line break, entities decoded.
 * Deleted text (`<w:delText>`), field codes and tab-stop definitions in paragraph properties are
 * not content. A hand-written scanner (indexOf, no backtracking) keeps a 50 MB part linear.
 */

/**
 * The XML character entities and numeric references.
 * @example "&amp;" -> "&", "&#233;" -> "é", "&#x1F44B;" -> "👋"
 */
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decodes XML entities; references to invalid code points become U+FFFD.
 *
 * @example
 * decodeXmlEntities('Q&amp;A &#8211; Zo&#xEB;') // => 'Q&A – Zoë'
 */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED[name]!;
    const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
  });
}

/** What one run-level element adds to the text. */
const RUN_CONTENT = new Map([
  ['w:tab', '\t'],
  ['w:br', '\n'],
  ['w:cr', '\n'],
  ['w:noBreakHyphen', '-'],
]);

/**
 * The paragraphs of a document.xml, in document order (table cells included), as plain text.
 * Empty paragraphs are kept, so that index + 1 is the paragraph's number in the document.
 *
 * @example
 * readParagraphs('<w:body><w:p><w:r><w:t>Zoë Adams</w:t><w:tab/><w:t>0:03</w:t></w:r></w:p><w:p/></w:body>')
 * // => ['Zoë Adams\t0:03', '']
 */
export function readParagraphs(xml: string): string[] {
  const paragraphs: string[] = [];
  // Paragraphs can nest (a text box inside a paragraph); each gets its own buffer.
  const open: string[][] = [];
  let inText = false;
  let runDepth = 0;
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const textEnd = lt === -1 ? xml.length : lt;
    if (inText && textEnd > at && open.length > 0)
      open[open.length - 1]!.push(decodeXmlEntities(xml.slice(at, textEnd)));
    if (lt === -1) break;
    const gt = xml.indexOf('>', lt);
    if (gt === -1) break; // truncated document: keep what we have
    const tag = xml.slice(lt + 1, gt);
    at = gt + 1;
    const closing = tag.startsWith('/');
    const selfClosing = tag.endsWith('/');
    const name = tagName(tag, closing);
    if (name === 'w:p') {
      if (closing) paragraphs.push((open.pop() ?? []).join(''));
      else if (selfClosing) paragraphs.push('');
      else open.push([]);
    } else if (name === 'w:t') {
      inText = !closing && !selfClosing;
    } else if (name === 'w:r') {
      if (closing) runDepth = Math.max(0, runDepth - 1);
      else if (!selfClosing) runDepth++;
    } else if (runDepth > 0 && !closing && open.length > 0 && RUN_CONTENT.has(name)) {
      open[open.length - 1]!.push(RUN_CONTENT.get(name)!);
    }
  }
  // An unclosed paragraph at the end of a truncated document still counts.
  while (open.length > 0) paragraphs.push(open.shift()!.join(''));
  return paragraphs;
}

function tagName(tag: string, closing: boolean): string {
  let end = closing ? 1 : 0;
  const start = end;
  while (end < tag.length && !' \t\r\n/'.includes(tag[end]!)) end++;
  return tag.slice(start, end);
}
