/**
 * Long silences only from measured end times (analyzers/turn-taking/silences.ts): a transcript with start times
 * only (Otter style) has estimated ends, and the gap after an estimated end is an artefact, not a silence.
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../../analyzers/nlp/prepare';
import { analyzeTurnTaking } from '../../../analyzers/turn-taking/index';
import { ingest } from '../../../src/parse';
import { makeTranscript } from '../../helpers/make-transcript';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('no silences from estimated end times', () => {
  it('marks the ends of a start-times-only transcript as estimated', () => {
    const t = ingest(bytes('[00:00:02] Ana: We start with the budget.\n[00:00:40] Ben: Fine by me.\n'));
    expect(t.utterances.map((u) => u.endEstimated)).toEqual([true, true]);
    expect(t.issues.map((i) => i.code)).toContain('estimated-end-times');
  });

  it('finds no long silence between long start-stamped turns, and counts the gap as unmeasured', () => {
    // Ana talks from 0:02 (10 words, estimated end a few seconds later); Ben starts at 0:40.
    const t = ingest(
      bytes(
        '[00:00:02] Ana: We start with the budget and then we look at hiring plans.\n' +
          '[00:00:40] Ben: Fine by me, the hiring plan is the bigger question.\n',
      ),
    );
    const { result } = analyzeTurnTaking(prepare(t));
    expect(result.longSilences).toMatchObject({ count: 0, totalMs: 0, items: [], unmeasured: 1 });
  });

  it('still finds a silence between cues with real end times', () => {
    // Ana 0-2 s, Ben 9-10 s: 7 s of nobody speaking.
    const t = makeTranscript([
      ['Ana', 'Any objections to the plan?', 0, 2],
      ['Ben', 'None from me.', 9, 10],
    ]);
    const { result } = analyzeTurnTaking(prepare(t));
    expect(result.longSilences).toMatchObject({ count: 1, totalMs: 7000, unmeasured: 0 });
    expect(t.utterances.some((u) => u.endEstimated)).toBe(false);
  });

  it('finds the answer to a question whose end was estimated, and reports no latency', () => {
    // Owen's question starts 1:48; Nadia answers at 2:20. The estimated end is far from 2:20, but the next
    // paragraph is the answer: the 10 s answer window would only be measuring the estimate.
    const t = ingest(
      bytes(
        '[00:01:48] Owen: Could we do a smaller version, just the login and the search screens?\n' +
          '[00:02:20] Nadia: I like that, a month of work instead of six.\n',
      ),
    );
    const { result } = analyzeTurnTaking(prepare(t));
    expect(result.questions.items.map((q) => [q.utteranceId, q.answerUtteranceId, q.latencyMs])).toEqual([
      ['u1', 'u2', null],
    ]);
  });
});
