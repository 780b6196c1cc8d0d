/**
 * A catalogue of bad uploads through the real route: each answers the documented status and
 * error code, as JSON `{ error: { code, message, details } }`, without a stack trace.
 */
import { describe, expect, it } from 'vitest';
import { call, expectError, utf8 } from './helpers/api';
import { KEY_ALPHA } from './helpers/test-keys';

const post = (body: BodyInit | null, headers: Record<string, string> = {}, query = '') =>
  call(KEY_ALPHA, `/v1/analyses${query}`, { method: 'POST', body, headers });
const GOOD_VTT = 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nAna: Shall we start?\n';

const PNG = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52);
const PDF = utf8('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n');
const ZIP_NOT_DOCX = Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0);

describe('upload catalogue', () => {
  it.each<[string, BodyInit | null, Record<string, string>, number, string]>([
    ['an empty body', '', { 'Content-Type': 'text/vtt' }, 400, 'empty-body'],
    ['no body and no content type', null, {}, 400, 'empty-body'],
    ['no content type', GOOD_VTT, { 'Content-Type': '' }, 415, 'unsupported-media-type'],
    [
      'a form-urlencoded body (curl --data without -H)',
      GOOD_VTT,
      { 'Content-Type': 'application/x-www-form-urlencoded' },
      415,
      'unsupported-media-type',
    ],
    ['an image content type', PNG, { 'Content-Type': 'image/png' }, 415, 'unsupported-media-type'],
    ['PNG bytes sent as text/plain', PNG, { 'Content-Type': 'text/plain' }, 415, 'binary-input'],
    ['PDF bytes sent as text/plain', PDF, { 'Content-Type': 'text/plain' }, 415, 'binary-input'],
    [
      'a ZIP that is not a DOCX, sent as DOCX',
      ZIP_NOT_DOCX,
      { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
      422,
      'invalid-docx',
    ],
    ['a JSON array of numbers', '[1, 2, 3]', { 'Content-Type': 'application/json' }, 415, 'unknown-format'],
    [
      'JSON that is not a transcript shape',
      '{"hello": "world"}',
      { 'Content-Type': 'application/json' },
      415,
      'unknown-format',
    ],
    ['broken JSON', '{"segments": [', { 'Content-Type': 'application/json' }, 422, 'malformed-json'],
    [
      'a table of timed words (unknown format)',
      'a.wav 1 0.5 0.3 hello\na.wav 1 0.8 0.4 world\na.wav 1 1.2 0.3 again\n',
      { 'Content-Type': 'text/plain' },
      415,
      'unknown-format',
    ],
    [
      'a CSV table that is not a transcript (users and dates)',
      'User,Adminship date\ncnwb,2005-12-04\nwoody,NA\nmsgj,2009-02-24\n',
      { 'Content-Type': 'text/plain' },
      415,
      'unknown-format',
    ],
    [
      'the same table sent as text/csv: a table without the columns a transcript needs',
      'User,Adminship date\ncnwb,2005-12-04\nwoody,NA\nmsgj,2009-02-24\n',
      { 'Content-Type': 'text/csv' },
      422,
      'invalid-structure',
    ],
    [
      'an XML document (an AMI NXT word file)',
      '<?xml version="1.0"?>\n<nite:root>\n<w starttime="0.37" endtime="0.95">Hmm</w>\n</nite:root>\n',
      { 'Content-Type': 'text/plain' },
      415,
      'unknown-format',
    ],
    ['a WebVTT file with only a header', 'WEBVTT\n', { 'Content-Type': 'text/vtt' }, 422, 'no-speech'],
    ['NUL bytes in text', 'Ana: hello\u0000there\n', { 'Content-Type': 'text/plain' }, 415, 'binary-input'],
  ])('%s -> %i %s', async (_name, body, headers, status, code) => {
    await expectError(await post(body, headers), status, code);
  });

  it('a WebVTT cue timing that is not a time -> 422 with the line', async () => {
    const res = await post('WEBVTT\n\n00:00:01.000 --> 00:00:0x.000\nAna: hi\n', { 'Content-Type': 'text/vtt' });
    const body = await expectError(res, 422, 'malformed-timestamp');
    // Line 3 holds the timing "00:00:01.000 --> 00:00:0x.000".
    expect(body.error.details?.line).toBe(3);
  });

  it.each(['text/csv', 'text/tab-separated-values'])(
    'a table sent as %s is read (not refused as a media type)',
    async (type) => {
      const sep = type === 'text/csv' ? ',' : '\t';
      const rows = [
        ['Speaker', 'Start Time', 'Text'],
        ['Zoë', '00:00:01', 'Hello'],
        ['Łukasz', '00:0x:04', 'Hi'],
      ];
      const table = rows.map((r) => r.join(sep)).join('\n');
      // A broken time on line 3 proves the table reader ran: 422 with the line, not 415 unsupported-media-type.
      const body = await expectError(await post(`${table}\n`, { 'Content-Type': type }), 422, 'malformed-timestamp');
      expect(body.error.details?.line).toBe(3);
    },
  );

  it('JSON null sent as application/json -> 415 unknown-format', async () => {
    await expectError(await post('null', { 'Content-Type': 'application/json' }), 415, 'unknown-format');
    await expectError(await post('42', { 'Content-Type': 'text/plain' }), 415, 'unknown-format');
  });
});

describe('multipart catalogue', () => {
  it('a form without a file field -> 400 missing-file', async () => {
    const form = new FormData();
    form.append('title', 'No file');
    await expectError(await post(form), 400, 'missing-file');
  });

  it('a "file" field holding text instead of a file -> 400 missing-file', async () => {
    const form = new FormData();
    form.append('file', GOOD_VTT);
    await expectError(await post(form), 400, 'missing-file');
  });

  it('an empty file -> 400 empty-body', async () => {
    const form = new FormData();
    form.append('file', new File([], 'empty.vtt'));
    await expectError(await post(form), 400, 'empty-body');
  });

  it('a truncated multipart body -> 400 malformed-multipart', async () => {
    const res = await post('--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.vtt"\r\n\r\nWEBVTT', {
      'Content-Type': 'multipart/form-data; boundary=xyz',
    });
    await expectError(res, 400, 'malformed-multipart');
  });
});

describe('option catalogue', () => {
  it.each([
    ['?commentary=maybe', 'invalid-option'],
    ['?keepTranscript=perhaps', 'invalid-option'],
    ['?titel=typo', 'invalid-option'],
    ['?title=', 'invalid-option'],
    ['?title=a&title=b', 'invalid-option'],
    [`?title=${'x'.repeat(201)}`, 'invalid-option'],
    ['?callbackUrl=https%3A%2F%2Fhooks.example.com%2Fdone', 'invalid-option'], // without Prefer: respond-async
  ])('%s -> 400 %s', async (query, code) => {
    await expectError(await post(GOOD_VTT, { 'Content-Type': 'text/vtt' }, query), 400, code);
  });

  it.each([
    ['ftp://example.com/hook', 'invalid-option'], // not http(s): refused by the schema
    ['https://user:pw@hooks.example.com/done', 'invalid-callback-url'],
  ])('callbackUrl %s with Prefer: respond-async -> 400 %s', async (url, code) => {
    const res = await post(
      GOOD_VTT,
      { 'Content-Type': 'text/vtt', Prefer: 'respond-async' },
      `?callbackUrl=${encodeURIComponent(url)}`,
    );
    await expectError(res, 400, code);
  });
});
