/**
 * A short committee hearing as a coach would picture one: the chair opens and calls on each member, each member
 * puts one short question, the witness answers at length. Nobody is quiet by habit: the format gives the words
 * to the answers. Shared by the role tests (analyzers/roles.ts) and the rule-based commentary's tests.
 * Also a formal sitting, a parliament's: the chair by office gives out the slots (the role tests and the report's).
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

/** A leader's statement in the sitting: 360 words, past the 300-word line of a long turn. */
const STATEMENT = 'I rise today to speak for the families of this country and the workers who kept it going. '.repeat(
  20,
);

/**
 * A formal sitting of 12 people (review r19, a parliamentary committee): the chair by office gives the floor, two
 * leaders read their statements, eight members each speak once in their slot, then a question period in which a
 * member restates the minister's answer and the minister answers "You raise a very important point".
 *
 * @example
 * makeTranscript(formalSittingLines()).speakers[0].name // => 'The Acting Chair (Mr. Bruce Stanton)'
 */
export function formalSittingLines(): Line[] {
  const chair = 'The Acting Chair (Mr. Bruce Stanton)';
  const lines: Line[] = [
    [chair, 'Order. The Prime Minister has the floor.'],
    ['Right Hon. Justin Trudeau', STATEMENT],
    [chair, 'The Leader of the Opposition.'],
    ['Hon. Andrew Scheer', STATEMENT],
  ];
  for (let k = 1; k <= 8; k++)
    lines.push(
      [chair, `The member for riding ${k} has the floor.`],
      [`Mr. Member ${k}`, 'I thank the volunteers of my riding.'],
    );
  lines.push(
    [chair, 'The member for riding 1.'],
    ['Mr. Member 1', 'When will the farm programs change, Minister?'],
    ['Hon. Marie Bibeau', 'I meet the provinces every week and the federal share is firm.'],
    ['Mr. Member 1', 'If I understand correctly, the farm programs will not change before November.'],
    ['Hon. Marie Bibeau', 'You raise a very important point. We are working with the provinces.'],
  );
  return lines;
}
