/**
 * One card per person: what they did well and two or three things to try, each with the quotes
 * and moments it rests on. Framed as observations for reflection, not verdicts.
 */
import type { CommentaryItem } from '../../src/model/commentary';
import { formatCount, formatDuration, formatPercent } from '../format';
import type { Flow, Inline, Segment } from '../layout/flow';
import { COLORS, speakerColor, TYPE } from '../layout/theme';
import type { PersonView, ReportModel } from '../model/report-model';
import { quoted, whereLabel } from './evidence';

const CARD_INDENT = 12;

/**
 * @example
 * drawCoachingCards(flow, model);
 */
export function drawCoachingCards(flow: Flow, model: ReportModel): void {
  flow.startSection('Coaching', { newPage: true });
  flow.heading('Per-person coaching', 1);
  const commentary = model.commentary;
  if (!commentary || commentary.people.length === 0) {
    flow.paragraph(
      'No coaching commentary was requested for this analysis: the other sections give the measurements for each person.',
      { color: COLORS.muted },
    );
    return;
  }
  flow.paragraph(
    `Observations for reflection, not verdicts: each point rests on the evidence quoted under it, and the person concerned knows its context best. ${commentary.source === 'claude' ? 'Written by Claude from the measurements and checked against the transcript.' : 'Written by deterministic rules from the measurements.'}`,
    { color: COLORS.muted, size: TYPE.small },
  );
  const byId = new Map(commentary.people.map((p) => [p.speakerId, p]));
  for (const person of model.people) {
    const entry = byId.get(person.id);
    if (!entry || entry.strengths.length + entry.actions.length === 0) continue;
    flow.ensure(90);
    flow.gap(6);
    const start = flow.mark();
    flow.paragraph([{ text: person.label, bold: true, size: TYPE.h2 }], { indent: CARD_INDENT, after: 1 });
    flow.paragraph(factsLine(model, person), { indent: CARD_INDENT, size: TYPE.small, color: COLORS.muted, after: 4 });
    if (entry.strengths.length > 0) {
      flow.ensure(50);
      flow.paragraph('What went well', {
        indent: CARD_INDENT,
        bold: true,
        size: TYPE.h3,
        color: COLORS.positive,
        after: 2,
      });
      entry.strengths.forEach((item) => drawItem(flow, model, item, '✓'));
    }
    if (entry.actions.length > 0) {
      flow.ensure(50);
      flow.paragraph('Things to try', {
        indent: CARD_INDENT,
        bold: true,
        size: TYPE.h3,
        color: COLORS.accent,
        after: 2,
      });
      entry.actions.slice(0, 3).forEach((item, i) => drawItem(flow, model, item, `${i + 1}.`));
    }
    flow.sideRule(start, speakerColor(person.index));
    flow.gap(8);
  }
}

function drawItem(flow: Flow, model: ReportModel, item: CommentaryItem, bullet: string): void {
  const head: Inline = [{ text: `${bullet} `, bold: true }, { text: item.text }];
  const evidenceStyle = { indent: CARD_INDENT + 18, size: TYPE.small, color: COLORS.muted, after: 1 };
  const evidence: Inline[] = item.quotes.map((q): Segment[] => {
    const where = whereLabel(model, q.utteranceId);
    return [{ text: quoted(q.text, 240) }, { text: where ? `  ${where}` : '', color: COLORS.muted }];
  });
  const quotedIds = new Set(item.quotes.map((q) => q.utteranceId));
  const others = item.utteranceIds.filter((id) => !quotedIds.has(id) && model.utteranceById.has(id));
  if (others.length > 0)
    evidence.push(
      `See also ${others
        .slice(0, 6)
        .map((id) => whereLabel(model, id))
        .join(', ')}.`,
    );
  if (item.metrics.length > 0) evidence.push(`Based on: ${[...new Set(item.metrics.map(metricName))].join(', ')}.`);
  // An item and its evidence stay on one page (unless together they are longer than a page).
  flow.ensure(
    flow.paragraphHeight(head, { indent: CARD_INDENT + 6 }) +
      evidence.reduce((sum, e) => sum + flow.paragraphHeight(e, evidenceStyle) + 1, 0) +
      1,
  );
  flow.paragraph(head, { indent: CARD_INDENT + 6, after: 1 });
  for (const line of evidence) flow.paragraph(line, evidenceStyle);
  flow.gap(4);
}

/**
 * `turnTaking.speakers.s2.talkShare` -> `talk share`.
 *
 * @example
 * metricName('inclusivity.invitations.total') // => 'invitations total'
 */
export function metricName(path: string): string {
  const parts = path.split('.').filter((p) => !/^s\d+$|^p\d+$|^\d+$/.test(p));
  const tail = parts.slice(-2);
  const last = tail[tail.length - 1] ?? path;
  const words = (w: string) =>
    w
      .replace(/Ms$/, '')
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase();
  return tail.length === 2 && ['speakers', 'turnTaking', 'inclusivity', 'sentiment', 'listening'].includes(tail[0]!)
    ? words(last)
    : tail.map(words).join(' ');
}

function factsLine(model: ReportModel, p: PersonView): string {
  const parts = [`${formatPercent(p.talkShare)} of the talk`, `${formatCount(p.turns)} turns`];
  if (p.longestTurnMs !== null) parts.push(`longest turn ${formatDuration(p.longestTurnMs)}`);
  else if (p.longestTurnWords !== null) parts.push(`longest turn ${formatCount(p.longestTurnWords)} words`);
  parts.push(`${formatCount(p.questions)} questions`);
  if (p.interruptionsMade + p.interruptionsReceived > 0)
    parts.push(`cut in ${p.interruptionsMade}×, was cut off ${p.interruptionsReceived}×`);
  if (p.sentiment) parts.push(`tone ${p.sentiment.mean >= 0 ? '+' : '−'}${Math.abs(p.sentiment.mean).toFixed(2)}`);
  return parts.join(' · ') + (model.basis === 'words' ? ' (talk measured in words)' : '');
}
