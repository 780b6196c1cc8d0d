/**
 * Deterministic synthetic meetings for layout stress tests: any number of speakers, any length,
 * timed or not, with names from many scripts. The words are invented; only the shape matters.
 */
import type { Transcript } from '../../../src/model/transcript';
import { makeTranscript, type Line } from '../../helpers/make-transcript';

/** Names that exercise the font: Latin with diacritics, Greek, Cyrillic, CJK, and one emoji. */
export const INTERNATIONAL_NAMES = [
  'Zoë Martin',
  'Łukasz Nowak',
  'Παναγιώτης Γεωργίου',
  'Дмитрий Иванов',
  '李娜',
  'Nguyễn Thị Hương',
  'Siobhán Ó Briain',
  'Ana 🎉 Lima',
];

const FIRST = [
  'Ana',
  'Ben',
  'Chloé',
  'Dev',
  'Emeka',
  'Fatima',
  'Gustav',
  'Hana',
  'Ivo',
  'Jia',
  'Kofi',
  'Lena',
  'Mateo',
  'Nora',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sven',
  'Tariq',
];
const LAST = ['Lima', 'Okafor', 'Müller', 'Sato', 'Haddad', 'Novák', 'García', 'Kowalski', 'Ahmed', 'Larsen'];
const WORDS =
  'the release plan needs one more review before we ship it to customers and the migration script is still slow on large accounts so we should split it into batches and measure again next week'.split(
    ' ',
  );
const MOODS = [
  'Great work, thanks.',
  'That is a good point.',
  'I am worried this will fail again.',
  'Sorry, this is bad news.',
  'Perfect, I agree.',
  'No, that is wrong.',
];

export interface SyntheticOptions {
  speakers: number;
  /** Total words, roughly. */
  words: number;
  /** Meeting length in minutes when timed; omit for an untimed transcript. */
  minutes?: number;
  /** Use these names first (then generated ones). */
  names?: readonly string[];
  /** Words per utterance (default 12). */
  utteranceWords?: number;
  seed?: number;
}

/**
 * @example
 * const t = syntheticMeeting({ speakers: 8, words: 20_000, minutes: 120 });
 * t.speakers.length // => 8; t.hasTimings // => true
 */
export function syntheticMeeting(options: SyntheticOptions): Transcript {
  let state = options.seed ?? 42;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const names = Array.from(
    { length: options.speakers },
    (_, i) =>
      options.names?.[i] ??
      `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= FIRST.length * LAST.length ? ` ${i}` : ''}`,
  );
  const perUtterance = options.utteranceWords ?? 12;
  const count = Math.max(options.speakers, Math.round(options.words / perUtterance));
  const msPerUtterance = options.minutes ? (options.minutes * 60_000) / count : 0;
  const lines: Line[] = [];
  // Zipf-like weights: a few people talk most, as in real meetings; everyone speaks at least once.
  const weights = names.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  for (let u = 0; u < count; u++) {
    let speaker = u < names.length ? u : 0;
    if (u >= names.length) {
      let r = random() * total;
      while (r > weights[speaker]! && speaker < names.length - 1) r -= weights[speaker++]!;
    }
    const n = Math.max(3, Math.round(perUtterance * (0.4 + random() * 1.2)));
    const start = Math.floor(random() * (WORDS.length - 1));
    let text = Array.from({ length: n }, (_, k) => WORDS[(start + k) % WORDS.length]).join(' ');
    text = text.charAt(0).toUpperCase() + text.slice(1) + (random() < 0.2 ? '?' : '.');
    if (random() < 0.15) text = `${MOODS[Math.floor(random() * MOODS.length)]} ${text}`;
    if (random() < 0.03) text = text.replace(/[.?]$/, ' --');
    if (options.minutes) {
      const s = (u * msPerUtterance) / 1000;
      // Now and then the next speaker starts before this one ends: overlaps for the interruption detector.
      const end = s + (msPerUtterance / 1000) * (random() < 0.05 ? 1.4 : 0.9);
      lines.push([names[speaker]!, text, Math.round(s * 100) / 100, Math.round(end * 100) / 100]);
    } else {
      lines.push([names[speaker]!, text]);
    }
  }
  return makeTranscript(lines);
}
