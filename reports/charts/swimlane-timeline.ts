/**
 * Who spoke when: one lane per person, a bar per utterance, interruptions marked with ▼ on the
 * lane of the person who cut in. Long meetings are cut into stacked strips (an hour, or 10,000
 * words, each) so a four-hour meeting stays legible; more than 16 people share an "others" lane.
 */
import type { Canvas } from '../layout/canvas';
import type { Area, Flow } from '../layout/flow';
import { COLORS, speakerColor, TYPE } from '../layout/theme';
import type { MeetingAxis } from '../model/meeting-axis';
import type { ReportModel } from '../model/report-model';
import { label, labelColumnWidth } from './chart-kit';

/**
 * Lanes drawn one per person; beyond this the quietest share the last lane.
 *
 * @example
 * timelineLanes(twentyPeople).length === MAX_LANES // => true
 */
export const MAX_LANES = 16;
const STRIP_MS = 60 * 60_000;
const STRIP_WORDS = 10_000;
const AXIS_HEIGHT = 12;
const STRIP_GAP = 10;

interface Lane {
  label: string;
  colorIndex: number;
  speakerIds: ReadonlySet<string>;
}

/**
 * Groups people into lanes: the first MAX_LANES - 1 by talk share, then everyone else together.
 *
 * @example
 * timelineLanes(model.people).length // => min(people, 16)
 */
export function timelineLanes(people: ReportModel['people']): Lane[] {
  if (people.length <= MAX_LANES)
    return people.map((p) => ({ label: p.label, colorIndex: p.index, speakerIds: new Set([p.id]) }));
  const shown = people.slice(0, MAX_LANES - 1);
  const rest = people.slice(MAX_LANES - 1);
  return [
    ...shown.map((p) => ({ label: p.label, colorIndex: p.index, speakerIds: new Set([p.id]) })),
    { label: `Others (${rest.length} people)`, colorIndex: -1, speakerIds: new Set(rest.map((p) => p.id)) },
  ];
}

/**
 * The stretches of the meeting drawn as separate strips, each [from, to) on the axis.
 *
 * @example
 * timelineStrips({ kind: 'time', start: 0, end: 4 * 3_600_000 }) // => four one-hour strips
 */
export function timelineStrips(axis: Pick<MeetingAxis, 'kind' | 'start' | 'end'>): Array<{ from: number; to: number }> {
  const length = axis.end - axis.start;
  const unit = axis.kind === 'time' ? STRIP_MS : STRIP_WORDS;
  // Up to 1.4 units stays one strip: an 80-minute meeting reads better whole than as 60 + 20.
  if (length <= unit * 1.4) return [{ from: axis.start, to: axis.end }];
  // A remainder under a tenth of a strip joins the last strip instead of making a near-empty one.
  const count = Math.max(1, Math.ceil(length / unit - 0.1));
  return Array.from({ length: count }, (_, i) => ({
    from: axis.start + i * unit,
    to: i === count - 1 ? axis.end : axis.start + (i + 1) * unit,
  }));
}

/**
 * @example
 * drawSwimlaneTimeline(flow, model, meetingAxis(model));
 */
export function drawSwimlaneTimeline(flow: Flow, model: ReportModel, axis: MeetingAxis): void {
  if (model.utterances.length === 0) return;
  const lanes = timelineLanes(model.people);
  const laneOf = new Map<string, number>();
  lanes.forEach((lane, i) => lane.speakerIds.forEach((id) => laneOf.set(id, i)));
  const strips = timelineStrips(axis);
  // All strips share one scale, so the last, shorter strip is drawn shorter, not stretched.
  const scaleLength = Math.max(...strips.map((s) => s.to - s.from));
  const laneHeight = lanes.length > 10 ? 9 : 13;
  const labelStyle = { font: flow.fonts.regular, size: lanes.length > 10 ? TYPE.tiny : TYPE.small };
  const labelWidth = labelColumnWidth(
    lanes.map((l) => l.label),
    labelStyle,
    60,
    130,
  );
  const stripHeight = lanes.length * laneHeight + AXIS_HEIGHT + (strips.length > 1 ? 12 : 0) + STRIP_GAP;
  const small = { font: flow.fonts.regular, size: TYPE.tiny, color: COLORS.muted };

  const how =
    axis.kind === 'time'
      ? 'Each bar is an utterance, placed by its time.'
      : 'Each bar is an utterance, in turn order, as wide as its words.';
  const marks = model.interruptions.length > 0 ? ' ▼ marks an interruption, on the lane of the person who cut in.' : '';
  flow.paragraph(how + marks, { size: small.size, color: small.color, after: 4 });
  flow.rows({
    headerHeight: 0,
    rowHeights: strips.map(() => stripHeight),
    drawHeader: () => undefined,
    drawRow: (canvas, area, i) => {
      const strip = strips[i]!;
      let top = area.y;
      if (strips.length > 1) {
        label(
          canvas,
          `${axis.kind === 'words' ? 'Words ' : ''}${axis.tickLabel(strip.from - axis.start)} – ${axis.tickLabel(Math.min(strip.to, axis.end) - axis.start)}`,
          area.x,
          top,
          area.width,
          { ...small, color: COLORS.ink },
        );
        top += 12;
      }
      drawStrip(canvas, { x: area.x, y: top, width: area.width, height: stripHeight - STRIP_GAP }, strip, scaleLength);
    },
  });

  function drawStrip(canvas: Canvas, area: Area, strip: { from: number; to: number }, length: number): void {
    const plotLeft = area.x + labelWidth;
    const plotWidth = area.width - labelWidth - 4;
    const xOf = (v: number) =>
      plotLeft + ((Math.min(Math.max(v, strip.from), strip.to) - strip.from) / length) * plotWidth;
    const stripEnd = xOf(Math.min(strip.to, axis.end));
    lanes.forEach((lane, li) => {
      const top = area.y + li * laneHeight;
      label(
        canvas,
        lane.label,
        area.x,
        top + (laneHeight - labelStyle.size * 1.16) / 2,
        labelWidth - 6,
        labelStyle,
        'right',
      );
      canvas.rect(plotLeft, top + 1, stripEnd - plotLeft, laneHeight - 2, {
        fill: li % 2 === 0 ? COLORS.panel : COLORS.white,
      });
    });
    // One path per lane: bars closer than half a point merge (a 4-hour meeting has thousands).
    const bars = lanes.map(() => [] as Array<{ x: number; y: number; width: number; height: number }>);
    for (const u of model.utterances) {
      const s = axis.startOf(u);
      const e = Math.max(axis.endOf(u), s);
      if (e < strip.from || s >= strip.to) continue;
      const li = laneOf.get(u.speakerId);
      if (li === undefined) continue;
      const x0 = xOf(s);
      const x1 = Math.max(xOf(e), x0 + 0.6);
      const list = bars[li]!;
      const last = list[list.length - 1];
      if (last && x0 - (last.x + last.width) < 0.5) last.width = Math.max(last.width, x1 - last.x);
      else list.push({ x: x0, y: area.y + li * laneHeight + 2, width: x1 - x0, height: laneHeight - 4 });
    }
    bars.forEach((list, li) => {
      for (const b of list) b.width = Math.min(b.width, plotLeft + plotWidth - b.x);
      canvas.rects(list, lanes[li]!.colorIndex < 0 ? COLORS.faint : speakerColor(lanes[li]!.colorIndex));
    });
    const marks: Array<Array<readonly [number, number]>> = [];
    for (const i of model.interruptions) {
      const u = i.utteranceId ? model.utteranceById.get(i.utteranceId) : undefined;
      const at = axis.kind === 'time' ? (i.startMs ?? (u ? axis.startOf(u) : null)) : u ? axis.startOf(u) : null;
      const li = laneOf.get(i.fromId);
      if (at === null || li === undefined || at < strip.from || at >= strip.to) continue;
      const x = Math.min(Math.max(xOf(at), plotLeft + 2.5), plotLeft + plotWidth - 2.5);
      const top = area.y + li * laneHeight;
      marks.push([
        [x - 2.5, top],
        [x + 2.5, top],
        [x, top + 4],
      ]);
    }
    canvas.polygons(marks, COLORS.negative);
    const axisTop = area.y + lanes.length * laneHeight;
    canvas.line(plotLeft, axisTop, stripEnd, axisTop, { color: COLORS.faint, width: 0.5 });
    const step = axis.tickStep(length, 7);
    const first = Math.ceil((strip.from - axis.start) / step) * step + axis.start;
    for (let v = first; v <= Math.min(strip.to, axis.end) + 1e-9; v += step) {
      const x = xOf(v);
      canvas.line(x, axisTop, x, axisTop + 2, { color: COLORS.faint, width: 0.5 });
      const text = axis.tickLabel(v - axis.start);
      const w = small.font.widthOfTextAtSize(text, small.size);
      const left = Math.min(Math.max(x - w / 2, plotLeft), plotLeft + plotWidth - w);
      label(canvas, text, left, axisTop + 3, w + 1, small);
    }
  }
}
