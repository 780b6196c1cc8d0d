/**
 * The catalogue of hostile and awkward uploads, through the real route in workerd, each with its
 * status and error code. bad-inputs.test.ts covers the basic refusals (empty body, no content type,
 * PNG/PDF as text/plain, a non-Word ZIP declared as DOCX, broken JSON, a header-only WebVTT, NUL
 * bytes in text, JSON null); this file covers the rest of the issue's list. Encodings that real
 * tools write must parse (201); everything else gets a 4xx with a JSON error code.
 */
import { zipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { repeatedByteDeflate, zipOf } from '../fuzz/helpers/zip-bomb';
import { call, callApp, expectError, utf8 } from './helpers/api';
import { KEY_ALPHA } from './helpers/test-keys';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const VTT =
  'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nZoë: Shall we start?\n\n00:00:03.500 --> 00:00:05.000\nBo: Yes, ready.\n';

interface Created {
  id: string;
  links: { self: string; report: string };
  meeting: { title: string };
  transcript: {
    format: string;
    encoding: string;
    speakers: Array<{ name: string }>;
    utterances: Array<{ text: string; startMs: number | null; endMs: number | null }>;
    issues: Array<{ code: string; count: number }>;
    wordCount: number;
  };
  turnTaking: { speakers: Array<{ name: string; talkShare: number }> };
}

const post = (body: BodyInit, headers: Record<string, string> = {}, query = '') =>
  call(KEY_ALPHA, `/v1/analyses${query}`, { method: 'POST', body, headers });

/** Expects 201 and returns the analysis. */
async function created(res: Response): Promise<Created> {
  const text = await res.text();
  expect(res.status, text).toBe(201);
  return JSON.parse(text) as Created;
}

function upload(name: string, bytes: Uint8Array, type = ''): FormData {
  const form = new FormData();
  form.append('file', new File([bytes], name, { type }));
  return form;
}

/** UTF-16 code units, little- or big-endian, with or without a BOM. */
function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = `${bom ? '\ufeff' : ''}${text}`;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const code = units.charCodeAt(i);
    out[2 * i + (littleEndian ? 0 : 1)] = code & 0xff;
    out[2 * i + (littleEndian ? 1 : 0)] = code >> 8;
  }
  return out;
}

describe('a wrong content type: the content decides, the label only breaks ties', () => {
  it.each([
    ['WebVTT labelled application/json', VTT, 'application/json', 'webvtt'],
    ['SRT labelled text/vtt', '1\n00:00:01,000 --> 00:00:03,000\nZoë: Shall we start?\n', 'text/vtt', 'srt'],
    [
      'Whisper JSON labelled text/vtt',
      '{"text":"hi","segments":[{"start":1,"end":3,"text":"Shall we start?"}]}',
      'text/vtt',
      'whisper-json',
    ],
    ['WebVTT labelled as a Word document', VTT, DOCX, 'webvtt'],
    ['UTF-8 labelled charset=utf-16', VTT, 'text/plain; charset=utf-16', 'webvtt'],
  ])('%s -> 201', async (_name, body, type, format) => {
    expect((await created(await post(body, { 'Content-Type': type }))).transcript.format).toBe(format);
  });

  it('a multipart file part that claims to be an image but holds WebVTT -> 201', async () => {
    expect((await created(await post(upload('standup.vtt', utf8(VTT), 'image/png')))).transcript.format).toBe('webvtt');
  });

  it.each(['text/html', 'application/pdf', 'application/octet-stream', 'application/xml'])(
    'a raw body labelled %s -> 415 unsupported-media-type',
    async (type) => {
      await expectError(await post(VTT, { 'Content-Type': type }), 415, 'unsupported-media-type');
    },
  );
});

describe('binary files', () => {
  const PDF = utf8('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n');
  const PNG = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52);
  const ZIP_OF_NOTES = zipSync({ 'notes.txt': utf8('Zoë: hi'), 'photo.jpg': new Uint8Array(10) });

  it.each<[string, BodyInit, Record<string, string>, string]>([
    ['a PDF labelled application/json', PDF, { 'Content-Type': 'application/json' }, 'a PDF document'],
    ['a PNG uploaded as photo.png', upload('photo.png', PNG, 'image/png'), {}, 'a PNG image'],
    ['a ZIP of notes labelled text/plain', ZIP_OF_NOTES, { 'Content-Type': 'text/plain' }, 'a ZIP archive'],
    [
      'a gzip file',
      Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3),
      { 'Content-Type': 'text/plain' },
      'a gzip archive',
    ],
    [
      'an MP3 recording',
      utf8('ID3\u0004\u0000\u0000\u0000\u0000\u0000\u0000rest of the audio'),
      { 'Content-Type': 'text/plain' },
      'an MP3 audio file',
    ],
    [
      'an M4A recording',
      Uint8Array.of(0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70, 0x4d, 0x34, 0x41, 0x20),
      { 'Content-Type': 'text/plain' },
      'an MP4/M4A media file',
    ],
  ])('%s -> 415 binary-input, saying what it is', async (_name, body, headers, detected) => {
    const error = await expectError(await post(body, headers), 415, 'binary-input');
    expect(error.error.details?.detected).toBe(detected);
  });

  it('a ZIP of notes uploaded as notes.docx -> 422 invalid-docx', async () => {
    const error = await expectError(await post(upload('notes.docx', ZIP_OF_NOTES, DOCX)), 422, 'invalid-docx');
    expect(error.error.message).toContain('not a Word document');
  });

  it('a zip bomb (1 GiB of document.xml in 6.8 MB, its header claiming 1,000 bytes) -> 422 invalid-docx', async () => {
    const bomb = zipOf([
      {
        name: 'word/document.xml',
        data: repeatedByteDeflate(0x20, Math.ceil(1024 ** 3 / 258)),
        method: 8,
        declaredSize: 1000,
      },
    ]);
    const error = await expectError(await post(bomb, { 'Content-Type': DOCX }), 422, 'invalid-docx');
    expect(error.error.message).toContain('more than the 1000 bytes its header declares');
  });
});

describe('encodings real tools write: all parse', () => {
  const TEXT = 'Zoë Adams: Ça va? On commence?\nRémi: Oui, 4 500 € pour le stand.\n';

  it.each<[string, Uint8Array, string]>([
    ['UTF-16LE with a BOM (Windows Notepad "Unicode")', utf16(TEXT, true, true), 'utf-16le'],
    ['UTF-16BE with a BOM', utf16(TEXT, false, true), 'utf-16be'],
    ['UTF-16LE without a BOM', utf16(TEXT, true, false), 'utf-16le'],
    ['UTF-16BE without a BOM', utf16(TEXT, false, false), 'utf-16be'],
    ['UTF-8 with a BOM', utf8(`\ufeff${TEXT}`), 'utf-8'],
  ])('%s -> 201', async (_name, bytes, encoding) => {
    const analysis = await created(await post(bytes, { 'Content-Type': 'text/plain' }));
    expect(analysis.transcript.encoding).toBe(encoding);
    expect(analysis.transcript.speakers.map((s) => s.name)).toEqual(['Zoë Adams', 'Rémi']);
    expect(analysis.transcript.utterances[1]!.text).toBe('Oui, 4 500 € pour le stand.');
  });

  it('Windows-1252 (Latin-1 with €) -> 201, read as windows-1252 with a warning', async () => {
    // "Zoë" has ë = 0xEB; "€" is 0x80 in Windows-1252 (not in ISO-8859-1); "Ça" has Ç = 0xC7.
    const bytes = Uint8Array.from('Zoë Adams: Ça va?\nRémi: 4 500 € pour le stand.\n', (ch) =>
      ch === '€' ? 0x80 : ch.charCodeAt(0),
    );
    const analysis = await created(await post(bytes, { 'Content-Type': 'text/plain' }));
    expect(analysis.transcript.encoding).toBe('windows-1252');
    expect(analysis.transcript.speakers.map((s) => s.name)).toEqual(['Zoë Adams', 'Rémi']);
    expect(analysis.transcript.utterances[1]!.text).toBe('4 500 € pour le stand.');
    expect(analysis.transcript.issues.map((i) => i.code)).toContain('legacy-encoding');
  });

  it('mixed line endings (CRLF, LF and a lone CR in one file) -> 201 with every cue', async () => {
    const body =
      'WEBVTT\r\n\r\n00:00:01.000 --> 00:00:02.000\r\nZoë: one\n\n00:00:03.000 --> 00:00:04.000\nBo: two\r\r00:00:05.000 --> 00:00:06.000\rZoë: three\r';
    const analysis = await created(await post(body, { 'Content-Type': 'text/vtt' }));
    expect(analysis.transcript.utterances.map((u) => u.text)).toEqual(['one', 'two', 'three']);
  });
});

describe('files with a header and nothing else', () => {
  it.each<[string, string, string, string]>([
    [
      'a WebVTT header with metadata lines',
      'WEBVTT - Weekly sync\nKind: captions\nLanguage: en\n',
      'text/vtt',
      'no-speech',
    ],
    ['a Zoom caption header without words', '[Zoë Adams] 10:00:01\n', 'text/plain', 'no-speech'],
    ['a Whisper JSON without segments', '{"text":"","segments":[]}', 'application/json', 'no-speech'],
    ['an SRT cue without text', '1\n00:00:01,000 --> 00:00:02,000\n', 'application/x-subrip', 'no-speech'],
  ])('%s -> 422', async (_name, body, type, code) => {
    await expectError(await post(body, { 'Content-Type': type }), 422, code);
  });
});

describe('timings that go wrong', () => {
  it('timestamps going backwards -> 201, sorted by time, with a warning that counts them', async () => {
    const body =
      'WEBVTT\n\n00:00:09.000 --> 00:00:10.000\nZoë: third\n\n00:00:05.000 --> 00:00:06.000\nBo: second\n\n00:00:01.000 --> 00:00:02.000\nZoë: first\n';
    const analysis = await created(await post(body, { 'Content-Type': 'text/vtt' }));
    expect(analysis.transcript.utterances.map((u) => u.text)).toEqual(['first', 'second', 'third']);
    // 5 s after 9 s, and 1 s after 5 s: two cues out of order.
    expect(analysis.transcript.issues).toContainEqual(expect.objectContaining({ code: 'out-of-order-cues', count: 2 }));
  });

  it('overlapping and zero-length cues -> 201, the overlap counted, the zero-length cue kept', async () => {
    const body =
      'WEBVTT\n\n00:00:01.000 --> 00:00:05.000\nZoë: I was saying that\n\n00:00:03.000 --> 00:00:04.000\nBo: sorry\n\n00:00:06.000 --> 00:00:06.000\nZoë: ok\n';
    const analysis = await created(await post(body, { 'Content-Type': 'text/vtt' }));
    // Bo starts at 3 s, inside Zoë's 1-5 s: one overlap.
    expect(analysis.transcript.issues).toContainEqual(expect.objectContaining({ code: 'overlapping-cues', count: 1 }));
    expect(analysis.transcript.utterances[2]).toMatchObject({ text: 'ok', startMs: 6000, endMs: 6000 });
  });

  it('a cue that ends before it starts -> 201, its end set to its start', async () => {
    const body = 'WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nZoë: hi\n\n00:00:06.000 --> 00:00:07.000\nBo: yes\n';
    const analysis = await created(await post(body, { 'Content-Type': 'text/vtt' }));
    expect(analysis.transcript.utterances[0]).toMatchObject({ startMs: 5000, endMs: 5000 });
  });

  it('a cue 999,999,999 hours in -> 422 malformed-timestamp at its line (no 100,000-year meeting)', async () => {
    const error = await expectError(
      await post('WEBVTT\n\n999999999:00:00.000 --> 999999999:00:01.000\nZoë: hi\n', { 'Content-Type': 'text/vtt' }),
      422,
      'malformed-timestamp',
    );
    expect(error.error.details?.line).toBe(3);
  });
});

describe('10 MB from one speaker', () => {
  it('at the default limits: 10,000,000 bytes fit the 10 MiB upload limit, but 3.3 million words do not fit 300,000 -> 413', async () => {
    // "Zoë Adams: " is 12 bytes (ë takes two); 3,333,329 x "so " is 9,999,987; one "." makes 10,000,000.
    const body = `Zoë Adams: ${'so '.repeat(3_333_329)}.`;
    expect(utf8(body).length).toBe(10_000_000);
    const error = await expectError(await post(body, { 'Content-Type': 'text/plain' }), 413, 'transcript-too-long');
    expect(error.error.details).toEqual({ words: 3_333_329, limitWords: 300_000 });
  });

  describe('both sides of a 100 kB upload limit (MAX_UPLOAD_BYTES)', () => {
    const LIMIT = { MAX_UPLOAD_BYTES: '100000' };
    // 12 bytes of name and colon, then 33,329 x "so " (99,987 bytes), then "." for exactly 100,000.
    const monologue = (extra: string) => `Zoë Adams: ${'so '.repeat(33_329)}.${extra}`;

    it('exactly the limit -> 201: one speaker with all the talk', async () => {
      const res = await callApp(
        {},
        KEY_ALPHA,
        '/v1/analyses',
        { method: 'POST', body: monologue(''), headers: { 'Content-Type': 'text/plain' } },
        LIMIT,
      );
      const analysis = await created(res);
      expect(analysis.transcript.wordCount).toBe(33_329);
      expect(analysis.turnTaking.speakers).toEqual([expect.objectContaining({ name: 'Zoë Adams', talkShare: 1 })]);
      expect(analysis.transcript.issues.map((i) => i.code)).toContain('single-speaker');
    });

    it('one byte more -> 413 payload-too-large', async () => {
      const res = await callApp(
        {},
        KEY_ALPHA,
        '/v1/analyses',
        { method: 'POST', body: monologue('!'), headers: { 'Content-Type': 'text/plain' } },
        LIMIT,
      );
      // No Content-Length here: the body is counted while it is read, and reading stops at the limit.
      const error = await expectError(res, 413, 'payload-too-large');
      expect(error.error.details).toEqual({ limitBytes: 100_000 });
    });
  });
});

describe('names and words that are markup, controls or emoji: stored and returned as data', () => {
  const HOSTILE_NAMES = ['<img src=x onerror=alert(1)>', '<script>alert("x")</script>', 'Bo (PM) \\ )('];
  const HOSTILE_TITLE = '</script><b>(x) \\ "quoted"';

  it('names with HTML, script and PDF string delimiters -> 201; the JSON and the PDF hold them as text', async () => {
    const body = JSON.stringify({
      meeting_transcripts: HOSTILE_NAMES.map((speaker, i) => ({
        speaker,
        content: `point number ${i + 1} (with brackets) \\ and a backslash`,
      })),
    });
    const res = await post(body, { 'Content-Type': 'application/json' }, `?title=${encodeURIComponent(HOSTILE_TITLE)}`);
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const analysis = await created(res);
    expect(analysis.transcript.speakers.map((s) => s.name)).toEqual(HOSTILE_NAMES);
    expect(analysis.meeting.title).toBe(HOSTILE_TITLE);

    const again = (await (await call(KEY_ALPHA, analysis.links.self)).json()) as Created;
    expect(again.transcript.speakers.map((s) => s.name)).toEqual(HOSTILE_NAMES);

    const pdf = await call(KEY_ALPHA, analysis.links.report);
    expect(pdf.headers.get('Content-Type')).toBe('application/pdf');
    // The PDF parses, and its title string (parentheses and a backslash need escaping in PDF) reads back exactly.
    const doc = await PDFDocument.load(new Uint8Array(await pdf.arrayBuffer()));
    expect(doc.getTitle()).toBe(HOSTILE_TITLE);
    expect(doc.getPageCount()).toBeGreaterThan(0);
  });

  // Names and words are data, kept exactly as written (the design's choice): the page isolates each
  // name in <bdi> so an override cannot reorder the text around it (test/e2e), and JSON escapes the rest.
  it('right-to-left overrides in names and words -> 201, kept exactly as written', async () => {
    const body = JSON.stringify({
      meeting_transcripts: [
        { speaker: '\u202Egnp.exe', content: 'look at \u202Efdp.exe' },
        { speaker: 'Bo', content: 'ok' },
      ],
    });
    const analysis = await created(await post(body, { 'Content-Type': 'application/json' }));
    expect(analysis.transcript.speakers.map((s) => s.name)).toEqual(['\u202Egnp.exe', 'Bo']);
    expect(analysis.transcript.utterances[0]!.text).toBe('look at \u202Efdp.exe');
  });

  it('NUL written as a JSON escape -> 201, kept as data and escaped again in the response', async () => {
    const body =
      '{"meeting_transcripts":[{"speaker":"Zo\\u0000\\u00eb","content":"hi\\u0000there"},{"speaker":"Bo","content":"yes"}]}';
    const res = await post(body, { 'Content-Type': 'application/json' });
    const text = await res.clone().text();
    const analysis = await created(res);
    expect(analysis.transcript.speakers.map((s) => s.name)).toEqual(['Zo\u0000ë', 'Bo']);
    expect(analysis.transcript.utterances[0]!.text).toBe('hi\u0000there');
    expect(text).not.toContain('\u0000'); // a raw NUL never goes out: JSON escapes it
  });

  it('a raw NUL byte inside JSON -> 415 binary-input at its line', async () => {
    const error = await expectError(
      await post(utf8('{"meeting_transcripts":\n[{"speaker":"A","content":"hi\u0000"}]}'), {
        'Content-Type': 'application/json',
      }),
      415,
      'binary-input',
    );
    expect(error.error.details?.line).toBe(2);
  });

  it('emoji-only turns -> 201 with no words counted', async () => {
    const analysis = await created(await post('Zoë: 😀😀\nBo: 👍\n', { 'Content-Type': 'text/plain' }));
    expect(analysis.transcript.utterances.map((u) => u.text)).toEqual(['😀😀', '👍']);
    expect(analysis.transcript.wordCount).toBe(0);
  });
});

describe('JSON that is not a transcript: arrays, huge numbers, deep nesting', () => {
  it.each<{ name: string; body: string; status: number; code: string; path?: string }>([
    { name: 'an empty array', body: '[]', status: 415, code: 'unknown-format' },
    {
      name: 'an array of segment objects (no wrapper object)',
      body: '[{"speaker":"A","text":"hi","start":0,"end":1}]',
      status: 415,
      code: 'unknown-format',
    },
    { name: 'an array of nulls', body: '[null, null]', status: 415, code: 'unknown-format' },
    { name: 'a number too big for a double', body: '1e400', status: 415, code: 'unknown-format' },
    {
      name: 'a segment start of 1e308 seconds',
      body: '{"segments":[{"start":1e308,"end":1e308,"text":"hi"}]}',
      status: 422,
      code: 'invalid-structure',
      path: 'segments[0].start',
    },
    {
      name: 'a segment end of 1e400 (Infinity once parsed)',
      body: '{"segments":[{"start":0,"end":1e400,"text":"hi"}]}',
      status: 422,
      code: 'invalid-structure',
      path: 'segments[0].end',
    },
    {
      name: 'a start past 2^64',
      body: '{"segments":[{"start":12345678901234567890,"end":12345678901234567891,"text":"hi"}]}',
      status: 422,
      code: 'invalid-structure',
      path: 'segments[0].start',
    },
    {
      name: 'a negative start',
      body: '{"segments":[{"start":-5,"end":1,"text":"hi"}]}',
      status: 422,
      code: 'invalid-structure',
      path: 'segments[0].start',
    },
    {
      name: 'a speaker that is a huge number',
      body: '{"meeting_transcripts":[{"speaker":1e400,"content":"hi"}]}',
      status: 422,
      code: 'invalid-structure',
      path: 'meeting_transcripts[0].speaker',
    },
    {
      name: 'arrays nested 100,000 deep',
      body: `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      status: 415,
      code: 'unknown-format',
    },
  ])('$name -> $status $code', async ({ body, status, code, path }) => {
    const error = await expectError(await post(body, { 'Content-Type': 'application/json' }), status, code);
    if (path) expect(error.error.details?.path).toBe(path);
  });
});
