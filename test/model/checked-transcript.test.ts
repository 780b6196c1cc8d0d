/**
 * normalize hands back its utterances, turns and events without `Transcript.parse` copying them
 * (src/parse/checked-transcript.ts). What it returns must be what the schema's parse returns: the same
 * JSON, keys in the same order, and the schema's own error when a number breaks its rules. In Node only (not with
 * the parser suites of test/parse, which run in workerd too): it reads every fixture from disk.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Transcript } from '../../src/model/transcript';
import { checkedTranscript } from '../../src/parse/checked-transcript';
import { ingest } from '../../src/parse/index';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.(md|ts)$/.test(name) ? [] : [path];
  });
}

/** Every fixture the reader accepts, as a Transcript. */
const transcripts = filesUnder(FIXTURES).flatMap((path) => {
  try {
    return [{ path, transcript: ingest(new Uint8Array(readFileSync(path)), { fileName: path }) }];
  } catch {
    return [];
  }
});

/** A small transcript with a timed utterance, a marker event and an issue. */
const sample = (): Transcript =>
  ingest(
    new TextEncoder().encode(
      'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nZoë: Shall we start? [laughter]\n\n' +
        '00:00:02.000 --> 00:00:05.000\nTom: Yes, go ahead.\n',
    ),
  );

describe('checkedTranscript', () => {
  it('reads enough fixtures of every kind to mean something', () => {
    expect(transcripts.length).toBeGreaterThan(100);
    expect(transcripts.some((t) => t.transcript.events.length > 0)).toBe(true);
    expect(transcripts.some((t) => t.transcript.issues.length > 0)).toBe(true);
    expect(transcripts.some((t) => t.transcript.utterances.some((u) => u.endEstimated))).toBe(true);
  });

  it('gives, for every fixture, the JSON that Transcript.parse gives, key for key and in order', () => {
    for (const { path, transcript } of transcripts) {
      expect(JSON.stringify(transcript), path).toBe(JSON.stringify(Transcript.parse(transcript)));
    }
  });

  it('keeps the issues and events in the key order of the schema', () => {
    const t = sample();
    expect(Object.keys(t.events[0]!)).toEqual(['kind', 'position', 'label', 'utteranceId', 'speakerId', 'startMs']);
    expect(Object.keys(t.issues[0]!)).toEqual(['code', 'message', 'count']);
  });

  it.each([
    ['a start time with a fraction of a millisecond', (t: Transcript) => (t.utterances[0]!.startMs = 1000.5)],
    ['a negative end time', (t: Transcript) => (t.utterances[1]!.endMs = -1)],
    ['line 0', (t: Transcript) => (t.utterances[0]!.line = 0)],
    ['a turn without utterances', (t: Transcript) => (t.turns[0]!.utteranceIds = [])],
    ['an event at a negative time', (t: Transcript) => (t.events[0]!.startMs = -5)],
    ['a speaker without a name', (t: Transcript) => ((t.speakers[0] as { name: unknown }).name = 42)],
  ])('refuses %s with the schema’s own error', (_what, spoil) => {
    const t = sample();
    spoil(t);
    const expected = Transcript.safeParse(t);
    expect(expected.success).toBe(false);
    expect(() => checkedTranscript(t)).toThrow(expected.error!.message);
  });
});
