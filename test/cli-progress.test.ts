/**
 * `npm run progress` over our fixture series (fixtures/progress/README.md states the expected trends,
 * written before the code ran), as a user runs it: a child process, real files, exit codes.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ProgressDocument } from '../src/progress/schema';

const ROOT = resolve(import.meta.dirname, '..');
const SERIES = join(ROOT, 'fixtures/progress');
const dir = mkdtempSync(join(tmpdir(), 'progress-cli-'));

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src/cli-progress.ts'), ...args],
      { cwd: ROOT, encoding: 'utf8' },
      (err, stdout, stderr) => {
        done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

// Given newest first and shuffled: the CLI must sort by date.
const FILES = [
  '2026-11-02_platform-weekly_meeting_saved_closed_caption.txt',
  'platform-weekly-otter.txt',
  'GMT20261005-150000_Recording.transcript.vtt',
  '2026-10-26_platform-weekly.srt',
  '2026-10-12-platform-weekly.txt',
].map((f) => join(SERIES, f));

describe('npm run progress over the fixture series', { timeout: 90_000 }, () => {
  let doc: ProgressDocument;
  const person = (id: string) => doc.people.find((p) => p.id === id)!;
  const trend = (personId: string | null, metric: string) =>
    doc.trends.find((t) => t.personId === personId && t.metric === metric)!;

  beforeAll(async () => {
    const { code, stdout, stderr } = await runCli([
      ...FILES,
      '--attendees',
      'Tom Becker',
      '--series',
      'Platform weekly',
      '--json',
      '-',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    doc = ProgressDocument.parse(JSON.parse(stdout));
  });

  it('sorts the meetings by date and says where each date came from', () => {
    expect(doc.series.name).toBe('Platform weekly');
    expect(doc.series.meetings.map((m) => [m.date, m.dateSource])).toEqual([
      ['2026-10-05', 'file-name'],
      ['2026-10-12', 'file'],
      ['2026-10-19', 'file'],
      ['2026-10-26', 'file-name'],
      ['2026-11-02', 'file-name'],
    ]);
  });

  it('finds the same five people however their names are written', () => {
    expect(doc.people.map((p) => p.name).sort()).toEqual([
      'Ben Okafor',
      'Chen Wei',
      'Maria Elena Lopez',
      'Priya Nair',
      'Tom Becker',
    ]);
    expect(person('maria-elena-lopez').aliases.sort()).toEqual([
      'Lopez, Maria Elena',
      'MARIA ELENA LOPEZ',
      'María Elena López',
    ]);
    expect(doc.proposedMerges).toEqual([]);
    expect(doc.people.some((p) => p.anonymous)).toBe(false);
  });

  it('shows the late joiner as absent before she joined, and the silent invitee as silent', () => {
    expect(person('priya-nair').meetings.map((m) => m !== null)).toEqual([false, false, true, true, true]);
    expect(person('tom-becker').meetings.map((m) => m && { spoke: m.spoke, share: m.talkShare })).toEqual(
      Array(5).fill({ spoke: false, share: 0 }),
    );
    expect(doc.team.meetings.map((t) => t.silentInvitees)).toEqual([1, 1, 1, 1, 1]);
    expect(trend(null, 'silentInvitees').direction).toBe('steady');
    expect(trend('tom-becker', 'fairShareRatio').direction).toBe('steady');
  });

  it('shows Maria interrupting less and taking a smaller share, Chen a bigger one', () => {
    expect(person('maria-elena-lopez').meetings.map((m) => m!.interruptionsMade)).toEqual([3, 2, 2, 1, 0]);
    // Fewer each week, but 8 interruptions in five meetings of two minutes are too few to tell from chance: the
    // numbers are shown, no clear fall is claimed (a fall from 3 a week to none over hour-long meetings would be).
    const cutting = trend('maria-elena-lopez', 'interruptionsMadePerHour');
    expect(cutting).toMatchObject({ direction: 'steady', meetings: 5, to: 0 });
    expect(cutting.note).toContain('no clear change (too few events to tell a change from chance)');
    const maria = trend('maria-elena-lopez', 'fairShareRatio');
    expect(maria.direction).toBe('down');
    expect(maria.from!).toBeGreaterThan(2.5);
    expect(maria.to!).toBeLessThan(1.6);
    const chen = trend('chen-wei', 'fairShareRatio');
    expect(chen.direction).toBe('up');
    expect(chen.from!).toBeLessThan(0.4);
    expect(chen.to!).toBeGreaterThan(1);
    // Her invitations, none in week 1 and one or two a week after it (0, 1, 2, 2, 2): too few to call a rise.
    expect(trend('maria-elena-lopez', 'invitationsGiven').direction).toBe('steady');
    expect(trend(null, 'giniNormalized').direction).toBe('down');
    expect(trend('priya-nair', 'fairShareRatio')).toMatchObject({ enough: true, meetings: 3 });
  });

  it('warns that per-hour rates of meetings a few minutes long extrapolate from a few events', () => {
    // The fixture meetings last 1.5 to 2.2 minutes: 3 interruptions in 2.2 minutes read as 81 per hour.
    expect(doc.notes).toContainEqual(
      expect.stringMatching(/^5 of 5 meeting\(s\) lasted under 10 minutes \(m1, m2, m3, m4, m5\)/),
    );
  });

  it('says "not enough data" with two meetings, and prints a readable summary', async () => {
    const { code, stdout } = await runCli([FILES[2]!, FILES[4]!]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/2 meeting\(s\), 2026-10-05 to 2026-10-12/);
    expect(stdout).toContain('clear changes: none');
    const json = await runCli([FILES[2]!, FILES[4]!, '--json', '-']);
    const two = ProgressDocument.parse(JSON.parse(json.stdout));
    expect(two.trends.every((t) => !t.enough && t.note.includes('not enough data'))).toBe(true);
  });

  it('takes a folder, and writes --json to a file', async () => {
    const out = join(dir, 'series.json');
    const { code } = await runCli([SERIES, '--json', out]);
    expect(code).toBe(0);
    const { readFileSync } = await import('node:fs');
    expect(ProgressDocument.parse(JSON.parse(readFileSync(out, 'utf8'))).series.meetings).toHaveLength(5);
  });

  it('names the bad file and line, exit code 2', async () => {
    const bad = join(dir, 'broken.vtt');
    writeFileSync(bad, 'WEBVTT\n\n00:00:0x.000 --> 00:00:02.000\nAna: hello\n');
    const { code, stderr } = await runCli([FILES[0]!, bad]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: .*broken\.vtt/);
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no transcript files given');
  });
});
