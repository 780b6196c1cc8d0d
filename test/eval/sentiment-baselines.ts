/**
 * The two reference scorers the tone analyser is compared with, loaded for evaluation only
 * (they must never reach analyzers/ or the Worker bundle):
 * - vader-sentiment: the JavaScript port of VADER, its `compound` score;
 * - natural's AFINN SentimentAnalyzer with the Porter stemmer and natural's WordTokenizer, as its
 *   README shows it (imported file by file: natural's index loads databases and prints a dotenv line).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface VaderModule {
  SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
}
type NaturalAnalyzer = new (
  language: string,
  stemmer: unknown,
  vocabulary: string,
) => { getSentiment(words: string[]): number };
type NaturalTokenizer = new () => { tokenize(text: string): string[] };

let vader: VaderModule | null = null;
let afinn: { analyzer: InstanceType<NaturalAnalyzer>; tokenizer: InstanceType<NaturalTokenizer> } | null = null;

/**
 * VADER's compound score in [-1, 1].
 *
 * @example
 * vaderCompound('not bad at all!') // => 0.484
 */
export function vaderCompound(text: string): number {
  vader ??=
    (require('vader-sentiment') as { default?: VaderModule } & VaderModule).default ??
    (require('vader-sentiment') as VaderModule);
  return vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;
}

/**
 * natural's AFINN score: the sum of AFINN-165 valences (-5..5, negation flips the rest of the
 * text) divided by the number of tokens. 0 for text without tokens (natural itself returns NaN).
 *
 * @example
 * naturalAfinn('not bad') // => 1.5 ((-3 x -1) / 2 tokens)
 */
export function naturalAfinn(text: string): number {
  if (!afinn) {
    const SentimentAnalyzer = require('natural/lib/natural/sentiment/SentimentAnalyzer') as NaturalAnalyzer;
    const stemmer = require('natural/lib/natural/stemmers/porter_stemmer') as unknown;
    const { WordTokenizer } = require('natural/lib/natural/tokenizers/regexp_tokenizer') as {
      WordTokenizer: NaturalTokenizer;
    };
    afinn = { analyzer: new SentimentAnalyzer('English', stemmer, 'afinn'), tokenizer: new WordTokenizer() };
  }
  const words = afinn.tokenizer.tokenize(text);
  if (words.length === 0) return 0;
  const score = afinn.analyzer.getSentiment(words);
  return Number.isFinite(score) ? score : 0;
}
