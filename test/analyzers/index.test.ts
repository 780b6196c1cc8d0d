/**
 * All analysers together (analyzers/index.ts): what is decided over every analyser's findings at once.
 */
import { describe, expect, it } from 'vitest';
import { runAnalyzers } from '../../analyzers/index';
import { makeTranscript } from '../helpers/make-transcript';

describe('the unattributed speaker', () => {
  it('gets no finding for a habit; the measurements keep what they did, and named people keep theirs', () => {
    // Review r19: "Unknown speaker invited Jonas to speak" credits nobody who could read it.
    const transcript = makeTranscript([
      ['Sangeet', 'I started training a new language model for the domain adaptation.'], // u1
      ['Jonas', 'What tool are you using for the language model adaptation?'], // u2 a follow-up by Jonas
      ['Sangeet', 'KenLM, with interpolation of the language model.'], // u3
      ['Unknown speaker', 'What tool did you use for the interpolation of the language model?'], // u4 a follow-up by nobody known
      ['Unknown speaker', 'Any questions, Jonas?'], // u5 an invitation by nobody known
      ['Jonas', 'No, thanks.'], // u6
    ]);
    const m = runAnalyzers(transcript);
    const unknown = transcript.speakers.find((s) => s.name === 'Unknown speaker')!.id;
    expect(m.listening.followUpQuestions.map((x) => [x.utteranceId, x.speakerId])).toEqual([
      ['u2', 's2'],
      ['u4', unknown],
    ]);
    expect(m.inclusivity.invitations.items.map((x) => [x.utteranceId, x.speakerId])).toEqual([['u5', unknown]]);
    expect(m.findings.filter((f) => f.speakerId === unknown)).toEqual([]);
    expect(m.findings.filter((f) => f.kind === 'follow-up-question').map((f) => f.utteranceId)).toEqual(['u2']);
  });
});
