/**
 * The command line as a user runs it: a child process, real files, exit codes and streams.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'cli-test-'));

function runCli(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function writeTemp(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('npm run analyse', { timeout: 60_000 }, () => {
  const vtt = writeTemp('standup.vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nZoë Martin: Morning all, shall we start?\n\n00:00:04.500 --> 00:00:06.000\nДмитрий Иванов: Yes, let us.\n');

  it('prints only JSON on stdout with --json -', () => {
    const { code, stdout, stderr } = runCli([vtt, '--json', '-']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout);
    expect(analysis.transcript.format).toBe('webvtt');
    expect(analysis.transcript.speakers.map((s: { name: string }) => s.name)).toEqual(['Zoë Martin', 'Дмитрий Иванов']);
    expect(analysis.transcript.utterances[1]).toMatchObject({ startMs: 4500, endMs: 6000, text: 'Yes, let us.' });
  });

  it('writes the JSON to a file with --json PATH and prints nothing else', () => {
    const out = join(dir, 'out.json');
    const { code, stdout } = runCli([vtt, '--json', out]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).transcript.durationMs).toBe(5000);
  });

  it('prints a human summary without --json', () => {
    const { code, stdout } = runCli([vtt]);
    expect(code).toBe(0);
    expect(stdout).toContain('webvtt, 2 speaker(s), 2 utterances');
    expect(stdout).toContain('Zoë Martin');
  });

  it('exits 2 with one error line naming the file and line for a malformed timestamp', () => {
    const bad = writeTemp('notes.txt', '[00:00:01] Ana: Shall we start?\n[00:00:04] Ben: Yes.\n[00:0x:09] Ana: Good.\n');
    const { code, stdout, stderr } = runCli([bad, '--json', '-']);
    expect(stdout).toBe('');
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^error: .*notes\.txt:3: .*00:0x:09/);
  });

  it('exits 2 for an empty file and for a binary file', () => {
    for (const [name, content, message] of [
      ['empty.txt', '', /empty/],
      ['photo.png', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0), /PNG image/],
    ] as const) {
      const { code, stderr } = runCli([writeTemp(name, content)]);
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
    }
  });

  it('exits 2 for bad arguments', () => {
    expect(runCli([]).code).toBe(2);
    expect(runCli([vtt, '--commentary', 'maybe']).stderr).toContain('--commentary must be one of none, rules, llm');
    expect(runCli(['/no/such/file.vtt']).stderr).toContain('cannot read /no/such/file.vtt: ENOENT');
  });
});
