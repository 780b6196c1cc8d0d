/**
 * Who is named in an utterance: a speaker's name tokens (first name, surname, alias) found in the
 * words, so that "what do you think, Sam?" and "as Priya said" point at a speaker id.
 *
 * Plain Map lookups on the shared tokens. compromise's `people()` was considered for the few
 * candidate utterances, but names sit at fixed places in our patterns (right after "as", next to
 * the invitation), where a speaker-name lookup plus a capital-letter check already decides; see
 * analyzers/inclusivity/README.md.
 */
import type { Speaker } from '../../src/model/transcript';
import { personKey, UNATTRIBUTED_LABEL } from '../../src/model/person-keys';
import { isStopword } from './data/stopwords';
import { tokenize } from './tokenize';
import type { UtteranceView } from './types';

/** Name tokens to speaker ids (several when two people share a first name). */
export interface NameIndex {
  byToken: ReadonlyMap<string, readonly string[]>;
}

export interface NameMatch {
  /** Token range [start, end) of the name. */
  start: number;
  end: number;
  /** The speaker(s) the name belongs to; empty for a capitalised name that is no speaker's. */
  speakerIds: readonly string[];
  /** The name as written (without a possessive `'s`). */
  text: string;
}

/** Titles: never a name themselves, but "Mr. Green" is a name (the title is kept in the quote). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'miss',
  'dr',
  'prof',
  'professor',
  'hon',
  'sir',
  'dame',
  'madam',
  // Elected members are called by title in committees and councils ("Councillor Amin, please begin.").
  'councillor',
  'cllr',
  'senator',
]);
/**
 * Capitalised words that address a role or a group, not a person whose idea can be credited:
 * "Thank you, Chair", "Thanks, Team".
 */
const ROLE_WORDS: ReadonlySet<string> = new Set([
  'chair',
  'chairman',
  'chairwoman',
  'chairperson',
  'madam',
  'sir',
  'minister',
  'president',
  'speaker',
  'member',
  'members',
  'team',
  'all',
  'everyone',
  'everybody',
  'folks',
  'guys',
  'colleagues',
  'friends',
  'committee',
  'god',
  'lord',
]);
/** Words of a speaker label before the name itself: "The Acting Chair", "Right Hon. Justin Trudeau". */
const LABEL_PREFIXES: ReadonlySet<string> = new Set(['the', 'right', 'acting', 'deputy']);

/**
 * The word people use to address a speaker by name: the first word of their label that is no title, or null
 * when the label names an office ("The Chair", "The Acting Chair (Mr. Bruce Stanton)"): "..., Mr. Chair" is how
 * a member speaks through the chair, not a remark aimed at the person in it.
 *
 * @example
 * addressName('Mr. Brad Redekopp')  // => 'brad'
 * addressName('Priya Shah')         // => 'priya'
 * addressName('The Acting Chair (Mr. Bruce Stanton)') // => null
 */
export function addressName(label: string): string | null {
  const words = label
    .toLowerCase()
    .split(/[\s()]+/)
    .map((w) => w.replace(/[^\p{L}'-]/gu, ''));
  if (words.some((w) => ROLE_WORDS.has(w) && /^chair/.test(w))) return null;
  const name = words.find((w) => w.length >= 2 && !HONORIFICS.has(w) && !LABEL_PREFIXES.has(w));
  return name ?? null;
}

/** At most this many tokens form one name ("Priya Shah", "Mary Ann Lee"). */
const MAX_NAME_TOKENS = 3;

/**
 * Indexes the name tokens of every known (non-anonymous) speaker.
 *
 * @example
 * buildNameIndex([{ id: 's1', name: 'Priya Shah', aliases: [], anonymous: false }]).byToken.get('priya') // => ['s1']
 */
export function buildNameIndex(speakers: readonly Speaker[]): NameIndex {
  const byToken = new Map<string, string[]>();
  const add = (token: string, id: string) => {
    const ids = byToken.get(token) ?? [];
    if (!ids.includes(id)) ids.push(id);
    byToken.set(token, ids);
  };
  for (const s of speakers) {
    if (s.anonymous || s.name === UNATTRIBUTED_LABEL) continue;
    for (const label of [s.name, ...s.aliases]) {
      // personKey keeps only the person ("The Acting Chair (Mr. Bruce Stanton)" -> "bruce stanton"), so
      // roles and constituencies in the label ("Minister of Public Safety") do not become name words.
      const key = new Set(personKey(label).split(' '));
      for (const t of tokenize(label)) {
        // A label such as "The Chair" names a role: "Thank you, Chair" is procedure, not credit.
        if (
          t.lower.length < 2 ||
          HONORIFICS.has(t.lower) ||
          ROLE_WORDS.has(t.lower) ||
          isStopword(t.lower) ||
          /^\d+$/.test(t.lower)
        )
          continue;
        // The key has no accents; the transcript's tokens may ("Zoë"): index the label's own spelling too.
        const plain = t.lower.normalize('NFKD').replace(/\p{M}/gu, '');
        if (key.has(plain)) {
          add(t.lower, s.id);
          add(plain, s.id);
        }
      }
    }
  }
  return { byToken };
}

/** "priya's" is Priya in the possessive (names of two letters or fewer are not checked: "it's"). */
function isPossessive(lower: string): boolean {
  return lower.length > 3 && lower.endsWith("'s");
}

function baseOf(lower: string): string {
  return isPossessive(lower) ? lower.slice(0, -2) : lower;
}

/** Module-level patterns: a regular expression literal inside a function is a new object at every call. */
const UPPER_START = /^\p{Lu}/u;
const DIGIT = /\d/;
const POSSESSIVE_END = /['’]s$/u;

/** Does the text start with an upper-case letter? ASCII decided by its code, the rest by Unicode's Lu. */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return UPPER_START.test(text);
}

/** Is token `i` one of a known speaker's name tokens, as written here? In cased text a name is capitalised. */
function knownNameAt(view: UtteranceView, i: number, names: NameIndex, base: string): readonly string[] | undefined {
  // The capital first (a character test), the lookup after: most words are written in lower case.
  if (view.cased && !startsUpper(view.tokens[i]!.text)) return undefined;
  const ids = names.byToken.get(base);
  if (!ids) return undefined;
  if (!view.cased && isStopword(base)) return undefined;
  return ids;
}

/**
 * The name starting at token `i`, if any: up to three known name tokens of one person ("Priya Shah"),
 * else, in cased text, one capitalised word that is not a common word ("as Tom said").
 *
 * @example
 * matchName(viewOf('as Priya said'), 1, index, false) // => { start: 1, end: 2, speakerIds: ['s1'], text: 'Priya' }
 */
export function matchName(view: UtteranceView, i: number, names: NameIndex, possessive: boolean): NameMatch | null {
  if (i >= view.lower.length) return null;
  // "Mr. Green", "Dr Shah": a title opens the name, and the name must follow it.
  const first = view.cased && startsUpper(view.tokens[i]!.text) && HONORIFICS.has(view.lower[i]!) ? i + 1 : i;
  if (first >= view.lower.length) return null;
  const found = matchNameWords(view, first, names, possessive);
  if (!found || first === i) return found;
  return { ...found, start: i, text: nameText(view, i, found.end) };
}

function matchNameWords(view: UtteranceView, i: number, names: NameIndex, possessive: boolean): NameMatch | null {
  let ids: readonly string[] | null = null;
  let end = i;
  for (let k = i; k < view.lower.length && k < i + MAX_NAME_TOKENS; k++) {
    const lower = view.lower[k]!;
    const found = knownNameAt(view, k, names, baseOf(lower));
    if (!found) break;
    const shared: readonly string[] = ids === null ? found : ids.filter((id) => found.includes(id));
    if (shared.length === 0) break;
    ids = shared;
    end = k + 1;
    // A possessive ends the name ("Priya Shah's idea"); a plain token may be followed by a surname.
    if (isPossessive(lower)) break;
  }
  if (ids !== null) {
    if (isPossessive(view.lower[end - 1]!) !== possessive) return null;
    return { start: i, end, speakerIds: ids, text: nameText(view, i, end) };
  }
  // An unknown name: only visible by its capital letter, and only if it is not a common word.
  if (!view.cased) return null;
  const token = view.tokens[i]!;
  const base = baseOf(view.lower[i]!);
  if (
    isPossessive(view.lower[i]!) !== possessive ||
    !startsUpper(token.text) ||
    isStopword(base) ||
    ROLE_WORDS.has(base) ||
    HONORIFICS.has(base) ||
    base === 'i' ||
    DIGIT.test(base)
  )
    return null;
  return { start: i, end: i + 1, speakerIds: [], text: nameText(view, i, i + 1) };
}

function nameText(view: UtteranceView, start: number, end: number): string {
  const text = view.text.slice(view.tokens[start]!.start, view.tokens[end - 1]!.end);
  return text.replace(POSSESSIVE_END, '');
}

/**
 * Known speakers named in tokens [from, to) (not in the possessive, not `exclude`), nearest to `near` first.
 * Used to find who an invitation or an acknowledgement is addressed to ("Good point, Sam").
 *
 * @example
 * namedNear(viewOf('Sam, what do you think?'), 0, 6, 1, index, 's2') // => [{ start: 0, end: 1, speakerIds: ['s3'], text: 'Sam' }]
 */
export function namedNear(
  view: UtteranceView,
  from: number,
  to: number,
  near: number,
  names: NameIndex,
  exclude: string,
): NameMatch[] {
  const found: NameMatch[] = [];
  for (let k = Math.max(0, from); k < Math.min(to, view.lower.length); k++) {
    const lower = view.lower[k]!;
    if (isPossessive(lower)) continue;
    const ids = knownNameAt(view, k, names, lower);
    if (!ids) continue;
    const others = ids.filter((id) => id !== exclude);
    if (others.length === 0) continue;
    found.push({ start: k, end: k + 1, speakerIds: others, text: view.tokens[k]!.text });
  }
  return found.sort((a, b) => Math.abs(a.start - near) - Math.abs(b.start - near));
}

/**
 * The one speaker a name stands for, or null when it is ambiguous (two Sams) or unknown.
 *
 * @example
 * resolvedSpeaker({ start: 0, end: 1, speakerIds: ['s2'], text: 'Sam' }) // => 's2'
 * resolvedSpeaker({ start: 0, end: 1, speakerIds: [], text: 'Tom' })     // => null
 */
export function resolvedSpeaker(name: NameMatch | null | undefined): string | null {
  return name && name.speakerIds.length === 1 ? name.speakerIds[0]! : null;
}
