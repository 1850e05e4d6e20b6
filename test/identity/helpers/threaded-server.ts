// An HTTP server on 127.0.0.1:0 in its own worker thread, so it can answer while the test's thread blocks in the bridge.
import { Worker } from 'node:worker_threads';

const SERVER_SOURCE = `
const http = require('node:http');
const { parentPort } = require('node:worker_threads');
const server = http.createServer((req, res) => {
  if (req.url.startsWith('/never')) return; // never answers: the caller's timeout fires
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ method: req.method, url: req.url, body, authorization: req.headers.authorization || null }));
  });
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
`;

export interface ThreadedServer {
  url: string;
  close(): Promise<void>;
}

export function startThreadedServer(): Promise<ThreadedServer> {
  const worker = new Worker(SERVER_SOURCE, { eval: true });
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (port: number) =>
      resolve({ url: `http://127.0.0.1:${port}`, close: async () => void (await worker.terminate()) }),
    );
  });
}
