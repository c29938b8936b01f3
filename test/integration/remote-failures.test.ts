/**
 * What a user sees when Zendesk cannot be used: the CLI (`main()`, as `npx` runs it) against a
 * closed port, an unknown host, a self-signed certificate, a server that resets connections,
 * one that never answers, and bad credentials. Every message names the method, the scheme,
 * host, port and path, and the cause; none holds a secret; the exit code is 3.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { buildConfig } from '../../src/config/settings.js';
import { runErrorOf } from '../../src/report/model.js';
import { createConsoleLogger } from '../../src/logger.js';
import { runPublish } from '../../src/run/publish.js';
import { isRemoteError } from '../../src/remote/errors.js';
import { DEFAULTS_YML, DocsTree } from '../helpers/docs-tree.js';
import {
  closedPort,
  httpsServer,
  makeCertificates,
  resettingServer,
  silentServer,
  UNKNOWN_HOST,
  type Listening,
  type TestCertificates,
} from '../helpers/net-failures.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';

const CLIENT_ID = 'zgp-client';
const CLIENT_SECRET = 'client-secret-that-must-never-show';
const READY_TOKEN = 'ready-oauth-token-that-must-never-show';
const API_TOKEN = 'api-token-that-must-never-show';
const SECRETS = [CLIENT_SECRET, READY_TOKEN, API_TOKEN, Buffer.from(`agent@example.com/token:${API_TOKEN}`).toString('base64')];

let tree: DocsTree;
let certs: TestCertificates | undefined;
let tlsServer: Listening | undefined;
beforeAll(async () => {
  tree = await DocsTree.create({ 'docs/_defaults.yml': DEFAULTS_YML, 'docs/a.md': '---\ntitle: A\n---\nHello.\n' });
  certs = makeCertificates();
  if (certs) tlsServer = await httpsServer(certs.selfSigned);
});
afterAll(async () => {
  await tlsServer?.close();
});

const oauthClient = (url: string) => ({ ZENDESK_URL: url, ZENDESK_OAUTH_CLIENT_ID: CLIENT_ID, ZENDESK_OAUTH_CLIENT_SECRET: CLIENT_SECRET });

/** Runs the CLI as a user would, capturing what it prints. */
async function cli(command: 'plan' | 'publish', env: Record<string, string>): Promise<{ code: number; stderr: string; stdout: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = process.stdout.write.bind(process.stdout);
  const stderr = process.stderr.write.bind(process.stderr);
  process.stdout.write = (chunk: string | Uint8Array) => out.push(String(chunk)) > 0;
  process.stderr.write = (chunk: string | Uint8Array) => err.push(String(chunk)) > 0;
  try {
    const code = await main([command, '--repo', tree.repo], env);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = stdout;
    process.stderr.write = stderr;
  }
}

/** The one error line the CLI prints for a remote failure. */
function errorLine(run: { stderr: string; stdout: string }): string {
  const lines = run.stderr.split('\n').filter((l) => l.startsWith('error: '));
  expect(lines).toHaveLength(1);
  for (const secret of SECRETS) {
    expect(run.stderr).not.toContain(secret);
    expect(run.stdout).not.toContain(secret);
  }
  return lines[0]!;
}

describe('OAuth client credentials: the token exchange', () => {
  it('a closed port: connection refused, after the bounded retries', async () => {
    const port = await closedPort();
    const run = await cli('plan', oauthClient(`http://127.0.0.1:${port}`));
    expect(run.code).toBe(3);
    expect(errorLine(run)).toBe(
      `error: POST http://127.0.0.1:${port}/oauth/tokens failed: connection refused (ECONNREFUSED): nothing accepts connections at that host and port (tried 5 times)`,
    );
  });

  it('an unknown host: host not found', async () => {
    const run = await cli('plan', oauthClient(`https://${UNKNOWN_HOST}`));
    expect(run.code).toBe(3);
    // ENOTFOUND (not retried) when the resolver answers; EAI_AGAIN (retried) when there is none to ask.
    expect(errorLine(run)).toMatch(
      new RegExp(
        `^error: POST https://${UNKNOWN_HOST.replace('.', '\\.')}:443/oauth/tokens failed: host not found \\((ENOTFOUND|EAI_AGAIN)\\): `,
      ),
    );
  });

  it('a self-signed certificate: certificate problem, at once', async (ctx) => {
    if (!tlsServer) return ctx.skip();
    const run = await cli('plan', oauthClient(`https://127.0.0.1:${tlsServer.port}`));
    expect(run.code).toBe(3);
    expect(errorLine(run)).toBe(
      `error: POST https://127.0.0.1:${tlsServer.port}/oauth/tokens failed: certificate problem (DEPTH_ZERO_SELF_SIGNED_CERT): the server's certificate is self-signed`,
    );
  });

  it('a server that resets the connection: connection reset, after the bounded retries', async () => {
    const server = await resettingServer();
    try {
      const run = await cli('plan', oauthClient(`http://127.0.0.1:${server.port}`));
      expect(run.code).toBe(3);
      expect(errorLine(run)).toBe(
        `error: POST http://127.0.0.1:${server.port}/oauth/tokens failed: connection reset (ECONNRESET): the server, a proxy or the network dropped the connection (tried 5 times)`,
      );
    } finally {
      await server.close();
    }
  });

  it('a server that never answers: timeout', async () => {
    const server = await silentServer();
    try {
      const config = buildConfig(
        {
          zendeskUrl: `http://127.0.0.1:${server.port}`,
          oauthClientId: CLIENT_ID,
          oauthClientSecret: CLIENT_SECRET,
          path: 'docs',
          mode: 'dry-run',
        },
        { repoRoot: tree.repo },
      );
      const log: string[] = [];
      // The CLI has no setting for the time limit (60 s): a shorter one comes in through fetch.
      const quick: typeof fetch = (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(150) });
      const error = await runPublish(config, createConsoleLogger({ write: (l) => log.push(l) }), { fetch: quick }).catch((e: unknown) => e);
      // The pipeline hands the cause on inside a PipelineError, with what it had found so far.
      expect(isRemoteError((error as Error).cause)).toBe(true);
      // What the CLI prints after "error: ", and the report's kind (exit 3).
      expect(runErrorOf(error)).toEqual({
        kind: 'remote',
        message: `POST http://127.0.0.1:${server.port}/oauth/tokens failed: timeout: no answer in time (tried 5 times)`,
      });
      expect(log.join('\n')).not.toContain(CLIENT_SECRET);
    } finally {
      await server.close();
    }
  });

  describe('answers from Zendesk', () => {
    let sim: Simulator;
    beforeAll(async () => {
      sim = await startSimulator();
    });
    afterAll(() => sim.close());

    it("a wrong client secret: 401 with Zendesk's words and a hint about the client", async () => {
      const run = await cli('plan', { ...oauthClient(sim.url), ZENDESK_OAUTH_CLIENT_ID: sim.credentials.oauthClientId });
      expect(run.code).toBe(3);
      expect(errorLine(run)).toBe(
        `error: POST ${sim.url}/oauth/tokens answered 401: invalid_client: Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method. ` +
          '(check the OAuth client id and secret; the client must be a Confidential client in Admin Center, allowed the "read write" scope)',
      );
    });

    it('the right client publishes (exit 0), so the failures above are the failures', async () => {
      const run = await cli('publish', {
        ZENDESK_URL: sim.url,
        ZENDESK_OAUTH_CLIENT_ID: sim.credentials.oauthClientId,
        ZENDESK_OAUTH_CLIENT_SECRET: sim.credentials.oauthClientSecret,
      });
      expect(run.stderr).not.toMatch(/^error: /m);
      expect(run.code).toBe(0);
    });

    it('a ready OAuth token that is wrong: 401 naming the API request', async () => {
      const run = await cli('plan', { ZENDESK_URL: sim.url, ZENDESK_OAUTH_TOKEN: READY_TOKEN });
      expect(run.code).toBe(3);
      expect(errorLine(run)).toMatch(
        new RegExp(
          `^error: GET ${sim.url.replace(/\./g, '\\.')}/api/v2/\\S+ answered 401: Couldn't authenticate you \\(check the Zendesk credentials`,
        ),
      );
    });

    it('an API token that is wrong: 401 naming the API request', async () => {
      const run = await cli('plan', { ZENDESK_URL: sim.url, ZENDESK_EMAIL: 'agent@example.com', ZENDESK_API_TOKEN: API_TOKEN });
      expect(run.code).toBe(3);
      expect(errorLine(run)).toMatch(new RegExp(`^error: GET ${sim.url.replace(/\./g, '\\.')}/api/v2/\\S+ answered 401: `));
    });
  });
});

describe('a ready OAuth token and an API token: the first API request', () => {
  it('a ready token against a self-signed certificate', async (ctx) => {
    if (!tlsServer) return ctx.skip();
    const run = await cli('plan', { ZENDESK_URL: `https://127.0.0.1:${tlsServer.port}`, ZENDESK_OAUTH_TOKEN: READY_TOKEN });
    expect(run.code).toBe(3);
    expect(errorLine(run)).toMatch(
      new RegExp(
        `^error: GET https://127\\.0\\.0\\.1:${tlsServer.port}/api/v2/\\S+ failed: certificate problem \\(DEPTH_ZERO_SELF_SIGNED_CERT\\): the server's certificate is self-signed$`,
      ),
    );
  });

  it('an API token against an unknown host', async () => {
    const run = await cli('plan', {
      ZENDESK_URL: `https://${UNKNOWN_HOST}`,
      ZENDESK_EMAIL: 'agent@example.com',
      ZENDESK_API_TOKEN: API_TOKEN,
    });
    expect(run.code).toBe(3);
    expect(errorLine(run)).toMatch(
      new RegExp(
        `^error: GET https://${UNKNOWN_HOST.replace('.', '\\.')}:443/api/v2/\\S+ failed: host not found \\((ENOTFOUND|EAI_AGAIN)\\): `,
      ),
    );
  });
});
