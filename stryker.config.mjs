// Mutation testing, on demand: `npm run mutate` (not in CI: slow on 2 cores). It mutates the
// rule-based commentary and one analyser, and runs only the test files that exercise them, one
// process at a time. The HTML report goes to .stryker-tmp/mutation.html.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'test/mutation/vitest.config.ts', related: false },
  mutate: ['src/commentary/rules.ts', 'analyzers/inclusivity/participation.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 1,
  timeoutMS: 30_000,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: '.stryker-tmp/mutation.html' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  ignorePatterns: ['.wrangler', 'dist', 'out', 'test/bench/results'],
  thresholds: { high: 90, low: 80, break: 80 },
};
