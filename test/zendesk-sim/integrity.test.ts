import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from './index.js';
import { call, createArticleFrom, newArticle, SECTION, uploadOnto, type ArticleJson, type AttachmentJson } from './test-helpers.js';

const marker = (key: string) => `<div class="zgp-source" data-zgp-key="${key}" data-zgp-hash="h"></div>`;

function form(name: string, inline = true): FormData {
  const f = new FormData();
  f.append('file', new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }), name);
  f.append('inline', String(inline));
  return f;
}

describe('the integrity view', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(() => sim.close());

  it('is clean for the seed', async () => {
    const res = await call(sim, 'GET', '/__sim/integrity');
    expect(res.body).toEqual({
      unassociatedAttachments: 0,
      missingMedia: 0,
      duplicateArticles: 0,
      duplicateKeys: [],
      duplicateTranslations: 0,
      attachmentMismatches: [],
    });
  });

  it('counts uploads on no article, articles sharing a marker key, and attachments no body uses or that are missing', async () => {
    await call(sim, 'POST', '/api/v2/help_center/articles/attachments', { form: form('orphan.png') });
    const a = await createArticleFrom(sim, newArticle({ title: 'One', body: `<p>x</p>${marker('docs/a')}` }));
    await createArticleFrom(sim, newArticle({ title: 'Two', body: `<p>y</p>${marker('docs/a')}` }));
    const used = await uploadOnto(sim, a.id, 'used.png', true);
    const unused = { body: { article_attachment: await uploadOnto(sim, a.id, 'unused.png', false) } };
    const body = `<p><img src="${used.content_url}"><img src="${sim.url}/hc/article_attachments/999/gone.png"></p>${marker('docs/a')}`;
    await call(sim, 'PUT', `/api/v2/help_center/articles/${a.id}/translations/en-us`, { json: { translation: { body } } });
    expect(sim.integrity()).toEqual({
      unassociatedAttachments: 1,
      missingMedia: 0,
      duplicateArticles: 1,
      duplicateKeys: ['docs/a'],
      duplicateTranslations: 0,
      attachmentMismatches: [{ articleId: a.id, key: 'docs/a', unreferenced: [unused.body.article_attachment.id], missing: [999] }],
    });
  });
});

describe('what a publisher looks for after a lost answer', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(() => sim.close());

  it('lists a section newest first in a small page, drafts included for agents, bodies in the locale asked', async () => {
    const made: ArticleJson[] = [];
    for (const title of ['First', 'Second', 'Third'])
      made.push(await createArticleFrom(sim, newArticle({ title, draft: true, body: marker(title) })));
    const res = await call<{ articles: ArticleJson[]; next_page: string | null; per_page: number }>(
      sim,
      'GET',
      `/api/v2/help_center/en-us/sections/${SECTION}/articles?sort_by=created_at&sort_order=desc&per_page=2`,
    );
    expect(res.status).toBe(200);
    // Created in the same second: the newer id first.
    expect(res.body.articles.map((a) => a.title)).toEqual(['Third', 'Second']);
    expect(res.body.articles[0]!.body).toContain('data-zgp-key="Third"');
    expect(res.body.per_page).toBe(2);
    expect(res.body.next_page).toContain('page=2');
  });

  it('lists an article’s attachments, inline and block, and answers 404 for a locale it lacks', async () => {
    const a = await createArticleFrom(sim, newArticle({ title: 'Files' }));
    await uploadOnto(sim, a.id, 'a.png', true);
    await uploadOnto(sim, a.id, 'b.pdf', false);
    const list = await call<{ article_attachments: AttachmentJson[] }>(sim, 'GET', `/api/v2/help_center/articles/${a.id}/attachments`);
    expect(list.body.article_attachments.map((x) => [x.file_name, x.size, x.inline, x.article_id])).toEqual([
      ['a.png', 3, true, a.id],
      ['b.pdf', 3, false, a.id],
    ]);
    expect((await call(sim, 'GET', `/api/v2/help_center/articles/${a.id}/translations/fr`)).status).toBe(404);
  });
});
