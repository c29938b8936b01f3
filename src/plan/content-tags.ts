import type { ArticleMetadata } from '../remote/types.js';
import type { SourceArticle } from '../source/types.js';
import { reportError, type PlanContext } from './context.js';
import { NEW_TAG } from './resolve.js';

/** Zendesk's limit of content tags in one account (Guide product limits, support.zendesk.com article 4408831783962). */
export const MAX_TAGS_PER_ACCOUNT = 200;

/**
 * Collects the content tags the files name that the account lacks: each is created once,
 * before any article. More than the account may hold is an error at the file that names the
 * first tag past the limit, before anything is written.
 */
export class NewContentTags {
  private readonly names = new Map<string, string>();

  add(source: SourceArticle, metadata: ArticleMetadata | undefined, ctx: PlanContext): void {
    for (const id of metadata?.content_tag_ids ?? []) {
      if (!id.startsWith(NEW_TAG)) continue;
      const name = id.slice(NEW_TAG.length);
      if (this.names.has(name.toLowerCase())) continue;
      this.names.set(name.toLowerCase(), name);
      const existing = ctx.snapshot.extras?.contentTags?.length ?? 0;
      if (existing + this.names.size === MAX_TAGS_PER_ACCOUNT + 1) {
        reportError(
          ctx,
          source.locations.content_tags ?? source.start,
          `content tag "${name}" would be the account's ${MAX_TAGS_PER_ACCOUNT + 1}st: Zendesk allows ${MAX_TAGS_PER_ACCOUNT} (${existing} exist)`,
          'use an existing tag, or delete unused tags in Guide',
        );
      }
    }
  }

  /** The names to create, in the order the files named them. */
  list(): string[] {
    return [...this.names.values()];
  }
}
