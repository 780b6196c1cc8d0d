/**
 * Signs in the text that a speaker broke off mid-utterance: "I was going to--", "so the...",
 * "we could—", a dangling article at the end, or a disfluency marker the transcriber put at the
 * end ("I've got {disfmarker}"). When another speaker's (non back-channel) utterance follows a
 * cut-off utterance, turn-taking counts a text-based interruption; with timings, a cut-off also
 * separates an interruption from a speaker simply finishing over a newcomer's early start.
 *
 * Sources:
 * - Jefferson (2004) "Glossary of transcript symbols with an introduction": a dash marks a cut-off.
 * - Transcription conventions of Rev, Otter and Zoom captions ("--" and "…" for cut-offs and trailing off).
 * - AMI/ICSI (QMSum) transcripts: {disfmarker} marks where a speaker broke off or restarted
 *   (Carletta et al. 2005, AMI transcription guidelines); ICSI's TRUNCW marks truncated words.
 * - Schegloff (2000) "Overlapping talk and the organization of turn-taking for conversation",
 *   Language in Society 29: interrupted speakers typically cut off within a beat of the overlap.
 */

export interface CutoffMarker {
  /** Rule id, used in findings: `interruption-cutoff-<id>`. */
  id: string;
  /**
   * `trailing-mark`: characters after the last word ("--", "—", "...");
   * `dangling-word`: the last word cannot end an English sentence ("the", "and", "of");
   * `event`: a non-speech event the parser found at the end of the utterance ({disfmarker}, [crosstalk]).
   */
  kind: 'trailing-mark' | 'dangling-word' | 'event';
  /** The mark as written, the dangling word(s) in lower case, or the event kind. */
  pattern: string;
  /** An utterance the rule must detect (checked by test/analyzers/turn-taking-data.test.ts). */
  example: string;
  /** How sure the cut-off reading is: trailing off ("so the...") may be a speaker handing over. */
  strength: 'strong' | 'weak';
  source: string;
  note: string;
}

const JEFFERSON = 'Jefferson 2004, transcript symbols (dash = cut-off)';
const CAPTIONS = 'Rev/Otter/Zoom caption conventions';
const GRAMMAR = 'Quirk et al. 1985: articles, prepositions and conjunctions need a complement';

export const CUTOFF_MARKERS: readonly CutoffMarker[] = [
  {
    id: 'double-hyphen',
    kind: 'trailing-mark',
    pattern: '--',
    example: 'I was going to--',
    strength: 'strong',
    source: CAPTIONS,
    note: 'typed em dash; the usual cut-off mark in plain-text transcripts',
  },
  {
    id: 'em-dash',
    kind: 'trailing-mark',
    pattern: '—',
    example: 'we could—',
    strength: 'strong',
    source: JEFFERSON,
    note: 'em dash after the last word',
  },
  {
    id: 'en-dash',
    kind: 'trailing-mark',
    pattern: '–',
    example: 'but the –',
    strength: 'strong',
    source: CAPTIONS,
    note: 'en dash used as a dash',
  },
  {
    id: 'hyphen',
    kind: 'trailing-mark',
    pattern: '-',
    example: 'so the sea-',
    strength: 'strong',
    source: JEFFERSON,
    note: 'a truncated word or a word left hanging: "I thi-"',
  },
  {
    id: 'ellipsis',
    kind: 'trailing-mark',
    pattern: '...',
    example: 'so the...',
    strength: 'weak',
    source: CAPTIONS,
    note: 'trailing off: a cut-off or a speaker handing over',
  },
  {
    id: 'ellipsis-char',
    kind: 'trailing-mark',
    pattern: '…',
    example: 'and then…',
    strength: 'weak',
    source: CAPTIONS,
    note: 'the single-character ellipsis',
  },
  {
    id: 'dangling-the',
    kind: 'dangling-word',
    pattern: 'the',
    example: 'we should look at the',
    strength: 'strong',
    source: GRAMMAR,
    note: 'an article needs its noun',
  },
  {
    id: 'dangling-a',
    kind: 'dangling-word',
    pattern: 'a',
    example: 'it is a',
    strength: 'strong',
    source: GRAMMAR,
    note: 'an article needs its noun',
  },
  {
    id: 'dangling-an',
    kind: 'dangling-word',
    pattern: 'an',
    example: 'we need an',
    strength: 'strong',
    source: GRAMMAR,
    note: 'an article needs its noun',
  },
  {
    id: 'dangling-and',
    kind: 'dangling-word',
    pattern: 'and',
    example: 'we tested it and',
    strength: 'weak',
    source: GRAMMAR,
    note: 'a conjunction needs its second half; also a turn-yielding "and..."',
  },
  {
    id: 'dangling-but',
    kind: 'dangling-word',
    pattern: 'but',
    example: 'that works but',
    strength: 'weak',
    source: GRAMMAR,
    note: 'a conjunction needs its second half; also a turn-yielding "but..."',
  },
  {
    id: 'dangling-or',
    kind: 'dangling-word',
    pattern: 'or',
    example: 'we ship it or',
    strength: 'weak',
    source: GRAMMAR,
    note: 'a conjunction needs its second half',
  },
  {
    id: 'dangling-because',
    kind: 'dangling-word',
    pattern: 'because',
    example: 'I said no because',
    strength: 'strong',
    source: GRAMMAR,
    note: 'a subordinator needs its clause',
  },
  {
    id: 'dangling-of',
    kind: 'dangling-word',
    pattern: 'of',
    example: 'the cost of',
    strength: 'strong',
    source: GRAMMAR,
    note: 'a preposition that cannot be stranded at the end',
  },
  {
    id: 'dangling-my',
    kind: 'dangling-word',
    pattern: 'my',
    example: 'that is my',
    strength: 'strong',
    source: GRAMMAR,
    note: 'a possessive determiner needs its noun',
  },
  {
    id: 'dangling-your',
    kind: 'dangling-word',
    pattern: 'your',
    example: 'what is your',
    strength: 'strong',
    source: GRAMMAR,
    note: 'a possessive determiner needs its noun',
  },
  {
    id: 'dangling-our',
    kind: 'dangling-word',
    pattern: 'our',
    example: 'it is our',
    strength: 'strong',
    source: GRAMMAR,
    note: 'a possessive determiner needs its noun',
  },
  {
    id: 'dangling-their',
    kind: 'dangling-word',
    pattern: 'their',
    example: 'we asked for their',
    strength: 'strong',
    source: GRAMMAR,
    note: 'a possessive determiner needs its noun',
  },
  {
    id: 'dangling-than',
    kind: 'dangling-word',
    pattern: 'than',
    example: 'it is cheaper than',
    strength: 'strong',
    source: GRAMMAR,
    note: 'a comparison needs its second term',
  },
  {
    id: 'dangling-going-to',
    kind: 'dangling-word',
    pattern: 'going to',
    example: 'I was going to',
    strength: 'strong',
    source: GRAMMAR,
    note: '"going to" at the very end: the plan was never said',
  },
  {
    id: 'dangling-gonna',
    kind: 'dangling-word',
    pattern: 'gonna',
    example: 'so we are gonna',
    strength: 'strong',
    source: GRAMMAR,
    note: 'as "going to"',
  },
  {
    id: 'event-disfluency-end',
    kind: 'event',
    pattern: 'disfluency',
    example: "Yeah, I've got {disfmarker}",
    strength: 'strong',
    source: 'AMI/ICSI transcription guidelines ({disfmarker} as QMSum writes it)',
    note: 'the transcriber marked a break-off at the end of the utterance',
  },
  {
    id: 'event-crosstalk-end',
    kind: 'event',
    pattern: 'crosstalk',
    example: 'the numbers are [crosstalk]',
    strength: 'strong',
    source: 'Rev transcription style guide ([crosstalk])',
    note: 'the transcriber heard overlapping speech where the utterance ends',
  },
];
