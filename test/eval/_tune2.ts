(globalThis as { SENT_MODE?: string }).SENT_MODE = process.argv[2];
await import('./_tune');
