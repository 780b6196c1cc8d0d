/**
 * Issue 11: every lexical finding of the inclusivity analyser checked for its sense, one block per
 * class. Each expectation is what a coach would say about the line, written before running the code.
 */
import { describe, expect, it } from 'vitest';
import { analyzeInclusivity, type ParticipationInput } from '../../../analyzers/inclusivity/index';
import { findNonInclusiveLanguage } from '../../../analyzers/inclusive-language/index';
import { judgementTarget } from '../../../analyzers/inclusive-language/sense';
import { prepare } from '../../../analyzers/nlp/prepare';
import { tokenize } from '../../../analyzers/nlp/tokenize';
import type { Transcript } from '../../../src/model/transcript';
import { makeTranscript, type Line } from '../../helpers/make-transcript';

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

function run(lines: Line[]) {
  const t = makeTranscript(lines);
  const { result, findings } = analyzeInclusivity(prepare(t), equalShares(t));
  const name = (id: string | null) => t.speakers.find((s) => s.id === id)?.name ?? null;
  return { t, result, findings, name };
}

describe('invitations need an addressee invited to speak', () => {
  it('does not read a mention, a complaint or a question about someone as an invitation', () => {
    const { result, name } = run([
      ['Hana', 'Sorry to cut in, Lee, but the build is red.'],
      ['Lee', 'Which job?'],
      ['Hana', 'We never got feedback from Lee on it either.'],
      ['Oscar', 'What do you think Lee meant by flaky?'],
    ]);
    const toLee = result.invitations.items.filter((x) => name(x.toSpeakerId) === 'Lee');
    expect(toLee).toEqual([]);
  });

  it('finds a name at the start of a question or a floor-giving line when that person speaks next', () => {
    const { result, name } = run([
      ['Chair', 'Councillor Amin, please begin.'],
      ['Cllr Amin', 'Thank you, Chair. The gritting plan is late.'],
      ['Mara', 'Jonas, you first?'],
      ['Jonas', 'The release went out on time.'],
      ['Mara', 'Pri?'],
      ['Pri', 'Nothing from me.'],
    ]);
    const pairs = result.invitations.items.map((x) => [name(x.speakerId), name(x.toSpeakerId)]);
    expect(pairs).toEqual([
      ['Chair', 'Cllr Amin'],
      ['Mara', 'Jonas'],
      ['Mara', 'Pri'],
    ]);
  });

  it('does not count a rebuke addressed by name, nor a name not followed by that person', () => {
    const { result } = run([
      ['Greta', 'Victor, let Sanjay finish.'], // no question, no floor given to Victor
      ['Sanjay', 'Thanks. Pricing is the problem.'],
      ['Greta', 'Kim, can you send the numbers?'], // Kim does not speak next: no invitation by name
      ['Lars', 'I will send them.'],
    ]);
    expect(result.invitations.items).toEqual([]);
  });

  it('does not read a task asked of someone by name as an invitation to speak', () => {
    const tasks = run([
      ['Zoë', 'Łukasz, can you ping me when the pull request is ready?'], // a job for later
      ['Łukasz', 'Will do.'],
      ['Zoë', 'Lena, could you please stay online until the rollout finishes?'],
      ['Lena', 'Sure.'],
      ['Zoë', 'Owen, can you hear me?'], // a sound check
      ['Owen', 'Yes.'],
    ]);
    expect(tasks.result.invitations.items).toEqual([]);
    // Asked to talk now: each is an invitation.
    const talk = run([
      ['Zoë', 'Ben, can you give us the numbers?'],
      ['Ben', 'Signups are up twelve percent.'],
      ['Zoë', 'Gus, could you walk us through the layout?'],
      ['Gus', 'One file per utterance, then an index.'],
      ['Zoë', 'Chen, would you start?'],
      ['Chen', 'Sure, the tooling first.'],
      ['Zoë', 'Mia, would you mind saying a few words about the launch?'],
      ['Mia', 'Happy to. It went well.'],
      ['Zoë', 'Kai, can you fill us in on the audit?'],
      ['Kai', 'It passed.'],
    ]);
    expect(talk.result.invitations.items.map((x) => talk.name(x.toSpeakerId))).toEqual([
      'Ben',
      'Gus',
      'Chen',
      'Mia',
      'Kai',
    ]);
  });

  it('does not read a call for a fact the speaker lacks as an invitation (reviews r27, r28)', () => {
    // Asking what a line of a form means, or what a price is in another currency, asks the room for information.
    const facts = run([
      ['Pat', 'Um means, whiteboard, digital pens, etcetera, what does that mean? Any ideas?'],
      ['Jo', 'Discuss which ones.'],
      ['Pat', "Twenty five Euros, which I don't actually know what that is in Pounds, at all. Any ideas?"],
      ['Jo', 'One point four or something like that.'],
      ['Pat', 'Any ideas what this means?'],
      ['Jo', 'No clue.'],
    ]);
    expect(facts.result.invitations.items).toEqual([]);
    // A call for proposals, or a question about what to do, still opens the floor.
    const proposals = run([
      ['Pat', 'What should we cut first? Any ideas?'],
      ['Jo', 'The second screen.'],
      ['Pat', "I don't know what we should do about the vendor. Any thoughts?"],
      ['Jo', 'Ask them for a discount.'],
    ]);
    expect(proposals.result.invitations.items.map((x) => [x.utteranceId, x.ruleId])).toEqual([
      ['u1', 'any-thoughts'],
      ['u3', 'any-thoughts'],
    ]);
  });

  it('does not count an open call the speaker answers themselves', () => {
    const { result } = run([
      ['Paula', 'Any questions? No? Then let us move on to hiring.'],
      ['Tom', 'Are the roles remote?'],
    ]);
    expect(result.invitations.total).toBe(0);
  });
});

describe('invitations to nobody in particular', () => {
  it('keeps a question to the group as an invitation, and a hand-over inside a story as a guess', () => {
    const { findings } = run([
      ['Ana', 'That is the plan for the remote. What do you think?'],
      ['Ben', 'Looks fine to me.'],
      ['Cy', 'When the recogniser fails, another worker has to jump in and pick up the audio.'],
      ['Ana', 'Right.'],
    ]);
    const invitations = findings.filter((f) => f.kind === 'invitation').map((f) => [f.quote, f.confidence]);
    // "has to jump in" is a duty, of software: no invitation at all.
    expect(invitations).toEqual([['What do you think', 'medium']]);
  });

  it('reads "go ahead" and "jump in" as invitations only when they give someone the floor', () => {
    const { findings } = run([
      ['Cy', 'We can do a demo: set some of the nodes and find the probability of the others.'],
      ['Dee', 'Yeah. Go ahead.'], // approves the demo: nobody is given the floor to speak
      ['Ben', 'If we need her for the technical part, one of you has to sort of uh jump in.'], // stand in as a subject
      ['Cy', 'Okay, sorry. Go ahead.'], // yields after starting over Ben
      ['Ben', 'Go ahead, Dee.'], // hands Dee the floor by name
      ['Dee', 'Thanks. Feel free to jump in, Cy.'], // offers the floor
      ['Cy', 'Does anyone want to jump in before we run it?'], // an open call
      ['Ben', 'Not me.'],
    ]);
    expect(findings.filter((f) => f.kind === 'invitation').map((f) => [f.speakerId, f.ruleId])).toEqual([
      ['s1', 'go-ahead'],
      ['s3', 'go-ahead-named'],
      ['s2', 'jump-in'],
      ['s1', 'anyone-jump-in'],
    ]);
  });

  it('reads "you were saying" as handing the floor back only when asked, or after "sorry"', () => {
    const { findings } = run([
      ['Eva', 'The parser reads the old files too.'],
      ['Pat', 'Well you were saying, I think it can read the old format.'], // cites Eva's point, keeps the floor
      ['Eva', 'So the plan is'],
      ['Pat', 'Sorry, you were saying?'], // hands the floor back
      ['Eva', 'The plan is to convert them once.'],
      ['Pat', 'Oh, sorry, you were saying.'], // the same, without a question mark
    ]);
    expect(findings.filter((f) => f.kind === 'invitation').map((f) => f.utteranceId)).toEqual(['u4', 'u6']);
  });

  it('does not read the chair giving the floor by name in a sitting of more than 8 people as an invitation', () => {
    // Nine members and a chair: the list is run by name ("Mr. Hale, go ahead"); an open question is still one.
    const members = ['Ms Amin', 'Mr Hale', 'Ms Bryn', 'Mr Cole', 'Ms Dove', 'Mr Egan', 'Ms Fay', 'Mr Gore', 'Ms Holt'];
    const lines: Line[] = [['Chair', 'We now go to members. Ms Amin, go ahead.']];
    for (const [k, m] of members.entries()) {
      lines.push([m, `My question is about the rural bus routes in my ward number ${k + 1}.`]);
      if (k + 1 < members.length) lines.push(['Chair', `Thank you. ${members[k + 1]}, go ahead.`]);
    }
    lines.push(['Chair', 'Before we close, what does everyone think of meeting in the autumn?']);
    const { findings } = run(lines);
    expect(findings.filter((f) => f.kind === 'invitation').map((f) => f.ruleId)).toEqual(['what-does-everyone-think']);
    // The same calls among five people do invite.
    const five = run(lines.slice(0, 8)).findings.filter((f) => f.kind === 'invitation');
    expect(five.length).toBeGreaterThan(0);
  });

  it('does not read an invitation quoted from imagined or reported speech as one', () => {
    const { findings } = run([
      ['Ida', 'We would have used email more, had we been apart.'],
      ['Pam', "Yeah, 'cause we could just sort of say, sorry what do you think about that, rather than email it."],
      ['Ida', 'And then he said, what do you think of the budget, and nobody answered.'],
      ['Pam', 'I want to ask: what do you think of the budget, Ida?'], // asks her now
    ]);
    expect(findings.filter((f) => f.kind === 'invitation').map((f) => f.utteranceId)).toEqual(['u4']);
  });

  it('does not read "anyone else" as an object or a condition, nor a round in a story, as an invitation', () => {
    const { findings } = run([
      ['Ana', "You can't pass it on to anyone else once you have had it."],
      ['Ben', "I'll read the digits. If anyone else offers to, that would be great."],
      ['Cy', 'At my last job the director would sort of go around the room and count the cost of the meeting.'],
      ['Ana', 'Anyone else want to read the digits?'],
      ['Dee', 'I can.'],
    ]);
    expect(findings.filter((f) => f.kind === 'invitation').map((f) => [f.speakerId, f.quote])).toEqual([
      ['s1', 'Anyone else want'],
    ]);
  });
});

describe('credit needs positive attribution', () => {
  it('does not credit the previous speaker with praise of someone talked about', () => {
    const { result } = run([
      ['Blair', 'The funding reached every province last week.'],
      ['Chair', 'Please speak slowly for the interpreters, who are doing a really good job.'], // praises them
      ['Kram', 'Will the report reach the committee this month?'],
      ['MacAulay', 'I fully understand the importance of the committee and the great work it does.'], // praises it
      ['Kram', 'I sent the figures to the clerk this morning.'],
      ['Chair', 'Great job.'], // to Kram, who spoke just before
    ]);
    expect(result.credit.items.map((c) => [c.utteranceId, c.toSpeakerId])).toEqual([['u6', 's3']]);
  });

  it('does not read a hedged or belittled "good idea" as praise', () => {
    const { result } = run([
      ['Ana', 'We could add a help button to the remote.'],
      ['Ben', 'It may or may not be a good idea, depending on the price.'],
      ['Cy', "It's a needless good idea, is that the idea?"],
      ['Ana', 'Then let us cost it first.'],
      ['Ben', 'Good idea.'],
    ]);
    expect(result.credit.items.map((c) => [c.utteranceId, c.ruleId])).toEqual([['u5', 'good-idea']]);
  });

  it('does not read praise inside a condition as given ("if you think that would be good idea")', () => {
    const { result } = run([
      ['Ana', 'We could put the scroll wheel on the side of the remote.'],
      ['Ben', 'If you think that would be good idea, we can draw it up.'], // supposes, praises nothing
      ['Cy', 'I wonder whether that is a great idea for older users.'], // doubts it
      ['Ana', 'We can test it with them first.'],
      ['Ben', 'Even if it costs more, that is a good idea.'], // the comma ends the condition: credit to Ana
    ]);
    expect(result.credit.items.map((c) => [c.utteranceId, c.ruleId, c.toSpeakerId])).toEqual([
      ['u5', 'good-idea', 's1'],
    ]);
  });

  it("does not read thanks for the call, or thanks deep inside one's own report, as credit to the last speaker", () => {
    const { result } = run([
      ['Tia', 'The data protection forms are due on Friday.'], // u1
      ['Omar', 'Then the milestones.'], // u2: Omar's report starts
      ['Omar', 'We know about the delayed milestone on recording.'], // u3
      ['Omar', 'The officer agreed to the delay.'], // u4
      ['Omar', 'Thank you for the explanation, it was important to give it.'], // u5: four lines in, to nobody named
      ['Tia', 'Noted.'], // u6
      ['Omar', 'So I would say thank you for the call.'], // u7: closes the meeting
      ['Tia', 'Thanks for sorting the forms out, Omar.'], // u8: named, after a line of her own: credit
    ]);
    expect(result.credit.items.map((c) => [c.utteranceId, c.toSpeakerId])).toEqual([['u8', 's2']]);
  });

  it("does not read a service line's formulas (thanks for calling, for holding, for reaching out) as credit", () => {
    // A support call's formulas thank for the call itself, not for anything the other person contributed.
    const { result } = run([
      ['Agent', 'Thank you for calling Meeting Room Support, this is Ana.'],
      ['Caller', 'Hi, the screen in room four is dark.'],
      ['Agent', 'Thanks for holding, I have reset it remotely.'],
      ['Caller', 'It works now.'],
      ['Agent', 'Thanks for reaching out, and have a good day.'],
    ]);
    expect(result.credit.total).toBe(0);
  });

  it('does not read reported speech inside a complaint as credit', () => {
    const { result } = run([
      ['Nadia', 'The export bug is still open.'],
      ['Owen', 'Lee said he would fix it last week and it is still broken.'],
      ['Lee', 'I got pulled into the audit.'],
    ]);
    expect(result.credit.total).toBe(0);
  });

  it('credits thanks for work, thanks to a speaker, credit passed on, and a name closing the sentence', () => {
    const { result, name } = run([
      ['Irene', "The launch went smoothly thanks to Dario's load testing."], // Irene -> Dario
      ['Dario', 'It was a team effort, Yusuf wrote half the scripts.'], // Dario -> Yusuf
      ['Yusuf', 'Happy it paid off.'],
      ['Irene', 'Thanks for staying late to finish it, Priya.'], // Irene -> Priya (addressed at the end)
      ['Priya', 'No problem.'],
      ['Irene', 'Thanks for coming, everyone.'], // presence, not a contribution: no credit
    ]);
    const pairs = result.credit.items.map((c) => [name(c.speakerId), name(c.toSpeakerId)]);
    expect(pairs).toEqual([
      ['Irene', 'Dario'],
      ['Dario', 'Yusuf'],
      ['Irene', 'Priya'],
    ]);
  });
});

describe('apologies: sympathy, reassurance, repair and the adjective are not apologies', () => {
  it('counts only the apology for one own act', () => {
    const { result } = run([
      ['Elif', 'Sorry, what? The line dropped.'], // repair
      ['Marco', 'The customer lost two days of orders. Sorry, I should have flagged it earlier.'], // 1 apology
      ['Elif', "Don't be sorry. I am sorry you had such a rough week."], // reassurance, sympathy
      ['Marco', 'Oh, I am sorry, that sounds exhausting for you too.'], // sympathy
      ['Elif', 'The tests are in a sorry state. Sorry, could you say that again?'], // adjective, repair
    ]);
    const apologies = Object.fromEntries(result.language.map((l) => [l.speakerId, l.apologies.count]));
    // Elif is s1, Marco s2 (speakers in order of appearance).
    expect(apologies).toEqual({ s1: 0, s2: 1 });
  });
});

describe('apologies: asking to hear it again and correcting oneself are not apologies (review r35, ICSI Bmr003)', () => {
  it('leaves out "Sorry?", "I\'m sorry?", "Excuse me?" and an "excuse me" said inside a sentence', () => {
    const { result } = run([
      ['Elif', 'Sorry?'], // repair: the listener missed it (u1547)
      ['Marco', "I 'm sorry?"], // the same, as ICSI writes "I'm" (u1611)
      ['Elif', 'Excuse me?'], // the same (u181)
      ['Marco', 'If I were doing more powerful excuse me more complex web sites I might want to.'], // self-repair (u1310)
      ['Elif', 'Excuse me, could I come in here?'], // 1 apology: a bid for the floor
      ['Marco', 'Sorry, I was late to the call.'], // 1 apology
    ]);
    const apologies = Object.fromEntries(result.language.map((l) => [l.speakerId, l.apologies.count]));
    expect(apologies).toEqual({ s1: 1, s2: 1 });
  });
});

describe("apologies: an apology asked of someone else is not the speaker's (review r36, a committee sitting)", () => {
  it('leaves out "Will the minister now apologize" and "you\'ve got to apologize", keeps "I would like to apologise"', () => {
    const { result } = run([
      ['Elif', 'Will the minister now apologize to the community for the harm caused?'], // a demand
      ['Marco', "You've got to apologize to Mary."], // an obligation put on the listener
      ['Elif', 'I would like to apologise for the delay.'], // 1 apology: her own
      ['Marco', 'My apologies, the link was wrong.'], // 1 apology
    ]);
    const apologies = Object.fromEntries(result.language.map((l) => [l.speakerId, l.apologies.count]));
    expect(apologies).toEqual({ s1: 1, s2: 1 });
  });
});

describe('hedges: temporal "just" and "believe in" are not hedges', () => {
  it('counts only the minimising "just" and the epistemic "I think"', () => {
    const { result } = run([
      ['Yara', 'I just finished the import screen. I just got the data.'], // temporal x2
      ['Ben', 'I believe in this team.'], // conviction
      ['Yara', 'I just wanted to ask, I think we could add a bar.'], // i-just (wanted) + i-think = 2
    ]);
    const hedges = Object.fromEntries(result.language.map((l) => [l.speakerId, l.hedges.count]));
    expect(hedges).toEqual({ s1: 2, s2: 0 });
  });
});

describe('non-inclusive language: said about a person or a thing', () => {
  it('tells a judgement of a thing from one of a person', () => {
    const at = (text: string, word: string) => {
      const tokens = tokenize(text);
      const i = tokens.findIndex((t) => t.lower === word);
      return judgementTarget(word, tokens, i, i + 1);
    };
    expect(at('The old linter was too stupid to understand our macros.', 'stupid')).toBe('thing-subject');
    expect(at("It's dumb, the cron never fires.", 'dumb')).toBe('thing-subject');
    expect(at('Our old setup was a dumb design anyway.', 'dumb')).toBe('thing-modifier');
    expect(at('Not dumb at all.', 'dumb')).toBe('denied');
    expect(at('He is so stupid.', 'stupid')).toBe('person');
    expect(at("Don't be stupid.", 'stupid')).toBe('person');
    expect(at('Ingrid was stupid to sign it.', 'stupid')).toBe('person');
  });

  it('gives no finding about a tool, a low-confidence one about a design, a medium one about a person', () => {
    const p = prepare(
      makeTranscript([
        ['Ingrid', 'The old linter was too stupid to understand our macros.'],
        ['Paolo', 'We test against a dummy back end that returns silence.'],
        ['Ingrid', 'Our old setup was a dumb design.'],
        ['Paolo', 'Only an idiot would deploy on a Friday, he is so stupid.'],
      ]),
    );
    const found = findNonInclusiveLanguage(p).map((f) => [f.utteranceId, f.quote, f.confidence]);
    expect(found).toEqual([
      ['u3', 'dumb', 'low'],
      ['u4', 'idiot', 'medium'],
      ['u4', 'stupid', 'medium'],
    ]);
  });
});

describe('self-deprecation: uncertainty is a hedge, not self-deprecation', () => {
  it('files "I could be wrong" and "correct me if I am wrong" as hedges, "I am no expert" as self-deprecation', () => {
    const { result, findings } = run([
      ['Tanvi', 'I could be wrong, but the contract renews in May.'], // hedge
      ['Greg', 'Correct me if I am wrong, it renews in June.'], // hedge
      ['Tanvi', 'I am no expert on contracts, but could we cancel it?'], // self-deprecation
    ]);
    const selfDeprecation = findings.filter((f) => f.kind === 'self-deprecation').map((f) => f.utteranceId);
    expect(selfDeprecation).toEqual(['u3']);
    const hedges = Object.fromEntries(result.language.map((l) => [l.speakerId, l.hedges.count]));
    expect(hedges).toEqual({ s1: 1, s2: 1 });
  });
});

describe('self-deprecation: a disclaimer is advice only when it introduces an idea', () => {
  it('keeps "I am no expert, but <idea>" for coaching and gives a lone "not good at golf" joke no finding', () => {
    const { findings } = run([
      ['Tanvi', 'I am no expert on contracts, but could we cancel it before May?'],
      ['Greg', "Ha, I'm not good at golf."],
      ['Tanvi', 'This might be stupid, but what about caching the whole page?'],
    ]);
    const found = findings.filter((f) => f.kind === 'self-deprecation').map((f) => [f.utteranceId, f.confidence]);
    expect(found).toEqual([
      ['u1', 'medium'],
      ['u3', 'medium'],
    ]);
  });
});

describe('invitations: someone who is not in the meeting', () => {
  it('reads "I haven\'t heard from Rico on this" about an absent Rico as no invitation to speak', () => {
    const { findings } = run([
      ['Bea', "I also haven't heard from Rico on this, he did not answer the email."],
      ['Carl', 'I will ping him today.'],
    ]);
    const invitations = findings.filter((f) => f.kind === 'invitation');
    expect(invitations.every((f) => f.confidence === 'low')).toBe(true);
  });

  it('still reads it as one when Rico is here', () => {
    const { findings } = run([
      ['Bea', "We haven't heard from Rico on this yet."],
      ['Rico', 'I think the May date works.'],
    ]);
    expect(findings.filter((f) => f.kind === 'invitation' && f.confidence !== 'low')).toHaveLength(1);
  });
});
