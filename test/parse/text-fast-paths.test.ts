/**
 * Ingestion counts words and tidies spaces by scanning character codes when the text is ASCII, and by
 * regular expressions otherwise. Both paths must give what the regular expressions give, for any text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/parse/events';
import { countWords } from '../../src/parse/normalize';

/** The definitions, written as regular expressions. */
const wordsByRegex = (text: string) => (text.match(/\S+/g) ?? []).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
const collapsedByRegex = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?])/g, '$1')
    .trim();

/** Text made of what transcripts hold: words, digits, spaces of every kind, punctuation; ASCII, then any. */
const ASCII_PIECES = [
  'word',
  '42',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\v',
  '\f',
  '.',
  ',',
  '?',
  '!',
  ';',
  ':',
  '--',
  "don't",
  '\u0007',
];
// Unicode spaces (and look-alikes that are not `\s`: NEL, zero-width space), letters and digits outside
// the BMP, digits of other scripts, and lone surrogates.
const OTHER_PIECES = [
  'Zoë',
  '\u00a0',
  '\u2009',
  '\u3000',
  '👍',
  '\u1680',
  '\u2028',
  '\u202f',
  '\ufeff',
  '\u0085',
  '\u200b',
  '𝐀',
  '𝟘',
  '١٢',
  '\ud800',
  '\udc00',
  '—',
];
const textOf = (pieces: string[]) =>
  fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));
// Brackets send extractEvents to its marker path; these tests are about plain text.
const plainText = fc
  .oneof(textOf(ASCII_PIECES), textOf([...ASCII_PIECES, ...OTHER_PIECES]), fc.string({ maxLength: 40 }))
  .filter((t) => !/[[<({]/.test(t));

describe('countWords', () => {
  it.each([
    ['Shall we start? 👍 --', 3],
    ['  two\twords\n', 2],
    ['Zoë and Łukasz', 3],
    ['-- ... !!', 0],
    ['', 0],
    ['𝐀𝐁 and 𝟘 — ١٢', 4],
    ['\u200bzero\u2028width', 2],
  ])('%j has %i words', (text, n) => {
    expect(countWords(text)).toBe(n);
  });

  it('agrees with its regex definition on any text', () => {
    fc.assert(
      fc.property(plainText, (text) => countWords(text) === wordsByRegex(text)),
      { numRuns: 3000 },
    );
  });
});

describe('extractEvents on text without markers', () => {
  it.each([
    ['Shall we   start ?', 'Shall we start?'],
    ['  so\tyes  ', 'so yes'],
    ['already tidy, thanks.', 'already tidy, thanks.'],
    ['non\u00a0breaking', 'non breaking'],
  ])('%j reads as %j', (raw, text) => {
    expect(extractEvents(raw).text).toBe(text);
  });

  it('tidies spaces as its regex definition does, on any text', () => {
    fc.assert(
      fc.property(plainText, (text) => extractEvents(text).text === collapsedByRegex(text)),
      {
        numRuns: 3000,
      },
    );
  });

  // What the parsers hand over: words and punctuation with one space between them (the common path).
  const singleSpaced = fc
    .array(fc.constantFrom('word', 'Zoë', '42', '𝐀', '-', '--', '.', ',', '?', '!', ';', ':', "'s", '—', '…'), {
      minLength: 1,
      maxLength: 30,
    })
    .map((tokens) => tokens.join(' '));

  it('tidies single-spaced text as its regex definition does, and counts its words', () => {
    fc.assert(
      fc.property(singleSpaced, (text) => {
        const tidied = extractEvents(text);
        return tidied.text === collapsedByRegex(text) && tidied.words === wordsByRegex(collapsedByRegex(text));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['Shall we start ?', 3],
    ['yes , no', 2],
    ['x ,y', 1],
    ['  -- ok ! ', 1],
    ['', 0],
  ])('%j has %i words once tidied', (raw, words) => {
    expect(extractEvents(raw).words).toBe(words);
  });

  it('counts the words of the tidied text, on any text', () => {
    // A space dropped before punctuation joins two tokens ("x ,y" is one word once tidied as "x,y").
    fc.assert(
      fc.property(plainText, (text) => extractEvents(text).words === wordsByRegex(collapsedByRegex(text))),
      { numRuns: 3000 },
    );
  });
});

describe('extractEvents on text with markers', () => {
  const PIECES_WITH_MARKERS = [
    ...ASCII_PIECES,
    ...OTHER_PIECES,
    '[laughter]',
    '(inaudible)',
    '<noise>',
    '{',
    '(',
    'x)',
  ];
  it('counts the words of the text it returns, on any text', () => {
    fc.assert(
      fc.property(textOf(PIECES_WITH_MARKERS), (raw) => {
        const { text, words } = extractEvents(raw);
        return words === wordsByRegex(text);
      }),
      { numRuns: 2000 },
    );
  });
});
