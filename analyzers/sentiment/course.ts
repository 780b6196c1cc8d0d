/**
 * The course of the tone over the meeting: the meeting is cut into equal parts (tenths) of time
 * when timings are real, else of words, and each utterance belongs to the part where it starts
 * (its start time, or the position of its first word).
 */
import type { PreparedTranscript } from '../nlp/prepare';
import type { CoursePart } from './schema';
import { mean, round } from './stats';

export interface Course {
  basis: 'time' | 'words';
  parts: CoursePart[];
  /** Part index (0-based) of every utterance, in transcript order. */
  partOf: number[];
}

/**
 * @example
 * // Untimed, four one-word utterances scored [0.5, 0, -0.5, 0] cut in 2 parts:
 * course(p, [0.5, 0, -0.5, 0], 2).parts.map((x) => x.mean) // => [0.25, -0.25]
 */
export function course(p: PreparedTranscript, scores: readonly number[], parts: number): Course {
  const { transcript } = p;
  const utterances = transcript.utterances;
  const timed =
    transcript.hasTimings && utterances.length > 0 && utterances.every((u) => u.startMs !== null && u.endMs !== null);
  const partOf: number[] = [];
  let spans: Array<Pick<CoursePart, 'startMs' | 'endMs' | 'startWord' | 'endWord'>>;

  let t0 = 0;
  let t1 = 0;
  // Indexed loops here and below: these run over every utterance, and a cold process (the command line)
  // runs them before they are optimised, when each step of a for-of allocates.
  if (timed) {
    t0 = utterances[0]!.startMs!;
    t1 = t0;
    for (let i = 0; i < utterances.length; i++) t1 = Math.max(t1, utterances[i]!.endMs!);
  }
  if (timed && t1 > t0) {
    const width = (t1 - t0) / parts;
    for (let i = 0; i < utterances.length; i++)
      partOf.push(Math.min(parts - 1, Math.floor((utterances[i]!.startMs! - t0) / width)));
    spans = Array.from({ length: parts }, (_, k) => ({
      startMs: Math.round(t0 + k * width),
      endMs: Math.round(t0 + (k + 1) * width),
      startWord: null,
      endWord: null,
    }));
  } else {
    const total = p.tokens.reduce((n, t) => n + t.length, 0);
    const width = total / parts;
    let position = 0;
    for (let i = 0; i < p.tokens.length; i++) {
      partOf.push(width > 0 ? Math.min(parts - 1, Math.floor(position / width)) : 0);
      position += p.tokens[i]!.length;
    }
    spans = Array.from({ length: parts }, (_, k) => ({
      startMs: null,
      endMs: null,
      startWord: Math.round(k * width),
      endWord: Math.round((k + 1) * width),
    }));
  }

  const members = Array.from({ length: parts }, () => [] as number[]);
  for (let i = 0; i < partOf.length; i++) members[partOf[i]!]!.push(i);
  return {
    basis: timed && t1 > t0 ? 'time' : 'words',
    partOf,
    parts: spans.map((span, k) => ({
      index: k + 1,
      ...span,
      mean: members[k]!.length === 0 ? null : round(mean(members[k]!.map((i) => scores[i]!))),
      utteranceIds: members[k]!.map((i) => utterances[i]!.id),
    })),
  };
}

/**
 * Every speaker's mean score per part (null where they said nothing), in one pass.
 *
 * @example
 * speakerCourses([0, 0, 1], ['s1', 's2', 's1'], [0.4, 0.9, -0.2], 2).get('s1') // => [0.4, -0.2]
 */
export function speakerCourses(
  partOf: readonly number[],
  speakerIds: readonly string[],
  scores: readonly number[],
  parts: number,
): Map<string, Array<number | null>> {
  const acc = new Map<string, { sums: number[]; counts: number[] }>();
  for (let i = 0; i < partOf.length; i++) {
    const k = partOf[i]!;
    const id = speakerIds[i]!;
    let a = acc.get(id);
    if (!a) acc.set(id, (a = { sums: new Array<number>(parts).fill(0), counts: new Array<number>(parts).fill(0) }));
    a.sums[k]! += scores[i]!;
    a.counts[k]!++;
  }
  const out = new Map<string, Array<number | null>>();
  for (const [id, a] of acc)
    out.set(
      id,
      a.sums.map((s, k) => (a.counts[k] === 0 ? null : round(s / a.counts[k]!))),
    );
  return out;
}
