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
});
