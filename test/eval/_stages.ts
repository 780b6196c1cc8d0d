import { readFileSync } from 'node:fs';
import { makeTranscript, type Line } from '../helpers/make-transcript';
import { prepare } from '../../analyzers/nlp/prepare';
import { scoreTokens } from '../../analyzers/sentiment/score-utterance';
import { countMarkers } from '../../analyzers/sentiment/markers';
import { course } from '../../analyzers/sentiment/course';
import { analyzeSentiment } from '../../analyzers/sentiment';
const lines: Line[] = []; let words = 0;
outer: for (;;) for (const f of ['ES2004a', 'Bed003', 'covid_1', 'education_13']) {
  const j = JSON.parse(readFileSync(`/work/shared/corpus/meetings/qmsum/${f}.json`, 'utf8'));
  for (const u of j.meeting_transcripts) { lines.push([u.speaker, u.content]); words += u.content.split(/\s+/).length; if (words >= 20000) break outer; }
}
const p = prepare(makeTranscript(lines));
function t(name: string, f: () => unknown) { const ts: number[] = []; for (let r = 0; r < 40; r++) { const s = performance.now(); f(); ts.push(performance.now() - s); } ts.sort((a, b) => a - b); console.log(name.padEnd(12), 'min', ts[0]!.toFixed(2), 'p25', ts[10]!.toFixed(2), 'median', ts[20]!.toFixed(2)); }
t('score', () => p.transcript.utterances.map((u, i) => scoreTokens(u.text, p.tokens[i]!)));
t('markers', () => countMarkers(p));
t('course', () => course(p, p.transcript.utterances.map(() => 0.1), 10));
t('all', () => analyzeSentiment(p));
