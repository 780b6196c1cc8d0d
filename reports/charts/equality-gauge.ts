/**
 * The equality gauge: the Gini coefficient of talk on a 0..1 scale with named bands, a marker,
 * and one sentence saying what the number means for this meeting.
 */
import type { Flow } from '../layout/flow';
import { COLORS, TYPE, tint } from '../layout/theme';
import { giniBand, GINI_BANDS } from '../../analyzers/turn-taking/thresholds';
import { label } from './chart-kit';

/**
 * The sentence under the gauge.
 *
 * @example
 * giniSentence(0.31, 4) // => 'Gini 0.31 (fairly even): talk was fairly evenly spread. 0 means everyone spoke equally; with 4 people the most uneven possible is 0.75 (one person speaking all the time).'
 */
export function giniSentence(gini: number, people: number): string {
  const band = giniBand(gini);
  const max = people > 1 ? (people - 1) / people : 0;
  return `Gini ${gini.toFixed(2)} (${band.name}): ${band.meaning}. 0 means everyone spoke equally; with ${people} ${people === 1 ? 'person' : 'people'} the most uneven possible is ${max.toFixed(2)} (one person speaking all the time).`;
}

const HEIGHT = 46;

/**
 * @example
 * drawEqualityGauge(flow, 0.31, 4);
 */
export function drawEqualityGauge(flow: Flow, gini: number, people: number): void {
  const g = Math.min(1, Math.max(0, gini));
  flow.block(HEIGHT, (canvas, area) => {
    const small = { font: flow.fonts.regular, size: TYPE.tiny, color: COLORS.muted };
    const left = area.x + 10;
    const width = Math.min(area.width - 20, 340);
    const barTop = area.y + 14;
    const barHeight = 12;
    const xOf = (v: number) => left + v * width;
    let from = 0;
    GINI_BANDS.forEach((band, i) => {
      const shade = tint(COLORS.warning, 0.15 + i * 0.22);
      canvas.rect(xOf(from), barTop, xOf(band.upTo) - xOf(from), barHeight, { fill: shade });
      label(canvas, band.name, xOf(from), barTop + barHeight + 3, xOf(band.upTo) - xOf(from), small, 'center');
      from = band.upTo;
    });
    label(canvas, '0', area.x, barTop + 2, 8, small, 'right');
    label(canvas, '1', xOf(1) + 2, barTop + 2, 8, small);
    // The marker: a triangle above the bar and a line through it.
    const x = xOf(g);
    canvas.path(
      [
        [x - 4, barTop - 9],
        [x + 4, barTop - 9],
        [x, barTop - 2],
      ],
      { fill: COLORS.ink, close: true },
    );
    canvas.line(x, barTop - 2, x, barTop + barHeight + 1, { color: COLORS.ink, width: 1.4 });
    const valueStyle = { font: flow.fonts.bold, size: TYPE.h2, color: COLORS.ink };
    label(canvas, gini.toFixed(2), left + width + 22, barTop - 1, area.width - width - 32, valueStyle);
    label(
      canvas,
      `equality of talk (Gini): ${giniBand(g).name}`,
      left + width + 22,
      barTop + 14,
      area.width - width - 32,
      small,
    );
  });
  flow.paragraph(giniSentence(g, people), { size: TYPE.small, color: COLORS.muted });
}
