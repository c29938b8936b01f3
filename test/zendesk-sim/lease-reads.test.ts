/**
 * What the publish lease relies on, as the public reference describes it:
 * - List Articles, `GET /api/v2/help_center/sections/{section_id}/articles` and
 *   `GET /api/v2/help_center/articles`, take `sort_by` (position, title, created_at,
 *   updated_at) and `sort_order` (asc, desc):
 *   https://developer.zendesk.com/api-reference/help_center/help-center-api/articles/#list-articles
 * - agents see drafts ("Guide admins can create articles and edit all existing articles";
 *   drafts are visible to agents):
 *   https://developer.zendesk.com/api-reference/help_center/help-center-api/articles/
 * - Update Article Metadata, `PUT /api/v2/help_center/articles/{article_id}` (position among
 *   the fields), changes the article, so its `updated_at`; Archive Article,
 *   `DELETE /api/v2/help_center/articles/{article_id}`, takes it out of the lists:
 *   https://developer.zendesk.com/api-reference/help_center/help-center-api/articles/#update-article-metadata
 *   https://developer.zendesk.com/api-reference/help_center/help-center-api/articles/#archive-article
 * The reference promises no atomic "create unless it exists" for articles (two creates with
 * one title make two articles), which is why the lease is claim-then-verify; the simulator
 * keeps that too.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSimulator, type Simulator } from './index.js';
import { call, createArticle, manualClock, SECTION, type ArticleJson } from './test-helpers.js';

let sim: Simulator;
const clock = manualClock(Date.UTC(2026, 0, 1));
beforeAll(async () => {
  sim = await startSimulator({ now: clock.now });
});
afterAll(() => sim.close());

const list = async (path: string) =>
  (await call<{ articles: ArticleJson[] }>(sim, 'GET', `${path}?sort_by=updated_at&sort_order=desc&per_page=100`)).body.articles.map(
    (a) => a.id,
  );

it('a section lists its articles most recently changed first, drafts included for agents; two creates with one title make two', async () => {
  const a = await createArticle(sim, { title: 'Claim', draft: true });
  clock.advance(2000);
  const b = await createArticle(sim, { title: 'Claim', draft: true });
  expect(a.id).not.toBe(b.id);
  clock.advance(2000);
  const ids = await list(`/api/v2/help_center/sections/${SECTION}/articles`);
  expect(ids.slice(0, 2)).toEqual([b.id, a.id]);
  expect((await list('/api/v2/help_center/articles')).slice(0, 2)).toEqual([b.id, a.id]);
  // An end user sees no draft.
  const anon = await call<{ articles: ArticleJson[] }>(sim, 'GET', `/api/v2/help_center/sections/${SECTION}/articles`, { auth: 'none' });
  expect(anon.body.articles.map((x) => x.id)).not.toContain(a.id);

  // A changed position changes updated_at (the renewal); the same position again does not.
  const put = await call<{ article: ArticleJson }>(sim, 'PUT', `/api/v2/help_center/articles/${a.id}`, {
    json: { article: { position: 1 } },
  });
  expect(put.status).toBe(200);
  expect(Date.parse(put.body.article.updated_at)).toBe(clock.now());
  expect((await list(`/api/v2/help_center/sections/${SECTION}/articles`)).slice(0, 2)).toEqual([a.id, b.id]);
  clock.advance(2000);
  const again = await call<{ article: ArticleJson }>(sim, 'PUT', `/api/v2/help_center/articles/${a.id}`, {
    json: { article: { position: 1 } },
  });
  expect(again.body.article.updated_at).toBe(put.body.article.updated_at);

  // Archived: gone from the lists.
  expect((await call(sim, 'DELETE', `/api/v2/help_center/articles/${a.id}`)).status).toBe(204);
  expect(await list(`/api/v2/help_center/sections/${SECTION}/articles`)).not.toContain(a.id);
});
