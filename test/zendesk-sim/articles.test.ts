import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from './index.js';
import {
  AGENTS_GROUP,
  call,
  createArticle,
  createArticleFrom,
  manualClock,
  newArticle,
  newArticleWithTranslations,
  SECTION,
  SECTION_FAQ_2,
  type ArticleJson,
  type ErrorJson,
  type TranslationJson,
} from './test-helpers.js';

const CREATE = `/api/v2/help_center/sections/${SECTION}/articles`;

describe('articles', () => {
  const clock = manualClock();
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ now: clock.now });
  });
  afterAll(() => sim.close());

  it('creates an article with translations in one call, in the documented form (every locale in translations)', async () => {
    const res = await call<{ article: ArticleJson }>(sim, 'POST', CREATE, {
      json: newArticleWithTranslations(
        [
          { locale: 'en-us', title: 'Reset your password', body: '<p>Hello</p>', draft: false },
          { locale: 'fr', title: 'Réinitialiser votre mot de passe', body: '<p>Bonjour</p>' },
          { locale: 'de', title: 'Passwort zurücksetzen', body: '<p>Hallo</p>', draft: true },
        ],
        { label_names: ['account', 'Security'] },
      ),
    });
    expect(res.status).toBe(201);
    const a = res.body.article;
    expect(a).toMatchObject({
      title: 'Reset your password',
      locale: 'en-us',
      source_locale: 'en-us',
      draft: false,
      section_id: SECTION,
      permission_group_id: AGENTS_GROUP,
      user_segment_id: null,
      label_names: ['account', 'Security'],
    });
    expect(a.id).toBeGreaterThan(360_000_000_000);
    expect(a.url).toBe(`${sim.url}/api/v2/help_center/en-us/articles/${a.id}.json`);
    expect(a.html_url).toBe(`${sim.url}/hc/en-us/articles/${a.id}-Reset-your-password`);
    expect(a.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const translations = await call<{ translations: TranslationJson[] }>(sim, 'GET', `/api/v2/help_center/articles/${a.id}/translations`);
    expect(translations.body.translations.map((t) => [t.locale, t.draft])).toEqual([
      ['en-us', false],
      ['fr', false],
      ['de', true],
    ]);
    const fr = await call<{ article: ArticleJson }>(sim, 'GET', `/api/v2/help_center/fr/articles/${a.id}.json`);
    expect(fr.body.article.title).toBe('Réinitialiser votre mot de passe');
    expect(fr.body.article.locale).toBe('fr');
    expect((await call(sim, 'GET', `/api/v2/help_center/ja/articles/${a.id}`)).status).toBe(404);
    expect(a.body).toContain('Hello');
    const missing = await call<{ locales: string[] }>(sim, 'GET', `/api/v2/help_center/articles/${a.id}/translations/missing`);
    expect(missing.body.locales).toEqual(['ja']);
  });

  it("refuses a translations list without the article's own locale, with 422 and writes nothing", async () => {
    const before = sim.store.articles.length;
    const res = await call<ErrorJson>(sim, 'POST', CREATE, {
      json: newArticleWithTranslations([{ locale: 'fr', title: 'Bonjour', body: '<p>Bonjour</p>' }]),
    });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      error: 'RecordInvalid',
      description: 'Record validation errors',
      details: { translations: [{ description: "Translations: must include the article's own locale 'en-us'", error: 'InvalidValue' }] },
    });
    // The locale in the URL is the article's own locale too.
    const viaUrl = await call<ErrorJson>(sim, 'POST', `/api/v2/help_center/fr/sections/${SECTION}/articles`, {
      json: newArticleWithTranslations([{ locale: 'en-us', title: 'Hello' }], { locale: undefined }),
    });
    expect(viaUrl.status).toBe(422);
    expect(viaUrl.body.details?.['translations']?.[0]?.description).toContain("'fr'");
    expect((await call<ErrorJson>(sim, 'POST', CREATE, { json: newArticleWithTranslations([]) })).status).toBe(422);
    expect(sim.store.articles.length).toBe(before);
  });

  it('refuses title, body or draft at the top level beside a translations list (stricter than the reference requires)', async () => {
    const before = sim.store.articles.length;
    for (const top of [
      { title: 'Hello' },
      { body: '<p>Hello</p>' },
      { draft: true },
      { title: 'Hello', body: '<p>Hello</p>', draft: false },
    ]) {
      const res = await call<ErrorJson>(sim, 'POST', CREATE, {
        json: newArticleWithTranslations(
          [
            { locale: 'en-us', title: 'Hello' },
            { locale: 'fr', title: 'Bonjour' },
          ],
          top,
        ),
      });
      expect(res.status, JSON.stringify(top)).toBe(422);
      expect(res.body.error).toBe('RecordInvalid');
      expect(res.body.details?.['translations']).toEqual([
        {
          description: `Translations: cannot be combined with ${Object.keys(top).join(', ')} at the top level of the article; every locale's content goes in translations`,
          error: 'InvalidValue',
        },
      ]);
    }
    // The form the client sent before: the source at the top level, only the others listed.
    const old = await call<ErrorJson>(sim, 'POST', CREATE, { json: newArticle({ translations: [{ locale: 'fr', title: 'Bonjour' }] }) });
    expect(old.status).toBe(422);
    expect(old.body.details?.['translations']?.map((d) => d.description)).toEqual([
      "Translations: cannot be combined with title, body at the top level of the article; every locale's content goes in translations",
      "Translations: must include the article's own locale 'en-us'",
    ]);
    expect(sim.store.articles.length).toBe(before);
  });

  it('accepts the documented form with the source locale anywhere in the list and one locale only', async () => {
    const one = await createArticleFrom(
      sim,
      newArticleWithTranslations([{ locale: 'en-us', title: 'Only one', body: '<p>x</p>', draft: true }]),
    );
    expect(one).toMatchObject({ title: 'Only one', locale: 'en-us', draft: true });
    const late = await createArticleFrom(
      sim,
      newArticleWithTranslations([
        { locale: 'ja', title: '後' },
        { locale: 'en-us', title: 'Source last' },
      ]),
    );
    expect(late).toMatchObject({ title: 'Source last', source_locale: 'en-us' });
    expect(
      sim.store
        .listArticleTranslations(late.id)
        .map((t) => t['locale'])
        .sort(),
    ).toEqual(['en-us', 'ja']);
  });

  it('takes the locale from the URL when the body has none', async () => {
    const body = newArticle({ title: 'Bonjour' });
    delete (body['article'] as Record<string, unknown>)['locale'];
    const res = await call<{ article: ArticleJson }>(sim, 'POST', `/api/v2/help_center/fr/sections/${SECTION}/articles.json`, {
      json: body,
    });
    expect(res.status).toBe(201);
    expect(res.body.article.source_locale).toBe('fr');
  });

  it('validates creation like Zendesk', async () => {
    const expectInvalid = async (overrides: Record<string, unknown>, field: string, remove?: string) => {
      const body = newArticle(overrides);
      if (remove) delete (body['article'] as Record<string, unknown>)[remove];
      const res = await call<ErrorJson>(sim, 'POST', CREATE, { json: body });
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('RecordInvalid');
      expect(res.body.description).toBe('Record validation errors');
      expect(Object.keys(res.body.details ?? {})).toContain(field);
      return res.body;
    };
    const blank = await expectInvalid({ title: '  ' }, 'title');
    expect(blank.details?.['title']).toEqual([{ description: 'Title: cannot be blank', error: 'BlankValue' }]);
    await expectInvalid({}, 'permission_group_id', 'permission_group_id');
    await expectInvalid({ permission_group_id: 42 }, 'permission_group_id');
    await expectInvalid({}, 'user_segment_id', 'user_segment_id');
    await expectInvalid({ user_segment_id: 42 }, 'user_segment_id');
    await expectInvalid({ locale: 'es' }, 'locale');
    const listed = async (translations: { locale: string; title: string }[], field: string) => {
      const res = await call<ErrorJson>(sim, 'POST', CREATE, {
        json: newArticleWithTranslations([{ locale: 'en-us', title: 'Hello' }, ...translations]),
      });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.details ?? {})).toContain(field);
    };
    await listed([{ locale: 'pt-br', title: 'Olá' }], 'locale');
    await listed(
      [
        { locale: 'fr', title: 'a' },
        { locale: 'fr', title: 'b' },
      ],
      'locale',
    );
    await listed([{ locale: 'fr', title: '' }], 'title');
    const blankSource = await call<ErrorJson>(sim, 'POST', CREATE, { json: newArticleWithTranslations([{ locale: 'en-us', title: ' ' }]) });
    expect(blankSource.body.details?.['title']).toEqual([{ description: 'Title: cannot be blank (en-us)', error: 'BlankValue' }]);
    const unknownSection = await call<ErrorJson>(sim, 'POST', '/api/v2/help_center/sections/999/articles', { json: newArticle() });
    expect(unknownSection.status).toBe(404);
    expect(unknownSection.body).toEqual({ error: 'RecordNotFound', description: 'Not found' });
    expect((await call(sim, 'POST', CREATE, { json: { title: 'no envelope' } })).status).toBe(400);
  });

  it('updates metadata and silently ignores title, body, draft and locale', async () => {
    const a = await createArticle(sim, { title: 'Original', body: '<p>original</p>' });
    clock.advance(5_000);
    const res = await call<{ article: ArticleJson }>(sim, 'PUT', `/api/v2/help_center/articles/${a.id}`, {
      json: {
        article: {
          title: 'Changed?',
          body: '<p>changed?</p>',
          draft: true,
          locale: 'fr',
          label_names: ['x'],
          position: 3,
          promoted: true,
          section_id: SECTION_FAQ_2,
        },
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.article).toMatchObject({
      title: 'Original',
      draft: false,
      locale: 'en-us',
      label_names: ['x'],
      position: 3,
      promoted: true,
      section_id: SECTION_FAQ_2,
    });
    expect(res.body.article.body).toContain('original');
    expect(Date.parse(res.body.article.updated_at)).toBe(Date.parse(a.updated_at) + 5_000);
    const bad = await call<ErrorJson>(sim, 'PUT', `/api/v2/help_center/articles/${a.id}`, {
      json: { article: { permission_group_id: 1, user_segment_id: 2, author_id: 3, section_id: 4 } },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.details ?? {}).sort()).toEqual(['author_id', 'permission_group_id', 'section_id', 'user_segment_id']);
  });

  it('creates, updates and deletes translations', async () => {
    const a = await createArticle(sim, { title: 'Translated' });
    const base = `/api/v2/help_center/articles/${a.id}/translations`;
    const created = await call<{ translation: TranslationJson }>(sim, 'POST', base, {
      json: { translation: { locale: 'de', title: 'Übersetzt', body: '<p>Hallo</p>', draft: false } },
    });
    expect(created.status).toBe(201);
    expect(created.body.translation).toMatchObject({ source_id: a.id, source_type: 'article', locale: 'de', title: 'Übersetzt' });

    const dup = await call<ErrorJson>(sim, 'POST', base, { json: { translation: { locale: 'de', title: 'again' } } });
    expect(dup.status).toBe(400);
    expect(dup.body.error).toBe('RecordInvalid');
    expect((await call(sim, 'POST', base, { json: { translation: { locale: 'es', title: 'Hola' } } })).status).toBe(400);

    clock.advance(2_000);
    const updated = await call<{ translation: TranslationJson }>(sim, 'PUT', `${base}/de`, {
      json: { translation: { title: 'Neu', body: '<p>Neu</p>', draft: true, outdated: true } },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.translation).toMatchObject({ title: 'Neu', draft: true, outdated: true });
    const article = await call<{ article: ArticleJson }>(sim, 'GET', `/api/v2/help_center/articles/${a.id}`);
    expect(article.body.article.outdated_locales).toEqual(['de']);
    expect(Date.parse(article.body.article.updated_at)).toBeGreaterThan(Date.parse(a.updated_at));

    expect((await call(sim, 'PUT', `${base}/ja`, { json: { translation: { title: 'x' } } })).status).toBe(404);
    expect((await call(sim, 'GET', `${base}/ja`)).status).toBe(404);

    const source = (await call<{ translation: TranslationJson }>(sim, 'GET', `${base}/en-us`)).body.translation;
    const refused = await call(sim, 'DELETE', `/api/v2/help_center/translations/${source.id}`);
    expect(refused.status).toBe(400);
    expect((await call(sim, 'DELETE', `/api/v2/help_center/translations/${created.body.translation.id}`)).status).toBe(204);
    expect((await call(sim, 'GET', `${base}/de`)).status).toBe(404);
  });

  it('does not bump updated_at for a translation update that changes nothing', async () => {
    const a = await createArticle(sim, { title: 'Same', body: '<p>same</p>' });
    const stored = (await call<{ translation: TranslationJson }>(sim, 'GET', `/api/v2/help_center/articles/${a.id}/translations/en-us`))
      .body.translation;
    clock.advance(3_000);
    const res = await call<{ translation: TranslationJson }>(sim, 'PUT', `/api/v2/help_center/articles/${a.id}/translations/en-us`, {
      json: { translation: { title: 'Same', body: stored.body } },
    });
    expect(res.body.translation.updated_at).toBe(stored.updated_at);
  });

  it('changes the source locale', async () => {
    const a = await createArticleFrom(
      sim,
      newArticleWithTranslations([
        { locale: 'en-us', title: 'Source' },
        { locale: 'fr', title: 'Source FR' },
      ]),
    );
    const res = await call(sim, 'PUT', `/api/v2/help_center/articles/${a.id}/source_locale`, { json: { article_locale: 'fr' } });
    expect(res.status).toBe(200);
    const after = sim.store.getArticle(a.id);
    expect(after?.['source_locale']).toBe('fr');
    expect(after?.['title']).toBe('Source FR');
    expect((await call(sim, 'PUT', `/api/v2/help_center/articles/${a.id}/source_locale`, { json: { article_locale: 'ja' } })).status).toBe(
      400,
    );
  });

  it('archives on DELETE: gone from the API, kept in the store', async () => {
    const a = await createArticle(sim, { title: 'To archive' });
    expect((await call(sim, 'DELETE', `/api/v2/help_center/articles/${a.id}`)).status).toBe(204);
    expect((await call(sim, 'GET', `/api/v2/help_center/articles/${a.id}`)).status).toBe(404);
    const list = await call<{ articles: ArticleJson[] }>(sim, 'GET', '/api/v2/help_center/articles?per_page=100');
    expect(list.body.articles.map((x) => x.id)).not.toContain(a.id);
    const exported = await call<{ articles: ArticleJson[] }>(sim, 'GET', '/api/v2/help_center/incremental/articles?start_time=0');
    expect(exported.body.articles.map((x) => x.id)).not.toContain(a.id);
    expect(sim.store.articles.find((x) => x.id === a.id)?.archived).toBe(true);
    expect(sim.store.getArticle(a.id)?.archived).toBe(true);
    expect((await call(sim, 'DELETE', `/api/v2/help_center/articles/${a.id}`)).status).toBe(404);
  });

  it('lists with sorting, label filters and sideloads', async () => {
    const s = await startSimulator();
    try {
      const mk = (title: string, labels: string[], position = 0) => createArticle(s, { title, label_names: labels, position });
      await mk('Banana', ['fruit', 'yellow'], 2);
      await mk('apple', ['fruit'], 1);
      await mk('Cherry', ['Fruit', 'red'], 3);
      const titles = async (q: string) =>
        (await call<{ articles: ArticleJson[] }>(s, 'GET', `/api/v2/help_center/sections/${SECTION}/articles?${q}`)).body.articles.map(
          (a) => a.title,
        );
      expect(await titles('label_names=fruit')).toEqual(['apple', 'Banana']);
      expect(await titles('label_names=fruit,yellow')).toEqual(['Banana']);
      expect(await titles('label_names=fruit&sort_by=title&sort_order=desc')).toEqual(['Banana', 'apple']);
      expect((await titles('sort_by=title')).slice(0, 3)).toEqual(['apple', 'Banana', 'Cherry']);

      const res = await call<{
        articles: ArticleJson[];
        users: { id: number }[];
        sections: { id: number }[];
        categories: { id: number }[];
      }>(s, 'GET', '/api/v2/help_center/articles?include=users,sections,categories,translations&label_names=red');
      expect(res.body.articles).toHaveLength(1);
      expect(res.body.articles[0]?.translations?.map((t) => t.locale)).toEqual(['en-us']);
      expect(res.body.users.map((u) => u.id)).toEqual([res.body.articles[0]?.author_id]);
      expect(res.body.sections.map((x) => x.id)).toEqual([SECTION]);
      expect(res.body.categories).toHaveLength(1);

      const byCategory = await call<{ articles: ArticleJson[] }>(s, 'GET', '/api/v2/help_center/en-us/categories/360000100001/articles');
      expect(byCategory.body.articles.length).toBe(5);
      const show = await call<{ article: ArticleJson; sections: unknown[] }>(
        s,
        'GET',
        `/api/v2/help_center/articles/${res.body.articles[0]?.id}?include=translations,sections`,
      );
      expect(show.body.article.translations).toHaveLength(1);
      expect(show.body.sections).toHaveLength(1);
    } finally {
      await s.close();
    }
  });

  it('answers structure endpoints from the seed', async () => {
    const locales = await call<{ locales: string[]; default_locale: string }>(sim, 'GET', '/api/v2/help_center/locales', { auth: 'none' });
    expect(locales.body).toEqual({ locales: ['en-us', 'fr', 'de', 'ja'], default_locale: 'en-us' });
    const sections = await call<{ sections: { name: string; category_id: number; translations?: unknown[] }[] }>(
      sim,
      'GET',
      '/api/v2/help_center/sections?include=translations',
    );
    const faqs = sections.body.sections.filter((x) => x.name === 'FAQ');
    expect(new Set(faqs.map((x) => x.category_id)).size).toBe(2);
    expect(sections.body.sections[0]?.translations).toHaveLength(1);
    const categories = await call<{ categories: { name: string }[] }>(sim, 'GET', '/api/v2/help_center/en-us/categories');
    expect(categories.body.categories.map((c) => c.name)).toContain('Account & billing');
    const groups = await call<{ permission_groups: { name: string }[] }>(sim, 'GET', '/api/v2/guide/permission_groups');
    expect(groups.body.permission_groups.map((g) => g.name)).toEqual(['Agents', 'Admins']);
    const segments = await call<{ user_segments: { name: string }[] }>(sim, 'GET', '/api/v2/help_center/user_segments.json');
    expect(segments.body.user_segments.map((g) => g.name)).toEqual(['Signed-in users', 'Agents and managers']);
    const newSection = await call<{ section: { id: number; name: string; category_id: number } }>(
      sim,
      'POST',
      '/api/v2/help_center/categories/360000100003/sections',
      { json: { section: { name: 'New section', locale: 'en-us' } } },
    );
    expect(newSection.status).toBe(201);
    expect(newSection.body.section).toMatchObject({ name: 'New section', category_id: 360000100003 });
    expect((await call(sim, 'POST', '/api/v2/help_center/categories/1/sections', { json: { section: { name: 'x' } } })).status).toBe(404);
  });

  it('answers 404 to unknown routes and disabled locale prefixes', async () => {
    expect((await call(sim, 'GET', '/api/v2/help_center/nothing_here')).status).toBe(404);
    expect((await call(sim, 'GET', '/api/v2/help_center/es/articles')).status).toBe(404);
    // the incremental export has no locale-prefixed variant
    expect((await call(sim, 'GET', '/api/v2/help_center/fr/incremental/articles?start_time=0')).status).toBe(404);
  });

  it('offers direct helpers for hand-made articles and Guide edits', () => {
    const a = sim.store.createArticleDirect({
      section_id: SECTION,
      title: 'By hand',
      body: '<p>hand   made</p>',
      translations: [{ locale: 'ja', title: '手作り' }],
    });
    const id = a['id'] as number;
    expect(sim.store.listArticleTranslations(id).map((t) => t['locale'])).toEqual(['en-us', 'ja']);
    const before = sim.store.getArticle(id);
    clock.advance(10_000);
    sim.store.editTranslationDirect(id, 'en-us', { body: '<p>edited <b>in</b> Guide</p>' });
    const after = sim.store.getArticle(id);
    expect(after?.['body']).toBe('<p>edited <b>in</b> Guide</p>\n');
    expect(after?.['updated_at']).not.toBe(before?.['updated_at']);
    expect(after?.['edited_at']).toBe(after?.['updated_at']);
  });
});
