import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuthConfig } from '../../src/config/types.js';
import { createConsoleLogger } from '../../src/logger.js';
import { ZendeskClient } from '../../src/remote/client.js';
import { ZendeskApiError, ZendeskNetworkError } from '../../src/remote/errors.js';
import { fetchArticles, fetchSnapshot } from '../../src/remote/snapshot.js';
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

const oauth = (): AuthConfig => ({ kind: 'oauth-client', clientId: sim.credentials.oauthClientId, clientSecret: sim.credentials.oauthClientSecret });

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
      .createArticle(360000200001, { title: 'T', body: '<p>x</p>', locale: 'en-us', draft: false, permission_group_id: 360000300001, user_segment_id: null })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZendeskApiError);
    expect(sim.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('turns a refused connection into a clear network error', async () => {
    const url = sim.url;
    await sim.close();
    const c = new ZendeskClient({ baseUrl: url, auth: { kind: 'oauth-token', token: 'x' }, logger: logger(), sleep: noSleep, maxRetries: 1 });
    await expect(c.listLocales()).rejects.toBeInstanceOf(ZendeskNetworkError);
    sim = await startSimulator();
  });
});
