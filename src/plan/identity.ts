import type { ZdArticle } from '../remote/types.js';
import type { SourceArticle } from '../source/types.js';
import { reportError, type PlanContext } from './context.js';
import { markerKeyOf } from './remote-index.js';

/**
 * Which Zendesk article each file is: its `id` when it sets one (which must exist and be the
 * tool's, unless `adopt`), else the article whose marker carries its key (the oldest, should
 * there be several). An article claimed by two files is an error on the second. Files with an
 * identity error are absent from the result; `undefined` means a new article.
 */
export function matchIdentities(sources: readonly SourceArticle[], ctx: PlanContext): Map<SourceArticle, ZdArticle | undefined> {
  const matched = new Map<SourceArticle, ZdArticle | undefined>();
  const claimedBy = new Map<number, SourceArticle>();
  for (const source of sources) {
    const { meta, key } = source;
    let article: ZdArticle | undefined;
    if (meta.id !== undefined) {
      const at = source.locations.id ?? source.start;
      article = ctx.snapshot.articles.get(meta.id);
      if (!article) {
        reportError(
          ctx,
          at,
          `article ${meta.id} does not exist in Zendesk (or is archived)`,
          'remove the id to create a new article, or restore it in Guide',
        );
        continue;
      }
      if (markerKeyOf(ctx.remote, article.id) === undefined && !meta.adopt) {
        reportError(
          ctx,
          at,
          `article ${meta.id} ("${article.title}") was not published by this tool`,
          'set `adopt: true` to take it over; its Guide copy will be replaced',
        );
        continue;
      }
    } else {
      article = [...(ctx.remote.byKey.get(key) ?? [])].sort((a, b) => a.id - b.id)[0];
    }
    if (article) {
      const other = claimedBy.get(article.id);
      if (other) {
        // Two equal explicit ids were already reported by the source stage, once per file.
        if (other.meta.id !== meta.id) {
          reportError(
            ctx,
            source.locations.id ?? source.start,
            `this file and ${other.file} both claim article ${article.id}`,
            'each article must have exactly one source file',
          );
        }
        continue;
      }
      claimedBy.set(article.id, source);
    }
    matched.set(source, article);
  }
  return matched;
}
