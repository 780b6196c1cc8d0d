/**
 * One card per person: what they did well and two or three things to try, each with the quotes
 * and moments it rests on. Framed as observations for reflection, not verdicts.
 *
 * The report leads with these (right after the cover): each card shows the person's few most salient
 * items (LEAD_ITEMS), in the order the commentary ranked them; whatever did not fit is printed after
 * the detail sections under "More coaching notes", so nothing the commentary said is lost.
 */
import type { CommentaryItem } from '../../src/model/commentary';
import { listNames } from '../../src/model/name-list';
import { UNATTRIBUTED_LABEL } from '../../src/model/person-keys';
import { formatCount, formatDuration, formatPercent, plural } from '../format';
import type { Flow, Inline, Segment } from '../layout/flow';
import { COLORS, speakerColor, TYPE } from '../layout/theme';
import type { PersonView, ReportModel } from '../model/report-model';
import { quoted, whereLabel } from './evidence';

const CARD_INDENT = 12;

/** At most this many items per person lead the report, of which at most LEAD_ACTIONS things to try. */
export const LEAD_ITEMS = 3;
export const LEAD_ACTIONS = 2;

interface CardItems {
  strengths: CommentaryItem[];
  actions: CommentaryItem[];
}

/**
 * Splits a person's commentary into the items that lead the report and the rest: up to LEAD_ACTIONS
 * things to try, then strengths to fill LEAD_ITEMS (at least one strength when there is one, so that
 * nobody's first page is only criticism), each list in the commentary's own (salience) order.
 *
 * @example
 * const { lead, rest } = splitForLead({ strengths: [s1, s2], actions: [a1, a2, a3] });
 * // lead => { strengths: [s1], actions: [a1, a2] }; rest => { strengths: [s2], actions: [a3] }
 */
export function splitForLead(entry: CardItems): { lead: CardItems; rest: CardItems } {
  const strengthsFirst = entry.strengths.length > 0 ? 1 : 0;
  const actions = Math.min(entry.actions.length, LEAD_ACTIONS, LEAD_ITEMS - strengthsFirst);
  const strengths = Math.min(entry.strengths.length, LEAD_ITEMS - actions);
  return {
    lead: { strengths: entry.strengths.slice(0, strengths), actions: entry.actions.slice(0, actions) },
    rest: { strengths: entry.strengths.slice(strengths), actions: entry.actions.slice(actions) },
  };
}

/**
 * The lead section: each person's few items worth their attention, with evidence.
 *
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
  if (commentary.people.every((entry) => entry.strengths.length === 0 && entry.actions.length === 0)) {
    // Said, not left as an empty page: saying little is the rule when the evidence is thin.
    flow.paragraph(
      "No one has a point on this page: no strength had clear evidence, and no advice fitted a person's own numbers and role. The findings, each with its evidence, follow in the detailed sections.",
      { color: COLORS.muted },
    );
    return;
  }
  // "More notes follow" only when drawMoreCoachingNotes has some: a coach read the promise and found none (review r31).
  const more = hasMoreNotes(model) ? '; more notes follow the detailed sections' : '';
  flow.paragraph(
    `The few things worth each person's attention, most important first${more}. Observations for reflection, not verdicts: each point rests on the evidence quoted under it, and the person concerned knows its context best. ${commentary.source === 'claude' ? 'Written by Claude from the measurements and checked against the transcript.' : 'Written by deterministic rules from the measurements.'}`,
    { color: COLORS.muted, size: TYPE.small },
  );
  drawCards(flow, model, (entry) => splitForLead(entry).lead, true);
  drawWithoutCard(flow, model);
}

/**
 * Names the people who have no card, so that nobody reads their absence as an oversight: three of four people
 * opened a report with one card and found nothing said about themselves or why (review r31). Unattributed speech
 * ("Unknown speaker") is nobody, and is not named.
 *
 * @example
 * // Ana has a card; Ben and Cy have none:
 * drawWithoutCard(flow, model); // "No card for Ben and Cy: nothing the analysis found about them was sure enough ..."
 */
function drawWithoutCard(flow: Flow, model: ReportModel): void {
  const byId = new Map((model.commentary?.people ?? []).map((p) => [p.speakerId, p]));
  const without = model.people.filter((person) => {
    const entry = byId.get(person.id);
    return (
      person.name !== UNATTRIBUTED_LABEL && (entry === undefined || entry.strengths.length + entry.actions.length === 0)
    );
  });
  if (without.length === 0) return;
  const names = without.slice(0, MAX_NAMES_WITHOUT_CARD).map((p) => p.label);
  const more = without.length - names.length;
  const listed = more > 0 ? `${names.join(', ')} and ${formatCount(more)} more` : listNames(names);
  flow.gap(8);
  flow.paragraph(
    `No card for ${listed}: nothing the analysis found about them was sure enough for a card, which says more about what word matching can see than about them. Their measurements are in the sections that follow.`,
    { color: COLORS.muted, size: TYPE.small },
  );
}

/** Past this many, the people without a card are counted, not named (a sitting has dozens). */
const MAX_NAMES_WITHOUT_CARD = 8;

function hasMoreNotes(model: ReportModel): boolean {
  return (model.commentary?.people ?? []).some((p) => {
    const { rest } = splitForLead(p);
    return rest.strengths.length + rest.actions.length > 0;
  });
}

/**
 * The items the lead section left out, after the detail sections; draws nothing when there are none.
 *
 * @example
 * drawMoreCoachingNotes(flow, model);
 */
export function drawMoreCoachingNotes(flow: Flow, model: ReportModel): void {
  if (!hasMoreNotes(model)) return;
  flow.startSection('More coaching notes', { newPage: true });
  flow.heading('More coaching notes', 1);
  flow.paragraph("Each person's further observations, after the ones on the first pages.", {
    color: COLORS.muted,
    size: TYPE.small,
  });
  drawCards(flow, model, (entry) => splitForLead(entry).rest, false);
}

function drawCards(flow: Flow, model: ReportModel, pick: (entry: CardItems) => CardItems, facts: boolean): void {
  const byId = new Map((model.commentary?.people ?? []).map((p) => [p.speakerId, p]));
  for (const person of model.people) {
    const found = byId.get(person.id);
    if (!found) continue;
    const entry = pick(found);
    if (entry.strengths.length + entry.actions.length === 0) continue;
    flow.ensure(90);
    flow.gap(6);
    const start = flow.mark();
    flow.paragraph([{ text: person.label, bold: true, size: TYPE.h2 }], { indent: CARD_INDENT, after: 1 });
    if (facts)
      flow.paragraph(factsLine(model, person), {
        indent: CARD_INDENT,
        size: TYPE.small,
        color: COLORS.muted,
        after: 4,
      });
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
      entry.actions.forEach((item, i) => drawItem(flow, model, item, `${i + 1}.`));
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
  const parts = [`${formatPercent(p.talkShare)} of the talk`, plural(p.turns, 'turn')];
  if (p.longestTurnMs !== null) parts.push(`longest turn ${formatDuration(p.longestTurnMs)}`);
  else if (p.longestTurnWords !== null) parts.push(`longest turn ${plural(p.longestTurnWords, 'word')}`);
  parts.push(plural(p.questions, 'question'));
  if (p.interruptionsMade + p.interruptionsReceived > 0)
    parts.push(`cut in ${p.interruptionsMade}×, was cut off ${p.interruptionsReceived}×`);
  if (p.sentiment) parts.push(`tone ${p.sentiment.mean >= 0 ? '+' : '−'}${Math.abs(p.sentiment.mean).toFixed(2)}`);
  return parts.join(' · ') + (model.basis === 'words' ? ' (talk measured in words)' : '');
}
