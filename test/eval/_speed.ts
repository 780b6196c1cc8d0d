import { readFileSync } from 'node:fs';
import { scoreTokens } from '../../analyzers/sentiment/score-utterance';
import { tokenize } from '../../analyzers/nlp/tokenize';
const texts: string[] = [];
for (const f of ['ES2004a', 'Bed003', 'covid_1', 'education_13']) {
  const j = JSON.parse(readFileSync(`/work/shared/corpus/meetings/qmsum/${f}.json`, 'utf8'));
  for (const u of j.meeting_transcripts) texts.push(u.content);
}
let words = 0; const utts: string[] = [];
while (words < 20000) { const t = texts[utts.length % texts.length]!; utts.push(t); words += t.split(/\s+/).length; }
const toks = utts.map((t) => tokenize(t));
console.log('utterances', utts.length, 'words', words);
const times: number[] = [];
for (let r = 0; r < 30; r++) { const s = performance.now(); for (let i = 0; i < utts.length; i++) scoreTokens(utts[i]!, toks[i]!); times.push(performance.now() - s); }
times.sort((a, b) => a - b); console.log('median ms', times[15]!.toFixed(2), 'min', times[0]!.toFixed(2));
