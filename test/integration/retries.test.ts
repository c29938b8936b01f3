/**
 * The one retry policy of the transport, over HTTP against the simulator: what is sent again,
 * what is checked first, how long it waits, and when it stops.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConsoleLogger } from '../../src/logger.js';
import { ZendeskClient } from '../../src/remote/client.js';
import { ZendeskApiError } from '../../src/remote/errors.js';
import { RetryBudget } from '../../src/remote/http.js';
import type { ZdArticle } from '../../src/remote/types.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';

const SECTION = 360000200001;
const GROUP = 360000300001;
const NEW = { title: 'T', body: '<p>x</p>', locale: 'en-us', draft: false, permission_group_id: GROUP, user_segment_id: null };
const CREATE = /\/sections\/\d+\/articles$/;

let sim: Simulator;
let lines: string[];
beforeEach(async () => {
  sim = await startSimulator();
  lines = [];
});
afterEach(() => sim.close());

function client(extra: Partial<ConstructorParameters<typeof ZendeskClient>[0]> = {}) {
  return new ZendeskClient({
    baseUrl: sim.url,
    auth: { kind: 'oauth-token', token: sim.credentials.oauthToken },
    logger: createConsoleLogger({ write: (l) => lines.push(l), verbose: true }),
    sleep: () => Promise.resolve(),
    ...extra,
  });
}

const posts = () => sim.requests.filter((r) => r.method === 'POST' && CREATE.test(r.path));
const newest = (c: ZendeskClient) => async (): Promise<ZdArticle | undefined> =>
  (await c.newestArticles(SECTION, 'en-us', 5)).articles.find((a) => a.title === 'T');

describe('a create is sent again only once it is known not to have landed', () => {
  it('a lost answer (reset after the write): found by the check, not sent again', async () => {
    sim.failNext({ method: 'POST', path: CREATE, status: 'reset', after: true });
    const c = client();
    const created = await c.createArticle(SECTION, NEW, newest(c));
    expect(posts()).toHaveLength(1);
    expect(sim.store.liveArticles().filter((a) => a.id === created.id)).toHaveLength(1);
    expect(c.http.stats).toMatchObject({ retries: 1, landed: 1 });
  });

  it('a 503 after the write: found too', async () => {
    sim.failNext({ method: 'POST', path: CREATE, status: 503, after: true });
    const c = client();
    await c.createArticle(SECTION, NEW, newest(c));
    expect(posts()).toHaveLength(1);
    expect(sim.store.liveArticles().filter((a) => sim.store.sourceTranslation(a).title === 'T')).toHaveLength(1);
  });

  it('a reset or 503 before the write: the check finds nothing, so it is sent again', async () => {
    sim.failNext({ method: 'POST', path: CREATE, status: 'reset' });
    sim.failNext({ method: 'POST', path: CREATE, status: 503 });
    const c = client();
    await c.createArticle(SECTION, NEW, newest(c));
    expect(posts()).toHaveLength(3);
    expect(sim.store.liveArticles().filter((a) => sim.store.sourceTranslation(a).title === 'T')).toHaveLength(1);
    expect(c.http.stats).toMatchObject({ retries: 2, landed: 0 });
  });

  it('a refusal (4xx) is an answer: never checked, never sent again', async () => {
    sim.failNext({ method: 'POST', path: CREATE, status: 422 });
    const c = client();
    let checked = 0;
    const err = await c
      .createArticle(SECTION, NEW, () => {
        checked++;
        return Promise.resolve(undefined);
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZendeskApiError);
    expect(checked).toBe(0);
    expect(posts()).toHaveLength(1);
  });

  it('with one request in flight at a time, the check does not wait for the slot its create holds', async () => {
    sim.failNext({ method: 'POST', path: CREATE, status: 'reset', after: true });
    const c = client({ concurrency: 1 });
    await expect(c.createArticle(SECTION, NEW, newest(c))).resolves.toMatchObject({ title: 'T' });
  });

  it('a translation is checked the same way', async () => {
    const c = client();
    const article = await c.createArticle(SECTION, NEW);
    sim.failNext({ method: 'POST', path: /\/translations$/, status: 503, after: true });
    await c.createTranslation(article.id, { locale: 'fr', title: 'T fr', body: '<p>y</p>', draft: false }, () =>
      c.getTranslation(article.id, 'fr'),
    );
    expect(sim.store.listArticleTranslations(article.id).map((t) => t['locale'])).toEqual(['en-us', 'fr']);
    expect(sim.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/translations'))).toHaveLength(1);
  });
});

describe('idempotent writes', () => {
  it('a DELETE of something already gone counts as done, so a retry after a lost answer succeeds', async () => {
    const c = client();
    const article = await c.createArticle(SECTION, NEW);
    const att = await c.uploadUnassociated({ name: 'a.png', contentType: 'image/png', data: new Uint8Array([1]) }, true);
    await c.bulkAttach(article.id, [att.id]);
    sim.failNext({ method: 'DELETE', path: /\/attachments\/\d+$/, status: 'reset', after: true });
    await c.deleteAttachment(att.id);
    expect(sim.requests.filter((r) => r.method === 'DELETE').map((r) => r.status)).toEqual([0, 404]);
    sim.failNext({ method: 'DELETE', path: /\/articles\/\d+$/, status: 503, after: true });
    await c.archiveArticle(article.id);
    expect(sim.store.getArticle(article.id)?.archived).toBe(true);
  });

  it('waits as long as a 503 says in Retry-After, else backs off exponentially with jitter', async () => {
    const sleeps: number[] = [];
    const c = client({ sleep: (ms) => Promise.resolve(void sleeps.push(ms)) });
    sim.failNext({ method: 'GET', path: '/api/v2/help_center/locales', status: 503, times: 3 });
    await c.listLocales();
    expect(sleeps).toHaveLength(3);
    expect(sleeps[0]).toBeGreaterThanOrEqual(250);
    expect(sleeps[0]).toBeLessThanOrEqual(500);
    expect(sleeps[1]).toBeGreaterThanOrEqual(500);
    expect(sleeps[2]).toBeGreaterThanOrEqual(1000);

    sleeps.length = 0;
    const withRetryAfter: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      if (res.status !== 503) return res;
      return new Response(await res.text(), { status: 503, headers: { 'retry-after': '7' } });
    };
    const d = client({ fetch: withRetryAfter, sleep: (ms) => Promise.resolve(void sleeps.push(ms)) });
    sim.failNext({ method: 'GET', path: '/api/v2/help_center/locales', status: 503 });
    await d.listLocales();
    expect(sleeps).toEqual([7000]);
  });
});

describe('the retry budget of a run', () => {
  it('stops retrying once spent, says so once, and fails each later failure at once', async () => {
    const c = client({ retryBudget: 3 });
    sim.setOptions({ faults: { seed: 1, error5xxRate: 1, resetRate: 0, slowRate: 0, slowMs: 0 } });
    await expect(c.listLocales()).rejects.toThrow(/answered 50[03]/);
    expect(c.http.stats.retries).toBe(3);
    await expect(c.listSections()).rejects.toThrow(/answered 50[03]/);
    expect(c.http.stats.retries).toBe(3);
    expect(sim.requests).toHaveLength(5);
    expect(lines.filter((l) => l.includes('failures are no longer retried'))).toHaveLength(1);
  });

  it('is earned back by requests that succeed, up to what it started with', () => {
    const budget = new RetryBudget(2, 5);
    expect([budget.take(), budget.take(), budget.take()]).toEqual([true, true, false]);
    for (let i = 0; i < 5; i++) budget.succeeded();
    expect(budget.left).toBe(1);
    for (let i = 0; i < 50; i++) budget.succeeded();
    expect(budget.left).toBe(2);
  });
});

describe('reading an answer', () => {
  it('decodes characters split between chunks, and a leading byte-order mark, as res.text() does', async () => {
    const byteByByte: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new Uint8Array(await res.arrayBuffer())]);
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < bytes.length; i += 1) controller.enqueue(bytes.subarray(i, i + 1));
          controller.close();
        },
      });
      return new Response(body, { status: res.status, headers: res.headers });
    };
    const title = 'Über die Hilfe — 日本語 🎉';
    sim.store.createArticleDirect({ section_id: 360000200001, title, body: `<p>${title.repeat(500)}</p>` });
    const direct = await client().listArticles();
    const viaChunks = await client({ fetch: byteByByte }).listArticles();
    expect(viaChunks).toEqual(direct);
    expect(viaChunks.find((a) => a.title === title)?.body).toContain(title.repeat(500));
  });
});
