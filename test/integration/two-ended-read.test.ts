import { afterEach, describe, expect, it } from 'vitest';
import { createConsoleLogger } from '../../src/logger.js';
import { ZendeskClient } from '../../src/remote/client.js';
import { fetchArticles } from '../../src/remote/snapshot.js';
import { readBothEnds } from '../../src/remote/two-ended-read.js';
import type { ZdArticle } from '../../src/remote/types.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';
import type { RequestLogEntry, SimOptions } from '../zendesk-sim/types.js';

// The read from both ends, over HTTP against the simulator: export pages of 50 stand for
// Zendesk's 1,000, so a few hundred articles span many export pages and several list pages.

const SECTION = 360000200001;
const lines: string[] = [];
const logger = () => createConsoleLogger({ write: (l) => lines.push(l), verbose: true });
let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
  lines.length = 0;
});

/**
 * A simulator with `n` articles in three locales, changed three to a second (so the export and
 * the list repeat articles at page boundaries), the oldest `n` seconds ago. The clock runs on
 * with real time afterwards, so rate-limit windows pass.
 */
async function seeded(n: number, options: Partial<SimOptions> = {}): Promise<Simulator> {
  let skew = -(n + 60) * 1000;
  const s = await startSimulator({
    now: () => Date.now() + skew,
    exportPageSize: 50,
    rateLimitPerMinute: 0,
    incrementalRateLimitPerMinute: 0,
    ...options,
  });
  for (let i = 0; i < n; i++) {
    if (i % 3 === 0) skew += 1000;
    s.store.createArticleDirect({
      section_id: SECTION,
      title: `Article ${i}`,
      body: `<p>${i}</p>`,
      translations: ['fr', 'de'].map((locale) => ({
        locale,
        title: `Article ${i} (${locale})`,
        body: `<p>${i} ${locale}</p>`,
        draft: false,
      })),
    });
  }
  skew = 0;
  sim = s;
  return s;
}

function client(s: Simulator, extra: Partial<ConstructorParameters<typeof ZendeskClient>[0]> = {}) {
  return new ZendeskClient({
    baseUrl: s.url,
    auth: { kind: 'oauth-token', token: s.credentials.oauthToken },
    logger: logger(),
    concurrency: 8,
    ...extra,
  });
}

/** Every article as the planner compares it: ids, change times and each translation's content. */
function picture(articles: Map<number, ZdArticle>) {
  return [...articles.values()]
    .sort((x, y) => x.id - y.id)
    .map((a) => ({
      id: a.id,
      updated_at: a.updated_at,
      translations: (a.translations ?? []).map((t) => `${t.locale}|${t.updated_at}|${t.title}|${t.body}`).sort(),
    }));
}

async function exportAlone(s: Simulator) {
  return picture((await fetchArticles(client(s), logger())).articles);
}

async function bothEnds(s: Simulator, c = client(s), listRecordsLimit?: number) {
  const first = await c.exportArticles(0);
  return readBothEnds(c, logger(), first, () => undefined, 4, listRecordsLimit);
}

const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const exportPages = (s: Simulator) => s.requests.filter((r) => r.route.includes('incremental') && r.status === 200).length;
const listPages = (s: Simulator) =>
  s.requests.filter((r) => r.path === '/api/v2/help_center/articles' && r.query['sort_by'] === 'updated_at').length;

/** A list page requested once the list's first page has been answered (so the latter is read). */
const afterFirstListPage = (s: Simulator, entry: RequestLogEntry) =>
  entry.query['sort_by'] === 'updated_at' &&
  Number(entry.query['page']) >= 3 &&
  s.requests.some((r) => r.query['sort_by'] === 'updated_at' && r.query['page'] === '1' && r.status === 200);

describe('reading the articles from both ends', () => {
  it('returns exactly what the export alone returns, in fewer export pages, page-boundary repeats included', async () => {
    const s = await seeded(600);
    const expected = await exportAlone(s);
    expect(expected).toHaveLength(602);
    s.resetLog();
    const read = await bothEnds(s);
    expect(['met', 'list']).toContain(read.outcome);
    expect(picture(read.articles)).toEqual(expected);
    // The export alone takes 13 pages of 50; from both ends, both together cost no more than
    // the articles need, plus the pages in flight at the meeting (one export page, three of
    // the four list pages) and the final check of the list's first page.
    expect(exportPages(s)).toBeLessThan(13);
    expect(exportPages(s)).toBe(read.exportPages);
    expect(listPages(s)).toBe(read.listPages);
    expect((read.exportPages - 1) * 50 + (read.listPages - 1 - 3) * 100).toBeLessThan(602);
  });

  it('goes through fetchArticles for a full read, and keeps the plain export for a small help center', async () => {
    const s = await seeded(30);
    s.resetLog();
    const small = await fetchArticles(client(s), logger(), undefined, { bothEnds: true });
    expect(small.articlesVia).toBe('incremental-export');
    expect(listPages(s)).toBe(0);
    for (let i = 0; i < 200; i++) s.store.createArticleDirect({ section_id: SECTION, title: `More ${i}`, body: '<p>m</p>' });
    const expected = await exportAlone(s);
    const big = await fetchArticles(client(s), logger(), undefined, { bothEnds: true });
    expect(big.articlesVia).toBe('export and list');
    expect(picture(big.articles)).toEqual(expected);
  });

  it('leaves out archived articles, as the export does', async () => {
    const s = await seeded(400);
    const victims = s.store.articles.filter((a) => !a.archived).filter((_, i) => i % 37 === 5);
    for (const a of victims) s.store.archiveArticle(a.id);
    const expected = await exportAlone(s);
    const read = await bothEnds(s);
    expect(picture(read.articles)).toEqual(expected);
    for (const a of victims) expect(read.articles.has(a.id)).toBe(false);
  });

  for (const touches of [true, false]) {
    it(`sees an edit to one translation only${touches ? '' : ', also when it leaves the article’s updated_at alone'}`, async () => {
      const s = await seeded(600, { translationTouchesArticle: touches });
      // Articles from the middle of the timeline, where neither end would reach if it moved.
      const live = s.store.articles.filter((a) => !a.archived);
      const targets = [live[200]!, live[300]!, live[450]!];
      for (const a of targets) s.store.editTranslationDirect(a.id, 'de', { body: `<p>edited ${a.id}</p>` });
      const expected = await exportAlone(s);
      const read = await bothEnds(s);
      expect(['met', 'list']).toContain(read.outcome);
      expect(picture(read.articles)).toEqual(expected);
      for (const a of targets) {
        const de = read.articles.get(a.id)?.translations?.find((t) => t.locale === 'de');
        expect(de?.body).toContain(`edited ${a.id}`);
      }
    });
  }

  it('does not miss an article changed while it is read: it reads the export to its end instead', async () => {
    const s = await seeded(600);
    const middle = s.store.articles.filter((a) => !a.archived)[300]!;
    let edited = false;
    s.setOptions({
      onRequest: (entry: RequestLogEntry, phase) => {
        if (phase !== 'received' || edited || !afterFirstListPage(s, entry)) return;
        edited = true;
        s.store.editTranslationDirect(middle.id, 'fr', { body: '<p>edited during the read</p>' });
      },
    });
    const read = await bothEnds(s);
    expect(edited).toBe(true);
    expect(read.outcome).toBe('changed');
    s.setOptions({ onRequest: undefined });
    expect(picture(read.articles)).toEqual(await exportAlone(s));
    expect(read.articles.get(middle.id)?.translations?.find((t) => t.locale === 'fr')?.body).toContain('edited during the read');
  });

  it('does not skip the article an archive during the read shifts past a list page boundary', async () => {
    const s = await seeded(600);
    let archived: number | undefined;
    s.setOptions({
      onRequest: (entry: RequestLogEntry, phase) => {
        if (phase !== 'received' || archived !== undefined || !afterFirstListPage(s, entry)) return;
        // The newest article, on list page 1, which has been read: every later one moves up by one.
        const newest = [...s.store.articles].filter((a) => !a.archived).sort((x, y) => y.updated_at - x.updated_at || y.id - x.id)[0]!;
        archived = newest.id;
        s.store.archiveArticle(newest.id);
      },
    });
    const read = await bothEnds(s);
    s.setOptions({ onRequest: undefined });
    expect(archived).toBeDefined();
    expect(read.outcome).toBe('changed');
    const expected = await exportAlone(s);
    expect(picture(read.articles)).toEqual(expected);
    expect(read.articles.has(archived!)).toBe(false);
  });

  it('does not wait for the export’s own limit while the list can read the rest', async () => {
    const s = await seeded(600, {
      incrementalRateLimitPerMinute: 3,
      rateLimitWindowMs: 3_600_000,
      // The list slower than the export, so the export runs into its limit before they meet.
      onRequest: (entry, phase) => (phase === 'received' && entry.query['sort_by'] === 'updated_at' ? pause(40) : undefined),
    });
    const sleeps: number[] = [];
    const c = client(s, {
      sleep: (ms) => {
        sleeps.push(ms);
        return Promise.resolve();
      },
    });
    const read = await bothEnds(s, c);
    expect(['met', 'list']).toContain(read.outcome);
    expect(s.requests.filter((r) => r.route.includes('incremental') && r.status === 429)).toHaveLength(1);
    expect(sleeps.filter((ms) => ms >= 1000)).toEqual([]);
    expect(read.exportPages).toBe(3);
    s.setOptions({ incrementalRateLimitPerMinute: 0 });
    expect(picture(read.articles)).toEqual(await exportAlone(s));
  });

  it('never reads the list past offset pagination’s limit: the export then waits for its limit', async () => {
    // The list may reach only 200 records here; the export gives 2 pages a second.
    const s = await seeded(300, { incrementalRateLimitPerMinute: 2, rateLimitWindowMs: 1000, offsetRecordsLimit: 200 });
    const read = await bothEnds(s, client(s), 200);
    expect(read.outcome).toBe('met');
    expect(s.requests.filter((r) => r.status === 400)).toEqual([]);
    expect(Math.max(...s.requests.filter((r) => r.query['sort_by'] === 'updated_at').map((r) => Number(r.query['page'])))).toBe(2);
    s.setOptions({ incrementalRateLimitPerMinute: 0 });
    expect(picture(read.articles)).toEqual(await exportAlone(s));
  });
});
