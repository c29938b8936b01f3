import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuthConfig } from '../../src/config/types.js';
import { createConsoleLogger } from '../../src/logger.js';
import { ZendeskClient } from '../../src/remote/client.js';
import { describeRequest, isRemoteError, ZendeskApiError, ZendeskNetworkError } from '../../src/remote/errors.js';
import { fetchArticles, fetchSnapshot } from '../../src/remote/snapshot.js';
import { closedPort, httpsServer, makeCertificates, silentServer } from '../helpers/net-failures.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';

let sim: Simulator;
const lines: string[] = [];
const logger = () => createConsoleLogger({ write: (l) => lines.push(l), verbose: true });
const noSleep = async () => {};

beforeEach(async () => {
  sim = await startSimulator();
  lines.length = 0;
});
afterEach(async () => {
  await sim.close();
});

function client(auth: AuthConfig, extra: Partial<ConstructorParameters<typeof ZendeskClient>[0]> = {}) {
  return new ZendeskClient({ baseUrl: sim.url, auth, logger: logger(), ...extra });
}

const oauth = (): AuthConfig => ({
  kind: 'oauth-client',
  clientId: sim.credentials.oauthClientId,
  clientSecret: sim.credentials.oauthClientSecret,
});

function seedArticles(n: number) {
  for (let i = 0; i < n; i++) {
    sim.store.createArticleDirect({ section_id: 360000200001, title: `Article ${i}`, body: `<p>${i}</p>` });
  }
}

describe('authentication', () => {
  it('exchanges OAuth client credentials for a bearer token once, and masks it', async () => {
    const log = logger();
    const c = new ZendeskClient({ baseUrl: sim.url, auth: oauth(), logger: log });
    await c.listLocales();
    await c.listSections();
    const tokenRequests = sim.requests.filter((r) => r.path === '/oauth/tokens');
    expect(tokenRequests).toHaveLength(1);
    expect(tokenRequests[0]!.body).toMatchObject({ grant_type: 'client_credentials', scope: 'read write' });
    expect(sim.requests.filter((r) => r.path.startsWith('/api/v2')).every((r) => r.auth === 'oauth')).toBe(true);
    expect(log.secrets.has(sim.credentials.oauthClientSecret)).toBe(true);
    expect(log.secrets.size).toBeGreaterThanOrEqual(2); // the secret and the issued token
  });

  it('gets a new token once when the current one expires mid-run', async () => {
    const c = client(oauth());
    await c.listLocales();
    sim.expireTokens();
    await expect(c.listSections()).resolves.toHaveLength(5);
    expect(sim.requests.filter((r) => r.path === '/oauth/tokens')).toHaveLength(2);
    expect(sim.requests.filter((r) => r.status === 401)).toHaveLength(1);
  });

  it('speaks a ready OAuth token and legacy API-token Basic auth', async () => {
    await client({ kind: 'oauth-token', token: sim.credentials.oauthToken }).listLocales();
    await client({ kind: 'api-token', email: sim.credentials.email, token: sim.credentials.apiToken }).listLocales();
    expect(sim.requests.map((r) => r.auth)).toEqual(['bearer', 'basic']);
  });

  it('reports bad credentials with the status and without the secret', async () => {
    const err = await client({ kind: 'api-token', email: sim.credentials.email, token: 'not-the-token' })
      .exportArticles(0)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZendeskApiError);
    expect((err as ZendeskApiError).status).toBe(401);
    expect((err as Error).message).toMatch(/answered 401/);
    expect((err as Error).message).not.toContain('not-the-token');
  });

  it('refuses an end user with 403 on the export and falls back to the list', async () => {
    const log = logger();
    const c = new ZendeskClient({
      baseUrl: sim.url,
      auth: { kind: 'api-token', email: sim.credentials.endUserEmail, token: sim.credentials.endUserApiToken },
      logger: log,
    });
    const result = await fetchArticles(c, log);
    expect(result.articlesVia).toBe('list');
    expect(lines.some((l) => l.includes('incremental article export is not available'))).toBe(true);
  });
});

describe('pagination and the snapshot', () => {
  it('follows cursor pagination across pages', async () => {
    seedArticles(250);
    const articles = await client(oauth()).listArticles();
    expect(articles).toHaveLength(252);
    expect(new Set(articles.map((a) => a.id)).size).toBe(252);
    expect(sim.requests.filter((r) => r.route.endsWith('/help_center/articles'))).toHaveLength(3);
  });

  it('reads every article through the export in pages, de-duplicated, translations embedded', async () => {
    let t = Date.UTC(2026, 0, 1);
    sim.setOptions({ exportPageSize: 100, now: () => (t += 1000) });
    seedArticles(250);
    const result = await fetchArticles(client(oauth()), logger());
    expect(result.articlesVia).toBe('incremental-export');
    expect(result.articles.size).toBe(252);
    const withFr = [...result.articles.values()].find((a) => a.title === 'Contact support');
    expect(withFr?.translations?.map((x) => x.locale).sort()).toEqual(['en-us', 'fr']);
    expect(sim.requests.filter((r) => r.route.includes('incremental')).length).toBe(3);
  });

  it('does not loop on a full export page whose items share one timestamp', async () => {
    sim.setOptions({ exportPageSize: 100, now: () => Date.UTC(2026, 0, 1) });
    seedArticles(150);
    const result = await fetchArticles(client(oauth()), logger());
    expect(result.articlesVia).toBe('list');
    expect(result.articles.size).toBe(152);
    expect(sim.requests.filter((r) => r.route.includes('incremental')).length).toBe(2);
    expect(lines.some((l) => l.includes('same second'))).toBe(true);
  });

  it('costs six requests for the whole picture of a small help center', async () => {
    const snapshot = await fetchSnapshot(client({ kind: 'oauth-token', token: sim.credentials.oauthToken }), logger());
    expect(snapshot.defaultLocale).toBe('en-us');
    expect(snapshot.locales).toEqual(['en-us', 'fr', 'de', 'ja']);
    expect(snapshot.sections).toHaveLength(5);
    expect(sim.requests).toHaveLength(6);
    sim.resetLog();
    const lean = await fetchSnapshot(client({ kind: 'oauth-token', token: sim.credentials.oauthToken }), logger(), () => false);
    expect(lean.categories).toEqual([]);
    expect(sim.requests.map((r) => r.route)).not.toContain('/api/v2/help_center/categories');
    expect(sim.requests).toHaveLength(5);
  });
});

describe('rate limits and failures', () => {
  it('waits out 429 with Retry-After and finishes every request', async () => {
    sim.setOptions({ rateLimitPerMinute: 5, rateLimitWindowMs: 1000 });
    const c = client({ kind: 'oauth-token', token: sim.credentials.oauthToken }, { concurrency: 4 });
    const results = await Promise.all(Array.from({ length: 12 }, () => c.listLocales()));
    expect(results).toHaveLength(12);
    const ok = sim.requests.filter((r) => r.status === 200);
    expect(ok).toHaveLength(12);
    expect(c.http.stats.rateLimited).toBe(sim.requests.filter((r) => r.status === 429).length);
  });

  it('retries idempotent requests after a 503 and a reset connection', async () => {
    sim.failNext({ method: 'GET', path: '/api/v2/help_center/locales', status: 503, times: 2 });
    const c = client({ kind: 'oauth-token', token: sim.credentials.oauthToken }, { sleep: noSleep });
    await expect(c.listLocales()).resolves.toMatchObject({ default_locale: 'en-us' });
    expect(c.http.stats.retries).toBe(2);

    sim.setOptions({ faults: { seed: 7, resetRate: 0.5, error5xxRate: 0, slowRate: 0, slowMs: 0 } });
    const again = client({ kind: 'oauth-token', token: sim.credentials.oauthToken }, { sleep: noSleep, maxRetries: 10 });
    for (let i = 0; i < 6; i++) await again.listLocales();
    expect(again.http.stats.retries).toBeGreaterThan(0);
  });

  it('never blindly retries a create: a lost answer is left for the next run to find', async () => {
    sim.failNext({ method: 'POST', path: /\/sections\/\d+\/articles$/, status: 503 });
    const c = client({ kind: 'oauth-token', token: sim.credentials.oauthToken }, { sleep: noSleep });
    const err = await c
      .createArticle(360000200001, {
        title: 'T',
        body: '<p>x</p>',
        locale: 'en-us',
        draft: false,
        permission_group_id: 360000300001,
        user_segment_id: null,
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZendeskApiError);
    expect(sim.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('turns a refused connection into a clear network error', async () => {
    const url = sim.url;
    await sim.close();
    const c = new ZendeskClient({
      baseUrl: url,
      auth: { kind: 'oauth-token', token: 'x' },
      logger: logger(),
      sleep: noSleep,
      maxRetries: 1,
    });
    const err = await c.listLocales().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZendeskNetworkError);
    expect(isRemoteError(err)).toBe(true);
    expect((err as Error).message).toBe(
      `GET ${url}/api/v2/help_center/locales failed: connection refused (ECONNREFUSED): nothing accepts connections at that host and port (tried 2 times)`,
    );
    sim = await startSimulator();
  });
});

describe('failures name the request and the cause', () => {
  const secret = () => sim.credentials.oauthClientSecret;

  it('retries the token exchange after a network failure, with the same backoff as other requests', async () => {
    const refused = `http://127.0.0.1:${await closedPort()}`;
    const sleeps: number[] = [];
    let failures = 2;
    // The first two exchanges meet a real refused connection; then the simulator answers.
    const flaky: typeof fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.pathname === '/oauth/tokens' && failures-- > 0) return fetch(`${refused}${url.pathname}`, init);
      return fetch(input, init);
    };
    const c = client(oauth(), { fetch: flaky, sleep: (ms) => Promise.resolve(void sleeps.push(ms)) });
    await expect(c.listLocales()).resolves.toMatchObject({ default_locale: 'en-us' });
    expect(sleeps).toHaveLength(2);
    expect(sleeps[0]).toBeGreaterThanOrEqual(250);
    expect(sleeps[1]).toBeGreaterThanOrEqual(500);
    expect(c.http.stats.retries).toBe(2);
    expect(lines.filter((l) => l.includes('POST') && l.includes('/oauth/tokens failed: connection refused (ECONNREFUSED)'))).toHaveLength(
      2,
    );
    expect(lines.join('\n')).not.toContain(secret());
  });

  it('retries the token exchange after a 503', async () => {
    sim.failNext({ method: 'POST', path: '/oauth/tokens', status: 503, times: 2 });
    const c = client(oauth(), { sleep: noSleep });
    await expect(c.listLocales()).resolves.toMatchObject({ default_locale: 'en-us' });
    expect(sim.requests.filter((r) => r.path === '/oauth/tokens').map((r) => r.status)).toEqual([503, 503, 200]);
  });

  it('gives up on a refused token exchange after the bounded retries, naming method, host, port and path', async () => {
    const base = `http://127.0.0.1:${await closedPort()}`;
    const c = new ZendeskClient({ baseUrl: base, auth: oauth(), logger: logger(), sleep: noSleep, maxRetries: 2 });
    const err = await c.listLocales().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZendeskNetworkError);
    expect((err as ZendeskNetworkError).request).toBe(`POST ${base}/oauth/tokens`);
    expect((err as Error).message).toBe(
      `POST ${base}/oauth/tokens failed: connection refused (ECONNREFUSED): nothing accepts connections at that host and port (tried 3 times)`,
    );
    expect((err as Error).message).not.toContain(secret());
  });

  it('says which request timed out and after how long', async () => {
    const silent = await silentServer();
    try {
      const base = `http://127.0.0.1:${silent.port}`;
      const c = new ZendeskClient({
        baseUrl: base,
        auth: { kind: 'oauth-token', token: 'ready-token' },
        logger: logger(),
        sleep: noSleep,
        maxRetries: 1,
        timeoutMs: 200,
      });
      const err = await c.exportArticles(0).catch((e: unknown) => e);
      // The query (start_time here; anything in a next_page link) is never part of the message.
      expect((err as Error).message).toBe(
        `GET ${base}/api/v2/help_center/incremental/articles failed: timeout: no answer within 0.2 s (tried 2 times)`,
      );
      expect((err as ZendeskNetworkError).kind).toBe('timeout');
    } finally {
      await silent.close();
    }
  });

  it('does not retry a certificate problem, which no retry can fix', async (ctx) => {
    const certs = makeCertificates();
    if (!certs) return ctx.skip();
    const server = await httpsServer(certs.selfSigned);
    try {
      const base = `https://127.0.0.1:${server.port}`;
      const c = new ZendeskClient({ baseUrl: base, auth: oauth(), logger: logger(), sleep: noSleep });
      const err = await c.listLocales().catch((e: unknown) => e);
      expect((err as Error).message).toBe(
        `POST ${base}/oauth/tokens failed: certificate problem (DEPTH_ZERO_SELF_SIGNED_CERT): the server's certificate is self-signed`,
      );
      expect(c.http.stats.retries).toBe(0);
    } finally {
      await server.close();
    }
  });

  it('reports a refused client like any other Zendesk answer, with the host and a hint about the client', async () => {
    const c = client(
      { kind: 'oauth-client', clientId: sim.credentials.oauthClientId, clientSecret: 'wrong-secret-value' },
      { sleep: noSleep },
    );
    const err = await c.listLocales().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZendeskApiError);
    expect((err as Error).message).toBe(
      `POST ${sim.url}/oauth/tokens answered 401: invalid_client: Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method. ` +
        '(check the OAuth client id and secret; the client must be a Confidential client in Admin Center, allowed the "read write" scope)',
    );
    // One exchange: a 401 is an answer, not a reason to try again.
    expect(sim.requests.filter((r) => r.path === '/oauth/tokens')).toHaveLength(1);
  });

  it('refuses to follow a next_page link to another host, as a remote failure', async () => {
    const page = { sections: [], next_page: 'https://elsewhere.example/api/v2/help_center/sections?page=2&token=x' };
    const answer: typeof fetch = () =>
      Promise.resolve(new Response(JSON.stringify(page), { status: 200, headers: { 'content-type': 'application/json' } }));
    const err = await client({ kind: 'oauth-token', token: 'ready-token' }, { fetch: answer })
      .listSections()
      .catch((e: unknown) => e);
    expect(isRemoteError(err)).toBe(true);
    expect((err as Error).message).toBe(
      `GET https://elsewhere.example:443/api/v2/help_center/sections not sent: Zendesk linked to another host than ${sim.url}, and credentials go only there`,
    );
  });

  it('names the default port of an https URL', () => {
    expect(describeRequest('GET', new URL('https://acme.zendesk.com/api/v2/help_center/locales?x=secret'))).toBe(
      'GET https://acme.zendesk.com:443/api/v2/help_center/locales',
    );
    expect(describeRequest('POST', new URL('https://user:pw@acme.zendesk.com:8443/oauth/tokens'))).toBe(
      'POST https://acme.zendesk.com:8443/oauth/tokens',
    );
  });
});
