/**
 * A proof, from a regular expression's source, that every match contains one of a few strings (its anchors).
 * The injection guard skips its patterns on text that holds none of a pattern's anchors; a wrong anchor
 * list would let instructions aimed at an AI through, so the lists are checked here, not trusted.
 *
 * The source is parsed (the subset our patterns use; anything else throws) and each part of a match is
 * read as the finite set of strings it can be, where it has one: a literal character, a small character
 * class, an optional or alternative group of such parts, an assertion (matches the empty string). A run of
 * such parts in sequence can match only the strings of their product; if every one of those contains an
 * anchor, so does every match. Parts that can be long or many (`\w`, `.`, `[^x]`, `*` on a group) end a run.
 * Text is normalised first (injection.ts): its only white space is single spaces, so `\s` and `\s+` read as
 * one space and `\s*` as none or one.
 */

export type Node =
  | { kind: 'set'; strings: ReadonlySet<string> | null } // a character or class; null: too many to list
  | { kind: 'assertion' } // ^ $ \b \B: matches the empty string
  | { kind: 'lookaround' } // (?=...) (?!...) (?<=...) (?<!...): consumes nothing
  | { kind: 'group'; alternatives: Node[][] }
  | { kind: 'repeat'; node: Node; min: number; max: number };

/** Above this many strings a run is not expanded further (the proof then needs a shorter run). */
const MAX_STRINGS = 50_000;
const WHITESPACE: ReadonlySet<string> = new Set([' ']);

/**
 * Parses a regular expression's source into alternatives of nodes.
 *
 * @example
 * parseRegex('ab|c').length // => 2
 */
export function parseRegex(source: string): Node[][] {
  let at = 0;
  const peek = () => source[at];
  const fail = (why: string): never => {
    throw new Error(`${why} at ${at} in /${source}/`);
  };

  function alternatives(): Node[][] {
    const out: Node[][] = [sequence()];
    while (peek() === '|') {
      at++;
      out.push(sequence());
    }
    return out;
  }

  function sequence(): Node[] {
    const out: Node[] = [];
    while (at < source.length && peek() !== '|' && peek() !== ')') out.push(quantified(atom()));
    return out;
  }

  function atom(): Node {
    const c = source[at++]!;
    if (c === '(') {
      let node: Node;
      if (source.startsWith('?:', at)) {
        at += 2;
        node = { kind: 'group', alternatives: alternatives() };
      } else if (/^\?<?[=!]/.test(source.slice(at))) {
        at += source[at + 1] === '<' ? 3 : 2;
        alternatives();
        node = { kind: 'lookaround' };
      } else if (peek() === '?') {
        return fail('unsupported group');
      } else {
        node = { kind: 'group', alternatives: alternatives() };
      }
      if (source[at++] !== ')') fail('unclosed group');
      return node;
    }
    if (c === '[') return charClass();
    if (c === '^' || c === '$') return { kind: 'assertion' };
    if (c === '.') return { kind: 'set', strings: null };
    if (c === '\\') return escape();
    if ('*+?{}]'.includes(c)) return fail(`unexpected ${c}`);
    return { kind: 'set', strings: new Set([c]) };
  }

  function escape(): Node {
    const c = source[at++];
    if (c === undefined) return fail('trailing backslash');
    if (c === 'b' || c === 'B') return { kind: 'assertion' };
    if (c === 's') return { kind: 'set', strings: WHITESPACE };
    if ('SwWdD'.includes(c)) return { kind: 'set', strings: null };
    if (/[1-9k]/.test(c)) return fail('back-reference');
    if ('nrtvfu0cxpP'.includes(c)) {
      if (c === 'n') return { kind: 'set', strings: new Set(['\n']) };
      return fail(`unsupported escape \\${c}`);
    }
    return { kind: 'set', strings: new Set([c]) };
  }

  function charClass(): Node {
    const negated = peek() === '^';
    if (negated) at++;
    const chars = new Set<string>();
    let wide = negated;
    while (peek() !== ']') {
      if (at >= source.length) fail('unclosed class');
      let c = source[at++]!;
      if (c === '\\') {
        const e = source[at++]!;
        if (e === 's') {
          chars.add(' ');
          continue;
        }
        if ('SwWdDbB'.includes(e)) {
          wide = true;
          continue;
        }
        if ('rtvfu0cxpP'.includes(e)) fail(`unsupported escape \\${e} in class`);
        c = e === 'n' ? '\n' : e;
      } else if (peek() === '-' && source[at + 1] !== ']') {
        at++;
        let to = source[at++]!;
        if (to === '\\') to = source[at++]!;
        for (let code = c.charCodeAt(0); code <= to.charCodeAt(0); code++) chars.add(String.fromCharCode(code));
        continue;
      }
      chars.add(c);
    }
    at++;
    return { kind: 'set', strings: wide || chars.size > 64 ? null : chars };
  }

  function quantified(node: Node): Node {
    let min: number;
    let max: number;
    const c = peek();
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
      if (!m) return fail('bad quantifier');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      at += m[0].length - 1;
    } else return node;
    at++;
    if (peek() === '?') at++; // lazy: the same strings
    if (node.kind === 'assertion' || node.kind === 'lookaround') fail('quantified assertion');
    return { kind: 'repeat', node, min, max };
  }

  const out = alternatives();
  if (at !== source.length) fail('unbalanced )');
  return out;
}

/**
 * The strings a node can match in normalised text, or null when there are too many to list.
 *
 * @example
 * stringsOf(parseRegex('(?:a|bc)d?')[0]![0]!) // => Set { 'a', 'bc' }
 */
export function stringsOf(node: Node): ReadonlySet<string> | null {
  switch (node.kind) {
    case 'set':
      return node.strings;
    case 'assertion':
    case 'lookaround':
      return new Set(['']); // constrains where a match is, adds no character to it
    case 'group': {
      const out = new Set<string>();
      for (const seq of node.alternatives) {
        const strings = product(seq);
        if (strings === null) return null;
        for (const s of strings) out.add(s);
        if (out.size > MAX_STRINGS) return null;
      }
      return out;
    }
    case 'repeat': {
      const one = stringsOf(node.node);
      if (one === null) return null;
      // Normalised text has no two white-space characters in a row: `\s+` is one space, `\s*` none or one.
      const spaceOnly = [...one].every((s) => s === ' ');
      const max = node.max === Infinity && spaceOnly ? 1 : node.max;
      if (max === Infinity) return null;
      const min = spaceOnly ? Math.min(node.min, 1) : node.min;
      let level = new Set(['']);
      const out = new Set<string>(min === 0 ? [''] : []);
      for (let k = 1; k <= max; k++) {
        const next = new Set<string>();
        for (const a of level) for (const b of one) next.add(a + b);
        if (next.size > MAX_STRINGS) return null;
        level = next;
        if (k >= min) for (const s of level) out.add(s);
      }
      return out;
    }
  }
}

/** Every concatenation of one string per node, or null when a node has no list or there are too many. */
function product(seq: readonly Node[]): Set<string> | null {
  let out = new Set(['']);
  for (const node of seq) {
    const strings = stringsOf(node);
    if (strings === null) return null;
    const next = new Set<string>();
    for (const a of out) for (const b of strings) next.add(a + b);
    if (next.size > MAX_STRINGS) return null;
    out = next;
  }
  return out;
}

/**
 * Whether every match of these alternatives (in normalised text) contains one of the anchors; when not, the
 * first alternative (as its position) no run of whose parts proves it.
 *
 * @example
 * uncoveredAlternative(parseRegex('(?:foo)?bar|baz'), ['bar']) // => 1
 * uncoveredAlternative(parseRegex('(?:foo)?bar|baz'), ['bar', 'baz']) // => null
 */
export function uncoveredAlternative(alternatives: readonly Node[][], anchors: readonly string[]): number | null {
  const index = alternatives.findIndex((seq) => !sequenceCovered(seq, anchors));
  return index === -1 ? null : index;
}

function sequenceCovered(seq: readonly Node[], anchors: readonly string[]): boolean {
  const holds = (s: string) => anchors.some((a) => s.includes(a));
  for (let i = 0; i < seq.length; i++) {
    // A part that must match at least once and whose every match holds an anchor.
    const node = seq[i]!;
    const inner = node.kind === 'repeat' && node.min >= 1 ? node.node : node;
    if (inner.kind === 'group' && uncoveredAlternative(inner.alternatives, anchors) === null) return true;
    // A run of parts from here whose every string holds an anchor.
    for (let j = i + 1; j <= seq.length; j++) {
      const strings = product(seq.slice(i, j));
      if (strings === null) break;
      if ([...strings].every(holds)) return true;
    }
  }
  return false;
}

/** Characters that stand in for a wide class (`\w`, `.`, `[^...]`) in generated text. */
const FILLER = "abcdefghijklmnopqrstuvwxyz éü.,:'-?!";

/**
 * A random string built from the alternatives (one choice per group, repeat count, character): most of them
 * match; the tests keep those that do. `random` returns numbers in [0, 1).
 *
 * @example
 * sample(parseRegex('ab?c'), Math.random) // => 'abc' or 'ac'
 */
export function sample(alternatives: readonly Node[][], random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const one = (node: Node): string => {
    switch (node.kind) {
      case 'set':
        return node.strings === null ? pick([...FILLER]) : pick([...node.strings]);
      case 'assertion':
      case 'lookaround':
        return '';
      case 'group':
        return pick(node.alternatives).map(one).join('');
      case 'repeat': {
        const count = node.min + Math.floor(random() * (Math.min(node.max, node.min + 3) - node.min + 1));
        return Array.from({ length: count }, () => one(node.node)).join('');
      }
    }
  };
  return pick(alternatives).map(one).join('');
}
