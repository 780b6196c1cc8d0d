/**
 * Talk share: one horizontal bar per person, largest first, with the fair share (1/n) as a dashed
 * line. Runs over as many pages as there are people (the axis repeats), so 60 people all appear.
 */
import type { Flow } from '../layout/flow';
import { COLORS, speakerColor, TYPE } from '../layout/theme';
import { formatCount, formatDuration, formatPercent } from '../format';
import type { PersonView, ReportModel } from '../model/report-model';
import { label, labelColumnWidth, niceCeil, ticks } from './chart-kit';
import { markedQuiet } from '../model/quiet-voices';

/** The value column is as wide as its longest label, within these bounds. */
const VALUE_WIDTH = { min: 90, max: 175 };

function valueLabel(p: PersonView, basis: ReportModel['basis']): string {
  const amount =
    p.talkTimeMs !== null && basis === 'time' ? formatDuration(p.talkTimeMs) : `${formatCount(p.words)} words`;
  const tag = marked(p) ? ` · ${p.participation}` : '';
  return `${formatPercent(p.talkShare)} · ${amount}${tag}`;
}

/** A status the bar names: quiet or dominant, but not a quiet share the format or a role explains (a formal sitting). */
function marked(p: PersonView): boolean {
  return p.participation === 'dominant' || markedQuiet(p);
}

/**
 * @example
 * drawTalkShareBars(flow, model); // bars for model.people, fair share at 1 / model.people.length
 */
export function drawTalkShareBars(flow: Flow, model: ReportModel): void {
  const people = model.people;
  if (people.length === 0) return;
  const labelStyle = { font: flow.fonts.regular, size: TYPE.small };
  const tickStyle = { font: flow.fonts.regular, size: TYPE.tiny, color: COLORS.muted };
  const labelWidth = labelColumnWidth(
    people.map((p) => p.label),
    labelStyle,
    60,
    150,
  );
  const rowHeight = people.length > 40 ? 10 : people.length > 24 ? 11 : 15;
  const axisMax = Math.min(1, niceCeil(Math.max(model.fairShare, ...people.map((p) => p.talkShare)) * 1.05));
  const values = people.map((p) => valueLabel(p, model.basis));
  const valueWidth = Math.min(
    VALUE_WIDTH.max,
    Math.max(VALUE_WIDTH.min, ...values.map((v) => labelStyle.font.widthOfTextAtSize(v, labelStyle.size) + 10)),
  );
  const plotLeft = flow.left + labelWidth;
  const plotWidth = flow.width - labelWidth - valueWidth;
  const xOf = (share: number) => plotLeft + (plotWidth * share) / axisMax;
  const fairX = xOf(model.fairShare);
  const rowTops: number[] = [];

  flow.rows({
    headerHeight: 14,
    footerHeight: 12,
    rowHeights: people.map(() => rowHeight),
    drawHeader: (canvas, area) => {
      const basis = model.basis === 'time' ? 'by speaking time' : 'by words spoken';
      label(canvas, `Share of talk, ${basis}`, plotLeft, area.y + 2, plotWidth * 0.6, tickStyle);
      label(
        canvas,
        `- - fair share ${formatPercent(model.fairShare)}`,
        plotLeft + plotWidth * 0.6,
        area.y + 2,
        plotWidth * 0.4 + valueWidth,
        { ...tickStyle, color: COLORS.ink },
        'right',
      );
    },
    drawRow: (canvas, area, i) => {
      const p = people[i]!;
      rowTops[i] = area.y;
      const barHeight = rowHeight * 0.62;
      const barTop = area.y + (rowHeight - barHeight) / 2;
      const textTop = area.y + (rowHeight - labelStyle.size * 1.16) / 2;
      label(canvas, p.label, flow.left, textTop, labelWidth - 6, labelStyle, 'right');
      canvas.rect(plotLeft, barTop, plotWidth, barHeight, { fill: COLORS.panel });
      if (p.talkShare > 0)
        canvas.rect(plotLeft, barTop, Math.max(0.8, xOf(p.talkShare) - plotLeft), barHeight, {
          fill: speakerColor(p.index),
        });
      label(canvas, values[i]!, plotLeft + plotWidth + 6, textTop, valueWidth - 6, {
        ...labelStyle,
        color: marked(p) ? COLORS.warning : COLORS.ink,
      });
    },
    drawFooter: (canvas, area, first, end) => {
      if (end <= first) return;
      const top = rowTops[first]!;
      canvas.line(fairX, top, fairX, area.y, { color: COLORS.ink, width: 0.8, dash: [2, 2] });
      canvas.line(plotLeft, area.y, plotLeft + plotWidth, area.y, { color: COLORS.faint, width: 0.5 });
      for (const t of ticks(axisMax, 5)) {
        const x = xOf(t);
        canvas.line(x, area.y, x, area.y + 2, { color: COLORS.faint, width: 0.5 });
        label(canvas, formatPercent(t), x - 15, area.y + 3, 30, tickStyle, 'center');
      }
    },
  });
}
