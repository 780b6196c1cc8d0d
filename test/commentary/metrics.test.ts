/**
 * metricAt (the lookup the rules' verification uses) answers exactly what flattenMetrics' map answers (the
 * prompt for Claude uses that), on real analyses of our fixtures and on the shapes where paths could mislead.
 */
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { llmConfigFromEnv } from '../../src/commentary/config';
import { flattenMetrics, metricAt, metricLookup } from '../../src/commentary/metrics';
import { ingest } from '../../src/parse/index';
import { analyzeTranscript } from '../../src/pipeline/analyze';

const ROOT = resolve(import.meta.dirname, '../..');
const OPTIONS = { commentary: 'none' as const, llm: llmConfigFromEnv({}), now: new Date('2026-01-01T00:00:00Z') };

/** Every path the map has, and paths near them it has not: a prefix, a step too far, an unknown person. */
function pathsToAsk(flat: ReadonlyMap<string, number>): string[] {
  const near = [...flat.keys()].flatMap((p) => [
    p,
    p.slice(0, p.lastIndexOf('.')),
    `${p}.x`,
    p.replace(/\.s\d+\./, '.s999.'),
  ]);
  return [...new Set([...near, 'turnTaking', '', 'transcript.wordCount', 'turnTaking.interruptions.events.0.startMs'])];
}

function expectSameAnswers(analysis: Record<string, unknown>): number {
  const flat = flattenMetrics(analysis);
  const lookup = metricLookup(analysis);
  for (const path of pathsToAsk(flat)) {
    expect(metricAt(analysis, path), path).toBe(flat.get(path));
    expect(lookup.has(path), path).toBe(flat.has(path));
  }
  return flat.size;
}

describe('metricAt', () => {
  it.each(['fixtures/webvtt/teams-review.vtt', 'fixtures/webvtt/zoom-standup.vtt'])(
    'answers as the flattened metrics do on the analysis of %s',
    async (file) => {
      const bytes = readFileSync(join(ROOT, file));
      const analysis = await analyzeTranscript(ingest(bytes, { fileName: basename(file) }), OPTIONS);
      // A real meeting has dozens of metrics (a table per person, counts, shares).
      expect(expectSameAnswers(analysis as unknown as Record<string, unknown>)).toBeGreaterThan(30);
    },
  );

  it('answers as the flattened metrics do where paths collide, nest too deep or hold no number', () => {
    const analysis = {
      turnTaking: {
        // A key with a dot and the nested keys it reads like: the later one wins in the map, and here.
        'a.b': 1,
        a: { b: 2, c: Number.NaN },
        speakers: [
          { speakerId: 's1', talkShare: 0.5, words: '12' },
          { speakerId: 's2', talkShare: 0.25 },
        ],
        // A person twice: keyed by position.
        moments: [
          { speakerId: 's1', score: 0.8 },
          { speakerId: 's1', score: 0.4 },
        ],
        events: [{ startMs: 5 }],
        deep: { l2: { l3: { l4: { l5: { l6: 6, l7: { x: 7 } } } } } },
      },
      sentiment: { meeting: { mean: 0.1 } },
      transcript: { wordCount: 10 },
    };
    expect(metricAt(analysis, 'turnTaking.a.b')).toBe(2);
    expect(metricAt(analysis, 'turnTaking.speakers.s2.talkShare')).toBe(0.25);
    expect(metricAt(analysis, 'turnTaking.moments.1.score')).toBe(0.4);
    expect(metricAt(analysis, 'turnTaking.deep.l2.l3.l4.l5.l6')).toBe(6);
    expect(metricAt(analysis, 'turnTaking.deep.l2.l3.l4.l5.l7.x')).toBeUndefined();
    expect(expectSameAnswers(analysis)).toBe(7);
  });
});
