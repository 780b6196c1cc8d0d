/**
 * Maps each claim of the vocabulary onto the Analysis JSON and says whether it holds, with a
 * one-line description of what the analysis shows (the "observed" text of known-failures.json).
 *
 * A claim holds when any of the places the contract keeps that observation shows it: e.g. an
 * interruption is in `turnTaking.interruptions.events` or is a finding of kind `interruption`.
 * Future kinds the coaching rework adds for the same observation go into KINDS below.
 */
import type { Analysis } from '../../src/model/analysis';
import type { CommentaryItem } from '../../src/model/commentary';
import type { Finding } from '../../src/model/finding';
import { itemTopics, summaryTopics } from './topics';
import { claimParts, type Claim, type Topic } from './vocabulary';

/** Finding kinds that report each observation (today's kinds, plus room for new ones). */
const KINDS: Record<string, readonly string[]> = {
  interruption: ['interruption'],
  invitation: ['invitation'],
  credit: ['credit'],
  'uncredited-restatement': ['uncredited-restatement'],
  tension: ['tension'],
  'negative-remark': ['negative-moment', 'negative-remark'],
  'positive-moment': ['positive-moment'],
  apology: ['apology'],
  hedge: ['hedge'],
  filler: ['filler'],
  'self-deprecation': ['self-deprecation'],
  'non-inclusive': ['non-inclusive-language'],
  paraphrase: ['paraphrase'],
  'follow-up': ['follow-up-question'],
  'building-on': ['building-on'],
  monologue: ['long-monologue'],
};

export interface Verdict {
  holds: boolean;
  /** What the analysis shows, in one line. */
  observed: string;
}

/** Resolves people and `at` snippets of one scenario against its analysis. */
export class ScenarioView {
  readonly findings: readonly Finding[];
  constructor(readonly analysis: Analysis) {
    this.findings = analysis.findings;
  }

  /** Speaker id of a person named as in the transcript (name, alias or first name), or null. */
  speakerId(name: string): string | null {
    const key = norm(name);
    const speakers = this.analysis.transcript.speakers;
    const exact = speakers.find((s) => norm(s.name) === key || s.aliases.some((a) => norm(a) === key));
    return exact?.id ?? null;
  }

  /** True when `who` (a name from a claim) is the speaker with this id. */
  is(who: string | undefined, speakerId: string | null | undefined): boolean {
    if (who === undefined) return true;
    const id = this.speakerId(who);
    return id !== null && id === speakerId;
  }

  /** The one utterance whose text contains `snippet`; throws when none or several do (a fixture error). */
  utteranceId(snippet: string): string {
    const key = norm(snippet);
    const hits = this.analysis.transcript.utterances.filter((u) => norm(u.text).includes(key));
    if (hits.length !== 1) throw new Error(`"${snippet}" occurs in ${hits.length} utterances (must be exactly one)`);
    return hits[0]!.id;
  }

  at(snippet: string | undefined, utteranceId: string | null | undefined): boolean {
    return snippet === undefined || this.utteranceId(snippet) === utteranceId;
  }

  name(speakerId: string | null | undefined): string {
    return this.analysis.transcript.speakers.find((s) => s.id === speakerId)?.name ?? String(speakerId);
  }

  quote(utteranceId: string | null | undefined): string {
    const text = this.analysis.transcript.utterances.find((u) => u.id === utteranceId)?.text ?? '';
    return text.length > 48 ? `${text.slice(0, 45)}...` : text;
  }

  speakerOf(utteranceId: string): string | null {
    return this.analysis.transcript.utterances.find((u) => u.id === utteranceId)?.speakerId ?? null;
  }
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Evaluates one claim against one analysis.
 *
 * @example
 * evaluateClaim(new ScenarioView(analysis), { interruption: { by: 'Dev Patel' } })
 * // => { holds: true, observed: 'interruption by Dev Patel of Marek Nowak at u4 "no no that is not what happened..."' }
 */
export function evaluateClaim(view: ScenarioView, claim: Claim): Verdict {
  const [type, p] = claimParts(claim);
  const by = p.by as string | undefined;
  const to = p.to as string | undefined;
  const at = p.at as string | undefined;
  const a = view.analysis;
  switch (type) {
    case 'interruption': {
      const of = p.of as string | undefined;
      const events = [
        ...a.turnTaking.interruptions.events.map((e) => ({ by: e.speakerId, of: e.targetSpeakerId, u: e.utteranceId })),
        ...kindFindings(view, type).map((f) => ({ by: f.speakerId, of: f.targetSpeakerId, u: f.utteranceId })),
      ];
      const hits = events.filter((e) => view.is(by, e.by) && view.is(of, e.of) && view.at(at, e.u));
      return verdict(hits.length > 0, hits.length > 0 ? hits : events, (e) => `interruption by ${view.name(e.by)} of ${view.name(e.of)} at ${e.u} "${view.quote(e.u)}"`, 'interruptions');
    }
    case 'invitation':
    case 'credit': {
      const items = type === 'invitation' ? a.inclusivity.invitations.items : a.inclusivity.credit.items;
      const events = [
        ...items.map((i) => ({ by: i.speakerId, to: i.toSpeakerId, name: 'addresseeName' in i ? i.addresseeName : 'creditedName' in i ? i.creditedName : null, u: i.utteranceId })),
        ...kindFindings(view, type).map((f) => ({ by: f.speakerId, to: f.targetSpeakerId, name: null as string | null, u: f.utteranceId })),
      ];
      const toMatches = (e: (typeof events)[number]) =>
        to === undefined || view.is(to, e.to) || (e.to === null && e.name !== null && norm(e.name) === norm(to.split(' ')[0]!));
      const hits = events.filter((e) => view.is(by, e.by) && toMatches(e) && view.at(at, e.u));
      return verdict(hits.length > 0, hits.length > 0 ? hits : events, (e) => `${type} by ${view.name(e.by)} to ${e.to ? view.name(e.to) : (e.name ?? 'nobody named')} at ${e.u} "${view.quote(e.u)}"`, `${type}s`);
    }
    case 'uncredited-restatement': {
      const of = p.of as string | undefined;
      const found = kindFindings(view, type);
      const hits = found.filter((f) => view.is(by, f.speakerId) && view.is(of, f.targetSpeakerId) && view.at(at, f.utteranceId));
      return verdict(hits.length > 0, hits.length > 0 ? hits : found, (f) => `restatement by ${view.name(f.speakerId)} of ${view.name(f.targetSpeakerId)} at ${f.utteranceId}`, 'restatements');
    }
    case 'tension': {
      const between = p.between as [string, string] | undefined;
      const involving = p.involving as string | undefined;
      const runs = [
        ...a.sentiment.tension.map((t) => ({ ids: t.speakerIds as string[], u: t.utteranceIds[0] ?? null })),
        ...kindFindings(view, type).map((f) => ({ ids: [f.speakerId, f.targetSpeakerId].filter((x): x is string => x !== null), u: f.utteranceId })),
      ];
      const hits = runs.filter(
        (r) => (between === undefined || between.every((n) => r.ids.includes(view.speakerId(n) ?? '?'))) && (involving === undefined || r.ids.includes(view.speakerId(involving) ?? '?')),
      );
      return verdict(hits.length > 0, hits.length > 0 ? hits : runs, (r) => `tension between ${r.ids.map((id) => view.name(id)).join(' and ')} from ${r.u}`, 'tension');
    }
    case 'negative-remark':
    case 'positive-moment':
    case 'apology':
    case 'hedge':
    case 'filler':
    case 'self-deprecation':
    case 'non-inclusive':
    case 'paraphrase':
    case 'follow-up':
    case 'building-on':
    case 'backchannel':
    case 'monologue': {
      const marks = markerHits(view, type);
      const hits = marks.filter((m) => view.is(by, m.by) && view.at(at, m.u));
      return verdict(hits.length > 0, hits.length > 0 ? hits : marks, (m) => `${type} by ${view.name(m.by)} at ${m.u} "${view.quote(m.u)}"`, `${type} markers`);
    }
    case 'tone': {
      const u = view.utteranceId(at!);
      const s = a.sentiment.utterances.find((x) => x.utteranceId === u);
      const score = s?.score ?? 0;
      const polarity = score > a.sentiment.thresholds.positive ? 'positive' : score < a.sentiment.thresholds.negative ? 'negative' : 'neutral';
      return { holds: polarity === p.is, observed: `${u} scored ${score.toFixed(2)} (${polarity}) from ${JSON.stringify(s?.evidence ?? [])}` };
    }
    case 'question': {
      const items = a.turnTaking.questions.items;
      const hits = items.filter((q) => view.is(by, q.speakerId) && view.at(at, q.utteranceId) && (p.type === undefined || q.type === p.type));
      return verdict(hits.length > 0, hits.length > 0 ? hits : items.filter((q) => view.is(by, q.speakerId)), (q) => `${q.type} question by ${view.name(q.speakerId)} at ${q.utteranceId} "${view.quote(q.utteranceId)}"`, 'questions');
    }
    case 'answered': {
      const u = view.utteranceId(at!);
      const q = a.turnTaking.questions.items.find((x) => x.utteranceId === u);
      if (!q) return { holds: false, observed: `${u} "${view.quote(u)}" is not counted as a question` };
      const holds = q.answererId !== null && view.is(by, q.answererId);
      return { holds, observed: q.answererId ? `answered by ${view.name(q.answererId)} at ${q.answerUtteranceId}` : `question ${u} has no answer` };
    }
    case 'status': {
      const who = p.who as string | undefined;
      const rows = a.inclusivity.participation.speakers.filter((s) => view.is(who, s.speakerId));
      const hits = rows.filter((s) => s.status === p.is);
      return verdict(hits.length > 0, rows, (s) => `${view.name(s.speakerId)} ${s.status} at ${Math.round(s.talkShare * 100)}% (fair share ${Math.round(a.inclusivity.participation.fairShare * 100)}%)`, 'participation rows');
    }
    case 'silent-invitee': {
      const silent = a.turnTaking.attendees.silent.map((s) => s.name);
      return { holds: silent.some((n) => norm(n) === norm(p.name as string)), observed: `silent invitees: [${silent.join(', ')}]` };
    }
    case 'named-in-commentary': {
      const texts = [...a.commentary.summary, ...a.commentary.people.flatMap((x) => [...x.strengths, ...x.actions])].map((i) => i.text);
      const full = norm(p.name as string);
      const first = full.split(' ')[0]!;
      const hit = texts.find((t) => norm(t).includes(full) || new RegExp(`\\b${escape(first)}\\b`, 'i').test(t));
      return { holds: hit !== undefined, observed: hit ? `named in "${short(hit)}"` : `not named in ${texts.length} commentary items; summary: ${a.commentary.summary.map((i) => `"${short(i.text)}"`).join(' ')}` };
    }
    case 'participant': {
      const id = view.speakerId(p.name as string);
      const inParticipation = id !== null && a.inclusivity.participation.speakers.some((s) => s.speakerId === id);
      const person = a.commentary.people.find((x) => x.speakerId === id);
      const coached = person !== undefined && person.strengths.length + person.actions.length > 0;
      return { holds: inParticipation || coached, observed: `${p.name}: ${id ?? 'no speaker id'}; in participation rows: ${inParticipation}; coached: ${coached}` };
    }
    case 'metric':
      return metric(view, p as { who?: string; name: string; op: string; value: number });
    case 'action':
    case 'strength': {
      const items = coachingItems(view, type === 'action' ? 'actions' : 'strengths').filter((x) => view.is(to, x.speakerId));
      const hits = items.filter((x) => p.about === undefined || x.topics.has(p.about as Topic));
      return verdict(hits.length > 0, hits.length > 0 ? hits : items, (x) => `${type} for ${view.name(x.speakerId)} [${[...x.topics].join(',')}] "${short(x.item.text)}"`, `${type}s`);
    }
    case 'summary': {
      const hits = a.commentary.summary.filter((i) => summaryTopics(i).has(p.about as 'uneven-talk'));
      return verdict(hits.length > 0, hits.length > 0 ? hits : a.commentary.summary, (i) => `summary "${short(i.text)}"`, 'summary items');
    }
    case 'contradictory-advice': {
      const topics = new Set(coachingItems(view, 'actions').filter((x) => view.is(to, x.speakerId)).flatMap((x) => [...x.topics]));
      const holds = topics.has('speak-up') && (topics.has('monologue') || topics.has('talk-less'));
      return { holds, observed: `action topics for ${to}: [${[...topics].join(', ')}]` };
    }
    default:
      throw new Error(`unknown claim type ${type}`);
  }
}

/** Every action or strength with its person and topics. */
export function coachingItems(view: ScenarioView, which: 'actions' | 'strengths'): Array<{ speakerId: string; item: CommentaryItem; topics: Set<Topic> }> {
  return view.analysis.commentary.people.flatMap((person) =>
    person[which].map((item) => ({ speakerId: person.speakerId, item, topics: itemTopics(item, person.speakerId, view.findings) })),
  );
}

function kindFindings(view: ScenarioView, type: string): Finding[] {
  const kinds = KINDS[type] ?? [];
  return view.findings.filter((f) => kinds.includes(f.kind));
}

/** Every place the analysis records a per-utterance marker of this type, as (speaker, utterance). */
function markerHits(view: ScenarioView, type: string): Array<{ by: string | null; u: string | null }> {
  const a = view.analysis;
  const out: Array<{ by: string | null; u: string | null }> = kindFindings(view, type).map((f) => ({ by: f.speakerId, u: f.utteranceId }));
  const fromEvidence = (rows: Array<{ speakerId: string; ids: string[] }>) => rows.forEach((r) => r.ids.forEach((u) => out.push({ by: r.speakerId, u })));
  const language = a.inclusivity.language;
  const listening = a.listening.speakers;
  if (type === 'apology') fromEvidence(language.map((l) => ({ speakerId: l.speakerId, ids: l.apologies.evidence.utteranceIds })));
  if (type === 'hedge') fromEvidence(language.map((l) => ({ speakerId: l.speakerId, ids: l.hedges.evidence.utteranceIds })));
  if (type === 'filler') fromEvidence(language.map((l) => ({ speakerId: l.speakerId, ids: l.fillers.evidence.utteranceIds })));
  if (type === 'self-deprecation') fromEvidence(language.map((l) => ({ speakerId: l.speakerId, ids: l.selfDeprecation.evidence.utteranceIds })));
  if (type === 'paraphrase') fromEvidence(listening.map((l) => ({ speakerId: l.speakerId, ids: l.paraphrases.evidence.utteranceIds })));
  if (type === 'follow-up') fromEvidence(listening.map((l) => ({ speakerId: l.speakerId, ids: l.followUpQuestions.evidence.utteranceIds })));
  if (type === 'building-on') fromEvidence(listening.map((l) => ({ speakerId: l.speakerId, ids: l.buildingOn.evidence.utteranceIds })));
  if (type === 'backchannel') {
    fromEvidence(a.turnTaking.speakers.map((s) => ({ speakerId: s.speakerId, ids: s.backchannelUtteranceIds })));
    fromEvidence(listening.map((l) => ({ speakerId: l.speakerId, ids: l.backchannels.evidence.utteranceIds })));
  }
  if (type === 'monologue') a.turnTaking.monologues.items.forEach((m) => out.push({ by: m.speakerId, u: m.utteranceIds[0] ?? null }));
  if (type === 'negative-remark') a.sentiment.moments.mostNegative.forEach((m) => out.push({ by: m.speakerId, u: m.utteranceId }));
  if (type === 'positive-moment') a.sentiment.moments.mostPositive.forEach((m) => out.push({ by: m.speakerId, u: m.utteranceId }));
  return out;
}

function metric(view: ScenarioView, m: { who?: string; name: string; op: string; value: number }): Verdict {
  const a = view.analysis;
  let value: number | null;
  if (m.who !== undefined) {
    const id = view.speakerId(m.who);
    const tt = a.turnTaking.speakers.find((s) => s.speakerId === id);
    const language = a.inclusivity.language.find((l) => l.speakerId === id);
    const perPerson: Record<string, number | null | undefined> = {
      turns: tt?.turns,
      questions: tt?.questions,
      interruptionsMade: tt?.interruptionsMade,
      interruptionsReceived: tt?.interruptionsReceived,
      medianGapBeforeSpeakingMs: tt?.medianGapBeforeSpeakingMs,
      talkShare: tt?.talkShare,
      apologies: language?.apologies.count,
    };
    value = perPerson[m.name] ?? null;
  } else {
    const meeting: Record<string, number> = {
      interruptions: a.turnTaking.interruptions.count,
      longSilences: a.turnTaking.longSilences?.count ?? 0,
      participantsCounted: a.turnTaking.participantsCounted,
      people: a.inclusivity.participation.people,
    };
    value = meeting[m.name] ?? null;
  }
  const holds = value !== null && compare(value, m.op, m.value);
  return { holds, observed: `${m.who ? `${m.who}'s ` : ''}${m.name} = ${value}` };
}

function compare(x: number, op: string, y: number): boolean {
  if (op === '==') return x === y;
  if (op === '>=') return x >= y;
  if (op === '<=') return x <= y;
  if (op === '>') return x > y;
  return x < y;
}

function verdict<T>(holds: boolean, shown: readonly T[], describe: (x: T) => string, what: string): Verdict {
  if (shown.length === 0) return { holds, observed: `no ${what}` };
  // The same observation is often kept in two places (an event and its finding): show it once.
  const parts = [...new Set(shown.map(describe))];
  const list = parts.slice(0, 3).join('; ') + (parts.length > 3 ? ` (+${parts.length - 3} more)` : '');
  return { holds, observed: holds ? list : `none matching; found: ${list}` };
}

const short = (s: string) => (s.length > 70 ? `${s.slice(0, 67)}...` : s);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
