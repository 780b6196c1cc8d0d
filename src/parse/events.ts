/**
 * Non-speech markers in transcript text: `[laughter]`, `<noise>`, `(inaudible)`, `{vocalsound}`.
 * They are events, not words: counting them as words would inflate talk share and confuse the
 * sentiment lexicon. The vocabulary is data; each entry names the tools that write it.
 */
import type { NonSpeechEvent } from '../model/transcript';
import { isWhiteSpace } from '../model/white-space';
import { isLetterOrDigitAt } from './words';

type EventKind = NonSpeechEvent['kind'];

interface MarkerWords {
  kind: EventKind;
  /** Lower-case marker words, matched whole inside any bracket pair (an optional timestamp may follow). */
  words: readonly string[];
  source: string;
}

/** Marker vocabulary by kind. */
export const EVENT_MARKERS: readonly MarkerWords[] = [
  {
    kind: 'laughter',
    words: ['laughter', 'laughs', 'laugh', 'laughing', 'chuckles', 'chuckle', 'giggles', 'laguh'],
    source: 'Zoom/Otter/Rev captions; ELITR <laugh> (and its typo <laguh>)',
  },
  {
    kind: 'noise',
    words: [
      'noise',
      'nonvocalsound',
      'background noise',
      'sound',
      'cough',
      'coughs',
      'coughing',
      'sneeze',
      'door',
      'typing',
      'phone ringing',
      'beep',
      'static',
      'other_noise',
    ],
    source: 'ELITR <noise> and <other_noise>, QMSum {nonvocalsound}, caption conventions',
  },
  {
    kind: 'vocal-sound',
    words: ['vocalsound', 'sigh', 'sighs', 'breath', 'breathing', 'clears throat'],
    source: 'QMSum/AMI {vocalsound}',
  },
  {
    kind: 'inaudible',
    words: [
      'inaudible',
      'unintelligible',
      'unclear',
      'indiscernible',
      'incomprehensible',
      '??',
      '???',
      '?',
      'unk',
      'foreign',
      'foreign language',
      'other_speech unrecognizable',
      'other_speech',
    ],
    source: 'Rev/Otter [inaudible 00:01:02], ELITR (??), (unintelligible) and <other_speech unrecognizable>',
  },
  {
    kind: 'crosstalk',
    words: [
      'crosstalk',
      'cross talk',
      'cross-talk',
      'overlapping',
      'overtalk',
      'talking over each other',
      'parallel_talk',
      'parallel-talk',
    ],
    source: 'Rev [crosstalk], ELITR <parallel_talk>, court-reporting conventions',
  },
  { kind: 'music', words: ['music', 'musik', 'music playing'], source: 'YouTube and Whisper captions' },
  {
    kind: 'music',
    words: [
      ...['musiikki', 'música', 'musica', 'musique', 'muziek', 'muzyka', 'hudba', 'zene', 'müzik'],
      ...['музыка', 'музика', 'μουσική', 'موسيقى', 'מוזיקה', '音楽', '音乐', '음악', 'संगीत'],
    ],
    source:
      'the word for "music" in other languages, as YouTube automatic captions and Whisper write `[Musiikki]`, `[Musik]`, ' +
      '`(música)`, `[音楽]`; our own list, a hint only: any lone bracketed label is an event (LONE_SOUND_LABEL)',
  },
  { kind: 'applause', words: ['applause', 'clapping'], source: 'YouTube and Whisper captions' },
  {
    kind: 'applause',
    words: [
      ...['aplausos', 'applaudissements', 'applaus', 'applausi', 'aplausy', 'alkış', 'suosionosoituksia', 'potlesk'],
      ...['аплодисменты', 'оплески', 'χειροκροτήματα', 'تصفيق', '拍手', '掌声', '박수'],
    ],
    source: 'the word for "applause" in other languages, as in YouTube automatic captions; our own list, a hint only',
  },
  {
    kind: 'laughter',
    words: [
      ...['risas', 'rires', 'lachen', 'risate', 'gelächter', 'naurua', 'śmiech', 'kahkaha', 'smích'],
      ...['смех', 'сміх', 'γέλια', 'ضحك', '笑', '笑い', '笑声', '웃음'],
    ],
    source: 'the word for "laughter" in other languages, as in YouTube automatic captions; our own list, a hint only',
  },
  {
    kind: 'pause',
    words: ['pause', 'long pause', 'silence', 'gap', 'blank_audio', 'blank audio', 'no_speech', 'no speech'],
    source: 'QMSum/AMI {pause} and {gap}; whisper.cpp [BLANK_AUDIO]',
  },
  {
    kind: 'disfluency',
    words: ['disfmarker'],
    source: 'QMSum/AMI {disfmarker}: the point where a speaker broke off or restarted',
  },
  { kind: 'other', words: ['comment'], source: 'QMSum/AMI {comment}' },
];

const KIND_BY_WORD = new Map<string, EventKind>(EVENT_MARKERS.flatMap((m) => m.words.map((w) => [w, m.kind] as const)));

/**
 * True when the word is in the marker vocabulary (any case): `(Sigh)` is a sound, not a speaker code.
 *
 * @example
 * isEventWord('Sigh') // => true
 * isEventWord('FE')   // => false
 */
export function isEventWord(word: string): boolean {
  return KIND_BY_WORD.has(word.toLowerCase());
}

/** Any bracket pair with at most 40 characters inside and no nested brackets. */
const BRACKETED = /\[([^[\]\n]{0,40})\]|<([^<>\n]{0,40})>|\(([^()\n]{0,40})\)|\{([^{}\n]{0,40})\}/g;
/** A trailing timestamp inside the marker, as in `[inaudible 00:12:01]`. */
const TRAILING_TIME = /\s+\d{1,2}(?::\d{2}){1,2}(?:[.,]\d+)?$/;

/**
 * A cue that is nothing but one short bracketed or parenthesised label of letters is a sound label in
 * whatever language (`(Musiikki)`, `[Musik]`, `(música)`, `[音楽]`, `[Applause]`): an event, not speech.
 * The shape decides; the marker words above only name its kind (`other` when the word is not listed).
 * At most three words of letters, so that `(data)`-style uncertain words inside speech and
 * `[Zoë] 10:00:01` headers never qualify (they are never a whole cue, or hold digits).
 */
const SOUND_WORDS = String.raw`[\p{L}\p{M}'’\-]+(?: [\p{L}\p{M}'’\-]+){0,2}`;
const LONE_SOUND_LABEL = new RegExp(String.raw`^(?:\[(${SOUND_WORDS})\]|\((${SOUND_WORDS})\))[.!]?$`, 'u');

/**
 * True when the text is nothing but a sound label (`LONE_SOUND_LABEL`): such a cue is no speech.
 *
 * @example
 * isSoundLabelOnly('(Musiikki)')    // => true
 * isSoundLabelOnly('Ana: (música)') // => false
 */
export function isSoundLabelOnly(text: string): boolean {
  if (text.length > 80) return false;
  const trimmed = text.trim();
  // The pattern opens with a bracket: asked of every one-line cue, most are answered by this first character.
  const first = trimmed.charCodeAt(0);
  return (first === 0x5b || first === 0x28) && LONE_SOUND_LABEL.test(trimmed);
}

export interface FoundEvent {
  kind: EventKind;
  label: string;
  position: NonSpeechEvent['position'];
}

/** What most texts hold: one shared empty list rather than a new one per utterance. */
const NO_EVENTS: readonly FoundEvent[] = Object.freeze([]);

/**
 * Removes non-speech markers from one utterance's text and reports them, with the number of words left
 * (`countWords` of the text). Brackets that hold words (ELITR's `(with)` marks an uncertain word) stay as
 * text, unless the bracket is the whole utterance (`LONE_SOUND_LABEL`).
 *
 * @example
 * extractEvents('[Laughter] that was close {disfmarker}')
 * // => { text: 'that was close', words: 3,
 * //      events: [{ kind: 'laughter', label: '[Laughter]', position: 'start' },
 * //               { kind: 'disfluency', label: '{disfmarker}', position: 'end' }] }
 */
export function extractEvents(raw: string): { text: string; events: readonly FoundEvent[]; words: number } {
  const plain = tidy(raw, true);
  if (plain !== null) return plain;
  const trimmed = raw.length <= 80 ? raw.trim() : '';
  // The pattern opens with `[` or `(`: a text that does not is answered without it (it has Unicode classes).
  const first = trimmed.charCodeAt(0);
  const lone = first === 0x5b || first === 0x28 ? LONE_SOUND_LABEL.exec(trimmed) : null;
  if (lone) {
    const word = (lone[1] ?? lone[2]!).toLowerCase();
    const kind = KIND_BY_WORD.get(word) ?? 'other';
    return { text: '', events: [{ kind, label: trimmed, position: 'alone' }], words: 0 };
  }
  const found: Array<{ kind: EventKind; label: string; index: number; end: number }> = [];
  const text = raw.replace(
    BRACKETED,
    (label: string, a?: string, b?: string, c?: string, d?: string, index?: number) => {
      const inner = (a ?? b ?? c ?? d ?? '').trim().toLowerCase().replace(TRAILING_TIME, '').replace(/[.!]$/, '');
      const kind = KIND_BY_WORD.get(inner);
      if (kind === undefined) return label;
      found.push({ kind, label, index: index ?? 0, end: (index ?? 0) + label.length });
      return ' ';
    },
  );
  const { text: cleaned, words } = tidy(text, false)!;
  if (found.length === 0) return { text: cleaned, events: NO_EVENTS, words };
  const where = markerSurroundings(raw);
  const events = found.map((f): FoundEvent => {
    const { nothingBefore, onlyPunctuationAfter } = where(f.index);
    const position = cleaned === '' ? 'alone' : nothingBefore ? 'start' : onlyPunctuationAfter ? 'end' : 'middle';
    return { kind: f.kind, label: f.label, position };
  });
  return { text: cleaned, events, words };
}

/**
 * The text with each run of white space as one space, or nothing at either end and before `.,;:!?` (what
 * `s.replace(/\s+/g, ' ').replace(/\s+([.,;:!?])/g, '$1').trim()` gives), and the number of its words (as
 * countWords counts them). With `stopAtBracket`, null at the first bracket that may open a marker. Nearly every
 * utterance has no marker and is already single-spaced (the parsers collapse white space): one scan of its
 * character codes counts the words and checks both, and the only change left, a space before `.,;:!?`, is made
 * by one native replace, which gives a flat string (the concatenated slices of the general path were a tree of
 * strings that every later reader had to flatten).
 */
function tidy(
  s: string,
  stopAtBracket: boolean,
): { text: string; events: readonly FoundEvent[]; words: number } | null {
  const n = s.length;
  let words = 0;
  // Whether the tidied text's current token already has a letter or digit.
  let counted = false;
  let spacesBeforeClosing = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const kind = c < 128 ? TIDY_CLASS[c]! : isWhiteSpace(c) ? OTHER_SPACE : OTHER;
    if (kind === LETTER_OR_DIGIT) {
      if (!counted) {
        words++;
        counted = true;
      }
    } else if (kind === OTHER) {
      if (!counted && c >= 128 && isLetterOrDigitAt(s, i, c)) {
        words++;
        counted = true;
      }
    } else if (kind === SPACE) {
      // A single space inside the text: kept, or dropped before `.,;:!?` (the punctuation joins the word before).
      if (i === 0 || i === n - 1) return tidyAnySpaces(s, stopAtBracket);
      const next = s.charCodeAt(i + 1);
      if (isWhiteSpace(next)) return tidyAnySpaces(s, stopAtBracket);
      if (isClosing(next)) spacesBeforeClosing++;
      else counted = false;
    } else if (kind === OPENING) {
      if (stopAtBracket) return null;
    } else if (kind === OTHER_SPACE) return tidyAnySpaces(s, stopAtBracket);
    // CLOSING needs nothing here: the space before it decides.
  }
  return { text: spacesBeforeClosing === 0 ? s : s.replace(SPACE_BEFORE_CLOSING, ''), events: NO_EVENTS, words };
}

/** Punctuation `tidy` pulls back to the word before it. */
const CLOSING_CHARS = '.,;:!?';
/** A space before CLOSING_CHARS, in a text whose every white space is one U+0020 between two other characters. */
const SPACE_BEFORE_CLOSING = new RegExp(` (?=[${CLOSING_CHARS}])`, 'g');

/** What `tidy` needs to know of an ASCII character: one array read per character rather than several tests. */
const OTHER = 0;
const LETTER_OR_DIGIT = 1;
/** U+0020. */
const SPACE = 2;
/** Any other white space (tab, line feed, ...; beyond ASCII, what isWhiteSpace says). */
const OTHER_SPACE = 3;
/** `[ < ( {`: may open a marker. */
const OPENING = 4;
/** CLOSING_CHARS. */
const CLOSING = 5;
const TIDY_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (c === 32) TIDY_CLASS[c] = SPACE;
  else if (isWhiteSpace(c)) TIDY_CLASS[c] = OTHER_SPACE;
  else if ('[<({'.includes(ch)) TIDY_CLASS[c] = OPENING;
  else if (CLOSING_CHARS.includes(ch)) TIDY_CLASS[c] = CLOSING;
  else if (isLetterOrDigitAt(ch, 0, c)) TIDY_CLASS[c] = LETTER_OR_DIGIT;
}

function isClosing(c: number): boolean {
  return c < 128 && TIDY_CLASS[c] === CLOSING;
}

/**
 * `tidy` for any white space: runs, other space characters, spaces at the ends. The result is built from slices
 * of the text, so it is written only for the texts that need it.
 */
function tidyAnySpaces(
  s: string,
  stopAtBracket: boolean,
): { text: string; events: readonly FoundEvent[]; words: number } | null {
  const n = s.length;
  let out = '';
  let from = 0;
  let words = 0;
  // Whether the tidied text's current token already has a letter or digit.
  let counted = false;
  for (let i = 0; i < n;) {
    const c = s.charCodeAt(i);
    if (!isWhiteSpace(c)) {
      if (stopAtBracket && c < 128 && TIDY_CLASS[c] === OPENING) return null;
      if (!counted && isLetterOrDigitAt(s, i, c)) {
        words++;
        counted = true;
      }
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isWhiteSpace(s.charCodeAt(j))) j++;
    const closes = j < n && isClosing(s.charCodeAt(j));
    // A single space between two words is kept as it is, in the slice that holds it.
    if (j === i + 1 && c === 32 && i > 0 && j < n && !closes) {
      counted = false;
      i = j;
      continue;
    }
    out += s.slice(from, i);
    // A run becomes one space between words; before `.,;:!?` it goes, and the punctuation joins the word before.
    if (out !== '' && j < n && !closes) {
      out += ' ';
      counted = false;
    }
    from = i = j;
  }
  return { text: from === 0 ? s : out + s.slice(from), events: NO_EVENTS, words };
}

/** Punctuation that may follow a marker that ends an utterance: `[laughter].` is still at the end. */
const TRAILING_PUNCTUATION = /[.,;:!?…\-–—]/;

/**
 * For a bracket pair starting at a given index: is there nothing but other bracket pairs and space
 * before it, and only punctuation after it (with no space inside that punctuation)? Answered from
 * one pass over the text, so that an utterance with thousands of markers stays linear (slicing
 * and rescanning the text around each marker took seconds for a few thousand).
 *
 * @example
 * markerSurroundings('(um) [laughter] ok.')(5) // => { nothingBefore: true, onlyPunctuationAfter: false }
 */
function markerSurroundings(raw: string): (index: number) => { nothingBefore: boolean; onlyPunctuationAfter: boolean } {
  // The text outside every bracket pair, each pair standing as one space, and where each pair stands in it.
  let outside = '';
  let last = 0;
  const placeOf = new Map<number, number>();
  for (const m of raw.matchAll(BRACKETED)) {
    outside += raw.slice(last, m.index);
    placeOf.set(m.index, outside.length);
    outside += ' ';
    last = m.index + m[0].length;
  }
  outside += raw.slice(last);
  const firstContent = outside.search(/\S/);
  const contentEnd = outside.trimEnd().length;
  let punctuationStart = contentEnd;
  while (punctuationStart > 0 && TRAILING_PUNCTUATION.test(outside[punctuationStart - 1]!)) punctuationStart--;
  const contentEndBeforePunctuation = outside.slice(0, punctuationStart).trimEnd().length;
  return (index) => {
    const place = placeOf.get(index) ?? 0;
    return {
      nothingBefore: firstContent === -1 || firstContent >= place,
      onlyPunctuationAfter: contentEndBeforePunctuation <= place + 1,
    };
  };
}
