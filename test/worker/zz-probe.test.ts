import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { it } from 'vitest';
import { deliverCallback } from '../../src/queue/callback';
it('probe', async () => {
  const out = await deliverCallback('http://127.0.0.1:9/x', { id: 'x' } as never, new Date());
  console.log('OUT', JSON.stringify(out));
  const batch = createMessageBatch('q', [{ id: 'm', timestamp: new Date(), attempts: 1, body: 1 }]);
  batch.messages[0]!.retry({ delaySeconds: 7 });
  console.log('RES', JSON.stringify(await getQueueResult(batch, createExecutionContext())));
});
