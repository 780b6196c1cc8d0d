/**
 * Loads the coaching scenarios of fixtures/coaching, analyses each with rule-based commentary
 * (as `npm run analyse -- FILE --commentary rules --attendees ...` would) and evaluates every
 * expectation and invariant. Shared by the acceptance test and the report script.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { llmConfigFromEnv } from '../../src/commentary/config';
import { UNATTRIBUTED_LABEL } from '../../src/model/person-keys';
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

export interface SuiteRun {
  /** Scenario names (file names without `.expect.json`), in file order. */
  scenarios: string[];
  outcomes: Outcome[];
  /** Names or `at` snippets that do not resolve: the expectation would test nothing. */
  fixtureErrors: string[];
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
export async function runScenarios(dir = SCENARIO_DIR): Promise<SuiteRun> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.expect.json'))
    .sort();
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
      const mode = e.must ? 'must' : 'mustNot';
      const { observed } = verdict;
      outcomes.push({ scenario, expectation: e.id, class: e.class, mode, passed, observed, why: e.why });
    }
    for (const inv of INVARIANTS) {
      const verdict = inv.check(view);
      const { holds: passed, observed } = verdict;
      const expectation = inv.id;
      outcomes.push({ scenario, expectation, class: inv.class, mode: 'invariant', passed, observed, why: inv.why });
    }
  }
  return { scenarios, outcomes, fixtureErrors };
}

/** A claim must name real people and real lines, or it could pass for the wrong reason. */
function fixtureProblem(claim: Claim, view: ScenarioView, attendees: string[]): string | null {
  const [type, p] = claimParts(claim);
  const between = (p.between as string[] | undefined) ?? [];
  const named = [p.by, p.to, p.of, p.who, p.involving, type === 'metric' ? undefined : p.name, ...between];
  const people = named.filter((x): x is string => typeof x === 'string');
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

/**
 * The reviewed list of expectations that fail today.
 *
 * @example
 * readKnownFailures()[0]
 * // => { scenario: '01-room-question-unpunctuated', expectation: 'projector-is-question', observed: '...' }
 */
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
      if (o.mode === 'must') {
        x.must++;
        if (o.passed) x.mustPass++;
      } else {
        x.not++;
        if (o.passed) x.notPass++;
      }
    }
    rows.set(o.class, r);
  }
  const cell = (p: number, t: number) => (t === 0 ? '-' : `${p}/${t}`);
  const columns = (c: string, ...cells: Array<string | number>) =>
    [c.padEnd(28), ...cells.map((x, i) => String(x).padStart(i < 4 ? 5 : 8))].join(' ');
  const percent = (r: Row) => `${Math.round((100 * r.pass) / r.total)}%`;
  const line = (c: string, r: Row) =>
    columns(c, r.total, r.pass, r.total - r.pass, percent(r), cell(r.mustPass, r.must), cell(r.notPass, r.not));
  const head = columns('class', 'total', 'pass', 'fail', 'pass%', 'must', 'mustNot');
  const sorted = [...rows.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  return [head, ...sorted.map(([c, r]) => line(c, r)), line('ALL', all)].join('\n');
}
