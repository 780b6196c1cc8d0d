/**
 * The generated VADER module matches the lexicon in the vader-sentiment package it is built from.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { splitLexicon } from '../../../analyzers/sentiment/data/build-lexicon';
import {
  VADER_EMOTICONS,
  VADER_MIXED_EMOTICONS,
  VADER_PHRASES,
  VADER_WORDS,
} from '../../../analyzers/sentiment/data/vader-lexicon.generated';

const lexiconPath = createRequire(import.meta.url).resolve('vader-sentiment/vader_lexicon.txt');

describe('analyzers/sentiment/data/vader-lexicon.generated.ts', () => {
  it('is in sync with vader-sentiment/vader_lexicon.txt (run `npm run generate` if not)', () => {
    const split = splitLexicon(readFileSync(lexiconPath, 'utf8'));
    expect(VADER_WORDS).toEqual(split.words);
    expect(VADER_PHRASES).toEqual(split.phrases);
    expect(VADER_EMOTICONS).toEqual(split.emoticons);
    expect(VADER_MIXED_EMOTICONS).toEqual(split.mixedEmoticons);
  });
});
