/**
 * Markup inside subtitle cues: WebVTT's cue-text tags (`<v Name>`, `<c.yellow>`, `<00:01.000>`),
 * SRT's HTML-ish tags and ASS overrides (`<i>`, `<font color=...>`, `{\an8}`), and the HTML
 * character references all three formats use. The parsers keep the words and drop the markup;
 * bracketed non-speech markers such as `[laughter]` stay, because normalize turns them into events.
 *
 * Every scan here is a single left-to-right pass (indexOf or a regex without nested quantifiers),
 * so a 5 MB cue on one line costs linear time.
 */

/** One character reference the cue formats use, with the tools or specs that write it. */
interface NamedEntity {
  name: string;
  char: string;
  note: string;
}

/**
 * Named references we decode (with their `;`). WebVTT's own list is the first six; the rest are
 * common HTML punctuation references, which subtitles written by HTML-aware tools can contain. Without the `;` a reference stays literal
 * text, as WebVTT requires (`&nbsp` stays `&nbsp`).
 * @example "Tom &amp; Zoë" -> "Tom & Zoë"; "&lt;b&gt;" -> "<b>" (as text, not a tag)
 */
export const NAMED_ENTITIES: readonly NamedEntity[] = [
  { name: 'amp', char: '&', note: 'WebVTT, HTML' },
  { name: 'lt', char: '<', note: 'WebVTT, HTML' },
  { name: 'gt', char: '>', note: 'WebVTT, HTML' },
  { name: 'nbsp', char: '\u00a0', note: 'WebVTT, HTML: no-break space' },
  { name: 'lrm', char: '\u200e', note: 'WebVTT, HTML: left-to-right mark' },
  { name: 'rlm', char: '\u200f', note: 'WebVTT, HTML: right-to-left mark' },
  { name: 'quot', char: '"', note: 'HTML' },
  { name: 'apos', char: "'", note: 'HTML' },
  { name: 'hellip', char: '\u2026', note: 'HTML' },
  { name: 'ndash', char: '\u2013', note: 'HTML' },
  { name: 'mdash', char: '\u2014', note: 'HTML' },
  { name: 'lsquo', char: '\u2018', note: 'HTML' },
  { name: 'rsquo', char: '\u2019', note: 'HTML' },
  { name: 'ldquo', char: '\u201c', note: 'HTML' },
  { name: 'rdquo', char: '\u201d', note: 'HTML' },
];

const ENTITY_CHAR = new Map(NAMED_ENTITIES.map((e) => [e.name, e.char]));

/** The longest reference we decode, `&#x10FFFF;` or `&hellip;`, is 10 characters. */
const LONGEST_REFERENCE = 10;

/**
 * Decodes the character references above and numeric ones; unknown or unterminated references stay as written.
 * A hand-written scan: a regex replace with a callback costs ~0.6 µs per match, which a line of a
 * million `&amp;` turns into most of a second.
 *
 * @example
 * decodeEntities('Q&amp;A at 5 &lt;- &#39;ok&#x27; &nbsp') // => "Q&A at 5 <- 'ok' &nbsp"
 */
export function decodeEntities(text: string): string {
  let amp = text.indexOf('&');
  if (amp === -1) return text;
  const out: string[] = [];
  let copied = 0;
  let semi = -1;
  while (amp !== -1) {
    // The next `;` is searched again only once passed, so `&&&…&;` stays linear.
    if (semi <= amp) semi = text.indexOf(';', amp + 1);
    if (semi === -1) break;
    if (semi - amp > LONGEST_REFERENCE) {
      amp = text.indexOf('&', amp + 1);
      continue;
    }
    const decoded = referenceValue(text.slice(amp + 1, semi));
    if (decoded === null) {
      amp = text.indexOf('&', amp + 1);
      continue;
    }
    out.push(text.slice(copied, amp), decoded);
    copied = semi + 1;
    amp = text.indexOf('&', copied);
  }
  if (copied === 0) return text;
  out.push(text.slice(copied));
  return out.join('');
}

/** What `&body;` stands for, or null when it is not a reference we decode. */
function referenceValue(body: string): string | null {
  if (body.charCodeAt(0) !== 0x23 /* # */) return ENTITY_CHAR.get(body) ?? null;
  const hex = body[1] === 'x' || body[1] === 'X';
  const digits = body.slice(hex ? 2 : 1);
  if (!(hex ? /^[0-9a-fA-F]{1,6}$/ : /^\d{1,7}$/).test(digits)) return null;
  const code = Number.parseInt(digits, hex ? 16 : 10);
  // NUL, surrogates and out-of-range code points cannot be characters of the text.
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

/** One token of WebVTT cue text (https://www.w3.org/TR/webvtt1/#cue-text-tokenizer). */
export type CueToken =
  | { kind: 'text'; text: string }
  | { kind: 'start'; name: string; annotation: string; newlines: number }
  | { kind: 'end'; name: string; newlines: number }
  | { kind: 'timestamp'; newlines: number };

/**
 * Splits WebVTT cue text into text and tag tokens, the way the spec's tokenizer does: a `<` opens a
 * tag that runs to the next `>` (or to the end of the cue when there is none, so `<c unclosed` hides
 * the rest of the cue, as in browsers). Text tokens come back with character references decoded.
 *
 * @example
 * tokenizeCueText('<v.loud Zoë Martin>Hi &amp; bye</v>')
 * // => [{ kind: 'start', name: 'v', annotation: 'Zoë Martin', newlines: 0 },
 * //     { kind: 'text', text: 'Hi & bye' }, { kind: 'end', name: 'v', newlines: 0 }]
 */
export function tokenizeCueText(text: string): CueToken[] {
  const tokens: CueToken[] = [];
  let i = 0;
  while (i < text.length) {
    if (text.charCodeAt(i) !== 0x3c /* < */) {
      const next = text.indexOf('<', i);
      const end = next === -1 ? text.length : next;
      tokens.push({ kind: 'text', text: decodeEntities(text.slice(i, end)) });
      i = end;
      continue;
    }
    const close = text.indexOf('>', i + 1);
    const inner = text.slice(i + 1, close === -1 ? text.length : close);
    i = close === -1 ? text.length : close + 1;
    tokens.push(readTag(inner));
  }
  return tokens;
}

/** Reads what stood between `<` and `>`: an end tag, a timestamp tag, or a start tag with classes and annotation. */
function readTag(inner: string): CueToken {
  const newlines = countNewlines(inner);
  if (inner.startsWith('/')) return { kind: 'end', name: tagName(inner.slice(1)), newlines };
  const first = inner.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) return { kind: 'timestamp', newlines };
  const space = inner.search(/[\t\n\f\r ]/);
  const head = space === -1 ? inner : inner.slice(0, space);
  const annotation = space === -1 ? '' : collapseWhitespace(decodeEntities(inner.slice(space + 1)));
  return { kind: 'start', name: tagName(head), annotation, newlines };
}

/** `c.yellow.bg` -> `c`: the classes do not matter for the words. */
function tagName(head: string): string {
  const dot = head.indexOf('.');
  return (dot === -1 ? head : head.slice(0, dot)).trim().toLowerCase();
}

function countNewlines(s: string): number {
  let n = 0;
  for (let at = s.indexOf('\n'); at !== -1; at = s.indexOf('\n', at + 1)) n++;
  return n;
}

/**
 * Formatting tags that SRT and SBV files carry. Only these are removed, so that a non-speech marker
 * such as `<laughter>` stays for normalize to read.
 * @example "<i>Hello</i>" -> "Hello"; '<font color="#ffff00">Zoë:</font> hi' -> "Zoë: hi"; "<laughter>" stays
 */
export const SUBTITLE_FORMATTING_TAGS: ReadonlyArray<{ tag: string; source: string }> = [
  { tag: 'b', source: 'SubRip: bold' },
  { tag: 'i', source: 'SubRip: italic' },
  { tag: 'u', source: 'SubRip: underline' },
  { tag: 's', source: 'SubRip (some players): strike-through' },
  { tag: 'font', source: 'SubRip: `<font color="...">`, Aegisub and Subtitle Edit exports' },
  { tag: 'br', source: 'web caption editors: a line break, read as a space' },
  { tag: 'span', source: 'web caption editors (HTML)' },
  { tag: 'em', source: 'web caption editors (HTML)' },
  { tag: 'strong', source: 'web caption editors (HTML)' },
  { tag: 'sub', source: 'web caption editors (HTML)' },
  { tag: 'sup', source: 'web caption editors (HTML)' },
  { tag: 'p', source: 'TTML converted to SRT' },
  { tag: 'div', source: 'TTML converted to SRT' },
  { tag: 'c', source: 'WebVTT class tags left in by VTT-to-SRT converters' },
  { tag: 'v', source: 'WebVTT voice tags left in by VTT-to-SRT converters' },
  { tag: 'lang', source: 'WebVTT language tags left in by VTT-to-SRT converters' },
  { tag: 'ruby', source: 'WebVTT ruby tags left in by VTT-to-SRT converters' },
  { tag: 'rt', source: 'WebVTT ruby text tags left in by VTT-to-SRT converters' },
];

/** A start or end tag with a name and anything but angle brackets after it. */
const HTML_TAG = /<\/?([A-Za-z][A-Za-z0-9]*)(?:[\s.][^<>]*)?\/?>/g;
/** An ASS/SSA override block as Aegisub and YouTube write into SRT: `{\an8}`, `{\i1}`, `{\pos(10,20)}`. */
const ASS_OVERRIDE = /\{\\[^{}]*\}/g;
const FORMATTING_TAGS = new Set(SUBTITLE_FORMATTING_TAGS.map((t) => t.tag));

/**
 * Removes SRT/SBV formatting (HTML-ish tags, ASS overrides) and decodes character references.
 * White space is left as it is; the caller collapses it once per cue.
 *
 * @example
 * stripSubtitleMarkup('{\\an8}<i>Zoë &amp; Tom:</i> <font color="red">hi</font> <laughter>')
 * // => 'Zoë & Tom: hi <laughter>'
 */
export function stripSubtitleMarkup(line: string): string {
  let out = line;
  if (out.includes('{\\')) out = out.replace(ASS_OVERRIDE, '');
  if (out.includes('<')) out = out.replace(HTML_TAG, withoutFormattingTag);
  return decodeEntities(out);
}

/** A formatting tag goes (`<br>` becomes a space); any other tag-like text stays as written. */
function withoutFormattingTag(tag: string, name: string): string {
  const lower = name.toLowerCase();
  if (!FORMATTING_TAGS.has(lower)) return tag;
  return lower === 'br' ? ' ' : '';
}

/**
 * Collapses runs of white space (including no-break spaces) to one space and trims.
 *
 * @example
 * collapseWhitespace('  Hello,\n  world ') // => 'Hello, world'
 */
export function collapseWhitespace(text: string): string {
  // Most cue text is already single-spaced: test before building a new string.
  return NEEDS_COLLAPSE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

/** White space other than a single U+0020 space: a tab, a line break, a no-break space, or two spaces. */
const NEEDS_COLLAPSE = /[^\S ]| {2}/;
