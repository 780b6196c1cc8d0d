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
  for (const section of METRIC_SECTIONS) walk(analysis[section], section, 0, out, null);
  return out;
}

/**
 * The value `flattenMetrics(analysis).get(path)` gives, found by walking only the branches whose path leads to
 * `path` (in the same order, so a repeated path gives the same, last, value). Verification asks about the few
 * metrics the rules cite; flattening the whole analysis for them was 8 ms at 250k words.
 *
 * @example
 * metricAt({ turnTaking: { gini: 0.31, speakers: [{ speakerId: 's1', talkShare: 0.5 }] } }, 'turnTaking.speakers.s1.talkShare') // => 0.5
 * metricAt({ turnTaking: { gini: 0.31 } }, 'turnTaking.speakers.s1.talkShare') // => undefined
 */
export function metricAt(analysis: Record<string, unknown>, path: string): number | undefined {
  const out = new Map<string, number>();
  for (const section of METRIC_SECTIONS) if (leadsTo(path, '', section)) walk(analysis[section], section, 0, out, path);
  return out.get(path);
}

/** What verification asks of the metrics: `flattenMetrics`'s map, or `metricLookup`'s view. */
export type MetricLookup = Pick<ReadonlyMap<string, number>, 'get' | 'has'>;

/**
 * The answers `flattenMetrics(analysis)` gives, each looked up when asked (`metricAt`): for a caller that asks
 * about a few metrics, as the verification of the rules' commentary does.
 *
 * @example
 * metricLookup({ turnTaking: { gini: 0.31 } }).has('turnTaking.gini') // => true
 */
export function metricLookup(analysis: Record<string, unknown>): MetricLookup {
  return { get: (path) => metricAt(analysis, path), has: (path) => metricAt(analysis, path) !== undefined };
}

/**
 * Adds the numeric leaves under `value` (at `path`) to `out`; with `only`, just the branches that lead to that
 * path. A child's path is built only for a number or an object: most leaves are strings (ids, quotes), and
 * listening's one item per back-channel, whose fields are all strings, made a path and an entries array for each
 * (10 MB of garbage at 250k words, no metric).
 */
function walk(value: unknown, path: string, depth: number, out: Map<string, number>, only: string | null): void {
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
      if (only === null || leadsTo(only, path, key)) walk(item, `${path}.${key}`, depth + 1, out, only);
    }
    return;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const k in record) {
      if (!Object.hasOwn(record, k) || SKIP_KEYS.has(k)) continue;
      const v = record[k];
      if (isWalked(v) && (only === null || leadsTo(only, path, k))) walk(v, `${path}.${k}`, depth + 1, out, only);
    }
  }
}

/**
 * Whether `target` is the child path `path.key` or lies under it, given that it lies under `path` (every path
 * it is asked about does, or is a section: `path` empty). Read in place: no child path is built to compare.
 */
function leadsTo(target: string, path: string, key: string): boolean {
  const at = path === '' ? 0 : path.length + 1;
  if (at > 0 && target.charCodeAt(path.length) !== DOT) return false;
  const end = at + key.length;
  return target.startsWith(key, at) && (target.length === end || target.charCodeAt(end) === DOT);
}
const DOT = 46;

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
