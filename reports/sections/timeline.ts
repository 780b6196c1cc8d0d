/**
 * Timeline: who spoke when, with the interruptions listed under the chart.
 */
import { drawSwimlaneTimeline } from '../charts/swimlane-timeline';
import type { Flow } from '../layout/flow';
import { table } from '../layout/table';
import { COLORS, TYPE } from '../layout/theme';
import type { MeetingAxis } from '../model/meeting-axis';
import type { ReportModel } from '../model/report-model';
import { personLabel, quoted, whereLabel } from './evidence';

/** Interruptions listed in full up to this many; the JSON has all of them. */
const MAX_LISTED = 25;

/**
 * @example
 * drawTimeline(flow, model, meetingAxis(model));
 */
export function drawTimeline(flow: Flow, model: ReportModel, axis: MeetingAxis): void {
  flow.startSection('Timeline');
  flow.heading('Timeline', 1);
  flow.paragraph(
    axis.kind === 'time'
      ? 'Who spoke when across the meeting, one lane per person.'
      : 'Who spoke in what order, one lane per person. This transcript has no timings, so the axis counts words spoken, not minutes: a long bar is a long turn.',
  );
  drawSwimlaneTimeline(flow, model, axis);

  const all = model.interruptions;
  if (all.length === 0) return;
  flow.heading('Interruptions', 2);
  const listed = all.slice(0, MAX_LISTED);
  table(flow, {
    columns: [
      { header: model.hasTimings ? 'Time' : 'Where', weight: 0.9 },
      { header: 'Who cut in', weight: 1.8 },
      { header: 'Who was cut off', weight: 1.8 },
      { header: 'Words', weight: 4.5 },
    ],
    rows: listed.map((i) => [
      whereLabel(model, i.utteranceId, i.startMs),
      personLabel(model, i.fromId),
      personLabel(model, i.toId),
      i.quote ? quoted(i.quote, 200) : '',
    ]),
  });
  if (all.length > listed.length) {
    flow.paragraph(`… and ${all.length - listed.length} more (all of them are in the JSON analysis).`, {
      size: TYPE.small,
      color: COLORS.muted,
    });
  }
}
