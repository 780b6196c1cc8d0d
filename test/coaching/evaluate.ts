/**
 * Maps each claim of the vocabulary onto the Analysis JSON and says whether it holds, with a
 * one-line description of what the analysis shows (the "observed" text of known-failures.json).
 *
 * A claim holds when any of the places the contract keeps that observation shows it: e.g. an
 * interruption is in `turnTaking.interruptions.events` or is a finding of kind `interruption`.
 * Future finding kinds for the same observation go into KINDS below, never into the expectations.
 */
import type { Analysis } from '../../analyzers/analysis';
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

  /** Speaker id of a person named as in the transcript (name or alias), or null. */
  speakerId(name: string): string | null {
    const key = norm(name);
    const named = (s: { name: string; aliases: string[] }) =>
      norm(s.name) === key || s.aliases.some((a) => norm(a) === key);
    return this.analysis.transcript.speakers.find(named)?.id ?? null;
  }

  /** True when `who` (a name from a claim, or undefined for anyone) is the speaker with this id. */
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

  /** True when `snippet` (or undefined for anywhere) is in this utterance. */
  at(snippet: string | undefined, utteranceId: string | null | undefined): boolean {
    return snippet === undefined || this.utteranceId(snippet) === utteranceId;
  }

  name(speakerId: string | null | undefined): string {
    return this.analysis.transcript.speakers.find((s) => s.id === speakerId)?.name ?? String(speakerId);
  }

  /** The utterance's text, shortened for a one-line report. */
  quote(utteranceId: string | null | undefined): string {
    return short(this.analysis.transcript.utterances.find((u) => u.id === utteranceId)?.text ?? '', 48);
  }

  speakerOf(utteranceId: string): string | null {
    return this.analysis.transcript.utterances.find((u) => u.id === utteranceId)?.speakerId ?? null;
  }
}

type Params = Record<string, unknown>;
type Evaluator = (view: ScenarioView, p: Params, type: string) => Verdict;

/**
 * Evaluates one claim against one analysis.
 *
 * @example
 * evaluateClaim(new ScenarioView(analysis), { interruption: { by: 'Dev Patel' } })
 * // => { holds: true, observed: 'interruption by Dev Patel of Marek Nowak at u4 "no no that is not..."' }
 */
export function evaluateClaim(view: ScenarioView, claim: Claim): Verdict {
  const [type, params] = claimParts(claim);
  const evaluator = EVALUATORS[type];
  if (!evaluator) throw new Error(`unknown claim type ${type}`);
  return evaluator(view, params, type);
}

/** Who did what to whom, where: the common shape of interruptions, invitations, credit, restatements. */
interface Act {
  by: string | null;
  to: string | null;
  /** The addressee as written, when the analysis did not resolve it to a speaker. */
  toName: string | null;
  u: string | null;
}

const actsFromFindings = (view: ScenarioView, type: string): Act[] =>
  kindFindings(view, type).map((f) => ({ by: f.speakerId, to: f.targetSpeakerId, toName: null, u: f.utteranceId }));

/** Matches acts on `by`, the other person (`of` or `to`) and `at`. */
function actVerdict(view: ScenarioView, p: Params, type: string, acts: Act[]): Verdict {
  const other = text(p.of ?? p.to);
  const firstName = norm(other?.split(' ')[0] ?? '');
  // An addressee the analysis left unresolved still counts when it is written as the person's first name.
  const byName = (a: Act) => a.to === null && a.toName !== null && norm(a.toName) === firstName;
  const otherMatches = (a: Act) => other === undefined || view.is(other, a.to) || byName(a);
  const hits = acts.filter((a) => view.is(text(p.by), a.by) && otherMatches(a) && view.at(text(p.at), a.u));
  const whom = (a: Act) => (a.to ? view.name(a.to) : (a.toName ?? 'nobody named'));
  const relation = type === 'interruption' ? 'of' : 'to';
  const describe = (a: Act) => `${type} by ${view.name(a.by)} ${relation} ${whom(a)} at ${a.u} "${view.quote(a.u)}"`;
  return verdict(hits, acts, describe, `${type}s`);
}

/** Markers on one utterance by one person: apologies, hedges, listening markers, moments... */
function markerVerdict(view: ScenarioView, p: Params, type: string): Verdict {
  const marks = markerHits(view, type);
  const hits = marks.filter((m) => view.is(text(p.by), m.by) && view.at(text(p.at), m.u));
  return verdict(hits, marks, (m) => `${type} by ${view.name(m.by)} at ${m.u} "${view.quote(m.u)}"`, `${type} markers`);
}

const EVALUATORS: Record<string, Evaluator> = {
  interruption(view, p, type) {
    const events = view.analysis.turnTaking.interruptions.events;
    const acts = events.map((e): Act => ({ by: e.speakerId, to: e.targetSpeakerId, toName: null, u: e.utteranceId }));
    return actVerdict(view, p, type, [...acts, ...actsFromFindings(view, type)]);
  },
  invitation(view, p, type) {
    const items = view.analysis.inclusivity.invitations.items;
    const acts = items.map((i): Act => ({
      by: i.speakerId,
      to: i.toSpeakerId,
      toName: i.addresseeName,
      u: i.utteranceId,
    }));
    return actVerdict(view, p, type, [...acts, ...actsFromFindings(view, type)]);
  },
  credit(view, p, type) {
    const items = view.analysis.inclusivity.credit.items;
    const acts = items.map((i): Act => ({
      by: i.speakerId,
      to: i.toSpeakerId,
      toName: i.creditedName,
      u: i.utteranceId,
    }));
    return actVerdict(view, p, type, [...acts, ...actsFromFindings(view, type)]);
  },
  'uncredited-restatement': (view, p, type) => actVerdict(view, p, type, actsFromFindings(view, type)),
  tension(view, p, type) {
    const between = p.between as [string, string] | undefined;
    const involving = p.involving as string | undefined;
    const pair = (f: Finding) => [f.speakerId, f.targetSpeakerId].filter((x): x is string => x !== null);
    const runs = [
      ...view.analysis.sentiment.tension.map((t) => ({ ids: [...t.speakerIds], u: t.utteranceIds[0] ?? null })),
      ...kindFindings(view, type).map((f) => ({ ids: pair(f), u: f.utteranceId })),
    ];
    const has = (ids: string[], name: string) => ids.includes(view.speakerId(name) ?? '?');
    const matches = (ids: string[]) =>
      (between === undefined || between.every((n) => has(ids, n))) && (involving === undefined || has(ids, involving));
    const hits = runs.filter((r) => matches(r.ids));
    const describe = (r: (typeof runs)[number]) =>
      `tension between ${r.ids.map((id) => view.name(id)).join(' and ')} from ${r.u}`;
    return verdict(hits, runs, describe, 'tension');
  },
  'negative-remark': markerVerdict,
  'positive-moment': markerVerdict,
  apology: markerVerdict,
  hedge: markerVerdict,
  filler: markerVerdict,
  'self-deprecation': markerVerdict,
  'non-inclusive'(view, p, type) {
    const word = text(p.word);
    const all = kindFindings(view, type);
    const found = all.filter((f) => word === undefined || norm(f.quote).includes(norm(word)));
    const hits = found.filter((f) => view.is(text(p.by), f.speakerId) && view.at(text(p.at), f.utteranceId));
    const describe = (f: Finding) => `"${f.quote}" flagged for ${view.name(f.speakerId)} at ${f.utteranceId}`;
    return verdict(hits, all, describe, 'flagged wording');
  },
  paraphrase: markerVerdict,
  'follow-up': markerVerdict,
  'building-on': markerVerdict,
  backchannel: markerVerdict,
  monologue: markerVerdict,
  tone(view, p) {
    const { sentiment } = view.analysis;
    const u = view.utteranceId(p.at as string);
    const s = sentiment.utterances.find((x) => x.utteranceId === u);
    const score = s?.score ?? 0;
    const { positive, negative } = sentiment.thresholds;
    const polarity = score > positive ? 'positive' : score < negative ? 'negative' : 'neutral';
    const words = JSON.stringify(s?.evidence ?? []);
    return { holds: polarity === p.is, observed: `${u} scored ${score.toFixed(2)} (${polarity}) from ${words}` };
  },
  question(view, p) {
    const mine = view.analysis.turnTaking.questions.items.filter((q) => view.is(text(p.by), q.speakerId));
    const hits = mine.filter((q) => view.at(text(p.at), q.utteranceId) && (p.type === undefined || q.type === p.type));
    const describe = (q: (typeof mine)[number]) =>
      `${q.type} question by ${view.name(q.speakerId)} at ${q.utteranceId} "${view.quote(q.utteranceId)}"`;
    return verdict(hits, mine, describe, 'questions');
  },
  answered(view, p) {
    const u = view.utteranceId(p.at as string);
    const q = view.analysis.turnTaking.questions.items.find((x) => x.utteranceId === u);
    if (!q) return { holds: false, observed: `${u} "${view.quote(u)}" is not counted as a question` };
    const holds = q.answererId !== null && view.is(text(p.by), q.answererId);
    const observed = q.answererId
      ? `answered by ${view.name(q.answererId)} at ${q.answerUtteranceId}`
      : `question ${u} has no answer`;
    return { holds, observed };
  },
  status(view, p) {
    const { participation } = view.analysis.inclusivity;
    const rows = participation.speakers.filter((s) => view.is(text(p.who), s.speakerId));
    const hits = rows.filter((s) => s.status === p.is);
    const pct = (x: number) => `${Math.round(x * 100)}%`;
    const fair = pct(participation.fairShare);
    const describe = (s: (typeof rows)[number]) =>
      `${view.name(s.speakerId)} ${s.status} at ${pct(s.talkShare)} (fair share ${fair})`;
    const observed = rows.length === 0 ? 'no participation rows' : rows.slice(0, 3).map(describe).join('; ');
    return { holds: hits.length > 0, observed };
  },
  'silent-invitee'(view, p) {
    const silent = view.analysis.turnTaking.attendees.silent.map((s) => s.name);
    const holds = silent.some((n) => norm(n) === norm(p.name as string));
    return { holds, observed: `silent invitees: [${silent.join(', ')}]` };
  },
  'named-in-commentary'(view, p) {
    const { commentary } = view.analysis;
    const items = [...commentary.summary, ...commentary.people.flatMap((x) => [...x.strengths, ...x.actions])];
    const texts = items.map((i) => i.text);
    const full = norm(p.name as string);
    const first = new RegExp(`\\b${escapeRegExp(full.split(' ')[0]!)}\\b`, 'i');
    const hit = texts.find((t) => norm(t).includes(full) || first.test(t));
    if (hit) return { holds: true, observed: `named in "${short(hit, 70)}"` };
    const summary = commentary.summary.map((i) => `"${short(i.text, 70)}"`).join(' ');
    return { holds: false, observed: `not named in ${texts.length} items; summary: ${summary}` };
  },
  participant(view, p) {
    const id = view.speakerId(p.name as string);
    const rows = view.analysis.inclusivity.participation.speakers;
    const inParticipation = id !== null && rows.some((s) => s.speakerId === id);
    const person = view.analysis.commentary.people.find((x) => x.speakerId === id);
    const coached = person !== undefined && person.strengths.length + person.actions.length > 0;
    const observed =
      `${p.name}: ${id ?? 'no speaker id'}; in participation rows: ${inParticipation}; ` + `coached: ${coached}`;
    return { holds: inParticipation || coached, observed };
  },
  metric: (view, p) => metric(view, p as { who?: string; name: string; op: string; value: number }),
  action: (view, p, type) => coachingVerdict(view, p, type, 'actions'),
  strength: (view, p, type) => coachingVerdict(view, p, type, 'strengths'),
  summary(view, p) {
    const { summary } = view.analysis.commentary;
    const hits = summary.filter((i) => summaryTopics(i).has(p.about as 'uneven-talk'));
    return verdict(hits, summary, (i) => `summary "${short(i.text, 70)}"`, 'summary items');
  },
  'contradictory-advice'(view, p) {
    const mine = coachingItems(view, 'actions').filter((x) => view.is(text(p.to), x.speakerId));
    const topics = new Set(mine.flatMap((x) => [...x.topics]));
    const holds = topics.has('speak-up') && (topics.has('monologue') || topics.has('talk-less'));
    return { holds, observed: `action topics for ${p.to}: [${[...topics].join(', ')}]` };
  },
};

function coachingVerdict(view: ScenarioView, p: Params, type: string, which: 'actions' | 'strengths'): Verdict {
  const items = coachingItems(view, which).filter((x) => view.is(text(p.to), x.speakerId));
  const hits = items.filter((x) => p.about === undefined || x.topics.has(p.about as Topic));
  const describe = (x: CoachingItem) =>
    `${type} for ${view.name(x.speakerId)} [${[...x.topics].join(',')}] "${short(x.item.text, 70)}"`;
  return verdict(hits, items, describe, `${type}s`);
}

/**
 * Every action or strength with its person and topics.
 *
 * @example
 * coachingItems(view, 'actions')[0]
 * // => { speakerId: 's2', item: { text: 'Let others finish ...', ... }, topics: Set { 'interruptions' } }
 */
export function coachingItems(view: ScenarioView, which: 'actions' | 'strengths'): CoachingItem[] {
  const topics = (item: CommentaryItem, speakerId: string) => itemTopics(item, speakerId, view.findings);
  return view.analysis.commentary.people.flatMap((person) =>
    person[which].map((item) => ({ speakerId: person.speakerId, item, topics: topics(item, person.speakerId) })),
  );
}

export interface CoachingItem {
  speakerId: string;
  item: CommentaryItem;
  topics: Set<Topic>;
}

function kindFindings(view: ScenarioView, type: string): Finding[] {
  const kinds = KINDS[type] ?? [];
  return view.findings.filter((f) => kinds.includes(f.kind));
}

/** Where the per-person sections keep the utterance ids of each marker type, besides findings. */
function evidenceRows(a: Analysis, type: string): Array<{ speakerId: string; ids: string[] }> {
  const lang = a.inclusivity.language;
  const listen = a.listening.speakers;
  switch (type) {
    case 'apology':
      return lang.map((l) => ({ speakerId: l.speakerId, ids: l.apologies.evidence.utteranceIds }));
    case 'hedge':
      return lang.map((l) => ({ speakerId: l.speakerId, ids: l.hedges.evidence.utteranceIds }));
    case 'filler':
      return lang.map((l) => ({ speakerId: l.speakerId, ids: l.fillers.evidence.utteranceIds }));
    case 'self-deprecation':
      return lang.map((l) => ({ speakerId: l.speakerId, ids: l.selfDeprecation.evidence.utteranceIds }));
    case 'paraphrase':
      return listen.map((l) => ({ speakerId: l.speakerId, ids: l.paraphrases.evidence.utteranceIds }));
    case 'follow-up':
      return listen.map((l) => ({ speakerId: l.speakerId, ids: l.followUpQuestions.evidence.utteranceIds }));
    case 'building-on':
      return listen.map((l) => ({ speakerId: l.speakerId, ids: l.buildingOn.evidence.utteranceIds }));
    case 'backchannel':
      return [
        ...a.turnTaking.speakers.map((s) => ({ speakerId: s.speakerId, ids: s.backchannelUtteranceIds })),
        ...listen.map((l) => ({ speakerId: l.speakerId, ids: l.backchannels.evidence.utteranceIds })),
      ];
    case 'monologue':
      return a.turnTaking.monologues.items.map((m) => ({ speakerId: m.speakerId, ids: m.utteranceIds.slice(0, 1) }));
    case 'negative-remark':
      return a.sentiment.moments.mostNegative.map((m) => ({ speakerId: m.speakerId, ids: [m.utteranceId] }));
    case 'positive-moment':
      return a.sentiment.moments.mostPositive.map((m) => ({ speakerId: m.speakerId, ids: [m.utteranceId] }));
    default:
      return [];
  }
}

/** Every place the analysis records a per-utterance marker of this type, as (speaker, utterance). */
function markerHits(view: ScenarioView, type: string): Array<{ by: string | null; u: string | null }> {
  const fromFindings = kindFindings(view, type).map((f) => ({ by: f.speakerId, u: f.utteranceId }));
  const fromRows = evidenceRows(view.analysis, type).flatMap((r) => r.ids.map((u) => ({ by: r.speakerId, u })));
  return [...fromFindings, ...fromRows];
}

function metric(view: ScenarioView, m: { who?: string; name: string; op: string; value: number }): Verdict {
  const a = view.analysis;
  let value: number | null;
  if (m.who !== undefined) {
    const id = view.speakerId(m.who);
    const tt = a.turnTaking.speakers.find((s) => s.speakerId === id);
    const perPerson: Record<string, number | null | undefined> = {
      turns: tt?.turns,
      questions: tt?.questions,
      interruptionsMade: tt?.interruptionsMade,
      interruptionsReceived: tt?.interruptionsReceived,
      medianGapBeforeSpeakingMs: tt?.medianGapBeforeSpeakingMs,
      talkShare: tt?.talkShare,
      apologies: a.inclusivity.language.find((l) => l.speakerId === id)?.apologies.count,
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

/** Holds when there are hits; shows the hits, or else what was there instead. */
function verdict<T>(hits: readonly T[], all: readonly T[], describe: (x: T) => string, what: string): Verdict {
  const holds = hits.length > 0;
  const shown = holds ? hits : all;
  if (shown.length === 0) return { holds, observed: `no ${what}` };
  // The same observation is often kept in two places (an event and its finding): show it once.
  const parts = [...new Set(shown.map(describe))];
  const list = parts.slice(0, 3).join('; ') + (parts.length > 3 ? ` (+${parts.length - 3} more)` : '');
  return { holds, observed: holds ? list : `none matching; found: ${list}` };
}

/** A claim's optional string parameter. */
const text = (x: unknown) => x as string | undefined;
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const short = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 3)}...` : s);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
