/**
 * The command line as a user runs it: a child process, real files, exit codes and streams.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAnthropic, type FakeAnthropic } from './helpers/fake-anthropic';

const ROOT = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'cli-test-'));

/** Runs the CLI as a child process (asynchronously, so a fake server in this process can answer it). */
function runCli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const childEnv = { ...process.env, ANTHROPIC_API_KEY: '', ANTHROPIC_BASE_URL: '', ANTHROPIC_MODEL: '', ...env };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src/cli.ts'), ...args],
      { cwd: ROOT, encoding: 'utf8', env: childEnv },
      (err, stdout, stderr) => {
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

function writeTemp(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('npm run analyse', { timeout: 60_000 }, () => {
  const vtt = writeTemp(
    'standup.vtt',
    'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nZoë Martin: Morning all, shall we start?\n\n00:00:04.500 --> 00:00:06.000\nДмитрий Иванов: Yes, let us.\n',
  );

  it('prints only JSON on stdout with --json -', async () => {
    const { code, stdout, stderr } = await runCli([vtt, '--json', '-']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout);
    expect(analysis.transcript.format).toBe('webvtt');
    expect(analysis.transcript.speakers.map((s: { name: string }) => s.name)).toEqual(['Zoë Martin', 'Дмитрий Иванов']);
    expect(analysis.transcript.utterances[1]).toMatchObject({ startMs: 4500, endMs: 6000, text: 'Yes, let us.' });
  });

  it('writes the JSON to a file with --json PATH and prints nothing else', async () => {
    const out = join(dir, 'out.json');
    const { code, stdout } = await runCli([vtt, '--json', out]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const text = readFileSync(out, 'utf8');
    expect(JSON.parse(text).transcript.durationMs).toBe(5000);
    // Indented by two spaces, with one final newline.
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });

  it("counts the people a file's own Attendees: header lists, with --attendees, each person once", async () => {
    const notes = writeTemp(
      'sync.txt',
      'Weekly sync\nAttendees: Ana Lima, Ben Okafor, Cy Moreau\n\nAna Lima: Shall we start with the budget?\nBen Okafor: Yes, the numbers are in.\n',
    );
    const { code, stdout } = await runCli([notes, '--attendees', 'ana lima, Dee Park', '--json', '-']);
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout);
    expect(analysis.meeting.attendees).toEqual(['Ana Lima', 'Ben Okafor', 'Cy Moreau', 'Dee Park']);
    // Cy and Dee were invited and never spoke: both count in the equality measures.
    expect(analysis.turnTaking.attendees.silent.map((a: { name: string }) => a.name)).toEqual([
      'Cy Moreau',
      'Dee Park',
    ]);
    expect(analysis.turnTaking.participantsCounted).toBe(4);
  });

  it('prints a human summary without --json', async () => {
    const { code, stdout } = await runCli([vtt]);
    expect(code).toBe(0);
    expect(stdout).toContain('webvtt, 2 speaker(s), 2 utterances');
    expect(stdout).toContain('Zoë Martin');
    // The shell prompt must start on a line of its own.
    expect(stdout.endsWith('\n')).toBe(true);
    expect(stdout.endsWith('\n\n')).toBe(false);
  });

  it('exits 2 with one error line naming the file and line for a malformed timestamp', async () => {
    const bad = writeTemp(
      'notes.txt',
      '[00:00:01] Ana: Shall we start?\n[00:00:04] Ben: Yes.\n[00:0x:09] Ana: Good.\n',
    );
    const { code, stdout, stderr } = await runCli([bad, '--json', '-']);
    expect(stdout).toBe('');
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^error: .*notes\.txt:3: .*00:0x:09/);
  });

  it('exits 2 for an empty file and for a binary file', async () => {
    for (const [name, content, message] of [
      ['empty.txt', '', /empty/],
      ['photo.png', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0), /PNG image/],
    ] as const) {
      const { code, stderr } = await runCli([writeTemp(name, content)]);
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
    }
  });

  it('exits 2 with the count and the limit for more speakers than the service takes', async () => {
    const many = writeTemp(
      'crowd.txt',
      Array.from({ length: 1001 }, (_, i) => `Person ${i}: hello from me`).join('\n'),
    );
    const { code, stdout, stderr } = await runCli([many]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `error: ${many}: the transcript has 1001 distinct speakers; the limit is 1000 per transcript\n`,
    );
  });

  it('exits 2 for bad arguments', async () => {
    expect((await runCli([])).code).toBe(2);
    expect((await runCli([vtt, '--commentary', 'maybe'])).stderr).toContain(
      '--commentary must be one of none, rules, llm',
    );
    expect((await runCli(['/no/such/file.vtt'])).stderr).toContain('cannot read /no/such/file.vtt: ENOENT');
  });

  describe('commentary', () => {
    let fake: FakeAnthropic;
    beforeAll(async () => {
      fake = await startFakeAnthropic();
    });
    afterAll(async () => {
      await fake.close();
    });

    it('uses Claude through ANTHROPIC_BASE_URL when a key is configured', async () => {
      const { code, stdout } = await runCli([vtt, '--json', '-'], {
        ANTHROPIC_API_KEY: 'cli-key',
        ANTHROPIC_BASE_URL: fake.url,
        ANTHROPIC_MODEL: 'fake-valid#cli',
      });
      expect(code).toBe(0);
      const { commentary } = JSON.parse(stdout);
      expect(commentary).toMatchObject({ source: 'claude', model: 'fake-valid#cli', fallbackReason: null });
      expect(fake.requests.filter((r) => r.model === 'fake-valid#cli')).toHaveLength(1);
    });

    it('gives rule-based commentary without a key, and none with --commentary none', async () => {
      const rules = JSON.parse((await runCli([vtt, '--json', '-'])).stdout).commentary;
      expect(rules).toMatchObject({ source: 'rules', fallbackReason: null });
      expect(rules.summary.length).toBeGreaterThan(0);
      const asked = JSON.parse((await runCli([vtt, '--json', '-', '--commentary', 'llm'])).stdout).commentary;
      expect(asked).toMatchObject({ source: 'rules', fallbackReason: 'no ANTHROPIC_API_KEY is configured' });
      const none = JSON.parse((await runCli([vtt, '--json', '-', '--commentary', 'none'])).stdout).commentary;
      expect(none).toMatchObject({ source: 'none', summary: [] });
    });
  });
});
