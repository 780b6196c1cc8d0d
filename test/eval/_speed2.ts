import { readFileSync } from 'node:fs';
import { makeTranscript, type Line } from '../helpers/make-transcript';
import { prepare } from '../../analyzers/nlp/prepare';
import { analyzeSentiment, SentimentResult } from '../../analyzers/sentiment';
const lines: Line[] = [];
let words = 0;
const target = Number(process.argv[2] ?? 20000);
outer: for (;;) for (const f of ['ES2004a', 'Bed003', 'covid_1', 'education_13']) {
  const j = JSON.parse(readFileSync(`/work/shared/corpus/meetings/qmsum/${f}.json`, 'utf8'));
  for (const u of j.meeting_transcripts) { lines.push([u.speaker, u.content]); words += u.content.split(/\s+/).length; if (words >= target) break outer; }
}
const p = prepare(makeTranscript(lines));
console.log('utterances', p.transcript.utterances.length, 'speakers', p.transcript.speakers.length, 'words', words);
const times: number[] = [];
let out;
for (let r = 0; r < 25; r++) { const s = performance.now(); out = analyzeSentiment(p); times.push(performance.now() - s); }
times.sort((a, b) => a - b); console.log('analyzeSentiment median ms', times[12]!.toFixed(2), 'min', times[0]!.toFixed(2));
const parsed = SentimentResult.safeParse(out!.result); console.log('schema ok', parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3)));
const r = out!.result;
console.log(JSON.stringify(r.speakers.slice(0, 3).map((s) => ({ ...s, positiveUtteranceIds: s.positiveUtteranceIds.length, negativeUtteranceIds: s.negativeUtteranceIds.length }))));
console.log(JSON.stringify(r.meeting), JSON.stringify(r.course.map((c) => c.mean)));
console.log(JSON.stringify(r.moments, null, 0));
console.log('tension', JSON.stringify(r.tension));
console.log(JSON.stringify(r.politeness.speakers.slice(0, 4)));
console.log(JSON.stringify(r.empathy.speakers.slice(0, 4)), r.empathy.markers.length);
console.log(out!.findings.map((f) => `${f.kind} ${f.quote} | ${f.note}`).join('\n'));
for (const id of ['u1196', 'u1197', 'u1198', 'u1199', 'u1200']) { const i = p.utteranceIndex.get(id)!; const u = p.transcript.utterances[i]!; console.log(id, u.speakerId, JSON.stringify(u.text).slice(0, 300), JSON.stringify(out!.result.utterances[i]!.contributions)); }
