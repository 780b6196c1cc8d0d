/**
 * Given and received per person (invitations and credit), and the natural order of ids in the interruption
 * table: what a coach reads in the per-person tables.
 */
import { describe, expect, it } from 'vitest';
import { interruptionBalance } from '../../../analyzers/inclusivity/interruptions';
import { givenAndReceived } from '../../../analyzers/inclusivity/tally';

describe('givenAndReceived', () => {
  it('counts per person in the order they first spoke, with zeros for people who gave and got nothing', () => {
    // s2 speaks first; s3 never gives or receives; the item to nobody counts as given only.
    const speakerOf = ['s2', 's1', 's2', 's3', 's1'];
    const items = [
      { speakerId: 's1', toSpeakerId: 's2' },
      { speakerId: 's1', toSpeakerId: 's2' },
      { speakerId: 's2', toSpeakerId: null },
      { speakerId: 's2', toSpeakerId: 's1' },
    ];
    expect(givenAndReceived(speakerOf, items)).toEqual([
      { speakerId: 's2', given: 2, received: 2 },
      { speakerId: 's1', given: 2, received: 1 },
      { speakerId: 's3', given: 0, received: 0 },
    ]);
  });

  it('gives everyone zeros when there are no items', () => {
    expect(givenAndReceived(['s1', 's1'], [])).toEqual([{ speakerId: 's1', given: 0, received: 0 }]);
  });
});

describe('interruptionBalance', () => {
  it('breaks ties by id in natural order: s2 before s10, as a reader counts', () => {
    const speakers = ['s10', 's2', 's1'].map((speakerId) => ({
      speakerId,
      talkShare: 1 / 3,
      interruptionsMade: 0,
      interruptionsReceived: 0,
    }));
    expect(interruptionBalance({ basis: 'words', speakers }).map((s) => s.speakerId)).toEqual(['s1', 's2', 's10']);
  });
});
