/**
 * Per-transcript work shared by the inclusivity and listening analysers: matcher views of every
 * utterance, the speaker-name index, content words, and who spoke before whom. Computed once per
 * PreparedTranscript (cached in a WeakMap), because both analysers need the same things.
 */
import type { PreparedTranscript } from './prepare';
import { backchannelWords } from './backchannel-flags';
import { isStopword } from './data/stopwords';
import { buildNameIndex, type NameIndex } from './names';
import { viewOf } from './phrase-matcher';
import type { UtteranceView } from './types';
import { stem } from './stem';

export interface ConversationContext {
  views: UtteranceView[];
  names: NameIndex;
  /** Content words per utterance: stem -> the word as first said there (lower case). */
  content: Array<ReadonlyMap<string, string>>;
  /** The keys (stems) of `content[i]` in the same order, for the per-word loops (indexed loops allocate no iterators). */
  contentKeys: string[][];
  /**
   * The same keys as small numbers, one per distinct key of the transcript (0 .. contentKeyCount - 1), so that a
   * loop can mark and test words in a typed array instead of building a Map per utterance.
   */
  contentIds: number[][];
  contentKeyCount: number;
  /** Index of the latest earlier utterance by someone else, or -1. */
  previousOther: Int32Array;
  /** True for the first utterance of a turn. */
  turnStart: boolean[];
  /** True for an utterance that is only a back-channel ("mm-hmm", "yeah"). */
  backchannel: boolean[];
  /** `utterance.turn` by index. */
  turnOf: number[];
  speakerOf: string[];
}

/** How far back `respondingTo` looks for the point being answered. */
const RESPONSE_REACH = 10;

const cache = new WeakMap<PreparedTranscript, ConversationContext>();

/**
 * The shared context of a prepared transcript (built on first use).
 *
 * @example
 * const ctx = conversationContext(p);
 * ctx.previousOther[3] // => 2 when utterance 2 is by someone other than utterance 3's speaker
 */
export function conversationContext(p: PreparedTranscript): ConversationContext {
  const cached = cache.get(p);
  if (cached) return cached;
  const utterances = p.transcript.utterances;
  const names = buildNameIndex(p.transcript.speakers);
  const views: UtteranceView[] = utterances.map((u, i) =>
    viewOf(u.text, p.tokens[i] ?? [], p.lower[i] ?? [], p.lexicon, p.formStart[i]),
  );
  const memo = contentMemo(names);
  // Content keys by form id: each spelling is looked up once, not at every use.
  const byForm = new Array<ContentKey | null | undefined>(p.lexicon.size).fill(undefined);
  const forms = p.lexicon.tokenForms;
  const content = views.map((v, i) => contentLists(v.lower, memo, byForm, forms, p.formStart[i]!));
  const contentKeys = content.map((words) => words.keyList);
  const contentIds = content.map((words) => words.idList);
  const previousOther = new Int32Array(utterances.length).fill(-1);
  const turnStart: boolean[] = [];
  const speakerOf = utterances.map((u) => u.speakerId);
  for (let i = 0; i < utterances.length; i++) {
    const prev = utterances[i - 1];
    turnStart.push(!prev || prev.turn !== utterances[i]!.turn);
    if (i > 0) previousOther[i] = prev!.speakerId !== speakerOf[i] ? i - 1 : previousOther[i - 1]!;
  }
  const backchannel = [...backchannelWords(p)];
  const turnOf = utterances.map((u) => u.turn);
  const contentKeyCount = memo.byKey.size;
  const ctx = {
    views,
    names,
    content,
    contentKeys,
    contentIds,
    contentKeyCount,
    previousOther,
    turnStart,
    backchannel,
    turnOf,
    speakerOf,
  };
  cache.set(p, ctx);
  return ctx;
}

/**
 * The other person's utterance that utterance `i` responds to: walking back over back-channels and
 * over the earlier utterances of the speaker's own turn, the first substantive utterance. -1 when
 * that is the speaker's own from an earlier turn (they are resuming their point after someone's
 * "mm-hmm"), or when nothing is found within ten utterances.
 *
 * @example
 * // u1 Ana "The export fails."  u2 Ben "Mm-hmm."  u3 Cy "Good point."  u4 Ana "Yeah. And it is slow."
 * respondingTo(ctx, 2) // => 0 (Ana's point, not Ben's back-channel)
 * respondingTo(ctx, 3) // => 2 (Cy)
 */
export function respondingTo(ctx: ConversationContext, i: number): number {
  const speaker = ctx.speakerOf[i];
  const turn = ctx.turnOf[i];
  for (let k = i - 1; k >= 0 && k >= i - RESPONSE_REACH; k--) {
    if (ctx.backchannel[k] || ctx.views[k]!.tokens.length === 0 || ctx.turnOf[k] === turn) continue;
    return ctx.speakerOf[k] === speaker ? -1 : k;
  }
  return -1;
}

/**
 * How many utterances of the same turn come before utterance i, counted up to `max`: a reply opens a turn, and
 * words deep inside one's own long turn answer nobody's last words.
 *
 * @example
 * // u1 Ana "The export fails."  u2 Ben "Why?"  u3 Ben "It worked on Monday."
 * utterancesIntoTurn(ctx, 2, 3) // => 1
 */
export function utterancesIntoTurn(ctx: ConversationContext, i: number, max: number): number {
  let n = 0;
  while (i - n - 1 >= 0 && ctx.turnOf[i - n - 1] === ctx.turnOf[i] && n < max) n++;
  return n;
}

/**
 * Content words of one utterance: not a stop word, three letters or more, no digits, no speaker name.
 *
 * @example
 * contentWords(['we', 'could', 'use', 'kinetic', 'batteries'], index) // => Map { 'use' => 'use', 'kinetic' => 'kinetic', 'battery' => 'batteries' }
 */
export function contentWords(lower: readonly string[], names: NameIndex): Map<string, string> {
  const words = contentLists(lower, contentMemo(names), null, null, 0);
  const out = new Map<string, string>();
  for (let k = 0; k < words.keyList.length; k++) out.set(words.keyList[k]!, words.wordList[k]!);
  return out;
}

/** One content-word key of a transcript, shared by the words that stem to it ("battery", "batteries"). */
interface ContentKey {
  key: string;
  id: number;
  /** The word list that took it last: a key is taken once per list without a Map per list. */
  stamp: number;
}

/**
 * Word -> its content key, per transcript (its name index): a meeting repeats its words, so each
 * distinct word is stemmed and checked once instead of at every use.
 */
interface ContentMemo {
  names: NameIndex;
  byWord: Map<string, ContentKey | null>;
  byKey: Map<string, ContentKey>;
}

const contentMemos = new WeakMap<NameIndex, ContentMemo>();
function contentMemo(names: NameIndex): ContentMemo {
  let memo = contentMemos.get(names);
  if (!memo) contentMemos.set(names, (memo = { names, byWord: new Map(), byKey: new Map() }));
  return memo;
}

/** Numbers each word list, so that a ContentKey's stamp says whether this list has taken it. */
let listStamp = 0;

/**
 * The content words of one word list, in order of first use: no Map per list, and one Map lookup per word, or
 * none when the words' form ids are given (`forms[first + k]`, with their keys in `byForm` once looked up).
 */
function contentLists(
  lower: readonly string[],
  memo: ContentMemo,
  byForm: Array<ContentKey | null | undefined> | null,
  forms: Int32Array | null,
  first: number,
): ContentWords {
  const stamp = ++listStamp;
  // Gathered in reused lists that only grow (setting a length to 0 drops the storage), copied out at their size.
  const { keys, words, ids } = scratch;
  let n = 0;
  // Indexed loops on the per-word paths: for-of allocates an iterator result per element until the function is optimised.
  for (let k = 0; k < lower.length; k++) {
    const word = lower[k]!;
    // Words under three letters are never content words (contentKey): no lookup for a third of all words.
    if (word.length < 3) continue;
    let key = byForm === null ? undefined : byForm[forms![first + k]!];
    if (key === undefined) {
      key = memo.byWord.get(word);
      if (key === undefined) memo.byWord.set(word, (key = contentKeyOf(word, memo)));
      if (byForm !== null) byForm[forms![first + k]!] = key;
    }
    if (key === null || key.stamp === stamp) continue;
    key.stamp = stamp;
    keys[n] = key.key;
    words[n] = word;
    ids[n] = key.id;
    n++;
  }
  return new ContentWords(keys.slice(0, n), words.slice(0, n), ids.slice(0, n));
}

/** The lists `contentLists` gathers into (reused by every call). */
const scratch = { keys: [] as string[], words: [] as string[], ids: [] as number[] };

function contentKeyOf(word: string, memo: ContentMemo): ContentKey | null {
  const key = contentKey(word, memo.names);
  if (key === null) return null;
  let found = memo.byKey.get(key);
  if (!found) memo.byKey.set(key, (found = { key, id: memo.byKey.size, stamp: 0 }));
  return found;
}

/** The content-word key (stem) of one word, or null when it is no content word. */
function contentKey(word: string, names: NameIndex): string | null {
  if (word.length < 3 || isStopword(word) || hasDigit(word)) return null;
  const key = stem(word);
  if (key.length < 3 || isStopword(key) || names.byToken.has(key)) return null;
  return key;
}

function hasDigit(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * The content words of one utterance, stem -> word, as parallel lists: read-only Map behaviour without a Map per
 * utterance (a Map each was 4.5 MB and a fifth of the context's time at 250k words). Lookups scan the list: they
 * are rare (the loops read `contentKeys` and `contentIds`), and an utterance has a few dozen content words.
 */
class ContentWords implements ReadonlyMap<string, string> {
  constructor(
    readonly keyList: string[],
    readonly wordList: string[],
    readonly idList: number[],
  ) {}
  get size(): number {
    return this.keyList.length;
  }
  get(key: string): string | undefined {
    const k = this.keyList.indexOf(key);
    return k < 0 ? undefined : this.wordList[k];
  }
  has(key: string): boolean {
    return this.keyList.indexOf(key) >= 0;
  }
  forEach(f: (word: string, key: string, map: ReadonlyMap<string, string>) => void, thisArg?: unknown): void {
    for (let k = 0; k < this.keyList.length; k++) f.call(thisArg, this.wordList[k]!, this.keyList[k]!, this);
  }
  *entries(): MapIterator<[string, string]> {
    for (let k = 0; k < this.keyList.length; k++) yield [this.keyList[k]!, this.wordList[k]!];
  }
  keys(): MapIterator<string> {
    return this.keyList.values();
  }
  values(): MapIterator<string> {
    return this.wordList.values();
  }
  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }
}
