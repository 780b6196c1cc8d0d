/**
 * The rule-based commentator: deterministic coaching text from the same metrics and findings
 * Claude sees, in the same schema. It is the default without a key and the fallback on any
 * failure, so it must be useful on its own. Every number it writes is a cited metric, every quote a
 * finding's verbatim span, and it goes through the same verification as Claude's output.
 */
import type { Measurements } from '../../analyzers/analysis';
import { meanToneWords } from '../../analyzers/sentiment/thresholds';
import { giniBand, interruptionsInSummary } from '../../analyzers/turn-taking/thresholds';
import { isSitting } from '../../analyzers/inclusivity/thresholds';
import {
  MAX_CITED_METRICS,
  MAX_CITED_UTTERANCES,
  type CommentaryDraft,
  type CommentaryItem,
} from '../model/commentary';
import { CONFIDENCE_WEIGHT, isCoachable, salience } from '../model/coachable';
import { listNames } from '../model/name-list';
import { formatPercent } from '../model/percent';
import type { Finding } from '../model/finding';
import type { Transcript } from '../model/transcript';
import { UNATTRIBUTED_LABEL } from '../model/person-keys';
import { injectionCheck } from './injection';
import { detectRoles, isHearing, quietByRole, ROLE_THRESHOLDS, type Role } from '../../analyzers/roles';
import { INTERRUPTION_PATTERN_RULE } from '../../analyzers/turn-taking/findings';
import { lookupById, positionsOf } from './by-id';

type Input = { transcript: Transcript; findings: Finding[] } & Partial<Omit<Measurements, 'findings'>>;

/** Someone who brought in at least this many people (invited or answered) already hands over the floor. */
const HANDS_OVER_MIN_PEOPLE = 2;
/** Someone who held a dominant share in this many long stretches or more reported at length, as a habit. */
const REPORTS_MIN_STRETCHES = 2;

/**
 * What a person does well, in order of preference: each rule picks findings of one kind by that
 * person and says why it helps (the "why" is the coaching value; sources in analyzers/<name>/README.md).
 * `shows`, where present, keeps only the findings that show what the text claims.
 */
const STRENGTH_RULES: ReadonlyArray<{
  kind: string;
  /** The item's text, from how many moments show it and the one quoted. */
  text: (n: number, quoted: Finding) => string;
  shows?: (f: Finding, input: Input) => boolean;
  /**
   * With at least this many moments, low-confidence findings count too: the habit is sure where each instance's
   * detail is a guess (an unnamed "Good idea" is praise whoever's point it was).
   */
  habitOfGuesses?: number;
}> = [
  {
    kind: 'invitation',
    // "What do we think a good size would be?" asks the room, not anyone "directly" (review r23).
    // One moment is no "for example" (review r37).
    text: (n, quoted) =>
      `Brought others in${n > 1 ? ' several times, for example' : ''} by asking ` +
      `${quoted.targetSpeakerId !== null ? 'someone directly for their view' : 'the group for its view'}.`,
    // "Ms. Gazan, go ahead" gives the floor by procedure; it asks nobody for a view.
    shows: (f, input) => asksForView(f, input),
  },
  {
    kind: 'credit',
    // One moment is worded as one: a plural over a single "as Mandy says" claimed a habit (review r29).
    text: (n) =>
      n > 1
        ? "Gave credit and acknowledged others' points, which encourages people to keep contributing."
        : "Gave credit for someone else's point, which encourages people to keep contributing.",
    // "Thanks, Dan" is courtesy (often to people outside the meeting), not credit for a point.
    shows: (f) => !THANKS_ONLY.test(f.ruleId),
    // A postdoc who said "Good idea", "Good point", "Great idea" eight times had an empty card: each guessed whose
    // point it was, yet the acknowledging was plain (review r24). One such line, maybe a joke, is no habit.
    habitOfGuesses: 3,
  },
  {
    kind: 'follow-up-question',
    text: (n) =>
      n > 1
        ? 'Asked follow-up questions that took up what the previous speaker had just said.'
        : 'Asked a follow-up question that took up what the previous speaker had just said.',
  },
  { kind: 'paraphrase', text: () => 'Checked understanding by restating what someone else said.' },
  {
    kind: 'building-on',
    text: (n) => (n > 1 ? "Built explicitly on other people's ideas." : "Built explicitly on someone else's idea."),
  },
];

/** What to try: each rule picks this person's coachable findings of one kind; salience orders them. */
const ACTION_RULES: ReadonlyArray<{
  kind: string;
  text: (f: Finding, n: number | null) => string;
  /** The utterances an instance rests on, when more than its own (a habit's every instance). */
  evidence?: (f: Finding, input: Input) => string[];
}> = [
  {
    kind: 'non-inclusive-language',
    text: (f) =>
      `Consider other wording for "${f.quote}"${f.suggestion ? ` (for example ${f.suggestion})` : ''}. ${f.note}`,
  },
  {
    // Coachable interruptions are a habit (INTERRUPTION_PATTERN_RULE) or one the speaker objected to.
    kind: 'interruption',
    text: (f, n) =>
      f.ruleId === INTERRUPTION_PATTERN_RULE
        ? `Let others finish before coming in: you started while someone was still speaking ${n === null ? 'many times' : `${n} times`}, more often than anyone else in this meeting.`
        : `Let others finish before coming in: you started while someone was still making a point, and they asked to finish${times(n)}.`,
    evidence: (f, input) =>
      f.ruleId === INTERRUPTION_PATTERN_RULE
        ? (input.turnTaking?.interruptions.events ?? [])
            .filter((e) => e.speakerId === f.speakerId && e.confidence !== 'low')
            .map((e) => e.utteranceId)
        : [f.utteranceId!],
  },
  {
    kind: 'long-monologue',
    text: (_f, n) =>
      `Break long explanations into shorter parts and check in with a question before going on${n === null ? ' (many of your turns ran long)' : n > 1 ? ` (${n} of your turns ran long)` : ''}.`,
  },
  {
    kind: 'self-deprecation',
    text: (_f, n) =>
      `State your ideas without disclaimers${times(n)}; a remark like this invites people to discount what follows.`,
  },
  {
    kind: 'uncredited-restatement',
    text: (_f, n) =>
      `When you pick up an idea someone raised earlier, name them${times(n)}: it shows the idea was heard.`,
  },
  {
    kind: 'tension',
    text: (_f, n) => `In the tense exchange${times(n)}, try acknowledging the other view before giving yours.`,
  },
  {
    kind: 'negative-moment',
    text: (_f, n) =>
      `Reflect on how this remark may have landed${n === null ? ' (one of many)' : n > 1 ? ` (one of ${n})` : ''}; the same point can often be made constructively.`,
  },
];

/**
 * Writes the rule-based commentary.
 *
 * @example
 * const draft = rulesCommentary(analysis);
 * // draft.summary[0].text => 'Talk was shared fairly evenly ...'
 * // draft.people: one entry per named speaker (never "Unknown speaker")
 */
export function rulesCommentary(input: Input): CommentaryDraft {
  const citable = citableFindings(input);
  const roles = detectRoles(input);
  return {
    summary: summaryItems(input, roles),
    // Unattributed speech is nobody's: no strengths or advice for "Unknown speaker".
    people: input.transcript.speakers
      .filter((s) => s.name !== UNATTRIBUTED_LABEL)
      .map((s) => personItems(input, citable, roles, s.id)),
  };
}

/**
 * The findings advice may quote, the same test verification applies: the utterance exists, was said
 * by the person the finding is about (a tension finding can quote the other side), and does not
 * address the AI (such utterances are never cited). The last test reads the utterance's text, so it is
 * asked only of the findings a rule would use (`may`), when it asks: about 1 in 6 of a long meeting's.
 */
function citableFindings(input: Input): { findings: Finding[]; may: (f: Finding) => boolean } {
  const saidBy = lookupById(input.transcript.utterances, (u) => u.speakerId);
  const suspicious = injectionCheck(input.transcript.utterances);
  return {
    findings: input.findings.filter(
      (f) => f.utteranceId !== null && f.speakerId !== null && saidBy.get(f.utteranceId) === f.speakerId,
    ),
    may: (f) => !suspicious.has(f.utteranceId!),
  };
}

function summaryItems(input: Input, roles: ReadonlyMap<string, Role>): CommentaryItem[] {
  const items: CommentaryItem[] = [];
  const tt = input.turnTaking;
  const name = nameOf(input.transcript);
  // The people counted in the Gini (named speakers and silent invitees): unattributed talk is nobody's.
  const people = tt?.speakers.filter((s) => name(s.speakerId) !== UNATTRIBUTED_LABEL) ?? [];
  if (tt && tt.participantsCounted > 1 && people.length > 0) {
    const top = [...people].sort((a, b) => b.talkShare - a.talkShare)[0]!;
    // The band of the one home, so the commentary, the PDF's gauge and headline never disagree.
    const band = giniBand(tt.gini);
    // Rounded as verification renders a metric (toFixed alone turns 0.335 into "0.34", not 0.33).
    const gini = (Math.round(tt.gini * 100) / 100).toFixed(2);
    // A witness's share is the answers the others asked for: said with the number, so the cover blames nobody.
    const answering = roles.get(top.speakerId) === 'respondent' ? ', answering the questions put to them,' : '';
    items.push({
      text: band.uneven
        ? `Talk was shared ${band.shared} (Gini ${gini}, where zero means perfectly equal); ${name(top.speakerId)}${answering} had ${formatPercent(top.talkShare)} of it.`
        : `Talk was shared ${band.shared} (Gini ${gini}, where zero means perfectly equal).`,
      utteranceIds: [],
      metrics: ['turnTaking.gini', `turnTaking.speakers.${top.speakerId}.talkShare`],
      quotes: [],
    });
  }
  const silent = input.inclusivity?.participation.silentInvitees ?? [];
  if (silent.length > 0) {
    const who = quietNames(silent.map((x) => x.name));
    items.push({
      // Named: the organiser can ask them whether the meeting needed them.
      text: `${who} ${silent.length === 1 ? 'was' : 'were'} invited but did not speak.`,
      utteranceIds: [],
      metrics: ['inclusivity.participation.people'],
      quotes: [],
    });
  }
  // Named with a quiet-voice finding, or when quiet only beside a dominant voice (at or above the others' average:
  // the finding is left to the dominant voice, the imbalance is still the room's). Anyone else quiet had their
  // finding withheld because the share says nothing of them: a chair or a member putting questions in a hearing
  // (review r12), someone who joined late and then spoke their share (review r19), a formal sitting's members
  // (analyzers/roles.ts, inclusivity/participation.ts). In any sitting most people speak briefly (a slot, a
  // question): no advice to draw them out, as on the cards (a coach read it on the cover of a 56-person committee
  // sitting; review r12b).
  const participation = input.inclusivity?.participation;
  const withFinding = new Set(input.findings.filter((f) => f.kind === 'quiet-voice').map((f) => f.speakerId));
  const besideDominant = (q: { shareOfPeople?: number; talkShare: number }) =>
    participation?.quietAmongOthersBelow != null &&
    (q.shareOfPeople ?? q.talkShare) >= participation.quietAmongOthersBelow;
  const hearing = isHearing(roles);
  const quiet = inSitting(input)
    ? []
    : (participation?.quietVoices ?? []).filter(
        (q) => !quietByRole(roles.get(q.speakerId), hearing) && (withFinding.has(q.speakerId) || besideDominant(q)),
      );
  if (quiet.length > 0) {
    items.push({
      // Named, not counted: a count is no metric, so verification would drop the item.
      text: `${quietNames(quiet.map((q) => name(q.speakerId)))} spoke well below an equal share; inviting quieter voices by name helps.`,
      utteranceIds: [],
      metrics: quiet.slice(0, MAX_CITED_METRICS).map((q) => `turnTaking.speakers.${q.speakerId}.talkShare`),
      quotes: [],
    });
  }
  if (tt) {
    // Confirmed (timings, or the speaker asked to finish) are stated and cited; cut-offs read from the text
    // alone are only "possible" (answers and completions look the same) and cite no one, and on their own they
    // are no summary item at all (interruptionsInSummary).
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
    if (interruptionsInSummary(tt.interruptions))
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
      // Without timings "answered" only means someone else spoke next, nearly always true: not worth saying.
      const timed = tt.basis === 'time';
      items.push({
        text: questionsSentence(tt.questions, timed),
        utteranceIds: [],
        metrics: [
          'turnTaking.questions.total',
          'turnTaking.questions.open',
          ...(timed ? ['turnTaking.questions.answered'] : []),
        ],
        quotes: [],
      });
    }
  }
  const s = input.sentiment;
  if (s) {
    const tone = meanToneWords(s.meeting.mean);
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
/** More people than a discussion holds: a sitting, where most speak briefly by design (a statement slot, a question). */
function inSitting(input: Input): boolean {
  return isSitting(input.inclusivity?.participation.people ?? 0);
}

/**
 * The summary's sentence on the questions asked.
 *
 * @example
 * questionsSentence({ total: 5, open: 2, answered: 4 }, true) // => '5 questions were asked, 2 of them open; 4 got an answer from someone else.'
 * questionsSentence({ total: 1, open: 1, answered: 0 }, false) // => 'One question was asked, an open one.'
 */
function questionsSentence(q: { total: number; open: number; answered: number }, timed: boolean): string {
  if (q.total === 1)
    return (
      `One question was asked, ${q.open === 1 ? 'an open one' : 'a closed one'}` +
      `${timed ? (q.answered === 1 ? '; someone else answered it' : '; nobody else answered it') : ''}.`
    );
  return `${q.total} questions were asked, ${q.open} of them open${timed ? `; ${q.answered} got an answer from someone else` : ''}.`;
}

function quietNames(names: string[]): string {
  return names.length <= 3 ? listNames(names) : `${names.slice(0, 3).join(', ')} and others`;
}

/** " (3 times)" after advice that rests on several findings; nothing for one; " (many times)" past what is cited. */
const times = (n: number | null) => (n === null ? ' (many times)' : n > 1 ? ` (${n} times)` : '');

/**
 * Whether two findings rest on the same words: one utterance, and one quote inside the other (or no quote to tell).
 *
 * @example
 * sameMoment({ utteranceId: 'u70', quote: 'are you saying that X' }, { utteranceId: 'u70', quote: 'saying that X' }) // => true
 */
function sameMoment(a: Pick<Finding, 'utteranceId' | 'quote'>, b: Pick<Finding, 'utteranceId' | 'quote'>): boolean {
  if (a.utteranceId !== b.utteranceId) return false;
  if (!a.quote || !b.quote) return true;
  return a.quote.includes(b.quote) || b.quote.includes(a.quote);
}

function personItems(
  input: Input,
  citable: ReturnType<typeof citableFindings>,
  roles: Map<string, Role>,
  speakerId: string,
): CommentaryDraft['people'][number] {
  // Unattributed speech is nobody: no one can act on advice addressed to "Unknown speaker".
  if (input.transcript.speakers.find((s) => s.id === speakerId)?.name === UNATTRIBUTED_LABEL)
    return { speakerId, strengths: [], actions: [] };
  const mine = findingsOf(citable.findings, speakerId);
  const cite = (f: Finding): Pick<CommentaryItem, 'utteranceIds' | 'quotes'> => ({
    utteranceIds: [f.utteranceId!],
    quotes: f.quote ? [{ utteranceId: f.utteranceId!, text: f.quote }] : [],
  });
  const strongestFirst = (a: Finding, b: Finding) =>
    salience(b) - salience(a) || CONFIDENCE_WEIGHT[b.confidence] - CONFIDENCE_WEIGHT[a.confidence];

  const strengths: CommentaryItem[] = [];
  // One moment is the evidence of one strength: "asked a follow-up" and "restated" both quoting the words of u70
  // showed a coach one moment twice (review r17). A strength whose every instance is already cited is left out; two
  // moves in one utterance ("Good point, Cy. Ben, what do you think?") are two moments.
  const cited: Finding[] = [];
  for (const rule of STRENGTH_RULES) {
    // A strength needs real evidence: a finding the analyser is at least fairly sure of, never a lone guess; a
    // habit of guesses is sure where the rule says so (habitOfGuesses).
    const all = mine.filter((f) => f.kind === rule.kind && (rule.shows?.(f, input) ?? true) && citable.may(f));
    const habit = rule.habitOfGuesses !== undefined && distinctMoments(all, input.transcript) >= rule.habitOfGuesses;
    const found = (habit ? all : all.filter((f) => f.confidence !== 'low')).sort(strongestFirst);
    const evidence = found.find((f) => !cited.some((c) => sameMoment(c, f)));
    if (evidence === undefined || strengths.length >= 3) continue;
    cited.push(evidence);
    strengths.push({
      text: rule.text(distinctMoments(found, input.transcript), evidence),
      metrics: [],
      ...cite(evidence),
    });
  }

  // A witness's long answers are already observations (analyzers/roles.ts).
  // "Check in with a question" contradicts the numbers of someone who asks questions often, unless they
  // also held most of the talk (then the long stretches are the point).
  const dominant =
    input.inclusivity?.participation.speakers.find((s) => s.speakerId === speakerId)?.status === 'dominant';
  const checksIn =
    !dominant &&
    (input.turnTaking?.speakers.find((s) => s.speakerId === speakerId)?.questions ?? 0) >=
      ROLE_THRESHOLDS.questionerMinQuestions;
  // A presenter speaking to a group gives a planned piece: the long turn is the format, not a habit to change.
  const presentingToGroup = presentsToGroup(input, roles.get(speakerId));
  // Someone who already hands over to others after their long stretches is doing what the advice asks.
  const handsOver = peopleBroughtIn(input, speakerId) >= HANDS_OVER_MIN_PEOPLE;
  const contradicted = (f: Finding) => f.kind === 'long-monologue' && (checksIn || presentingToGroup || handsOver);
  // Advice by salience: each kind's coachable findings weigh severity x confidence, summed over how often.
  const ranked = ACTION_RULES.map((rule) => {
    const found = mine
      .filter((f) => f.kind === rule.kind && isCoachable(f) && !contradicted(f) && citable.may(f))
      .sort(strongestFirst);
    const evidence = found.map((f) => rule.evidence?.(f, input) ?? [f.utteranceId!]);
    // Frequency counts each instance a finding rests on (a habit's every instance), not just the finding.
    const weight = found.reduce((sum, f, k) => sum + salience(f) * evidence[k]!.length, 0);
    return { rule, found, evidence, weight };
  })
    .filter((r) => r.found.length > 0)
    .sort((a, b) => b.weight - a.weight);
  // The strongest instance is quoted; every instance is cited, so the count the text states is grounded.
  // Past what one item may cite, the text says "many" and states no number.
  const actions: CommentaryItem[] = ranked.slice(0, 3).map(({ rule, found, evidence }) => {
    const all = [...new Set(evidence.flat())];
    const utteranceIds = all.slice(0, MAX_CITED_UTTERANCES);
    return {
      text: rule.text(found[0]!, all.length > MAX_CITED_UTTERANCES ? null : all.length),
      metrics: [],
      quotes: cite(found[0]!).quotes,
      utteranceIds,
    };
  });
  for (const extra of participationActions(input, roles, speakerId, actions))
    if (actions.length < 3) actions.push(extra);
  // No filler strength: speaking after a question ("Yeah.", "It's") is no evidence of answering it well.
  return { speakerId, strengths, actions };
}

/**
 * Talk-share and question habits: actions that need no single quote, each only where the person's own
 * numbers and role call for it (someone who asked many questions is not told to ask one; a witness answers,
 * an interviewer listens by design; the quiet person in a meeting someone else dominated is not blamed).
 */
function participationActions(
  input: Input,
  roles: Map<string, Role>,
  speakerId: string,
  already: CommentaryItem[],
): CommentaryItem[] {
  const out: CommentaryItem[] = [];
  const role = roles.get(speakerId) ?? 'participant';
  const rows = input.inclusivity?.participation.speakers ?? [];
  const measured = rows.find((s) => s.speakerId === speakerId)?.status;
  // Advice on a dominant share rests on the finding a coach would stand behind: not a shared lead, not a
  // respondent's answers (the finding is then an observation, analyzers/inclusivity/participation.ts).
  const mine = findingsOf(input.findings, speakerId);
  const leads = mine.some((f) => f.kind === 'dominant-voice' && isCoachable(f));
  const status = measured === 'dominant' && !leads ? 'balanced' : measured;
  const someoneElseDominant = rows.some((s) => s.speakerId !== speakerId && s.status === 'dominant');
  const share = `turnTaking.speakers.${speakerId}.talkShare`;
  const tt = input.turnTaking?.speakers.find((s) => s.speakerId === speakerId);
  const asked = tt?.questions ?? 0;
  const broughtIn = peopleBroughtIn(input, speakerId);
  const advisedToShorten = already.some((a) => /long explanations|shorter parts/i.test(a.text));

  // A presenter is expected to hold the floor in a group; in a 1:1 the long turns are the imbalance itself.
  const presenting = presentsToGroup(input, role);
  if (status === 'dominant' && role !== 'respondent' && !presenting && broughtIn < HANDS_OVER_MIN_PEOPLE)
    out.push({
      text: 'You held a large share of the talk; pause after your points and invite someone who has not spoken yet.',
      utteranceIds: [],
      metrics: [share],
      quotes: [],
    });
  // Someone who held the talk in long stretches yet already asks others in is not told to invite people: the
  // room to give is the length of their own reports (a reviewer missed advice for a coordinator at 80%, r8).
  // Only the stretches that answered nobody: a long answer to a question is the answer (analyzers/roles.ts), and
  // one planned talk (a webinar) is the format; repeated reports on one's own initiative are the habit.
  // Read from the measurements: in a group a dominant speaker's long turns are no findings of their own, their
  // dominant-voice finding carries them (analyzers/roles.ts).
  const answers = answerUtterancesOf(input);
  const stretches = (input.turnTaking?.monologues.items ?? [])
    .filter((t) => t.speakerId === speakerId)
    .map((t) => t.utteranceIds[0]!)
    .filter((id) => !answers.has(id));
  const dominantFinding = mine.find((f) => f.kind === 'dominant-voice');
  if (
    leads &&
    dominantFinding?.utteranceId &&
    role !== 'respondent' &&
    broughtIn >= HANDS_OVER_MIN_PEOPLE &&
    stretches.length >= REPORTS_MIN_STRETCHES
  )
    out.push({
      text:
        'You held a large share of the talk, much of it in long stretches, and you already asked others for their ' +
        'view; shorter updates, or updates sent ahead in writing, would leave more of the meeting for their replies.',
      utteranceIds: [...new Set([dominantFinding.utteranceId, ...stretches])].slice(0, MAX_CITED_UTTERANCES),
      metrics: [share],
      quotes: [],
    });
  // A low share beside someone else's dominant one says more about the room: the quiet-voice finding is then
  // low confidence, and the person is not told to speak up (the dominant voice gets the advice). Without a finding
  // their share said nothing of them (a late arrival who then spoke their share, review r19): no advice either.
  const quietFinding = mine.find((f) => f.kind === 'quiet-voice');
  const crowdedOut = quietFinding?.confidence === 'low';
  const quietByChoice = role !== 'participant' || asked > 0 || (tt?.answersGiven ?? 0) > 0;
  if (
    status === 'quiet' &&
    quietFinding !== undefined &&
    !inSitting(input) &&
    !crowdedOut &&
    !someoneElseDominant &&
    !quietByChoice &&
    !advisedToShorten
  )
    out.push({
      text: "Your voice was heard less than others'; if you have a view, consider sharing it early, even briefly.",
      utteranceIds: [],
      metrics: [share],
      quotes: [],
    });
  // Question and listening habits are advice for people who steer a discussion, not for those answering it.
  // A chair keeps the floor fair and neutral; question and listening habits are advice for those steering
  // the discussion itself.
  const steers = role !== 'respondent' && role !== 'chair' && status !== 'quiet' && (tt?.turns ?? 0) >= 3;
  // No advice on the form of questions: closed ones are often the right ones (a checklist, a pointed question
  // in a hearing), and in the coach review only 1 of 3 such items would have been signed.
  const listening = input.listening?.speakers.find((s) => s.speakerId === speakerId);
  // Listening habits are advice for someone who held most of the talk and showed none: else no fault is shown.
  if (steers && status === 'dominant' && listening && listening.followUpQuestions.count === 0 && asked === 0) {
    out.push({
      text: 'Ask a follow-up question that picks up the words of the person who just spoke, before moving to your own point.',
      utteranceIds: [],
      metrics: [`listening.speakers.${speakerId}.followUpQuestions.count`],
      quotes: [],
    });
  }
  if (steers && listening && listening.paraphrases.count === 0 && role === 'participant' && status === 'dominant') {
    out.push({
      text: 'Check understanding now and then by restating what you heard ("so what you are saying is ...").',
      utteranceIds: [],
      metrics: [`listening.speakers.${speakerId}.paraphrases.count`],
      quotes: [],
    });
  }
  return out;
}

/** Findings this few utterances apart, about the same person, are one moment (a false start and its restart). */
const SAME_MOMENT_UTTERANCES = 2;

/** How many separate moments the findings are: "Ben, what do-" then "Ben, what do you think?" is one invitation. */
function distinctMoments(found: readonly Finding[], transcript: Transcript): number {
  // Built once per transcript and shared: this runs per person and strength rule (40 ms at 250k words when not).
  const index = positionsOf(transcript.utterances);
  const at = found.map((f) => ({ i: index.get(f.utteranceId!) ?? 0, to: f.targetSpeakerId })).sort((a, b) => a.i - b.i);
  return at.filter((x, k) => k === 0 || x.i - at[k - 1]!.i > SAME_MOMENT_UTTERANCES || x.to !== at[k - 1]!.to).length;
}

/** The utterances that answered a question, built once per analysis: participationActions runs per person. */
function answerUtterancesOf(input: Input): ReadonlySet<string | null> {
  const items = input.turnTaking?.questions.items ?? [];
  let answers = ANSWERS.get(items);
  if (answers === undefined) {
    answers = new Set(items.map((q) => q.answerUtteranceId));
    ANSWERS.set(items, answers);
  }
  return answers;
}
const ANSWERS = new WeakMap<object, ReadonlySet<string | null>>();

/** Credit rules that only thank someone ("thanks, Dan", "thanks again to the team"). */
const THANKS_ONLY = /^thanks-(?!for-raising)/;

/**
 * Whether an invitation asked for a view: a named person asked (not handed the floor: "go ahead", "please
 * continue"), a question for views that someone answered ("what do you think?"), a round, or "we haven't
 * heard from you". An open call to nobody named at the end of one's own talk ("any comments?", "any ideas?" for a
 * fact) asks nobody in particular: coaches hesitated on every one.
 */
function asksForView(f: Finding, input: Input): boolean {
  // Without the analyser's item for it (a finding list alone) the finding's own confidence has to do.
  const item = input.inclusivity?.invitations.items.find((x) => x.utteranceId === f.utteranceId);
  if (item === undefined) return true;
  switch (item.form) {
    case 'round':
    case 'not-heard-from':
      return true;
    case 'hand-over':
      return false;
    case 'open-call':
      // "Cy, any thoughts?" asks Cy; "Any comments?" at the end of one's own talk asks nobody.
      return item.toSpeakerId !== null;
    case 'vocative':
      return item.quote.trim().endsWith('?');
    case 'question':
      return item.toSpeakerId !== null || item.repliedBySpeakerId !== null;
  }
}

/** People this person brought in: invitations they are sure of, or distinct people who answered their questions. */
function peopleBroughtIn(input: Input, speakerId: string): number {
  const invited = findingsOf(input.findings, speakerId).filter(
    (f) => f.kind === 'invitation' && f.confidence !== 'low',
  ).length;
  return Math.max(invited, answerersOf(input).get(speakerId)?.size ?? 0);
}

/**
 * The distinct people who answered each speaker's questions, built once per analysis: peopleBroughtIn runs
 * twice per person, and a pass over every question each time grew with people x questions.
 */
function answerersOf(input: Input): ReadonlyMap<string, ReadonlySet<string>> {
  const items = input.turnTaking?.questions.items ?? [];
  let answerers = ANSWERERS.get(items);
  if (answerers === undefined) {
    const bySpeaker = new Map<string, Set<string>>();
    for (const q of items) {
      if (q.answererId === null) continue;
      let people = bySpeaker.get(q.speakerId);
      if (people === undefined) bySpeaker.set(q.speakerId, (people = new Set()));
      people.add(q.answererId);
    }
    answerers = bySpeaker;
    ANSWERERS.set(items, answerers);
  }
  return answerers;
}
const ANSWERERS = new WeakMap<object, ReadonlyMap<string, ReadonlySet<string>>>();

/**
 * A person's findings, in their order, from lists grouped by person once: the advice for each person read every
 * finding of the meeting several times, which grew with people x findings (12 ms at 250k words, 114 speakers).
 */
function findingsOf(findings: readonly Finding[], speakerId: string): readonly Finding[] {
  let bySpeaker = FINDINGS_BY_SPEAKER.get(findings);
  if (bySpeaker === undefined) {
    bySpeaker = new Map();
    for (const f of findings) {
      if (f.speakerId === null) continue;
      let list = bySpeaker.get(f.speakerId);
      if (list === undefined) bySpeaker.set(f.speakerId, (list = []));
      list.push(f);
    }
    FINDINGS_BY_SPEAKER.set(findings, bySpeaker);
  }
  return bySpeaker.get(speakerId) ?? [];
}
const FINDINGS_BY_SPEAKER = new WeakMap<readonly Finding[], Map<string, Finding[]>>();

/** A presenter in a meeting of 3 or more: the long planned turn is the format (in a 1:1 it is the imbalance). */
function presentsToGroup(input: Input, role: Role | undefined): boolean {
  return role === 'presenter' && (input.inclusivity?.participation.people ?? 0) > 2;
}

function nameOf(transcript: Transcript): (id: string) => string {
  const names = new Map(transcript.speakers.map((s) => [s.id, s.name]));
  return (id) => names.get(id) ?? id;
}
