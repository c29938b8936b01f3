import type { Logger } from '../logger.js';
import { NEW_TAG } from '../plan/resolve.js';
import { createContentTag } from '../remote/article-extras.js';
import type { ZendeskClient } from '../remote/client.js';
import type { ArticleMetadata } from '../remote/types.js';

/**
 * Creates the content tags the plan names that the account lacks, once each and before any
 * article: the articles then refer to them by id. A failure stops the run before an article is
 * written, like a section that cannot be made.
 */
export async function createContentTags(names: readonly string[], client: ZendeskClient, logger: Logger): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const name of names) {
    const tag = await createContentTag(client, name);
    ids.set(name.toLowerCase(), tag.id);
    logger.info(`Created content tag ${name}`);
  }
  return ids;
}

/** The metadata with each `new:<name>` replaced by the id of the tag created for it. */
export function withTagIds<T extends ArticleMetadata>(metadata: T, created: ReadonlyMap<string, string> | undefined): T {
  const tags = metadata.content_tag_ids;
  if (!tags?.some((t) => t.startsWith(NEW_TAG))) return metadata;
  return {
    ...metadata,
    content_tag_ids: tags.map((t) => {
      if (!t.startsWith(NEW_TAG)) return t;
      const id = created?.get(t.slice(NEW_TAG.length).toLowerCase());
      if (id === undefined) throw new Error(`internal: content tag ${t.slice(NEW_TAG.length)} was not created before its articles`);
      return id;
    }),
  };
}
