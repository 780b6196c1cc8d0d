/**
 * Cues that are only a sound label, in any language (issue 13, item 5), against
 * fixtures/webvtt/festival-sound-labels.vtt (written by us): 12 cues, 6 of them a lone bracketed or
 * parenthesised label ((Musiikki), [Musik], (música), [音楽], [Applause], [Ovación]), 5 spoken by
 * Aino Järvinen (2), Jürgen Weiß, Lucía Gómez, 高橋 美咲, one of them opening with (Risas).
 */
import { describe, expect, it } from 'vitest';
import festivalB64 from '../../fixtures/webvtt/festival-sound-labels.vtt?base64';
import { extractEvents } from '../../src/parse/events';
import { ingest } from '../../src/parse/index';
import { bytesOf } from '../helpers/parse-kit';

describe('sound labels in any language', () => {
  const t = ingest(bytesOf(festivalB64));

  it('makes every lone label an event, and no label a word or a speaker', () => {
    expect(t.utterances).toHaveLength(5);
    expect(t.speakers.map((s) => s.name)).toEqual(['Aino Järvinen', 'Jürgen Weiß', 'Lucía Gómez', '高橋 美咲']);
    expect(t.events.filter((e) => e.position === 'alone').map((e) => [e.label, e.kind])).toEqual([
      ['(Musiikki)', 'music'],
      ['[Musik]', 'music'],
      ['(música)', 'music'],
      ['[音楽]', 'music'],
      ['[Applause]', 'applause'],
      ['[Ovación]', 'other'],
    ]);
  });

  it('uses the word list as a hint inside speech', () => {
    expect(t.utterances[4]!.text).toBe('That was the loudest one yet.');
    expect(t.events.find((e) => e.label === '(Risas)')).toMatchObject({ kind: 'laughter', position: 'start' });
  });

  it('keeps short bracketed words inside speech as words', () => {
    expect(extractEvents('we keep the (MT) baseline').text).toBe('we keep the (MT) baseline');
    expect(extractEvents('the (data) release').events).toEqual([]);
    expect(extractEvents('[Applause 2]').events).toEqual([]);
  });
});
