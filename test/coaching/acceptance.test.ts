/**
 * The coaching acceptance suite (issue 11, item 6): every scenario in fixtures/coaching is analysed
 * with rule-based commentary and every expectation a coach wrote for it is checked.
 *
 * known-failures.json lists, after review, the expectations that fail today. The test asserts that
 * every expectation NOT on the list passes and every one ON the list still fails, so a fix forces
 * its entry off the list: the list can only shrink. The counts of scenarios and expectations are
 * asserted, so that a lost fixture cannot make the suite pass by testing less.
 * The table of pass counts by class is printed at the end (`npx vitest run test/coaching`).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { classTable, readKnownFailures, runScenarios } from './scenarios';

/** Update these when scenarios or expectations are added (never to make room for a removal). */
const SCENARIOS = 143;
const EXPECTATIONS = 574;
/** Invariants checked in every scenario (invariants.ts). */
const INVARIANTS_PER_SCENARIO = 3;

const { scenarios, outcomes, fixtureErrors } = await runScenarios();
const known = readKnownFailures();
const knownKeys = new Set(known.map((k) => `${k.scenario}#${k.expectation}`));

describe('coaching acceptance suite', () => {
  afterAll(() => {
    const failing = outcomes.filter((o) => !o.passed).length;
    const passing = outcomes.length - failing;
    const counts = `${outcomes.length} checks, ${passing} pass, ${failing} known failures`;
    console.log(`\nCoaching acceptance: ${scenarios.length} scenarios, ${counts}\n${classTable(outcomes)}\n`);
  });

  it('loads every scenario and expectation (the suite cannot pass by testing less)', () => {
    expect(fixtureErrors).toEqual([]);
    expect(scenarios.length).toBe(SCENARIOS);
    expect(outcomes.filter((o) => o.mode !== 'invariant').length).toBe(EXPECTATIONS);
    expect(outcomes.filter((o) => o.mode === 'invariant').length).toBe(SCENARIOS * INVARIANTS_PER_SCENARIO);
  });

  it('lists each known failure once, and only expectations that exist', () => {
    const keys = known.map((k) => `${k.scenario}#${k.expectation}`);
    expect(new Set(keys).size).toBe(keys.length);
    const existing = new Set(outcomes.map((o) => `${o.scenario}#${o.expectation}`));
    expect(keys.filter((k) => !existing.has(k))).toEqual([]);
    for (const k of known) {
      expect(k.observed.length, `${k.scenario}#${k.expectation} needs its observed output`).toBeGreaterThan(0);
    }
  });

  for (const scenario of scenarios) {
    it(scenario, () => {
      const problems: string[] = [];
      for (const o of outcomes.filter((x) => x.scenario === scenario)) {
        const key = `${o.scenario}#${o.expectation}`;
        if (knownKeys.has(key) && o.passed) problems.push(`${key} now passes: remove it from known-failures.json`);
        if (!knownKeys.has(key) && !o.passed) {
          problems.push(`${key} [${o.mode}] fails (${o.why}) - observed: ${o.observed}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
