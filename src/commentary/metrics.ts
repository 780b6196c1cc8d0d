/**
 * The analysis's numbers as named metrics: `turnTaking.speakers.s2.talkShare` -> 0.18.
 * Claude sees these names and values, cites them, and every number it writes is checked
 * against them. Per-utterance lists and evidence are not metrics and are left out.
 */

/** Top-level analysis sections whose numbers are metrics. */
export const METRIC_SECTIONS = ['turnTaking', 'inclusivity', 'sentiment', 'listening'] as const;

/** Keys whose contents are evidence or per-utterance detail, not headline numbers. */
const SKIP_KEYS = new Set([
  'evidence',
  'utteranceIds',
  'utterances',
  'contributions',
  'quotes',
  'pairs',
  'examples',
  'timeline',
  'course',
  'shareOverTime',
  'matrix',
  'events',
  'items',
  'parts',
  'hits',
  'longestTurn',
  // Character offsets of a quote in its utterance (paraphrases, building on): positions, not measurements.
  'start',
  'end',
]);

const MAX_DEPTH = 6;

/**
 * Flattens the numeric leaves of the metric sections. An array of objects that have a `speakerId`, each
 * person once (a table by person), is keyed by it, so that paths name people rather than positions; a list
 * where a person appears more than once (moments, events) is keyed by position, so that no item overwrites
 * another's numbers.
 *
 * @example
 * flattenMetrics({ turnTaking: { gini: 0.31, speakers: [{ speakerId: 's1', talkShare: 0.5 }] } })
 * // => Map { 'turnTaking.gini' => 0.31, 'turnTaking.speakers.s1.talkShare' => 0.5 }
 */
export function flattenMetrics(analysis: Record<string, unknown>): Map<string, number> {
  const out = new Map<string, number>();
  for (const section of METRIC_SECTIONS) walk(analysis[section], section, 0, out);
  return out;
}

/**
 * Adds the numeric leaves under `value` (at `path`) to `out`. A child's path is built only for a number or an
 * object: most leaves are strings (ids, quotes), and listening's one item per back-channel, whose fields are
 * all strings, made a path and an entries array for each (10 MB of garbage at 250k words, no metric).
 */
function walk(value: unknown, path: string, depth: number, out: Map<string, number>): void {
  if (depth > MAX_DEPTH) return;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) out.set(path, value);
    return;
  }
  if (Array.isArray(value)) {
    const bySpeaker = isTableByPerson(value);
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (!isWalked(item)) continue;
      const key = bySpeaker ? speakerIdOf(item)! : String(i);
      walk(item, `${path}.${key}`, depth + 1, out);
    }
    return;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const k in record) {
      if (!Object.hasOwn(record, k) || SKIP_KEYS.has(k)) continue;
      const v = record[k];
      if (isWalked(v)) walk(v, `${path}.${k}`, depth + 1, out);
    }
  }
}

/** Every item of `list` names a person (`speakerId`), each person once. */
function isTableByPerson(list: readonly unknown[]): boolean {
  if (list.length === 0) return false;
  const seen = new Set<string>();
  for (const item of list) {
    const id = speakerIdOf(item);
    if (id === undefined || seen.has(id)) return false;
    seen.add(id);
  }
  return true;
}

function speakerIdOf(item: unknown): string | undefined {
  const id = item !== null && typeof item === 'object' ? (item as { speakerId?: unknown }).speakerId : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** Only numbers and objects (arrays too) can hold a metric. */
function isWalked(value: unknown): boolean {
  return typeof value === 'number' || (value !== null && typeof value === 'object');
}

/**
 * The ways a metric's value may be written in prose: as is, rounded, as a percentage, in seconds
 * or minutes for milliseconds.
 *
 * @example
 * renderings(0.3125, 'turnTaking.speakers.s1.talkShare') // includes 0.31, 31, 31.3
 * renderings(95000, 'turnTaking.speakers.s1.longestTurnMs') // includes 95, 1.6, 2
 */
export function renderings(value: number, path: string): number[] {
  const forms = new Set<number>();
  const add = (v: number) => {
    for (const digits of [0, 1, 2]) forms.add(round(v, digits));
  };
  add(value);
  if (Math.abs(value) <= 1) add(value * 100);
  if (/Ms$/.test(path)) {
    add(value / 1000);
    add(value / 60_000);
  }
  return [...forms];
}

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
