import { readFileSync } from 'node:fs';
import { makeTranscript, type Line } from '../helpers/make-transcript';
import { prepare } from '../../analyzers/nlp/prepare';
import { analyzeSentiment } from '../../analyzers/sentiment';
for (const target of [20000, 200000]) {
  const lines: Line[] = []; let words = 0;
  outer: for (;;) for (const f of ['ES2004a', 'Bed003', 'ES2004b', 'Bdb001']) {
    const j = JSON.parse(readFileSync(`/work/shared/corpus/meetings/qmsum/${f}.json`, 'utf8'));
    for (const u of j.meeting_transcripts) { lines.push([u.speaker, u.content]); words += u.content.split(/\s+/).length; if (words >= target) break outer; }
  }
  const p = prepare(makeTranscript(lines));
  const runs = target > 50000 ? 8 : 40;
  for (let r = 0; r < 5; r++) analyzeSentiment(p);
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) { const c = process.cpuUsage(); analyzeSentiment(p); const d = process.cpuUsage(c); cpu.push((d.user + d.system) / 1000); }
  cpu.sort((a, b) => a - b);
  console.log(`${words} words, ${p.transcript.utterances.length} utterances, ${p.transcript.speakers.length} speakers: CPU ms min ${cpu[0]!.toFixed(1)} median ${cpu[cpu.length >> 1]!.toFixed(1)}`);
}
