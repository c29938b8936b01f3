import { listContentTags } from '../remote/article-extras.js';
import { SHOW_MANY_USERS, type ZendeskClient } from '../remote/client.js';
import { ZendeskApiError } from '../remote/errors.js';
import type { StoredArticle } from '../remote/types.js';

/**
 * Users are for agents, content tags for signed-in users: credentials that may not read them
 * (an end user's) import without `author` and `content_tags` rather than not at all.
 */
async function refusedIsNone<T>(read: Promise<T[]>): Promise<T[]> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof ZendeskApiError && (error.status === 403 || error.status === 404)) return [];
    throw error;
  }
}

/** What an import writes for content tags and authors: names and emails, read once for all articles. */
export interface ImportNames {
  /** A content tag's name by id (the id itself when unknown). */
  tag(id: string): string;
  /** An author's email, when the author is an agent or admin with one (else nothing is written). */
  author(id: number | undefined): string | undefined;
}

/**
 * Reads the content tags (one list) and the authors (Show Many Users, 100 a request) of the
 * articles an import writes, and only when some article has them.
 */
export async function fetchImportNames(client: ZendeskClient, articles: readonly StoredArticle[]): Promise<ImportNames> {
  const tagged = articles.some((a) => a.content_tag_ids?.length);
  const ids = [...new Set(articles.flatMap((a) => (a.author_id !== undefined ? [a.author_id] : [])))];
  const chunks: number[][] = [];
  for (let i = 0; i < ids.length; i += SHOW_MANY_USERS) chunks.push(ids.slice(i, i + SHOW_MANY_USERS));
  const [tags, users] = await Promise.all([
    tagged ? refusedIsNone(listContentTags(client)) : [],
    refusedIsNone(Promise.all(chunks.map((c) => client.showUsers(c))).then((pages) => pages.flat())),
  ]);
  const tagNames = new Map(tags.map((t) => [t.id, t.name] as const));
  // An end user or a user without email cannot be written as `author:` (publishing would refuse it).
  const emails = new Map(users.flatMap((u) => (u.email && u.role !== 'end-user' ? [[u.id, u.email] as const] : [])));
  return { tag: (id) => tagNames.get(id) ?? id, author: (id) => (id === undefined ? undefined : emails.get(id)) };
}
