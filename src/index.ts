/**
 * Worker entry point.
 *
 * @example
 * // wrangler dev serves this module; `curl http://127.0.0.1:8787/health` answers {"status":"ok",...}
 */
import { createApp } from './app';

const app = createApp();

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Env>;
