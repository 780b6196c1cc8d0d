/**
 * How the report cites the transcript: where an utterance is (time, or line when there are no
 * timings), who said it, and the quote itself, kept to a readable length.
 */
import type { Finding } from '../../src/model/finding';
import { formatClock } from '../format';
import type { Segment } from '../layout/flow';
import { COLORS } from '../layout/theme';
import type { ReportModel } from '../model/report-model';

/**
 * Quotes longer than this are cut at a word boundary with "…" (the JSON keeps them whole).
 *
 * @example
 * quoted('word '.repeat(200)).length <= MAX_QUOTE_CHARS + 3 // => true
 */
export const MAX_QUOTE_CHARS = 320;

/**
 * Where an utterance is: its time when the transcript has timings, else its source line, else its id.
 *
 * @example
 * whereLabel(model, 'u12') // => '12:34' (timed), 'line 240' (untimed), or 'u12'
 */
export function whereLabel(model: ReportModel, utteranceId: string | null, startMs: number | null = null): string {
  const u = utteranceId ? model.utteranceById.get(utteranceId) : undefined;
  const ms = startMs ?? u?.startMs ?? null;
  if (model.hasTimings && ms !== null) return formatClock(ms);
  if (u?.line) return `line ${u.line}`;
  return utteranceId ?? '';
}

/**
 * A person's drawable label, or the id itself when the analysis names someone the transcript lacks.
 *
 * @example
 * personLabel(model, 's2') // => 'Zoë'
 */
export function personLabel(model: ReportModel, speakerId: string | null): string {
  if (speakerId === null) return '—';
  return model.personById.get(speakerId)?.label ?? speakerId;
}

/**
 * A quote in typographic quotes, cut at a word boundary when very long.
 *
 * @example
 * quoted('sorry, maybe this is a dumb idea') // => '“sorry, maybe this is a dumb idea”'
 */
export function quoted(text: string, max = MAX_QUOTE_CHARS): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return `“${clean}”`;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `“${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…”`;
}

/**
 * "Ana (12:34): “quote”" as segments: the name bold, the place muted.
 *
 * @example
 * flow.paragraph(citation(model, finding.speakerId, finding.utteranceId, finding.quote));
 */
export function citation(
  model: ReportModel,
  speakerId: string | null,
  utteranceId: string | null,
  quote: string,
  startMs: number | null = null,
): Segment[] {
  const where = whereLabel(model, utteranceId, startMs);
  return [
    { text: personLabel(model, speakerId), bold: true },
    { text: where ? ` (${where}): ` : ': ', color: COLORS.muted },
    { text: quoted(quote) },
  ];
}

/**
 * Findings of some kinds, in transcript order.
 *
 * @example
 * findingsOfKind(model, ['invitation']).length // => 3
 */
export function findingsOfKind(model: ReportModel, kinds: readonly string[]): Finding[] {
  const set = new Set(kinds);
  const order = (f: Finding) =>
    f.utteranceId ? (model.utteranceById.get(f.utteranceId)?.index ?? Infinity) : Infinity;
  return model.findings.filter((f) => set.has(f.kind)).sort((a, b) => order(a) - order(b));
}

/**
 * A kind id in words: `non-inclusive-language` -> `non-inclusive language`.
 *
 * @example
 * humanKind('self-deprecation') // => 'self-deprecation'
 * humanKind('follow-up-question') // => 'follow-up question'
 */
export function humanKind(kind: string): string {
  const keepHyphen = new Set(['self-deprecation', 'back-channel', 'non-inclusive', 'follow-up']);
  const parts = kind.split('-');
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i++)
    out += keepHyphen.has(`${parts[i - 1]}-${parts[i]}`) ? `-${parts[i]}` : ` ${parts[i]}`;
  return out;
}

/**
 * Rows about people, in the report's people order (largest talk share first), so every table lists
 * people the way the charts colour them.
 *
 * @example
 * inPeopleOrder(model, result.language).map((l) => l.speakerId) // => ['s2', 's1', 's3']
 */
export function inPeopleOrder<T extends { speakerId: string }>(model: ReportModel, rows: readonly T[]): T[] {
  const at = (id: string) => model.personById.get(id)?.index ?? 0;
  return [...rows].sort((a, b) => at(a.speakerId) - at(b.speakerId));
}
