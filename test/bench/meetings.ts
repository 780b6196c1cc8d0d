/**
 * Meetings of a given length for benchmarks: real talk from ../shared/corpus (QMSum meetings,
 * repeated to length) when present, synthetic talk otherwise. Both are rendered as WebVTT with
 * plausible timings (150 words a minute), 8 speakers.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchMeeting {
  name: string;
  words: number;
  source: 'corpus' | 'synthetic';
  vtt: Uint8Array;
}

const SPEAKERS = [
  'Zoë Martin',
  'Łukasz Nowak',
  'Παναγιώτης Γεωργίου',
  'Дмитрий Иванов',
  'Priya Shah',
  'Sam Okafor',
  'Ana Lima',
  'Ben Carter',
];

/** Deterministic pseudo-random numbers (mulberry32), so every run benchmarks the same text. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYNTHETIC_SENTENCES = [
  'I think we should ship the release on Thursday if the tests pass.',
  'What do you think, Sam?',
  'Sorry, maybe this is a dumb idea, but could we split the migration?',
  'That makes sense, good point.',
  'Mm-hmm.',
  'The bug in the payment flow is still open and it blocks the demo.',
  'Building on what Priya said, we could run the job at night.',
  'Honestly I am really frustrated that the build keeps failing.',
  'Yeah.',
  'So what you are saying is that the API is not ready?',
  'We have not heard from Ana yet, any thoughts?',
  'Thanks everyone, this was a great discussion.',
  'um so the the dashboard is kind of slow you know',
  'can we move the review to next week',
  'I was going to say--',
  'Let us kill the process and restart the server.',
];

function synthesiseTurns(words: number, seed: number): Array<[string, string]> {
  const random = rng(seed);
  const turns: Array<[string, string]> = [];
  let count = 0;
  while (count < words) {
    const speaker = SPEAKERS[Math.floor(random() * random() * SPEAKERS.length)]!;
    const sentences = 1 + Math.floor(random() * 3);
    const text = Array.from(
      { length: sentences },
      () => SYNTHETIC_SENTENCES[Math.floor(random() * SYNTHETIC_SENTENCES.length)]!,
    ).join(' ');
    turns.push([speaker, text]);
    count += text.split(/\s+/).length;
  }
  return turns;
}

function corpusTurns(corpusDir: string): Array<[string, string]> | null {
  const dir = join(corpusDir, 'meetings/qmsum');
  if (!existsSync(dir)) return null;
  const turns: Array<[string, string]> = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const json = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
      meeting_transcripts: Array<{ speaker: string; content: string }>;
    };
    for (const t of json.meeting_transcripts)
      turns.push([
        t.speaker,
        t.content
          .replace(/\{[a-z]+\}/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
      ]);
  }
  return turns.filter(([, text]) => text !== '');
}

function clock(ms: number): string {
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(ms % 1000).padStart(3, '0')}`;
}

function toVtt(turns: Array<[string, string]>, words: number): Uint8Array {
  const lines = ['WEBVTT', ''];
  let t = 0;
  let count = 0;
  for (let i = 0; count < words; i++) {
    const [speaker, text] = turns[i % turns.length]!;
    const n = text.split(/\s+/).length;
    const dur = Math.max(600, n * 400);
    lines.push(String(i + 1), `${clock(t)} --> ${clock(t + dur)}`, `${speaker}: ${text}`, '');
    t += dur + 300;
    count += n;
  }
  return new TextEncoder().encode(lines.join('\n'));
}

/**
 * A meeting of about `words` words.
 *
 * @example
 * const m = benchMeeting(20_000, '../shared/corpus'); // m.source === 'corpus' when the corpus is present
 */
export function benchMeeting(words: number, corpusDir: string): BenchMeeting {
  const real = corpusTurns(corpusDir);
  const turns = real ?? synthesiseTurns(words, 42);
  return { name: `${words / 1000}k words`, words, source: real ? 'corpus' : 'synthetic', vtt: toVtt(turns, words) };
}

/**
 * Synthetic only: for stages that need the meeting-talk phrases the analysers look for. Another `seed`
 * gives another meeting of the same eight people (the progress batch needs a series of different ones).
 *
 * @example
 * syntheticMeeting(10_000, 7).vtt // WebVTT bytes of about 10,000 words, the same at every run
 */
export function syntheticMeeting(words: number, seed = 42): BenchMeeting {
  return {
    name: `${words / 1000}k words (synthetic)`,
    words,
    source: 'synthetic',
    vtt: toVtt(synthesiseTurns(words, seed), words),
  };
}
