/**
 * The service's small pure helpers (run in workerd, where they run in production).
 */
import { describe, expect, it } from 'vitest';
import { bearerToken, matchKey, parseKeyHashes } from '../../src/auth/api-keys';
import { constantTimeEqual } from '../../src/auth/constant-time';
import { isKeylessDevelopment } from '../../src/auth/environment';
import { sha256Hex } from '../../src/auth/sha256';
import { serviceConfig } from '../../src/http/config';
import { attachment, reportFileName, slugify } from '../../src/http/content-disposition';
import { prefersAsync } from '../../src/http/prefer';
import { fileNameFrom } from '../../src/http/upload';
import { parseUploadOptions } from '../../src/http/upload-options';
import { escapeHtml, renderDocsPage } from '../../src/openapi/docs-page';
import { countWords } from '../../src/pipeline/word-limit';
import { checkCallbackUrl, isInternalHost } from '../../src/queue/callback-url';
import { isId, newId } from '../../src/storage/ids';
import { expiryFrom, isExpired } from '../../src/storage/retention';

// SHA-256("abc"), FIPS 180-2 appendix B.1.
const ABC_HASH = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

describe('ids', () => {
  it('are 26 base32 characters carrying 128 random bits, all different', () => {
    const ids = Array.from({ length: 2000 }, newId);
    expect(new Set(ids).size).toBe(2000);
    for (const id of ids) expect(isId(id)).toBe(true);
    // 26 characters x 5 bits = 130 bits; the last character holds the final 3 bits shifted left by 2,
    // so it is always a multiple of 4 in the alphabet: one of 0 4 8 c g m r w.
    expect(new Set(ids.map((id) => id[25]))).toEqual(new Set(['0', '4', '8', 'c', 'g', 'm', 'r', 'w']));
  });

  it('are refused when they could reach another path', () => {
    for (const bad of [
      '',
      '../x',
      'a'.repeat(27),
      'ABCDEFGHJKMNPQRSTVWXYZ0123',
      'iiiiiiiiiiiiiiiiiiiiiiiiii',
      'k3v9r2m7q1x8c4d0z6w5t2b9h/',
    ])
      expect(isId(bad)).toBe(false);
  });
});

describe('API keys', () => {
  it('hashes with SHA-256', async () => {
    expect(await sha256Hex('abc')).toBe(ABC_HASH);
  });

  it('reads configured hashes: trimmed, lowercased, blanks dropped', () => {
    expect(parseKeyHashes(` ${ABC_HASH.toUpperCase()} ,, ${'0'.repeat(64)} `)).toEqual([ABC_HASH, '0'.repeat(64)]);
    expect(parseKeyHashes(undefined)).toEqual([]);
    expect(() => parseKeyHashes(`${ABC_HASH},abc`)).toThrow(/entry 2 is not a SHA-256/);
  });

  it('matches a token against every configured hash', async () => {
    expect(await matchKey('abc', ['0'.repeat(64), ABC_HASH])).toBe(ABC_HASH);
    expect(await matchKey('abd', ['0'.repeat(64), ABC_HASH])).toBeNull();
    expect(await matchKey('abc', [])).toBeNull();
  });

  it('compares in constant time (same answer as ===, whatever the lengths)', () => {
    expect(constantTimeEqual('a1b2', 'a1b2')).toBe(true);
    expect(constantTimeEqual('a1b2', 'a1b3')).toBe(false);
    expect(constantTimeEqual('a1b2', 'a1b')).toBe(false);
    expect(constantTimeEqual('', '')).toBe(true);
  });

  it('reads only well-formed Bearer headers', () => {
    expect(bearerToken('Bearer ma_123')).toBe('ma_123');
    expect(bearerToken('bearer   ma_123 ')).toBe('ma_123');
    expect(bearerToken('Bearer a b')).toBeNull();
    expect(bearerToken('Basic dXNlcg==')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });

  it('lets only loopback requests in development go without a key', () => {
    expect(isKeylessDevelopment({ environment: 'development' }, 'http://127.0.0.1:8787/v1')).toBe(true);
    expect(isKeylessDevelopment({ environment: 'development' }, 'http://localhost:8787/v1')).toBe(true);
    expect(isKeylessDevelopment({ environment: 'development' }, 'http://[::1]:8787/v1')).toBe(true);
    expect(isKeylessDevelopment({ environment: 'development' }, 'https://x.workers.dev/v1')).toBe(false);
    expect(isKeylessDevelopment({ environment: 'production' }, 'http://127.0.0.1:8787/v1')).toBe(false);
  });
});

describe('callback URLs', () => {
  it.each([
    '127.0.0.1',
    '10.2.3.4',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    'localhost',
    'printer.local',
    'db.internal',
    'intranet',
    '[::1]',
    '[fd00::1]',
    '[fe80::1]',
    '[::ffff:127.0.0.1]',
  ])('%s is internal', (host) => {
    expect(isInternalHost(host)).toBe(true);
  });

  it.each(['example.com', '8.8.8.8', '172.32.0.1', '100.128.0.1', '[2606:4700::1111]'])('%s is public', (host) => {
    expect(isInternalHost(host)).toBe(false);
  });

  it('catches numeric forms of loopback through the URL parser', () => {
    expect(() => checkCallbackUrl('http://2130706433/x', { allowPrivate: false })).toThrow(/private or internal/);
    expect(() => checkCallbackUrl('http://0x7f.1/x', { allowPrivate: false })).toThrow(/private or internal/);
  });

  // Each IPv6 form that carries an IPv4 address is judged by that address (issue 16, case 8).
  it.each([
    ['IPv4-compatible, dotted', 'http://[::127.0.0.1]/cb'],
    ['IPv4-compatible, hex', 'http://[::7f00:1]/cb'],
    ['IPv4-mapped, dotted', 'http://[::ffff:169.254.169.254]/cb'],
    ['IPv4-mapped, hex, uncompressed', 'http://[0:0:0:0:0:ffff:0a00:0001]/cb'],
    ['IPv4-translated ::ffff:0:0:0/96', 'http://[::ffff:0:192.168.1.1]/cb'],
    ['NAT64 64:ff9b::/96', 'http://[64:ff9b::169.254.169.254]/cb'],
    ['NAT64 64:ff9b::/96, hex', 'http://[64:ff9b::a00:1]/cb'],
    ['NAT64 local-use 64:ff9b:1::/48', 'http://[64:ff9b:1::808:808]/cb'],
    ['6to4 2002::/16', 'http://[2002:7f00:1::1]/cb'],
    ['6to4 2002::/16 to 10/8', 'http://[2002:a00:1::]/cb'],
    ['Teredo 2001::/32, internal client (10.0.0.1 obfuscated)', 'http://[2001:0:4136:e378:8000:63bf:f5ff:fffe]/cb'],
    ['Teredo 2001::/32, internal server', 'http://[2001:0:a00:1::1]/cb'],
    ['site-local fec0::/10', 'http://[fec0::1]/cb'],
    ['site-local fec0::/10, upper end', 'http://[feff::1]/cb'],
    ['multicast ff02::1', 'http://[ff02::1]/cb'],
    ['unspecified ::', 'http://[::]/cb'],
  ])('refuses %s (%s)', (_form, url) => {
    expect(() => checkCallbackUrl(url, { allowPrivate: false })).toThrow(/private or internal/);
  });

  it.each([
    ['IPv4-mapped public', 'http://[::ffff:8.8.8.8]/cb'],
    ['NAT64 of a public address', 'http://[64:ff9b::808:808]/cb'],
    ['6to4 of a public address', 'http://[2002:808:808::1]/cb'],
    ['Teredo with public server and client', 'http://[2001:0:4136:e378:8000:63bf:f7f7:fbfb]/cb'],
    ['ordinary global IPv6', 'http://[2606:4700:4700::1111]/cb'],
  ])('allows %s (%s)', (_form, url) => {
    expect(() => checkCallbackUrl(url, { allowPrivate: false })).not.toThrow();
  });

  it('refuses other schemes and credentials, and allows public https', () => {
    expect(() => checkCallbackUrl('file:///etc/passwd', { allowPrivate: true })).toThrow(/only http and https/);
    expect(() => checkCallbackUrl('https://u:p@hooks.example.com/', { allowPrivate: true })).toThrow(/credentials/);
    expect(() => checkCallbackUrl('https://hooks.example.com/done', { allowPrivate: false })).not.toThrow();
  });
});

describe('upload options', () => {
  it('reads repeated and comma-separated attendees, booleans and defaults', () => {
    const options = parseUploadOptions(
      new URLSearchParams('attendees=Ana, Bo&attendees=Cy&keepTranscript=1'),
      new Map(),
    );
    expect(options).toEqual({ attendees: ['Ana', 'Bo', 'Cy'], keepTranscript: true });
  });

  it('lets multipart fields win over the query', () => {
    const options = parseUploadOptions(new URLSearchParams('title=From query'), new Map([['title', ['From form']]]));
    expect(options.title).toBe('From form');
  });

  it('names the option and the problem', () => {
    expect(() => parseUploadOptions(new URLSearchParams('commentary=loud'), new Map())).toThrow(/option "commentary"/);
    expect(() => parseUploadOptions(new URLSearchParams('colour=red'), new Map())).toThrow(/unknown option "colour"/);
  });
});

describe('settings', () => {
  it('uses the defaults for blank values and parses the rest', () => {
    expect(
      serviceConfig({
        ENVIRONMENT: 'test',
        MAX_UPLOAD_BYTES: ' ',
        CORS_ORIGINS: 'https://a.example, https://b.example',
      }),
    ).toEqual({
      environment: 'test',
      maxUploadBytes: 10_485_760,
      maxWords: 300_000,
      retentionDays: 30,
      corsOrigins: ['https://a.example', 'https://b.example'],
      rateLimitPerMinute: 60,
      syncTimeoutMs: 60_000,
    });
    expect(serviceConfig({ ENVIRONMENT: 'staging' }).environment).toBe('production');
    expect(() => serviceConfig({ MAX_WORDS: '-1' })).toThrow(/MAX_WORDS must be a whole number >= 1/);
  });
});

describe('small HTTP helpers', () => {
  it('names report files from the title and day', () => {
    expect(reportFileName('Weekly sync', '2026-11-21T09:30:00.000Z')).toBe('weekly-sync-2026-11-21.pdf');
    expect(reportFileName('会議', '2026-11-21T09:30:00.000Z')).toBe('meeting-report-2026-11-21.pdf');
    expect(slugify('  Ünïcödé -- Retro!! ')).toBe('unicode-retro');
    expect(attachment('a"b.pdf')).toBe('attachment; filename="a_b.pdf"');
  });

  it('reads Prefer and Content-Disposition', () => {
    expect(prefersAsync('respond-async, wait=10')).toBe(true);
    expect(prefersAsync('return=minimal')).toBe(false);
    expect(prefersAsync(undefined)).toBe(false);
    expect(fileNameFrom('attachment; filename="C:\\\\meetings\\\\weekly sync.vtt"')).toBe('weekly sync.vtt');
    expect(fileNameFrom('attachment; filename=notes.txt')).toBe('notes.txt');
    expect(fileNameFrom('inline')).toBeNull();
  });

  it('counts words as whitespace-separated tokens', () => {
    expect(
      countWords({ utterances: [{ text: 'Shall we start?' }, { text: '  ' }, { text: 'Yes,\tready.' }] } as never),
    ).toBe(5);
  });

  it('computes expiry and reads it', () => {
    expect(expiryFrom(new Date('2026-11-21T10:00:00Z'), 30)).toBe('2026-12-21T10:00:00.000Z');
    expect(expiryFrom(new Date('2026-11-21T10:00:00Z'), 0)).toBeNull();
    expect(isExpired('2026-12-21T10:00:00.000Z', new Date('2026-12-21T10:00:00Z'))).toBe(true);
    expect(isExpired('2026-12-21T10:00:00.000Z', new Date('2026-12-21T09:59:59Z'))).toBe(false);
    expect(isExpired(null, new Date())).toBe(false);
  });

  it('escapes everything the docs page prints', () => {
    expect(escapeHtml(`<b title="x">&'</b>`)).toBe('&lt;b title=&quot;x&quot;&gt;&amp;&#39;&lt;/b&gt;');
    const html = renderDocsPage({
      info: { title: '<script>alert(1)</script>' },
      paths: { '/x': { get: { operationId: 'x"><img', summary: '<i>' } } },
    });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('"><img');
    expect(html).toContain('&lt;i&gt;');
  });
});
