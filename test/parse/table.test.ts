/**
 * Transcript tables (CSV/TSV with a header), against fixtures/table/ (written by us), in Node and in workerd.
 * weekly-sync.csv: Excel-style CRLF CSV, "Speaker,Start Time,End Time,Text", clock times, quoted commas,
 * doubled quotes, one text over two lines (rows 6-7), a row without speaker ([laughter]) and a row without text.
 * standup.tsv: "Name<TAB>Timestamp<TAB>Transcript", start times in seconds, no end column, five scripts.
 */
import { describe, expect, it } from 'vitest';
import standupB64 from '../../fixtures/table/standup.tsv?base64';
import weeklySyncB64 from '../../fixtures/table/weekly-sync.csv?base64';
import { ingest, parseText } from '../../src/parse/index';
import { delimiterOf, table, timeCell } from '../../src/parse/formats/table';
import { mapColumns, normalizeHeader } from '../../src/parse/formats/table-columns';
import { bytesOf, errorOf, textOf } from '../helpers/parse-kit';

describe('table: weekly-sync.csv', () => {
  const parsed = parseText(textOf(weeklySyncB64));

  it("is detected from content and read row by row, with each row's line", () => {
    expect(parsed.format).toBe('table');
    expect(parsed.cues).toEqual([
      {
        speaker: 'Zoë',
        startMs: 1000,
        endMs: 4100,
        text: "Okay, let's get started. Thanks for joining, everyone.",
        line: 2,
      },
      {
        speaker: 'Zoë',
        startMs: 4600,
        endMs: 8500,
        text: 'First item is the beta release. Łukasz, where are we?',
        line: 3,
      },
      {
        speaker: 'Łukasz',
        startMs: 9200,
        endMs: 13900,
        text: 'We merged the offline sync on Tuesday. Two bugs are still open.',
        line: 4,
      },
      {
        speaker: 'Дмитрий',
        startMs: 22500,
        endMs: 26800,
        text: 'I can confirm. I reproduced the "second" one on Android yesterday.',
        line: 5,
      },
      {
        speaker: '李娜',
        startMs: 37500,
        endMs: 43400,
        text: 'From the data side, crash reports went down by forty percent.\nSince the last build, that is.',
        line: 6,
      },
      { speaker: null, startMs: 44000, endMs: 44900, text: '[laughter]', line: 8 },
      // Line 9 (Παναγιώτης with no text) is left out.
      {
        speaker: 'Παναγιώτης',
        startMs: 57100,
        endMs: 61800,
        text: 'Yes. I simplified the first screen, there are only two buttons now.',
        line: 10,
      },
    ]);
  });

  it('becomes a transcript of five people; the laughter is an event, not speech', () => {
    const t = ingest(bytesOf(weeklySyncB64), { fileName: 'weekly-sync.csv' });
    expect(t.format).toBe('table');
    expect(t.speakers.map((s) => s.name)).toEqual(['Zoë', 'Łukasz', 'Дмитрий', '李娜', 'Παναγιώτης']);
    expect(t.hasTimings).toBe(true);
    expect(t.utterances).toHaveLength(6);
    expect(t.events).toHaveLength(1);
  });
});

describe('table: standup.tsv', () => {
  it('reads Name/Timestamp/Transcript with start times in seconds and no end', () => {
    const parsed = parseText(textOf(standupB64));
    expect(parsed.format).toBe('table');
    expect(parsed.cues.map((c) => [c.speaker, c.startMs, c.endMs, c.line])).toEqual([
      ['Ana Souza', 0, null, 2],
      ['Kenji Watanabe', 3500, null, 3],
      ['Ana Souza', 7250, null, 4],
      ['Kenji Watanabe', 12000, null, 5],
      ['Fatima Al-Sayed', 20800, null, 6],
    ]);
    expect(parsed.cues[1]!.text).toBe('はい、準備できています。');
    expect(parsed.cues[4]!.text).toBe('مرحبا، I can add the regional breakdown.');
  });
});

describe('table: header synonyms, delimiters and units', () => {
  it.each([
    [
      'Participant;Start;End;Utterance\nMaria López;0:01;0:04;¿Empezamos?\n',
      { speaker: 'Maria López', startMs: 1000, endMs: 4000, text: '¿Empezamos?', line: 2 },
    ],
    [
      'sep=;\nSpeaker Name;Begin Time;Content\nOla;1.5;Hei!\n',
      { speaker: 'Ola', startMs: 1500, endMs: null, text: 'Hei!', line: 3 },
    ],
    [
      'speaker,start_ms,end_ms,text\nspk_0,1500,2250,Hello\n',
      { speaker: 'spk_0', startMs: 1500, endMs: 2250, text: 'Hello', line: 2 },
    ],
    ['"Speaker","Text"\n"Zoë","Hi, all"\n', { speaker: 'Zoë', startMs: null, endMs: null, text: 'Hi, all', line: 2 }],
  ])('%j', (text, cue) => {
    const parsed = parseText(text);
    expect(parsed.format).toBe('table');
    expect(parsed.cues).toEqual([cue]);
  });

  it('maps columns by name, whatever their order, and needs a speaker and a text', () => {
    expect(mapColumns(['Transcript', 'Start Time (s)', 'Speaker'])).toEqual({
      speaker: 2,
      text: 0,
      start: 1,
      end: null,
      startInMs: false,
      endInMs: false,
    });
    expect(mapColumns(['file', 'beg', 'end', 'text'])).toBeNull();
    expect(mapColumns(['Speaker', 'Start', 'End'])).toBeNull();
    expect(normalizeHeader(' Start_Time (s) ')).toBe('start time');
    expect(delimiterOf('a;b,c;d')).toBe(';');
  });

  it('times: seconds, clock times, milliseconds when the header says so', () => {
    expect(timeCell('62.5', false, 4, 'Start')).toBe(62500);
    expect(timeCell('1:02:03.5', false, 4, 'Start')).toBe(3723500);
    expect(timeCell('1500', true, 4, 'start_ms')).toBe(1500);
    expect(timeCell('', false, 4, 'Start')).toBeNull();
  });
});

describe('table: what it does not claim, and broken tables', () => {
  it('a timed-word table without a speaker column keeps its unknown-format error', () => {
    for (const text of [
      'file\tbeg\tend\ttext\nhamlet.wav\t1.1\t2.2\tto be\nhamlet.wav\t3.3\t4.4\tor not\n',
      'test.wav 1 0.5 0.3 hello\ntest.wav 1 0.8 0.4 world\n',
    ]) {
      expect(table.sniff(text)).toBe(0);
      const err = errorOf(() => parseText(text));
      expect(err.code).toBe('unknown-format');
      expect(err.message).toContain('a table of timed words (CTM/TSV), which is not supported');
    }
  });

  it('an XML document or an HTML page is refused by name, not read as one paragraph of plain text', () => {
    // An AMI NXT word file (one speaker channel of a meeting) was analysed as a single utterance of markup by
    // "Unknown speaker"; a saved web page would have been the same.
    const cases: Array<[string, string]> = [
      [
        '<?xml version="1.0" encoding="ISO-8859-1"?>\n<nite:root>\n  <w starttime="0.37" endtime="0.95">Hmm</w>\n</nite:root>\n',
        'an XML document starting with "<?xml version=\\"1.0\\" encoding=\\"ISO-8859-1\\"?>"',
      ],
      [
        '<!DOCTYPE html>\n<html><body><p>Ana: hello</p></body></html>\n',
        'an HTML page starting with "<!DOCTYPE html>"',
      ],
      ['  <html lang="en">\n<p>Ana: hello</p>\n</html>\n', 'an HTML page starting with "<html lang=\\"en\\">"'],
    ];
    for (const [text, seen] of cases) {
      const err = errorOf(() => ingest(new TextEncoder().encode(text), { fileName: 'meeting.xml' }));
      expect(err.code).toBe('unknown-format');
      expect(err.line).toBe(1);
      expect(err.message).toContain(`the file is ${seen}, which is not supported`);
    }
    // A line that only starts with an angle bracket is still a transcript.
    expect(parseText('<Ana> hello, everyone\n<Ben> morning\n').cues.length).toBeGreaterThan(0);
  });

  it('a table that is not a transcript is refused by its columns, not read as paragraphs of plain text', () => {
    // A list of users and dates (the name column alone is not a transcript) was analysed as one utterance by
    // "Unknown speaker"; a dataset of requests with scores came back as 17 "speakers" named by its cells.
    const cases: Array<[string, string, string]> = [
      [
        'admins.csv',
        'User,Adminship date\ncnwb,2005-12-04\neugene van der pijll,2005-06-08\nwoody,NA\nmsgj,2009-02-24\n',
        'a CSV table with the columns "User", "Adminship date", and no text column',
      ],
      [
        'requests.csv',
        'Community,Id,Request,Score\nWikipedia,1,"Could you, please, look again?",0.5\n' +
          'Wikipedia,2,Why was this removed: who decided?,-0.3\nWikipedia,3,Thanks for the fix.,0.9\n',
        'a CSV table with the columns "Community", "Id", "Request", "Score", and no speaker or text column',
      ],
      [
        'manifest.tsv',
        'local_path\tsource_repo\tbytes\nformats/a.json\tacme/a\t120\nformats/b.json\tacme/b\t98\nc.vtt\tacme/c\t77\n',
        'a TSV table with the columns "local_path", "source_repo", "bytes", and no speaker or text column',
      ],
    ];
    for (const [fileName, text, seen] of cases) {
      const err = errorOf(() => ingest(new TextEncoder().encode(text), { fileName }));
      expect(err.code).toBe('unknown-format');
      expect(err.line).toBe(1);
      expect(err.message).toContain(`the file is ${seen}`);
      expect(err.message).toContain('needs a header naming at least a speaker and a text column');
    }
    // A tab-separated table whose first line lost a cell is described by that line, not called timed words.
    const damaged = errorOf(() =>
      parseText('Nstamp\tTranscript\nAna Souza\t0\tBom dia\nKenji\t3.5\tHai\nAna Souza\t7.25\tÓtimo\n'),
    );
    expect(damaged.code).toBe('unknown-format');
    expect(damaged.message).toContain(
      'the file is a TSV table with the columns "Nstamp", "Transcript", and no speaker column',
    );
    // A first line with no tab at all over tab-separated rows names no columns.
    const headless = errorOf(() =>
      parseText('Transcript\nAna Souza\t0\tBom dia\nKenji\t3.5\tHai\nAna Souza\t7.25\tÓtimo\n'),
    );
    expect(headless.message).toContain(
      'the file is a tab-separated table whose first line ("Transcript") names no columns',
    );
    // Sent as CSV, the table reader's own error says the same: the file said it was a table, and this one is not a
    // transcript's.
    const err = errorOf(() => ingest(new TextEncoder().encode(cases[0]![1]), { contentType: 'text/csv' }));
    expect(err.code).toBe('invalid-structure');
    expect(err.line).toBe(1);
    expect(err.message).toContain(`the file is ${cases[0]![2]}`);
  });

  it('talk with commas in it is still talk, not a table', () => {
    // Under a short first line with one comma, every line has one comma, as rows of a two-column table would:
    // the speakers' names before a colon say it is talk.
    const notes =
      'Weekly sync, March\nAna: we shipped it, finally.\nBo: great, thanks.\nAna: next, the docs.\nBo: yes, Friday.\n';
    expect(parseText(notes).cues.map((c) => c.speaker)).toEqual(['Ana', 'Bo', 'Ana', 'Bo']);
    // A first line longer than a column name is no header.
    const talk =
      'Ana: Morning, everyone, and thanks for coming in early today\nBo: Sure, happy to\nAna: Good, so\nBo: Right, go\n';
    expect(parseText(talk).cues.map((c) => c.speaker)).toEqual(['Ana', 'Bo', 'Ana', 'Bo']);
  });

  it('prose that mentions a speaker is not a table', () => {
    expect(table.sniff('Speaker: hello, text is here\nAna: yes\n')).toBe(0);
    expect(parseText('Ana: Speaker, text.\nBo: Sure.\n').format).toBe('plain');
  });

  it.each([
    [
      'an unreadable start time',
      'Speaker,Start,Text\nAna,0:01,Hi\nBo,soon,Hello\n',
      'malformed-timestamp',
      3,
      /column "Start": "soon" is not a time/,
    ],
    [
      'an end before the start',
      'Speaker,Start,End,Text\nAna,5,2,Hi\n',
      'malformed-timestamp',
      2,
      /the end time \(2 s\) is before the start time \(5 s\)/,
    ],
    [
      'a quote that never closes',
      'Speaker,Start,Text\nAna,1,"Hi\nBo,2,Hello\n',
      'invalid-structure',
      2,
      /CSV table is malformed: Quote Not Closed/,
    ],
    [
      'a row with more cells than the header',
      'Speaker\tStart\tText\nAna\t1\tHi\nBo\t2\tHello\textra\n',
      'invalid-structure',
      3,
      /TSV table is malformed: Invalid Record Length: expect 3, got 4/,
    ],
  ])('%s: a clear error at its line', (_what, text, code, line, message) => {
    const err = errorOf(() => parseText(text));
    expect(err.code).toBe(code);
    expect(err.line).toBe(line);
    expect(err.message).toMatch(message);
  });

  it('a .tsv or .csv file name does not make a timed-word table a transcript', () => {
    for (const fileName of ['words.tsv', 'words.csv']) {
      const bytes = new TextEncoder().encode('file\tbeg\tend\ttext\na.wav\t0.0\t1.0\thello\na.wav\t2.0\t4.0\tworld\n');
      const err = errorOf(() => ingest(bytes, { fileName }));
      expect(err.code).toBe('unknown-format');
      expect(err.message).toContain('a table of timed words (CTM/TSV), which is not supported');
    }
  });

  it('a header with no speech below is no speech', () => {
    expect(
      errorOf(() => ingest(new TextEncoder().encode('Speaker,Start,Text\nAna,1,\n'), { fileName: 'x.csv' })).code,
    ).toBe('no-speech');
  });
});
