import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticMeeting } from './meetings';
import { STAGE } from './stage-names';
import { medianRow, timeStage, type StageRow } from './stage-timings';

const row = (medianMs: number, note?: string): StageRow => ({
  stage: STAGE.vader,
  meeting: '20k words',
  source: 'corpus',
  words: 20_000,
  medianMs,
  wordsPerSecond: Math.round(20_000 / (medianMs / 1000)),
  ...(note ? { note } : {}),
});

describe('medianRow', () => {
  it('keeps the middle of three process medians, whatever their order, and lists all three', () => {
    const picked = medianRow([row(45.38, 'per utterance'), row(39.9, 'per utterance'), row(43.36, 'per utterance')]);
    expect(picked.medianMs).toBe(43.36);
    expect(picked.wordsPerSecond).toBe(row(43.36).wordsPerSecond);
    expect(picked.note).toBe('per utterance; median of 3 processes: 45.38, 39.9, 43.36 ms');
  });

  it('leaves a row timed in one process as it is', () => {
    expect(medianRow([row(12)])).toEqual(row(12));
  });
});

describe('timeStage', () => {
  it('names the known stages when asked for an unknown one', async () => {
    await expect(timeStage(syntheticMeeting(1_000), 'no such stage', { quick: true })).rejects.toThrow(
      /no bench stage named "no such stage"; known: ingestion/,
    );
  });

  it('times a stage in a child process and prints its row as JSON', () => {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'stage-child.ts'), '1000', 'tokenise (prepare)', '--quick'],
      { encoding: 'utf8', timeout: 60_000 },
    );
    const printed = JSON.parse(out.trim().split('\n').at(-1)!) as StageRow;
    expect(printed).toMatchObject({ stage: 'tokenise (prepare)', meeting: '1k words', words: 1_000 });
    expect(printed.medianMs).toBeGreaterThan(0);
    // Words per second come from the unrounded median, which is within 0.005 ms of the printed one.
    expect(printed.wordsPerSecond).toBeGreaterThanOrEqual(Math.floor(1_000 / ((printed.medianMs + 0.005) / 1000)));
    expect(printed.wordsPerSecond).toBeLessThanOrEqual(Math.ceil(1_000 / ((printed.medianMs - 0.005) / 1000)));
  }, 60_000);
});
