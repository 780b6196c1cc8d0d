/**
 * Role detection (analyzers/roles.ts) on short meetings whose roles anyone reading them would name:
 * a committee chair and a witness, an interviewer and a candidate, a facilitator going round the table,
 * a presenter, and an ordinary discussion where nobody has a special part.
 */
import { describe, expect, it } from 'vitest';
import { runAnalyzers } from '../../analyzers/index';
import { detectRoles } from '../../analyzers/roles';
import { formalSittingLines, hearingLines } from '../helpers/hearing';
import { makeTranscript, type Line } from '../helpers/make-transcript';

function rolesOf(lines: Line[]) {
  const transcript = makeTranscript(lines);
  const roles = detectRoles({ transcript, ...runAnalyzers(transcript, {}) });
  return Object.fromEntries(transcript.speakers.map((s) => [s.name, roles.get(s.id)]));
}

/** participation.speakers[].quietInContext by speaker id. */
function quietContexts(m: ReturnType<typeof runAnalyzers>) {
  return Object.fromEntries(m.inclusivity.participation.speakers.map((s) => [s.speakerId, s.quietInContext]));
}

describe('detectRoles', () => {
  it('reads a hearing: members ask, the witness answers', () => {
    const roles = rolesOf([
      ['Chair', 'Welcome. Ms Reyes, how many buses ran late last month?', 0, 4],
      ['Ms Reyes', 'About one in six, mostly on the two rural routes in the north.', 4.5, 10],
      ['Cllr Moss', 'What has the operator done about the rural routes since then?', 10.5, 14],
      ['Ms Reyes', 'They added two drivers and moved the timetable by ten minutes.', 14.5, 20],
      ['Chair', 'And when will residents see the new timetable?', 20.5, 23],
      ['Ms Reyes', 'From the first of March, on the website and at every stop.', 23.5, 28],
    ]);
    expect(roles['Ms Reyes']).toBe('respondent');
    expect(roles['Chair']).toBe('chair');
    expect(roles['Cllr Moss']).toBe('interviewer');
  });

  it('reads a 1:1 interview: one asks, the other answers', () => {
    const roles = rolesOf([
      ['Noor', 'How do you plan your week at the moment?', 0, 3],
      ['Pete', 'I block Monday morning for planning and keep Friday free for support work.', 3.5, 9],
      ['Noor', 'What gets in the way of that plan most often?', 9.5, 12],
      ['Pete', 'Urgent customer calls, usually two or three a week, and they eat the mornings.', 12.5, 18],
    ]);
    expect(roles).toEqual({ Noor: 'interviewer', Pete: 'respondent' });
  });

  it('calls nobody anything special in an ordinary exchange of views', () => {
    const roles = rolesOf([
      ['Ana', 'I would put the venue first, since it fixes the date for everything else.', 0, 5],
      ['Ben', 'Agreed, and the hall is easier to reach by train than the barn.', 5.5, 10],
      ['Cy', 'Then I will book the hall today and send the contract round to you both.', 10.5, 15],
      ['Ana', 'Good, the catering can wait until the guest list is final next week.', 15.5, 20],
    ]);
    expect(roles).toEqual({ Ana: 'participant', Ben: 'participant', Cy: 'participant' });
  });

  it('does not make a respondent of someone who held the floor and answered once', () => {
    const talk = 'The migration moves every customer table to the new cluster over two weekends. '.repeat(6);
    const roles = rolesOf([
      ['Sina', 'Can we do it in one weekend?', 0, 2],
      ['Rolf', `No. ${talk}`, 2.5, 40],
      ['Tao', 'Okay.', 40.5, 41],
      ['Rolf', talk, 41.5, 80],
    ]);
    expect(roles['Rolf']).not.toBe('respondent');
  });

  it('names a presenter by a long planned turn', () => {
    const talk = 'Revenue grew in every region this quarter, led by the north and the new partner channel. '.repeat(12);
    const roles = rolesOf([
      ['Mia', talk, 0, 120],
      ['Leo', 'Thanks, that was clear.', 120.5, 122],
    ]);
    expect(roles['Mia']).toBe('presenter');
  });
});

describe('inRoleContext', () => {
  const answer =
    'The offence is defined in the act, and the burden of proof sits with the prosecution in every case. '.repeat(16); // 320 words: past the 300-word line without timings
  it("drops a witness's long answers and dominant voice, and shows a chair's long opening as an observation", () => {
    const lines: Line[] = [
      ['Chair', `Welcome. ${'Today we look at the new bill, clause by clause, and at what it changes. '.repeat(22)}`],
      ['Member A', 'Can you explain how the defence works under the new bill?'],
      ['Witness', answer],
      ['Member B', 'And what about the burden of proof?'],
      ['Witness', answer],
      ['Member C', 'Thank you, that is clear.'],
    ];
    const m = runAnalyzers(makeTranscript(lines));
    // Answering the members' questions was the witness's part: nothing to say about them (reviews r17, r19).
    const witness = m.findings.filter((f) => f.speakerId === 's3');
    expect(witness.filter((f) => f.kind === 'long-monologue' || f.kind === 'dominant-voice')).toEqual([]);
    // The measurements stay: the witness's share is still the largest, and their turns still the longest.
    expect(m.inclusivity.participation.dominantVoices.map((v) => v.speakerId)).toEqual(['s3']);
    expect(m.turnTaking.monologues.items.filter((t) => t.speakerId === 's3').length).toBe(2);
    // A chair's opening statement in a hearing is the format, not a habit to change.
    const chair = m.findings.find((f) => f.speakerId === 's1' && f.kind === 'long-monologue');
    expect(chair?.severity).toBe('info');
    expect(chair?.note).toMatch(/planned piece/);
    expect(chair?.suggestion).toBeNull();
  });

  it("says nothing of a witness's opening statement and answers: the format, and the questions, explain them", () => {
    // About 320 words, said before anyone asked anything.
    const statement =
      'Our plan keeps every bus route open through the winter and adds two drivers to each depot. '.repeat(18);
    const m = runAnalyzers(
      makeTranscript([
        ['Chair', 'Welcome, Minister. Please begin with your statement.'],
        ['Minister', statement],
        ['Member A', 'Can you explain how the defence works under the new bill?'],
        ['Minister', answer],
        ['Member B', 'And what about the burden of proof?'],
        ['Minister', answer],
      ]),
    );
    // The statement the chair asked for opens the minister's dominant share, which answering the members explains
    // (reviews r12, r19): no finding for any of the three long turns, nor for the share.
    expect(m.turnTaking.monologues.items.map((t) => t.utteranceIds[0])).toEqual(['u2', 'u4', 'u6']);
    expect(m.findings.filter((f) => f.speakerId === 's2')).toEqual([]);
  });

  it("reads a witness's long reply to a member's remark, once the questions have begun, as part of the answers", () => {
    // Review r15 (a committee hearing): "So, you're not anticipating hundreds and hundreds." is put to the witness
    // as much as a question is; the note tied the reply to a dominant voice and a "planned piece".
    const m = runAnalyzers(
      makeTranscript([
        ['Chair', 'Welcome. Member A, your questions first.'],
        ['Member A', 'Can you explain how the defence works under the new bill?'],
        ['Witness', answer],
        ['Member B', 'And what about the burden of proof?'],
        ['Witness', answer],
        ['Member A', "So, you're not expecting many cases."],
        ['Witness', answer],
        ['Member C', 'Thank you, that is clear.'],
      ]),
    );
    // All three replies are answers, the one to the remark too: no finding for any.
    expect(m.turnTaking.monologues.items.filter((t) => t.speakerId === 's3').length).toBe(3);
    expect(m.findings.filter((f) => f.kind === 'long-monologue' && f.speakerId === 's3')).toEqual([]);
  });

  it('shows a restatement in a sitting as an observation, and keeps it in a meeting of a few', () => {
    const exchange: Line[] = [
      ['Member A', 'When will the programs change, Minister?'],
      ['Minister', 'The ministers meet in the autumn and the programs will be reviewed then.'],
      ['Member A', 'If I understand correctly, there will be no changes to the programs before November.'],
    ];
    const paraphrase = (lines: Line[]) =>
      runAnalyzers(makeTranscript(lines)).findings.find((f) => f.kind === 'paraphrase');
    // Review r15: in a 56-person sitting the member restated his own premise as the minister's answer.
    const members: Line[] = Array.from({ length: 8 }, (_, k) => [`Member ${k + 2}`, 'I rise to speak on the bill.']);
    expect(paraphrase([...members, ...exchange])?.confidence).toBe('low');
    expect(paraphrase(exchange)?.confidence).toBe('medium');
  });

  it('raises no quiet voice for a quiet chair or the members putting questions, in a hearing of two witnesses', () => {
    // Two witnesses near 40% each of five people (nobody above twice the 20% fair share); the chair at 8% and the
    // members at 7% and 5% are below half of it, each for their role: chairing, asking (reviews r12, r19).
    const hearingAnswer =
      'The delays came from two driver shortages and the winter timetable on the rural routes. '.repeat(3);
    const m = runAnalyzers(
      makeTranscript([
        ['Chair', 'Cllr Moss, your questions first.'],
        ['Cllr Moss', 'What caused the delays on the rural routes?'],
        ['Ms Reyes', hearingAnswer],
        ['Chair', 'Thank you. Cllr Hale?'],
        ['Cllr Hale', 'When will the new timetable start?'],
        ['Mr Okafor', hearingAnswer],
      ]),
    );
    expect(m.inclusivity.participation.quietVoices.map((v) => v.speakerId)).toEqual(['s1', 's2', 's4']);
    expect(m.findings.filter((f) => f.kind === 'quiet-voice')).toEqual([]);
    // The measurement says why, so that the report does not mark them quiet either.
    expect(quietContexts(m)).toEqual({ s1: 'chair', s2: 'questioner', s3: null, s4: 'questioner', s5: null });
  });

  it('raises no quiet voice for the members putting questions, in a hearing where one witness talks most', () => {
    // Words: the witness 640 (two answers of 320); the chair 12, Cllr Moss 8 and Cllr Hale 6 share the rest, 8.7 on
    // average. The members are below that too, but asking was their part; the chair is above it.
    const m = runAnalyzers(makeTranscript(hearingLines(answer)));
    expect(m.inclusivity.participation.quietVoices.map((v) => v.speakerId)).toContain('s2');
    expect(m.findings.filter((f) => f.kind === 'quiet-voice')).toEqual([]);
  });

  it('raises no quiet voice and no long statement in a formal sitting, where the chair gives out the slots', () => {
    // Review r19, a parliamentary committee: members spoke once in their slot, leaders read their statements; in
    // question period a member's "if I understand correctly" and the minister's courtesy to whoever asked.
    const lines = formalSittingLines();
    const m = runAnalyzers(makeTranscript(lines));
    expect(m.listening.paraphrases.map((x) => x.ruleId)).toEqual(['if-i-understand']);
    expect(m.inclusivity.credit.items.map((x) => x.ruleId)).toEqual(['good-point']);
    expect(m.findings.filter((f) => f.kind === 'paraphrase' || f.kind === 'credit')).toEqual([]);
    expect(m.inclusivity.participation.people).toBe(12);
    expect(m.inclusivity.participation.quietVoices.length).toBeGreaterThan(0);
    expect(m.turnTaking.monologues.items.length).toBe(2);
    expect(m.findings.filter((f) => f.kind === 'quiet-voice' || f.kind === 'long-monologue')).toEqual([]);
    // Every quiet share is the sitting's, the chair's included; a share that is not quiet has nothing to explain.
    const contexts = Object.entries(quietContexts(m));
    const quiet = new Set(m.inclusivity.participation.quietVoices.map((v) => v.speakerId));
    expect(contexts.filter(([id]) => quiet.has(id)).every(([, why]) => why === 'formal-sitting')).toBe(true);
    expect(contexts.filter(([id]) => !quiet.has(id)).every(([, why]) => why === null)).toBe(true);
    // Without a chair by office, eleven people are a large meeting, not a sitting with slots: the members' quiet
    // shares are observations. (Each leader's share, about 43%, is one statement: one talk, no finding either way.)
    const unchaired = lines.map(([who, text]): Line => [who.startsWith('The Acting Chair') ? 'Moderator' : who, text]);
    const big = runAnalyzers(makeTranscript(unchaired));
    expect(big.findings.filter((f) => f.kind === 'quiet-voice').length).toBeGreaterThan(0);
    expect(Object.values(quietContexts(big)).every((why) => why === null)).toBe(true);
    expect(big.findings.filter((f) => f.kind === 'dominant-voice' || f.kind === 'long-monologue')).toEqual([]);
  });

  // 680 words a turn: past twice the 300-word line, which would be medium outside a group.
  const talk = 'I think we should move the launch, because the vendor is late and support is not trained. '.repeat(40);

  it('leaves a quiet participant of an ordinary discussion without a role note', () => {
    const m = runAnalyzers(
      makeTranscript([
        ['Ana', talk],
        ['Ben', 'Fine.'],
        ['Ana', talk],
        ['Cy', 'The vendor can still deliver in May, and support starts training on Monday.'],
      ]),
    );
    const ben = m.findings.find((f) => f.kind === 'quiet-voice' && f.speakerId === 's2');
    expect(ben).toBeDefined();
    expect(ben?.note).not.toMatch(/chaired|hearing/);
    expect(quietContexts(m).s2).toBeNull();
  });

  it("in a group, carries a dominant speaker's long turns in the dominant-voice finding, none of their own", () => {
    const m = runAnalyzers(
      makeTranscript([
        ['Ana', talk],
        ['Ben', 'The vendor told me they can still deliver in May.'],
        ['Ana', talk],
        ['Cy', 'Support can start training on Monday.'],
        ['Ana', talk],
      ]),
    );
    // One finding per long turn retold the share five times over (review r21): the share is the finding.
    expect(m.findings.filter((f) => f.kind === 'long-monologue')).toEqual([]);
    const dominant = m.findings.find((f) => f.speakerId === 's1' && f.kind === 'dominant-voice');
    expect(dominant?.severity).toBe('low');
    expect(dominant?.note).toContain('3 long stretches (from u1, u3, u5)');
  });

  it("raises no dominant voice for a webinar's speaker when one talk holds most of their words", () => {
    const talk = 'The archive keeps every recording with its transcript, and the index is rebuilt each night. '.repeat(
      60,
    );
    const m = runAnalyzers(
      makeTranscript([
        ['Host', 'Welcome everyone, today Paula will walk us through the new archive. Paula, over to you.'],
        ['Paula', talk],
        ['Host', 'Thank you, Paula, that was clear.'],
        ['Ravi', 'The nightly rebuild will help our team a lot.'],
        ['Paula', 'Glad to hear it; the spring release adds search by speaker.'],
        ['Lena', 'Thanks, this was very useful.'],
      ]),
    );
    // Her share was the talk she was invited to give: the format, nothing to raise with her (reviews r10, r19).
    expect(m.inclusivity.participation.dominantVoices.map((v) => v.speakerId)).toEqual(['s2']);
    expect(m.findings.find((f) => f.kind === 'dominant-voice' && f.speakerId === 's2')).toBeUndefined();
  });

  it('keeps a long turn in a 1:1, where the long turns are the imbalance itself', () => {
    const m = runAnalyzers(
      makeTranscript([
        ['Ana', talk],
        ['Ben', 'The vendor told me they can still deliver in May.'],
        ['Ana', talk],
      ]),
    );
    const ana = m.findings.filter((f) => f.speakerId === 's1' && f.kind === 'long-monologue');
    expect(ana.length).toBe(2);
    expect(ana.every((f) => f.severity !== 'info')).toBe(true);
  });
});

describe('a chair named by office', () => {
  it('reads "The Chair" and "The Acting Chair (Mr. Bruce Stanton)" as the chair, whoever spoke first', () => {
    const roles = rolesOf([
      ['Ms. Lee', 'I would like to raise the question of the budget for the rail link.'],
      ['The Acting Chair (Mr. Bruce Stanton)', 'Thank you. The member has one minute.'],
      ['Ms. Lee', 'Then I will be brief: when will the study be published?'],
      ['The Chair', 'The minister may answer.'],
    ]);
    expect(roles['The Acting Chair (Mr. Bruce Stanton)']).toBe('chair');
    expect(roles['The Chair']).toBe('chair');
  });
});
