/**
 * Where in the meeting something happened: by the clock when the transcript has timings, by the
 * number of words spoken so far otherwise. The timeline and the tone chart share this axis.
 */
import { formatClock, formatCount } from '../format';
import type { ReportModel, UtteranceView } from './report-model';

export interface MeetingAxis {
  kind: 'time' | 'words';
  /** Position of the first utterance and end of the last, in ms or words. */
  start: number;
  end: number;
  startOf(u: UtteranceView): number;
  endOf(u: UtteranceView): number;
  /** A tick label for a position (`12:30`, or `5,000` words). */
  tickLabel(value: number): string;
  /** A nice tick step for a stretch of `length` units, about `count` ticks. */
  tickStep(length: number, count: number): number;
}

const MINUTE = 60_000;
const TIME_STEPS = [1 / 6, 1 / 4, 1 / 2, 1, 2, 5, 10, 15, 20, 30, 60].map((m) => m * MINUTE);
const WORD_STEPS = [50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000, 50_000];

/**
 * @example
 * const axis = meetingAxis(model);
 * axis.kind // => 'time' for a VTT file, 'words' for a plain-text transcript
 */
export function meetingAxis(model: ReportModel): MeetingAxis {
  const timed = model.hasTimings && model.utterances.every((u) => u.startMs !== null);
  if (timed) {
    const startOf = (u: UtteranceView) => u.startMs!;
    const endOf = (u: UtteranceView) => Math.max(u.startMs!, u.endMs ?? u.startMs!);
    const start = model.utterances.reduce((min, u) => Math.min(min, startOf(u)), Number.POSITIVE_INFINITY);
    const end = model.utterances.reduce((max, u) => Math.max(max, endOf(u)), start + 1);
    return {
      kind: 'time',
      start,
      end,
      startOf,
      endOf,
      // Every label of a meeting longer than an hour shows hours ("0:00:00" next to "1:00:00").
      tickLabel: (v) => formatClock(v, end - start >= 60 * MINUTE),
      tickStep: (length, count) =>
        TIME_STEPS.find((s) => length / s <= count) ?? 60 * MINUTE * Math.ceil(length / (60 * MINUTE * count)),
    };
  }
  const last = model.utterances[model.utterances.length - 1];
  return {
    kind: 'words',
    start: 0,
    end: Math.max(1, last ? last.wordOffset + last.words : 1),
    startOf: (u) => u.wordOffset,
    endOf: (u) => u.wordOffset + u.words,
    tickLabel: (v) => formatCount(v),
    tickStep: (length, count) =>
      WORD_STEPS.find((s) => length / s <= count) ?? 100_000 * Math.ceil(length / (100_000 * count)),
  };
}
