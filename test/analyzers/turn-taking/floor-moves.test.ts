/**
 * Interruptions a coach would stand behind, class by class: answers, hand-overs, yields and accepted
 * completions are never interruptions; caption cue overlaps are not either; a "Yeah." cue does not hide
 * the takeover behind it; "let me finish" marks one. Each case is a small meeting written for the test.
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../../analyzers/nlp/prepare';
import { analyzeTurnTaking } from '../../../analyzers/turn-taking/index';
import { makeTranscript, type Line } from '../../helpers/make-transcript';

function analyse(lines: Line[]) {
  return analyzeTurnTaking(prepare(makeTranscript(lines)));
}
const interrupters = (lines: Line[]) => {
  const r = analyse(lines).result;
  return r.interruptions.events.map((e) => `${name(r, e.speakerId)}>${name(r, e.targetSpeakerId)}`);
};
function name(r: ReturnType<typeof analyse>['result'], id: string): string {
  return r.speakers.find((s) => s.speakerId === id)?.name ?? id;
}

describe('answers are not interruptions', () => {
  it('answering a question without a question mark', () => {
    expect(
      interrupters([
        ['Tom', 'which of the two servers did you restart'],
        ['Uma', 'The staging one, production is untouched.'],
      ]),
    ).toEqual([]);
  });

  it('but a question broken off mid-phrase ("... restart the") and taken over stays a possible interruption', () => {
    const r = analyse([
      ['Tom', 'which of the two servers did you restart the'],
      ['Uma', 'The staging one, production is untouched.'],
    ]).result.interruptions;
    expect([r.confident, r.possible]).toEqual([0, 1]);
  });

  it('timed: an answer that overlaps the end of an unpunctuated question', () => {
    expect(
      interrupters([
        ['Tom', 'did the backup finish last night or', 0, 4],
        ['Uma', 'it finished at two and the checksum matched', 3.2, 7],
      ]),
    ).toEqual([]);
  });
});

describe('hand-overs and yields are not interruptions', () => {
  it('a trailing "..." offers the floor', () => {
    expect(
      interrupters([
        ['Tom', 'We could run the survey again in spring, or...'],
        ['Uma', 'Or skip it this year, the sample was tiny anyway.'],
      ]),
    ).toEqual([]);
  });

  it('"Go ahead." after someone broke off hands the floor back', () => {
    expect(
      interrupters([
        ['Uma', 'Can I --'],
        ['Tom', 'Go ahead.'],
        ['Uma', 'Do we need legal to sign this off?'],
      ]),
    ).toEqual([]);
  });
});

describe('completions the speaker accepts are not interruptions', () => {
  it('supplying the word the speaker was looking for', () => {
    expect(
      interrupters([
        ['Tom', 'The report needs the, um, the figure from the --'],
        ['Uma', 'The churn dashboard?'],
        ['Tom', 'Right, the churn dashboard. Thanks.'],
      ]),
    ).toEqual([]);
  });

  it("finishing one's own line that the other was repeating (review r18)", () => {
    expect(
      interrupters([
        ['Paul', 'It will not get people to read it, you know.'],
        ['Andrew', 'And the always important question in the chat, where can people find more?'],
        ['Paul', 'Got to buy the book.'],
        ['Andrew', 'gotta buy the'],
        ['Paul', "Book. I'm kidding, I'm kidding."],
      ]),
    ).toEqual([]);
    // Repeating someone else's line is no such excuse.
    expect(
      interrupters([
        ['Cy', 'Got to buy the book.'],
        ['Andrew', 'gotta buy the'],
        ['Paul', 'We should drop the report entirely.'],
        ['Andrew', 'That was not the point I was making.'],
      ]),
    ).toEqual(['Paul>Andrew']);
  });

  it('but a takeover the speaker rejects is still an interruption', () => {
    expect(
      interrupters([
        ['Tom', 'The report needs the figure from the --'],
        ['Uma', 'We should drop the report entirely.'],
        ['Tom', 'That was not the point I was making.'],
      ]),
    ).toEqual(['Uma>Tom']);
  });
});

describe('captions: unpunctuated timed cues overlap at every change of speaker', () => {
  const captions: Line[] = [
    ['Tom', 'ok lets look at the numbers for march', 0, 3.6],
    ['Uma', 'sales were up eight percent mostly from the new region', 2.9, 7.4],
    ['Tom', 'that is better than we planned', 6.6, 9.1],
    ['Uma', 'yes and the returns went down as well', 8.3, 11.2],
  ];

  it('overlaps within the caption tolerance are not interruptions', () => {
    expect(interrupters(captions)).toEqual([]);
  });

  it('a long overlap the first speaker stops under is still one', () => {
    expect(
      interrupters([
        ...captions,
        ['Tom', 'and if the returns stay low we can raise the forecast for the second quarter and', 11.5, 19],
        ['Uma', 'no we cannot raise anything until finance signs off', 16.5, 22],
      ]),
    ).toEqual(['Uma>Tom']);
  });
});

describe('a back-channel cue does not hide a takeover', () => {
  it('text: "Yeah." then a new point after a cut-off', () => {
    expect(
      interrupters([
        ['Tom', 'If we move the office in June we save the rent for the --'],
        ['Uma', 'Yeah.'],
        ['Uma', 'Anyway, the move is off, the board said no yesterday.'],
      ]),
    ).toEqual(['Uma>Tom']);
  });

  it('timed: "Yeah." inside the speech, then talking over the rest', () => {
    const r = analyse([
      ['Tom', 'If we move the office in June we save two months of rent and the landlord pays for the', 0, 8],
      ['Uma', 'Yeah.', 5, 5.4],
      ['Uma', 'The board already said no to the move, so it is off.', 6, 11],
    ]);
    expect(r.result.interruptions.events.map((e) => e.basis)).toEqual(['overlap']);
    expect(r.result.interruptions.confident).toBe(1);
  });
});

describe('confidence: text cut-offs are possible, timings and "let me finish" confirm', () => {
  it('a text-only cut-off is a possible interruption (confidence low), counted but named in no finding', () => {
    const r = analyse([
      ['Tom', 'The plan for the launch is to --'],
      ['Uma', 'We are not launching this quarter at all.'],
    ]);
    expect([r.result.interruptions.confident, r.result.interruptions.possible]).toEqual([0, 1]);
    expect(r.result.interruptions.events.map((e) => [e.speakerId, e.confidence])).toEqual([['s2', 'low']]);
    expect(r.findings.filter((f) => f.kind === 'interruption')).toEqual([]);
  });

  it('"Let me finish" after talk-over makes it an interruption the speaker felt', () => {
    const r = analyse([
      ['Tom', 'The reason we want the API first is that three partners are waiting on it every week.', 0, 8],
      ['Uma', 'But the app has more users', 4, 6],
      ['Tom', 'Let me finish, please. Each week costs us money.', 8.3, 12],
    ]);
    expect(r.result.interruptions.events.map((e) => [e.ruleId, e.confidence])).toEqual([
      ['interruption-reclaimed', 'high'],
    ]);
  });
  it('the reclaim is read however it is written: "— let me FINISH", or a capital I with a dot ("İ was not finished")', () => {
    for (const reclaim of ['— let me FINISH, please.', 'İ was not finished.'])
      expect(
        analyse([
          ['Tom', 'The reason we want the API first is that three partners are waiting on it every week.', 0, 8],
          ['Uma', 'But the app has more users', 4, 6],
          ['Tom', reclaim, 8.3, 12],
        ]).result.interruptions.events.map((e) => e.ruleId),
        reclaim,
      ).toEqual(['interruption-reclaimed']);
  });
});
