/**
 * Tone per person: a dot at the person's mean sentiment and a whisker of ± one standard deviation
 * (how much their tone varied), one row each, across as many pages as needed.
 */
import type { Flow } from '../layout/flow';
import { COLORS, speakerColor, TYPE } from '../layout/theme';
import { formatSigned } from '../format';
import type { PersonView } from '../model/report-model';
import { label, labelColumnWidth, niceCeil } from './chart-kit';

const VALUE_WIDTH = 120;

/**
 * @example
 * drawSentimentByPerson(flow, model.people.filter((p) => p.sentiment));
 */
export function drawSentimentByPerson(flow: Flow, people: readonly PersonView[]): void {
  const rows = people.filter((p) => p.sentiment !== null);
  if (rows.length === 0) return;
  const labelStyle = { font: flow.fonts.regular, size: TYPE.small };
  const small = { font: flow.fonts.regular, size: TYPE.tiny, color: COLORS.muted };
  const labelWidth = labelColumnWidth(
    rows.map((p) => p.label),
    labelStyle,
    60,
    150,
  );
  const range = Math.min(
    1,
    niceCeil(Math.max(0.1, ...rows.map((p) => Math.abs(p.sentiment!.mean) + p.sentiment!.spread))),
  );
  const plotLeft = flow.left + labelWidth;
  const plotWidth = flow.width - labelWidth - VALUE_WIDTH;
  const xOf = (v: number) => plotLeft + ((Math.max(-range, Math.min(range, v)) + range) / (2 * range)) * plotWidth;
  const rowHeight = rows.length > 24 ? 11 : 14;
  const rowTops: number[] = [];

  flow.rows({
    headerHeight: 14,
    footerHeight: 11,
    rowHeights: rows.map(() => rowHeight),
    drawHeader: (canvas, area) => {
      label(
        canvas,
        'Mean tone per person (dot) ± one standard deviation (line)',
        plotLeft,
        area.y + 2,
        plotWidth + VALUE_WIDTH,
        small,
      );
    },
    drawRow: (canvas, area, i) => {
      const p = rows[i]!;
      const s = p.sentiment!;
      rowTops[i] = area.y;
      const mid = area.y + rowHeight / 2;
      const textTop = area.y + (rowHeight - labelStyle.size * 1.16) / 2;
      label(canvas, p.label, flow.left, textTop, labelWidth - 6, labelStyle, 'right');
      canvas.line(xOf(s.mean - s.spread), mid, xOf(s.mean + s.spread), mid, {
        color: speakerColor(p.index),
        width: 1.2,
      });
      const x = xOf(s.mean);
      canvas.rect(x - 2.5, mid - 2.5, 5, 5, { fill: speakerColor(p.index) });
      label(
        canvas,
        `${formatSigned(s.mean)} ± ${s.spread.toFixed(2)} · ${s.count} utt.`,
        plotLeft + plotWidth + 6,
        textTop,
        VALUE_WIDTH - 6,
        labelStyle,
      );
    },
    drawFooter: (canvas, area, first, end) => {
      if (end <= first) return;
      const zero = xOf(0);
      canvas.line(zero, rowTops[first]!, zero, area.y, { color: COLORS.muted, width: 0.5, dash: [2, 2] });
      for (const v of [-range, 0, range]) {
        const text = v === 0 ? '0' : formatSigned(v, 1);
        const x = v === -range ? xOf(v) : v === range ? xOf(v) - 30 : xOf(v) - 15;
        label(canvas, text, x, area.y + 2, 30, small, v === -range ? 'left' : v === range ? 'right' : 'center');
      }
    },
  });
}
