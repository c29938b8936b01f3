import { errorMessage } from '../errors.js';
import type { SourceArticle } from '../source/types.js';
import { listContentTags, listRedirectRules, searchUsers } from './article-extras.js';
import { SHOW_MANY_USERS, type ZendeskClient } from './client.js';
import { ZendeskApiError } from './errors.js';
import type { ArticleExtras } from './snapshot.js';
import type { ZdUser } from './types.js';

/**
 * Reads what the files' `content_tags`, `author` and `redirect_from` refer to, and nothing when
 * no file uses them: a help center that uses none of these costs no request more.
 */
export async function fetchArticleExtras(client: ZendeskClient, sources: readonly SourceArticle[]): Promise<ArticleExtras> {
  const tags = sources.some((s) => s.meta.content_tags?.length);
  const redirects = sources.some((s) => s.meta.redirect_from?.length);
  const emails = new Set<string>();
  const ids = new Set<number>();
  for (const s of sources) {
    const a = s.meta.author;
    if (a?.kind === 'email') emails.add(a.email.toLowerCase());
    else if (a?.kind === 'id') ids.add(a.id);
  }
  const [contentTags, users, rules] = await Promise.all([
    tags ? listContentTags(client) : undefined,
    emails.size || ids.size ? fetchUsers(client, [...emails], [...ids]) : undefined,
    redirects ? readRules(client) : undefined,
  ]);
  const extras: ArticleExtras = {};
  if (contentTags) extras.contentTags = contentTags;
  if (users) {
    extras.users = users;
    const unknown =
      [...emails].some((e) => !users.some((u) => u.email?.toLowerCase() === e && u.role !== 'end-user')) ||
      [...ids].some((id) => !users.some((u) => u.id === id && u.role !== 'end-user'));
    // Suggestions for an author that is not an agent: the staff, two searches at most.
    if (unknown) extras.staff = (await Promise.all([searchUsers(client, 'role:agent'), searchUsers(client, 'role:admin')])).flat();
  }
  if (rules) Object.assign(extras, rules);
  return extras;
}

async function fetchUsers(client: ZendeskClient, emails: string[], ids: number[]): Promise<ZdUser[]> {
  const chunks: number[][] = [];
  for (let i = 0; i < ids.length; i += SHOW_MANY_USERS) chunks.push(ids.slice(i, i + SHOW_MANY_USERS));
  const found = await Promise.all([
    ...emails.map(async (e) => (await searchUsers(client, e)).filter((u) => u.email?.toLowerCase() === e)),
    ...chunks.map((c) => client.showUsers(c)),
  ]);
  const byId = new Map<number, ZdUser>();
  for (const u of found.flat()) byId.set(u.id, u);
  return [...byId.values()];
}

/** Only Guide admins may list redirect rules: a 403 is reported at each file that needs them, before any write. */
async function readRules(client: ZendeskClient): Promise<Pick<ArticleExtras, 'redirectRules' | 'redirectRulesError'>> {
  try {
    return { redirectRules: await listRedirectRules(client) };
  } catch (error) {
    if (error instanceof ZendeskApiError && (error.status === 403 || error.status === 404)) {
      return {
        redirectRulesError:
          error.status === 403
            ? 'the redirect rules cannot be read with these credentials (403): redirects need a Guide admin'
            : `the Redirect Rules API is not available here (404): it is on every Guide plan but Guide Lite Legacy (${errorMessage(error)})`,
      };
    }
    throw error;
  }
}
