/**
 * After merging a branch made before the structure change (issue 14): rewrites relative imports that
 * still point at a moved file to its new home, and names imports of symbols that moved between files.
 * Run from the repository root: `npx tsx test/tools/fix-moved-imports.ts` (add `--dry-run` to only list).
 *
 * @example
 * // test/eval/new-eval.ts: import { prepare } from '../../analyzers/turn-taking';
 * //   -> import { prepare } from '../../analyzers/turn-taking/index';
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';

/** Old path -> new path, for every file the structure change moved (git mv). */
const MOVES = new Map<string, string>(
  `
src/model/analysis.ts analyzers/analysis.ts
analyzers/data/inclusive-language.ts analyzers/inclusive-language/data/patterns.ts
analyzers/inclusive-language.ts analyzers/inclusive-language/index.ts
analyzers/data/acknowledgements.ts analyzers/inclusivity/data/acknowledgements.ts
analyzers/data/apologies.ts analyzers/inclusivity/data/apologies.ts
analyzers/data/fillers.ts analyzers/inclusivity/data/fillers.ts
analyzers/data/hedges.ts analyzers/inclusivity/data/hedges.ts
analyzers/data/invitations.ts analyzers/inclusivity/data/invitations.ts
analyzers/data/person-pronouns.ts analyzers/inclusivity/data/person-pronouns.ts
analyzers/data/self-deprecation.ts analyzers/inclusivity/data/self-deprecation.ts
analyzers/inclusivity.ts analyzers/inclusivity/index.ts
analyzers/data/building-on.ts analyzers/listening/data/building-on.ts
analyzers/data/paraphrase-markers.ts analyzers/listening/data/paraphrase-markers.ts
analyzers/listening.ts analyzers/listening/index.ts
analyzers/inclusivity/context.ts analyzers/nlp/context.ts
analyzers/data/backchannels.ts analyzers/nlp/data/backchannels.ts
analyzers/data/question-words.ts analyzers/nlp/data/question-words.ts
analyzers/data/stopwords.ts analyzers/nlp/data/stopwords.ts
analyzers/inclusivity/findings.ts analyzers/nlp/finding-collector.ts
analyzers/inclusivity/names.ts analyzers/nlp/names.ts
analyzers/inclusivity/phrase-matcher.ts analyzers/nlp/phrase-matcher.ts
analyzers/inclusivity/stem.ts analyzers/nlp/stem.ts
analyzers/data/build-lexicon.ts analyzers/sentiment/data/build-lexicon.ts
analyzers/data/empathy.ts analyzers/sentiment/data/empathy.ts
analyzers/data/politeness.ts analyzers/sentiment/data/politeness.ts
analyzers/data/sentiment-lexicon.ts analyzers/sentiment/data/sentiment-lexicon.ts
analyzers/data/sentiment-rules.ts analyzers/sentiment/data/sentiment-rules.ts
analyzers/data/vader-lexicon.generated.ts analyzers/sentiment/data/vader-lexicon.generated.ts
analyzers/sentiment.ts analyzers/sentiment/index.ts
analyzers/data/cutoff-markers.ts analyzers/turn-taking/data/cutoff-markers.ts
analyzers/turn-taking.ts analyzers/turn-taking/index.ts
reports/charts/tone-by-person.ts reports/charts/sentiment-by-person.ts
reports/sections/tone.ts reports/sections/sentiment.ts
src/parse/names.ts src/model/person-keys.ts
src/page/client-script.ts src/page/client/app.js
`
    .trim()
    .split('\n')
    .map((line) => line.trim().split(' ') as [string, string]),
);

/** Symbols that moved between files (the file itself stayed): where to import them from now. */
const SYMBOLS: Array<{ names: RegExp; from: string; to: string }> = [
  { names: /\b(giniBand|GINI_BANDS)\b/, from: 'reports/charts/equality-gauge', to: 'analyzers/turn-taking/thresholds' },
  {
    names: /\b(QUIET_FRACTION|DOMINANT_MULTIPLE)\b/,
    from: 'analyzers/inclusivity/participation',
    to: 'analyzers/inclusivity/thresholds',
  },
  { names: /\bUNATTRIBUTED_LABEL\b/, from: 'src/parse/normalize', to: 'src/model/person-keys' },
  { names: /\b(PhraseRule|UtteranceView)\b/, from: 'analyzers/nlp/phrase-matcher', to: 'analyzers/nlp/types' },
  { names: /\bPAGE_SCRIPT\b/, from: 'src/page/client-script', to: 'src/page/client-script.generated' },
  {
    names: /\b(TONE_THRESHOLDS)\b/,
    from: 'analyzers/sentiment/thresholds',
    to: 'analyzers/sentiment/thresholds (now SENTIMENT_THRESHOLDS)',
  },
];

const dryRun = process.argv.includes('--dry-run');
const files = execFileSync('git', ['ls-files', '*.ts', '*.js'], { encoding: 'utf8' }).split('\n').filter(Boolean);
const exists = (p: string) => existsSync(p);
const resolves = (base: string) => [base, `${base}.ts`, `${base}/index.ts`, base.replace(/\.js$/, '.ts')].some(exists);
const SPEC = /((?:from|import)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]*)\2/g;

let rewritten = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const out = text.replace(SPEC, (whole, pre: string, q: string, spec: string) => {
    const [path, query] = spec.split('?') as [string, string | undefined];
    const base = posix.normalize(posix.join(posix.dirname(file), path));
    if (resolves(base)) return whole;
    const old = [`${base}.ts`, `${base}/index.ts`, base].find((p) => MOVES.has(p));
    if (!old) {
      console.log(`${file}: ${spec} resolves nowhere and is not a known move`);
      return whole;
    }
    let rel = posix.relative(posix.dirname(file), MOVES.get(old)!).replace(/\.ts$/, '');
    if (!rel.startsWith('.')) rel = `./${rel}`;
    rewritten++;
    console.log(`${file}: ${spec} -> ${rel}`);
    return `${pre}${q}${rel}${query === undefined ? '' : `?${query}`}${q}`;
  });
  if (out !== text && !dryRun) writeFileSync(file, out);
  for (const s of SYMBOLS) {
    for (const m of out.matchAll(/import[^;]*?from\s*['"]([^'"]+)['"]/gs)) {
      const target = posix.normalize(posix.join(posix.dirname(file), m[1]!));
      if (target === s.from && s.names.test(m[0]))
        console.log(`${file}: import ${s.names.source.replace(/\\b|[()]/g, '')} from ${s.to} instead`);
    }
  }
}
console.log(`${rewritten} import(s) ${dryRun ? 'would be ' : ''}rewritten`);
