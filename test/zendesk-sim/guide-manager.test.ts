import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from './index.js';
import { call, newArticle, SECTION } from './test-helpers.js';

const CATEGORY = 360000100001;

/**
 * Sections and categories, and their translations, are "Allowed for: Help Center managers" in
 * the reference: an agent who may write articles is refused them unless made a Guide manager.
 */
describe('section and category writes need Guide manager rights', () => {
  let sim: Simulator;
  let user: { role: string; guide_manager?: boolean };
  beforeEach(async () => {
    sim = await startSimulator();
    user = sim.store.users.find((u) => u.email === sim.credentials.email)!;
  });
  afterEach(async () => sim.close());

  const writes = async () => [
    (await call(sim, 'POST', '/api/v2/help_center/categories', { json: { category: { name: 'New', locale: 'en-us' } } })).status,
    (
      await call(sim, 'POST', `/api/v2/help_center/categories/${CATEGORY}/sections`, {
        json: { section: { name: 'New', locale: 'en-us' } },
      })
    ).status,
    (await call(sim, 'PUT', `/api/v2/help_center/sections/${SECTION}`, { json: { section: { position: 3 } } })).status,
    (await call(sim, 'PUT', `/api/v2/help_center/categories/${CATEGORY}`, { json: { category: { position: 3 } } })).status,
    (await call(sim, 'PUT', `/api/v2/help_center/sections/${SECTION}/translations/en-us`, { json: { translation: { title: 'Setup' } } }))
      .status,
    (
      await call(sim, 'POST', `/api/v2/help_center/sections/${SECTION}/translations`, {
        json: { translation: { locale: 'fr', title: 'Installer' } },
      })
    ).status,
  ];

  it('an admin may write them', async () => {
    expect(await writes()).toEqual([201, 201, 200, 200, 200, 201]);
  });

  it('an agent is refused every one with 403, and nothing changes; articles stay writable', async () => {
    user.role = 'agent';
    const before = { sections: sim.store.sections.length, categories: sim.store.categories.length };
    expect(await writes()).toEqual([403, 403, 403, 403, 403, 403]);
    expect({ sections: sim.store.sections.length, categories: sim.store.categories.length }).toEqual(before);
    expect(sim.store.sections.find((s) => s.id === SECTION)?.position).not.toBe(3);
    const article = await call(sim, 'POST', `/api/v2/help_center/sections/${SECTION}/articles`, { json: newArticle() });
    expect(article.status).toBe(201);
  });

  it('an agent with the Guide manager role may write them', async () => {
    user.role = 'agent';
    user.guide_manager = true;
    expect(await writes()).toEqual([201, 201, 200, 200, 200, 201]);
  });
});
