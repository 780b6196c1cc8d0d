/**
 * The PDF progress report: a series (the owner's view) or one person (their own report).
 *
 * - Overview: the meetings, how they were dated, the notes.
 * - One page per person: small multiples of their numbers with the fair-share reference, what changed
 *   (verified rule-based commentary), evidence quotes.
 * - Team page: meeting-level aggregates only; a meeting with fewer than 3 people shows none.
 * - Method and limits.
 *
 * A person's report (`personId`) holds only that person's page plus the team aggregates: nobody else's
 * numbers or quotes. Pure: same document and date, same bytes.
 */
import { PDFDocument } from 'pdf-lib';
import { finishPages } from '../layout/canvas';
import { Flow } from '../layout/flow';
import { COLORS, TYPE } from '../layout/theme';
import { finishFonts, reportFonts } from '../text/embed-fonts';
import type { ProgressCommentary } from '../../src/progress/claude-commentary';
import { progressCommentary, type ProgressComment } from '../../src/progress/commentary';
import { PERSON_METRICS, TEAM_METRICS, type SeriesMetric } from '../../src/progress/metrics';
import { referenceFor } from '../../src/progress/references';
import type { PersonMeeting, ProgressDocument, ProgressPerson, TeamMeeting } from '../../src/progress/schema';
import { CHANGE_OVER_SPREAD, fmt, MIN_MEETINGS } from '../../src/progress/trends';
import { drawTrendChart } from './trend-chart';

/** A team number computed from fewer people than this is not shown (a person could be singled out). */
export const MIN_PEOPLE_FOR_TEAM_NUMBERS = 3;

const FOOTER =
  'Progress across meetings · lexical measures of transcripts · for reflection, not for employment decisions';

export interface ProgressPdfOptions {
  /** Only this person's page (their own report); default: every named person (the owner's view). */
  personId?: string;
  /** The report date (default: the last meeting's date). */
  generatedAt?: Date;
  /** Verified commentary (Claude's, or the rules'); default: the rule-based commentary. */
  commentary?: ProgressCommentary;
}

/**
 * @example
 * const bytes = await renderProgressPdf(doc);                          // series report
 * const mine = await renderProgressPdf(doc, { personId: 'chen-wei' }); // Chen's own report
 */
export async function renderProgressPdf(doc: ProgressDocument, options: ProgressPdfOptions = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const fonts = await reportFonts(pdf);
  const flow = new Flow(pdf, fonts);
  const people = doc.people.filter(
    (p) => !p.anonymous && (options.personId === undefined || p.id === options.personId),
  );
  const title =
    options.personId === undefined
      ? `Progress: ${doc.series.name}`
      : `Progress: ${people[0]?.name ?? 'unknown person'}`;

  drawOverview(flow, doc, title, options.personId !== undefined);
  for (const person of people) {
    const written = options.commentary?.people.find((p) => p.personId === person.id);
    const byClaude = written?.source === 'claude' ? options.commentary!.model : null;
    drawPerson(flow, doc, person, written?.comments ?? progressCommentary(doc, person.id), byClaude);
  }
  drawTeam(flow, doc);
  drawMethod(flow, doc);
  flow.finish(title, FOOTER);

  await finishPages(pdf.context, flow.pages);
  await finishFonts(pdf, fonts);
  const date = options.generatedAt ?? new Date(`${doc.series.meetings.at(-1)?.date ?? '2026-01-01'}T00:00:00Z`);
  pdf.setTitle(title);
  pdf.setCreator('meeting-analyser (reports/progress/render-progress-pdf.ts)');
  pdf.setProducer('pdf-lib');
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  return pdf.save({ useObjectStreams: true });
}

function drawOverview(flow: Flow, doc: ProgressDocument, title: string, personal: boolean): void {
  flow.startSection('Overview', { newPage: true });
  flow.paragraph(title, { size: TYPE.title, bold: true, after: 6 });
  const meetings = doc.series.meetings;
  flow.paragraph(
    `${meetings.length} meeting(s)${meetings.length > 0 ? ` from ${meetings[0]!.date} to ${meetings.at(-1)!.date}` : ''}. ` +
      (personal
        ? "This report shows one person's own numbers and quotes, and the team's aggregates only."
        : 'Every person has a page; the team page shows aggregates only.'),
    { color: COLORS.muted },
  );
  flow.heading('Meetings', 2);
  flow.bullets(
    meetings.map((m) => [
      { text: `${m.date}  `, bold: true },
      { text: `${m.title} · ${m.people} people · date ${m.dateSource}` },
    ]),
    { size: TYPE.small },
  );
  if (doc.notes.length > 0) {
    flow.heading('Read with', 2);
    flow.bullets(doc.notes, { size: TYPE.small, color: COLORS.muted });
  }
}

const CHART_METRICS = [
  'fairShareRatio',
  'interruptionsMadePerHour',
  'questions',
  'invitationsGiven',
  'hedgesPer100Words',
  'tone',
];

/** `byClaude`: the model that wrote the (verified) comments, or null when the rules wrote them. */
function drawPerson(
  flow: Flow,
  doc: ProgressDocument,
  person: ProgressPerson,
  comments: ProgressComment[],
  byClaude: string | null,
): void {
  flow.startSection(person.name, { newPage: true });
  flow.heading(person.name, 1);
  const attended = person.meetings.filter((m) => m !== null).length;
  flow.paragraph(
    `In ${attended} of ${doc.series.meetings.length} meetings${person.aliases.length > 0 ? `; also written ${person.aliases.join(', ')}` : ''}.`,
    { size: TYPE.small, color: COLORS.muted },
  );
  const dates = doc.series.meetings.map((m) => m.date);
  const metrics = CHART_METRICS.map((id) => PERSON_METRICS.find((m) => m.id === id)!);
  smallMultiples(flow, metrics, (metric) => ({
    title: `${metric.label}${metric.unit.trim() === '' || metric.unit === 'x' ? '' : ` (${metric.unit.trim()})`}`,
    values: person.meetings.map((pm: PersonMeeting | null) => (pm === null ? null : metric.value(pm))),
    dates,
    reference: referenceLine(metric.id),
    format: fmt,
  }));

  flow.heading('What changed', 2);
  // The rules' last comment only introduces the evidence below; Claude's comments carry their own quote.
  const changes = byClaude === null ? comments.filter((c) => c.quote === null) : comments;
  if (changes.length === 0)
    flow.paragraph(`Not enough data for trends: ${attended} meeting(s); at least ${MIN_MEETINGS} are needed.`, {
      size: TYPE.small,
    });
  else {
    flow.bullets(
      changes.map((c) => (c.quote ? [{ text: `${c.text} ` }, { text: `"${c.quote.text}"`, italic: true }] : c.text)),
      { size: TYPE.small },
    );
    flow.paragraph(
      byClaude === null
        ? 'Written by rules from the numbers above.'
        : `Written by Claude (${byClaude}) from the numbers above; every number and quote was checked against them.`,
      { size: TYPE.small, color: COLORS.muted },
    );
  }

  const evidence = person.meetings.flatMap((pm) =>
    pm === null
      ? []
      : pm.evidence.map((e) => ({ e, date: doc.series.meetings.find((m) => m.id === pm.meetingId)!.date })),
  );
  flow.heading('Evidence', 2);
  if (evidence.length === 0)
    flow.paragraph('No findings quoted this person in these meetings.', { size: TYPE.small, color: COLORS.muted });
  else
    flow.bullets(
      evidence
        .slice(-6)
        .map(({ e, date }) => [
          { text: `${date} · ${e.kind.replace(/-/g, ' ')}: `, bold: true },
          { text: `"${e.quote}"` },
        ]),
      { size: TYPE.small },
    );
}

function drawTeam(flow: Flow, doc: ProgressDocument): void {
  flow.startSection('Team', { newPage: true });
  flow.heading('The team, meeting by meeting', 1);
  flow.paragraph(
    `Aggregates of each meeting only. A meeting with fewer than ${MIN_PEOPLE_FOR_TEAM_NUMBERS} people shows no team numbers: they would describe one or two people.`,
    { size: TYPE.small, color: COLORS.muted },
  );
  const dates = doc.series.meetings.map((m) => m.date);
  const tooSmall = doc.team.meetings.map((t) => t.people < MIN_PEOPLE_FOR_TEAM_NUMBERS);
  smallMultiples(flow, TEAM_METRICS.slice(0, 6), (metric: SeriesMetric<TeamMeeting>) => ({
    title: `${metric.label}${metric.unit.trim() === '' ? '' : ` (${metric.unit.trim()})`}`,
    values: doc.team.meetings.map((t, i) => (tooSmall[i] ? null : metric.value(t))),
    dates,
    hiddenReason: tooSmall.every(Boolean) ? `hidden: fewer than ${MIN_PEOPLE_FOR_TEAM_NUMBERS} people` : undefined,
    format: fmt,
  }));
  const clear = doc.trends.filter((t) => t.personId === null && (t.direction === 'up' || t.direction === 'down'));
  flow.heading('What changed', 2);
  flow.bullets(clear.length > 0 ? clear.map((t) => t.note) : ['No clear change in the team numbers.'], {
    size: TYPE.small,
  });
}

function drawMethod(flow: Flow, doc: ProgressDocument): void {
  flow.startSection('Method and limits', { newPage: true });
  flow.heading('Method and limits', 1);
  flow.bullets(
    [
      "Every number is read from each meeting's analysis (the same definitions as the meeting report); nothing is re-measured.",
      'Share of talk vs an equal share = talk share x the people counted in that meeting (speakers plus invitees who never spoke). 1 is an equal share.',
      'People are matched across meetings by the same name key as within a file (case, accents, titles, "Surname, Given", role suffixes). Placeholder labels such as "SPEAKER_01" are never matched; a first name alone is only proposed as a match.',
      `A trend needs at least ${MIN_MEETINGS} meetings with the number. It is called a rise or a fall only when the least-squares change is at least ${CHANGE_OVER_SPREAD} times the scatter of the meetings around that line; otherwise "no clear change".`,
      'Rates per hour need timings; meetings without timings leave gaps. Counts (questions, invitations, credit) depend on how long the meeting was.',
      `Team numbers from fewer than ${MIN_PEOPLE_FOR_TEAM_NUMBERS} people are hidden.`,
    ],
    { size: TYPE.small },
  );
  flow.heading('Reference lines', 2);
  flow.bullets(
    doc.references.map((r) => [{ text: `${r.label}. `, bold: true }, { text: `${r.source} ${r.caveat}` }]),
    { size: TYPE.small },
  );
}

function referenceLine(metric: string): { value: number; label: string } | undefined {
  const r = referenceFor(metric);
  return r
    ? { value: r.value, label: metric === 'fairShareRatio' ? 'equal share' : `reference ${fmt(r.value)}` }
    : undefined;
}

/** Two charts a row, kept on one page each row. */
function smallMultiples<T>(
  flow: Flow,
  metrics: readonly SeriesMetric<T>[],
  spec: (m: SeriesMetric<T>) => Parameters<typeof drawTrendChart>[3],
): void {
  const gap = 10;
  const width = (flow.width - gap) / 2;
  const height = 118;
  for (let i = 0; i < metrics.length; i += 2) {
    flow.block(
      height,
      (canvas, area) => {
        drawTrendChart(canvas, flow.fonts, { x: area.x, y: area.y, width, height }, spec(metrics[i]!));
        if (metrics[i + 1])
          drawTrendChart(
            canvas,
            flow.fonts,
            { x: area.x + width + gap, y: area.y, width, height },
            spec(metrics[i + 1]!),
          );
      },
      8,
    );
  }
}
