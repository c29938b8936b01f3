/**
 * Real network failures on 127.0.0.1, for the tests of error messages: a port nothing listens
 * on, a server that never answers, one that resets every connection, and HTTPS servers with
 * certificates fetch refuses (made with openssl; `node:crypto` makes keys but not X.509).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A name that never resolves (RFC 2606 reserves `.invalid`). */
export const UNKNOWN_HOST = 'zgp-test.invalid';

export interface Listening {
  port: number;
  close(): Promise<void>;
}

function listen(server: net.Server): Promise<Listening> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        port: (server.address() as net.AddressInfo).port,
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

/** A port that was just listened on and is now closed: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const server = await listen(net.createServer());
  await server.close();
  return server.port;
}

/** Accepts connections and reads requests, but never answers. */
export function silentServer(): Promise<Listening> {
  return listen(net.createServer((socket) => socket.resume()));
}

/** Resets every connection once the request arrives (TCP RST, not a clean close). */
export function resettingServer(): Promise<Listening> {
  return listen(net.createServer((socket) => socket.once('data', () => socket.resetAndDestroy())));
}

/** Closes every connection cleanly once the request arrives, without answering. */
export function closingServer(): Promise<Listening> {
  return listen(net.createServer((socket) => socket.once('data', () => socket.end())));
}

export interface KeyPair {
  key: string;
  cert: string;
}

export interface TestCertificates {
  /** Self-signed, for 127.0.0.1. */
  selfSigned: KeyPair;
  /** A CA nobody trusts, and a certificate for 127.0.0.1 it signed. */
  ca: string;
  leaf: KeyPair;
  /** Signed by the same CA, expired yesterday; undefined when this openssl will not make one. */
  expired: KeyPair | undefined;
}

/** undefined when openssl is not installed (the tests that need it are skipped, saying so). */
export function makeCertificates(): TestCertificates | undefined {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zgp-certs-'));
  const file = (name: string) => path.join(dir, name);
  const run = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  fs.writeFileSync(file('ext.cnf'), 'subjectAltName=IP:127.0.0.1\n');
  run([
    'req',
    '-x509',
    ...ec,
    '-keyout',
    'self.key',
    '-out',
    'self.crt',
    '-days',
    '1',
    '-subj',
    '/CN=127.0.0.1',
    '-addext',
    'subjectAltName=IP:127.0.0.1',
  ]);
  run(['req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '1', '-subj', '/CN=zgp test CA']);
  run(['req', '-new', ...ec, '-keyout', 'leaf.key', '-out', 'leaf.csr', '-subj', '/CN=127.0.0.1']);
  const sign = (out: string, days: string) =>
    run([
      'x509',
      '-req',
      '-in',
      'leaf.csr',
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      out,
      '-days',
      days,
      '-extfile',
      'ext.cnf',
    ]);
  sign('leaf.crt', '1');
  let expired: KeyPair | undefined;
  try {
    sign('expired.crt', '-1');
    expired = { key: fs.readFileSync(file('leaf.key'), 'utf8'), cert: fs.readFileSync(file('expired.crt'), 'utf8') };
  } catch {
    expired = undefined;
  }
  const pair = (name: string): KeyPair => ({
    key: fs.readFileSync(file(`${name}.key`), 'utf8'),
    cert: fs.readFileSync(file(`${name}.crt`), 'utf8'),
  });
  const result = { selfSigned: pair('self'), ca: fs.readFileSync(file('ca.crt'), 'utf8'), leaf: pair('leaf'), expired };
  fs.rmSync(dir, { recursive: true, force: true });
  return result;
}

/** An HTTPS server on 127.0.0.1 that answers 200 to anyone who accepts its certificate. */
export function httpsServer(pair: KeyPair): Promise<Listening> {
  return listen(https.createServer(pair, (_req, res) => res.end('{}')));
}
