/**
 * The part each person plays in the meeting, as far as the transcript shows it, so that advice fits
 * the role: a witness answering a committee is not told to ask open questions, an interviewer is not
 * told to speak up, a facilitator who brought everyone in is not told to watch the balance.
 * Read from the measurements only (who asks, who answers whom, who opens and invites, who holds long
 * turns); when nothing stands out a person is a `participant` and gets the ordinary advice.
 *
 * Roles also put three measurements in context (inRoleContext): a witness or interviewee answering a group's
 * questions holds the floor by role, a long answer to a question is the answer, and a chair's or questioner's
 * quiet share is their role, so none of these is a finding; in a formal sitting (a parliament run by a chair by
 * office) the speaking time is allotted, so neither are quiet voices and long statements. In a sitting
 * (isSitting) a restatement of another member is an observation: there "if I understand correctly" is as often a
 * debating move as a check.
 */
import type { Finding } from '../src/model/finding';
import type { Transcript } from '../src/model/transcript';
import type { Measurements } from './analysis';
import type { QuietContext } from './inclusivity/participation';
import { isSitting } from './inclusivity/thresholds';
import { listIds } from './nlp/finding-collector';

/** chair: runs the meeting; interviewer: asks, in a 1:1 or panel; respondent: a witness or interviewee. */
export type Role = 'chair' | 'interviewer' | 'respondent' | 'presenter' | 'participant';

/**
 * The cut-offs, as data. Sources: the interview and committee scenarios in fixtures/coaching (38, 39, 46,
 * 86, 103) and the usual shape of chaired meetings (the chair opens, asks most questions, calls on people).
 */
export const ROLE_THRESHOLDS = {
  /** A questioner has a question answered by a respondent, or asks at least this many questions ... */
  questionerMinQuestions: 3,
  /** ... and at least this share of all the meeting's questions. */
  questionerMinShareOfQuestions: 0.3,
  /** Someone who opens the meeting and invites this many times by name runs it. */
  chairMinInvitations: 2,
  /** A respondent answers at least this many questions, in at least half their turns, and asks fewer. */
  respondentMinAnswers: 1,
  /** A presenter's longest turn has at least this many words (a planned piece, not a reply). */
  presenterMinLongestTurnWords: 150,
  /**
   * When one turn holds at least this share of a dominant speaker's words, their share is that talk (a keynote in
   * a webinar): the format, not a habit. A coach rejected a dominant-voice flag on a webinar's invited speaker
   * (review r10: 6,795 of 7,050 words); a coordinator's many reports (none over a tenth of their words) and a
   * chair's two long items in a short meeting (half their words each, scenario 59) stay a finding.
   */
  oneTalkMinShareOfWords: 0.8,
} as const;

/**
 * A speaker label that names the chair ("The Chair", "The Acting Chair (Mr. Bruce Stanton)", "Chairperson",
 * "Presiding Member"): committee and parliamentary transcripts label the chair by office.
 */
const CHAIR_LABEL = /\b(?:chair(?:man|woman|person)?|presiding)\b/i;

type Input = { transcript: Transcript; findings: Finding[] } & Partial<Pick<Measurements, 'turnTaking'>>;

/**
 * Each speaker's role, by speaker id.
 *
 * @example
 * const roles = detectRoles(analysis);
 * roles.get('s1') // => 'chair' (opened, asked most of the questions, called on people)
 */
export function detectRoles(input: Input): Map<string, Role> {
  const T = ROLE_THRESHOLDS;
  const roles = new Map<string, Role>(input.transcript.speakers.map((s) => [s.id, 'participant']));
  const tt = input.turnTaking;
  if (!tt) return roles;
  const items = tt.questions.items;
  const people = tt.speakers.length;
  const firstSpeaker = input.transcript.utterances[0]?.speakerId;
  // Counted once per speaker, not by a pass over all findings and questions per speaker (63 speakers at 250k words).
  const invitationCount = countBySpeaker(
    input.findings.filter((f) => f.kind === 'invitation' && f.confidence !== 'low'),
  );
  const invitations = (id: string) => invitationCount.get(id) ?? 0;
  const askedCount = countBySpeaker(items);
  const asked = (id: string) => askedCount.get(id) ?? 0;
  // Respondents first: most of their turns answer others' questions, and they ask fewer than they answer
  // (in a 1:1, answering without asking back is enough: one person asks, the other answers).
  const respondents = new Set<string>();
  for (const s of tt.speakers) {
    const answers = s.answersGiven;
    const spokeOnceBriefly = s.turns === 1 && s.longestTurnWords < T.presenterMinLongestTurnWords;
    // One answer makes a respondent only of someone who said little else: a manager who answered one question in
    // a 1:1 and talked for the rest of the hour is not the one being interviewed.
    const enough = answers >= 2 || spokeOnceBriefly;
    const mostlyAnswers = enough && (answers * 2 >= s.turns || (people <= 2 && asked(s.speakerId) === 0));
    if (answers >= T.respondentMinAnswers && mostlyAnswers && asked(s.speakerId) < answers)
      respondents.add(s.speakerId);
  }
  for (const s of tt.speakers) {
    const id = s.speakerId;
    // The transcript names the chair by office: that settles it, whatever they answered or asked.
    if (CHAIR_LABEL.test(input.transcript.speakers.find((x) => x.id === id)?.name ?? '')) {
      roles.set(id, 'chair');
      continue;
    }
    if (respondents.has(id)) {
      roles.set(id, 'respondent');
      continue;
    }
    const questionsRespondentsAnswered = items.filter(
      (q) => q.speakerId === id && q.answererId !== null && respondents.has(q.answererId),
    ).length;
    const isQuestioner =
      questionsRespondentsAnswered > 0 ||
      (asked(id) >= T.questionerMinQuestions && asked(id) >= T.questionerMinShareOfQuestions * items.length);
    const opensAndInvites = id === firstSpeaker && invitations(id) >= T.chairMinInvitations;
    if (opensAndInvites || (isQuestioner && people > 2 && id === firstSpeaker)) roles.set(id, 'chair');
    else if (isQuestioner) roles.set(id, 'interviewer');
    else if (s.longestTurnWords >= T.presenterMinLongestTurnWords) roles.set(id, 'presenter');
  }
  return roles;
}

type Context = Pick<Measurements, 'turnTaking' | 'inclusivity' | 'findings'> & { transcript: Transcript };

/**
 * The findings without what a role or the format explains, and with what they leave uncertain as observations.
 *
 * Dropped, since a note that explains them away leaves nothing to say about the person (a coach, review r19: "if
 * the caveat applies, drop the finding"): the dominant voice and long turns of a respondent in a group (3 or more
 * people) answering questions, any long turn that answers a question put to its speaker, a dominant share that is
 * one talk (a webinar's speaker), the quiet share of a chair or of a member putting questions in a hearing, and in
 * a formal sitting every quiet voice and long turn (the chair gives out the slots), every restatement and every
 * credit that names nobody (the forms of question period).
 *
 * Carried by another finding: a dominant speaker's long turns in a group. There the pattern is the share of the
 * talk: the dominant-voice finding carries it, and its note counts the long stretches that are its evidence.
 * Coaches judged a coordinator's long turns one by one "debatable" (agenda reports, some ending with a question to
 * the partners) while signing the dominant share itself (issue 11, reviews r7, r8 and r21).
 *
 * Observations: in a group every other long turn; their note says why. `roles` (detectRoles) and `quietExplained`
 * (quietInContext) are passed in by a caller that has them already: runAnalyzers reports the same quiet shares.
 *
 * @example
 * inRoleContext(measurements).find((f) => f.kind === 'long-monologue' && f.speakerId === witness)
 * // => undefined: a witness's long answers to a committee's questions are the answers
 */
export function inRoleContext(
  m: Context,
  roles = detectRoles(m),
  quietExplained = quietInContext(m, roles),
): Finding[] {
  const group = m.inclusivity.participation.people > 2;
  const answers = new Set(m.turnTaking.questions.items.map((q) => q.answerUtteranceId));
  const longTurns = (speakerId: string) =>
    m.findings.filter((f) => f.kind === 'long-monologue' && f.speakerId === speakerId);
  const dominant = new Set(m.findings.filter((f) => f.kind === 'dominant-voice').map((f) => f.speakerId));
  const answering = questioningBegun(m);
  const sitting = isSitting(m.inclusivity.participation.people);
  const formal = isFormalSitting(m);
  const inContext = (f: Finding): Finding | null => {
    if (f.kind === 'quiet-voice' && f.speakerId !== null) return quietExplained.has(f.speakerId) ? null : f;
    // "Mr. Chair, if I understand correctly, there will be no changes before November" restated the member's own
    // premise as the minister's answer, and he moved on without letting her confirm (review r15): in a sitting a
    // restatement is shown as an observation, never built into a strength; in a formal one, where members put
    // questions in turn, it is the debate's form, and so is a minister's "you raise a very important point" or
    // "Thank you for your advocacy" to whoever asked (reviews r19, r20): none of these is a finding.
    if (formal && (f.kind === 'paraphrase' || (f.kind === 'credit' && f.targetSpeakerId === null))) return null;
    if (f.kind === 'paraphrase' && sitting) return f.confidence === 'low' ? f : { ...f, confidence: 'low' };
    if ((f.kind !== 'dominant-voice' && f.kind !== 'long-monologue') || f.speakerId === null) return f;
    const role = roles.get(f.speakerId);
    // Not the presenter: a long turn is what makes one (presenterMinLongestTurnWords), so it explains nothing.
    // A respondent's long opening statement answers nothing yet (a coach rejected "answering the questions" for a
    // Prime Minister's opening statement, review r12): it is read as any long turn in a group.
    if (group && role === 'respondent' && (f.kind === 'dominant-voice' || answers.has(f.utteranceId) || answering(f)))
      return null;
    if (f.kind === 'long-monologue' && (answers.has(f.utteranceId) || formal)) return null;
    // A dominant speaker's long turns in a group are the evidence of their share: the dominant-voice finding lists
    // them, one finding each retold it (a coach counted five beside one 83% share, review r21).
    if (f.kind === 'long-monologue' && group && dominant.has(f.speakerId)) return null;
    const why =
      f.kind === 'long-monologue' && group
        ? 'In a group a long turn is often a planned piece (a presentation, a report, a statement): on its own it is no fault.'
        : null;
    // An observation gives no advice: "Stop after the main point and hand over" does not fit a presentation asked
    // for (review r17).
    if (why !== null)
      return f.severity === 'info'
        ? { ...f, suggestion: null }
        : { ...f, severity: 'info', suggestion: null, note: `${f.note} ${why}` };
    if (f.kind !== 'dominant-voice' || !group) return f;
    // Most of their words were one talk (a webinar's invited speaker): holding the floor was the format.
    if (isOneTalk(m, f.speakerId)) return null;
    const stretches = longTurns(f.speakerId);
    if (stretches.length === 0) return f;
    const ids = listIds(
      stretches.map((s) => s.utteranceId!),
      LISTED_IDS,
    );
    return {
      ...f,
      note: `${f.note} They held the floor in ${stretches.length} long ${stretches.length === 1 ? 'stretch' : 'stretches'} (from ${ids}).`,
    };
  };
  return m.findings.map(inContext).filter((f): f is Finding => f !== null);
}

/**
 * Whose small share the format or their role explains, and how: in a formal sitting everyone's (the chair gives out
 * the slots), else a chair's, and in a hearing or interview a questioner's (quietByRole). Such a share is no quiet
 * voice: no finding, and the report does not mark it quiet (inclusivity.participation.speakers[].quietInContext).
 *
 * @example
 * quietInContext(measurements).get('s1') // => 'chair' for a committee's chair
 * quietInContext(measurements).get('s7') // => 'formal-sitting' for any member of a parliament's sitting
 */
export function quietInContext(m: Context, roles = detectRoles(m)): Map<string, QuietContext> {
  const formal = isFormalSitting(m);
  const hearing = isHearing(roles);
  const explained = new Map<string, QuietContext>();
  for (const [id, role] of roles) {
    if (formal) explained.set(id, 'formal-sitting');
    else if (quietByRole(role, hearing)) explained.set(id, role === 'chair' ? 'chair' : 'questioner');
  }
  return explained;
}

/** A sitting (isSitting) run by a chair by office: a parliament or a committee, where the chair gives out the slots. */
function isFormalSitting(m: Context): boolean {
  return isSitting(m.inclusivity.participation.people) && chairedByOffice(m.transcript);
}

/**
 * True when a speaker's label names the chair by office ("The Acting Chair (Mr. Bruce Stanton)"): with more than
 * DISCUSSION_MAX_PEOPLE people that is a formal sitting, where the chair gives out the slots to speak.
 *
 * @example
 * chairedByOffice(transcript) // => true for a parliamentary committee whose transcript labels "The Chair"
 */
function chairedByOffice(transcript: Transcript): boolean {
  return transcript.speakers.some((s) => CHAIR_LABEL.test(s.name));
}

/**
 * Whether a finding's utterance comes at or after its speaker's first answer to a question: from then on a
 * respondent's long turns are part of the questioning, whatever the last line put to them was ("So, you're not
 * anticipating hundreds and hundreds." is put to a witness as much as a question is, review r15); before it
 * they are an opening statement (review r12).
 */
function questioningBegun(m: Context): (f: Finding) => boolean {
  const order = new Map(m.transcript.utterances.map((u, i) => [u.id, i]));
  const firstAnswer = new Map<string, number>();
  for (const q of m.turnTaking.questions.items) {
    if (q.answererId === null || q.answerUtteranceId === null) continue;
    const at = order.get(q.answerUtteranceId) ?? Infinity;
    if (at < (firstAnswer.get(q.answererId) ?? Infinity)) firstAnswer.set(q.answererId, at);
  }
  return (f) =>
    f.speakerId !== null &&
    f.utteranceId !== null &&
    (order.get(f.utteranceId) ?? -1) >= (firstAnswer.get(f.speakerId) ?? Infinity);
}

/**
 * True when someone answers the others' questions (a witness, an interviewee): a hearing or an interview.
 *
 * @example
 * isHearing(detectRoles(analysis)) // => true for a committee taking evidence from a witness
 */
export function isHearing(roles: ReadonlyMap<string, Role>): boolean {
  return [...roles.values()].includes('respondent');
}

/**
 * True when a person's quiet share is their role: a chair's turns hand the floor on, and in a hearing or interview
 * the questions are short beside the answers. A coach rejected "quiet" for a committee's chair and found it
 * meaningless for the members putting their questions (review r12).
 *
 * @example
 * quietByRole('chair', true) // => true
 * quietByRole('interviewer', false) // => false (asking in a discussion is no role that keeps one quiet)
 */
export function quietByRole(role: Role | undefined, hearing: boolean): boolean {
  return role === 'chair' || (role === 'interviewer' && hearing);
}

/**
 * True when a speaker's share is one planned talk: their longest turn holds at least oneTalkMinShareOfWords of
 * everything they said (a webinar's speaker: 6,795 of 7,050 words).
 *
 * @example
 * isOneTalk(m, 's2') // => true for the invited speaker of a webinar
 */
function isOneTalk(m: Context, speakerId: string): boolean {
  const s = m.turnTaking.speakers.find((x) => x.speakerId === speakerId);
  const T = ROLE_THRESHOLDS;
  return (
    s !== undefined &&
    s.longestTurnWords >= T.presenterMinLongestTurnWords &&
    s.longestTurnWords >= T.oneTalkMinShareOfWords * s.words
  );
}

/** At most this many utterance ids are listed in a note; past it, "and N more". */
const LISTED_IDS = 4;

/** How many of the items each speaker has. */
function countBySpeaker(items: ReadonlyArray<{ speakerId: string | null }>): Map<string | null, number> {
  const counts = new Map<string | null, number>();
  for (const item of items) counts.set(item.speakerId, (counts.get(item.speakerId) ?? 0) + 1);
  return counts;
}
