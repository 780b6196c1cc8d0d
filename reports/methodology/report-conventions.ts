/**
 * How the report itself turns numbers into pictures and words: definitions that belong to the
 * report, not to an analyser (the analysers' own definitions come from analyzers/<name>/README.md).
 */
import {
  DOMINANT_MIN_SHARE,
  DOMINANT_MULTIPLE,
  QUIET_FRACTION,
  shareMultipleInWords,
} from '../../analyzers/inclusivity/thresholds';
import { formatPercent } from '../format';
import { SENTIMENT_THRESHOLDS } from '../../analyzers/sentiment/thresholds';
import { GINI_BANDS, TURN_TAKING_THRESHOLDS as TT } from '../../analyzers/turn-taking/thresholds';
import { MATRIX_MAX_PEOPLE } from '../charts/interruption-matrix';
import { MAX_LANES } from '../charts/swimlane-timeline';
import { MAX_QUOTE_CHARS } from '../sections/evidence';
import { MISSING_GLYPH } from '../text/fit-text';

const QUIET = shareMultipleInWords(QUIET_FRACTION);
const DOMINANT = shareMultipleInWords(DOMINANT_MULTIPLE);

export interface Convention {
  term: string;
  definition: string;
  /**
   * Printed only for a transcript with real timings (`timed`) or only for one without (`untimed`); always when
   * absent. A report without timings has no long silences to define (review r32 found the definition anyway).
   */
  only?: 'timed' | 'untimed';
}

/**
 * The conventions that apply to one transcript.
 *
 * @example
 * applicable(READER_DEFINITIONS, false).some((d) => d.term === 'Long silence') // => false
 */
export function applicable(conventions: readonly Convention[], hasTimings: boolean): Convention[] {
  return conventions.filter((c) => c.only === undefined || c.only === (hasTimings ? 'timed' : 'untimed'));
}

/**
 * @example
 * REPORT_CONVENTIONS.find((c) => c.term === 'Fair share')!.definition // => '1 / the number of people ...'
 */
export const REPORT_CONVENTIONS: readonly Convention[] = [
  {
    term: 'Talk share',
    definition: "A person's part of all speaking time. The basis is printed with every chart.",
    only: 'timed',
  },
  {
    term: 'Talk share',
    definition: "A person's part of all words spoken. The basis is printed with every chart.",
    only: 'untimed',
  },
  {
    term: 'Fair share',
    definition:
      '1 / the number of people who spoke (and silent invitees, when an attendee list was given; never "Unknown speaker"): the dashed line in the talk-share chart.',
  },
  {
    term: 'Quiet and dominant voices',
    definition: `Quiet: below ${QUIET} the fair share. Dominant: above ${DOMINANT} the fair share, with two people above three quarters (twice a half is all of it), and never below ${formatPercent(DOMINANT_MIN_SHARE)} of all the talk (in a large meeting twice a small share means little). A chair or a presenter is expected to talk more.`,
  },
  {
    term: 'Equality gauge',
    definition: `The Gini coefficient of talk, from 0 (everyone equal) to (n − 1)/n (one person talks). Bands used for the sentence under the gauge, a convention of this report: ${GINI_BANDS.map((b, i) => `${i === 0 ? '0' : GINI_BANDS[i - 1]!.upTo.toFixed(2)}–${b.upTo.toFixed(2)} ${b.name}`).join('; ')}.`,
  },
  {
    term: 'Interruption matrix',
    definition: `Rows: who cut in; columns: who was cut off; each cell counts interruptions. Beyond ${MATRIX_MAX_PEOPLE} people involved, the least involved are pooled as "others".`,
  },
  {
    term: 'Timeline',
    definition: `One lane per person (the ${MAX_LANES - 1} who talked most, then "others"), one bar per utterance, by time when the transcript has timings and by words spoken otherwise. Meetings longer than 84 minutes (or 14,000 words) are drawn as stacked one-hour (10,000-word) strips on one scale.`,
  },
  {
    term: 'Tone over the meeting',
    definition:
      "Bars: the mean utterance score in each part of the meeting (the sentiment analyser's course, equal slices by time or by words). Line: the mean in finer slices (up to 60), averaged with the neighbouring slices. Markers ▲ and ▼: the most positive and most negative moments the analyser picked, numbered as in the table under the chart.",
  },
  {
    term: 'Tone per person',
    definition:
      "The mean of a person's utterance scores (dot) and their standard deviation (line), from the sentiment analyser: how positive they sounded on average and how much that varied.",
  },
  {
    term: 'Quotes and places',
    definition: `Quotes are verbatim from the transcript, cut with … beyond ${MAX_QUOTE_CHARS} characters. A place is a time in the recording (h:mm:ss) when there are timings, else the line in the uploaded file, else the utterance id of the JSON analysis (u320).`,
  },
  {
    term: 'Characters the font lacks',
    definition: `The report's font covers Latin, Greek and Cyrillic scripts. Other characters (Chinese, Japanese, Arabic, emoji ...) print as ${MISSING_GLYPH}; names that contain them also show their speaker id, and the JSON analysis keeps every name as written.`,
  },
];

/**
 * The limits every reader should know before using the numbers.
 *
 * @example
 * flow.paragraph(LIMITS_TEXT);
 */
export const LIMITS_TEXT =
  'This report is a lexical analysis of a meeting transcript: it counts words, turns and phrases and, when the transcript has them, timings. It does not hear tone of voice, see faces, or know the people, their roles, their language background or the purpose of the meeting. Transcription and speaker-labelling errors carry through into every number, and word lists miss things and flag innocent uses. Use it as a mirror for reflection and coaching conversations. It is not suitable for employment decisions (hiring, performance reviews, promotion, pay or discipline), nor for judging individuals.';

/**
 * The analysers' definitions a reader of one report needs, in a sentence each, with the values from the
 * analysers' threshold files (their one home). The full methodology (formulas, sources, validation) is
 * analyzers/README.md, which the service also serves at /docs/methodology.
 *
 * @example
 * READER_DEFINITIONS.find((d) => d.term === 'Long monologue')!.definition // => 'One floor turn longer than 2 minutes ...'
 */
export const READER_DEFINITIONS: readonly Convention[] = [
  {
    term: 'Turn',
    definition:
      'A stretch of talk by one person until someone else takes the floor. Short back-channels ("yeah", "mm-hm") said during someone\'s turn do not take the floor; a short answer to a question does.',
  },
  {
    term: 'Interruption',
    definition: `Someone starts while another is speaking and the speaker stops within ${TT.interruptionStopWindowMs / 1000} s. Overlaps of under ${TT.terminalOverlapMs} ms at the end of a finished sentence, answers and hand-overs are not interruptions. Read from the text alone (a sentence that breaks off, without an overlap in time) an interruption is "possible", never advice.`,
    only: 'timed',
  },
  {
    term: 'Interruption',
    definition:
      'Without timings: someone takes over right after a sentence that breaks off. Answers and hand-overs are not interruptions. Read from the text alone an interruption is "possible", never advice.',
    only: 'untimed',
  },
  {
    term: 'Confidence',
    definition:
      'Every finding in the JSON analysis says how sure the analysis is (low, medium, high) and what it rests on (timed overlap, a cut-off in the text, a matched phrase, a measurement). In this report advice is built only on findings of medium or high confidence and at least low severity; the others are observations, and interruptions read from the text alone are counted as "possible".',
  },
  {
    term: 'Questions',
    definition:
      'Utterances asking something, by punctuation or wording; open questions invite more than a yes or no. A question is answered when someone else speaks next within a few turns.',
  },
  {
    term: 'Long monologue',
    definition: `One floor turn longer than ${TT.monologueMs / 60_000} minutes.`,
    only: 'timed',
  },
  {
    term: 'Long monologue',
    definition: `One floor turn of more than ${TT.monologueWords} words.`,
    only: 'untimed',
  },
  {
    term: 'Long silence',
    definition: `A gap of at least ${TT.longSilenceMs / 1000} s in which nobody speaks, from real start and end times.`,
    only: 'timed',
  },
  {
    term: 'Tone',
    definition: `Each utterance gets a score from −1 to +1 from a sentiment lexicon (VADER's scale): positive above ${SENTIMENT_THRESHOLDS.positive}, negative below ${SENTIMENT_THRESHOLDS.negative}. A tense exchange is at least ${SENTIMENT_THRESHOLDS.tensionMinTurns} negative turns going back and forth between two people, at least two of them aimed at the other person.`,
  },
  {
    term: 'Inclusive language, hedges, apologies, credit, invitations',
    definition:
      'Phrases from published word lists and patterns, each checked for its sense in context; every match is quoted so it can be judged where it was said.',
  },
];
