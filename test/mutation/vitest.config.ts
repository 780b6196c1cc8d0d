/**
 * The narrow test selection `npm run mutate` runs against each mutant: only the suites that
 * exercise the mutated files (stryker.config.mjs), in Node.
 */
import { defineConfig } from 'vitest/config';

export const MUTATION_TESTS = [
  // src/commentary/rules.ts (rules-verified.test.ts is left out: it re-runs every corpus meeting per mutant)
  'test/commentary/rules.test.ts',
  // analyzers/inclusivity/participation.ts
  'test/analyzers/inclusivity/index.test.ts',
  'test/analyzers/inclusivity/participation.test.ts',
];

export default defineConfig({
  test: {
    name: 'mutation',
    root: new URL('../..', import.meta.url).pathname,
    environment: 'node',
    // MUTATION_TESTS=a.test.ts,b.test.ts overrides the selection (e.g. to measure an older suite).
    include: process.env.MUTATION_TESTS ? process.env.MUTATION_TESTS.split(',') : MUTATION_TESTS,
  },
});
