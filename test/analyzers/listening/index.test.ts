/**
 * The listening analyser on small hand-written meetings; expected values worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyzeListening, ListeningResult } from '../../../analyzers/listening/index';
import { prepare } from '../../../analyzers/nlp/prepare';
import { Finding } from '../../../src/model/finding';
import { makeTranscript, type Line } from '../../helpers/make-transcript';

function run(lines: Line[]) {
  const t = makeTranscript(lines);
  return { t, ...analyzeListening(prepare(t)) };
}

describe('back-channels', () => {
  const timed: Line[] = [
    ['Ana', 'So the plan is to ship the beta on Friday.', 0, 6], // u1
    ['Ben', 'Mm-hmm.', 3, 3.5], // u2 starts at 3 s, before Ana's end at 6 s: during
    ['Ana', 'Then we freeze the branch.', 6.2, 9], // u3
    ['Ben', 'Right.', 9.5, 10], // u4 0.5 s after Ana's end: right after (within 1 s)
    ['Cy', 'Okay.', 12, 12.5], // u5 listens to Ana (past Ben's back-channel), 3 s after her end: later
  ];

  it('places back-channels in time when timings are real', () => {
    const { result } = run(timed);
    expect(result.basis).toBe('time');
    expect(result.backchannels).toEqual([
      { utteranceId: 'u2', speakerId: 's2', toSpeakerId: 's1', words: 'mm-hmm', timing: 'during' },
      { utteranceId: 'u4', speakerId: 's2', toSpeakerId: 's1', words: 'right', timing: 'right-after' },
      { utteranceId: 'u5', speakerId: 's3', toSpeakerId: 's1', words: 'okay', timing: 'later' },
    ]);
    const [ana, ben, cy] = result.speakers;
    expect(ana!.backchannels).toEqual({
      count: 0,
      during: 0,
      rightAfter: 0,
      evidence: { utteranceIds: [], words: [] },
    });
    expect(ben!.backchannels).toEqual({
      count: 2,
      during: 1,
      rightAfter: 1,
      evidence: { utteranceIds: ['u2', 'u4'], words: ['mm-hmm', 'right'] },
    });
    expect(cy!.backchannels).toEqual({
      count: 1,
      during: 0,
      rightAfter: 0,
      evidence: { utteranceIds: ['u5'], words: ['okay'] },
    });
  });

  it('counts them by order alone without timings', () => {
    const { result } = run(timed.map(([who, text]): Line => [who, text]));
    expect(result.basis).toBe('words');
    expect(result.backchannels.map((b) => [b.utteranceId, b.toSpeakerId, b.timing])).toEqual([
      ['u2', 's1', null],
      ['u4', 's1', null],
      ['u5', 's1', null],
    ]);
    expect(result.speakers[1]!.backchannels).toMatchObject({ count: 2, during: null, rightAfter: null });
  });

  it('does not count a "yeah" that answers nobody', () => {
    expect(
      run([
        ['Ana', 'Yeah.'],
        ['Ben', 'Hello there.'],
      ]).result.backchannels,
    ).toEqual([]);
  });
});

describe('follow-up questions', () => {
  const lines: Line[] = [
    ['Ana', 'The nightly export keeps timing out.'], // u1
    ['Ben', 'Is the export timing out on the big accounts?'], // u2 shares export, timing with Ana's u1
    ['Ana', 'Yes, only the big ones.'], // u3
    ['Cy', 'What time is lunch served?'], // u4 a question, but shares nothing with Ana's u3
    ['Ben', 'is the lunch served in the kitchen'], // u5 unpunctuated question taking up "lunch served" from Cy's u4
  ];

  it("finds questions that take up the previous speaker's words, punctuated or not", () => {
    const { result } = run(lines);
    expect(result.followUpQuestions).toEqual([
      {
        utteranceId: 'u2',
        speakerId: 's2',
        toSpeakerId: 's1',
        quote: 'Is the export timing out on the big accounts?',
        sharedWords: ['export', 'timing'],
        previousUtteranceIds: ['u1'],
      },
      {
        utteranceId: 'u5',
        speakerId: 's2',
        toSpeakerId: 's3',
        quote: 'is the lunch served in the kitchen',
        sharedWords: ['lunch', 'served'],
        previousUtteranceIds: ['u4'],
      },
    ]);
    const [ana, ben, cy] = result.speakers;
    expect(ana!.followUpQuestions.count).toBe(0);
    expect(ben!.followUpQuestions).toEqual({
      count: 2,
      evidence: { utteranceIds: ['u2', 'u5'], words: ['export', 'timing', 'lunch', 'served'] },
    });
    expect(cy!.followUpQuestions.count).toBe(0);
  });

  it('reports each follow-up as a finding quoting the question, a guess (low) when few words are shared', () => {
    const { findings } = run(lines);
    expect(
      findings
        .filter((f) => f.kind === 'follow-up-question')
        .map((f) => [f.id, f.speakerId, f.targetSpeakerId, f.quote, f.confidence]),
    ).toEqual([
      ['listening:follow-up-question:u2', 's2', 's1', 'Is the export timing out on the big accounts?', 'low'],
      ['listening:follow-up-question:u5', 's2', 's3', 'is the lunch served in the kitchen', 'low'],
    ]);
    const strong = run([
      ['Ana', 'The nightly export of the billing report keeps timing out.'],
      ['Ben', 'Which billing report export is timing out?'],
    ]).findings.filter((f) => f.kind === 'follow-up-question');
    expect(strong.map((f) => f.confidence)).toEqual(['medium']);
  });

  it('does not link a question by a light verb and one noun: "add" takes up no idea (review r18)', () => {
    const { result } = run([
      ['Mia', 'It would just detract from the attractiveness of the whole feature,'],
      ['Mia', "it's not gonna add anything, okay."],
      ['Pat', 'Okay, can we add in an attachment to the closing feature?'], // a new idea: a clip so it is not lost
    ]);
    expect(result.followUpQuestions).toEqual([]);
  });

  it('does not link questions by one shared topic noun', () => {
    const { result } = run([
      ['Lars', 'The database migration is done for the EU region.'],
      ['Gita', 'Who pays for the database licences next year?'],
    ]);
    expect(result.followUpQuestions).toEqual([]);
  });

  it('does not count a question that announces a new topic', () => {
    const { result } = run([
      ['Lars', 'The database backups run nightly and the backups take two hours.'],
      ['Gita', 'Separate thing: who checks the database backups for the other team?'],
    ]);
    expect(result.followUpQuestions).toEqual([]);
  });

  it('does not count a question that opens a new line of questions after thanks for the answer', () => {
    const { result } = run([
      ['Sian', 'Will the police refer more cases to you?'],
      ['Barry', 'Very few: the police need to reach the threshold, and the interests of the child come first.'],
      // The shared words (police, reach, interests, child) are the hearing's topic: she moves to a new consequence.
      [
        'Sian',
        'Thank you. In terms of thinking about another kind of consequence, will the police need to reach targets ' +
          'against the interests of the child?',
      ],
      ['Barry', 'No: we have no conviction quotas, only case reviews every quarter.'],
      ['Sian', 'Who runs those case reviews every quarter?'], // takes up his answer: a follow-up
    ]);
    expect(result.followUpQuestions.map((f) => f.utteranceId)).toEqual(['u5']);
  });

  it('does not count a confirming repeat or a check of the question put as a follow-up (review r21)', () => {
    const { result } = run([
      ['Cai', 'I feel the reviewer will see Kazakh and ask why it is there.'], // u1
      ['Bo', 'So the idea is that we should remove Kazakh from this list.'], // u2 Bo restates Cai's idea
      ['Cai', 'Yeah, may we remove Kazakh from this list, yeah.'], // u3 confirms: 6 of its 9 words are u2's
      // u4: the question is asked inside a statement, with no question mark, as the committee record prints it
      ['Sian', 'I would like to look at how the law as it stands today works and how does that protect children.'],
      ['Barry', 'Sorry, can I just be clear? How does the law as it presently stands protect children?'], // u5 checks u4
      ['Sian', 'Yes.'], // u6
      ['Barry', 'It protects them through the assault offences.'], // u7
      ['Sian', 'Which assault offences protect children best?'], // u8 a follow-up: 3 of 6 words are u7's
    ]);
    expect(result.followUpQuestions.map((f) => f.utteranceId)).toEqual(['u8']);
  });

  it('does not count a request to hear something again ("... on what?") as a follow-up', () => {
    const { result } = run([
      ['Ana', 'We add another node on the web site crawler for the hacking data.'],
      ['Ben', 'Another node on what?'], // did not catch it: repair, not uptake
      ['Ana', 'On the web site crawler.'],
      ['Ben', 'Which hacking data does the web site crawler keep?'], // takes up her words: a follow-up
    ]);
    expect(result.followUpQuestions.map((f) => f.utteranceId)).toEqual(['u4']);
  });

  it('does not count a question on the words of someone further back: it follows up the person who just spoke', () => {
    const { result } = run([
      ['Ana', 'The remote control needs a bigger battery and a lighter case.'], // u1
      ['Ben', 'I can get quotes from the two suppliers by Friday.'], // u2: the person Cy answers
      ['Cy', 'What battery does the remote control need?'], // u3: Ana's words, past Ben: her own agenda, not uptake
      ['Ana', 'A rechargeable one, charged from the base.'], // u4
      ['Cy', 'How often does the rechargeable battery need the base?'], // u5: takes up Ana, who just spoke
    ]);
    expect(result.followUpQuestions.map((f) => [f.utteranceId, f.toSpeakerId])).toEqual([['u5', 's1']]);
  });

  it('counts a question that names the person talked over and takes up their words', () => {
    const { result } = run([
      ['Mei', 'We tested it with forty customers and the completion rate went up by'], // cut off
      ['Victor', 'Fine, send me the numbers and we will talk about it later.'],
      ['Grace', 'Mei, what was the completion rate?'], // brings Mei back, past Victor
    ]);
    expect(result.followUpQuestions.map((f) => [f.utteranceId, f.toSpeakerId])).toEqual([['u3', 's1']]);
  });

  it('does not count a question after a long preamble: a follow-up opens the turn', () => {
    const { result } = run([
      ['Hughes', 'The guidance on charging standards will be issued to every police force this spring.'],
      [
        'Bowden',
        'Thank you, Chair, and good morning to you both, it is good to see you here again today. Will the charging ' +
          'standards guidance reach every police force?',
      ], // 19 words before the question: her prepared opening, after the chair's handover
      ['Hughes', 'Yes, all of them.'],
      ['Bowden', 'And which police force gets the guidance first?'], // opens her turn: a follow-up
    ]);
    expect(result.followUpQuestions.map((f) => f.utteranceId)).toEqual(['u4']);
  });

  it('credits the person whose words an echo repeated, not the echo (review r16)', () => {
    const { result } = run([
      ['Eve', 'Make the prompts shorter, with fewer long sentences.'], // u1
      ['Abe', 'Yeah.'], // u2
      ['Eve', 'And shorter words.'], // u3: Eve's point
      ['Abe', 'Shorter words.'], // u4: Abe repeats it
      ['Cal', 'Shorter words would make people read faster, right?'], // u5 takes up Eve's point
    ]);
    expect(result.followUpQuestions.map((f) => [f.utteranceId, f.toSpeakerId, f.previousUtteranceIds])).toEqual([
      ['u5', 's1', ['u3']],
    ]);
  });

  it('credits the later line when it adds words of its own, even if its content words were said before', () => {
    // ICSI Bmr003: the question repeats Grad A's "very badly designed", and a coach gave it to Grad A (review r16).
    const { result } = run([
      ['Grad', 'They were complaining about it, it does not go over the ears.'], // u1
      ['Dee', 'Why?'], // u2
      ['Eve', "It's badly designed."], // u3
      ['Grad', "It's very badly designed so it's"], // u4: more than an echo
      ['Pat', "It's very badly designed?"], // u5
    ]);
    expect(result.followUpQuestions.map((f) => [f.utteranceId, f.toSpeakerId])).toEqual([['u5', 's1']]);
  });

  it('finds the words taken up a reply earlier, and credits the person who said them', () => {
    const { result } = run([
      ['Lars', 'Latency dropped by half after the migration.'], // u1
      ['Gita', 'Who owns the budget?'], // u2
      ['Lars', 'Finance.'], // u3
      ['Ivo', 'Latency dropped by half? What caused that?'], // u4 takes up Lars's u1
    ]);
    expect(result.followUpQuestions.map((f) => [f.utteranceId, f.toSpeakerId, f.previousUtteranceIds])).toEqual([
      ['u4', 's1', ['u1']],
    ]);
  });
});

describe('paraphrases and building on others', () => {
  it('reads "Yes, and ..." after a yes/no question as the answer, and after a point as building on it', () => {
    const { result } = run([
      ['Dee', 'Did you ask them to change the interface?'],
      ['Cy', 'Oh.'], // a back-channel between the question and its answer
      ['Ari', 'Yes, and they said it takes a week.'], // answers Dee's question
      ['Dee', 'We could log every failed upload.'],
      ['Ari', 'Yes, and we could alert on it too.'], // takes Dee's point further
    ]);
    expect(result.buildingOn.map((b) => [b.utteranceId, b.toSpeakerId])).toEqual([['u5', 's1']]);
  });

  it('does not read "yeah and" after an assessment, cut off, or resuming one\'s own list as building on', () => {
    const { result } = run([
      ['Ian', 'This is my drawing of the remote, with the big round buttons on top.'], // u1
      ['Pam', "That's lovely."], // u2: rates it, adds no point
      ['Ian', "Yeah and I'll have to think on the spot of what it is."], // u3: his own drawing goes on
      ['Uma', 'Second thing is'], // u4: her list, cut off
      ['Ian', 'For the flip phone.'], // u5
      ['Uma', 'Yeah and second question is whether the cover can change.'], // u6: her own list resumed
      ['Pam', 'The battery could sit under the cover so nobody sees it.'], // u7
      ['Ian', 'Yeah and'], // u8: cut off
      ['Pam', 'It would keep the case thin.'], // u9
      ['Ian', 'Yeah and the base could charge it overnight as well.'], // u10: takes Pam's battery idea further
    ]);
    expect(result.buildingOn.map((b) => [b.utteranceId, b.toSpeakerId])).toEqual([['u10', 's2']]);
  });

  it('does not read "yeah and" after a bare agreement as building on it: "that makes sense" adds no point', () => {
    // Review r15 (Bed003): B's "Yeah, that makes sense." then A's "Yeah. And if you connect it too hard ...".
    const { result } = run([
      ['Ari', 'The parser could tag each phrase with the intention it carries.'], // u1
      ['Ben', 'Yeah,'], // u2
      ['Cy', 'Hmm.'], // u3 a back-channel between Ben's two halves
      ['Ben', 'that makes sense.'], // u4: agrees, adds no point
      ['Ari', 'Yeah. And if you connect them too hard you may lose the context.'], // u5: Ari's own line goes on
      ['Ben', 'Makes sense.'], // u6
      ['Ari', 'Yes and the tags would also feed the planner later on.'], // u7: again his own line
      ['Ben', 'It could also tag the tone of each phrase.'], // u8: a point of Ben's
      ['Ari', 'Yeah and the tone tags could go to the planner as well.'], // u9: takes Ben's point further
    ]);
    expect(result.buildingOn.map((b) => [b.utteranceId, b.toSpeakerId])).toEqual([['u9', 's2']]);
  });

  const lines: Line[] = [
    ['Ana', 'The export fails for big accounts.'], // u1
    ['Ben', "So what you're saying is only big accounts fail?"], // u2 paraphrase of Ana
    ['Ana', 'Yes.'], // u3 back-channel
    ['Cy', 'Building on that, we could split big accounts into batches.'], // u4 builds on Ben (past Ana's "Yes.")
    ['Ana', 'In other words, we batch them.'], // u5 opens Ana's turn: paraphrase of Cy
    ['Ana', 'In other words, nothing changes.'], // u6 mid-turn: Ana rephrasing herself, not counted
    ['Ben', 'Yeah? And what about small ones?'], // u7 a tag question, not "yes, and"
    ['Cy', 'Yes, and we log it.'], // u8 builds on Ben
    ['Ana', 'I see what you mean.'], // u9 acknowledges; no paraphrase
  ];

  it('credits each to the person paraphrased or built on', () => {
    const { result } = run(lines);
    expect(result.paraphrases.map((m) => [m.utteranceId, m.speakerId, m.toSpeakerId, m.ruleId, m.quote])).toEqual([
      // Quoted with what they restate, so the reader sees the check itself.
      ['u2', 's2', 's1', 'you-are-saying', "you're saying is only big accounts fail"],
      ['u5', 's1', 's3', 'in-other-words', 'In other words, we batch them'],
    ]);
    expect(result.buildingOn.map((m) => [m.utteranceId, m.speakerId, m.toSpeakerId, m.ruleId, m.quote])).toEqual([
      // Quoted with what they add, not the marker alone ("agree and" showed nothing, review r19).
      ['u4', 's3', 's2', 'building-on-that', 'Building on that, we could split big accounts into batches'],
      ['u8', 's3', 's2', 'yes-and', 'Yes, and we log it'],
    ]);
    const [ana, ben, cy] = result.speakers;
    expect([ana!.paraphrases.count, ben!.paraphrases.count, cy!.paraphrases.count]).toEqual([1, 1, 0]);
    expect(cy!.buildingOn).toEqual({
      count: 2,
      evidence: { utteranceIds: ['u4', 'u8'], words: ['building on that', 'yes, and'] },
    });
  });

  it('reads a restating question once, as the paraphrase, and a question in another sentence as its own move', () => {
    // Review r23: "are you saying that ... landmark-iness is correlated with ...?" was a paraphrase and, by its
    // shared words, a follow-up too: one move counted twice.
    const checked = run([
      ['Ana', 'The export fails for the big accounts on Mondays.'],
      ['Ben', 'So are you saying that the big accounts fail on Mondays?'],
    ]);
    expect(checked.result.paraphrases.map((m) => m.utteranceId)).toEqual(['u2']);
    expect(checked.result.followUpQuestions).toEqual([]);
    expect(checked.findings.map((f) => f.kind)).toEqual(['paraphrase']);
    const [ben] = checked.result.speakers.slice(1);
    expect([ben!.paraphrases.count, ben!.followUpQuestions.count]).toEqual([1, 0]);
    // The restatement first, then a question of its own: both moves.
    const both = run([
      ['Ana', 'The export fails for the big accounts on Mondays.'],
      ['Ben', 'If I understand correctly, the big accounts fail. Which big accounts fail on Mondays?'],
    ]);
    expect(both.findings.map((f) => f.kind).sort()).toEqual(['follow-up-question', 'paraphrase']);
  });

  it('reports them as findings', () => {
    const { findings } = run(lines);
    expect(
      findings
        .filter((f) => f.kind === 'paraphrase' || f.kind === 'building-on')
        .map((f) => [f.kind, f.utteranceId, f.targetSpeakerId]),
    ).toEqual([
      ['paraphrase', 'u2', 's1'],
      ['paraphrase', 'u5', 's3'],
      ['building-on', 'u4', 's2'],
      ['building-on', 'u8', 's2'],
    ]);
    expect(findings.find((f) => f.kind === 'paraphrase')!.note).toBe(
      "Ben paraphrased Ana. Restating a point in one's own words checks understanding and shows it was heard.",
    );
  });

  it('builds on a person named in the phrase', () => {
    const { result } = run([
      ['Ana', 'The logs are too big.'],
      ['Ben', 'Sure.'],
      ['Cy', "Building on Ana's point, we could rotate them."],
    ]);
    expect(result.buildingOn.map((m) => [m.ruleId, m.toSpeakerId, m.quote])).toEqual([
      ['building-on-name', 's1', "Building on Ana's point, we could rotate them"],
    ]);
  });
});

describe('paraphrase and building-on senses (issue 11)', () => {
  it('does not take a defensive reading of blame for a paraphrase', () => {
    const { result } = run([
      ['Clara', 'The release slipped because the test plan arrived late.'],
      ['Nick', 'So are you saying it is my fault?'],
      ['Clara', 'I am saying the plan was late.'],
      ['Nick', 'So what you mean is my team is the problem.'],
      ['Joy', 'So if I understand you, Clara, the ask is the plan one week before the freeze?'],
    ]);
    expect(result.paraphrases.map((m) => [m.utteranceId, m.toSpeakerId])).toEqual([['u5', 's1']]);
  });

  it('still counts a paraphrase that mentions the speaker without blame', () => {
    const { result } = run([
      ['Ana', 'Could you take the release notes this week?'],
      ['Ben', "So you're saying I should write them before Friday?"],
    ]);
    expect(result.paraphrases.map((m) => m.utteranceId)).toEqual(['u2']);
  });

  it('does not credit "expanding on that" mid-turn to someone else: it points at the speaker\'s own words', () => {
    const { result } = run([
      ['Ivo', 'We could ask facilities for a spare room.'],
      ['Gia', 'I know I mentioned it before: they could have fidget toys for stress.'],
      ['Gia', 'I was also thinking, expanding on that, a few in every classroom.'],
      ['Ivo', 'Building on that, the spare room could hold the toys.'],
    ]);
    expect(result.buildingOn.map((m) => [m.utteranceId, m.speakerId, m.toSpeakerId])).toEqual([['u4', 's1', 's2']]);
  });

  it('does not take "what you\'re saying about X" for a restatement: it names a topic, then argues', () => {
    const { result } = run([
      ['Mia', 'People want a fashionable remote, so the case should come in bright colours.'],
      ['Leo', "What you're saying about the colours, does it need to be fashionable at all for a remote?"],
    ]);
    expect(result.paraphrases).toEqual([]);
  });

  it('builds on a speaker\'s point named with "following", not on Monday\'s release', () => {
    const { result } = run([
      ['Raf', 'We could highlight the feature they use most.'],
      ['Sol', "And following Raf's point, a tip for a feature they never tried."],
      ['Sol', "Following Monday's release we can measure it."],
    ]);
    expect(result.buildingOn.map((m) => [m.utteranceId, m.ruleId, m.toSpeakerId])).toEqual([
      ['u2', 'following-name', 's1'],
    ]);
  });

  it("does not count additions to one's own list as building on someone", () => {
    const { result } = run([
      ['Maya', 'For the offsite I want a roadmap session and a team dinner.'],
      ['Maya', 'I would also add to that a short retro.'],
      ['Maya', 'On top of that, a hiring session.'],
    ]);
    expect(result.buildingOn).toEqual([]);
  });

  it('marks generic openers as low confidence and explicit phrases as medium', () => {
    const { findings } = run([
      ['Ana', 'We should cache the results.'],
      ['Ben', 'Yes, and we could log the misses.'],
      ['Cy', "Building on Ana's point, the cache needs a size limit."],
    ]);
    expect(findings.filter((f) => f.kind === 'building-on').map((f) => [f.utteranceId, f.confidence])).toEqual([
      ['u2', 'low'],
      ['u3', 'medium'],
    ]);
  });
});

describe('the result and the findings as a whole', () => {
  it('validates against its schema, with unique ids and verbatim quotes', () => {
    const { t, result, findings } = run([
      ['Zoë', 'The export fails for big accounts, right?', 0, 3],
      ['Дмитрий', 'Mm-hmm.', 1, 1.5],
      ['Zoë', 'Which accounts fail?', 3.2, 5],
      [
        'Дмитрий',
        'If I understand correctly, the big accounts fail. Building on that, can we split the big accounts?',
        5.5,
        10,
      ],
    ]);
    expect(() => ListeningResult.parse(result)).not.toThrow();
    for (const f of findings) {
      expect(() => Finding.parse(f)).not.toThrow();
      expect(t.utterances.find((u) => u.id === f.utteranceId)!.text).toContain(f.quote);
    }
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
    expect(findings.map((f) => f.kind).sort()).toEqual(['building-on', 'follow-up-question', 'paraphrase']);
  });

  it('never throws on odd input', () => {
    for (const odd of [
      [['A', '?']],
      [
        ['A', 'mm'],
        ['A', 'mm'],
      ],
      [
        ['A', 'so'],
        ['B', 'what?'],
      ],
    ] as Line[][])
      expect(() => run(odd)).not.toThrow();
  });
});

describe('a restatement needs the words that restate', () => {
  it('does not count an unfinished "You mean" as checking understanding', () => {
    const { result } = run([
      ['Ana', 'The phone models are trained per speaker, on the close-talking channel.'],
      ['Ben', 'You mean -'],
      ['Ben', 'Let me draw it on the board.'],
      ['Cy', 'So you mean we train one model for each speaker then?'],
    ]);
    expect(result.paraphrases.map((m) => [m.utteranceId, m.quote])).toEqual([
      ['u4', 'you mean we train one model for each speaker then'],
    ]);
  });

  it('does not count a "you mean" that shares no word with what others just said (review r19)', () => {
    const { result } = run([
      ['Flo', "It's a question both of what the representation is and"], // u1
      ['Cal', 'You mean, this I guess I am gonna be standing up and drawing on the board.'], // u2: takes the floor
      ['Abe', 'The average number of phones in an English word is five.'], // u3
      ['Abe', 'Times the number of words.'], // u4
      ['Flo', 'Yeah, but we actually'], // u5
      ['Abe', "That's not that much."], // u6
      ['Flo', 'Oh, so you mean pause phones take up a lot of the long pause phones.'], // u7: "phones" from u3
    ]);
    expect(result.paraphrases.map((m) => [m.utteranceId, m.toSpeakerId])).toEqual([['u7', 's3']]);
  });
});

describe('a chaired sitting: the floor given by name opens a slot', () => {
  it('does not take an opening question after "Mr Arnold, go ahead" as a follow-up on the minister', () => {
    const answer = 'The airport screening program now covers every international arrival at the four largest airports.';
    const withGrant = run([
      ['Blair', answer],
      ['Chair', 'Mr Arnold, go ahead.'],
      ['Arnold', 'Why does airport screening not cover the international arrivals at regional airports?'],
    ]);
    expect(withGrant.result.followUpQuestions).toEqual([]);
    const direct = run([
      ['Blair', answer],
      ['Arnold', 'Why does airport screening not cover the international arrivals at regional airports?'],
    ]);
    expect(direct.result.followUpQuestions.map((f) => f.utteranceId)).toEqual(['u2']);
  });
});

describe('uptake is of the other person’s words, not the asker’s own subject', () => {
  it('does not count a questioner returning to their own subject, which the answer merely echoed', () => {
    const { result } = run([
      ['Kram', 'Regional airports are near bankruptcy and the lease deferral does not help them.'],
      ['Blair', 'We have supported regional airports with the lease deferral and we keep working with them.'],
      ['Kram', 'Will the deferral be turned into relief for regional airports this year?'],
    ]);
    expect(result.followUpQuestions).toEqual([]);
  });

  it("does not count words from an answer before the asker's last question: a line of questions, not uptake", () => {
    // Review r19, question period: the third question shares "racialized" and "indigenous" with the first answer
    // only; the asker's second question came in between, and the answer just before shares nothing.
    const { result } = run([
      ['Singh', 'Will the Prime Minister end racial profiling of black people?'], // u1
      ['Trudeau', 'Our justice system unfairly targets racialized Canadians, including indigenous Canadians.'], // u2
      ['Singh', 'Will the Prime Minister end the over-policing of black and indigenous people?'], // u3
      ['Trudeau', 'Systemic discrimination means people of colour face greater risk in the courts.'], // u4
      ['Singh', 'Will Canada collect data on racialized people, particularly indigenous people?'], // u5
    ]);
    expect(result.followUpQuestions).toEqual([]);
    // With a word of the latest answer, the words before the asker's last question count too (a Welsh committee).
    const grey = run([
      ['Hughes', 'I think back to the 2007 review, to which you have just referred.'], // u1
      ['Gwenllian', 'Does the prosecution service have a view on that?'], // u2
      ['Hughes', 'In prosecuting there are multiple shades of grey in between.'], // u3
      ['Gwenllian', 'What are the areas of grey that you refer to?'], // u4: grey from u3, refer from u1
    ]);
    expect(grey.result.followUpQuestions.map((f) => [f.utteranceId, f.sharedWords])).toEqual([
      ['u4', ['grey', 'refer']],
    ]);
  });

  it('counts a question that picks up what the other person brought up', () => {
    const { result } = run([
      ['Kram', 'What is the plan for regional airports?'],
      ['Blair', 'We are converting the lease deferral into rent relief for small terminals.'],
      ['Kram', 'When does the rent relief for small terminals start?'],
    ]);
    expect(result.followUpQuestions.map((f) => f.utteranceId)).toEqual(['u3']);
  });
});

describe('a follow-up comes early in the turn', () => {
  it('does not count a question asked deep inside a long statement', () => {
    const statement =
      'Thank you. This is a hard week for the export team and for all of us who rely on the nightly export. ' +
      'We have worked through the weekend, we have called every customer, we have written to the board and we ' +
      'have spoken to the vendor twice. When was it that the nightly export last ran cleanly for every account?';
    const { result } = run([
      ['Ana', 'The nightly export failed again for every large account.'],
      ['Ben', statement],
    ]);
    expect(result.followUpQuestions).toEqual([]);
  });
});

describe('forms of address are no shared idea', () => {
  it('does not link two questions to the Prime Minister on different subjects', () => {
    const { result } = run([
      ['Blanchet', 'Will the Prime Minister commit to a public inquiry into the rail contract?'],
      ['Trudeau', 'Mr. Chair, the Prime Minister has asked the auditor to look at every rail contract.'],
      ['Singh', 'Will the Prime Minister, Mr. Chair, end the over-policing of indigenous people?'],
    ]);
    expect(result.followUpQuestions.filter((f) => f.utteranceId === 'u3')).toEqual([]);
  });
});

describe('how sure a restatement is', () => {
  it('keeps "so what you are saying is" and makes "you mean" an observation', () => {
    const { findings } = run([
      ['Ana', 'The export fails for the big accounts every night.'],
      ['Ben', "So what you're saying is only the big accounts fail at night?"],
      ['Ana', 'The older users want fewer buttons on the remote.'],
      ['Cy', 'You mean to save it with a lesser number of buttons.'],
    ]);
    const paraphrases = findings.filter((f) => f.kind === 'paraphrase').map((f) => [f.utteranceId, f.confidence]);
    expect(paraphrases).toEqual([
      ['u2', 'medium'],
      ['u4', 'low'],
    ]);
  });
});

describe('a question that offers two readings', () => {
  it('is a clarifying question, not a restatement', () => {
    const { result } = run([
      ['Ota', 'We need the worker to pick up the audio from the conference tool.'],
      ['Petra', 'Ota, are you asking per voice or alfa view.'],
      ['Ota', 'Alfa view.'],
      ['Filip', "So you're saying the worker reads the audio from alfa view?"],
    ]);
    expect(result.paraphrases.map((m) => m.utteranceId)).toEqual(['u4']);
  });
});
