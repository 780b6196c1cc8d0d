/**
 * A short committee hearing as a coach would picture one: the chair opens and calls on each member, each member
 * puts one short question, the witness answers at length. Nobody is quiet by habit: the format gives the words
 * to the answers. Shared by the role tests (analyzers/roles.ts) and the rule-based commentary's tests.
 */
import type { Line } from './make-transcript';

/**
 * The hearing's lines, with `answer` as each of the witness's (Ms Reyes) two answers.
 *
 * @example
 * makeTranscript(hearingLines('The delays came from two driver shortages. '.repeat(8))).speakers.map((s) => s.name)
 * // => ['Chair', 'Cllr Moss', 'Ms Reyes', 'Cllr Hale']
 */
export function hearingLines(answer: string): Line[] {
  return [
    ['Chair', 'Welcome, Ms Reyes. Cllr Moss, your questions first.'],
    ['Cllr Moss', 'What caused the delays on the rural routes?'],
    ['Ms Reyes', answer],
    ['Chair', 'Thank you. Cllr Hale?'],
    ['Cllr Hale', 'When will the new timetable start?'],
    ['Ms Reyes', answer],
  ];
}
