/**
 * Summarises V8 CPU profiles (`node --cpu-prof`) as text: self time per folder or package, per
 * source file and per function, and total time of our own named functions, the heaviest first, so "what dominates" can be read without DevTools.
 *
 *   npx tsx test/bench/cpu-profile-summary.ts /tmp/prof/*.cpuprofile [top]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatTable } from '../eval/report';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const ROOT = `file://${resolve(import.meta.dirname, '../..')}/`;

/**
 * A short name for a script URL: repository-relative, `node_modules/<package>` collapsed.
 *
 * @example
 * shortFile('file:///work/main/node_modules/pdf-lib/cjs/core/PDFContext.js', 'file:///work/main/') // => 'node_modules/pdf-lib'
 * shortFile('file:///work/main/reports/charts/chart-kit.ts', 'file:///work/main/') // => 'reports/charts/chart-kit.ts'
 * shortFile('', 'file:///work/main/') // => '(V8: GC, idle, natives)'
 */
export function shortFile(url: string, root: string): string {
  if (url === '') return '(V8: GC, idle, natives)';
  const rel = url.startsWith(root) ? url.slice(root.length) : url;
  const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(rel);
  return pkg ? `node_modules/${pkg[1]}` : rel;
}

function summarise(profile: CpuProfile, top: number): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<number, number>();
  // Each sample is attributed to the node executing then, for the time until the next sample.
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
  const files = new Map<string, number>();
  const folders = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  for (const [id, ms] of selfMs) {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)' || frame.functionName === '(program)') continue;
    total += ms;
    const file = shortFile(frame.url, ROOT);
    files.set(file, (files.get(file) ?? 0) + ms);
    const folder =
      file.includes('/') && !file.startsWith('node_modules/') ? file.slice(0, file.lastIndexOf('/')) : file;
    folders.set(folder, (folders.get(folder) ?? 0) + ms);
    const fn = `${frame.functionName || '(anonymous)'}  ${file}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    functions.set(fn, (functions.get(fn) ?? 0) + ms);
  }
  // Inclusive ("total") time of our own functions: each sample counts once for every distinct
  // function on its stack, so recursion is not counted twice.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (!frame.url.startsWith(ROOT) || frame.url.includes('/node_modules/') || !frame.functionName) continue;
      seen.add(`${frame.functionName}  ${shortFile(frame.url, ROOT)}`);
    }
    for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
  });
  const rows = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => [name, Math.round(ms), `${((ms / total) * 100).toFixed(1)}%`]);
  return [
    `busy CPU time ${Math.round(total)} ms (idle and "(program)" excluded)`,
    formatTable({ columns: ['folder or package (self time)', 'ms', 'share'], rows: rows(folders) }),
    formatTable({ columns: ['file (self time)', 'ms', 'share'], rows: rows(files) }),
    formatTable({ columns: ['function (self time)', 'ms', 'share'], rows: rows(functions) }),
    formatTable({ columns: ['our function (total time, callees included)', 'ms', 'share'], rows: rows(inclusive) }),
  ].join('\n\n');
}

const paths = process.argv.slice(2).filter((a) => a.endsWith('.cpuprofile'));
const top = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 20);
for (const path of paths)
  console.log(`${path}\n\n${summarise(JSON.parse(readFileSync(path, 'utf8')) as CpuProfile, top)}\n`);
