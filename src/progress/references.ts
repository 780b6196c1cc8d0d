/**
 * Reference lines: norms from research, shown beside a person's numbers with their source and the
 * caveat that each is a norm for a kind of conversation, not a target. Data, one home.
 */
import type { ReferenceLine } from './schema';

export const REFERENCE_LINES: readonly ReferenceLine[] = [
  {
    metric: 'fairShareRatio',
    value: 1,
    label: 'an equal share (1/N of the talk)',
    source:
      'Definition: talk share x N people. Woolley et al. (2010), Science 330: groups where a few dominated the turns did worse.',
    caveat:
      'A norm for a discussion among peers, not a target: chairing, presenting or listening change what a fair share is.',
  },
  {
    metric: 'medianGapMs',
    value: 200,
    label: 'a typical gap between turns (about 200 ms)',
    source: 'Stivers et al. (2009), PNAS 106(26): turn gaps cluster at 0-200 ms across ten languages.',
    caveat: 'Measured in face-to-face two-person talk; video calls add latency and caption cue times are approximate.',
  },
  {
    metric: 'fillersPer100Words',
    value: 6,
    label: 'disfluencies in spontaneous speech (about 6 per 100 words)',
    source: 'Fox Tree (1995), J. Memory and Language 34; Bortfeld et al. (2001), Language and Speech 44(2).',
    caveat: 'Their count includes repairs and repetitions, ours only fillers; many transcription tools delete fillers.',
  },
];

/**
 * The reference line for a metric, if research gives one.
 *
 * @example
 * referenceFor('fairShareRatio')?.value // => 1
 * referenceFor('questions')             // => undefined
 */
export function referenceFor(metric: string): ReferenceLine | undefined {
  return REFERENCE_LINES.find((r) => r.metric === metric);
}
