/**
 * Reads the AMI and ICSI corpora's NXT XML (one words file per speaker channel, per-word start and
 * end seconds, ISO-8859-1) into our raw cues, so that turn-taking can be evaluated on real,
 * word-timed meetings. Evaluation code only: the corpus is never shipped.
 *
 * NXT stores words as `<w nite:id=".." starttime="s" endtime="s">word</w>` with punctuation as its
 * own `<w>` (AMI: `punc="true"`; ICSI: `c="."`, `c="CM"`), truncated words (AMI `trunc="true"`,
 * ICSI `c="TRUNCW"`), and non-speech elements (`<disfmarker/>`, `<vocalsound/>`, `<pause/>`, ...).
 * ICSI leaves some times empty; `fillTimesFromSegments` interpolates them inside their segment.
 */
import type { RawCue } from '../../src/parse/types';

export interface NxtToken {
  id: string;
  /** Element name: `w`, `disfmarker`, `vocalsound`, `pause`, `gap`, `comment`, ... */
  tag: string;
  text: string;
  startSec: number | null;
  endSec: number | null;
  /** Punctuation mark (AMI punc="true", ICSI c="." / "CM" / quotes / hyphen). */
  punc: boolean;
  truncated: boolean;
  /** ICSI word class (`W`, `.`, `CM`, `APOSS`, `HYPH`, `SYM`, ...), AMI: null. */
  cls: string | null;
  /** True when start/end were filled in by interpolation, not measured. */
  interpolated: boolean;
}

export interface NxtSegment {
  startSec: number;
  endSec: number;
  participant: string | null;
  /** First and last token id the segment spans. */
  from: string;
  to: string;
}

const ELEMENT = /<(w|disfmarker|vocalsound|nonvocalsound|pause|gap|comment)\b([^>]*?)(?:\/>|>([^<]*)<\/\1>)/g;
const ATTRIBUTE = /([\w:.-]+)="([^"]*)"/g;
const ICSI_PUNCTUATION = new Set(['.', 'CM', 'HYPH', 'LQUOTE', 'RQUOTE', 'QUOTE']);

/**
 * Decodes an NXT file's bytes (ISO-8859-1; windows-1252 is a superset for the printable range).
 *
 * @example
 * decodeLatin1(new Uint8Array([0x5a, 0x6f, 0xeb])) // => 'Zoë'
 */
export function decodeLatin1(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes);
}

/** Attributes of one element as a record. */
function attributes(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of raw.matchAll(ATTRIBUTE)) out[m[1]!] = m[2]!;
  return out;
}

function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (named[e] !== undefined) return named[e]!;
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

function seconds(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/**
 * Parses a `*.words.xml` file.
 *
 * @example
 * parseNxtWords('<w nite:id="a.1" starttime="0.5" endtime="0.9">Hello</w><w nite:id="a.2" starttime="0.9" endtime="0.9" punc="true">.</w>')
 * // => [{ id: 'a.1', tag: 'w', text: 'Hello', startSec: 0.5, endSec: 0.9, punc: false, ... }, { id: 'a.2', text: '.', punc: true, ... }]
 */
export function parseNxtWords(xml: string): NxtToken[] {
  const tokens: NxtToken[] = [];
  for (const m of xml.matchAll(ELEMENT)) {
    const a = attributes(m[2] ?? '');
    const cls = a.c ?? null;
    tokens.push({
      id: a['nite:id'] ?? '',
      tag: m[1]!,
      text: decodeEntities(m[3] ?? '').trim(),
      startSec: seconds(a.starttime),
      endSec: seconds(a.endtime),
      punc: a.punc === 'true' || (cls !== null && ICSI_PUNCTUATION.has(cls)),
      truncated: a.trunc === 'true' || cls === 'TRUNCW',
      cls,
      interpolated: false,
    });
  }
  return tokens;
}

/**
 * Parses `href="file.xml#id(A)..id(B)"` (or a single `#id(A)`) into its first and last id.
 *
 * @example
 * parseIdRange('B.words.xml#id(w.1)..id(w.4)') // => { from: 'w.1', to: 'w.4' }
 */
export function parseIdRange(href: string): { from: string; to: string } | null {
  const m = /#id\(([^)]+)\)(?:\.\.id\(([^)]+)\))?/.exec(href);
  return m ? { from: m[1]!, to: m[2] ?? m[1]! } : null;
}

/**
 * Parses an ICSI `*.segs.xml` file.
 *
 * @example
 * parseNxtSegments('<segment nite:id="s1" starttime="1.0" endtime="2.5" participant="me003"><nite:child href="B.words.xml#id(w.1)..id(w.4)"/></segment>')
 * // => [{ startSec: 1, endSec: 2.5, participant: 'me003', from: 'w.1', to: 'w.4' }]
 */
export function parseNxtSegments(xml: string): NxtSegment[] {
  const segments: NxtSegment[] = [];
  for (const m of xml.matchAll(/<segment\b([^>]*)>([\s\S]*?)<\/segment>/g)) {
    const a = attributes(m[1]!);
    const href = /href="([^"]+)"/.exec(m[2]!)?.[1];
    const range = href ? parseIdRange(href) : null;
    const startSec = seconds(a.starttime);
    const endSec = seconds(a.endtime);
    if (!range || startSec === null || endSec === null) continue;
    segments.push({ startSec, endSec, participant: a.participant ?? null, ...range });
  }
  return segments;
}

/**
 * Spoken words: `<w>` elements that are not punctuation and not ICSI's `@` placeholder symbols.
 *
 * @example
 * parseNxtWords(xml).filter(isSpokenWord).length // => number of words said
 */
export function isSpokenWord(t: NxtToken): boolean {
  return t.tag === 'w' && !t.punc && t.cls !== 'SYM' && t.text !== '';
}

/**
 * Fills missing word times (ICSI leaves some empty) by splitting the gap between the nearest timed
 * neighbours (or the segment's edges) evenly among the untimed words. Marks them `interpolated`.
 *
 * @example
 * // segment 10-12 s over three words, only the middle one timed 10.8-11.2:
 * // the first becomes 10-10.8, the last 11.2-12.
 */
export function fillTimesFromSegments(tokens: NxtToken[], segments: readonly NxtSegment[]): void {
  const position = new Map(tokens.map((t, i) => [t.id, i]));
  for (const seg of segments) {
    const a = position.get(seg.from);
    const b = position.get(seg.to);
    if (a === undefined || b === undefined) continue;
    const words = tokens.slice(a, b + 1).filter(isSpokenWord);
    let i = 0;
    while (i < words.length) {
      if (words[i]!.startSec !== null && words[i]!.endSec !== null) {
        i++;
        continue;
      }
      let j = i;
      while (j < words.length && (words[j]!.startSec === null || words[j]!.endSec === null)) j++;
      const left = words[i]!.startSec ?? (i > 0 ? words[i - 1]!.endSec! : seg.startSec);
      const right = words[j - 1]!.endSec ?? (j < words.length ? words[j]!.startSec! : seg.endSec);
      const step = Math.max(0, right - left) / (j - i);
      for (let k = i; k < j; k++) {
        words[k]!.startSec = left + (k - i) * step;
        words[k]!.endSec = left + (k - i + 1) * step;
        words[k]!.interpolated = true;
      }
      i = j;
    }
  }
}

/** Clitics written as their own token ("'s", "'m", "n't"); "'cause" is a word and keeps its space. */
const CLITIC = /^(?:'(?:s|m|d|t|re|ve|ll)|n't)$/i;

/** Tokens that attach to the previous word without a space. */
function attachesLeft(t: NxtToken): boolean {
  return t.punc ? t.cls !== 'LQUOTE' : CLITIC.test(t.text);
}

/**
 * Renders tokens as transcript text (punctuation attached, truncated words with a trailing '-',
 * disfluency markers dropped), for one dialogue act or any other span.
 *
 * @example
 * renderTokens(parseNxtWords('<w starttime="1" endtime="2">Is</w><w starttime="2" endtime="3">it</w><w punc="true">?</w>'))
 * // => 'Is it?'
 */
export function renderTokens(tokens: readonly NxtToken[]): string {
  let text = '';
  let glueNext = false;
  for (const t of tokens) {
    if (t.tag !== 'w' || t.cls === 'SYM' || t.text === '') continue;
    const word = t.truncated ? `${t.text}-` : t.text;
    if (t.punc && t.cls === 'LQUOTE') text += ` ${word}`;
    else text += text === '' || glueNext || attachesLeft(t) ? word : ` ${word}`;
    glueNext = t.cls === 'HYPH' || t.cls === 'LQUOTE';
  }
  return text.trim();
}

/**
 * Groups one speaker channel's words into raw cues: a new cue after a sentence end ('.', '?', '!')
 * or at a pause longer than `pauseSec` between words. Truncated words get a trailing '-' and
 * disfluency markers become `{disfmarker}` (as QMSum writes them), so the text carries the
 * cut-offs a transcript would show.
 *
 * @example
 * wordsToCues(parseNxtWords(xml), 'A') // => [{ speaker: 'A', startMs: 370, endMs: 1760, text: 'Hmm hmm hmm.', line: null }, ...]
 */
export function wordsToCues(tokens: readonly NxtToken[], speaker: string, pauseSec = 0.5): RawCue[] {
  const cues: RawCue[] = [];
  let text = '';
  let start: number | null = null;
  let end: number | null = null;
  let glueNext = false;
  const close = () => {
    if (start !== null && end !== null && text.trim() !== '')
      cues.push({
        speaker,
        startMs: Math.round(start * 1000),
        endMs: Math.round(end * 1000),
        text: text.trim(),
        line: null,
      });
    text = '';
    start = null;
    end = null;
    glueNext = false;
  };
  for (const t of tokens) {
    if (t.tag === 'disfmarker') {
      if (start !== null) text += ' {disfmarker}';
      continue;
    }
    if (t.tag !== 'w' || t.cls === 'SYM' || t.text === '') continue;
    if (!t.punc) {
      if (t.startSec !== null && end !== null && t.startSec - end > pauseSec) close();
      if (t.startSec !== null && start === null) start = t.startSec;
      if (t.endSec !== null) end = Math.max(end ?? 0, t.endSec);
      const word = t.truncated ? `${t.text}-` : t.text;
      text += text === '' || glueNext || attachesLeft(t) ? word : ` ${word}`;
      glueNext = false;
      continue;
    }
    if (start === null) continue; // punctuation before any word
    text += t.cls === 'LQUOTE' ? ` ${t.text}` : t.text;
    glueNext = t.cls === 'HYPH' || t.cls === 'LQUOTE';
    if (t.text === '.' || t.text === '?' || t.text === '!') close();
  }
  close();
  return cues;
}

/**
 * Seconds of speech per word, summed: the reference talk time the analyser is compared with.
 * `measuredOnly` leaves out words whose times were interpolated.
 *
 * @example
 * wordSeconds(parseNxtWords(xml)) // => 123.4
 */
export function wordSeconds(tokens: readonly NxtToken[], measuredOnly = false): number {
  let total = 0;
  for (const t of tokens) {
    if (!isSpokenWord(t) || t.startSec === null || t.endSec === null) continue;
    if (measuredOnly && t.interpolated) continue;
    total += Math.max(0, t.endSec - t.startSec);
  }
  return total;
}
