// The upload storage behind Guide Media's presigned upload URLs: a second listener, so it is
// another origin than the API, as Zendesk's storage host is. See media.ts for what it checks.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MediaLibrary, StorageRequest } from './media.js';

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function createStorageServer(
  media: MediaLibrary,
  onRequest: (entry: StorageRequest) => void | Promise<void>,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    void (async () => {
      const data = await readAll(req);
      const path = new URL(req.url ?? '/', 'http://storage').pathname;
      const answer = media.storagePut((req.method ?? 'GET').toUpperCase(), path, req.headers, data);
      await onRequest(media.storageRequests.at(-1)!);
      if (req.socket.destroyed) return;
      res.writeHead(answer.status, { 'content-type': 'application/xml' });
      res.end(answer.body);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
