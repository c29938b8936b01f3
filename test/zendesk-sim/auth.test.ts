import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from './index.js';
import { call, manualClock, SECTION, newArticle, SIGNED_IN_SEGMENT, type ArticleJson, type ErrorJson } from './test-helpers.js';

interface TokenJson {
  access_token: string;
  token_type: string;
  scope: string;
  expires_in?: number;
}

interface UserJson {
  user: { id: number | null; role: string; email: string };
}

async function getToken(sim: Simulator, extra: Record<string, unknown> = {}) {
  const c = sim.credentials;
  return call<TokenJson & ErrorJson>(sim, 'POST', '/oauth/tokens', {
    auth: 'none',
    json: {
      grant_type: 'client_credentials',
      client_id: c.oauthClientId,
      client_secret: c.oauthClientSecret,
      scope: 'read write',
      ...extra,
    },
  });
}

describe('authentication', () => {
  const clock = manualClock();
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ now: clock.now, tokenTtlSeconds: 600 });
  });
  afterAll(() => sim.close());

  it('issues OAuth tokens with client credentials and accepts them as Bearer', async () => {
    const token = await getToken(sim);
    expect(token.status).toBe(200);
    expect(token.body).toMatchObject({ token_type: 'bearer', scope: 'read write', expires_in: 600 });
    const me = await call<UserJson>(sim, 'GET', '/api/v2/users/me.json', { auth: { header: `Bearer ${token.body.access_token}` } });
    expect(me.status).toBe(200);
    expect(me.body.user.role).toBe('admin');
    expect(sim.requests.at(-1)?.auth).toBe('oauth');
  });

  it('validates the token request', async () => {
    const badClient = await getToken(sim, { client_secret: 'nope' });
    expect(badClient.status).toBe(401);
    expect(badClient.body.error).toBe('invalid_client');
    expect(badClient.body.error_description).toBeTruthy();
    expect((await getToken(sim, { grant_type: 'password' })).status).toBe(400);
    expect((await getToken(sim, { expires_in: 300 })).status).toBe(400);
    expect((await getToken(sim, { expires_in: 172_800 })).status).toBe(400);
    const ok = await getToken(sim, { expires_in: 301 });
    expect(ok.status).toBe(200);
    expect(ok.body.expires_in).toBe(301);
  });

  it('accepts the pre-issued bearer token and legacy API tokens', async () => {
    const bearer = await call<UserJson>(sim, 'GET', '/api/v2/users/me', { auth: 'bearer' });
    expect(bearer.body.user.role).toBe('admin');
    expect(sim.requests.at(-1)?.auth).toBe('bearer');
    const basic = await call<UserJson>(sim, 'GET', '/api/v2/users/me', { auth: 'basic' });
    expect(basic.body.user.email).toBe(sim.credentials.email);
    expect(sim.requests.at(-1)?.auth).toBe('basic');
    const endUser = await call<UserJson>(sim, 'GET', '/api/v2/users/me', { auth: 'enduser' });
    expect(endUser.body.user.role).toBe('end-user');
    const anonymous = await call<UserJson>(sim, 'GET', '/api/v2/users/me', { auth: 'none' });
    expect(anonymous.body.user.id).toBeNull();
    expect(sim.requests.at(-1)?.auth).toBe('anonymous');
  });

  it('answers 401 to bad credentials, even on public endpoints', async () => {
    const wrongToken = `Basic ${Buffer.from(`${sim.credentials.email}/token:wrong`).toString('base64')}`;
    const wrongPassword = `Basic ${Buffer.from(`${sim.credentials.email}:${sim.credentials.apiToken}`).toString('base64')}`;
    for (const header of [wrongToken, wrongPassword, 'Bearer nope']) {
      const res = await call(sim, 'GET', '/api/v2/help_center/articles', { auth: { header } });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ error: "Couldn't authenticate you" });
      expect(sim.requests.at(-1)?.auth).toBe('invalid');
    }
  });

  it('expires issued tokens with expireTokens(), keeping the pre-issued one', async () => {
    const token = (await getToken(sim)).body.access_token;
    const auth = { header: `Bearer ${token}` };
    expect((await call(sim, 'GET', '/api/v2/help_center/articles', { auth })).status).toBe(200);
    sim.expireTokens();
    expect((await call(sim, 'GET', '/api/v2/help_center/articles', { auth })).status).toBe(401);
    expect((await call(sim, 'GET', '/api/v2/help_center/articles', { auth: 'bearer' })).status).toBe(200);
    const fresh = (await getToken(sim)).body.access_token;
    expect((await call(sim, 'GET', '/api/v2/help_center/articles', { auth: { header: `Bearer ${fresh}` } })).status).toBe(200);
  });

  it('expires issued tokens after their ttl on the simulator clock', async () => {
    const token = (await getToken(sim)).body.access_token;
    const auth = { header: `Bearer ${token}` };
    clock.advance(599_000);
    expect((await call(sim, 'GET', '/api/v2/users/me', { auth })).status).toBe(200);
    clock.advance(1_000);
    const res = await call(sim, 'GET', '/api/v2/users/me', { auth });
    expect(res.status).toBe(401);
  });

  it('refuses writes to end users (403) and anonymous users (401)', async () => {
    const path = `/api/v2/help_center/sections/${SECTION}/articles`;
    const endUser = await call(sim, 'POST', path, { auth: 'enduser', json: newArticle() });
    expect(endUser.status).toBe(403);
    expect(endUser.body.error).toBe('Forbidden');
    expect(endUser.body.description).toBeTruthy();
    expect((await call(sim, 'POST', path, { auth: 'none', json: newArticle() })).status).toBe(401);
  });

  it('keeps the incremental export, permission groups and user segments for agents', async () => {
    const exportPath = '/api/v2/help_center/incremental/articles?start_time=0';
    expect((await call(sim, 'GET', exportPath, { auth: 'none' })).status).toBe(401);
    expect((await call(sim, 'GET', exportPath, { auth: 'enduser' })).status).toBe(403);
    expect((await call(sim, 'GET', exportPath, { auth: 'bearer' })).status).toBe(200);
    expect((await call(sim, 'GET', '/api/v2/guide/permission_groups', { auth: 'enduser' })).status).toBe(403);
    expect((await call(sim, 'GET', '/api/v2/help_center/user_segments', { auth: 'none' })).status).toBe(401);
  });

  it('shows anonymous users and end users only published articles visible to everyone', async () => {
    const open = await call<{ article: ArticleJson }>(sim, 'POST', `/api/v2/help_center/sections/${SECTION}/articles`, {
      json: newArticle({ title: 'Open' }),
    });
    const draft = await call<{ article: ArticleJson }>(sim, 'POST', `/api/v2/help_center/sections/${SECTION}/articles`, {
      json: newArticle({ title: 'Draft', draft: true }),
    });
    const restricted = await call<{ article: ArticleJson }>(sim, 'POST', `/api/v2/help_center/sections/${SECTION}/articles`, {
      json: newArticle({ title: 'Signed in', user_segment_id: SIGNED_IN_SEGMENT }),
    });
    const titles = async (auth: 'none' | 'enduser' | 'basic') =>
      (await call<{ articles: ArticleJson[] }>(sim, 'GET', '/api/v2/help_center/articles?per_page=100', { auth })).body.articles.map(
        (a) => a.title,
      );
    for (const who of ['none', 'enduser'] as const) {
      const seen = await titles(who);
      expect(seen).toContain('Open');
      expect(seen).not.toContain('Draft');
      expect(seen).not.toContain('Signed in');
    }
    expect(await titles('basic')).toEqual(expect.arrayContaining(['Open', 'Draft', 'Signed in']));
    expect((await call(sim, 'GET', `/api/v2/help_center/articles/${draft.body.article.id}`, { auth: 'none' })).status).toBe(404);
    expect((await call(sim, 'GET', `/api/v2/help_center/articles/${restricted.body.article.id}`, { auth: 'enduser' })).status).toBe(404);
    expect((await call(sim, 'GET', `/api/v2/help_center/articles/${open.body.article.id}`, { auth: 'none' })).status).toBe(200);
  });

  it('enforces OAuth scopes: a read-only token cannot write', async () => {
    const token = (await getToken(sim, { scope: 'read' })).body.access_token;
    const res = await call(sim, 'POST', `/api/v2/help_center/sections/${SECTION}/articles`, {
      auth: { header: `Bearer ${token}` },
      json: newArticle(),
    });
    expect(res.status).toBe(403);
  });
});
