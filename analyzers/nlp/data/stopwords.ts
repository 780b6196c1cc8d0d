/**
 * Words that carry no idea of their own. Uptake, restatement and follow-up questions compare the
 * remaining "content words" between utterances; these must not count as shared ideas.
 *
 * Example: in "I think we should use a kinetic battery", the content words are `use`, `kinetic`, `battery`.
 */

export interface StopwordGroup {
  id: string;
  words: readonly string[];
  source: string;
  note: string;
}

export const STOPWORD_GROUPS: readonly StopwordGroup[] = [
  {
    id: 'snowball-english',
    source: 'Snowball English stop word list (snowballstem.org/algorithms/english/stop.txt, BSD licence)',
    note: 'Function words: pronouns, articles, auxiliaries, prepositions, conjunctions, with their contractions.',
    words: [
      'i', 'me', 'my', 'myself', 'we', 'our', 'ours', 'ourselves', 'you', 'your', 'yours', 'yourself', 'yourselves',
      'he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', 'it', 'its', 'itself', 'they', 'them', 'their',
      'theirs', 'themselves', 'what', 'which', 'who', 'whom', 'this', 'that', 'these', 'those', 'am', 'is', 'are',
      'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'having', 'do', 'does', 'did', 'doing', 'would',
      'should', 'could', 'ought', "i'm", "you're", "he's", "she's", "it's", "we're", "they're", "i've", "you've",
      "we've", "they've", "i'd", "you'd", "he'd", "she'd", "we'd", "they'd", "i'll", "you'll", "he'll", "she'll",
      "we'll", "they'll", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "don't",
      "didn't", "won't", "wouldn't", "shan't", "shouldn't", "can't", 'cannot', "couldn't", "mustn't", "let's",
      "that's", "who's", "what's", "here's", "there's", "when's", "where's", "why's", "how's", 'a', 'an', 'the',
      'and', 'but', 'if', 'or', 'because', 'as', 'until', 'while', 'of', 'at', 'by', 'for', 'with', 'about',
      'against', 'between', 'into', 'through', 'during', 'before', 'after', 'above', 'below', 'to', 'from', 'up',
      'down', 'in', 'out', 'on', 'off', 'over', 'under', 'again', 'further', 'then', 'once', 'here', 'there', 'when',
      'where', 'why', 'how', 'all', 'any', 'both', 'each', 'few', 'more', 'most', 'other', 'some', 'such', 'no',
      'nor', 'not', 'only', 'own', 'same', 'so', 'than', 'too', 'very', 'will', 'can', 'may', 'might', 'must',
      'shall', 'also', 'just', 'now', 'yet', 'ever', 'even', 'still',
    ],
  },
  {
    id: 'conversational',
    source: 'Our additions from reading the AMI, ICSI and ELITR meetings in ../shared/corpus',
    note: 'Spoken-language glue that every speaker repeats: back-channels, fillers, light verbs, vague nouns, numbers as words. Without them every pair of turns would "share ideas".',
    words: [
      'yeah', 'yes', 'yep', 'nope', 'okay', 'ok', 'right', 'well', 'oh', 'ah', 'um', 'uh', 'er', 'erm', 'hmm',
      'mm', 'mm-hmm', 'uh-huh', 'like', 'know', 'think', 'mean', 'guess', 'suppose', 'really', 'actually',
      'basically', 'probably', 'maybe', 'perhaps', 'quite', 'pretty', 'sort', 'kind', 'thing', 'things', 'stuff',
      'lot', 'lots', 'bit', 'something', 'anything', 'everything', 'nothing', 'someone', 'anyone', 'everyone',
      'somebody', 'anybody', 'everybody', 'nobody', 'none', 'one', 'ones', 'two', 'three', 'first', 'second', 'get', 'got', 'gets',
      'getting', 'go', 'goes', 'going', 'gonna', 'wanna', 'gotta', 'went', 'gone', 'come', 'came', 'make', 'made',
      'say', 'said', 'says', 'saying', 'tell', 'told', 'see', 'seen', 'look', 'want', 'wanted', 'need', 'let',
      'put', 'take', 'took', 'way', 'good', 'great', 'fine', 'sure', 'cool', 'nice', 'much', 'many', 'little',
      'though', 'although', 'anyway', 'anyways', 'else', 'today', 'point', 'idea', 'ideas', 'question', 'thanks',
      'thank', 'please', 'sorry', 'hello', 'hi', 'bye', 'alright', 'exactly', 'totally', 'absolutely', 'definitely',
      'course', 'whatever', 'etcetera', 'etc', 'kinda', 'sorta', 'ya', 'yah', 'cos', 'cause', 'coz', 'wow', 'hey',
      'huh', 'whoa', 'sense', 'fact', 'around', 'long', 'back', 'able', 'ask', 'asked', 'asking', 'talk', 'talking',
      'talked', 'people',
    ],
  },
];

const STOPWORDS: ReadonlySet<string> = new Set(STOPWORD_GROUPS.flatMap((g) => g.words));

/**
 * True for a word that carries no idea of its own.
 *
 * @example
 * isStopword('the')     // => true
 * isStopword('battery') // => false
 */
export function isStopword(lower: string): boolean {
  return STOPWORDS.has(lower);
}
