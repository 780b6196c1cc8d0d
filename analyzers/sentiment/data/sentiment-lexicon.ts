/**
 * The sentiment lexicon: word (or phrase) -> valence on VADER's -4..+4 scale.
 *
 * Base: the VADER lexicon (MIT; generated module, see analyzers/sentiment/data/build-lexicon.ts). On top of
 * it, meeting vocabulary VADER lacks or rates for another sense; our additions win over VADER.
 * Rule-level neutralisation ("kill the process") lives in sentiment-rules.ts (DOMAIN_NEUTRAL).
 */
import { withIds, type SentimentRuleEntry } from './sentiment-rules';
import { VADER_EMOTICONS, VADER_MIXED_EMOTICONS, VADER_PHRASES, VADER_WORDS } from './vader-lexicon.generated';

export interface LexiconAddition extends SentimentRuleEntry {
  /** Valence on VADER's scale: -4 (extremely negative) .. +4 (extremely positive). */
  valence: number;
}

const OURS = 'meeting domain (ours), rated by analogy with the VADER word named in the note';

/**
 * Meeting vocabulary. Values are set by analogy with a VADER-rated word of similar strength
 * (named in each note), never fitted to evaluation data.
 */
export const MEETING_LEXICON: readonly LexiconAddition[] = withIds<LexiconAddition>('lexicon', [
  {
    pattern: '(crashed|crashes|crashing)',
    valence: -1.7,
    example: 'The demo crashed.',
    source: OURS,
    note: 'As VADER "crash" (-1.7).',
  },
  {
    pattern: '(slow|slower|sluggish)',
    valence: -1.0,
    example: 'The build is slow.',
    source: OURS,
    note: 'As VADER "stuck" (-1.0).',
  },
  {
    pattern: '(buggy|flaky|unstable)',
    valence: -1.5,
    example: 'The tests are flaky.',
    source: OURS,
    note: 'As VADER "messy" (-1.5).',
  },
  {
    pattern: '(blocker|blockers)',
    valence: -1.1,
    example: 'That is a blocker.',
    source: OURS,
    note: 'As VADER "blocked" (-1.1).',
  },
  {
    pattern: '(outage|outages|regression|regressions)',
    valence: -1.5,
    example: 'We had an outage.',
    source: OURS,
    note: 'As VADER "debt" (-1.5); AFINN-165 rates outage -2 of 5.',
  },
  {
    pattern: '(overdue|delayed)',
    valence: -0.9,
    example: 'The invoice is overdue.',
    source: OURS,
    note: 'As VADER "delayed" (-0.9).',
  },
  {
    pattern: 'behind schedule',
    valence: -1.2,
    example: 'We are behind schedule.',
    source: OURS,
    note: 'As VADER "missed" (-1.2).',
  },
  {
    pattern: 'on track',
    valence: 1.0,
    example: 'We are on track for Friday.',
    source: OURS,
    note: 'As VADER "alright" (+1.0).',
  },
  {
    pattern: 'ahead of schedule',
    valence: 1.5,
    example: 'We are ahead of schedule.',
    source: OURS,
    note: 'As VADER "ready" (+1.5).',
  },
  {
    pattern: 'well done',
    valence: 2.3,
    example: 'Well done, everyone.',
    source: OURS,
    note: 'Praise; as VADER "congrats" (+2.4); "well" alone would be a discourse marker here.',
  },
  {
    pattern: '(looking forward|look forward)',
    valence: 1.5,
    example: 'Looking forward to the demo.',
    source: OURS,
    note: 'As VADER "eager" (+1.5).',
  },
  {
    pattern: "(can't|cannot|cant) wait",
    valence: 2.2,
    example: "Can't wait to see it live.",
    source: OURS,
    note: 'Eagerness, not negation; as VADER "exciting" (+2.2).',
  },
  {
    pattern: 'makes sense',
    valence: 0.8,
    example: 'That makes sense.',
    source: OURS,
    note: 'Mild agreement; as VADER "fine" (+0.8).',
  },
  {
    pattern: '(unblocked|resolved|fixed)',
    valence: 0.8,
    example: 'The bug is fixed.',
    source: OURS,
    note: 'Mild relief; as VADER "fine" (+0.8).',
  },
]);

/**
 * Single-word valences: VADER's, then our single-word additions (ours win).
 *
 * @example
 * WORD_VALENCE.get('great')   // => 3.1 (VADER)
 * WORD_VALENCE.get('crashed') // => -1.7 (ours, as VADER "crash")
 */
export const WORD_VALENCE: ReadonlyMap<string, number> = buildWordValence();

/**
 * Multi-word entries (VADER's "fed up" and ours) as pattern, valence and rule id.
 *
 * @example
 * PHRASE_VALENCE.find((e) => e.pattern === 'fed up')?.valence // => -1.8
 */
export const PHRASE_VALENCE: ReadonlyArray<{ pattern: string; valence: number; id: string }> = [
  ...VADER_PHRASES.map(([pattern, valence]) => ({ pattern, valence, id: `vader:${pattern.replace(/\s+/g, '-')}` })),
  ...MEETING_LEXICON.filter((e) => e.pattern.includes(' ')).map((e) => ({
    pattern: e.pattern,
    valence: e.valence,
    id: e.id,
  })),
];

/**
 * Emoticons as written (`:)`), matched in the punctuation between words.
 *
 * @example
 * EMOTICON_VALENCE.get(':)') // => 2
 */
export const EMOTICON_VALENCE: ReadonlyMap<string, number> = new Map(VADER_EMOTICONS.map(([e, v]) => [e, v]));

/**
 * Emoticons mixing letters and punctuation (`:D`, `<3`), matched against a token's whitespace chunk.
 *
 * @example
 * MIXED_EMOTICON_VALENCE.get(':D') // => 2.3
 */
export const MIXED_EMOTICON_VALENCE: ReadonlyMap<string, number> = new Map(
  VADER_MIXED_EMOTICONS.map(([e, v]) => [e, v]),
);

function buildWordValence(): Map<string, number> {
  const map = new Map<string, number>(VADER_WORDS.map(([w, v]) => [w, v]));
  for (const entry of MEETING_LEXICON) {
    if (entry.pattern.includes(' ')) continue;
    const words = entry.pattern.startsWith('(') ? entry.pattern.slice(1, -1).split('|') : [entry.pattern];
    for (const w of words) map.set(w, entry.valence);
  }
  return map;
}
