import { describe, expect, it } from 'vitest';
import { splitSpeakerPrefix } from '../../src/parse/speaker-prefix';

describe('splitSpeakerPrefix', () => {
  it.each([
    ['Zoë Adams: Thanks, everyone.', { speaker: 'Zoë Adams', text: 'Thanks, everyone.' }],
    ['Ana:\t\u00a0 spaced out \t', { speaker: 'Ana', text: 'spaced out' }],
    ['Ben: ', { speaker: 'Ben', text: '' }],
  ])('%j names a speaker and the text after the label, trimmed', (line, found) => {
    expect(splitSpeakerPrefix(line)).toEqual(found);
  });

  it.each(['Note: this is not a speaker', 'We start at 10:30 sharp', 'Ana:no space'])('%j names nobody', (line) => {
    expect(splitSpeakerPrefix(line)).toBeNull();
  });
});
