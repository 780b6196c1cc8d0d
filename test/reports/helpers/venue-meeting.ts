/**
 * The hand-worked meeting of report-content.test.ts (its header works every number out by hand): Ana brings
 * Ben and Cy in, credits Ben and paraphrases Cy; Cy hedges, apologises and says "blacklist".
 */
import { makeTranscript } from '../../helpers/make-transcript';

/**
 * @example
 * venueMeeting().utterances.length // => 6
 */
export function venueMeeting() {
  return makeTranscript([
    ['Ana', 'Ben, what do you think about the venue?', 0, 10],
    ['Ben', 'The venue is good and close to the station.', 10.5, 22.5],
    ['Ana', 'Good point, Ben. Cy, any thoughts on the budget?', 23, 33],
    ['Cy', 'Sorry, maybe the blacklist budget is too small.', 33.5, 39.5],
    ['Ana', "So what you're saying is that the budget is the real issue.", 40, 50],
    ['Ben', 'I will book the hall tomorrow morning.', 50.5, 62.5],
  ]);
}
