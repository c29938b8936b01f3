// /api/v2/guide content tags and redirect rules, and Support's user search (for authors).
// Content tags: developer.zendesk.com/api-reference/help_center/help-center-api/content_tags/
// Redirect rules: developer.zendesk.com/api-reference/help_center/help-center-api/redirect_rules/
// Users: developer.zendesk.com/api-reference/ticketing/users/users/#search-users
import { badRequest, notFound } from './errors.js';
import type { ContentTagRecord, RedirectRuleRecord } from './guide-records.js';
import { paginate } from './pagination.js';
import type { Answer, Ctx, RouteDef } from './router.js';
import { userView } from './views.js';

const iso = (sec: number) => new Date(sec * 1000).toISOString();

const tagView = (t: ContentTagRecord) => ({ id: t.id, name: t.name, created_at: iso(t.created_at), updated_at: iso(t.updated_at) });

const ruleView = (r: RedirectRuleRecord) => ({
  id: r.id,
  brand_id: r.brand_id,
  redirect_from: r.redirect_from,
  redirect_to: r.redirect_to,
  redirect_status: r.redirect_status,
  created_at: iso(r.created_at),
  updated_at: iso(r.updated_at),
});

/** "Cursor pagination only": an offset request is refused, so a client relying on it fails here first. */
function cursorOnly<T>(ctx: Ctx, list: T[]): { records: T[]; meta: unknown; links: unknown } {
  if (ctx.query.has('page') && !ctx.query.has('page[size]') && !ctx.query.has('page[after]')) {
    throw badRequest('InvalidPaginationParameter', 'this endpoint supports cursor pagination only (page[size], page[after])');
  }
  const cursor = new URLSearchParams(ctx.query);
  if (!cursor.has('page[size]')) cursor.set('page[size]', '30');
  const page = paginate(list, cursor, ctx.publicUrl);
  const meta = page.meta as { meta: unknown; links: unknown };
  return { records: page.items, meta: meta.meta, links: meta.links };
}

/** `sort`: id or name (content tags), id or redirect_from (rules); a `-` prefix is descending. */
function sorted<T extends Record<string, unknown>>(list: T[], sort: string | null, allowed: string[]): T[] {
  if (!sort) return list;
  const key = sort.replace(/^-/, '');
  if (!allowed.includes(key))
    throw badRequest('InvalidParameter', `sort must be one of ${allowed.flatMap((k) => [k, `-${k}`]).join(', ')}`);
  const out = [...list].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
  return sort.startsWith('-') ? out.reverse() : out;
}

function searchUsers(ctx: Ctx): Answer {
  const query = (ctx.query.get('query') ?? '').trim();
  if (!query) throw badRequest('InvalidValue', 'query is required');
  const role = /^role:(\S+)$/i.exec(query)?.[1]?.toLowerCase();
  const q = query.toLowerCase();
  const found = ctx.store.users.filter((u) =>
    role !== undefined
      ? u.role === (role === 'end-user' || role === 'end_user' ? 'end-user' : role)
      : q.includes('@')
        ? u.email.toLowerCase() === q
        : u.name.toLowerCase().includes(q) || u.email.toLowerCase().includes(q),
  );
  const page = paginate(found, ctx.query, ctx.publicUrl, ctx.options.offsetRecordsLimit);
  return { status: 200, json: { users: page.items.map((u) => userView(ctx.store, u)), ...page.meta } };
}

export const guideRoutes: RouteDef[] = [
  {
    method: 'GET',
    pattern: '/api/v2/guide/content_tags',
    access: 'public',
    handler: (ctx) => {
      const prefix = (ctx.query.get('filter[name_prefix]') ?? '').toLowerCase();
      const list = ctx.store.guide.contentTags.filter((t) => t.name.toLowerCase().startsWith(prefix)).map(tagView);
      return { status: 200, json: cursorOnly(ctx, sorted(list, ctx.query.get('sort'), ['id', 'name'])) };
    },
  },
  {
    method: 'GET',
    pattern: '/api/v2/guide/content_tags/:tag',
    access: 'public',
    handler: (ctx) => {
      const tag = ctx.store.guide.contentTags.find((t) => t.id === ctx.params['tag']);
      if (!tag) throw notFound();
      return { status: 200, json: { content_tag: tagView(tag) } };
    },
  },
  {
    // "Allowed for: Guide managers, Guide agents".
    method: 'POST',
    pattern: '/api/v2/guide/content_tags',
    access: 'write',
    handler: (ctx) => ({ status: 201, json: { content_tag: tagView(ctx.store.guide.createContentTag(ctx.body)) } }),
  },
  {
    // "Allowed for: Guide admins"; cursor pagination only; filter[redirect_from_prefix].
    method: 'GET',
    pattern: '/api/v2/guide/redirect_rules',
    access: 'manage',
    handler: (ctx) => {
      const prefix = ctx.query.get('filter[redirect_from_prefix]') ?? '';
      const list = ctx.store.guide.redirectRules.filter((r) => r.redirect_from.startsWith(prefix)).map(ruleView);
      return { status: 200, json: cursorOnly(ctx, sorted(list, ctx.query.get('sort'), ['id', 'redirect_from'])) };
    },
  },
  {
    method: 'GET',
    pattern: '/api/v2/guide/redirect_rules/:rule',
    access: 'manage',
    handler: (ctx) => {
      const rule = ctx.store.guide.redirectRules.find((r) => r.id === ctx.params['rule']);
      if (!rule) throw notFound();
      return { status: 200, json: { redirect_rule: ruleView(rule) } };
    },
  },
  {
    // "Creates or updates a redirect rule for the URL specified in redirect_from"; 204 No Content.
    method: 'POST',
    pattern: '/api/v2/guide/redirect_rules',
    access: 'manage',
    handler: (ctx) => {
      ctx.store.guide.setRedirectRule(ctx.body);
      return { status: 204 };
    },
  },
  {
    method: 'DELETE',
    pattern: '/api/v2/guide/redirect_rules/:rule',
    access: 'manage',
    handler: (ctx) => {
      if (!ctx.store.guide.deleteRedirectRule(ctx.params['rule'] ?? '')) throw notFound();
      return { status: 204 };
    },
  },
  { method: 'GET', pattern: '/api/v2/users/search', access: 'agent', handler: searchUsers },
];
