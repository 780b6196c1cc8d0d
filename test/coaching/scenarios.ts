/**
 * Loads the coaching scenarios of fixtures/coaching, analyses each with rule-based commentary
 * (as `npm run analyse -- FILE --commentary rules --attendees ...` would) and evaluates every
 * expectation and invariant. Shared by the acceptance test and the report script.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { llmConfigFromEnv } from '../../src/commentary/config';
import { UNATTRIBUTED_LABEL } from '../../src/parse/normalize';
import { ingest } from '../../src/parse/index';
import { analyzeTranscript } from '../../src/pipeline/analyze';
import { evaluateClaim, ScenarioView } from './evaluate';
import { INVARIANTS } from './invariants';
import { claimParts, ScenarioFile, type Claim } from './vocabulary';

export const SCENARIO_DIR = resolve(import.meta.dirname, '../../fixtures/coaching');
export const KNOWN_FAILURES_FILE = join(SCENARIO_DIR, 'known-failures.json');

export interface Outcome {
  scenario: string;
  expectation: string;
  class: string;
  /** `must`, `mustNot` or `invariant`. */
  mode: 'must' | 'mustNot' | 'invariant';
  passed: boolean;
  observed: string;
  why: string;
}

export interface KnownFailure {
  scenario: string;
  expectation: string;
  observed: string;
}

/**
 * Every scenario's outcomes, in file order.
 *
 * @example
 * const outcomes = await runScenarios();
 * outcomes.filter((o) => !o.passed).length // => the number of failing expectations
 */
export async function runScenarios(dir = SCENARIO_DIR): Promise<{ scenarios: string[]; outcomes: Outcome[]; fixtureErrors: string[] }> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.expect.json')).sort();
  const outcomes: Outcome[] = [];
  const scenarios: string[] = [];
  const fixtureErrors: string[] = [];
  for (const file of files) {
    const scenario = file.replace(/\.expect\.json$/, '');
    scenarios.push(scenario);
    const spec = ScenarioFile.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    const bytes = readFileSync(join(dir, spec.transcript));
    const transcript = ingest(new Uint8Array(bytes), { fileName: spec.transcript });
    const analysis = await analyzeTranscript(transcript, {
      title: spec.title,
      attendees: spec.attendees,
      commentary: 'rules',
      llm: llmConfigFromEnv({}),
      now: new Date('2026-01-01T00:00:00Z'),
    });
    const view = new ScenarioView(analysis);
    for (const e of spec.expect) {
      const claim = (e.must ?? e.mustNot)!;
      const problem = fixtureProblem(claim, view, spec.attendees ?? []);
      if (problem) {
        fixtureErrors.push(`${scenario}#${e.id}: ${problem}`);
        continue;
      }
      const verdict = evaluateClaim(view, claim);
      const passed = e.must ? verdict.holds : !verdict.holds;
      outcomes.push({ scenario, expectation: e.id, class: e.class, mode: e.must ? 'must' : 'mustNot', passed, observed: verdict.observed, why: e.why });
    }
    for (const inv of INVARIANTS) {
      const verdict = inv.check(view);
      outcomes.push({ scenario, expectation: inv.id, class: inv.class, mode: 'invariant', passed: verdict.holds, observed: verdict.observed, why: inv.why });
    }
  }
  return { scenarios, outcomes, fixtureErrors };
}

/** A claim must name real people and real lines, or it could pass for the wrong reason. */
function fixtureProblem(claim: Claim, view: ScenarioView, attendees: string[]): string | null {
  const [type, p] = claimParts(claim);
  const people = [p.by, p.to, p.of, p.who, p.involving, type === 'metric' ? undefined : p.name, ...((p.between as string[] | undefined) ?? [])].filter((x): x is string => typeof x === 'string');
  for (const name of people) {
    const known = view.speakerId(name) !== null || attendees.includes(name) || name === UNATTRIBUTED_LABEL;
    if (!known) return `"${name}" is neither a speaker nor an attendee`;
  }
  if (typeof p.at === 'string') {
    try {
      view.utteranceId(p.at);
    } catch (err) {
      return (err as Error).message;
    }
  }
  return null;
}

/** The reviewed list of expectations that fail today. */
export function readKnownFailures(file = KNOWN_FAILURES_FILE): KnownFailure[] {
  return JSON.parse(readFileSync(file, 'utf8')) as KnownFailure[];
}

/**
 * Pass counts by class, as a printable table.
 *
 * @example
 * console.log(classTable(outcomes)); // "class  total  pass  fail  pass%  must  mustNot" then one row per class
 */
export function classTable(outcomes: readonly Outcome[]): string {
  type Row = { total: number; pass: number; must: number; mustPass: number; not: number; notPass: number };
  const empty = (): Row => ({ total: 0, pass: 0, must: 0, mustPass: 0, not: 0, notPass: 0 });
  const rows = new Map<string, Row>();
  const all = empty();
  for (const o of outcomes) {
    const r = rows.get(o.class) ?? empty();
    for (const x of [r, all]) {
      x.total++;
      if (o.passed) x.pass++;
      // A silent analyser passes every must-not: the must column shows what is actually found.
      if (o.mode === 'must') (x.must++, o.passed && x.mustPass++);
      else (x.not++, o.passed && x.notPass++);
    }
    rows.set(o.class, r);
  }
  const cell = (p: number, t: number) => (t === 0 ? '-' : `${p}/${t}`).padStart(8);
  const line = (c: string, r: Row) =>
    `${c.padEnd(28)} ${String(r.total).padStart(5)} ${String(r.pass).padStart(5)} ${String(r.total - r.pass).padStart(5)} ${`${Math.round((100 * r.pass) / r.total)}%`.padStart(5)} ${cell(r.mustPass, r.must)} ${cell(r.notPass, r.not)}`;
  const head = `${'class'.padEnd(28)} ${'total'.padStart(5)} ${'pass'.padStart(5)} ${'fail'.padStart(5)} ${'pass%'.padStart(5)} ${'must'.padStart(8)} ${'mustNot'.padStart(8)}`;
  const sorted = [...rows.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  return [head, ...sorted.map(([c, r]) => line(c, r)), line('ALL', all)].join('\n');
}
