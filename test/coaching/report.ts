/**
 * Prints the coaching acceptance suite's pass counts by class and every failing expectation.
 *
 *   npx tsx test/coaching/report.ts            # the table, then failures one per line
 *   npx tsx test/coaching/report.ts --json     # failures in the known-failures.json shape, for review
 *   npx tsx test/coaching/report.ts --prune    # drop the known failures that now pass (the list only shrinks)
 *
 * The JSON is a starting point for a reviewed list, never a file to overwrite blindly: each entry
 * must be read against its scenario, and an expectation that was wrong as coaching is fixed in
 * its .expect.json (and said so in the commit), not added to the list.
 */
import { writeFileSync } from 'node:fs';
import { classTable, KNOWN_FAILURES_FILE, readKnownFailures, runScenarios, type Outcome } from './scenarios';

const { scenarios, outcomes, fixtureErrors } = await runScenarios();
for (const e of fixtureErrors) console.log(`FIXTURE ERROR ${e}`);
const failing = outcomes.filter((o) => !o.passed);
if (process.argv.includes('--prune')) {
  const stillFailing = new Set(failing.map((o) => `${o.scenario}#${o.expectation}`));
  const known = readKnownFailures();
  const kept = known.filter((k) => stillFailing.has(`${k.scenario}#${k.expectation}`));
  writeFileSync(KNOWN_FAILURES_FILE, `[\n${kept.map((k) => `  ${JSON.stringify(k)}`).join(',\n')}\n]\n`);
  console.log(`known failures: ${known.length} -> ${kept.length}`);
} else if (process.argv.includes('--json')) {
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
