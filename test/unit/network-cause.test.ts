/**
 * networkCause over real failures: each error object comes from a real fetch (or, where fetch
 * cannot be told which CA to trust, a real TLS connection) against 127.0.0.1 or a `.invalid`
 * name, never a hand-made imitation of one.
 */
import http from 'node:http';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { networkCause } from '../../src/remote/network-cause.js';
import {
  closedPort,
  closingServer,
  httpsServer,
  makeCertificates,
  resettingServer,
  silentServer,
  UNKNOWN_HOST,
  type Listening,
  type TestCertificates,
} from '../helpers/net-failures.js';

async function fetchError(url: string, init: RequestInit = {}): Promise<unknown> {
  try {
    await (await fetch(url, init)).text();
  } catch (error) {
    return error;
  }
  throw new Error(`${url} answered`);
}

/** A TLS connection that trusts `ca`, for the checks that come after trust (expiry, host name). */
function tlsError(port: number, options: tls.ConnectionOptions): Promise<Error> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host: '127.0.0.1', port, ...options }, () => {
      socket.destroy();
      reject(new Error('the TLS connection succeeded'));
    });
    socket.on('error', resolve);
  });
}

describe('networkCause', () => {
  it('names a refused connection', async () => {
    const error = await fetchError(`http://127.0.0.1:${await closedPort()}/`);
    expect(error).toMatchObject({ name: 'TypeError', message: 'fetch failed' });
    expect(networkCause(error)).toEqual({
      kind: 'refused',
      code: 'ECONNREFUSED',
      text: 'connection refused (ECONNREFUSED): nothing accepts connections at that host and port',
      transient: true,
    });
  });

  it('names a host that does not exist', async () => {
    const cause = networkCause(await fetchError(`http://${UNKNOWN_HOST}/`));
    expect(cause.kind).toBe('host-not-found');
    // ENOTFOUND when the resolver answers; EAI_AGAIN when it cannot be asked (no DNS at all).
    expect(['ENOTFOUND', 'EAI_AGAIN']).toContain(cause.code);
    expect(cause.text).toMatch(/^host not found \((ENOTFOUND|EAI_AGAIN)\): /);
    if (cause.code === 'ENOTFOUND')
      expect(cause).toMatchObject({ transient: false, text: expect.stringContaining('check the Zendesk URL or subdomain') });
  });

  it('names a reset connection and one closed before the answer', async () => {
    const reset = await resettingServer();
    const closing = await closingServer();
    try {
      expect(networkCause(await fetchError(`http://127.0.0.1:${reset.port}/`))).toEqual({
        kind: 'reset',
        code: 'ECONNRESET',
        text: 'connection reset (ECONNRESET): the server, a proxy or the network dropped the connection',
        transient: true,
      });
      expect(networkCause(await fetchError(`http://127.0.0.1:${closing.port}/`))).toEqual({
        kind: 'reset',
        code: 'UND_ERR_SOCKET',
        text: 'connection closed (UND_ERR_SOCKET): the server closed it before the answer was complete',
        transient: true,
      });
    } finally {
      await reset.close();
      await closing.close();
    }
  });

  it('names a timeout, with the limit when the caller says it was its own', async () => {
    const silent = await silentServer();
    try {
      const error = await fetchError(`http://127.0.0.1:${silent.port}/`, { signal: AbortSignal.timeout(100) });
      expect(error).toMatchObject({ name: 'TimeoutError' });
      expect(networkCause(error)).toEqual({ kind: 'timeout', code: 'TimeoutError', text: 'timeout: no answer in time', transient: true });
      expect(networkCause(error, { timeoutMs: 100 }).text).toBe('timeout: no answer within 0.1 s');
      expect(networkCause(error, { timeoutMs: 60_000 }).text).toBe('timeout: no answer within 60 s');
    } finally {
      await silent.close();
    }
  });

  it('says "plain http?" when an https URL reaches a server that does not speak TLS', async () => {
    const plain = http.createServer((_req, res) => res.end('plain'));
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
    try {
      const cause = networkCause(await fetchError(`https://127.0.0.1:${(plain.address() as { port: number }).port}/`));
      expect(cause).toEqual({
        kind: 'tls',
        code: 'ERR_SSL_WRONG_VERSION_NUMBER',
        text: 'TLS handshake failed (ERR_SSL_WRONG_VERSION_NUMBER): the server did not answer in TLS; is it plain http?',
        transient: false,
      });
    } finally {
      plain.closeAllConnections();
      await new Promise((resolve) => plain.close(resolve));
    }
  });

  it('names a port that fetch will not connect to, and does not call it transient', async () => {
    // Port 1 (tcpmux) is on the Fetch standard's list of bad ports: refused before any connection.
    expect(networkCause(await fetchError('http://127.0.0.1:1/'))).toEqual({
      kind: 'other',
      code: undefined,
      text: 'port refused by fetch (bad port): it is reserved for another protocol; use another port',
      transient: false,
    });
  });

  it('passes on an unknown code with the system message, and an error without one as its message', () => {
    const odd = Object.assign(new Error('something odd happened'), { code: 'EODD' });
    expect(networkCause(new TypeError('fetch failed', { cause: odd }))).toEqual({
      kind: 'other',
      code: 'EODD',
      text: 'network error (EODD): something odd happened',
      transient: true,
    });
    expect(networkCause(new TypeError('fetch failed', { cause: new Error('the inner story') })).text).toBe('the inner story');
    expect(networkCause('a string').text).toBe('a string');
  });

  it('finds the code inside an AggregateError (a connection tried on several addresses)', () => {
    const v6 = Object.assign(new Error('connect ECONNREFUSED ::1:1'), { code: 'ECONNREFUSED' });
    const v4 = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    expect(networkCause(new TypeError('fetch failed', { cause: new AggregateError([v6, v4]) })).code).toBe('ECONNREFUSED');
  });
});

describe('networkCause over certificates', () => {
  let certs: TestCertificates | undefined;
  beforeAll(() => {
    certs = makeCertificates();
  });
  const servers: Listening[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
  });
  const serve = async (pair: { key: string; cert: string }) => {
    const s = await httpsServer(pair);
    servers.push(s);
    return s.port;
  };

  it('names a self-signed certificate', async (ctx) => {
    if (!certs) return ctx.skip();
    const cause = networkCause(await fetchError(`https://127.0.0.1:${await serve(certs.selfSigned)}/`));
    expect(cause).toEqual({
      kind: 'certificate',
      code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
      text: "certificate problem (DEPTH_ZERO_SELF_SIGNED_CERT): the server's certificate is self-signed",
      transient: false,
    });
  });

  it('names a certificate from an issuer nobody trusts, and points at NODE_EXTRA_CA_CERTS', async (ctx) => {
    if (!certs) return ctx.skip();
    const cause = networkCause(await fetchError(`https://127.0.0.1:${await serve(certs.leaf)}/`));
    expect(cause).toMatchObject({ kind: 'certificate', code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', transient: false });
    expect(cause.text).toMatch(
      /^certificate problem \(UNABLE_TO_VERIFY_LEAF_SIGNATURE\): the certificate's issuer is not trusted .*NODE_EXTRA_CA_CERTS/,
    );
  });

  it('names a certificate for another host name', async (ctx) => {
    if (!certs) return ctx.skip();
    const error = await tlsError(await serve(certs.leaf), { ca: certs.ca, servername: 'localhost' });
    expect(networkCause(error)).toEqual({
      kind: 'certificate',
      code: 'ERR_TLS_CERT_ALTNAME_INVALID',
      text: 'certificate problem (ERR_TLS_CERT_ALTNAME_INVALID): the certificate is for another host name',
      transient: false,
    });
  });

  it('names an expired certificate', async (ctx) => {
    if (!certs?.expired) return ctx.skip();
    const error = await tlsError(await serve(certs.expired), { ca: certs.ca });
    expect(networkCause(error)).toEqual({
      kind: 'certificate',
      code: 'CERT_HAS_EXPIRED',
      text: 'certificate problem (CERT_HAS_EXPIRED): the certificate has expired',
      transient: false,
    });
  });
});
