/**
 * setupFiles of the `workers` project: applies the D1 migrations (read in Node by vitest.config.ts)
 * to the test database before each test file, exactly as `npm start` applies them locally.
 */
import { applyD1Migrations, type D1Migration } from 'cloudflare:test';
import { env } from 'cloudflare:workers';

const testEnv = env as unknown as { DB: D1Database; TEST_MIGRATIONS: D1Migration[] };
await applyD1Migrations(testEnv.DB, testEnv.TEST_MIGRATIONS);
