/**
 * Floor turns and the gap before speaking (analyzers/turn-taking/floor-turns.ts): a back-channel said during
 * someone's talk is listening, never the start of the listener's turn, so a patient listener's gap is not negative.
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../../analyzers/nlp/prepare';
import { analyzeTurnTaking } from '../../../analyzers/turn-taking/index';
import { makeTranscript } from '../../helpers/make-transcript';

describe('back-channels are never a response gap', () => {
  it('measures the gap from the question, not from the "mm-hmm" said while the other was talking', () => {
    // Luis 0-6 s; Hana "Mm-hmm." at 4-4.5 s (during), then her question at 6.5-9 s in the same transcript turn.
    // Her floor turn starts at 6.5 s: gap +500 ms, not 4000 - 6000 = -2000 ms.
    const t = makeTranscript([
      ['Luis', 'We serve from the cache for up to an hour and log a warning for the team.', 0, 6],
      ['Hana', 'Mm-hmm.', 4, 4.5],
      ['Hana', 'So a revoked token could still work for an hour?', 6.5, 9],
      ['Luis', 'Yes, that is the trade-off we chose.', 9.4, 12],
    ]);
    const { result } = analyzeTurnTaking(prepare(t));
    const hana = result.speakers.find((s) => s.name === 'Hana')!;
    expect(hana.medianGapBeforeSpeakingMs).toBe(500);
    expect(hana.turns).toBe(1);
    expect(hana.backchannels).toBe(1);
  });

  it('leaves a turn of back-channels only out of the floor, and the talker keeps one floor turn', () => {
    const t = makeTranscript([
      ['Ana', 'The plan is to ship on Friday after the last review.', 0, 4],
      ['Ben', 'Right.', 3, 3.3],
      ['Ana', 'Then we watch the error rates over the weekend.', 4.2, 8],
      ['Ben', 'Sounds good, I will be on call.', 8.3, 10],
    ]);
    const { result } = analyzeTurnTaking(prepare(t));
    expect(result.floorTurns).toBe(2);
    expect(result.speakers.find((s) => s.name === 'Ben')!.medianGapBeforeSpeakingMs).toBe(300);
  });
});
