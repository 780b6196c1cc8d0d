/**
 * "I" and "we" words, for each person's balance of individual and collective framing.
 *
 * Source: the `i` and `we` categories of LIWC (Tausczik & Pennebaker 2010, "The psychological
 * meaning of words: LIWC and computerized text analysis methods", Journal of Language and Social
 * Psychology 29(1)); Pennebaker (2011) "The Secret Life of Pronouns".
 *
 * Example: "I think we should ship" counts one `i` word and one `we` word.
 */

export interface PronounGroup {
  id: 'first-person-singular' | 'first-person-plural';
  words: readonly string[];
  source: string;
  note: string;
}

const LIWC = 'LIWC i / we categories (Tausczik & Pennebaker 2010)';

export const PERSON_PRONOUNS: readonly PronounGroup[] = [
  {
    id: 'first-person-singular',
    source: LIWC,
    note: 'Individual framing.',
    words: ['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll"],
  },
  {
    id: 'first-person-plural',
    source: LIWC,
    note: 'Collective framing; "let\'s" includes the listener.',
    words: ['we', 'us', 'our', 'ours', 'ourselves', "we're", "we've", "we'd", "we'll", "let's"],
  },
];
