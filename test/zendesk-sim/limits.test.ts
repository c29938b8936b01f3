import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type RequestLogEntry, type Simulator } from './index.js';
import { call, createArticle, manualClock, SECTION, newArticle } from './test-helpers.js';

let sims: Simulator[] = [];
async function sim(options: Parameters<typeof startSimulator>[0] = {}): Promise<Simulator> {
  const s = await startSimulator(options);
  sims.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(sims.map((s) => s.close()));
  sims = [];
});

describe('rate limits', () => {
  it('answers 429 with Retry-After once the window is used up, and recovers in the next window', async () => {
    const clock = manualClock(Date.UTC(2025, 0, 1, 0, 0, 0));
    const s = await sim({ now: clock.now, rateLimitPerMinute: 3, rateLimitWindowMs: 10_000 });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await call(s, 'GET', '/api/v2/help_center/articles');
      statuses.push(res.status);
      expect(res.headers.get('x-rate-limit')).toBe('3');
      expect(res.headers.get('x-rate-limit-remaining')).toBe(String(2 - i));
    }
    clock.advance(2_500);
    const limited = await call(s, 'GET', '/api/v2/help_center/articles');
    expect(statuses).toEqual([200, 200, 200]);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('8'); // 7.5 s left, rounded up
    expect(limited.headers.get('x-rate-limit-remaining')).toBe('0');
    expect(limited.body.error).toBeTruthy();
    // /oauth/tokens and attachment downloads are not counted
    const c = s.credentials;
    const token = await call(s, 'POST', '/oauth/tokens', {
      auth: 'none',
      json: { grant_type: 'client_credentials', client_id: c.oauthClientId, client_secret: c.oauthClientSecret, scope: 'read' },
    });
    expect(token.status).toBe(200);
    clock.advance(7_500);
    expect((await call(s, 'GET', '/api/v2/help_center/articles')).status).toBe(200);
    expect(s.counters().status429).toBe(1);
  });

  it('gives the incremental export its own, lower limit', async () => {
    const s = await sim({ incrementalRateLimitPerMinute: 2 });
    const path = '/api/v2/help_center/incremental/articles?start_time=0';
    expect((await call(s, 'GET', path)).status).toBe(200);
    const second = await call(s, 'GET', path);
    expect(second.status).toBe(200);
    expect(second.headers.get('zendesk-ratelimit-incremental-exports')).toMatch(/total=2; remaining=0; resets=\d+/);
    const third = await call(s, 'GET', path);
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await call(s, 'GET', '/api/v2/help_center/articles')).status).toBe(200);
  });

  it('can be switched off and changed at runtime', async () => {
    const s = await sim({ rateLimitPerMinute: 1 });
    await call(s, 'GET', '/api/v2/help_center/articles');
    expect((await call(s, 'GET', '/api/v2/help_center/articles')).status).toBe(429);
    s.setOptions({ rateLimitPerMinute: 0 });
    const res = await call(s, 'GET', '/api/v2/help_center/articles');
    expect(res.status).toBe(200);
    expect(Number(res.headers.get('x-rate-limit-remaining'))).toBeGreaterThan(1000);
  });
});

describe('faults', () => {
  it('failNext answers the given status for the next matching requests only', async () => {
    const s = await sim();
    s.failNext({ method: 'POST', path: /\/sections\/\d+\/articles$/, status: 500, times: 2 });
    s.failNext({ path: '/api/v2/help_center/articles/:id', status: 429 });
    const path = `/api/v2/help_center/sections/${SECTION}/articles`;
    expect((await call(s, 'GET', '/api/v2/help_center/articles')).status).toBe(200); // does not match
    expect((await call(s, 'POST', path, { json: newArticle() })).status).toBe(500);
    expect((await call(s, 'POST', path, { json: newArticle() })).status).toBe(500);
    const created = await call<{ article: { id: number } }>(s, 'POST', path, { json: newArticle() });
    expect(created.status).toBe(201);
    const limited = await call(s, 'GET', `/api/v2/help_center/articles/${created.body.article.id}`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect((await call(s, 'GET', `/api/v2/help_center/articles/${created.body.article.id}`)).status).toBe(200);
    expect(s.counters().faults).toBe(3);
    expect(s.store.liveArticles()).toHaveLength(3); // failed creates stored nothing
  });

  it('a fault after handling applies the write and loses its answer: a reset or a 503', async () => {
    const s = await sim();
    const path = `/api/v2/help_center/sections/${SECTION}/articles`;
    const before = s.store.liveArticles().length;
    s.failNext({ method: 'POST', path: /\/sections\/\d+\/articles$/, status: 'reset', after: true });
    await expect(call(s, 'POST', path, { json: newArticle({ title: 'Lost answer' }) })).rejects.toThrow();
    s.failNext({ method: 'POST', path: /\/sections\/\d+\/articles$/, status: 503, after: true });
    expect((await call(s, 'POST', path, { json: newArticle({ title: 'Lost too' }) })).status).toBe(503);
    // Both writes were applied, though neither client saw a success.
    expect(s.store.liveArticles()).toHaveLength(before + 2);
    const posts = s.requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => [r.fault, r.faultAfterHandling, r.status])).toEqual([
      ['rule', true, 0],
      ['rule', true, 503],
    ]);
    // A reset before handling (the default) applies nothing.
    s.failNext({ method: 'POST', path: /\/sections\/\d+\/articles$/, status: 'reset' });
    await expect(call(s, 'POST', path, { json: newArticle() })).rejects.toThrow();
    expect(s.store.liveArticles()).toHaveLength(before + 2);
  });

  it('seeded faults strike after handling for the share asked', async () => {
    const s = await sim({ faults: { seed: 3, error5xxRate: 0.5, resetRate: 0, slowRate: 0, slowMs: 0, afterShare: 0.5 } });
    const before = s.store.liveArticles().length;
    const path = `/api/v2/help_center/sections/${SECTION}/articles`;
    for (let i = 0; i < 40; i++) await call(s, 'POST', path, { json: newArticle({ title: `A${i}` }) });
    const entries = s.requests;
    const after = entries.filter((r) => r.faultAfterHandling).length;
    const beforeFaults = entries.filter((r) => r.fault === '5xx' && !r.faultAfterHandling).length;
    expect(after).toBeGreaterThan(0);
    expect(beforeFaults).toBeGreaterThan(0);
    // Created: every request but those faulted before handling.
    expect(s.store.liveArticles()).toHaveLength(before + 40 - beforeFaults);
  });

  it('lets a test act on each request as it arrives and once handled, or drop it unhandled', async () => {
    const seen: string[] = [];
    const s = await sim({
      onRequest: (entry, phase) => {
        seen.push(`${phase} ${entry.method}`);
        return entry.method === 'POST' && phase === 'received' ? 'drop' : undefined;
      },
    });
    const before = s.store.liveArticles().length;
    expect((await call(s, 'GET', '/api/v2/help_center/locales')).status).toBe(200);
    await expect(call(s, 'POST', `/api/v2/help_center/sections/${SECTION}/articles`, { json: newArticle() })).rejects.toThrow();
    expect(seen).toEqual(['received GET', 'handled GET', 'received POST']);
    expect(s.requests.at(-1)).toMatchObject({ method: 'POST', dropped: true, status: 0 });
    expect(s.store.liveArticles()).toHaveLength(before);
  });

  it('seeded faults are reproducible for the same seed and request sequence', async () => {
    const run = async (seed: number): Promise<string[]> => {
      const s = await sim({ faults: { seed, error5xxRate: 0.3, resetRate: 0.15, slowRate: 0.2, slowMs: 5 } });
      const outcomes: string[] = [];
      for (let i = 0; i < 40; i++) {
        try {
          const res = await fetch(`${s.url}/api/v2/help_center/articles`, { headers: { connection: 'close' } });
          await res.arrayBuffer();
          outcomes.push(String(res.status));
        } catch {
          outcomes.push('reset');
        }
      }
      expect(s.requests.map((r) => r.fault ?? 'none')).toHaveLength(40);
      return outcomes;
    };
    const a = await run(42);
    const b = await run(42);
    const c = await run(7);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a).toContain('503');
    expect(a).toContain('reset');
    expect(a).toContain('200');
  });
});

describe('request log', () => {
  it('records every request with route, query, auth, status and body', async () => {
    const s = await sim();
    await call(s, 'GET', '/api/v2/help_center/articles.json?per_page=5&page=2', { auth: 'none' });
    const a = await createArticle(s, { title: 'Logged' });
    await call(s, 'PUT', `/api/v2/help_center/articles/${a.id}/translations/en-us.json`, { json: { translation: { title: 'Logged 2' } } });
    await call(s, 'GET', '/api/v2/nope');
    // admin routes are not logged
    await fetch(`${s.url}/__sim/state`);

    const log: RequestLogEntry[] = s.requests;
    expect(log.map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    expect(log[0]).toMatchObject({
      method: 'GET',
      path: '/api/v2/help_center/articles',
      route: '/api/v2/help_center/articles',
      query: { per_page: '5', page: '2' },
      status: 200,
      auth: 'anonymous',
    });
    expect(log[1]?.body).toMatchObject({ article: { title: 'Logged' } });
    expect(log[2]?.route).toBe('/api/v2/help_center/articles/:id/translations/:locale');
    expect(log[3]).toMatchObject({ status: 404, route: '(unmatched)' });
    expect(s.writes().map((w) => w.method)).toEqual(['POST', 'PUT']);
    const counters = s.counters();
    expect(counters).toMatchObject({ total: 4, writes: 2, status429: 0, faults: 0 });
    expect(counters.byRoute['POST /api/v2/help_center/sections/:id/articles']).toBe(1);
    expect(counters.byRoute['PUT /api/v2/help_center/articles/:id/translations/:locale']).toBe(1);

    const sameArray = s.requests;
    s.resetLog();
    expect(sameArray).toHaveLength(0);
    expect(s.counters().total).toBe(0);
  });

  it('adds latency and serves the admin routes', async () => {
    const s = await sim({ latencyMs: 60 });
    const started = Date.now();
    await call(s, 'GET', '/api/v2/help_center/locales');
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
    expect(s.requests[0]?.durationMs).toBeGreaterThanOrEqual(55);

    const state = (await (await fetch(`${s.url}/__sim/state`)).json()) as { articles: unknown[]; url: string };
    expect(state.url).toBe(s.url);
    expect(state.articles).toHaveLength(2);
    expect(JSON.parse(JSON.stringify(s.dump()))).toEqual(state);

    const requests = (await (await fetch(`${s.url}/__sim/requests`)).json()) as RequestLogEntry[];
    expect(requests).toHaveLength(1);
    await fetch(`${s.url}/__sim/reset-log`, { method: 'POST' });
    expect(s.requests).toHaveLength(0);

    const opts = await fetch(`${s.url}/__sim/options`, { method: 'POST', body: JSON.stringify({ latencyMs: 0, rateLimitPerMinute: 1 }) });
    expect(opts.status).toBe(200);
    await call(s, 'GET', '/api/v2/help_center/locales');
    expect((await call(s, 'GET', '/api/v2/help_center/locales')).status).toBe(429);

    s.setOptions({ rateLimitPerMinute: 0 });
    const c = s.credentials;
    const token = await call<{ access_token: string }>(s, 'POST', '/oauth/tokens', {
      auth: 'none',
      json: { grant_type: 'client_credentials', client_id: c.oauthClientId, client_secret: c.oauthClientSecret, scope: 'read write' },
    });
    await fetch(`${s.url}/__sim/expire-tokens`, { method: 'POST' });
    expect((await call(s, 'GET', '/api/v2/users/me', { auth: { header: `Bearer ${token.body.access_token}` } })).status).toBe(401);

    await fetch(`${s.url}/__sim/fail-next`, { method: 'POST', body: JSON.stringify({ pathRegex: 'locales$', status: 502 }) });
    expect((await call(s, 'GET', '/api/v2/help_center/locales')).status).toBe(502);
  });
});

// Guide's product limits (https://support.zendesk.com/hc/en-us/articles/4408831783962): "40,000
// articles", archived ones and translations not counted, and 5,000 articles in one section.
// What Zendesk answers past them is not documented: the simulator refuses with a 422.
describe('how many articles Guide holds', () => {
  const fill = (s: Simulator, sectionId: number, n: number) => {
    for (let i = 0; i < n; i++) s.store.createArticleDirect({ section_id: sectionId, title: `A ${i}`, body: '<p>a</p>' });
  };

  it('refuses a 5,001st article in a section, created or moved there, and counts an archived one out', async () => {
    const s = await sim({ reformatHtml: false });
    const before = s.store.liveArticles().filter((a) => a.section_id === SECTION).length;
    fill(s, SECTION, 5_000 - before);
    const refused = await call(s, 'POST', `/api/v2/help_center/sections/${SECTION}/articles`, { json: newArticle() });
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body)).toContain('5000');
    const other = s.store.createArticleDirect({ section_id: 360000200002, title: 'Other', body: '<p>o</p>' }) as { id: number };
    const moved = await call(s, 'PUT', `/api/v2/help_center/articles/${other.id}`, { json: { article: { section_id: SECTION } } });
    expect(moved.status).toBe(422);
    s.store.archiveArticle(s.store.liveArticles().find((a) => a.section_id === SECTION)!.id);
    expect((await call(s, 'PUT', `/api/v2/help_center/articles/${other.id}`, { json: { article: { section_id: SECTION } } })).status).toBe(
      200,
    );
  });

  it('refuses a 40,001st article in the account, translations not counted', async () => {
    const s = await sim({ reformatHtml: false });
    const sections = Array.from({ length: 9 }, (_, i) => s.store.createSection(360000100001, { locale: 'en-us', name: `S${i}` }, 0).id);
    const before = s.store.liveArticles().length;
    const n = 40_000 - before;
    for (let i = 0; i < n; i++)
      s.store.createArticleDirect({
        section_id: sections[i % 9]!,
        title: `A ${i}`,
        body: '<p>a</p>',
        translations: [{ locale: 'fr', title: `A ${i} (fr)`, body: '<p>b</p>', draft: false }],
      });
    expect(s.store.translations.filter((t) => t.source_type === 'article').length).toBeGreaterThan(40_000);
    const refused = await call(s, 'POST', `/api/v2/help_center/sections/${SECTION}/articles`, { json: newArticle() });
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body)).toContain('40000');
    s.store.archiveArticle(s.store.liveArticles()[0]!.id);
    expect((await call(s, 'POST', `/api/v2/help_center/sections/${SECTION}/articles`, { json: newArticle() })).status).toBe(201);
  });
});
