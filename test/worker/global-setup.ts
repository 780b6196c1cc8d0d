/**
 * globalSetup of the `workers` project (runs in Node, before any test): starts the fake HTTP
 * servers the Worker under test talks to on 127.0.0.1 and `provide`s their URLs to the tests
 * (`inject('callbackReceiverUrl')`). To add one (e.g. the fake Anthropic API), append an entry
 * to FAKE_SERVERS and declare its key in ProvidedContext below.
 */
import type { TestProject } from 'vitest/node';
import { startFakeAnthropic } from '../helpers/fake-anthropic';
import { startCallbackReceiver } from './helpers/callback-receiver';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the callback receiver (see helpers/callback-receiver.ts). */
    callbackReceiverUrl: string;
    /** Base URL of the fake Anthropic Messages API (see test/helpers/fake-anthropic.ts). */
    anthropicUrl: string;
  }
}

interface FakeServer {
  key: 'callbackReceiverUrl' | 'anthropicUrl';
  start(): Promise<{ url: string; close(): Promise<void> }>;
}

const FAKE_SERVERS: FakeServer[] = [
  { key: 'callbackReceiverUrl', start: startCallbackReceiver },
  { key: 'anthropicUrl', start: startFakeAnthropic },
];

/**
 * Starts every fake server and provides its URL; returns the teardown.
 *
 * @example
 * // vitest.config.ts, workers project: test: { globalSetup: ['test/worker/global-setup.ts'] }
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const running = await Promise.all(FAKE_SERVERS.map(async (server) => ({ server, handle: await server.start() })));
  for (const { server, handle } of running) project.provide(server.key, handle.url);
  return async () => {
    await Promise.all(running.map(({ handle }) => handle.close()));
  };
}
