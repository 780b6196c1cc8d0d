/**
 * Grounding: every item the commentator writes is checked against the transcript and the
 * metrics before anyone sees it. What fails is dropped and counted, never shown or repaired.
 */
import type { CommentaryDraft, CommentaryItem } from '../model/commentary';
import { isCoachable, type Finding } from '../model/finding';
import type { Transcript } from '../model/transcript';
import type { UtteranceCheck } from './injection';
import { renderings, type MetricLookup } from './metrics';
import { lookupById, type ByIdLookup } from './by-id';

export interface VerificationContext {
  transcript: Transcript;
  /** The text of each utterance exactly as the commentator saw it (after redaction). */
  seenText: ByIdLookup<string>;
  metrics: MetricLookup;
  /** Utterances that try to instruct the LLM; citing them disqualifies an item. */
  suspicious: UtteranceCheck;
  /**
   * The analysers' findings. When given, an action for a person that cites only utterances whose findings
   * about that person are all observations (info-level or low-confidence), and no metric, is dropped.
   */
  findings?: readonly Finding[];
}

export interface Verified {
  draft: CommentaryDraft;
  dropped: Array<{ where: string; reason: string }>;
}

/**
 * Keeps only the items that pass every check.
 *
 * @example
 * const { draft, dropped } = verifyDraft(llmDraft, context);
 * // dropped => [{ where: 'people[s2].actions[0]', reason: 'quote "we never agreed" is not in u14' }]
 */
export function verifyDraft(input: CommentaryDraft, ctx: VerificationContext): Verified {
  const dropped: Verified['dropped'] = [];
  const speakerIds = new Set(ctx.transcript.speakers.map((s) => s.id));
  // Who said each utterance, looked up once per quote: a search of the transcript per quote grew with
  // people x utterances (a few ms per 100k words).
  const speakerOf = lookupById(ctx.transcript.utterances, (u) => u.speakerId);
  const keep = (item: CommentaryItem, where: string, personId: string | null): boolean => {
    const reason = checkItem(item, personId, ctx, speakerOf);
    if (reason) dropped.push({ where, reason });
    return reason === null;
  };

  const summary = input.summary.filter((item, i) => keep(item, `summary[${i}]`, null));
  const people: CommentaryDraft['people'] = [];
  const seen = new Set<string>();
  for (const person of input.people) {
    if (!speakerIds.has(person.speakerId)) {
      dropped.push({ where: `people[${person.speakerId}]`, reason: `no speaker with id ${person.speakerId}` });
      continue;
    }
    if (seen.has(person.speakerId)) {
      dropped.push({ where: `people[${person.speakerId}]`, reason: 'the same person appears twice' });
      continue;
    }
    seen.add(person.speakerId);
    people.push({
      speakerId: person.speakerId,
      strengths: person.strengths.filter((item, i) =>
        keep(item, `people[${person.speakerId}].strengths[${i}]`, person.speakerId),
      ),
      actions: person.actions.filter((item, i) => {
        const where = `people[${person.speakerId}].actions[${i}]`;
        const weak = restsOnObservations(item, person.speakerId, ctx.findings);
        if (weak) dropped.push({ where, reason: weak });
        return weak === null && keep(item, where, person.speakerId);
      }),
    });
  }
  return { draft: { summary, people }, dropped };
}

/** Returns why the item fails, or null when it is grounded. */
function checkItem(
  item: CommentaryItem,
  personId: string | null,
  ctx: VerificationContext,
  speakerOf: ByIdLookup<string>,
): string | null {
  if (item.utteranceIds.length === 0 && item.metrics.length === 0 && item.quotes.length === 0)
    return 'cites no utterance and no metric';
  for (const id of [...item.utteranceIds, ...item.quotes.map((q) => q.utteranceId)]) {
    if (!ctx.seenText.has(id)) return `cites utterance ${id}, which does not exist or was not given`;
    if (ctx.suspicious.has(id)) return `cites utterance ${id}, which contains instructions addressed to the AI`;
  }
  for (const m of item.metrics) if (!ctx.metrics.has(m)) return `cites metric ${m}, which does not exist`;

  for (const q of item.quotes) {
    const text = ctx.seenText.get(q.utteranceId)!;
    if (!normalizeForMatch(text).includes(normalizeForMatch(q.text)))
      return `quote "${clip(q.text)}" is not in ${q.utteranceId}`;
    const speaker = speakerOf.get(q.utteranceId);
    if (personId !== null && speaker !== personId)
      return `quote "${clip(q.text)}" was said by ${speaker}, not by ${personId}`;
    if (personId === null) {
      const named = namedSpeakers(item.text, ctx.transcript);
      if (named.size > 0 && speaker !== undefined && !named.has(speaker))
        return `quote "${clip(q.text)}" is attributed to ${[...named].join(', ')} but was said by ${speaker}`;
    }
  }

  // A count of the utterances the item cites is grounded in them ("3 times", citing three utterances).
  const allowed = new Set<number>([new Set(item.utteranceIds).size]);
  for (const m of item.metrics) for (const r of renderings(ctx.metrics.get(m)!, m)) allowed.add(r);
  const quoted = item.quotes.map((q) => q.text).join(' ');
  for (const n of numbersIn(withoutNames(item.text, ctx.transcript))) {
    if (allowed.has(n) || numbersIn(quoted).includes(n)) continue;
    return `states ${n}, which matches none of the cited metrics (${item.metrics.join(', ') || 'none cited'})`;
  }
  return null;
}

/**
 * Why an action is advice built on observations only, or null: it cites no metric, and every finding about
 * this person on the utterances it cites is info-level or low-confidence (see isCoachable).
 *
 * @example
 * restsOnObservations({ utteranceIds: ['u3'], metrics: [], quotes: [], text: 'Let others finish' }, 's1', findings)
 * // => 'rests only on observations (interruption/low, low confidence), not on findings a coach would stand behind'
 */
export function restsOnObservations(
  item: CommentaryItem,
  personId: string,
  findings: readonly Finding[] | undefined,
): string | null {
  if (!findings || item.metrics.length > 0) return null;
  const cited = new Set([...item.utteranceIds, ...item.quotes.map((q) => q.utteranceId)]);
  const basis = findings.filter((f) => f.utteranceId !== null && cited.has(f.utteranceId) && f.speakerId === personId);
  if (basis.length === 0 || basis.some(isCoachable)) return null;
  const kinds = [...new Set(basis.map((f) => `${f.kind}/${f.severity}, ${f.confidence} confidence`))].join('; ');
  return `rests only on observations (${kinds}), not on findings a coach would stand behind`;
}

/**
 * Lower case, one space, straight quotes and apostrophes, no surrounding punctuation.
 *
 * @example
 * normalizeForMatch(' “Good  POINT,” ') // => 'good point'
 */
export function normalizeForMatch(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s"'.,;:!?…-]+|[\s"'.,;:!?…-]+$/g, '');
}

/** Numbers written in prose ("42%", "3.5", "1,200"); times like 10:30 are not numbers here. */
function numbersIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(
    /(?<![\d:.,])-?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d:])|(?<![\d:.,])-?\d+(?:\.\d+)?(?![\d:]|[.,]\d)/g,
  )) {
    out.push(Number(m[0].replace(/,/g, '')));
  }
  return out;
}

/** The text with every speaker's name taken out: the 2 in "Speaker 2" is a label, not a stated number. */
function withoutNames(text: string, transcript: Transcript): string {
  const names = transcript.speakers
    .map((s) => s.name)
    .filter((n) => /\d/.test(n))
    .sort((a, b) => b.length - a.length);
  return names.reduce((out, name) => out.split(name).join(' '), text);
}

/** Speakers whose name (or first name) the text mentions. */
function namedSpeakers(text: string, transcript: Transcript): Set<string> {
  const lower = text.toLowerCase();
  const ids = new Set<string>();
  for (const s of transcript.speakers) {
    if (s.anonymous) continue;
    const first = s.name.split(/\s+/)[0]!.toLowerCase();
    if (first.length >= 2 && new RegExp(`(^|[^\\p{L}])${escapeRegExp(first)}([^\\p{L}]|$)`, 'u').test(lower))
      ids.add(s.id);
  }
  return ids;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 60)}...` : s;
}
