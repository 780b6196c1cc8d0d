/**
 * Typing overlapping speech from timings: one small meeting per case, Ana holding the floor and
 * Ben coming in. Times in seconds; thresholds: stop window 1.5 s, terminal overlap 500 ms,
 * simultaneous start 250 ms, stretch join 500 ms, cut-off follow 500 ms.
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../../analyzers/nlp/prepare';
import { analyzeTurnTaking } from '../../../analyzers/turn-taking/index';
import { makeTranscript, type Line } from '../../helpers/make-transcript';

function analyse(lines: Line[]) {
  return analyzeTurnTaking(prepare(makeTranscript(lines))).result;
}
const types = (lines: Line[]) => analyse(lines).overlaps!.events.map((e) => e.type);

describe('overlap typing', () => {
  it('back-channel: a short "mm-hmm" while the other keeps talking', () => {
    const r = analyse([
      ['Ana', 'We should move the launch to May because the tests are slow.', 0, 5],
      ['Ben', 'Mm-hmm.', 2, 2.4],
    ]);
    expect(r.overlaps).toMatchObject({ backchannel: 1, interruption: 0, cooperative: 0 });
    expect(r.interruptions.count).toBe(0);
    expect(r.speakers[1]!.backchannels).toBe(1);
  });

  it("cooperative: the newcomer speaks inside the other's utterance and stops first", () => {
    // Ben 3-4 s inside Ana's 0-10 s: Ana keeps the floor.
    expect(
      types([
        ['Ana', 'The venue can hold two hundred people and the catering is included in the price we agreed.', 0, 10],
        ['Ben', 'The cheaper one.', 3, 4],
      ]),
    ).toEqual(['cooperative']);
  });

  it('cooperative: the holder keeps talking more than 1.5 s after the newcomer starts', () => {
    // Ana talks to 10 s; Ben starts at 4 s and talks to 12 s: Ana did not yield within 1.5 s.
    expect(
      types([
        ['Ana', 'The venue can hold two hundred people and the catering is included in the price we agreed', 0, 10],
        ['Ben', 'I disagree with the whole venue idea because it is too far away from the station', 4, 12],
      ]),
    ).toEqual(['cooperative']);
  });

  it('cooperative: a terminal overlap, the holder finishing a complete sentence', () => {
    // Ben starts 400 ms before Ana's complete sentence ends (overlap 400 < 500 ms, and it ends with '.').
    expect(
      types([
        ['Ana', 'The launch is in May.', 0, 5],
        ['Ben', 'Great, then we book the venue.', 4.6, 8],
      ]),
    ).toEqual(['cooperative']);
  });

  it('interruption: the holder stops mid-sentence within 1.5 s of the onset', () => {
    // Ana stops at 6 s, 1 s after Ben's onset at 5 s, without finishing; overlap 1000 ms.
    const r = analyse([
      ['Ana', 'The launch is in May and the budget for the venue', 0, 6],
      ['Ben', 'Sorry, the venue is already booked.', 5, 9],
    ]);
    expect(r.overlaps!.events.map((e) => [e.type, e.overlapMs])).toEqual([['interruption', 1000]]);
    expect(r.interruptions.events[0]).toMatchObject({
      basis: 'overlap',
      ruleId: 'interruption-overlap',
      speakerId: 's2',
      targetSpeakerId: 's1',
    });
  });

  it('interruption: a cut-off holder, even with a short overlap', () => {
    // Overlap 5.8-6.0 s is only 200 ms, but Ana's "--" marks the break-off.
    const r = analyse([
      ['Ana', 'The launch is in May and the--', 0, 6],
      ['Ben', 'No, June.', 5.8, 9],
    ]);
    expect(r.interruptions.events[0]).toMatchObject({
      ruleId: 'interruption-overlap-cutoff-double-hyphen',
      cutoff: '--',
      overlapMs: 200,
    });
  });

  it('not an interruption when the holder only ends a caption cue and goes on talking', () => {
    // Ana's cues 0-3 s and 3-8 s form one stretch (gap 0 <= 500 ms), so she talks on to 8 s,
    // more than 1.5 s past Ben's onset at 2.5 s.
    const r = analyse([
      ['Ana', 'We should move the launch', 0, 3],
      ['Ben', 'Okay but why', 2.5, 4],
      ['Ana', 'to May because the tests are slow', 3, 8],
    ]);
    expect(r.overlaps!.events.map((e) => e.type)).toEqual(['cooperative']);
    expect(r.interruptions.count).toBe(0);
  });

  it('simultaneous start: both begin within 250 ms, nobody held the floor', () => {
    expect(
      types([
        ['Ana', 'Let us begin with the numbers.', 0, 4],
        ['Ben', 'So first the agenda.', 0.1, 3],
      ]),
    ).toEqual(['simultaneous-start']);
  });

  it('interruption without overlap: a cut-off followed at once by someone else', () => {
    // Ana breaks off at 3 s; Ben starts 200 ms later (<= 500 ms).
    const r = analyse([
      ['Ana', 'I was going to--', 0, 3],
      ['Ben', 'Let me show the chart.', 3.2, 5],
    ]);
    expect(r.overlaps!.total).toBe(0);
    expect(r.interruptions.events[0]).toMatchObject({
      basis: 'cutoff',
      ruleId: 'interruption-cutoff-double-hyphen',
      overlapMs: null,
      utteranceId: 'u2',
      targetUtteranceId: 'u1',
    });
  });

  it('no interruption when the next speaker waits after a cut-off', () => {
    // Ben starts 2 s after Ana trails off: she stopped on her own.
    const r = analyse([
      ['Ana', 'I was going to--', 0, 3],
      ['Ben', 'Let me show the chart.', 5, 7],
    ]);
    expect(r.interruptions.count).toBe(0);
  });
});
