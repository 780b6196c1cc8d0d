import { describe, expect, it } from 'vitest';
import {
  CLAUSE_PREFACES,
  NOT_QUESTION_OPENERS,
  QUESTION_RULES,
  QUESTION_WORD_CLASSES,
} from '../../../analyzers/nlp/data/question-words';
import { compileQuestionPhrase, detectQuestion, findQuestions } from '../../../analyzers/nlp/questions';
import { tokenize } from '../../../analyzers/nlp/tokenize';

const detect = (text: string) => detectQuestion(text, tokenize(text));

describe('detectQuestion: punctuated text', () => {
  it('finds a yes/no question by inversion and quotes its cue verbatim', () => {
    const d = detect('Can we move the review to Friday?');
    expect(d).toMatchObject({ isQuestion: true, type: 'closed', ruleId: 'inversion-modal', cue: 'Can we' });
  });

  it('finds an open question after discourse markers', () => {
    expect(detect('Okay, so what are the risks?')).toMatchObject({ type: 'open', ruleId: 'wh-what', cue: 'what are' });
  });

  it('falls back to the question mark for declarative questions', () => {
    // No word-order cue: "you're coming" is a statement in form; the '?' makes it a yes/no question.
    expect(detect("You're coming tomorrow?")).toMatchObject({ type: 'closed', ruleId: 'question-mark', cue: '?' });
    // A wh-word at the end ("wh in situ") makes it open.
    expect(detect('You did what?')).toMatchObject({ type: 'open', ruleId: 'question-mark' });
  });

  it('finds the question among several sentences and spans exactly that clause', () => {
    const text = "Okay, that's fine. Am I supposed to be standing up there? Okay.";
    const [q] = findQuestions(text, tokenize(text));
    expect(q).toMatchObject({ type: 'closed', ruleId: 'inversion-be', cue: 'Am I', punctuated: true });
    expect(text.slice(q!.start, q!.end)).toBe('Am I supposed to be standing up there?');
  });

  it('reports every question clause; the utterance type is the last one', () => {
    const d = detect('Is it ready? And what does it cost?');
    expect(d.questions.map((q) => q.ruleId)).toEqual(['inversion-be', 'wh-what']);
    expect(d.type).toBe('open');
  });

  it('reads tag questions after a comma, but not "yeah, right"', () => {
    expect(detect('We ship on Friday, right?')).toMatchObject({ type: 'closed', ruleId: 'tag-right', cue: 'right' });
    expect(detect('We ship on Friday, right')).toMatchObject({ ruleId: 'tag-right' });
    expect(detect('Yeah, right.').isQuestion).toBe(false);
    expect(detect("That's right.").isQuestion).toBe(false);
  });

  it('skips a name before or after the question, but not a capitalised first word', () => {
    expect(detect('Sam, do you have a minute?')).toMatchObject({ ruleId: 'inversion-do', cue: 'do you' });
    expect(detect('What do you think, Sam?')).toMatchObject({ type: 'open', ruleId: 'open-what-do-you-think' });
    // "That" is only capitalised because it starts the sentence: "was that" is no inversion here.
    expect(detect('That was that.').isQuestion).toBe(false);
  });

  it('takes "any questions" in a condition for no question: "If you dont have any questions." (review r34)', () => {
    expect(detect('If you dont have any questions.').isQuestion).toBe(false);
    expect(detect('Okay, unless you have any thoughts.').isQuestion).toBe(false);
    // The elliptical question after a statement, and a declarative question, still ask.
    expect(detect('That is the plan, any questions?')).toMatchObject({ ruleId: 'ending-any-questions' });
    expect(detect('so you have any thoughts')).toMatchObject({ ruleId: 'ending-any-thoughts' });
    expect(detect('If you have time, any thoughts?')).toMatchObject({ ruleId: 'ending-any-thoughts' });
  });

  it('takes "I" and its contractions for no name: "And I\'ve had people say this" asks nothing', () => {
    // A webinar caption line (review r32): "I've" after "And" was read as someone addressed, then "had people" as HAVE + subject.
    expect(detect("And I've had people say this to me.").isQuestion).toBe(false);
    expect(detect('And Sam, have you seen the draft').isQuestion).toBe(true);
  });

  it('skips a title and a name before the question: "Ms Llewellyn, what would you do first ...?" is open', () => {
    expect(detect('Ms Llewellyn, what would you do first if the subsidy were restored?')).toMatchObject({
      type: 'open',
    });
    expect(detect('Dr. Okafor, can you confirm the date?')).toMatchObject({ type: 'closed', cue: 'can you' });
  });
});

describe('detectQuestion: unpunctuated speech-to-text', () => {
  it('uses word order at the start of the utterance', () => {
    expect(detect('okay so do you have the numbers')).toMatchObject({
      type: 'closed',
      ruleId: 'inversion-do',
      cue: 'do you',
    });
    expect(detect('um how do we test this')).toMatchObject({ type: 'open', ruleId: 'wh-how' });
    expect(detect('is it ready for the demo')).toMatchObject({ type: 'closed', ruleId: 'inversion-be' });
    expect(detect("what's the deadline")).toMatchObject({ type: 'open', ruleId: 'wh-what-contracted' });
    expect(detect('who wants to present first')).toMatchObject({ type: 'open', ruleId: 'wh-who-verb' });
  });

  it('uses fixed endings: invitations and negative tags', () => {
    expect(detect('I think we should keep friday what do you think')).toMatchObject({
      type: 'open',
      ruleId: 'ending-what-do-you-think',
      cue: 'what do you think',
    });
    expect(detect("the demo went well didn't it")).toMatchObject({
      type: 'closed',
      ruleId: 'tag-negative',
      cue: "didn't it",
    });
  });

  it('leaves statements that share the first words alone', () => {
    for (const statement of [
      'what we need is a plan', // wh-word + subject: a clause, not a question
      'which is why we left', // relative clause
      'which I do not know', // relative clause with a pronoun after which
      'do that now', // DO + non-personal object: an instruction
      'have a look at the chart', // HAVE + determiner: an instruction
      'how much you need depends on the load', // how much + pronoun: a clause
      "what's interesting is that it works", // a wh-cleft
      'I was going to say the same',
      'we can ship on friday',
    ]) {
      expect(detect(statement).isQuestion, statement).toBe(false);
    }
  });

  it('returns no question for an empty utterance', () => {
    expect(detect('')).toEqual({ isQuestion: false, type: null, cue: '', ruleId: null, questions: [] });
  });
});

describe('question sense (issue 11)', () => {
  it('does not read rhetorical or exclamative lines as questions', () => {
    expect(detect('Who knows.').isQuestion).toBe(false);
    expect(detect('They did it last quarter. How about that!').isQuestion).toBe(false);
    expect(detect('who knows what the board will decide').isQuestion).toBe(false);
    expect(detect('Can you believe it!').isQuestion).toBe(false);
  });

  it('reads an opener abandoned for "I think ..." as a false start, not a question (review r24)', () => {
    // ICSI Bdb001: "Is a See, I think the kinds of questions ... will all have a similar nature." was counted as a
    // follow-up question.
    expect(detect('Is a See, I think the kinds of questions will all have a similar nature.').isQuestion).toBe(false);
    expect(detect('Should we, I guess we should wait for the data.').isQuestion).toBe(false);
    // A parenthesis inside the question, a '?' heard by the transcriber, or no comma: still questions.
    expect(detect('Can we, I think, ship it on Friday').isQuestion).toBe(true);
    expect(detect('Is it ready, I think?').isQuestion).toBe(true);
    expect(detect('Is a See ready for us.').isQuestion).toBe(true);
  });

  it('still asks when the same words ask', () => {
    expect(detect('who knows the wifi password').isQuestion).toBe(true);
    expect(detect('how about that one for the demo').isQuestion).toBe(true);
    expect(detect('Who knows?').isQuestion).toBe(true);
  });

  it('does not read a condition by inversion ("Should you wish ..., please ...") as a question', () => {
    // A chair's housekeeping line: read as a question, it made the Prime Minister's statement after it an answer.
    expect(
      detect('Should you wish to alternate between the two languages, please change to the channel.').isQuestion,
    ).toBe(false);
    expect(detect('Should it fail overnight, we roll back in the morning.').isQuestion).toBe(false);
    // The same opening still asks: with a question mark, with no main clause after the comma, or in captions.
    expect(detect('Should we ship it on Friday, or wait?').isQuestion).toBe(true);
    expect(detect('Should we ship it on Friday, given the bugs.').isQuestion).toBe(true);
    expect(detect('should we ship it on friday').isQuestion).toBe(true);
  });

  it('does not read "Can I thank you ..." as a question: it thanks', () => {
    expect(detect('Can I thank you both for attending and for your very clear answers.').isQuestion).toBe(false);
    // Committee records print the form's question mark: it still thanks.
    expect(detect('Can I thank you for attending, the three of you, and for your answers?').isQuestion).toBe(false);
    expect(detect('Who knows?').isQuestion).toBe(true); // other exceptions give way to a question mark
    expect(detect('Can I ask you about the answers?').isQuestion).toBe(true);
  });

  it('does not read a negated statement as a tag question', () => {
    expect(detect('I do not think they will miss it this time.').isQuestion).toBe(false);
    expect(detect("we don't need to decide that today").isQuestion).toBe(false);
  });

  it('reads a comma-less tag in unpunctuated captions as a question, but not "that\'s right"', () => {
    expect(detect('we ship friday right')).toMatchObject({ isQuestion: true, type: 'closed', ruleId: 'tag-right' });
    expect(detect('yeah thats right').isQuestion).toBe(false);
    expect(detect('we need to get it right').isQuestion).toBe(false);
    expect(detect('then you turn right').isQuestion).toBe(false);
    // Punctuated text keeps needing the comma: the transcriber would have written it.
    expect(detect('We ship on the right.').isQuestion).toBe(false);
  });

  it('finds a question after a short caption lead-in ("ok thanks and ...")', () => {
    expect(detect('ok thanks and is the projector working')).toMatchObject({ isQuestion: true, type: 'closed' });
    expect(detect('nice and when does the new person start')).toMatchObject({ isQuestion: true, type: 'open' });
    // A long statement with "and" later is not a question.
    expect(detect('we moved the release to monday and is fine').isQuestion).toBe(false);
  });
});

describe('question-words data', () => {
  it('has unique, non-empty rule ids and phrases, each with a source and a note', () => {
    const ids = QUESTION_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of QUESTION_RULES) {
      expect(r.id, r.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(r.phrase.trim(), r.id).not.toBe('');
      expect(r.source.trim(), r.id).not.toBe('');
      expect(r.note.trim(), r.id).not.toBe('');
    }
  });

  it('only uses word classes that exist', () => {
    for (const r of [...QUESTION_RULES, ...NOT_QUESTION_OPENERS])
      expect(() => compileQuestionPhrase(r.phrase), r.id).not.toThrow();
    for (const [name, c] of Object.entries(QUESTION_WORD_CLASSES)) {
      expect(c.words.length, name).toBeGreaterThan(0);
      expect(c.source.trim(), name).not.toBe('');
    }
  });

  it("detects every rule's example with that very rule", () => {
    for (const r of QUESTION_RULES) {
      const d = detect(r.example);
      expect(
        d.questions.map((q) => q.ruleId),
        `${r.id}: "${r.example}"`,
      ).toContain(r.id);
      expect(d.type, r.id).toBe(r.type);
    }
  });

  it("keeps every exception's example from being read as a question", () => {
    for (const r of NOT_QUESTION_OPENERS) expect(detect(r.example).isQuestion, r.example).toBe(false);
  });

  it('has unique prefaces, each with an example question that starts with it', () => {
    const words = CLAUSE_PREFACES.map((p) => p.word);
    expect(new Set(words).size).toBe(words.length);
    for (const p of CLAUSE_PREFACES) {
      expect(p.example.startsWith(`${p.word} `), p.word).toBe(true);
      expect(detect(p.example).isQuestion, p.example).toBe(true);
      expect(p.source.trim()).not.toBe('');
    }
  });
});

describe('names in any script', () => {
  it('treats a capitalised non-ASCII name after an auxiliary as the subject, and skips it as a vocative', () => {
    expect(detect('is Łukasz joining us today')).toMatchObject({ ruleId: 'inversion-be', cue: 'is Łukasz' });
    expect(detect('Łukasz, can you share the screen')).toMatchObject({ ruleId: 'inversion-modal', cue: 'can you' });
  });
});
