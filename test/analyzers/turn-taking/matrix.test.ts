/**
 * The who-interrupts-whom matrix stays small however many people speak (issue 16): rows only for
 * people involved in interruptions, at most `matrixMaxSpeakers` of them, and every pair in `pairs`.
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../../analyzers/nlp/prepare';
import { analyzeTurnTaking } from '../../../analyzers/turn-taking';
import { TURN_TAKING_THRESHOLDS } from '../../../analyzers/turn-taking/thresholds';
import { makeTranscript, type Line } from '../../helpers/make-transcript';

/** n people in a row, each cutting the previous one off ("--" ends every line): n - 1 interruptions. */
function chainOfCutoffs(n: number): Line[] {
  return Array.from({ length: n }, (_, i): Line => [`Person ${i}`, 'I was going to say--']);
}

describe('interruption matrix size', () => {
  it('5,000 speakers who each cut in once: a capped matrix, and every pair listed once', () => {
    const { result } = analyzeTurnTaking(prepare(makeTranscript(chainOfCutoffs(5000))));
    const { matrix, count } = result.interruptions;
    expect(count).toBe(4999);
    expect(matrix.speakerIds).toHaveLength(TURN_TAKING_THRESHOLDS.matrixMaxSpeakers);
    expect(matrix.counts).toHaveLength(TURN_TAKING_THRESHOLDS.matrixMaxSpeakers);
    expect(matrix.omittedSpeakers).toBe(5000 - TURN_TAKING_THRESHOLDS.matrixMaxSpeakers);
    expect(matrix.pairs).toHaveLength(4999);
    expect(matrix.pairs.reduce((sum, p) => sum + p.count, 0)).toBe(4999);
    expect(matrix.pairs[0]).toEqual({ speakerId: 's2', targetSpeakerId: 's1', count: 1 });
    // The JSON of the matrix grows with the interruptions: well under 100 bytes per interruption.
    expect(JSON.stringify(matrix).length).toBeLessThan(100 * 4999);
  });

  it('keeps the most involved people when it has to choose', () => {
    // Ana is cut off by Bo 3 times; 40 others interrupt each other once each.
    const lines: Line[] = [];
    for (let k = 0; k < 3; k++) lines.push(['Ana', 'The plan was--'], ['Bo', 'Sorry, one thing.']);
    for (let i = 0; i < 40; i++) lines.push([`Guest ${i}`, 'Well I--']);
    const { result } = analyzeTurnTaking(prepare(makeTranscript(lines)));
    const { matrix } = result.interruptions;
    expect(matrix.speakerIds.slice(0, 2)).toEqual(['s1', 's2']);
    expect(matrix.counts[1]![0]).toBe(3);
    expect(matrix.speakerIds).toHaveLength(TURN_TAKING_THRESHOLDS.matrixMaxSpeakers);
  });

  it('is empty when nobody interrupts', () => {
    const { result } = analyzeTurnTaking(
      prepare(
        makeTranscript([
          ['Ana', 'Shall we start?'],
          ['Bo', 'Yes, ready.'],
        ]),
      ),
    );
    expect(result.interruptions.matrix).toEqual({ speakerIds: [], counts: [], pairs: [], omittedSpeakers: 0 });
  });
});
