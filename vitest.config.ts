/**
 * Two test projects:
 * - `node`: pure code (parsers, analysers, reports, CLI) run directly in Node;
 * - `workers`: the service inside workerd through @cloudflare/vitest-pool-workers, plus the parser
 *   suites again, so that a Node-only dependency cannot slip into the Worker.
 * Fixtures reach both through `?base64` imports (workerd has no file system).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig, type Plugin } from 'vitest/config';

/** `import data from './file.docx?base64'` gives the file's bytes as a base64 string, in Node and in workerd. */
function base64Files(): Plugin {
  return {
    name: 'base64-files',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith('?base64')) return null;
      const path = id.slice(0, -'?base64'.length);
      return `export default ${JSON.stringify(readFileSync(path).toString('base64'))};`;
    },
  };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** The keys tests send (test/worker/helpers/test-keys.ts reads the same file). */
const TEST_KEYS = JSON.parse(readFileSync('./test/worker/helpers/test-keys.json', 'utf8')) as {
  alpha: string;
  bravo: string;
};

/**
 * The Worker's settings in the workers project: ENVIRONMENT=test behaves like production
 * (keys required) except that callbacks may go to 127.0.0.1; two keys for isolation tests;
 * a rate limit high enough never to trip by accident (its own test injects a small one).
 */
const WORKER_TEST_BINDINGS = {
  ENVIRONMENT: 'test',
  API_KEY_HASHES: `${sha256(TEST_KEYS.alpha)},${sha256(TEST_KEYS.bravo)}`,
};

/** D1 migrations (migrations/), read here in Node and applied in workerd by test/worker/helpers/apply-migrations.ts. */
const D1_MIGRATIONS = await readD1Migrations('./migrations');

/** Suites that must pass in both runtimes. */
const BOTH_RUNTIMES = ['test/parse/**/*.test.ts', 'test/reports/render-runtime.test.ts'];

export default defineConfig({
  plugins: [base64Files()],
  test: {
    projects: [
      {
        plugins: [base64Files()],
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/worker/**', 'node_modules/**'],
        },
      },
      {
        plugins: [
          base64Files(),
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: { ...WORKER_TEST_BINDINGS, TEST_MIGRATIONS: D1_MIGRATIONS },
              ratelimits: { RATE_LIMITER: { simple: { limit: 100_000, period: 60 } } },
            },
          }),
        ],
        test: {
          name: 'workers',
          include: ['test/worker/**/*.test.ts', ...BOTH_RUNTIMES],
          globalSetup: ['test/worker/global-setup.ts'],
          setupFiles: ['test/worker/helpers/apply-migrations.ts', 'test/worker/helpers/load-claude-client.ts'],
        },
      },
    ],
  },
});
