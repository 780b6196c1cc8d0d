import { describe, expect, it } from 'vitest';
import { prepare } from '../../../analyzers/nlp/prepare';
import { analyzeTurnTaking } from '../../../analyzers/turn-taking/index';
import { matchAttendees } from '../../../analyzers/turn-taking/attendees';
import { gini, normalizedEntropy } from '../../../analyzers/turn-taking/equality';
import { makeTranscript } from '../../helpers/make-transcript';

const words = (n: number) => Array.from({ length: n }, () => 'plan').join(' ');

describe('gini and normalizedEntropy', () => {
  it('computes the Gini coefficient by its definition', () => {
    expect(gini([5, 5, 5])).toBe(0);
    // [0, 0, 0, 4]: pairwise |differences| 4 * 3 = 12, twice = 24; 24 / (2 * 16 * 1) = 0.75.
    expect(gini([0, 0, 0, 4])).toBeCloseTo(0.75, 10);
    // [1, 3]: |1 - 3| twice = 4; 4 / (2 * 4 * 2) = 0.25.
    expect(gini([1, 3])).toBeCloseTo(0.25, 10);
    expect(gini([7])).toBe(0);
    expect(gini([0, 0])).toBe(0);
  });

  it('normalises entropy by ln(n)', () => {
    expect(normalizedEntropy([5, 5])).toBeCloseTo(1, 10);
    expect(normalizedEntropy([10, 0])).toBe(0);
    expect(normalizedEntropy([4])).toBeNull();
  });
});

describe('attendees: silent invitees count as zeros', () => {
  // Ana speaks 15 + 15 words in two turns, Ben 10 in one.
  const transcript = makeTranscript([
    ['Ana', words(15)],
    ['Ben', words(10)],
    ['Ana', words(15)],
  ]);

  it('without an attendee list, only the speakers count', () => {
    const { result } = analyzeTurnTaking(prepare(transcript));
    // Words [30, 10]: |30 - 10| twice = 40; 40 / (2 * 4 * 20) = 0.25.
    expect(result.gini).toBeCloseTo(0.25, 4);
    // Floor turns [2, 1]: H = -(2/3 ln 2/3 + 1/3 ln 1/3) = 0.6365; / ln 2 = 0.9183.
    expect(result.turnEntropy).toBeCloseTo(0.636514 / Math.log(2), 4);
    expect(result.participantsCounted).toBe(2);
  });

  it('a silent invitee raises the Gini and lowers the entropy', () => {
    const { result } = analyzeTurnTaking(prepare(transcript), { attendees: ['ana', 'Ben', 'Chen Wei'] });
    // Words [30, 10, 0]: pairwise 20 + 30 + 10 = 60, twice = 120; 120 / (2 * 9 * 40/3) = 0.5.
    expect(result.gini).toBeCloseTo(0.5, 4);
    expect(result.giniMax).toBeCloseTo(2 / 3, 4);
    // Turns [2, 1, 0]: the same H = 0.6365, now / ln 3 = 0.5794.
    expect(result.turnEntropy).toBeCloseTo(0.636514 / Math.log(3), 4);
    expect(result.participantsCounted).toBe(3);
    expect(result.attendees).toEqual({
      matched: [
        { name: 'ana', speakerId: 's1' },
        { name: 'Ben', speakerId: 's2' },
      ],
      silent: [{ name: 'Chen Wei' }],
      unresolved: [],
    });
  });
});

describe('matchAttendees', () => {
  const t = makeTranscript([
    ['Ana', 'hello'],
    ['Ben Okafor', 'hi'],
    ['Zoë Martin', 'hey'],
  ]);

  it('matches by person key and by a unique first name', () => {
    const m = matchAttendees(['Ana Lima', 'Dr. Ben Okafor', 'ZOE MARTIN', 'Ben', 'Chen Wei', 'chen wei'], t.speakers);
    expect(m.matched).toEqual([
      { name: 'Ana Lima', speakerId: 's1' }, // "Ana" spoke: first name only on the transcript side
      { name: 'Dr. Ben Okafor', speakerId: 's2' }, // title dropped
      { name: 'ZOE MARTIN', speakerId: 's3' }, // case and accent ignored
      { name: 'Ben', speakerId: 's2' }, // first name only on the attendee side
    ]);
    expect(m.silent).toEqual([{ name: 'Chen Wei' }]); // listed twice, counted once
  });

  it('does not guess when speakers are anonymous', () => {
    const anon = makeTranscript([
      ['Speaker 1', 'hello'],
      ['Speaker 2', 'hi'],
    ]);
    const { result } = analyzeTurnTaking(prepare(anon), { attendees: ['Ana', 'Ben', 'Chen'] });
    expect(result.attendees.unresolved.map((a) => a.name)).toEqual(['Ana', 'Ben', 'Chen']);
    expect(result.participantsCounted).toBe(2);
    expect(result.notes.some((n) => /anonymous/.test(n))).toBe(true);
  });
});

describe('unattributed speech is no participant (issue 11)', () => {
  it('leaves "Unknown speaker" out of the Gini, the entropy and the people counted', () => {
    // Ana 10 words, Ben 10 words, unattributed cues 30 words: between the two people talk is equal.
    const t = makeTranscript([
      ['Ana', words(10)],
      ['', words(30)],
      ['Ben', words(10)],
    ]);
    const { result } = analyzeTurnTaking(prepare(t));
    expect(result.participantsCounted).toBe(2);
    expect(result.gini).toBe(0);
    expect(result.turnEntropy).toBe(1);
    expect(result.giniMax).toBe(0.5);
  });

  it('does not call an invitee silent when unattributed cues may be theirs', () => {
    // Cy is on the list but the 30 unattributed words may be Cy's: unresolved, not a silent zero.
    const t = makeTranscript([
      ['Ana', words(10)],
      ['', words(30)],
      ['Ben', words(10)],
    ]);
    const { result } = analyzeTurnTaking(prepare(t), { attendees: ['Ana', 'Ben', 'Cy'] });
    expect(result.attendees.unresolved).toEqual([{ name: 'Cy' }]);
    expect(result.participantsCounted).toBe(2);
  });
});
