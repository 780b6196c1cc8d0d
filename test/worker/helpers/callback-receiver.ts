/**
 * A small HTTP server on 127.0.0.1 that plays the caller's callback endpoint (Node side, started
 * by global-setup.ts). `POST /hooks/<name>` records the JSON body; `GET /hooks/<name>` returns
 * everything recorded under that name, so each test reads only its own calls.
 * `POST /fail/<name>` records too but answers 500.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * @example
 * const { url, close } = await startCallbackReceiver();
 * // worker: callbackUrl = `${url}/hooks/my-test`; later: await (await fetch(`${url}/hooks/my-test`)).json()
 */
export async function startCallbackReceiver(): Promise<{ url: string; close(): Promise<void> }> {
  const calls = new Map<string, unknown[]>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const match = /^\/(hooks|fail)\/([\w-]+)$/.exec(req.url ?? '');
    if (!match) {
      res.writeHead(404).end();
      return;
    }
    const [, kind, name] = match as unknown as [string, string, string];
    if (req.method === 'GET') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(calls.get(name) ?? []));
      return;
    }
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      let parsed: unknown = body;
      try {
        parsed = JSON.parse(body);
      } catch {
        // recorded as text
      }
      calls.set(name, [
        ...(calls.get(name) ?? []),
        {
          headers: { 'content-type': req.headers['content-type'], 'user-agent': req.headers['user-agent'] },
          body: parsed,
        },
      ]);
      res.writeHead(kind === 'fail' ? 500 : 204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
