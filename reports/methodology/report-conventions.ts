/**
 * How the report itself turns numbers into pictures and words: definitions that belong to the
 * report, not to an analyser (the analysers' own definitions come from analyzers/<name>/README.md).
 */
import { GINI_BANDS } from '../../analyzers/turn-taking/thresholds';
import { MATRIX_MAX_PEOPLE } from '../charts/interruption-matrix';
import { MAX_LANES } from '../charts/swimlane-timeline';
import { MAX_QUOTE_CHARS } from '../sections/evidence';
import { MISSING_GLYPH } from '../text/fit-text';

export interface Convention {
  term: string;
  definition: string;
}

/**
 * @example
 * REPORT_CONVENTIONS.find((c) => c.term === 'Fair share')!.definition // => '1 / the number of people ...'
 */
export const REPORT_CONVENTIONS: readonly Convention[] = [
  {
    term: 'Talk share',
    definition:
      "A person's part of all talk: of speaking time when the transcript has real timings, of words spoken otherwise. The basis is printed with every chart.",
  },
  {
    term: 'Fair share',
    definition:
      '1 / the number of people who spoke (and silent invitees, when an attendee list was given; never "Unknown speaker"): the dashed line in the talk-share chart.',
  },
  {
    term: 'Quiet and dominant voices',
    definition:
      'Quiet: below half the fair share. Dominant: above twice the fair share, and with two people above three quarters (twice a half is all of it). A chair or a presenter is expected to talk more.',
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
