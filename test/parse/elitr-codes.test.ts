/**
 * Speaker codes inside lines (ELITR remote calls), against fixtures/plain/ (written by us), in Node and workerd.
 * - elitr-remote-call.txt: 10 lines, speakers O, U, Mi, D, FE; up to five codes on one line, codes
 *   glued to the text before them (`me?(U)`, `late.(D)`, `(U)Bye.`), `(??)` and `(???)` inside lines and
 *   opening line 8, `(MT)` as a word in line 4, continuation lines 6-7.
 * - elitr-one-line.txt: a whole call on one line: Ka, Jo, LU; names in Arabic and CJK inside the text.
 */
import { describe, expect, it } from 'vitest';
import oneLineB64 from '../../fixtures/plain/elitr-one-line.txt?base64';
import remoteB64 from '../../fixtures/plain/elitr-remote-call.txt?base64';
import { knownSpeakerCodes, splitAtInlineCodes } from '../../src/parse/formats/elitr-codes';
import { classifyPlainLine } from '../../src/parse/formats/plain-line';
import { plainText } from '../../src/parse/formats/plain-text';
import { ingest } from '../../src/parse/index';
import { bytesOf, textOf } from '../helpers/parse-kit';
import { UNKNOWN, wordsPerCode, wordsPerSpeaker } from '../helpers/speaker-code-words';

describe('ELITR: codes inside lines (remote-call fixture)', () => {
  const text = textOf(remoteB64);
  const parsed = plainText.parse(text);
  const on = (line: number) => parsed.cues.filter((c) => c.line === line).map((c) => [c.speaker, c.text]);

  it('starts a new utterance at every code in a line, glued or not', () => {
    expect(on(1)).toEqual([
      ['O', 'Can you hear me?'],
      ['U', 'Yes, now we can.'],
      ['Mi', "Sorry I'm late, the tram stopped twice."],
      ['D', 'Ok.Yeah, ok.(??)'],
      ['O', "Good. Let's start with the corpus status."],
    ]);
    expect(on(10)).toEqual([
      ['O', 'Thanks everybody, bye.'],
      ['U', 'Bye.'],
      ['Mi', 'Bye bye.'],
    ]);
  });

  it('keeps (MT) inside a sentence as a word', () => {
    expect(on(4)).toEqual([['Mi', 'One question about the (MT) baseline: do we keep the old one?']]);
  });

  it('makes (??) and (???) inaudible speech, never a person', () => {
    expect(on(5)).toEqual([
      ['O', 'We keep it until the new one beats it.'],
      ['D', 'Agreed.(??) (???)'],
    ]);
    expect(on(8)).toEqual([[null, '(???) Sorry, the line was cut']]);
    const t = ingest(bytesOf(remoteB64));
    expect(t.speakers.map((s) => s.name)).toEqual(['O', 'U', 'Mi', 'D', 'FE', 'Unknown speaker']);
    expect(t.events.filter((e) => e.kind === 'inaudible')).toHaveLength(4);
    expect(t.utterances.some((u) => u.text.includes('??'))).toBe(false);
  });

  it('gives a line opened by (??) before a lower-case word to the speaker it goes on from (review r34, ELITR Surge)', () => {
    // As ELITR writes an inaudible start of a speaker's next line: "its like (??)." then "(??) with that, so yeah".
    const cues = plainText.parse(
      [
        '(S) And next I ran the docker on the machine, and its like (??).',
        '(??) with that, so yeah.',
        '(??) Bye, bye.',
      ].join('\n'),
    ).cues;
    expect(cues.map((c) => [c.speaker, c.text])).toEqual([
      ['S', 'And next I ran the docker on the machine, and its like (??).'],
      ['S', '(??) with that, so yeah.'],
      // A capital after it: someone unknown says something of their own.
      [null, '(??) Bye, bye.'],
    ]);
  });

  it('gives each code exactly the words written after it', () => {
    expect(wordsPerSpeaker(parsed.cues)).toEqual(wordsPerCode(text, ['O', 'U', 'Mi', 'D', 'FE']));
    expect(parsed.cues).toHaveLength(24);
  });

  it("is a conversation of five, not one person's monologue", () => {
    const t = ingest(bytesOf(remoteB64));
    expect(t.turns.length).toBeGreaterThanOrEqual(20);
    expect(t.utterances.filter((u) => u.speakerId === t.speakers.find((s) => s.name === 'FE')!.id)).toHaveLength(3);
  });
});

describe('ELITR: a whole call on one line (one-line fixture)', () => {
  const text = textOf(oneLineB64);
  const parsed = plainText.parse(text);

  it('reads eleven utterances by three speakers', () => {
    expect(parsed.cues.map((c) => c.speaker)).toEqual([
      'Ka',
      'Jo',
      'Ka',
      'LU',
      'Jo',
      'LU',
      'Ka',
      'LU',
      'Jo',
      'Ka',
      'Jo',
    ]);
    expect(parsed.cues[3]!.text).toBe('I sent it to أحمد yesterday, and Kenji asked for a copy too.(??)');
    expect(parsed.cues[6]!.text).toBe('Thanks. And the Japanese names from 田中 are in it?');
  });

  it('gives each code exactly the words written after it', () => {
    expect(wordsPerSpeaker(parsed.cues)).toEqual(wordsPerCode(text, ['Ka', 'Jo', 'LU']));
    expect(wordsPerSpeaker(parsed.cues)[UNKNOWN]).toBeUndefined();
  });

  it('is detected as plain text by content', () => {
    const t = ingest(bytesOf(oneLineB64), { fileName: 'call.txt' });
    expect(t.format).toBe('plain');
    expect(t.speakers.map((s) => s.name)).toEqual(['Ka', 'Jo', 'LU']);
  });
});

describe('ELITR: the line quoted in issue 13', () => {
  it('gives O, U, Mi, D and O their own utterances', () => {
    const text = "(O) Can you hear me?(U) Yes, now we can. (Mi) Sorry I'm late.(D) Ok.Yeah, ok.(??) (O) Good.";
    const parsed = plainText.parse(text);
    expect(parsed.cues.map((c) => [c.speaker, c.text])).toEqual([
      ['O', 'Can you hear me?'],
      ['U', 'Yes, now we can.'],
      ['Mi', "Sorry I'm late."],
      ['D', 'Ok.Yeah, ok.(??)'],
      ['O', 'Good.'],
    ]);
    expect(wordsPerSpeaker(parsed.cues)).toEqual(wordsPerCode(text, ['O', 'U', 'Mi', 'D']));
  });
});

describe('ELITR: code rules', () => {
  it('learns codes that only appear inside lines, where a speaker change stands', () => {
    expect(
      knownSpeakerCodes(['O'], ['Can you hear me?(U) Yes. (Mi) Sorry I am late.', 'we use (MT) here', 'in a (Jan)']),
    ).toEqual(new Set(['O', 'U', 'Mi']));
  });

  it('splits at known codes glued to a word, but not mid-sentence', () => {
    const known = new Set(['A', 'O']);
    expect(splitAtInlineCodes('sure(O) Good', known)).toEqual([
      { code: null, text: 'sure' },
      { code: 'O', text: 'Good' },
    ]);
    expect(splitAtInlineCodes('plan (A) is cheaper', known)).toEqual([{ code: null, text: 'plan (A) is cheaper' }]);
  });

  it('reads mixed-case and multi-letter codes at a line start, but not sounds or lower-case words', () => {
    expect(classifyPlainLine('(Mi) Sorry.', 1)).toEqual({ kind: 'code', code: 'Mi', text: 'Sorry.' });
    expect(classifyPlainLine('(FE)Right.', 1)).toEqual({ kind: 'code', code: 'FE', text: 'Right.' });
    expect(classifyPlainLine('(???) what', 1)).toEqual({ kind: 'code', code: '??', text: 'what' });
    expect(classifyPlainLine('(Sigh) okay', 1)).toEqual({ kind: 'text', text: '(Sigh) okay' });
    expect(classifyPlainLine('(data) release', 1)).toEqual({ kind: 'text', text: '(data) release' });
  });
});
