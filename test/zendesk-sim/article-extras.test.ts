import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from './index.js';
import { call, newArticle, SECTION, SIGNED_IN_SEGMENT } from './test-helpers.js';

const STAFF_SEGMENT = 360000400002;
const ADMIN = 370000000001;
const AGENT = 370000000002;
const READER = 370000000003;

interface Article {
  article: { id: number; user_segment_id: number | null; user_segment_ids: number[]; content_tag_ids: string[]; author_id: number };
}
interface Records<T> {
  records: T[];
  meta: { has_more: boolean; after_cursor: string | null };
}

let sim: Simulator;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => sim.close());

const create = (fields: Record<string, unknown>) =>
  call<Article>(sim, 'POST', `/api/v2/help_center/sections/${SECTION}/articles`, { json: newArticle(fields) });

// developer.zendesk.com/api-reference/help_center/help-center-api/articles/ (JSON format):
// "user_segment_ids ... Set to an empty list to make it accessible to everyone. For Enterprise
// plans only this may contain more than one user_segment_id. Either user_segment_id or
// user_segment_ids must be specified"; "author_id ... set to the user who made the request on
// create by default"; "content_tag_ids: The list of content tags attached to the article".
describe('articles: user_segment_ids, content_tag_ids, author_id', () => {
  it('takes several segments on Enterprise, instead of user_segment_id', async () => {
    const { user_segment_id: _omit, ...rest } = newArticle().article as Record<string, unknown>;
    const res = await call<Article>(sim, 'POST', `/api/v2/help_center/sections/${SECTION}/articles`, {
      json: { article: { ...rest, user_segment_ids: [SIGNED_IN_SEGMENT, STAFF_SEGMENT] } },
    });
    expect(res.status).toBe(201);
    expect(res.body.article.user_segment_ids).toEqual([SIGNED_IN_SEGMENT, STAFF_SEGMENT]);
    const empty = await call<Article>(sim, 'PUT', `/api/v2/help_center/articles/${res.body.article.id}`, {
      json: { article: { user_segment_ids: [] } },
    });
    expect(empty.body.article).toMatchObject({ user_segment_ids: [], user_segment_id: null });
  });

  it('refuses a create with neither user_segment_id nor user_segment_ids', async () => {
    const { user_segment_id: _omit, ...rest } = newArticle().article as Record<string, unknown>;
    const res = await call(sim, 'POST', `/api/v2/help_center/sections/${SECTION}/articles`, { json: { article: rest } });
    expect(res.status).toBe(400);
  });

  it('on a plan with one segment, refuses more than one with a validation error', async () => {
    sim.setOptions({ oneSegmentPlan: true });
    const res = await create({ user_segment_ids: [SIGNED_IN_SEGMENT, STAFF_SEGMENT] });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(/user_segment_ids/);
    expect((await create({ user_segment_ids: [STAFF_SEGMENT] })).status).toBe(201);
  });

  it('author_id defaults to the requester and must be an agent', async () => {
    expect((await create({})).body.article.author_id).toBe(ADMIN);
    expect((await create({ author_id: AGENT })).body.article.author_id).toBe(AGENT);
    expect((await create({ author_id: READER })).status).toBe(400);
  });

  it('content_tag_ids must be tags of the account, 25 at most', async () => {
    const tags: string[] = [];
    for (let i = 0; i < 26; i++) {
      const t = await call<{ content_tag: { id: string } }>(sim, 'POST', '/api/v2/guide/content_tags', {
        json: { content_tag: { name: `t${i}` } },
      });
      tags.push(t.body.content_tag.id);
    }
    expect((await create({ content_tag_ids: tags.slice(0, 25) })).body.article.content_tag_ids).toHaveLength(25);
    expect((await create({ content_tag_ids: tags })).status).toBe(400);
    expect((await create({ content_tag_ids: ['01HNOTATAG'] })).status).toBe(400);
  });
});

// developer.zendesk.com/api-reference/help_center/help-center-api/content_tags/: ids are
// strings, lists are cursor-paginated with filter[name_prefix]; Guide product limits
// (support.zendesk.com/hc/en-us/articles/4408831783962): 200 content tags per account.
describe('content tags', () => {
  it('creates, lists by cursor and filters by name prefix', async () => {
    for (const name of ['Billing', 'Refunds', 'Bugs']) {
      const res = await call<{ content_tag: { id: string; name: string } }>(sim, 'POST', '/api/v2/guide/content_tags', {
        json: { content_tag: { name } },
      });
      expect(res.status).toBe(201);
      expect(typeof res.body.content_tag.id).toBe('string');
    }
    const page = await call<Records<{ name: string }>>(sim, 'GET', '/api/v2/guide/content_tags?page[size]=2&sort=name');
    expect(page.body.records.map((t) => t.name)).toEqual(['Billing', 'Bugs']);
    expect(page.body.meta.has_more).toBe(true);
    const next = await call<Records<{ name: string }>>(
      sim,
      'GET',
      `/api/v2/guide/content_tags?page[size]=2&sort=name&page[after]=${page.body.meta.after_cursor}`,
    );
    expect(next.body.records.map((t) => t.name)).toEqual(['Refunds']);
    const b = await call<Records<{ name: string }>>(sim, 'GET', '/api/v2/guide/content_tags?filter[name_prefix]=B');
    expect(b.body.records.map((t) => t.name).sort()).toEqual(['Billing', 'Bugs']);
  });

  it('refuses a 201st tag and a name taken', async () => {
    sim.store.guide.limits.contentTags = 2;
    const post = (name: string) => call(sim, 'POST', '/api/v2/guide/content_tags', { json: { content_tag: { name } } });
    expect((await post('a')).status).toBe(201);
    expect((await post('A')).status).toBe(422);
    expect((await post('b')).status).toBe(201);
    expect((await post('c')).status).toBe(422);
  });
});

// developer.zendesk.com/api-reference/help_center/help-center-api/redirect_rules/: "Creates or
// updates a redirect rule for the URL specified in redirect_from" (204); redirect_from "Must
// begin with '/'. Omit any slug from the path"; redirect_status "301", "302", "303", "307" or
// "308"; "There is a limit of 50,000 redirect rules per brand"; "Allowed for: Guide admins".
describe('redirect rules', () => {
  const set = (rule: Record<string, unknown>, auth?: 'basic') =>
    call(sim, 'POST', '/api/v2/guide/redirect_rules', { json: { redirect_rule: rule }, ...(auth ? { auth } : {}) });

  it('creates or updates the one rule for a redirect_from, never two', async () => {
    expect((await set({ redirect_from: '/hc/en-us/articles/1', redirect_to: '/hc/en-us/articles/2', redirect_status: 301 })).status).toBe(
      204,
    );
    expect((await set({ redirect_from: '/hc/en-us/articles/1', redirect_to: '/hc/en-us/articles/3', redirect_status: 308 })).status).toBe(
      204,
    );
    const list = await call<Records<{ redirect_to: string; redirect_status: string }>>(sim, 'GET', '/api/v2/guide/redirect_rules');
    expect(list.body.records).toEqual([expect.objectContaining({ redirect_to: '/hc/en-us/articles/3', redirect_status: '308' })]);
  });

  // Same page: "to redirect an article URL, the article must be archived or deleted" for the
  // redirect "to take effect": a rule for a live article's URL is stored (nothing refuses it) and
  // takes effect once the article is archived. The publisher relies on it to write the rules of a
  // replaced article before archiving it.
  it('stores a rule for the URL of an article that is still live', async () => {
    const live = await create({ title: 'Live' });
    expect(live.status).toBe(201);
    const from = `/hc/en-us/articles/${live.body.article.id}`;
    expect((await set({ redirect_from: from, redirect_to: '/hc/en-us/articles/2', redirect_status: 301 })).status).toBe(204);
    const list = await call<Records<{ redirect_from: string }>>(sim, 'GET', '/api/v2/guide/redirect_rules');
    expect(list.body.records.map((r) => r.redirect_from)).toEqual([from]);
  });

  it('refuses a slug, a path without /, and other statuses', async () => {
    expect((await set({ redirect_from: '/hc/en-us/articles/1-Title', redirect_to: '/x', redirect_status: 301 })).status).toBe(400);
    expect((await set({ redirect_from: 'hc/en-us/articles/1', redirect_to: '/x', redirect_status: 301 })).status).toBe(400);
    expect((await set({ redirect_from: '/old', redirect_to: '/x', redirect_status: 304 })).status).toBe(400);
    expect((await set({ redirect_from: '/old', redirect_to: 'x', redirect_status: 301 })).status).toBe(400);
  });

  it('is for Guide admins, and stops at the per-brand limit', async () => {
    sim.store.users.find((u) => u.email === sim.credentials.email)!.role = 'agent';
    expect((await call(sim, 'GET', '/api/v2/guide/redirect_rules')).status).toBe(403);
    sim.store.users.find((u) => u.email === sim.credentials.email)!.role = 'admin';
    sim.store.guide.limits.redirectRules = 1;
    expect((await set({ redirect_from: '/a', redirect_to: '/x', redirect_status: 301 })).status).toBe(204);
    expect((await set({ redirect_from: '/a', redirect_to: '/y', redirect_status: 301 })).status).toBe(204);
    expect((await set({ redirect_from: '/b', redirect_to: '/x', redirect_status: 301 })).status).toBe(422);
  });
});

// developer.zendesk.com/api-reference/ticketing/users/users/#search-users: `query` takes an
// email, a name, or the search syntax (role:agent).
describe('users search', () => {
  it('finds by email, by role, and is for agents', async () => {
    const byEmail = await call<{ users: { id: number; role: string }[] }>(sim, 'GET', '/api/v2/users/search?query=agent@example.com');
    expect(byEmail.body.users).toEqual([expect.objectContaining({ id: AGENT, role: 'agent' })]);
    const admins = await call<{ users: { id: number }[] }>(sim, 'GET', '/api/v2/users/search?query=role:admin');
    expect(admins.body.users.map((u) => u.id)).toEqual([ADMIN]);
    expect((await call(sim, 'GET', '/api/v2/users/search?query=x', { auth: 'enduser' })).status).toBe(403);
  });
});
