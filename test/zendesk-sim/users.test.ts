import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from './index.js';
import { call, newArticle, SECTION } from './test-helpers.js';

interface UsersJson {
  users: { id: number; name: string; role: string }[];
}

const ADMIN = 370000000001;
const AGENT = 370000000002;

describe('Show Many Users and who edited a translation', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(async () => sim?.close());

  it('answers the users named by ids, leaving out ids that name nobody', async () => {
    const res = await call<UsersJson>(sim, 'GET', `/api/v2/users/show_many.json?ids=${AGENT},${ADMIN},999`);
    expect(res.status).toBe(200);
    expect(res.body.users.map((u) => [u.id, u.name]).sort()).toEqual([
      [ADMIN, 'Ada Admin'],
      [AGENT, 'Alan Agent'],
    ]);
  });

  it('is for agents: end users 403, anonymous 401', async () => {
    expect((await call(sim, 'GET', `/api/v2/users/show_many?ids=${AGENT}`, { auth: 'enduser' })).status).toBe(403);
    expect((await call(sim, 'GET', `/api/v2/users/show_many?ids=${AGENT}`, { auth: 'none' })).status).toBe(401);
  });

  it('refuses a missing or malformed list, and more than 100 ids', async () => {
    expect((await call(sim, 'GET', '/api/v2/users/show_many')).status).toBe(400);
    expect((await call(sim, 'GET', '/api/v2/users/show_many?ids=a,b')).status).toBe(400);
    const many = Array.from({ length: 101 }, (_, i) => String(i + 1)).join(',');
    expect((await call(sim, 'GET', `/api/v2/users/show_many?ids=${many}`)).status).toBe(400);
  });

  it("records the Guide editor as the translation's updated_by_id", async () => {
    const created = await call<{ article: { id: number } }>(sim, 'POST', `/api/v2/help_center/sections/${SECTION}/articles`, {
      json: newArticle({ title: 'Edited by hand', body: '<p>One.</p>' }),
    });
    const id = created.body.article.id;
    sim.store.editTranslationDirect(id, 'en-us', { body: '<p>Two.</p>' }, AGENT);
    const t = await call<{ translation: { updated_by_id: number; created_by_id: number } }>(
      sim,
      'GET',
      `/api/v2/help_center/articles/${id}/translations/en-us`,
    );
    expect(t.body.translation).toMatchObject({ updated_by_id: AGENT, created_by_id: ADMIN });
    expect(() => sim.store.editTranslationDirect(id, 'en-us', { body: '<p>Three.</p>' }, 370000000003)).toThrow(/not an agent/);
  });
});
