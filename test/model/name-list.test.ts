/**
 * listNames: the one way names are joined in a sentence (notes, the commentary, the PDF's coaching page).
 */
import { describe, expect, it } from 'vitest';
import { listNames } from '../../src/model/name-list';

describe('listNames', () => {
  it('joins names with commas and a final "and"', () => {
    expect(listNames([])).toBe('');
    expect(listNames(['Bea'])).toBe('Bea');
    expect(listNames(['Bea', 'Farid'])).toBe('Bea and Farid');
    expect(listNames(['Bea', 'Farid', 'Gus'])).toBe('Bea, Farid and Gus');
  });
});
