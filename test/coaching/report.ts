/**
 * Prints the coaching acceptance suite's pass counts by class and every failing expectation.
 *
 *   npx tsx test/coaching/report.ts            # the table, then failures one per line
 *   npx tsx test/coaching/report.ts --json     # failures in the known-failures.json shape, for review
 *
 * The JSON is a starting point for a reviewed list, never a file to overwrite blindly: each entry
 * must be read against its scenario, and an expectation that was wrong as coaching is fixed in
 * its .expect.json (and said so in the commit), not added to the list.
 */
import { classTable, readKnownFailures, runScenarios, type Outcome } from './scenarios';

const { scenarios, outcomes, fixtureErrors } = await runScenarios();
for (const e of fixtureErrors) console.log(`FIXTURE ERROR ${e}`);
const failing = outcomes.filter((o) => !o.passed);
if (process.argv.includes('--json')) {
  const entry = ({ scenario, expectation, observed }: Outcome) =>
    `  ${JSON.stringify({ scenario, expectation, observed })}`;
  console.log(`[\n${failing.map(entry).join(',\n')}\n]`);
} else {
  const known = new Set(readKnownFailures().map((k) => `${k.scenario}#${k.expectation}`));
  console.log(`${scenarios.length} scenarios, ${outcomes.length} expectations (including invariants)\n`);
  console.log(classTable(outcomes));
  console.log('\nfailing (* = not on the known-failures list):');
  for (const o of failing) {
    const key = `${o.scenario}#${o.expectation}`;
    console.log(`${known.has(key) ? ' ' : '*'} ${key} [${o.mode}]: ${o.observed}`);
  }
}
