/**
 * Who interrupts whom: rows are the people who cut in, columns the people cut off, each cell the
 * count shaded by size. Beyond a dozen people the least involved are pooled into "others" so the
 * cells stay big enough to read.
 */
import type { Flow } from '../layout/flow';
import { COLORS, TYPE, tint } from '../layout/theme';
import type { InterruptionView, PersonView } from '../model/report-model';
import { label, labelColumnWidth } from './chart-kit';

/**
 * People shown individually; the rest become one "others" row and column.
 *
 * @example
 * interruptionMatrix(cuts, twentyPeople).labels.length === MATRIX_MAX_PEOPLE // => true
 */
export const MATRIX_MAX_PEOPLE = 12;

export interface MatrixData {
  /** Row/column headings: people, then possibly `Others (n)`. */
  labels: string[];
  /** counts[from][to]. */
  counts: number[][];
  max: number;
}

/**
 * Counts interruptions per ordered pair among the most involved people.
 *
 * @example
 * interruptionMatrix([{ fromId: 's1', toId: 's2', utteranceId: 'u3', startMs: null }], people).counts
 * // => [[0, 1], [0, 0]]
 */
export function interruptionMatrix(
  interruptions: readonly InterruptionView[],
  people: readonly PersonView[],
): MatrixData {
  const involvement = new Map<string, number>();
  for (const i of interruptions) {
    involvement.set(i.fromId, (involvement.get(i.fromId) ?? 0) + 1);
    involvement.set(i.toId, (involvement.get(i.toId) ?? 0) + 1);
  }
  const involved = people
    .filter((p) => involvement.has(p.id))
    .sort((a, b) => involvement.get(b.id)! - involvement.get(a.id)! || a.index - b.index);
  const pooled = involved.length > MATRIX_MAX_PEOPLE;
  const shown = pooled ? involved.slice(0, MATRIX_MAX_PEOPLE - 1) : involved;
  const slot = new Map(shown.map((p, i) => [p.id, i]));
  const size = shown.length + (pooled ? 1 : 0);
  const counts = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (const i of interruptions) {
    const from = slot.get(i.fromId) ?? size - 1;
    const to = slot.get(i.toId) ?? size - 1;
    if (!pooled && (!slot.has(i.fromId) || !slot.has(i.toId))) continue;
    counts[from]![to]!++;
  }
  const labels = shown.map((p) => p.label);
  if (pooled) labels.push(`Others (${involved.length - shown.length})`);
  return { labels, counts, max: Math.max(0, ...counts.flat()) };
}

/**
 * @example
 * drawInterruptionMatrix(flow, model.interruptions, model.people);
 */
export function drawInterruptionMatrix(
  flow: Flow,
  interruptions: readonly InterruptionView[],
  people: readonly PersonView[],
): void {
  const data = interruptionMatrix(interruptions, people);
  const n = data.labels.length;
  if (n === 0) return;
  const labelStyle = { font: flow.fonts.regular, size: TYPE.small };
  const small = { font: flow.fonts.regular, size: TYPE.tiny, color: COLORS.muted };
  const numbered = data.labels.map((l, i) => `${i + 1}  ${l}`);
  const labelWidth = labelColumnWidth(numbered, labelStyle, 70, 160);
  const cell = Math.min(24, (flow.width - labelWidth - 40) / (n + 1));
  const headerHeight = 24;
  const height = headerHeight + cell * (n + 1) + 4;
  flow.block(height, (canvas, area) => {
    const gridLeft = area.x + labelWidth;
    const gridTop = area.y + headerHeight;
    label(canvas, 'interrupted →', gridLeft, area.y, cell * (n + 1), small);
    data.labels.forEach((_, j) =>
      label(canvas, String(j + 1), gridLeft + j * cell, area.y + 12, cell, small, 'center'),
    );
    label(canvas, 'total', gridLeft + n * cell, area.y + 12, cell + 20, small, 'left');
    data.counts.forEach((row, i) => {
      const top = gridTop + i * cell;
      label(
        canvas,
        numbered[i]!,
        area.x,
        top + (cell - labelStyle.size * 1.16) / 2,
        labelWidth - 6,
        labelStyle,
        'left',
      );
      row.forEach((count, j) => {
        const x = gridLeft + j * cell;
        const fill =
          i === j && data.labels[i]!.startsWith('Others') === false
            ? COLORS.panel
            : count === 0
              ? COLORS.white
              : tint(COLORS.negative, 0.15 + 0.75 * (count / Math.max(1, data.max)));
        canvas.rect(x, top, cell, cell, { fill, stroke: COLORS.rule, strokeWidth: 0.5 });
        if (count > 0) {
          const dark = count / Math.max(1, data.max) > 0.55;
          label(
            canvas,
            String(count),
            x,
            top + (cell - TYPE.small * 1.16) / 2,
            cell,
            { font: flow.fonts.bold, size: TYPE.small, color: dark ? COLORS.white : COLORS.ink },
            'center',
          );
        }
      });
      const total = row.reduce((a, b) => a + b, 0);
      label(canvas, String(total), gridLeft + n * cell + 4, top + (cell - TYPE.small * 1.16) / 2, 30, labelStyle);
    });
    label(canvas, 'rows: who cut in · columns: who was cut off', area.x, gridTop + n * cell + 4, area.width, small);
  });
}
