/**
 * setupFiles of the `workers` project: loads the Claude commentator (and the Anthropic SDK under it) before
 * each test file. The app imports it only when Claude is asked (a rules-only run starts without it); in the
 * test pool that first import transforms the SDK's many modules, seconds under load, which would otherwise
 * land inside the first test that asks Claude and count against its timeout, as the static import never did.
 */
await import('../../../src/commentary/anthropic');

export {};
