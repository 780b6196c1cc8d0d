/**
 * Readers for the human-labelled sentiment sets in ../shared/corpus/sentiment (evaluation only;
 * the files are never copied into the repository).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Polarity = 'positive' | 'neutral' | 'negative';

export interface RatedSentence {
  id: number;
  /** Mean human rating on -4..+4 (VADER ground truth). */
  rating: number;
  text: string;
}

export interface LabelledSentence {
  text: string;
  label: Polarity;
}

export const VADER_SETS = [
  { name: 'VADER tweets', key: 'vaderTweets', file: 'vader/tweets_GroundTruth.txt' },
  { name: 'VADER movie reviews', key: 'vaderMovies', file: 'vader/movieReviewSnippets_GroundTruth.txt' },
] as const;
export const MELD_DEV = 'meld/dev_sent_emo.csv';
export const EMORYNLP_DEV = 'meld/emorynlp_dev_final.csv';

/**
 * Reads a VADER ground-truth file: `id TAB mean rating TAB text` per line.
 *
 * @example
 * readVaderGroundTruth('/corpus/sentiment/vader/tweets_GroundTruth.txt')[0]
 * // => { id: 1, rating: 2.726315789, text: 'Somehow I was blessed ...' }
 */
export function readVaderGroundTruth(path: string): RatedSentence[] {
  const out: RatedSentence[] = [];
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const [id, rating, ...rest] = line.split('\t');
    if (!id || rating === undefined || rest.length === 0) continue;
    out.push({ id: Number(id), rating: Number(rating), text: rest.join('\t') });
  }
  return out;
}

/**
 * Reads MELD's dev split: the `Utterance` and `Sentiment` columns.
 *
 * @example
 * readMeld('/corpus/sentiment/meld/dev_sent_emo.csv')[3] // => { text: 'You’re a genius!', label: 'positive' }
 */
export function readMeld(path: string): LabelledSentence[] {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  const text = header?.indexOf('Utterance') ?? -1;
  const label = header?.indexOf('Sentiment') ?? -1;
  return rows
    .filter((r) => r.length > Math.max(text, label))
    .map((r) => ({ text: r[text]!, label: r[label] as Polarity }));
}

/**
 * EmoryNLP's seven emotions mapped to three polarities with the grouping of the EmoryNLP paper's
 * feeling wheel (Zahiri & Choi 2018): Joyful, Peaceful, Powerful -> positive; Scared, Mad, Sad ->
 * negative; Neutral -> neutral.
 */
const EMORY_POLARITY: Record<string, Polarity> = {
  Joyful: 'positive',
  Peaceful: 'positive',
  Powerful: 'positive',
  Scared: 'negative',
  Mad: 'negative',
  Sad: 'negative',
  Neutral: 'neutral',
};

/**
 * Reads EmoryNLP's dev split (Friends, like MELD but other scenes and annotators) as polarities.
 * Used only to choose the 3-class thresholds, so that MELD's labels stay unseen.
 *
 * @example
 * readEmoryNlp('/corpus/sentiment/meld/emorynlp_dev_final.csv')[0] // => { text: 'Coffee.', label: 'neutral' }
 */
export function readEmoryNlp(path: string): LabelledSentence[] {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  const text = header?.indexOf('Utterance') ?? -1;
  const emotion = header?.indexOf('Emotion') ?? -1;
  return rows.flatMap((r) => {
    const label = EMORY_POLARITY[r[emotion] ?? ''];
    return label && r[text] !== undefined ? [{ text: r[text], label }] : [];
  });
}

/**
 * Minimal RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks.
 *
 * @example
 * parseCsv('a,"b, ""c"""\r\n1,2') // => [['a', 'b, "c"'], ['1', '2']]
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * True when every file the sentiment evaluation reads is present.
 *
 * @example
 * sentimentCorpusPresent('/work/shared/corpus/sentiment') // => true on the project machines
 */
export function sentimentCorpusPresent(sentimentDir: string): boolean {
  return [...VADER_SETS.map((s) => s.file), MELD_DEV, EMORYNLP_DEV].every((f) => existsSync(join(sentimentDir, f)));
}
