/**
 * The rule-based commentator: deterministic coaching text from the same metrics and findings
 * Claude sees, in the same schema. It is the default without a key and the fallback on any
 * failure, so it must be useful on its own. Every number it writes is a cited metric, every quote a
 * finding's verbatim span, and it goes through the same verification as Claude's output.
 */
import type { Measurements } from '../../analyzers/analysis';
import { sentimentBand } from '../../analyzers/sentiment/thresholds';
import { COMMENTARY_EVEN_GINI_BELOW } from '../../analyzers/turn-taking/thresholds';
import type { CommentaryDraft, CommentaryItem } from '../model/commentary';
import { isCoachable, type Finding } from '../model/finding';
import type { Transcript } from '../model/transcript';
import { findInjectionAttempts } from './injection';

type Input = { transcript: Transcript; findings: Finding[] } & Partial<Omit<Measurements, 'findings'>>;

/** A percentage as people read it: 0.4812 -> "48%". */
const pct = (share: number) => `${Math.round(share * 100)}%`;

/**
 * What a person does well, in order of preference: each rule picks findings of one kind by that
 * person and says why it helps (the "why" is the coaching value; sources in analyzers/<name>/README.md).
 */
const STRENGTH_RULES: ReadonlyArray<{ kind: string; text: (n: number) => string }> = [
  {
    kind: 'invitation',
    text: (n) =>
      `Brought others in${n > 1 ? ' several times' : ''}, for example by asking them directly for their view.`,
  },
  {
    kind: 'credit',
    text: () => "Gave credit and acknowledged others' points, which encourages people to keep contributing.",
  },
  {
    kind: 'follow-up-question',
    text: () => 'Asked follow-up questions that took up what the previous speaker had just said.',
  },
  { kind: 'paraphrase', text: () => 'Checked understanding by restating what someone else said.' },
  { kind: 'building-on', text: () => "Built explicitly on other people's ideas." },
  { kind: 'positive-moment', text: () => 'Contributed some of the most positive moments of the meeting.' },
];

/** What to try, most important first: each rule picks this person's findings of one kind. */
const ACTION_RULES: ReadonlyArray<{ kind: string; text: (f: Finding, n: number) => string }> = [
  {
    kind: 'non-inclusive-language',
    text: (f) =>
      `Consider other wording for "${f.quote}"${f.suggestion ? ` (for example: ${f.suggestion})` : ''}: ${f.note}`,
  },
  {
    kind: 'interruption',
    text: (_f, n) =>
      `Let others finish before coming in: ${n > 1 ? 'several times' : 'at least once'} you started while someone was still making a point.`,
  },
  {
    kind: 'long-monologue',
    text: () => 'Break long explanations into shorter parts and check in with a question before going on.',
  },
  {
    kind: 'self-deprecation',
    text: () => 'State your ideas without disclaimers; a remark like this invites people to discount what follows.',
  },
  {
    kind: 'uncredited-restatement',
    text: () => 'When you pick up an idea someone raised earlier, name them: it shows the idea was heard.',
  },
  { kind: 'tension', text: () => 'In the tense exchange, try acknowledging the other view before giving yours.' },
  {
    kind: 'negative-moment',
    text: () => 'Reflect on how this remark may have landed; the same point can often be made constructively.',
  },
];

/**
 * Writes the rule-based commentary.
 *
 * @example
 * const draft = rulesCommentary(analysis);
 * // draft.summary[0].text => 'Talk was shared fairly evenly ...'; draft.people.length === analysis.transcript.speakers.length
 */
export function rulesCommentary(input: Input): CommentaryDraft {
  const citable = citableFindings(input);
  return {
    summary: summaryItems(input),
    people: input.transcript.speakers.map((s) => personItems(input, citable, s.id)),
  };
}

/**
 * The findings advice may quote, the same test verification applies: the utterance exists, was said
 * by the person the finding is about (a tension finding can quote the other side), and does not
 * address the AI (such utterances are never cited).
 */
function citableFindings(input: Input): Finding[] {
  const saidBy = new Map(input.transcript.utterances.map((u) => [u.id, u.speakerId]));
  const suspicious = findInjectionAttempts(input.transcript.utterances);
  return input.findings.filter(
    (f) =>
      f.utteranceId !== null &&
      f.speakerId !== null &&
      saidBy.get(f.utteranceId) === f.speakerId &&
      !suspicious.has(f.utteranceId),
  );
}

function summaryItems(input: Input): CommentaryItem[] {
  const items: CommentaryItem[] = [];
  const tt = input.turnTaking;
  const name = nameOf(input.transcript);
  if (tt && tt.speakers.length > 1) {
    const top = [...tt.speakers].sort((a, b) => b.talkShare - a.talkShare)[0]!;
    const even = tt.gini < COMMENTARY_EVEN_GINI_BELOW;
    // Rounded as verification renders a metric (toFixed alone turns 0.335 into "0.34", not 0.33).
    const gini = (Math.round(tt.gini * 100) / 100).toFixed(2);
    items.push({
      text: even
        ? `Talk was shared fairly evenly (Gini ${gini}, where zero means perfectly equal).`
        : `Talk was shared unevenly (Gini ${gini}, where zero means perfectly equal); ${name(top.speakerId)} had ${pct(top.talkShare)} of it.`,
      utteranceIds: [],
      metrics: ['turnTaking.gini', `turnTaking.speakers.${top.speakerId}.talkShare`],
      quotes: [],
    });
  }
  const quiet = input.inclusivity?.participation.quietVoices ?? [];
  if (quiet.length > 0) {
    items.push({
      // Named, not counted: a count is no metric, so verification would drop the item.
      text: `${quietNames(quiet.map((q) => name(q.speakerId)))} spoke well below an equal share; inviting quieter voices by name helps.`,
      utteranceIds: [],
      metrics: quiet.map((q) => `turnTaking.speakers.${q.speakerId}.talkShare`),
      quotes: [],
    });
  }
  if (tt) {
    // Confirmed (timings, or the speaker asked to finish) are stated and cited; cut-offs read from the text
    // alone are only "possible" (answers and completions look the same) and cite no one.
    const { count: n, confident, possible, basis } = tt.interruptions;
    const times = (k: number, what: string) => `${k} ${what}${k === 1 ? '' : 's'}`;
    const parts = [
      ...(confident > 0
        ? [
            `${times(confident, 'interruption')} (${basis === 'time' ? 'from the timings' : 'the speaker asked to finish'})`,
          ]
        : []),
      ...(possible > 0
        ? [`${times(possible, 'possible interruption')} (from cut-off sentences; not confirmed by timings)`]
        : []),
    ];
    items.push({
      text:
        n === 0
          ? `No interruptions were found (${basis === 'time' ? 'from the timings' : 'from cut-off sentences in the text'}).`
          : `There ${(confident || possible) === 1 ? 'was' : 'were'} ${parts.join(' and ')}.`,
      utteranceIds: tt.interruptions.events
        .filter((e) => e.confidence !== 'low')
        .slice(0, 3)
        .map((e) => e.utteranceId),
      metrics: [
        'turnTaking.interruptions.count',
        'turnTaking.interruptions.confident',
        'turnTaking.interruptions.possible',
      ],
      quotes: [],
    });
    if (tt.questions.total > 0) {
      items.push({
        text: `${tt.questions.total} questions were asked, ${tt.questions.open} of them open; ${tt.questions.answered} got an answer from someone else.`,
        utteranceIds: [],
        metrics: ['turnTaking.questions.total', 'turnTaking.questions.open', 'turnTaking.questions.answered'],
        quotes: [],
      });
    }
  }
  const s = input.sentiment;
  if (s) {
    const tone = `mostly ${sentimentBand(s.meeting.mean)}`;
    const tensions = s.tension.length;
    items.push({
      text: `The tone was ${tone}${tensions === 0 ? '' : tensions === 1 ? ', with one tense exchange between two people' : ', with several tense exchanges between pairs of people'}.`,
      utteranceIds: tensions > 0 ? s.tension[0]!.utteranceIds.slice(0, 3) : [],
      metrics: ['sentiment.meeting.mean'],
      quotes: [],
    });
  }
  if (items.length === 0) {
    items.push({
      text: `The transcript has ${input.transcript.utterances.length} utterances from ${input.transcript.speakers.length} speaker(s).`,
      utteranceIds: input.transcript.utterances.slice(0, 1).map((u) => u.id),
      metrics: [],
      quotes: [],
    });
  }
  return items.slice(0, 5);
}

/** "Ana", "Ana and Ben", "Ana, Ben and Cy", "Ana, Ben, Cy and others". */
function quietNames(names: string[]): string {
  if (names.length === 1) return names[0]!;
  if (names.length <= 3) return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `${names.slice(0, 3).join(', ')} and others`;
}

function personItems(input: Input, citable: Finding[], speakerId: string): CommentaryDraft['people'][number] {
  const mine = citable.filter((f) => f.speakerId === speakerId);
  const byKind = (kind: string) => mine.filter((f) => f.kind === kind);
  const cite = (f: Finding): Pick<CommentaryItem, 'utteranceIds' | 'quotes'> => ({
    utteranceIds: [f.utteranceId!],
    quotes: f.quote ? [{ utteranceId: f.utteranceId!, text: f.quote }] : [],
  });

  const strengths: CommentaryItem[] = [];
  for (const rule of STRENGTH_RULES) {
    const found = byKind(rule.kind);
    if (found.length > 0 && strengths.length < 3)
      strengths.push({ text: rule.text(found.length), metrics: [], ...cite(found[0]!) });
  }
  const actions: CommentaryItem[] = [];
  for (const rule of ACTION_RULES) {
    // Advice for a named person rests only on findings a coach would stand behind.
    const found = byKind(rule.kind).filter(isCoachable);
    if (found.length > 0 && actions.length < 3)
      actions.push({ text: rule.text(found[0]!, found.length), metrics: [], ...cite(found[0]!) });
  }
  for (const extra of participationActions(input, speakerId)) if (actions.length < 3) actions.push(extra);
  if (strengths.length === 0) {
    const share = input.turnTaking?.speakers.find((s) => s.speakerId === speakerId);
    if (share && share.answersGiven > 0) {
      strengths.push({
        text: 'Answered questions others asked, keeping the discussion moving.',
        utteranceIds: [],
        metrics: [`turnTaking.speakers.${speakerId}.answersGiven`],
        quotes: [],
      });
    }
  }
  return { speakerId, strengths, actions };
}

/** Talk-share and question habits: actions that need no single quote. */
function participationActions(input: Input, speakerId: string): CommentaryItem[] {
  const out: CommentaryItem[] = [];
  const status = input.inclusivity?.participation.speakers.find((s) => s.speakerId === speakerId)?.status;
  const share = `turnTaking.speakers.${speakerId}.talkShare`;
  if (status === 'dominant')
    out.push({
      text: 'You held a large share of the talk; pause after your points and invite someone who has not spoken yet.',
      utteranceIds: [],
      metrics: [share],
      quotes: [],
    });
  if (status === 'quiet')
    out.push({
      text: "Your voice was heard less than others'; if you have a view, consider sharing it early, even briefly.",
      utteranceIds: [],
      metrics: [share],
      quotes: [],
    });
  const tt = input.turnTaking?.speakers.find((s) => s.speakerId === speakerId);
  if (tt && tt.openQuestions === 0)
    out.push({
      text: 'Try asking an open question ("what would you do here?") to draw out other views.',
      utteranceIds: [],
      metrics: [`turnTaking.speakers.${speakerId}.openQuestions`],
      quotes: [],
    });
  const listening = input.listening?.speakers.find((s) => s.speakerId === speakerId);
  if (listening && listening.followUpQuestions.count === 0) {
    out.push({
      text: 'Ask a follow-up question that picks up the words of the person who just spoke, before moving to your own point.',
      utteranceIds: [],
      metrics: [`listening.speakers.${speakerId}.followUpQuestions.count`],
      quotes: [],
    });
  }
  if (listening && listening.paraphrases.count === 0) {
    out.push({
      text: 'Check understanding now and then by restating what you heard ("so what you are saying is ...").',
      utteranceIds: [],
      metrics: [`listening.speakers.${speakerId}.paraphrases.count`],
      quotes: [],
    });
  }
  if (tt)
    out.push({
      text: 'Keep an eye on the balance of talk in your next meeting: notice who has not spoken yet and bring them in.',
      utteranceIds: [],
      metrics: [share],
      quotes: [],
    });
  return out;
}

function nameOf(transcript: Transcript): (id: string) => string {
  const names = new Map(transcript.speakers.map((s) => [s.id, s.name]));
  return (id) => names.get(id) ?? id;
}
