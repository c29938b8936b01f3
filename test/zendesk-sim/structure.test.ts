// Sections and categories: the reference's rules the publisher's structure step relies on.
// Creating and editing them (and their translations) is "Allowed for: Help Center managers";
// `locale` and `name` are mandatory; Update Section changes section-level fields only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from './index.js';
import { call } from './test-helpers.js';

const CATEGORY = 360000100001;
const SECTION = 360000200001;

let sim: Simulator;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => sim.close());

const asAgent = (guideManager: boolean) => {
  const user = sim.store.users.find((u) => u.email === sim.credentials.email)!;
  user.role = 'agent';
  user.guide_manager = guideManager;
};

describe('sections and categories', () => {
  it('creates a category and a section in it, each with its name in its locale', async () => {
    const c = await call<{ category: { id: number; name: string } }>(sim, 'POST', '/api/v2/help_center/categories', {
      json: { category: { name: 'Billing', description: 'Money', locale: 'en-us', position: 3 } },
    });
    expect(c.status).toBe(201);
    const s = await call<{ section: { id: number; name: string; category_id: number; position: number } }>(
      sim,
      'POST',
      `/api/v2/help_center/categories/${c.body.category.id}/sections`,
      { json: { section: { name: 'Refunds', locale: 'en-us' } } },
    );
    expect(s.status).toBe(201);
    expect(s.body.section).toMatchObject({ name: 'Refunds', category_id: c.body.category.id });
  });

  it('refuses a create without name or locale, with a bad position, or in a locale not enabled', async () => {
    const post = (section: unknown) => call(sim, 'POST', `/api/v2/help_center/categories/${CATEGORY}/sections`, { json: { section } });
    expect((await post({ locale: 'en-us' })).status).toBe(400);
    expect((await post({ name: 'X' })).status).toBe(400);
    expect((await post({ name: 'X', locale: 'en-us', position: -1 })).status).toBe(400);
    expect((await post({ name: 'X', locale: 'ko' })).status).toBe(400);
    // The URL's locale stands in for the body's.
    expect(
      (await call(sim, 'POST', `/api/v2/help_center/fr/categories/${CATEGORY}/sections`, { json: { section: { name: 'X' } } })).status,
    ).toBe(201);
  });

  it('is for Guide managers: an agent without the role gets 403 on every structure write, articles stay writable', async () => {
    asAgent(false);
    expect((await call(sim, 'POST', '/api/v2/help_center/categories', { json: { category: { name: 'X', locale: 'en-us' } } })).status).toBe(
      403,
    );
    expect(
      (
        await call(sim, 'POST', `/api/v2/help_center/categories/${CATEGORY}/sections`, {
          json: { section: { name: 'X', locale: 'en-us' } },
        })
      ).status,
    ).toBe(403);
    expect((await call(sim, 'PUT', `/api/v2/help_center/sections/${SECTION}`, { json: { section: { position: 4 } } })).status).toBe(403);
    expect(
      (await call(sim, 'PUT', `/api/v2/help_center/sections/${SECTION}/translations/en-us`, { json: { translation: { body: 'x' } } }))
        .status,
    ).toBe(403);
    expect(
      (
        await call(sim, 'POST', `/api/v2/help_center/sections/${SECTION}/translations`, {
          json: { translation: { locale: 'fr', title: 'x' } },
        })
      ).status,
    ).toBe(403);
    const article = sim.store.articles[0]!;
    expect((await call(sim, 'PUT', `/api/v2/help_center/articles/${article.id}`, { json: { article: { position: 1 } } })).status).toBe(200);
    asAgent(true);
    expect((await call(sim, 'PUT', `/api/v2/help_center/sections/${SECTION}`, { json: { section: { position: 4 } } })).status).toBe(200);
  });

  it('Update Section changes its position, not its name (a translation holds that)', async () => {
    const res = await call<{ section: { name: string; position: number } }>(sim, 'PUT', `/api/v2/help_center/sections/${SECTION}`, {
      json: { section: { position: 7, name: 'Renamed' } },
    });
    expect(res.status).toBe(200);
    expect(res.body.section).toMatchObject({ position: 7, name: 'Installation' });
    expect((await call(sim, 'PUT', `/api/v2/help_center/sections/${SECTION}`, { json: { section: { position: 'x' } } })).status).toBe(400);
  });

  it('lists sections with their translations (name as title, description as body)', async () => {
    await call(sim, 'POST', `/api/v2/help_center/sections/${SECTION}/translations`, {
      json: { translation: { locale: 'fr', title: 'Installer', body: 'Comment' } },
    });
    const res = await call<{ sections: { id: number; translations: { locale: string; title: string; body: string }[] }[] }>(
      sim,
      'GET',
      '/api/v2/help_center/sections?include=translations',
    );
    const s = res.body.sections.find((x) => x.id === SECTION)!;
    expect(s.translations.map((t) => [t.locale, t.title, t.body])).toEqual([
      ['en-us', 'Installation', ''],
      ['fr', 'Installer', 'Comment'],
    ]);
  });
});
