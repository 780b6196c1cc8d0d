/**
 * A name said to its bearer in a sentence of the tone senses (analyzers/sentiment/senses.ts): at the
 * start of the sentence before a comma, or after a comma at its end ("Karl, that was unfair";
 * "thanks for nothing, karl.").
 *
 * The rule is stated once, in vocativeByScan: the first of the other speakers' names (in the map's
 * order) whose first occurrence stands there. vocative() gives the same answer by looking up only the
 * few strings that stand where a vocative can (after the sentence's start or a comma, before a comma or
 * the end): the scan costs a search per name and sentence, which grew with the number of speakers
 * (a 250k-word bench meeting has 63, and the scan was most of the tone senses' time there).
 */
import { isWhiteSpace } from '../../src/model/white-space';

/** The names of one `others` map in its order, and each name's position in that order. */
interface NameOrder {
  names: string[];
  ids: string[];
  position: Map<string, number>;
  /** Length of the longest name: longer candidates are not looked up. */
  longest: number;
}

/** Built once per `others` map (toneSenses makes one per speaker, used for all their sentences). */
const ORDERS = new WeakMap<ReadonlyMap<string, string>, NameOrder | null>();

/**
 * The speaker id addressed by name in a lower-cased sentence, or null.
 *
 * @example
 * const others = new Map([['karl', 's2'], ['anna', 's3']]);
 * vocative('karl, that was unfair.', others)     // => 's2'
 * vocative('thanks for nothing, anna.', others)  // => 's3'
 * vocative('i told karl about it.', others)      // => null
 */
export function vocative(sentence: string, others: ReadonlyMap<string, string>): string | null {
  let order = ORDERS.get(others);
  if (order === undefined) ORDERS.set(others, (order = nameOrder(others)));
  if (order === null) return vocativeByScan(sentence, others);
  // The trailing run of ".", "!" and "?": a name may end anywhere in it.
  let tail = sentence.length;
  while (tail > 0 && isEndPunctuation(sentence.charCodeAt(tail - 1))) tail--;
  let best = -1;
  for (let from = 0; from <= sentence.length;) {
    let start = from;
    while (start < sentence.length && isWhiteSpace(sentence.charCodeAt(start))) start++;
    const comma = sentence.indexOf(',', start);
    const lastEnd = comma >= 0 ? comma : Math.min(sentence.length, start + order.longest);
    for (let end = comma >= 0 ? comma : Math.max(tail, start + 1); end <= lastEnd; end++) {
      if (end - start > order.longest) break;
      const k = order.position.get(sentence.slice(start, end));
      // The rule checks only a name's first occurrence: a name said earlier elsewhere does not count here.
      if (k !== undefined && (best < 0 || k < best) && sentence.indexOf(order.names[k]!) === start) best = k;
    }
    if (comma < 0) break;
    from = comma + 1;
  }
  return best < 0 ? null : order.ids[best]!;
}

/**
 * The rule itself: for each name in order, its first occurrence must have only white space, or a
 * comma, before it and a comma, or only ".", "!" and "?", after it.
 *
 * @example
 * vocativeByScan('karl, that was unfair.', new Map([['karl', 's2']])) // => 's2'
 */
export function vocativeByScan(sentence: string, others: ReadonlyMap<string, string>): string | null {
  for (const [name, id] of others) {
    const at = sentence.indexOf(name);
    if (at < 0) continue;
    const before = sentence.slice(0, at).trimEnd();
    const after = sentence.slice(at + name.length);
    if ((before === '' || before.endsWith(',')) && /^(,|[.!?]*$)/.test(after)) return id;
  }
  return null;
}

/**
 * The lookup order, or null when some name breaks what the lookup relies on (no name is empty, holds a
 * comma or starts with white space: addressName never makes such names, a caller's map might).
 */
function nameOrder(others: ReadonlyMap<string, string>): NameOrder | null {
  const order: NameOrder = { names: [], ids: [], position: new Map(), longest: 0 };
  for (const [name, id] of others) {
    if (name === '' || name.includes(',') || isWhiteSpace(name.charCodeAt(0))) return null;
    order.position.set(name, order.names.length);
    order.names.push(name);
    order.ids.push(id);
    order.longest = Math.max(order.longest, name.length);
  }
  return order;
}

function isEndPunctuation(c: number): boolean {
  return c === 46 /* . */ || c === 33 /* ! */ || c === 63; /* ? */
}
