import { describe, expect, it } from 'vitest';
import { addressName } from '../../../analyzers/nlp/names';

describe('addressName', () => {
  it('skips titles and label prefixes, and gives none for the chair', () => {
    expect(addressName('Mr. Brad Redekopp')).toBe('brad');
    expect(addressName('Right Hon. Justin Trudeau')).toBe('justin');
    expect(addressName('Priya Shah')).toBe('priya');
    expect(addressName('The Acting Chair (Mr. Bruce Stanton)')).toBeNull();
    expect(addressName('The Chair')).toBeNull();
  });
});
