/**
 * Back-channels by content and by position (analyzers/nlp/backchannel-flags.ts): a short answer to a
 * question just asked is a turn; the same words during someone's talk, or after a statement, show listening.
 */
import { describe, expect, it } from 'vitest';
import { answersQuestion, backchannelFlags } from '../../../analyzers/nlp/backchannel-flags';
import { prepare } from '../../../analyzers/nlp/prepare';
import { analyzeTurnTaking } from '../../../analyzers/turn-taking/index';
import { makeTranscript } from '../../helpers/make-transcript';

describe('short answers are turns, not back-channels', () => {
  it('reads "Yes." after "Did the contract go out?" as an answer, and "Mm-hmm." after a statement as listening', () => {
    const p = prepare(
      makeTranscript([
        ['Helen', 'Did the contract go out to the client?'],
        ['Luis', 'Yes.'],
        ['Helen', 'Good, then we wait for the signature.'],
        ['Luis', 'Mm-hmm.'],
      ]),
    );
    expect(backchannelFlags(p)).toEqual([false, false, false, true]);
  });

  it('accepts a name after the question ("..., Luis?") but not a long statement after it', () => {
    const named = prepare(
      makeTranscript([
        ['Helen', 'Is the invoice done, Luis?'],
        ['Luis', 'Yep.'],
      ]),
    );
    expect(answersQuestion(named, 1)).toBe(true);
    const moved = prepare(
      makeTranscript([
        ['Helen', 'Is the invoice done? Anyway, the bigger thing this week is the audit and the board pack.'],
        ['Luis', 'Yeah.'],
      ]),
    );
    expect(answersQuestion(moved, 1)).toBe(false);
  });

  it("does not count the speaker's own next line, nor a reply to the speaker's own question", () => {
    const p = prepare(
      makeTranscript([
        ['Ana', 'Shall we start?'],
        ['Ana', 'Okay.'],
      ]),
    );
    expect(backchannelFlags(p)).toEqual([false, true]);
  });

  it('keeps a "yeah" said over the middle of the question a back-channel (timed)', () => {
    // Ana asks 0-4 s; Ben's "Yeah." at 2-2.4 s is well before the end: listening, not an answer.
    const p = prepare(
      makeTranscript([
        ['Ana', 'Could you send me the numbers before the review tomorrow?', 0, 4],
        ['Ben', 'Yeah.', 2, 2.4],
      ]),
    );
    expect(backchannelFlags(p)).toEqual([false, true]);
  });

  it('gives the answerer turns and the asker no monologue in a check-in of closed questions', () => {
    // Five questions, five one-word answers: ten floor turns, five each.
    const lines: Array<[string, string]> = [];
    for (const q of [
      'Did it ship?',
      'Is the doc out?',
      'Are the tests green?',
      'Can you cover Friday?',
      'Okay to close?',
    ])
      lines.push(['Helen', q], ['Luis', 'Yes.']);
    const { result } = analyzeTurnTaking(prepare(makeTranscript(lines)));
    const luis = result.speakers.find((s) => s.name === 'Luis')!;
    expect(luis.turns).toBe(5);
    expect(luis.backchannels).toBe(0);
    expect(result.speakers.find((s) => s.name === 'Helen')!.turns).toBe(5);
  });
});
