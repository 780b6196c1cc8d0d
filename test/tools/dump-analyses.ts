/**
 * Structural-change guard: dumps the analysis JSON (rule-based commentary, fixed clock) of every fixture
 * and every meeting/format file of the shared corpus to a folder outside the repository, or compares a
 * fresh dump with one taken before. A refactoring that changes no behaviour must keep every file
 * byte-identical. Files that cannot be read are dumped as their error message, which must not change either.
 *
 *   npx tsx test/tools/dump-analyses.ts dump    /tmp/analyses-before
 *   npx tsx test/tools/dump-analyses.ts compare /tmp/analyses-before
 *
 * @example
 * // after a refactoring commit: "compare: 712 files byte-identical, 0 differ, 0 missing, 0 new"
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { llmConfigFromEnv } from '../../src/commentary/config';
import { analyzeUpload } from '../../src/pipeline/analyze';
import { CORPUS_DIR } from '../eval/corpus';

const REPO = resolve(import.meta.dirname, '../..');
const NOW = new Date('2026-01-01T00:00:00.000Z');

/** Every regular file under `dir`, sorted, as paths relative to `base`. */
function filesUnder(dir: string, base: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, base));
    else out.push(relative(base, path));
  }
  return out;
}

/** The inputs: fixtures/** and the corpus's meetings/** and formats/** (named `fixtures/...` and `corpus/...`). */
function inputs(): { name: string; path: string }[] {
  const fixtures = filesUnder(join(REPO, 'fixtures'), REPO).map((f) => ({ name: f, path: join(REPO, f) }));
  const corpus = ['meetings', 'formats'].flatMap((d) =>
    filesUnder(join(CORPUS_DIR, d), CORPUS_DIR).map((f) => ({ name: `corpus/${f}`, path: join(CORPUS_DIR, f) })),
  );
  return [...fixtures, ...corpus];
}

async function analyse(path: string): Promise<string> {
  const bytes = new Uint8Array(readFileSync(path));
  try {
    const analysis = await analyzeUpload(
      bytes,
      { fileName: path.replace(/^.*\//, '') },
      {
        commentary: 'rules',
        llm: llmConfigFromEnv({}),
        now: NOW,
      },
    );
    return JSON.stringify(analysis, null, 1) + '\n';
  } catch (error) {
    const e = error as { name?: string; message?: string };
    return `ERROR ${e.name ?? 'Error'}: ${e.message ?? String(error)}\n`;
  }
}

async function dump(outDir: string): Promise<number> {
  rmSync(outDir, { recursive: true, force: true });
  const list = inputs();
  for (const { name, path } of list) {
    const target = join(outDir, `${name}.out`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await analyse(path));
  }
  return list.length;
}

async function main(): Promise<void> {
  const [mode, dir] = process.argv.slice(2);
  if (!dir || (mode !== 'dump' && mode !== 'compare')) {
    console.error('usage: tsx test/tools/dump-analyses.ts dump|compare DIR (DIR outside the repository)');
    process.exit(2);
  }
  const target = resolve(dir);
  if (!relative(REPO, target).startsWith('..')) {
    console.error(`error: ${target} is inside the repository; choose a folder outside it`);
    process.exit(2);
  }
  if (mode === 'dump') {
    console.log(`dump: ${await dump(target)} files written to ${target}`);
    return;
  }
  const fresh = mkdtempSync(join(tmpdir(), 'analyses-now-'));
  await dump(fresh);
  const before = new Set(filesUnder(target, target));
  const now = filesUnder(fresh, fresh);
  let same = 0;
  const differ: string[] = [];
  const added: string[] = [];
  for (const f of now) {
    if (!before.has(f)) added.push(f);
    else if (readFileSync(join(target, f)).equals(readFileSync(join(fresh, f)))) same++;
    else differ.push(f);
    before.delete(f);
  }
  const missing = [...before];
  console.log(
    `compare: ${same} files byte-identical, ${differ.length} differ, ${missing.length} missing, ${added.length} new`,
  );
  for (const f of differ) console.log(`  differs: ${f}   (diff ${join(target, f)} ${join(fresh, f)})`);
  for (const f of missing) console.log(`  missing: ${f}`);
  for (const f of added) console.log(`  new: ${f}`);
  if (differ.length + missing.length + added.length > 0) process.exit(1);
  rmSync(fresh, { recursive: true, force: true });
}

await main();
