/**
 * Plain-text transcripts, against fixtures/plain/ (written by us), in Node and in workerd.
 * - standup-bracketed.txt: a title, a `Date:` line, a blank line, then 15 `[hh:mm:ss] Name: text`
 *   turns on lines 4-22; line 6 wraps Łukasz's turn; lines 16 is a second paragraph of 李娜's turn
 *   starting "Blocked on fonts:" (a sentence, not a speaker).
 * - debrief-parenthesized.txt: a title with a colon, a blank line, 18 `Name (hh:mm:ss): text` turns on lines 3-20.
 * - elitr-style-sync.txt: ELITR `(X)` codes on 31 lines (17 and 23 blank): continuation lines
 *   6-7 and 21-22, two speakers on line 11 and on line 26, three on line 29, `(??)` opening line 13
 *   and alone on line 28 (inaudible speech, no speaker), `(??)` and `(word)` inside text, `<laugh>`.
 * - latin1-notes.txt (Windows-1252) and utf16-notes.txt (UTF-16LE with BOM): `Name: text`, 16 turns each,
 *   written by fixtures/plain/build-encoded-fixtures.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import debriefB64 from '../../fixtures/plain/debrief-parenthesized.txt?base64';
import elitrB64 from '../../fixtures/plain/elitr-style-sync.txt?base64';
import latin1B64 from '../../fixtures/plain/latin1-notes.txt?base64';
import standupB64 from '../../fixtures/plain/standup-bracketed.txt?base64';
import utf16B64 from '../../fixtures/plain/utf16-notes.txt?base64';
import { decodeText } from '../../src/parse/decode';
import { TranscriptError } from '../../src/parse/errors';
import { splitAtInlineCodes } from '../../src/parse/formats/elitr-codes';
import { classifyPlainLine } from '../../src/parse/formats/plain-line';
import { plainText } from '../../src/parse/formats/plain-text';
import { bytesOf, textOf, errorOf } from '../helpers/parse-kit';

describe('plain: [hh:mm:ss] Name: text (standup fixture)', () => {
  const parsed = plainText.parse(textOf(standupB64));

  it('reads the header into metadata and the 15 turns with their times', () => {
    expect(parsed.format).toBe('plain');
    expect(parsed.metadata).toEqual({ title: 'Platform team stand-up', date: 'Tuesday, 4 March 2025' });
    expect(parsed.skipped).toEqual([]);
    expect(parsed.cues).toHaveLength(15);
    expect(parsed.cues.map((c) => c.line)).toEqual([4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 18, 19, 20, 21, 22]);
    expect(parsed.cues[0]).toEqual({
      speaker: 'Zoë Adams',
      startMs: 4_000,
      endMs: null,
      text: "Morning, everyone. Let's go round quickly, we have the demo at ten.",
      line: 4,
    });
    expect(parsed.cues[14]).toMatchObject({ speaker: 'Zoë Adams', startMs: 83_000, line: 22 });
  });

  it('appends wrapped lines and later paragraphs to the turn they belong to', () => {
    expect(parsed.cues[1]!.text).toBe(
      "Yesterday I finished the retry logic for the webhook sender. Today I'm writing the tests for it, and I'll pair with Дмитрий on the queue metrics.",
    );
    expect(parsed.cues[9]).toEqual({
      speaker: '李娜',
      startMs: 56_000,
      endMs: null,
      text: "I'm on the export page. The CSV part is done, the PDF part needs one more day. Blocked on fonts: the PDF library can't print Chinese names yet.",
      line: 14,
    });
  });

  it('keeps labels in every script', () => {
    expect([...new Set(parsed.cues.map((c) => c.speaker))]).toEqual([
      'Zoë Adams',
      'Łukasz Nowak',
      'Дмитрий Иванов',
      '李娜',
      'Παναγιώτης Παπαδόπουλος',
    ]);
    expect(parsed.cues[10]).toMatchObject({
      speaker: 'Παναγιώτης Παπαδόπουλος',
      startMs: 69_000,
      text: 'I can help there, I had the same problem with Greek. 🙂',
    });
  });
});

describe('plain: Name (hh:mm:ss): text (debrief fixture)', () => {
  const parsed = plainText.parse(textOf(debriefB64));

  it('takes the first line with a colon for a title, not a speaker', () => {
    expect(parsed.metadata).toEqual({ title: 'Hiring debrief: backend engineer candidate' });
    expect(parsed.cues.some((c) => c.speaker === 'Hiring debrief')).toBe(false);
  });

  it('reads 18 turns on lines 3-20', () => {
    expect(parsed.cues).toHaveLength(18);
    expect(parsed.cues.map((c) => c.line)).toEqual(Array.from({ length: 18 }, (_, i) => i + 3));
    expect(parsed.cues[0]).toEqual({
      speaker: 'Zoë Adams',
      startMs: 2_000,
      endMs: null,
      text: "Thanks for joining. Let's keep this to fifteen minutes.",
      line: 3,
    });
    expect(parsed.cues[7]).toMatchObject({ speaker: 'Дмитрий Иванов', startMs: 44_000, line: 10 });
    expect(parsed.cues[15]).toMatchObject({ speaker: '李娜', startMs: 84_000, text: 'Yes from me. 👍', line: 18 });
    expect(parsed.cues[17]).toMatchObject({ speaker: 'Zoë Adams', startMs: 88_000, line: 20 });
  });
});

describe('plain: ELITR (X) codes (sync fixture)', () => {
  const text = textOf(elitrB64);
  const parsed = plainText.parse(text);

  it("makes one cue per line segment: 33 cues from 29 lines, the lone (??) an unknown speaker's", () => {
    expect(parsed.cues).toHaveLength(33);
    expect(parsed.skipped).toEqual([]);
    expect(parsed.cues.find((c) => c.line === 28)).toEqual({
      speaker: null,
      startMs: null,
      endMs: null,
      text: '(??)',
      line: 28,
    });
    expect(parsed.cues.every((c) => c.startMs === null && c.endMs === null)).toBe(true);
  });

  it('finds five speaker codes; (??) is inaudible speech by an unknown speaker, never a person', () => {
    expect([...new Set(parsed.cues.map((c) => c.speaker))]).toEqual(['A', 'B', 'C', 'D', null, 'E']);
    expect(parsed.cues.find((c) => c.line === 13)).toEqual({
      speaker: null,
      startMs: null,
      endMs: null,
      text: '(??) Can you hear me now?',
      line: 13,
    });
  });

  it('gives continuation lines to the last speaker', () => {
    expect(parsed.cues.filter((c) => c.line! >= 5 && c.line! <= 7).map((c) => [c.speaker, c.line])).toEqual([
      ['B', 5],
      ['B', 6],
      ['B', 7],
    ]);
    expect(parsed.cues.filter((c) => c.line! >= 20 && c.line! <= 22).map((c) => [c.speaker, c.text])).toEqual([
      ['E', 'Hopefully by Friday.'],
      ['E', '<laugh>'],
      ['E', 'Or Monday at the latest.'],
    ]);
  });

  it('splits lines with several speakers', () => {
    const on = (line: number) => parsed.cues.filter((c) => c.line === line).map((c) => [c.speaker, c.text]);
    expect(on(11)).toEqual([
      ['D', 'I can help with that.'],
      ['A', 'Thanks, that would be great.'],
    ]);
    expect(on(26)).toEqual([
      ['B', "Oh, that's a bug in the tokenizer."],
      ['C', 'Can you fix it this week?'],
    ]);
    expect(on(29)).toEqual([
      ['A', 'Okay, anything else?'],
      ['B', 'No.'],
      ['C', "No, that's all."],
    ]);
  });

  it('keeps (??), uncertain (words) and <laugh> inside the text', () => {
    const at = (line: number) => parsed.cues.find((c) => c.line === line)!.text;
    expect(at(10)).toBe('Not yet, the (??) files are still being cut.');
    expect(at(4)).toBe('Good. So first the ASR status, then the (data) release, then any other business.');
    expect(at(8)).toBe("That's great. <laugh>");
  });

  it('accounts for every non-blank line', () => {
    const used = new Set([...parsed.cues.map((c) => c.line), ...parsed.skipped!.map((s) => s.line)]);
    const nonBlank = text.split('\n').flatMap((l, i) => (l.trim() === '' ? [] : [i + 1]));
    expect(nonBlank).toHaveLength(29);
    expect(nonBlank.filter((n) => !used.has(n))).toEqual([]);
  });
});

describe('plain: legacy encodings through decodeText', () => {
  it('reads Windows-1252 notes', () => {
    const decoded = decodeText(bytesOf(latin1B64));
    expect(decoded.encoding).toBe('windows-1252');
    const parsed = plainText.parse(decoded.text);
    expect(parsed.cues).toHaveLength(16);
    expect(parsed.cues[0]).toEqual({
      speaker: 'Zoë',
      startMs: null,
      endMs: null,
      text: 'Ça va? On commence?',
      line: 1,
    });
    expect(parsed.cues[3]!.text).toBe('4 500 € pour le stand, plus les déplacements… à peu près 6 000 € au total.');
    expect(parsed.cues[6]!.text).toBe('D’accord. Et l’œuvre pour l’accueil?');
    expect([...new Set(parsed.cues.map((c) => c.speaker))]).toEqual(['Zoë', 'Rémi']);
  });

  it('reads UTF-16LE notes with a BOM', () => {
    const decoded = decodeText(bytesOf(utf16B64));
    expect(decoded).toMatchObject({ encoding: 'utf-16le', hadBom: true });
    const parsed = plainText.parse(decoded.text);
    expect(parsed.metadata).toEqual({ title: 'Weekly sync notes' });
    expect(parsed.cues).toHaveLength(16);
    expect(parsed.cues[0]).toEqual({
      speaker: '李娜',
      startMs: null,
      endMs: null,
      text: 'Good morning! Shall we start with the release?',
      line: 3,
    });
    expect(parsed.cues[1]!.text).toBe('Yes. The build is green since yesterday evening. 🎉');
    expect(parsed.cues[15]).toMatchObject({ speaker: 'Zoë', text: 'Great, then we ship on Thursday.', line: 18 });
  });
});

describe('plain: every label form', () => {
  it.each([
    ['Zoë Adams: Shall we start?', 'Zoë Adams', null],
    ['[00:01:02] Zoë Adams: Shall we start?', 'Zoë Adams', 62_000],
    ['00:01:02 Zoë Adams: Shall we start?', 'Zoë Adams', 62_000],
    ['Zoë Adams (00:01:02): Shall we start?', 'Zoë Adams', 62_000],
    ['Zoë Adams [00:01:02]: Shall we start?', 'Zoë Adams', 62_000],
    ['Zoë Adams [1:01:02.5]: Shall we start?', 'Zoë Adams', 3_662_500],
  ])('%s', (line, speaker, startMs) => {
    expect(classifyPlainLine(line, 1)).toEqual({ kind: 'label', speaker, startMs, text: 'Shall we start?' });
  });

  it('reads a timestamp without a name as a cue without a speaker', () => {
    expect(classifyPlainLine('[00:00:07] Can everyone hear me?', 1)).toEqual({
      kind: 'label',
      speaker: null,
      startMs: 7_000,
      text: 'Can everyone hear me?',
    });
  });

  it('leaves sentences with times and colons as text', () => {
    expect(classifyPlainLine('10:30 we start, sharp', 1)).toEqual({ kind: 'text', text: '10:30 we start, sharp' });
    expect(classifyPlainLine('Note: the budget is fixed', 1)).toEqual({
      kind: 'text',
      text: 'Note: the budget is fixed',
    });
    expect(classifyPlainLine('Blocked on fonts: the PDF library fails', 1)).toEqual({
      kind: 'text',
      text: 'Blocked on fonts: the PDF library fails',
    });
    expect(classifyPlainLine('Zoë (PM): Hello', 1)).toEqual({
      kind: 'label',
      speaker: 'Zoë (PM)',
      startMs: null,
      text: 'Hello',
    });
  });

  it.each([
    ['[00:61:02] Zoë: Shall we start?', '"00:61:02"'],
    ['[0x:01:02] Zoë: Shall we start?', '"0x:01:02"'],
    ['00:61:02 Zoë: Shall we start?', '"00:61:02"'],
    ['Zoë (00:01:75): Shall we start?', '"00:01:75"'],
  ])('rejects the malformed timestamp in %s', (line, quoted) => {
    const err = errorOf(() => plainText.parse(`Zoë: Hi.\n\n${line}\nŁukasz: Yes.\n`));
    expect(err.code).toBe('malformed-timestamp');
    expect(err.line).toBe(3);
    expect(err.message).toContain(quoted);
  });

  it('splits inline codes only after a sentence end and only for codes that open a line', () => {
    const known = new Set(['D', 'S', 'A']);
    expect(splitAtInlineCodes('Thanks. (S) So yeah', known)).toEqual([
      { code: null, text: 'Thanks.' },
      { code: 'S', text: 'So yeah' },
    ]);
    expect(splitAtInlineCodes('integrating ASR and (MT) into one. (MT) again', known)).toEqual([
      { code: null, text: 'integrating ASR and (MT) into one. (MT) again' },
    ]);
    expect(splitAtInlineCodes('plan (A) is cheaper', known)).toEqual([{ code: null, text: 'plan (A) is cheaper' }]);
  });

  it('reads a code written without a space after it, as real ELITR files do', () => {
    expect(classifyPlainLine('(B)And we will interface.', 1)).toEqual({
      kind: 'code',
      code: 'B',
      text: 'And we will interface.',
    });
    expect(classifyPlainLine('(s)he said so', 1)).toEqual({ kind: 'text', text: '(s)he said so' });
  });

  it('reads the brief example (D) Thanks. (S) So yeah as two cues', () => {
    const parsed = plainText.parse('(D) Thanks. (S) So yeah\n(S) Right.\n');
    expect(parsed.cues.map((c) => [c.speaker, c.text, c.line])).toEqual([
      ['D', 'Thanks.', 1],
      ['S', 'So yeah', 1],
      ['S', 'Right.', 2],
    ]);
  });
});

describe('plain: a one-line transcript', () => {
  it.each(['Ana: hello there.', 'Ana: hello there.\n', '\nAna: hello there.\n\n'])(
    'reads %j as one person saying one thing',
    (text) => {
      expect(plainText.parse(text).cues).toEqual([
        { speaker: 'Ana', startMs: null, endMs: null, text: 'hello there.', line: text.startsWith('\n') ? 2 : 1 },
      ]);
    },
  );

  it('still takes a lone first label above a blank line and more text for a title', () => {
    const parsed = plainText.parse('Retro: sprint 9\n\nAna: hello there.\nBo: hi.\n');
    expect(parsed.metadata).toEqual({ title: 'Retro: sprint 9' });
    expect(parsed.cues.map((c) => c.speaker)).toEqual(['Ana', 'Bo']);
  });
});

describe('plain: text without labels, and time markers', () => {
  it('makes one cue per paragraph without a speaker', () => {
    const parsed = plainText.parse('We talked about the budget.\nIt is tight.\n\nThen about hiring.\n');
    expect(parsed.cues).toEqual([
      { speaker: null, startMs: null, endMs: null, text: 'We talked about the budget. It is tight.', line: 1 },
      { speaker: null, startMs: null, endMs: null, text: 'Then about hiring.', line: 4 },
    ]);
  });

  it('does not make a speaker of one stray "Word:" in prose', () => {
    const parsed = plainText.parse('Notes from the offsite.\nBudget: we need more.\nThe rest went fine.\n');
    expect(parsed.cues).toHaveLength(1);
    expect(parsed.cues[0]!.speaker).toBeNull();
  });

  it('dates the cue after a bare time marker and says the timings are partial', () => {
    const parsed = plainText.parse('00:00:00\nZoë: Hi.\nŁukasz: Hello.\n00:05:00\nZoë: Next topic.\n');
    expect(parsed.cues.map((c) => [c.speaker, c.startMs])).toEqual([
      ['Zoë', 0],
      ['Łukasz', null],
      ['Zoë', 300_000],
    ]);
    expect(parsed.timingsAreReal).toBe(false);
  });

  it('skips header lines it cannot place, with their line numbers', () => {
    const parsed = plainText.parse(
      'Team sync\nAttendees: Zoë, Łukasz\n(recording started late)\n\nZoë: Hi.\nŁukasz: Hello.\n',
    );
    expect(parsed.metadata).toEqual({ title: 'Team sync', attendees: 'Zoë, Łukasz' });
    expect(parsed.skipped).toEqual([
      { line: 3, reason: 'text before the first speaker label: "(recording started late)"' },
    ]);
    expect(parsed.cues.map((c) => c.line)).toEqual([5, 6]);
  });
});

describe('plain: sniff', () => {
  it('is moderate for labelled text and low for prose', () => {
    expect(plainText.sniff(textOf(standupB64))).toBeGreaterThanOrEqual(0.5);
    expect(plainText.sniff(textOf(elitrB64))).toBeGreaterThanOrEqual(0.5);
    expect(plainText.sniff(textOf(debriefB64))).toBeGreaterThanOrEqual(0.5);
    expect(plainText.sniff('Some notes about the offsite, written on the train.')).toBe(0.2);
    expect(plainText.sniff('12345 67890\n---\n')).toBe(0.05);
  });

  it('never says more than 0.6, so that specific formats win', () => {
    expect(plainText.sniff('Zoë: Hi.\nŁukasz: Hello.\nZoë: Shall we?\n')).toBe(0.6);
  });
});

describe('plain: hostile input', () => {
  it('gets through 5 MB lines', () => {
    expect(plainText.parse(`Zoë: ${'a'.repeat(5_000_000)}\nŁukasz: ok`).cues).toHaveLength(2);
    expect(plainText.parse(`Zoë${' '.repeat(5_000_000)}: hi\nŁukasz: ok`).cues.length).toBeGreaterThan(0);
    expect(plainText.parse(`(A) ${'. '.repeat(2_500_000)}(B) ok\n(B) fine`).cues).toHaveLength(3);
    expect(plainText.sniff(`[${'0:'.repeat(2_500_000)}`)).toBeGreaterThan(0);
  });

  it('throws nothing but TranscriptError on any text', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('Z', 'a', ' ', '\n', '\n\n', '(', ')', '[', ']', '?', 'A', '0', '6', ':', '.', 'x'),
          maxLength: 200,
        }),
        (text) => {
          try {
            plainText.sniff(text);
            plainText.parse(text);
          } catch (err) {
            if (!(err instanceof TranscriptError)) throw err;
          }
        },
      ),
    );
  });
});
