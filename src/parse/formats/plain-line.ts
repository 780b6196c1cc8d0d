/**
 * What one line of a plain-text transcript is: a speaker label with or without a timestamp,
 * an ELITR speaker code, a bare time marker, or text. Every pattern is anchored at the start and
 * runs on the first few hundred characters only, so a 5 MB line costs one pass.
 */
import { isEventWord } from '../events';
import { splitSpeakerPrefix } from '../speaker-prefix';
import { looksLikeClock, readClockToken } from './clock-token';
import { isExportBoilerplate } from './export-boilerplate';

/**
 * One classified line.
 *
 * @example
 * { kind: 'label', speaker: 'Zoë', startMs: 62000, text: 'Shall we start?' } // from "[00:01:02] Zoë: Shall we start?"
 * { kind: 'code', code: '??', text: 'can you hear me?' }                   // from "(??) can you hear me?"
 */
export type PlainLine =
  | { kind: 'blank' }
  | { kind: 'boilerplate' }
  /** A line holding only a time: the start of what follows (Google Meet writes one every few minutes). */
  | { kind: 'time-marker'; startMs: number }
  /** `(A) text`: an ELITR speaker code; `??` (also for `(???)`) is inaudible speech by an unknown speaker. */
  | { kind: 'code'; code: string; text: string }
  /** `Name: text` with an optional timestamp, or `[00:01:02] text` with a timestamp and no name. */
  | { kind: 'label'; speaker: string | null; startMs: number | null; text: string }
  | { kind: 'text'; text: string };

/** Labels and timestamps sit in the first characters of a line. */
const HEAD_CHARS = 200;

/**
 * The line-start patterns, in the order they are tried.
 * Each is a prefix pattern: the text is whatever follows the match.
 */
const PATTERNS = {
  /** `00:05:00` or `[00:05:00]` alone on a line. */
  timeOnly: /^\[?([\dA-Za-z:.,]{3,24})\]?$/,
  /**
   * `(A) text`, `(FE) text`, `(Mi) text`, `(??) text`: a capital and up to three letters or digits, or `??`/`???`,
   * in parentheses; real ELITR files also write `(B)And`.
   */
  code: /^\(([A-Z][A-Za-z0-9]{0,3}|\?{2,3})\)\s*/,
  /** `[00:01:02] Zoë: text` or `[00:01:02] text`. */
  bracketedTime: /^\[([^\]]{1,24})\]\s*/,
  /** `00:01:02 Zoë: text` (only when a `Name:` label follows, so that "10:30 we start" stays text). */
  bareTime: /^(\d[\dA-Za-z]{0,2}(?::[\dA-Za-z]{1,3}){1,2}(?:[.,]\d{1,9})?)\s+/,
  /** `Zoë (00:01:02): text` or `Zoë [00:01:02]: text`. */
  nameThenTime: /^([^()[\]:]{1,60}?)\s*[([]([^()[\]]{1,24})[)\]]\s*:(?:\s+|$)/,
} as const;

/**
 * Classifies one line. Throws `malformed-timestamp` when a line has the shape of a timestamped
 * label but its time is invalid (`[00:61:02] Zoë: hi`).
 *
 * @example
 * classifyPlainLine('[00:01:02] Zoë: Shall we start?', 3) // => { kind: 'label', speaker: 'Zoë', startMs: 62000, text: 'Shall we start?' }
 * classifyPlainLine('Łukasz (00:01:05): Yes.', 4)        // => { kind: 'label', speaker: 'Łukasz', startMs: 65000, text: 'Yes.' }
 * classifyPlainLine('(D) Thanks. (S) So yeah', 5)        // => { kind: 'code', code: 'D', text: 'Thanks. (S) So yeah' }
 * classifyPlainLine('We start at 10:30 sharp', 6)        // => { kind: 'text', text: 'We start at 10:30 sharp' }
 */
export function classifyPlainLine(raw: string, lineNo: number): PlainLine {
  const line = raw.trim();
  if (line === '') return { kind: 'blank' };
  if (isExportBoilerplate(line)) return { kind: 'boilerplate' };
  const head = line.slice(0, HEAD_CHARS);

  if (line.length <= 26) {
    const only = PATTERNS.timeOnly.exec(line);
    if (only && looksLikeClock(only[1]!)) return { kind: 'time-marker', startMs: readClockToken(only[1]!, lineNo) };
  }

  const code = PATTERNS.code.exec(head);
  // `(Sigh) okay` opens with a sound, not a speaker.
  if (code && code[1]!.startsWith('?')) return { kind: 'code', code: '??', text: line.slice(code[0].length).trim() };
  if (code && !isEventWord(code[1]!)) return { kind: 'code', code: code[1]!, text: line.slice(code[0].length).trim() };

  const bracketed = PATTERNS.bracketedTime.exec(head);
  if (bracketed && looksLikeClock(bracketed[1]!)) {
    const startMs = readClockToken(bracketed[1]!, lineNo);
    const rest = line.slice(bracketed[0].length);
    const label = colonLabel(rest);
    return label
      ? { kind: 'label', speaker: label.speaker, startMs, text: label.text }
      : { kind: 'label', speaker: null, startMs, text: rest.trim() };
  }

  const bare = PATTERNS.bareTime.exec(head);
  if (bare && looksLikeClock(bare[1]!)) {
    const label = colonLabel(line.slice(bare[0].length));
    if (label)
      return { kind: 'label', speaker: label.speaker, startMs: readClockToken(bare[1]!, lineNo), text: label.text };
  }

  const named = PATTERNS.nameThenTime.exec(head);
  if (named && looksLikeClock(named[2]!)) {
    const name = named[1]!.trim();
    if (splitSpeakerPrefix(`${name}: -`)?.speaker === name) {
      return {
        kind: 'label',
        speaker: name,
        startMs: readClockToken(named[2]!, lineNo),
        text: line.slice(named[0].length).trim(),
      };
    }
  }

  const label = colonLabel(line);
  if (label) return { kind: 'label', speaker: label.speaker, startMs: null, text: label.text };
  return { kind: 'text', text: line };
}

/**
 * A label of three or more words, most of them starting in lower case, opens a sentence, not a turn.
 * @example "Blocked on fonts: the PDF library..." (rejected); "Ludwig van Beethoven: ..." (kept)
 */
function readsLikeSentence(label: string): boolean {
  const words = label.split(/\s+/);
  return words.length >= 3 && words.filter((w) => /^\p{Ll}/u.test(w)).length * 2 > words.length;
}

/**
 * `Name: text` through the shared speaker-prefix rules, looking at the head of the line only.
 * The label has no colon of its own, so the text starts after the first colon.
 */
function colonLabel(line: string): { speaker: string; text: string } | null {
  const trimmed = line.trim();
  const found = splitSpeakerPrefix(trimmed.slice(0, HEAD_CHARS));
  if (!found || readsLikeSentence(found.speaker)) return null;
  return { speaker: found.speaker, text: trimmed.slice(trimmed.indexOf(':') + 1).trim() };
}
