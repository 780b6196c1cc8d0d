/**
 * Per-transcript work shared by the inclusivity and listening analysers: matcher views of every
 * utterance, the speaker-name index, content words, and who spoke before whom. Computed once per
 * PreparedTranscript (cached in a WeakMap), because both analysers need the same things.
 */
import type { PreparedTranscript } from './prepare';
import { isBackchannel } from './data/backchannels';
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
  const views: UtteranceView[] = utterances.map((u, i) => viewOf(u.text, p.tokens[i] ?? [], p.lower[i] ?? []));
  const content = views.map((v) => contentWords(v.lower, names));
  const contentKeys = content.map((words) => [...words.keys()]);
  const previousOther = new Int32Array(utterances.length).fill(-1);
  const turnStart: boolean[] = [];
  const speakerOf = utterances.map((u) => u.speakerId);
  for (let i = 0; i < utterances.length; i++) {
    const prev = utterances[i - 1];
    turnStart.push(!prev || prev.turn !== utterances[i]!.turn);
    if (i > 0) previousOther[i] = prev!.speakerId !== speakerOf[i] ? i - 1 : previousOther[i - 1]!;
  }
  const backchannel = views.map((v) => isBackchannel(v.lower));
  const turnOf = utterances.map((u) => u.turn);
  const ctx = { views, names, content, contentKeys, previousOther, turnStart, backchannel, turnOf, speakerOf };
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
 * Content words of one utterance: not a stop word, three letters or more, no digits, no speaker name.
 *
 * @example
 * contentWords(['we', 'could', 'use', 'kinetic', 'batteries'], index) // => Map { 'use' => 'use', 'kinetic' => 'kinetic', 'battery' => 'batteries' }
 */
export function contentWords(lower: readonly string[], names: NameIndex): Map<string, string> {
  const keys = contentKeysFor(names);
  const out = new Map<string, string>();
  // Indexed loops on the per-word paths: for-of allocates an iterator result per element until the function is optimised.
  for (let k = 0; k < lower.length; k++) {
    const word = lower[k]!;
    let key = keys.get(word);
    if (key === undefined) keys.set(word, (key = contentKey(word, names)));
    if (key !== null && !out.has(key)) out.set(key, word);
  }
  return out;
}

/** The content-word key (stem) of one word, or null when it is no content word. */
function contentKey(word: string, names: NameIndex): string | null {
  if (word.length < 3 || isStopword(word) || hasDigit(word)) return null;
  const key = stem(word);
  if (key.length < 3 || isStopword(key) || names.byToken.has(key)) return null;
  return key;
}

/**
 * Word -> contentKey, per transcript (its name index): a meeting repeats its words, so each
 * distinct word is stemmed and checked once instead of at every use.
 */
const contentKeyMemo = new WeakMap<NameIndex, Map<string, string | null>>();
function contentKeysFor(names: NameIndex): Map<string, string | null> {
  let keys = contentKeyMemo.get(names);
  if (!keys) contentKeyMemo.set(names, (keys = new Map()));
  return keys;
}

function hasDigit(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
