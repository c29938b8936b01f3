import type { ZendeskClient } from './client.js';
import { checkResponse, type ResponseKind } from './responses.js';
import type { ZdContentTag, ZdRedirectRule, ZdUser } from './types.js';

/**
 * The Guide records an article refers to beyond its section and groups: content tags, users
 * (authors) and redirect rules. Content tags and redirect rules live under `/api/v2/guide`,
 * with cursor pagination only and string ids
 * (developer.zendesk.com/api-reference/help_center/help-center-api/content_tags/,
 * .../redirect_rules/).
 */

const PAGE_SIZE = '100';

async function get<K extends ResponseKind>(client: ZendeskClient, kind: K, path: string, query: Record<string, string>) {
  const data = await client.http.request<unknown>('GET', path, { query });
  return checkResponse(kind, data, 'GET', new URL(path, client.http.baseUrl));
}

/** Every record of a `/api/v2/guide` list, following `meta.after_cursor`. */
async function records<K extends 'content_tags' | 'redirect_rules'>(
  client: ZendeskClient,
  kind: K,
  path: string,
  query: Record<string, string> = {},
): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  let after: string | undefined;
  for (;;) {
    const page = (await get(client, kind, path, {
      ...query,
      'page[size]': PAGE_SIZE,
      ...(after ? { 'page[after]': after } : {}),
    })) as { records: Record<string, unknown>[]; meta?: { has_more?: boolean; after_cursor?: string | null } };
    out.push(...page.records);
    const next = page.meta?.has_more ? page.meta.after_cursor : undefined;
    // A cursor that does not move would loop forever: stop rather than ask the same page again.
    if (!next || next === after) return out;
    after = next;
  }
}

/** Every content tag of the account (at most 200 exist). */
export async function listContentTags(client: ZendeskClient): Promise<ZdContentTag[]> {
  const list = await records(client, 'content_tags', '/api/v2/guide/content_tags');
  return list.map((t) => ({ id: String(t.id), name: String(t.name) }));
}

/** Creates a content tag. Not retried after a lost answer: the next run finds it by name. */
export async function createContentTag(client: ZendeskClient, name: string): Promise<ZdContentTag> {
  const path = '/api/v2/guide/content_tags';
  const data = await client.http.request<unknown>('POST', path, { json: { content_tag: { name } } });
  const res = checkResponse('content_tag', data, 'POST', new URL(path, client.http.baseUrl));
  return { id: String(res.content_tag.id), name: res.content_tag.name };
}

/** Users whose email (or name) matches `query` (Support's Search Users). */
export async function searchUsers(client: ZendeskClient, query: string): Promise<ZdUser[]> {
  const res = await get(client, 'users', '/api/v2/users/search', { query });
  return res.users;
}

/** Every redirect rule of the brand whose `redirect_from` starts with `prefix` (Guide admins only). */
export async function listRedirectRules(client: ZendeskClient, prefix?: string): Promise<ZdRedirectRule[]> {
  const list = await records(
    client,
    'redirect_rules',
    '/api/v2/guide/redirect_rules',
    prefix ? { 'filter[redirect_from_prefix]': prefix } : {},
  );
  return list.map((r) => ({
    id: String(r.id),
    redirect_from: String(r.redirect_from),
    redirect_to: String(r.redirect_to),
    redirect_status: String(r.redirect_status),
  }));
}

/**
 * Creates the rule for `redirect_from`, or updates the one there is: "Creates or updates a
 * redirect rule for the URL specified in redirect_from", so sending it twice is harmless.
 * Answers 204.
 */
export async function setRedirectRule(client: ZendeskClient, rule: { from: string; to: string; status: number }): Promise<void> {
  await client.http.request<unknown>('POST', '/api/v2/guide/redirect_rules', {
    json: { redirect_rule: { redirect_from: rule.from, redirect_to: rule.to, redirect_status: rule.status } },
    idempotent: true,
  });
}
