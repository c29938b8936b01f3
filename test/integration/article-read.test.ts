import { afterEach, describe, expect, it } from 'vitest';
import { createConsoleLogger } from '../../src/logger.js';
import { ZendeskClient } from '../../src/remote/client.js';
import { readArticles } from '../../src/remote/section-read.js';
import { fetchArticles } from '../../src/remote/snapshot.js';
import type { ZdArticle } from '../../src/remote/types.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';
import type { RequestLogEntry, SimOptions } from '../zendesk-sim/types.js';

// The read of every article, over HTTP against the simulator: export pages of 50 stand for
// Zendesk's 1,000, and an export limit of 3 pages stands for its 10 a minute, so a few hundred
// articles leave most of the help center to the sections' lists. What is checked throughout:
// the read returns exactly what the export alone returns.
// The lists: "List Articles" (GET /api/v2/help_center/sections/{section_id}/articles, sort_by
// updated_at, sort_order desc, include=translations),
// https://developer.zendesk.com/api-reference/help_center/help-center-api/articles/#list-articles;
// offset pagination stops at 10,000 records (a 400 past them),
// https://support.zendesk.com/hc/en-us/articles/8341206359578, and a section holds at most
// 5,000 articles (https://support.zendesk.com/hc/en-us/articles/4408831783962), so a section's
// list is always within reach.

const SECTIONS = [360000200001, 360000200002, 360000200003, 360000200004, 360000200005];
const lines: string[] = [];
const logger = () => createConsoleLogger({ write: (l) => lines.push(l), verbose: true });
let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
  lines.length = 0;
});

/**
 * A simulator with `n` articles in three locales over five sections, changed three to a second
 * (so the export and the lists repeat articles at page boundaries), the oldest `n` seconds ago.
 * The export gives 3 pages an hour; the clock runs on with real time afterwards.
 */
async function seeded(n: number, options: Partial<SimOptions> = {}): Promise<Simulator> {
  let skew = -(n + 60) * 1000;
  const s = await startSimulator({
    now: () => Date.now() + skew,
    exportPageSize: 50,
    rateLimitPerMinute: 0,
    incrementalRateLimitPerMinute: 3,
    rateLimitWindowMs: 3_600_000,
    ...options,
  });
  for (let i = 0; i < n; i++) {
    if (i % 3 === 0) skew += 1000;
    s.store.createArticleDirect({
      section_id: SECTIONS[i % SECTIONS.length]!,
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

/**
 * The bodies as the read handed them over (a snapshot keeps none: see StoredArticle), for the
 * articles the read kept: the last copy of each, as the read's own map keeps the last.
 */
function collector() {
  const bodies = new Map<number, ZdArticle>();
  return {
    take: (a: ZdArticle) => void bodies.set(a.id, a),
    of: (kept: ReadonlyMap<number, unknown>) => new Map([...kept.keys()].map((id) => [id, bodies.get(id)!])),
  };
}

/** Every article as the planner compares it: ids, change times and each translation's content. */
function picture(articles: Map<number, ZdArticle>) {
  return [...articles.values()]
    .sort((x, y) => x.id - y.id)
    .map((a) => ({
      id: a.id,
      updated_at: a.updated_at,
      section_id: a.section_id,
      translations: (a.translations ?? []).map((t) => `${t.locale}|${t.updated_at}|${t.title}|${t.body}`).sort(),
    }));
}

/** The export alone, with its limit lifted (the reference the read is checked against). */
async function exportAlone(s: Simulator) {
  s.setOptions({ incrementalRateLimitPerMinute: 0 });
  const got = collector();
  const read = picture(got.of((await fetchArticles(client(s), logger(), got.take)).articles));
  s.setOptions({ incrementalRateLimitPerMinute: 3 });
  return read;
}

async function read(s: Simulator, c = client(s)) {
  const first = await c.exportArticles(0);
  const got = collector();
  const done = await readArticles(c, logger(), first, got.take, () => c.listSections());
  return { ...done, articles: got.of(done.articles) };
}

const exportPages = (s: Simulator) => s.requests.filter((r) => r.route.includes('incremental') && r.status === 200).length;
const sectionPages = (s: Simulator) => s.requests.filter((r) => r.route === '/api/v2/help_center/sections/:id/articles');

/** A section page requested once every section's first page has been answered. */
const midway = (s: Simulator, entry: RequestLogEntry) =>
  entry.route === '/api/v2/help_center/sections/:id/articles' &&
  Number(entry.query['page']) >= 2 &&
  SECTIONS.every((id) =>
    s.requests.some((r) => r.path.endsWith(`/sections/${id}/articles`) && r.query['page'] === '1' && r.status === 200),
  );

describe('reading every article: the export, then the sections for the rest', () => {
  it('returns exactly what the export alone returns, without waiting for the export’s limit, page-boundary repeats included', async () => {
    const s = await seeded(600);
    const expected = await exportAlone(s);
    expect(expected).toHaveLength(602);
    s.resetLog();
    const sleeps: number[] = [];
    const done = await read(s, client(s, { sleep: (ms) => (sleeps.push(ms), new Promise((r) => setTimeout(r, Math.min(ms, 10)))) }));
    expect(done.outcome).toBe('sections');
    expect(picture(done.articles)).toEqual(expected);
    expect(sleeps.filter((ms) => ms >= 1000)).toEqual([]);
    // The export's 3 pages (the 4th is refused at once), then each section's newest page: of
    // each section's 120 articles, 30 are the export's; and the newest changes, before and after.
    expect(exportPages(s)).toBe(3);
    expect(done.exportPages).toBe(3);
    expect(sectionPages(s)).toHaveLength(5);
    expect(done.listPages).toBe(5 + 2);
  });

  it('reads a help center of a few export pages from the export alone', async () => {
    const s = await seeded(120);
    s.resetLog();
    const got = collector();
    const small = await fetchArticles(client(s), logger(), got.take, { sections: () => Promise.resolve([]) });
    expect(small.articlesVia).toBe('incremental-export');
    expect(exportPages(s)).toBe(3);
    expect(s.requests.filter((r) => r.route !== '/api/v2/help_center/incremental/articles')).toEqual([]);
    s.setOptions({ incrementalRateLimitPerMinute: 0 });
    for (let i = 0; i < 200; i++) s.store.createArticleDirect({ section_id: SECTIONS[i % 5]!, title: `More ${i}`, body: '<p>m</p>' });
    s.setOptions({ incrementalRateLimitPerMinute: 3 });
    const expected = await exportAlone(s);
    const c = client(s);
    const bigGot = collector();
    const big = await fetchArticles(c, logger(), bigGot.take, { sections: () => c.listSections() });
    expect(big.articlesVia).toBe('export and sections');
    expect(picture(bigGot.of(big.articles))).toEqual(expected);
  });

  it('leaves out archived articles, as the export does', async () => {
    const s = await seeded(400);
    const victims = s.store.articles.filter((a) => !a.archived).filter((_, i) => i % 37 === 5);
    for (const a of victims) s.store.archiveArticle(a.id);
    const expected = await exportAlone(s);
    const done = await read(s);
    expect(done.outcome).toBe('sections');
    expect(picture(done.articles)).toEqual(expected);
    for (const a of victims) expect(done.articles.has(a.id)).toBe(false);
  });

  for (const touches of [true, false]) {
    it(`sees an edit to one translation only${touches ? '' : ', also when it leaves the article’s updated_at alone'}`, async () => {
      const s = await seeded(600, { translationTouchesArticle: touches });
      // Articles from every part of the timeline: the export's, and the sections' (old and new).
      const live = s.store.articles.filter((a) => !a.archived);
      const targets = [live[20]!, live[300]!, live[450]!, live[590]!];
      for (const a of targets) s.store.editTranslationDirect(a.id, 'de', { body: `<p>edited ${a.id}</p>` });
      const expected = await exportAlone(s);
      const done = await read(s);
      expect(done.outcome).toBe('sections');
      expect(picture(done.articles)).toEqual(expected);
      for (const a of targets) {
        const de = done.articles.get(a.id)?.translations?.find((t) => t.locale === 'de');
        expect(de?.body).toContain(`edited ${a.id}`);
      }
    });
  }

  /**
   * Runs `change` once, midway through the sections' lists, and lifts the export's limit (the
   * windows last a second here, so the read waits at most that long for the export).
   */
  async function readWhile(s: Simulator, change: () => void) {
    let changed = false;
    s.setOptions({
      onRequest: (entry: RequestLogEntry, phase) => {
        if (phase !== 'received' || changed || !midway(s, entry)) return;
        changed = true;
        change();
        s.setOptions({ incrementalRateLimitPerMinute: 0 });
      },
    });
    const done = await read(s);
    s.setOptions({ onRequest: undefined });
    expect(changed).toBe(true);
    return done;
  }

  it('does not miss an article edited while it is read: it reads the export to its end instead', async () => {
    const s = await seeded(1200, { rateLimitWindowMs: 1000 });
    const middle = s.store.articles.filter((a) => !a.archived)[600]!;
    const done = await readWhile(s, () => s.store.editTranslationDirect(middle.id, 'fr', { body: '<p>edited during the read</p>' }));
    expect(done.outcome).toBe('changed');
    expect(picture(done.articles)).toEqual(await exportAlone(s));
    expect(done.articles.get(middle.id)?.translations?.find((t) => t.locale === 'fr')?.body).toContain('edited during the read');
  });

  it('does not skip the article an archive during the read shifts past a list page boundary', async () => {
    const s = await seeded(1200, { rateLimitWindowMs: 1000 });
    let archived: number | undefined;
    const done = await readWhile(s, () => {
      // The newest article of a section whose first page has been read: the later ones move up by one.
      const newest = [...s.store.articles].filter((a) => !a.archived).sort((x, y) => y.updated_at - x.updated_at || y.id - x.id)[0]!;
      archived = newest.id;
      s.store.archiveArticle(newest.id);
    });
    expect(done.outcome).toBe('changed');
    expect(picture(done.articles)).toEqual(await exportAlone(s));
    expect(done.articles.has(archived!)).toBe(false);
  });

  it('does not miss an article moved from a section not yet read to one already read', async () => {
    const s = await seeded(1200, { rateLimitWindowMs: 1000 });
    let moved: number | undefined;
    const done = await readWhile(s, () => {
      // An old article (past what the first pages read) of the last section, into the first one.
      const article = s.store.articles.filter((a) => !a.archived && a.section_id === SECTIONS[4])[100]!;
      moved = article.id;
      s.store.updateArticleMetadata(article.id, { section_id: SECTIONS[0]! });
    });
    expect(done.outcome).toBe('changed');
    expect(picture(done.articles)).toEqual(await exportAlone(s));
    expect(done.articles.get(moved!)?.section_id).toBe(SECTIONS[0]);
  });
});
