/**
 * The one tokenizer all analysers share: a single regular-expression pass per utterance.
 * DESIGN.md measured this as the floor (1-2 ms per 10k words); every analyser works on its output.
 */
import { letterOrDigitLength } from '../../src/model/letters';
import { nextHash, type Lexicon } from './lexicon';

export interface Token {
  /** As written, e.g. `Don't`. */
  text: string;
  /** Lower case with curly apostrophes straightened, e.g. `don't`. */
  lower: string;
  /** Character offsets in the utterance text: `text === utterance.slice(start, end)`. */
  start: number;
  end: number;
}

/**
 * Words: letters/digits with inner apostrophes or hyphens (`don't`, `follow-up`, `Zoë`, `李娜`), i.e.
 * matches of `[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*` (Unicode mode). They are scanned by hand
 * (test/analyzers/tokenize.test.ts checks both agree): exec() would allocate a match array per
 * word, a tenth of all the memory the analysers allocate. What a letter or digit is: src/model/letters.ts.
 */
/**
 * Splits text into word tokens with their offsets.
 *
 * @example
 * tokenize("Don’t worry, Zoë.").map((t) => t.lower) // => ["don't", 'worry', 'zoë']
 * tokenize('Yes. Yes.', lexicon)[1].text === lexicon.text[0] // => true: one string per spelling, form ids recorded
 */
export function tokenize(text: string, lexicon?: Lexicon): Token[] {
  // Gathered in a reused list and copied out at their number: an array grown by push() leaves its outgrown
  // copies behind (a few MB at 250k words).
  const tokens = scratch;
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let step = letterOrDigitLength(text, i);
    if (step === 0) {
      i += codePointLength(text, i);
      continue;
    }
    const start = i;
    // Lower-case ASCII letters and digits only (most words): the word is its own `lower`, and no second scan.
    let plain = true;
    let curly = false;
    // The lexicon's hash of the word, built on the way (spanHash over the same characters, from its seed).
    let hash = lexicon === undefined ? 0 : lexicon.seed;
    for (;;) {
      while (step > 0) {
        const c = text.charCodeAt(i);
        if (c <= 90 || c >= 128) plain &&= c <= 57; // a digit keeps a word plain; a capital or a non-ASCII letter does not
        hash = nextHash(hash, c);
        if (step === 2) hash = nextHash(hash, text.charCodeAt(i + 1));
        i += step;
        step = letterOrDigitLength(text, i);
      }
      // An apostrophe or hyphen joins two runs of letters ("don't", "follow-up").
      const c = text.charCodeAt(i);
      if (
        (c === 39 /* ' */ || c === 0x2019 /* ’ */ || c === 45) /* - */ &&
        (step = letterOrDigitLength(text, i + 1)) > 0
      ) {
        if (c === 0x2019) {
          plain = false;
          curly = true;
        }
        hash = nextHash(hash, c);
        i += 1;
        continue;
      }
      break;
    }
    if (lexicon === undefined) {
      const word = text.slice(start, i);
      tokens[count++] = { text: word, lower: lowerCase(word, plain, curly), start, end: i };
      continue;
    }
    // Interned: found by its characters, so a word seen before makes no string; the token keeps the one copy.
    let form = lexicon.find(text, start, i, hash);
    if (form < 0) {
      const word = text.slice(start, i);
      form = lexicon.add(word, hash, lowerCase(word, plain, curly));
    }
    lexicon.pushToken(form);
    tokens[count++] = { text: lexicon.text[form]!, lower: lexicon.lower[form]!, start, end: i };
  }
  const out = tokens.slice(0, count);
  // Cleared so that the list keeps no utterance's tokens alive; its storage stays for the next call.
  tokens.fill(NO_TOKEN, 0, count);
  return out;
}

const NO_TOKEN: Token = { text: '', lower: '', start: 0, end: 0 };
const scratch: Token[] = [];

/** Token.lower of a word. Straightening apostrophes is a regular-expression pass: only for words that hold a curly one. */
function lowerCase(word: string, plain: boolean, curly: boolean): string {
  return plain ? word : curly ? word.toLowerCase().replace(/’/g, "'") : word.toLowerCase();
}

/** 2 at a surrogate pair (one code point, as the `u` flag reads it), else 1. */
function codePointLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}
