/**
 * The inclusivity analyser on small hand-written meetings. Every expected value is worked out by
 * hand in the comment above it.
 */
import { describe, expect, it } from 'vitest';
import { analyzeInclusivity, InclusivityResult, type ParticipationInput } from '../../../analyzers/inclusivity/index';
import { prepare } from '../../../analyzers/nlp/prepare';
import { Finding } from '../../../src/model/finding';
import type { Transcript } from '../../../src/model/transcript';
import { makeTranscript, type Line } from '../../helpers/make-transcript';

/** Equal shares and no interruptions: for tests that are not about participation. */
function equalShares(t: Transcript): ParticipationInput {
  return {
    basis: 'words',
    speakers: t.speakers.map((s) => ({
      speakerId: s.id,
      talkShare: 1 / t.speakers.length,
      interruptionsMade: 0,
      interruptionsReceived: 0,
    })),
  };
}

function run(lines: Line[], input?: (t: Transcript) => ParticipationInput) {
  const t = makeTranscript(lines);
  const { result, findings } = analyzeInclusivity(prepare(t), (input ?? equalShares)(t));
  return { t, result, findings, mine: findings.filter((f) => f.kind !== 'non-inclusive-language') };
}

describe('participation equity', () => {
  // Four people with shares 0.55, 0.30, 0.10, 0.05 (by time). Fair share 1/4 = 0.25;
  // quiet below 0.125 (Cy 0.10, Dee 0.05), dominant above 0.5 (Ana 0.55).
  // Ratios to the fair share: 0.55/0.25 = 2.2, 0.3/0.25 = 1.2, 0.1/0.25 = 0.4, 0.05/0.25 = 0.2.
  const lines: Line[] = [
    ['Ana', 'Welcome everyone, let me walk you through the whole release plan in detail today.'],
    ['Ben', 'Sounds good to me.'],
    ['Cy', 'Fine.'],
    ['Dee', 'Okay.'],
  ];
  const shares = [0.55, 0.3, 0.1, 0.05];
  const input = (t: Transcript): ParticipationInput => ({
    basis: 'time',
    speakers: t.speakers.map((s, i) => ({
      speakerId: s.id,
      talkShare: shares[i]!,
      interruptionsMade: i === 0 ? 3 : 0,
      interruptionsReceived: i === 2 ? 2 : i === 1 ? 1 : 0,
    })),
  });

  it('lists quiet and dominant voices with their numbers', () => {
    const { result } = run(lines, input);
    const p = result.participation;
    expect(p).toMatchObject({ basis: 'time', people: 4, fairShare: 0.25, quietBelow: 0.125, dominantAbove: 0.5 });
    expect(p.quietVoices).toEqual([
      { speakerId: 's3', talkShare: 0.1, ratioToFairShare: 0.4, shareOfPeople: 0.1 },
      { speakerId: 's4', talkShare: 0.05, ratioToFairShare: 0.2, shareOfPeople: 0.05 },
    ]);
    expect(p.dominantVoices).toEqual([
      { speakerId: 's1', talkShare: 0.55, ratioToFairShare: 2.2, shareOfPeople: 0.55 },
    ]);
    expect(p.speakers.map((s) => s.status)).toEqual(['dominant', 'balanced', 'quiet', 'quiet']);
  });

  it("reports them as observations, quoting the person's longest utterance", () => {
    const { mine } = run(lines, input);
    const quiet = mine.filter((f) => f.kind === 'quiet-voice');
    expect(quiet.map((f) => [f.speakerId, f.severity, f.utteranceId, f.quote])).toEqual([
      ['s3', 'info', 'u3', 'Fine'],
      ['s4', 'info', 'u4', 'Okay'],
    ]);
    expect(quiet[0]!.note).toContain('10% of the talk time');
    expect(quiet[0]!.suggestion).toContain('"Cy, what do you think?"');
    const dominant = mine.filter((f) => f.kind === 'dominant-voice');
    // Ana's longest utterance, its first 12 words: Welcome(1) everyone(2) let(3) me(4) walk(5) you(6) through(7) the(8) whole(9) release(10) plan(11) in(12).
    expect(dominant.map((f) => [f.speakerId, f.severity, f.quote])).toEqual([
      ['s1', 'low', 'Welcome everyone, let me walk you through the whole release plan in'],
    ]);
  });

  it('passes interruptions through, most interrupted first', () => {
    const { result } = run(lines, input);
    // received: Cy 2, Ben 1, Ana 0, Dee 0 (ties by id).
    expect(result.interruptions).toEqual([
      { speakerId: 's3', made: 0, received: 2, net: -2 },
      { speakerId: 's2', made: 0, received: 1, net: -1 },
      { speakerId: 's1', made: 3, received: 0, net: 3 },
      { speakerId: 's4', made: 0, received: 0, net: 0 },
    ]);
  });

  it('does not count the unattributed bucket as a person', () => {
    // Three people plus "Unknown speaker": fair share 1/3, quiet below 1/6.
    const { result } = run(
      [
        ['Ana', 'One.'],
        ['Ben', 'Two.'],
        ['Cy', 'Three.'],
        ['', 'Four.'],
      ],
      (t) => ({
        basis: 'words',
        speakers: t.speakers.map((s, i) => ({
          speakerId: s.id,
          talkShare: [0.5, 0.3, 0.1, 0.1][i]!,
          interruptionsMade: 0,
          interruptionsReceived: 0,
        })),
      }),
    );
    expect(result.participation.people).toBe(3);
    expect(result.participation.fairShare).toBe(0.333);
    // Cy (0.1) is quiet (below 0.1667); the unknown bucket (also 0.1) is not listed.
    expect(result.participation.quietVoices.map((v) => v.speakerId)).toEqual(['s3']);
  });

  it('flags nobody in a one-person transcript', () => {
    const { result, mine } = run([['Ana', 'Just me today.']], (t) => ({
      basis: 'words',
      speakers: [{ speakerId: t.speakers[0]!.id, talkShare: 1, interruptionsMade: 0, interruptionsReceived: 0 }],
    }));
    expect(result.participation.quietVoices).toEqual([]);
    expect(result.participation.dominantVoices).toEqual([]);
    expect(mine.filter((f) => f.kind.endsWith('-voice'))).toEqual([]);
  });
});

describe('invitations to speak', () => {
  const lines: Line[] = [
    ['Ana Lima', 'Sam, any thoughts?'], // u1 any-thoughts, Sam named before it
    ['Sam Okafor', 'Not yet.'], // u2
    ['Ana Lima', 'What do you think, Ben?'], // u3 what-do-you-think, Ben named after it
    ['Ben Carter', "I'd love to hear from Priya first."], // u4 love-to-hear, Priya: no speaker of this meeting
    ['Ana Lima', "We haven't heard from Tom yet."], // u5 not-heard-from, Tom: no speaker either
    ['Ben Carter', "Let's go around the room."], // u6 go-around-the-room, open
    ['Ana Lima', 'Go ahead and deploy it.'], // u7 an instruction: excluded by "and"
    ['Sam Okafor', 'Does anyone else want to add something? Anyone else?'], // u8 two sentences, two open calls
  ];

  it('finds who invites whom', () => {
    const { result } = run(lines);
    expect(
      result.invitations.items.map((x) => [
        x.utteranceId,
        x.ruleId,
        x.speakerId,
        x.toSpeakerId,
        x.addresseeName,
        x.quote,
        x.repliedBySpeakerId,
      ]),
    ).toEqual([
      ['u1', 'any-thoughts', 's1', 's2', 'Sam', 'Sam, any thoughts', 's2'],
      ['u3', 'what-do-you-think', 's1', 's3', 'Ben', 'What do you think, Ben', 's3'],
      ['u4', 'love-to-hear', 's3', null, 'Priya', 'love to hear from Priya', 's1'],
      ['u5', 'not-heard-from', 's1', null, 'Tom', "haven't heard from Tom", 's3'],
      ['u6', 'go-around-the-room', 's3', null, null, 'go around the room', 's1'],
      ['u8', 'anyone-else-want', 's2', null, null, 'anyone else want', null],
      ['u8', 'anyone-else', 's2', null, null, 'Anyone else', null],
    ]);
    // 7 invitations; 4 name someone (Sam, Ben, Priya, Tom).
    expect(result.invitations.total).toBe(7);
    expect(result.invitations.named).toBe(4);
    // Ana gave u1, u3, u5; Sam gave u8 twice and received u1; Ben gave u4, u6 and received u3.
    expect(result.invitations.bySpeaker).toEqual([
      { speakerId: 's1', given: 3, received: 0 },
      { speakerId: 's2', given: 2, received: 1 },
      { speakerId: 's3', given: 2, received: 1 },
    ]);
  });

  it('reports each invitation as a finding aimed at the invited person', () => {
    const { mine } = run(lines);
    const invitations = mine.filter((f) => f.kind === 'invitation');
    expect(invitations.map((f) => [f.id, f.targetSpeakerId, f.severity])).toEqual([
      ['inclusivity:any-thoughts:u1', 's2', 'info'],
      ['inclusivity:what-do-you-think:u3', 's3', 'info'],
      ['inclusivity:love-to-hear:u4', null, 'info'],
      ['inclusivity:not-heard-from:u5', null, 'info'],
      ['inclusivity:go-around-the-room:u6', null, 'info'],
      ['inclusivity:anyone-else-want:u8', null, 'info'],
      ['inclusivity:anyone-else:u8', null, 'info'],
    ]);
    expect(invitations[0]!.note).toBe(
      'Ana Lima invited Sam Okafor to speak. Explicit invitations bring in voices that would not interrupt to be heard.',
    );
  });

  it('finds names in lower-case speech-to-text without a capital letter', () => {
    const { result } = run([
      ['Ana Lima', 'okay so sam what do you think'],
      ['Sam Okafor', 'i think it works'],
    ]);
    expect(result.invitations.items.map((x) => [x.ruleId, x.toSpeakerId])).toEqual([['what-do-you-think', 's2']]);
  });

  it('takes a name next to "from you" when the object of "from" is no name', () => {
    const { result } = run([
      ['Ana Lima', "Sam, we haven't heard from you yet."],
      ['Sam Okafor', 'True.'],
    ]);
    expect(result.invitations.items.map((x) => [x.ruleId, x.toSpeakerId, x.quote])).toEqual([
      ['not-heard-from', 's2', "Sam, we haven't heard from"],
    ]);
  });

  it('does not take a possessive for the addressee', () => {
    const { result } = run([
      ['Ana Lima', "What do you think of Sam's idea?"],
      ['Sam Okafor', 'Thanks.'],
      ['Ben Carter', 'I like it.'],
    ]);
    expect(result.invitations.items.map((x) => [x.ruleId, x.toSpeakerId, x.addresseeName])).toEqual([
      ['what-do-you-think', null, null],
    ]);
  });

  it('takes a hand-over described as a plan for none, and says an unnamed hand-over offered the floor', () => {
    // Review r18: a webinar host to the guest speaker, before the attendees were let in. "before I ... over to
    // you" says what will happen; the hand-over itself comes later ("Okay, over to you."), to one person, so
    // "invited the group" would be false. An unnamed question still goes to the group.
    const { result, mine } = run([
      ['Andrew Knight', "So I'll just do a brief intro before I intro you throw it over to you and you can share."], // u1 a plan
      ['Mary Kate', 'Sounds good.'], // u2
      ['Andrew Knight', 'Okay, over to you.'], // u3 the hand-over, unnamed
      ['Mary Kate', 'Thank you all for coming. What does everyone think of the agenda?'], // u4 open question
      ['Andrew Knight', 'Looks fine.'], // u5
    ]);
    expect(result.invitations.items.map((x) => [x.utteranceId, x.ruleId])).toEqual([
      ['u3', 'over-to-you'],
      ['u4', 'what-does-everyone-think'],
    ]);
    expect(mine.filter((f) => f.kind === 'invitation').map((f) => f.note)).toEqual([
      'Andrew Knight offered the floor. Explicit invitations bring in voices that would not interrupt to be heard.',
      'Mary Kate invited the group to speak. Explicit invitations bring in voices that would not interrupt to be heard.',
    ]);
  });

  it('takes "passing to" a named person as a hand-over, and "passing to the next item" as none (review r34)', () => {
    // An ELITR call: the chair hands the floor to each member in turn, by name.
    const { result } = run([
      ['Dana', 'Thanks, it is better. Passing to Sam.'], // u1 hand-over to Sam
      ['Sam Okafor', 'So for the last two weeks I trained the new model.'], // u2
      ['Dana', 'Good. We are passing to the next item then.'], // u3 no one named
      ['Dana', "I'll hand it over to Ana now."], // u4 hand-over to Ana
      ['Ana Lima', 'Thanks, my update is short.'], // u5
    ]);
    expect(result.invitations.items.map((x) => [x.utteranceId, x.ruleId, x.toSpeakerId])).toEqual([
      ['u1', 'passing-to', 's2'],
      ['u4', 'passing-to', 's3'],
    ]);
  });

  it('takes no invitation from a call the speaker closes in their next line, or from "I haven\'t heard from"', () => {
    // Review r21, a project call: "So any comments on this?" / "If not then let's move quickly" (nobody answered),
    // and "because I also haven't heard from Rico on this" (an e-mail not answered), are no invitations.
    const { result } = run([
      ['Bo', "Because I also haven't heard from Rico on this."], // u1 a reply not received
      ['Bo', 'So any comments on this?'], // u2
      ['Bo', "If not then let's move quickly, the time is really running up."], // u3 closes u2's call
      ['Cy', 'Fine.'], // u4
      ['Bo', "We haven't heard from Cy yet. Any comments on the budget?"], // u5 two invitations
      ['Cy', 'The budget works.'], // u6
    ]);
    expect(result.invitations.items.map((x) => [x.utteranceId, x.ruleId])).toEqual([
      ['u5', 'not-heard-from'],
      ['u5', 'any-thoughts'],
    ]);
  });

  it('counts an invitation cut off and asked again as one, and two complete ones as two', () => {
    // Review r16: "Uh, what do we think a" broke off when the chair cut in; the next line asks it whole.
    const cutOff = run([
      ['Ida', 'Uh, what do we think a'], // u1 cut off
      ['Pam', 'So, we are looking for'], // u2
      ['Ida', 'What do we think a good size would be for this?'], // u3 asked again, whole
      ['Pam', 'Small enough for one hand.'], // u4
    ]);
    expect(cutOff.result.invitations.items.map((x) => x.utteranceId)).toEqual(['u3']);
    const twice = run([
      ['Ida', 'What do you think, Pam?'], // u1
      ['Pam', 'Fine by me.'], // u2
      ['Ida', 'What do you think, Cy?'], // u3
      ['Cy', 'Also fine.'], // u4
    ]);
    expect(twice.result.invitations.items.map((x) => x.utteranceId)).toEqual(['u1', 'u3']);
  });
});

describe('acknowledgement and credit', () => {
  const lines: Line[] = [
    ['Priya', 'We could shard the billing database by region.'], // u1
    ['Ben', 'Mm-hmm.'], // u2 back-channel
    ['Ana', 'Good point.'], // u3 implicit: past Ben's back-channel, to Priya
    ['Ben', 'As Priya said, sharding helps.'], // u4 named
    ['Ana', 'Thanks for raising that, Ben.'], // u5 implicit, but Ben is named next to it
    ['Priya', "It would be a good idea to test it. That's not a good idea either."], // u6 advice and negation: none
    ['Ben', 'Is that a great idea?'], // u7 a question: none
  ];

  it('credits the named person, or the person whose point was acknowledged', () => {
    const { result } = run(lines);
    expect(
      result.credit.items.map((c) => [
        c.utteranceId,
        c.ruleId,
        c.type,
        c.speakerId,
        c.toSpeakerId,
        c.creditedName,
        c.implied,
        c.quote,
      ]),
    ).toEqual([
      ['u3', 'good-point', 'praise', 's3', 's1', null, true, 'Good point'],
      ['u4', 'as-name-said', 'attribution', 's2', 's1', 'Priya', false, 'As Priya said'],
      ['u5', 'thanks-for-raising', 'thanks', 's3', 's2', 'Ben', false, 'Thanks for raising that, Ben'],
    ]);
    // Priya (s1) received 2; Ben (s2) gave 1, received 1; Ana (s3) gave 2.
    expect(result.credit.bySpeaker).toEqual([
      { speakerId: 's1', given: 0, received: 2 },
      { speakerId: 's2', given: 1, received: 1 },
      { speakerId: 's3', given: 2, received: 0 },
    ]);
  });

  it('reports credit findings with the credited person as target, and no target where no name was said', () => {
    const { mine, result } = run(lines);
    // The credit item keeps the guess (Priya, past Ben's back-channel); the finding names nobody it cannot show.
    expect(result.credit.items[0]).toMatchObject({ ruleId: 'good-point', toSpeakerId: 's1', implied: true });
    const unnamed = mine.find((f) => f.kind === 'credit' && f.ruleId === 'good-point')!;
    expect(unnamed.note).toMatch(/^Ana praised a point: read as the previous speaker's, .*, a guess\.$/);
    // No advice in an observation that rests on a guess.
    expect(unnamed.note).not.toMatch(/Naming the person/);
    expect(mine.filter((f) => f.kind === 'credit').map((f) => [f.ruleId, f.speakerId, f.targetSpeakerId])).toEqual([
      ['good-point', 's3', null],
      ['as-name-said', 's2', 's1'],
      ['thanks-for-raising', 's3', 's2'],
    ]);
  });

  it('says an unnamed "good point" right after a turn followed it, not that whose it was is a guess', () => {
    const { mine } = run([
      ['Priya', 'We could shard the billing database by region.'],
      ['Ben', 'Good point.'],
      ['Cy', 'Then let us try it on the test cluster first.'],
    ]);
    const note = mine.find((f) => f.kind === 'credit')!.note;
    expect(note).toBe("Ben praised a point right after Priya spoke: read as Priya's.");
  });

  it('counts an unnamed credit after someone who only said "mm-hmm", and makes no finding of it', () => {
    // Review r16: "as you say, we need some kind of gimmick" after the chair's "Mm-hmm." was said to come "right
    // after" the chair spoke; the speaker was going on with her own point, so whose it was is a guess. Reviews r22
    // to r24: a note that the credit names nobody read as a criticism of a normal move, so there is no finding.
    const { mine, result } = run([
      ['Pat', 'Right, the brief. Budget first, then the look of it.'],
      ['Cy', 'I can sketch a few shapes for the look.'],
      ['Uma', 'Most remotes are grey or black and look the same.'],
      ['Pat', 'Mm-hmm.'],
      ['Uma', 'And as you say, we need some kind of gimmick so people pick ours.'],
    ]);
    expect(result.credit.items.map((c) => [c.utteranceId, c.speakerId, c.toSpeakerId])).toEqual([['u5', 's3', null]]);
    expect(mine.filter((f) => f.kind === 'credit')).toEqual([]);
  });

  it('counts an unnamed credit said again, with no new point between, once (review r24)', () => {
    // ICSI Bmr003: "Oh, interesting point." / "I would have thought so, yeah." / "Ah! Interesting point." was two
    // credit findings for one reaction, the second to whoever had agreed in between.
    const { result, mine } = run([
      ['Uma', 'The delays could be adjusted, so the click lands back in time where it was meant.'],
      ['Pat', 'We could program that pretty easily.'],
      ['Eve', 'Oh, interesting point.'],
      ['Pat', 'I would have thought so, yeah.'],
      ['Eve', 'Ah! Interesting point.'],
      ['Pat', 'And the logs would show every adjusted click.'],
      ['Eve', 'Good point.'], // a new point came between: a credit of its own
    ]);
    expect(result.credit.items.map((c) => c.utteranceId)).toEqual(['u3', 'u7']);
    expect(mine.filter((f) => f.kind === 'credit').map((f) => f.utteranceId)).toEqual(['u3', 'u7']);
  });

  it('gives an unnamed credit to the one other person of a two-person meeting, whatever their last turn held', () => {
    const { result } = run([
      ['Ana', 'We could move the launch to spring.'],
      ['Ben', 'Mm, yeah.'],
      ['Ana', 'And keep the price.'],
      ['Ben', 'Yeah, please.'],
      ['Ana', 'Good point.'], // nobody else could have made it
    ]);
    expect(result.credit.items.map((c) => [c.utteranceId, c.toSpeakerId, c.implied])).toEqual([['u5', 's2', false]]);
  });

  it('quotes what the thanks are for, not "Thank you for" alone (review r19)', () => {
    const { result } = run([
      ['Atwin', 'What will the government do for indigenous women in my riding?'],
      ['Bennett', 'Thank you very much. Thank you for your advocacy on all these truly important things, and more.'],
    ]);
    expect(result.credit.items.map((x) => [x.ruleId, x.quote])).toEqual([
      ['thanks-for-raising', 'Thank you for your advocacy on all these truly important things'],
    ]);
  });

  it('takes thanks for making time or filling in a survey as no credit; thanks for making the slides counts', () => {
    const { result } = run([
      ['Ana', 'Thanks for making time. I will go through the hiring plan.'], // opens the meeting
      ['Ben', 'I drew up the slides for it.'],
      ['Cy', 'Thanks for making the slides.'], // a piece of work
      ['Ana', 'Thank you for taking the time, Ben.'], // named, but still thanks for his time
      ['Ben', 'Here are the survey results for the team.'],
      ['Ana', 'Thank you for filling in this survey.'], // what everyone was asked to do
    ]);
    expect(result.credit.items.map((c) => [c.utteranceId, c.ruleId, c.toSpeakerId])).toEqual([
      ['u3', 'thanks-for-raising', 's2'],
    ]);
  });

  it('gives an unnamed credit to the only other person talking lately, whatever their last turn held (review r17)', () => {
    const { result } = run([
      ['Host', 'I will leave you two to talk it through.'], // u1
      ['Gia', 'We could open a sports recovery place, with saunas and ice baths.'],
      ...Array.from({ length: 4 }, (_, k): Line[] => [
        ['Pia', `Would it take option ${k + 1}?`],
        ['Gia', 'Maybe, it depends on the site.'],
      ]).flat(),
      ['Pia', 'For after training?'],
      ['Gia', 'Yeah.'], // u12
      ['Pia', 'And maybe after-sports care, like you said.'], // u13: Gia's idea; only Gia has talked with Pia lately
    ]);
    expect(result.credit.items.map((c) => [c.utteranceId, c.toSpeakerId])).toEqual([['u13', 's2']]);
  });

  it('gives an unnamed credit to nobody when the turn before it held no point ("Yeah, please.")', () => {
    // Review r16: "That's a great idea." after Grad A's "Yeah, please." was credited to Grad A, whose turn held no
    // idea; a turn of a few words that makes a point still gets it.
    const { mine, result } = run([
      ['Ana', 'Shall I read out the numbers for the form?'],
      ['Ben', 'Yeah, please.'],
      ['Cy', "That's a great idea."],
      ['Ben', 'Use the backup server.'],
      ['Cy', 'Good idea.'],
    ]);
    expect(result.credit.items.map((c) => [c.utteranceId, c.toSpeakerId])).toEqual([
      ['u3', null],
      ['u5', 's2'],
    ]);
    // Counted, but no finding names nobody; the credit for Ben's point is one.
    expect(mine.filter((f) => f.kind === 'credit').map((f) => f.utteranceId)).toEqual(['u5']);
  });

  it('takes "thank you for that" to nobody named as courtesy, not credit; named, or for a contribution, it counts', () => {
    const { result } = run([
      ['Mo', 'What will the new rule cost the councils in the first year?'],
      ['Rhian', 'About two million pounds, most of it in training for the staff who run the checks.'],
      ['Mo', 'Thank you for that. And in the second year?'], // courtesy before the next question
      ['Rhian', 'Less than half of that, since the training is done once.'],
      ['Mo', 'Thanks for that, Rhian.'], // named: thanks to her
      ['Rhian', 'I also costed the software separately.'],
      ['Mo', 'Thanks for costing the software too.'], // a contribution named by its verb
    ]);
    expect(result.credit.items.map((c) => [c.utteranceId, c.toSpeakerId])).toEqual([
      ['u5', 's2'],
      ['u7', 's2'],
    ]);
  });

  it('says public credit ("credit to", "kudos to") acknowledged a contribution: nobody was thanked', () => {
    const { mine } = run([
      ['Ben', 'I moved the backups to the new bucket last night.'],
      ['Ana', 'I give credit to Ben for this, because he thought of it.'],
    ]);
    expect(mine.find((f) => f.kind === 'credit')!.note).toMatch(/^Ana acknowledged a contribution by Ben\./);
  });

  it('credits an unnamed "good point" in a meeting of two to the other person, without calling it a guess', () => {
    const { mine, result } = run([
      ['Ana', 'We could ship the fix behind a flag.'],
      ['Ben', 'Good point.'],
    ]);
    expect(result.credit.items.map((c) => [c.toSpeakerId, c.implied])).toEqual([['s1', false]]);
    const f = mine.find((x) => x.kind === 'credit')!;
    expect([f.targetSpeakerId, f.confidence]).toEqual(['s1', 'medium']);
  });

  it('does not take thanks to someone outside a sitting for credit; in a meeting of a few, an unknown name counts', () => {
    // Review r15: in a 56-person sitting, members' statements pay tribute to people who are not in it ("thank
    // Saravanaa ..."); a credit that keeps ideas attached to the people who had them cannot apply.
    const members: Line[] = Array.from({ length: 8 }, (_, k) => [`Member ${k + 1}`, 'I rise to speak on the bill.']);
    const tribute: Line[] = [
      ['Ms. Ratansi', 'I want to thank Saravanaa for twenty years of running the food bank in my riding.'],
      ['Mr. Chair', 'Thank you, Ms. Ratansi.'],
    ];
    const sitting = run([...members, ...tribute]);
    expect(sitting.result.credit.items.map((c) => [c.creditedName, c.toSpeakerId])).toEqual([['Ms. Ratansi', 's9']]);
    // Among three people a name the transcript does not know may still be a participant's ("Thanks, Li" to 李娜).
    const few = run([
      ['李娜', 'I checked the invoices against the bank statements.'],
      ['Tom', 'Thanks, Li. That settles it.'],
      ['Ann', 'Agreed.'],
    ]);
    expect(few.result.credit.items.map((c) => [c.creditedName, c.toSpeakerId])).toEqual([['Li', null]]);
  });

  it('does not take a quotation of someone famous for credit', () => {
    // "{speaker} said" only counts speakers of this meeting; "As X said" counts anyone named.
    const { result } = run([
      ['Ana', 'Churchill said never give up.'],
      ['Ben', 'As Churchill said, keep going.'],
    ]);
    expect(result.credit.items.map((c) => [c.utteranceId, c.ruleId, c.toSpeakerId, c.creditedName])).toEqual([
      ['u2', 'as-name-said', null, 'Churchill'],
    ]);
  });
});

describe('uptake of ideas', () => {
  it('pairs an idea with the later turns of others that reuse its words', () => {
    // u1 introduces cache, nightly, report (stems cach, night, report).
    // u2 (Ben) reuses all three -> pair u1 -> u2; it introduces halve, load.
    // u3 (Ana) reuses halving, load -> pair u2 -> u3; it introduces only "matters" (one word: no idea offered).
    // u4 (Ben) introduces only "agreed".
    const { result } = run([
      ['Ana', 'We could cache the nightly report.'],
      ['Ben', 'Caching the report nightly would halve the load.'],
      ['Ana', 'Yes, halving the load matters.'],
      ['Ben', 'Agreed.'],
    ]);
    expect(result.uptake.pairs).toEqual([
      {
        sourceUtteranceId: 'u1',
        sourceSpeakerId: 's1',
        laterUtteranceId: 'u2',
        laterSpeakerId: 's2',
        words: ['cache', 'report', 'nightly'],
      },
      {
        sourceUtteranceId: 'u2',
        sourceSpeakerId: 's2',
        laterUtteranceId: 'u3',
        laterSpeakerId: 's1',
        words: ['halve', 'load'],
      },
    ]);
    expect(result.uptake.speakers).toEqual([
      { speakerId: 's1', ideasOffered: 1, ideasTakenUp: 1, timesTakenUp: 1, takenUpBy: ['s2'], tookUpOthers: 1 },
      { speakerId: 's2', ideasOffered: 1, ideasTakenUp: 1, timesTakenUp: 1, takenUpBy: ['s1'], tookUpOthers: 1 },
    ]);
  });

  it('ignores reuse outside the window and reuse by the same person', () => {
    // Ana's idea at turn 0; Ben and Cy alternate "Okay." for turns 1-11 (u2-u12); Ben's repeat (u13) joins his
    // turn 11: 11 turns later is beyond the 10-turn window, so it is no uptake of Ana's idea, and its words count
    // as introduced again, by Ben. Ana's reuse at turn 13 (u16) is uptake of Ben's u13, 2 turns later.
    const filler: Line[] = Array.from({ length: 11 }, (_, k): Line => [k % 2 === 0 ? 'Ben' : 'Cy', 'Okay.']);
    const { result } = run([
      ['Ana', 'We could cache the nightly report.'],
      ...filler,
      ['Ben', 'Cache the nightly report.'],
      ['Ben', 'Yes.'],
      ['Cy', 'Sure.'],
      ['Ana', 'The nightly report cache, yes.'],
    ]);
    expect(result.uptake.pairs.map((x) => [x.sourceUtteranceId, x.laterUtteranceId])).toEqual([['u13', 'u16']]);
  });
});

describe('uncredited restatement', () => {
  // Ana (turn 0) proposes sharding with five distinctive words; five turns later Ben says the same
  // without naming her. All five words are shared (coverage 5/5 = 1), all first said by Ana.
  const base: Line[] = [
    ['Ana', 'We could shard the billing database by customer region.'],
    ['Ben', 'Lunch is at noon.'],
    ['Cy', 'The printer is broken again.'],
    ['Ben', 'Someone should call facilities.'],
    ['Cy', 'Okay.'],
  ];

  it('flags a later restatement without credit, carefully', () => {
    const { result, mine } = run([...base, ['Ben', 'What if we shard billing by region, per customer database?']]);
    expect(result.restatements).toEqual([
      {
        sourceUtteranceId: 'u1',
        sourceSpeakerId: 's1',
        laterUtteranceId: 'u6',
        laterSpeakerId: 's2',
        sharedWords: ['shard', 'billing', 'region', 'customer', 'database'],
        coverage: 1,
        turnsLater: 5,
      },
    ]);
    const finding = mine.find((f) => f.kind === 'uncredited-restatement')!;
    expect(finding).toMatchObject({
      speakerId: 's2',
      targetSpeakerId: 's1',
      utteranceId: 'u6',
      severity: 'low',
      quote: 'shard billing by region, per customer database',
    });
    expect(finding.note).toContain('cannot tell agreement');
    expect(finding.suggestion).toBe('If this builds on Ana\'s earlier point, say so ("as Ana suggested ...").');
  });

  it('stays silent when the author is credited or named', () => {
    expect(
      run([...base, ['Ben', 'As Ana said, we could shard billing by region, per customer database.']]).result
        .restatements,
    ).toEqual([]);
    expect(
      run([...base, ['Ben', 'Ana wants to shard billing by region, per customer database.']]).result.restatements,
    ).toEqual([]);
  });

  it('stays silent for an immediate reply', () => {
    // Turn 1 restates turn 0: within the 3-turn window, everyone heard whose point it was.
    expect(
      run([base[0]!, ['Ben', 'So we shard billing by region, per customer database.']]).result.restatements,
    ).toEqual([]);
  });
});

describe('tentative language, per person', () => {
  it('counts hedges, apologies, self-deprecation, fillers and I/we per 100 words', () => {
    // Sam, 15 words: sorry maybe this is a dumb idea but i think we could um cache it
    //   hedges 2 (maybe, I think) = 13.33 per 100; apology 1 (sorry) = 6.67; self-deprecation 1 (a dumb idea);
    //   filler 1 (um); I 1, we 1 -> we share 0.5.
    // Ana, 13 words: um i think so we should cache it you know for the team
    //   "I think so" is an answer, not a hedge: 0; fillers 2 (um, you know) = 15.38; I 1, we 1.
    const { result } = run([
      ['Sam', 'Sorry, maybe this is a dumb idea, but I think we could, um, cache it.'],
      ['Ana', 'Um, I think so. We should cache it, you know, for the team.'],
    ]);
    const [sam, ana] = result.language;
    expect(sam).toMatchObject({ speakerId: 's1', words: 15, iWords: 1, weWords: 1, weShare: 0.5 });
    expect(sam!.hedges).toEqual({
      count: 2,
      per100Words: 13.33,
      byRule: { maybe: 1, 'i-think': 1 },
      evidence: { utteranceIds: ['u1'], words: ['maybe', 'i think'] },
    });
    expect(sam!.apologies).toMatchObject({ count: 1, per100Words: 6.67, byRule: { sorry: 1 } });
    expect(sam!.selfDeprecation).toMatchObject({
      count: 1,
      byRule: { 'dumb-question': 1 },
      evidence: { utteranceIds: ['u1'], words: ['a dumb idea'] },
    });
    expect(sam!.fillers).toMatchObject({ count: 1, byRule: { 'um-uh': 1 } });
    expect(ana).toMatchObject({ speakerId: 's2', words: 13, iWords: 1, weWords: 1, weShare: 0.5 });
    expect(ana!.hedges.count).toBe(0);
    expect(ana!.fillers).toMatchObject({ count: 2, per100Words: 15.38, byRule: { 'um-uh': 1, 'you-know': 1 } });
  });

  it('reports every self-deprecation, but rates only when notable', () => {
    const { mine } = run([
      ['Sam', 'Sorry, maybe this is a dumb idea, but I think we could, um, cache it.'],
      ['Ana', 'Um, I think so.'],
    ]);
    // Two hedges and one filler are below the minimum counts (5 and 10): no rate findings.
    expect(
      mine
        .filter((f) => ['hedge', 'apology', 'filler', 'self-deprecation'].includes(f.kind))
        .map((f) => [f.kind, f.ruleId, f.quote, f.severity]),
    ).toEqual([['self-deprecation', 'dumb-question', 'a dumb idea', 'low']]);
  });

  it('summarises a notable hedge rate in one finding', () => {
    // Ana, 12 words, 5 hedges (maybe, maybe, I think, might, probably) = 41.67 per 100; Ben 0.
    // 5 >= 5 instances, 41.67 >= 3 per 100, and above 1.5 x everyone else's rate (0).
    const { result, mine } = run([
      ['Ana', 'Maybe we could maybe try it. I think it might work, probably.'],
      ['Ben', 'The build is green and the tests pass.'],
    ]);
    expect(result.language[0]!.hedges.per100Words).toBe(41.67);
    const rates = mine.filter((f) => f.kind === 'hedge');
    expect(rates.map((f) => [f.ruleId, f.speakerId, f.utteranceId, f.quote])).toEqual([
      ['hedge-rate', 's1', 'u1', 'Maybe we could maybe try it. I think it might work, probably'],
    ]);
    expect(rates[0]!.note).toContain('5 hedges in 12 words (41.67 per 100 words; everyone else 0)');
  });

  it('rates ritual apologies, not apologies for a mistake the speaker owns (they stay in the count)', () => {
    // Ana: three "sorry, just ..." bids in 18 words (16.67 per 100; Ben 0): minimum 3, 0.5 per 100, twice the others.
    const ritual = run([
      ['Ana', 'Sorry, just quickly.'],
      ['Ben', 'Go on.'],
      ['Ana', 'Sorry, one more thing about the build.'],
      ['Ben', 'Sure.'],
      ['Ana', 'Sorry, just to add, the tests pass.'],
    ]);
    expect(ritual.mine.filter((f) => f.kind === 'apology').map((f) => [f.ruleId, f.speakerId])).toEqual([
      ['apology-rate', 's1'],
    ]);
    // Eli corrects a rating he gave: two of his three apologies own the mistake ("I got it wrong"); one ritual "sorry"
    // is under the minimum of three.
    const owned = run([
      ['Pia', 'So the first rating is a two.'],
      ['Eli', "Oh sorry, I I got it wrong. The first one rating, I'm sorry. Can you just make it two?"],
      ['Pia', 'Done.'],
      ['Eli', 'Sorry, and the second is a three.'],
    ]);
    expect(owned.result.language.find((l) => l.speakerId === 's2')!.apologies.count).toBe(3);
    expect(owned.mine.filter((f) => f.kind === 'apology')).toEqual([]);
  });

  it('does not count "we" when nobody said a first-person word', () => {
    const { result } = run([
      ['Ana', 'The build is green.'],
      ['Ben', 'Great.'],
    ]);
    expect(result.language.map((l) => l.weShare)).toEqual([null, null]);
  });
});

describe('non-inclusive language', () => {
  it('includes the findings and summarises them per person and category', () => {
    const { result, findings } = run([
      ['Ana', 'Hi guys, shall we start?'],
      ['Ben', 'Sure.'],
      ['Ana', 'Add the old server to the blacklist.'],
    ]);
    // One "guys" is no habit (HABIT_MIN_USES): the word list's other words count from their first use.
    const flagged = findings.filter((f) => f.kind === 'non-inclusive-language');
    expect(flagged.map((f) => [f.ruleId, f.speakerId])).toEqual([['inclusive-language/blacklist', 's1']]);
    expect(result.nonInclusiveLanguage).toEqual({
      total: 1,
      byCategory: { race: 1 },
      bySpeaker: [{ speakerId: 's1', total: 1, byCategory: { race: 1 }, findingIds: [flagged[0]!.id] }],
    });
  });
});

describe('the result and the findings as a whole', () => {
  const lines: Line[] = [
    ['Zoë Martin', 'Sam, what do you think? Sorry, I know it is early.', 0, 4],
    ['Sam Okafor', 'Maybe this is a silly question, but could we, like, cache it?', 4.5, 9],
    ['Łukasz Nowak', 'Good point, Sam. I agree.', 9.2, 11],
    ['Zoë Martin', "As Łukasz said, we haven't heard from Priya.", 11.5, 14],
  ];

  it('validates against its schema, with unique ids and verbatim quotes', () => {
    const { t, result, findings } = run(lines);
    expect(() => InclusivityResult.parse(result)).not.toThrow();
    for (const f of findings) {
      expect(() => Finding.parse(f)).not.toThrow();
      // Every finding here is about something said: it cites an utterance that holds its quote.
      const u = t.utterances.find((x) => x.id === f.utteranceId);
      expect(u, `${f.id} cites ${f.utteranceId}`).toBeDefined();
      expect(f.quote, f.id).not.toBe('');
      expect(u!.text).toContain(f.quote);
    }
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
  });

  it('handles names with diacritics and non-Latin letters', () => {
    const { result } = run(lines);
    expect(result.invitations.items.map((x) => [x.speakerId, x.toSpeakerId, x.addresseeName])).toEqual([
      ['s1', 's2', 'Sam'],
      ['s1', null, 'Priya'],
    ]);
    expect(result.credit.items.map((c) => [c.ruleId, c.toSpeakerId])).toEqual([
      ['good-point', 's2'],
      ['as-name-said', 's3'],
    ]);
  });

  it('never throws on odd input', () => {
    for (const odd of [
      [['A', '?!']],
      [
        ['A', 'um'],
        ['B', 'uh'],
      ],
      [
        ['A', "'s 's"],
        ['B', 'Mr. Mr.'],
      ],
      [
        ['A', 'as said'],
        ['B', 'thanks'],
      ],
    ] as Line[][]) {
      expect(() => run(odd)).not.toThrow();
    }
  });
});
