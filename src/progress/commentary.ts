/**
 * Rule-based commentary on a person's progress, held to the same rules as the meeting commentary
 * (src/commentary/verify.ts): every number in a sentence is a cited metric's value, every quote is
 * verbatim evidence of that person. Sentences that fail are dropped, never shown.
 */
import * as z from 'zod';
import { PERSON_METRICS } from './metrics';
import type { ProgressDocument } from './schema';
import { fmt } from './trends';

/**
 * A value a sentence states: a person's metric in one meeting (`meetingId`), or a number of their trend
 * (`meetingId` null; metric `<id>.from|to|min|max|meetings`).
 */
export const ProgressCite = z.object({ metric: z.string(), value: z.number(), meetingId: z.string().nullable() });
export type ProgressCite = z.infer<typeof ProgressCite>;

/** One sentence about a person's progress, with the values it states and at most one quote of theirs. */
export const ProgressComment = z.object({
  text: z.string(),
  cites: z.array(ProgressCite),
  quote: z.object({ meetingId: z.string(), utteranceId: z.string().nullable(), text: z.string() }).nullable(),
});
export type ProgressComment = z.infer<typeof ProgressComment>;

/** The trend numbers a comment may cite without a meeting. */
const TREND_FIELDS = ['from', 'to', 'min', 'max', 'meetings'] as const;

/**
 * What changed for one person, from their trends; verified.
 *
 * @example
 * progressCommentary(doc, 'maria-elena-lopez')[0].text
 * // => 'Interruptions made: from 81.2 per hour (2026-10-05) to 0 per hour (2026-11-02) over 5 meetings, range 0 to 81.45: a clear fall.'
 */
export function progressCommentary(doc: ProgressDocument, personId: string): ProgressComment[] {
  const person = doc.people.find((p) => p.id === personId);
  if (!person) return [];
  const dateOf = new Map(doc.series.meetings.map((m) => [m.id, m.date]));
  const out: ProgressComment[] = [];
  for (const metric of PERSON_METRICS) {
    const t = doc.trends.find((x) => x.personId === personId && x.metric === metric.id);
    if (!t || !t.enough || t.from === null || t.to === null) continue;
    const first = t.points[0]!;
    const last = t.points[t.points.length - 1]!;
    const unit = metric.unit;
    const label = metric.label[0]!.toUpperCase() + metric.label.slice(1);
    out.push({
      text: `${label}: from ${fmt(t.from)}${unit} (${dateOf.get(first.meetingId)}) to ${fmt(t.to)}${unit} (${dateOf.get(last.meetingId)}) over ${t.meetings} meetings, range ${fmt(t.min!)} to ${fmt(t.max!)}: ${t.verdict}.`,
      cites: [
        { metric: metric.id, value: t.from, meetingId: first.meetingId },
        { metric: metric.id, value: t.to, meetingId: last.meetingId },
        { metric: `${metric.id}.meetings`, value: t.meetings, meetingId: null },
        { metric: `${metric.id}.min`, value: t.min!, meetingId: null },
        { metric: `${metric.id}.max`, value: t.max!, meetingId: null },
      ],
      quote: null,
    });
  }
  const latest = [...person.meetings].reverse().find((m) => m !== null && m.evidence.length > 0);
  if (latest) {
    const e = latest.evidence[0]!;
    out.push({
      text: `In the latest meeting (${dateOf.get(latest.meetingId)}), for example (${e.kind.replace(/-/g, ' ')}):`,
      cites: [],
      quote: { meetingId: latest.meetingId, utteranceId: e.utteranceId, text: e.quote },
    });
  }
  return out.filter((c) => verifyProgressComment(c, doc, personId) === null);
}

/**
 * The stored value a cite names, or null when it names nothing of this person's: their metric in a meeting
 * they attended, or a number of their trend (`<metric>.from|to|min|max|meetings`, only for a trend with
 * enough meetings).
 *
 * @example
 * storedValue(doc, 'chen-wei', { metric: 'questions', meetingId: 'm2' })           // => 4
 * storedValue(doc, 'chen-wei', { metric: 'questions.meetings', meetingId: null })  // => 5
 */
export function storedValue(
  doc: ProgressDocument,
  personId: string,
  cite: Pick<ProgressCite, 'metric' | 'meetingId'>,
): number | null {
  const person = doc.people.find((p) => p.id === personId);
  if (!person) return null;
  if (cite.meetingId !== null) {
    const index = doc.series.meetings.findIndex((m) => m.id === cite.meetingId);
    const pm = index >= 0 ? person.meetings[index] : null;
    const metric = PERSON_METRICS.find((m) => m.id === cite.metric);
    return pm && metric ? metric.value(pm) : null;
  }
  const dot = cite.metric.lastIndexOf('.');
  const [id, field] = [cite.metric.slice(0, dot), cite.metric.slice(dot + 1)];
  if (!(TREND_FIELDS as readonly string[]).includes(field)) return null;
  const trend = doc.trends.find((t) => t.personId === personId && t.metric === id && t.enough);
  return trend ? (trend[field as (typeof TREND_FIELDS)[number]] ?? null) : null;
}

/**
 * Why a comment fails verification, or null when it passes: a number not among its cited values (dates
 * aside), a cited value that is not the stored value, a quote that is not the person's evidence verbatim.
 *
 * @example
 * verifyProgressComment({ text: 'Questions: from 9 to 2.', cites: [...], quote: null }, doc, id) // => 'number 9 is not a cited value'
 */
export function verifyProgressComment(c: ProgressComment, doc: ProgressDocument, personId: string): string | null {
  const person = doc.people.find((p) => p.id === personId);
  if (!person) return `no person ${personId}`;
  const allowed = new Set(c.cites.map((x) => fmt(x.value)));
  const withoutDates = c.text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, ' ');
  for (const n of withoutDates.match(/-?\d+(?:\.\d+)?/g) ?? [])
    if (!allowed.has(fmt(Number(n)))) return `number ${n} is not a cited value`;
  for (const cite of c.cites) {
    if (storedValue(doc, personId, cite) !== cite.value)
      return `${cite.metric}${cite.meetingId === null ? '' : ` in ${cite.meetingId}`} is not ${cite.value}`;
  }
  if (c.quote) {
    const index = doc.series.meetings.findIndex((m) => m.id === c.quote!.meetingId);
    const pm = index >= 0 ? person.meetings[index] : null;
    if (!pm || !pm.evidence.some((e) => e.quote === c.quote!.text))
      return `quote "${c.quote.text}" is not this person's evidence`;
  }
  return null;
}
