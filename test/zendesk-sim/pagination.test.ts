import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from './index.js';
import { call, manualClock, SECTION, type ArticleJson, type CursorPage, type ErrorJson, type OffsetPage } from './test-helpers.js';

type ArticlesPage = { articles: ArticleJson[] } & OffsetPage & CursorPage;

interface ExportPage {
  articles: ArticleJson[];
  count: number;
  end_time: number;
  next_page: string | null;
}

describe('pagination over 250 articles', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ rateLimitPerMinute: 0 });
    // 248 more next to the 2 seeded ones; positions make the order obvious.
    for (let i = 0; i < 248; i++) {
      sim.store.createArticleDirect({ section_id: SECTION, title: `Article ${String(i).padStart(3, '0')}`, body: `<p>${i}</p>` });
    }
  });
  afterAll(() => sim.close());

  it('walks offset pages through next_page, keeping other parameters', async () => {
    const seen: number[] = [];
    let url: string | null = '/api/v2/help_center/articles.json?per_page=100&sort_by=title';
    let pages = 0;
    while (url) {
      const res: { body: ArticlesPage } = await call<ArticlesPage>(sim, 'GET', url);
      pages += 1;
      expect(res.body.count).toBe(250);
      expect(res.body.page_count).toBe(3);
      expect(res.body.per_page).toBe(100);
      seen.push(...res.body.articles.map((a) => a.id));
      if (res.body.next_page) {
        const next = new URL(res.body.next_page);
        expect(next.origin).toBe(sim.url);
        expect(next.searchParams.get('sort_by')).toBe('title');
      }
      if (res.body.page > 1) expect(res.body.previous_page).toContain(`page=${res.body.page - 1}`);
      url = res.body.next_page;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(250);
  });

  it('defaults to 30 a page and clamps per_page to 100', async () => {
    const def = await call<ArticlesPage>(sim, 'GET', '/api/v2/help_center/articles');
    expect(def.body.articles).toHaveLength(30);
    expect(def.body.previous_page).toBeNull();
    const clamped = await call<ArticlesPage>(sim, 'GET', '/api/v2/help_center/articles?per_page=500');
    expect(clamped.body.articles).toHaveLength(100);
    expect(clamped.body.per_page).toBe(100);
    const past = await call<ArticlesPage>(sim, 'GET', '/api/v2/help_center/articles?page=99');
    expect(past.body.articles).toHaveLength(0);
    expect(past.body.next_page).toBeNull();
  });

  it('walks cursor pages forward and back', async () => {
    const forward: number[] = [];
    let url: string | null = '/api/v2/help_center/articles?page[size]=100';
    let last: ArticlesPage | undefined;
    while (url) {
      const res: { body: ArticlesPage } = await call<ArticlesPage>(sim, 'GET', url);
      forward.push(...res.body.articles.map((a) => a.id));
      last = res.body;
      url = res.body.meta.has_more ? res.body.links.next : null;
    }
    expect(forward).toHaveLength(250);
    expect(new Set(forward).size).toBe(250);
    expect(last?.meta.has_more).toBe(false);
    expect(last?.links.next).toBeNull();
    expect(last?.links.prev).toBeTruthy();
    const back = await call<ArticlesPage>(sim, 'GET', last?.links.prev ?? '');
    expect(back.body.articles.map((a) => a.id)).toEqual(forward.slice(100, 200));
    const first = await call<ArticlesPage>(sim, 'GET', '/api/v2/help_center/articles?page[size]=10');
    expect(first.body.links.prev).toBeNull();
    expect(first.body.meta.after_cursor).toBeTruthy();
  });

  it('refuses offset pages past the first 10,000 records with 400, as Zendesk does since 2024; cursors go on', async () => {
    const last = await call<ArticlesPage>(sim, 'GET', '/api/v2/help_center/articles?per_page=100&page=100');
    expect(last.status).toBe(200);
    const past = await call<ErrorJson>(sim, 'GET', '/api/v2/help_center/articles?per_page=100&page=101');
    expect(past.status).toBe(400);
    expect(past.body.error).toBe('InvalidPaginationParameter');
    // With 30 a page, page 334 reaches past record 10,000 (it would hold records 9,991 to 10,020).
    expect((await call(sim, 'GET', '/api/v2/help_center/articles?page=333')).status).toBe(200);
    expect((await call(sim, 'GET', '/api/v2/help_center/articles?page=334')).status).toBe(400);
    sim.setOptions({ offsetRecordsLimit: 200 });
    try {
      expect((await call(sim, 'GET', '/api/v2/help_center/articles?per_page=100&page=2')).status).toBe(200);
      expect((await call(sim, 'GET', '/api/v2/help_center/articles?per_page=100&page=3')).status).toBe(400);
      expect((await call(sim, 'GET', '/api/v2/help_center/articles?page[size]=100&page[after]=' + cursorAt(200))).status).toBe(200);
    } finally {
      sim.setOptions({ offsetRecordsLimit: 10_000 });
    }
  });

  it('sorts the list by change time, newest first, ties by id', async () => {
    const res = await call<ArticlesPage>(sim, 'GET', '/api/v2/help_center/articles?per_page=100&sort_by=updated_at&sort_order=desc');
    const keys = res.body.articles.map((a) => [Date.parse(a.updated_at), a.id] as const);
    const sorted = [...keys].sort((x, y) => y[0] - x[0] || y[1] - x[1]);
    expect(keys).toEqual(sorted);
  });

  it('refuses page[size] over 100 and bad cursors with 400', async () => {
    const big = await call<ErrorJson>(sim, 'GET', '/api/v2/help_center/articles?page[size]=101');
    expect(big.status).toBe(400);
    expect((await call(sim, 'GET', '/api/v2/help_center/articles?page[after]=garbage')).status).toBe(400);
  });
});

const cursorAt = (offset: number) => Buffer.from(JSON.stringify({ o: offset })).toString('base64url');

describe('incremental export', () => {
  const clock = manualClock(Date.UTC(2025, 5, 1, 12, 0, 0));
  const t0 = Math.floor(clock.now() / 1000);
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ now: clock.now, exportPageSize: 3, incrementalRateLimitPerMinute: 0 });
    // seed articles share t0; add one article per second after that
    for (let i = 1; i <= 5; i++) {
      clock.advance(1_000);
      sim.store.createArticleDirect({ section_id: SECTION, title: `Timed ${i}`, body: '<p>x</p>' });
    }
  });
  afterAll(() => sim.close());

  const exportAt = (q: string) => call<ExportPage>(sim, 'GET', `/api/v2/help_center/incremental/articles.json?${q}`);

  it('pages through everything with next_page and end_time, inclusive of start_time', async () => {
    const first = await exportAt(`start_time=${t0}`);
    expect(first.status).toBe(200);
    expect(first.body.count).toBe(3);
    expect(first.body.articles.map((a) => a.title)).toEqual(['Welcome to the help center', 'Contact support', 'Timed 1']);
    expect(first.body.end_time).toBe(t0 + 1);
    expect(new URL(first.body.next_page ?? '').searchParams.get('start_time')).toBe(String(t0 + 1));
    // inclusive: the boundary item comes again on the next page (clients de-duplicate by id)
    const second = await call<ExportPage>(sim, 'GET', first.body.next_page ?? '');
    expect(second.body.articles.map((a) => a.title)).toEqual(['Timed 1', 'Timed 2', 'Timed 3']);
    const third = await call<ExportPage>(sim, 'GET', second.body.next_page ?? '');
    expect(third.body.articles.map((a) => a.title)).toEqual(['Timed 3', 'Timed 4', 'Timed 5']);
    const fourth = await call<ExportPage>(sim, 'GET', third.body.next_page ?? '');
    expect(fourth.body.articles.map((a) => a.title)).toEqual(['Timed 5']);
    expect(fourth.body.next_page).toBeNull();
  });

  it('points a full page of one timestamp at the same start_time (clients must break the loop)', async () => {
    const s = await startSimulator({ now: () => Date.UTC(2025, 0, 1), exportPageSize: 2 });
    try {
      const t = Math.floor(Date.UTC(2025, 0, 1) / 1000);
      s.store.createArticleDirect({ section_id: SECTION, title: 'Same second', body: '' });
      const res = await call<ExportPage>(s, 'GET', `/api/v2/help_center/incremental/articles?start_time=${t}`);
      expect(res.body.count).toBe(2);
      expect(res.body.end_time).toBe(t);
      expect(new URL(res.body.next_page ?? '').searchParams.get('start_time')).toBe(String(t));
    } finally {
      await s.close();
    }
  });

  it('includes translations on request and changes when a translation changes', async () => {
    const a = sim.store.articles.find((x) => !x.archived && x.source_locale === 'en-us');
    clock.advance(60_000);
    sim.store.editTranslationDirect(a?.id ?? 0, 'en-us', { title: 'Edited later' });
    const res = await exportAt(`start_time=${Math.floor(clock.now() / 1000)}&include=translations`);
    expect(res.body.articles.map((x) => x.title)).toEqual(['Edited later']);
    expect(res.body.articles[0]?.translations?.length).toBeGreaterThan(0);
    expect(res.body.next_page).toBeNull();
  });

  it('can leave the article alone when only a translation changes (the reference does not say which Zendesk does)', async () => {
    const a = sim.store.articles.find((x) => !x.archived && x.source_locale === 'en-us');
    const before = sim.store.getArticle(a?.id ?? 0)?.['updated_at'];
    sim.setOptions({ translationTouchesArticle: false });
    try {
      clock.advance(60_000);
      const t = sim.store.editTranslationDirect(a?.id ?? 0, 'en-us', { title: 'Edited, article untouched' });
      expect(sim.store.getArticle(a?.id ?? 0)?.['updated_at']).toBe(before);
      expect(t['updated_at']).not.toBe(before);
      const res = await exportAt(`start_time=${Math.floor(clock.now() / 1000)}&include=translations`);
      expect(res.body.articles).toEqual([]);
    } finally {
      sim.setOptions({ translationTouchesArticle: true });
    }
  });

  it('requires a valid start_time', async () => {
    expect((await exportAt('')).status).toBe(400);
    expect((await exportAt('start_time=yesterday')).status).toBe(400);
  });
});
