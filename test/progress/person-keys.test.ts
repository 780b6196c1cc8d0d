/**
 * Person keys across meetings: the variants one person's name takes in different exports.
 */
import { describe, expect, it } from 'vitest';
import { givenNameFirst as nameParts } from '../../src/model/person-keys';
import { meetingPersonKey } from '../../src/progress/person-keys';

describe('meetingPersonKey', () => {
  it('gives one key to the ways exports write one name', () => {
    const variants = [
      'Maria Elena Lopez',
      'MARIA ELENA LOPEZ',
      'María Elena López',
      'Lopez, Maria Elena',
      'López, María Elena',
      'Dr. Maria Elena Lopez',
      'Maria Elena Lopez (Host)',
      'Maria Elena Lopez, Host',
      '  maria  elena lopez: ',
    ];
    for (const v of variants) expect(meetingPersonKey(v), v).toBe('maria elena lopez');
  });

  it('drops honorifics on either side of the comma', () => {
    expect(meetingPersonKey('Okafor, Dr. Ben')).toBe('ben okafor');
    expect(meetingPersonKey('Dr. Ben Okafor')).toBe('ben okafor');
  });

  it('keeps the within-file rules: role parentheticals and post-nominals', () => {
    expect(meetingPersonKey('The Acting Chair (Mr. Bruce Stanton (Simcoe North, CPC))')).toBe('bruce stanton');
    expect(meetingPersonKey('Suzy Davies AM')).toBe('suzy davies');
  });

  it('gives no key to diarisation placeholders and the unattributed bucket', () => {
    for (const label of ['SPEAKER_01', 'Speaker 2', 'spk_0', 'Unknown speaker', 'Speaker A', '??'])
      expect(meetingPersonKey(label), label).toBeNull();
  });

  it('does not invert commas that are not a surname-first name', () => {
    expect(nameParts('Bruce Stanton (Simcoe North, CPC)')).toEqual(['Bruce Stanton (Simcoe North, CPC)']);
    expect(nameParts('Ana, Ben, Chen')).toEqual(['Ana, Ben, Chen']);
    expect(nameParts('Product team 2, room 4')).toEqual(['Product team 2, room 4']);
  });

  it('keeps first-name-only labels as what they are', () => {
    expect(meetingPersonKey('maria')).toBe('maria');
  });
});

describe('the same keys within one file', () => {
  it('merges "Surname, Given" with "Given Surname" and matches invitees written either way', async () => {
    const { makeTranscript } = await import('../helpers/make-transcript');
    const { runAnalyzers } = await import('../../analyzers/index');
    const t = makeTranscript([
      ['Lopez, Maria', 'Shall we start?'],
      ['Ben Okafor', 'Yes.'],
      ['Maria Lopez', 'Good.'],
    ]);
    expect(t.speakers.map((s) => [s.name, s.aliases])).toEqual([
      ['Lopez, Maria', ['Maria Lopez']],
      ['Ben Okafor', []],
    ]);
    const m = runAnalyzers(t, { attendees: ['Okafor, Ben', 'López, María', 'Chen Wei'] });
    expect(m.turnTaking.attendees.matched.map((a) => a.speakerId)).toEqual(['s2', 's1']);
    expect(m.turnTaking.attendees.silent).toEqual([{ name: 'Chen Wei' }]);
  });
});
