import type { StoredArticle } from '../remote/types.js';
import { markerKeyOf } from './remote-index.js';
import type { PlanContext } from './context.js';
import type { ArticlePlan } from './types.js';

/**
 * Articles this tool published whose file is gone: archived when `archive-removed` is on, and
 * never more than `max-archive` at once (more is an error, so nothing is written). A file that
 * exists but could not be read still holds its article.
 */
export function planRemovals(claimed: ReadonlySet<number>, ctx: PlanContext): ArticlePlan[] {
  if (!ctx.options.archiveRemoved) return [];
  // This root's record, and markers (which also cover articles published before there was a record).
  const candidates = new Map<number, StoredArticle>();
  for (const [key, entry] of Object.entries(ctx.state?.articles ?? {})) {
    const article = ctx.snapshot.articles.get(entry.id);
    if (article && !ctx.unavailable.has(key) && ctx.claim(article) === 'own') candidates.set(article.id, article);
  }
  // Only this source's articles: another docs root's or repository's are never archived.
  for (const [key, list] of ctx.remote.byKey)
    if (!ctx.unavailable.has(key)) for (const a of list) if (ctx.claim(a) === 'own') candidates.set(a.id, a);
  const orphans = [...candidates.values()].filter((a) => !claimed.has(a.id)).sort((a, b) => a.id - b.id);
  return orphans.map((a) => ({
    key: ctx.stateByArticle.get(a.id)?.key ?? markerKeyOf(ctx.remote, a.id) ?? '',
    file: undefined,
    title: a.title,
    articleId: a.id,
    htmlUrl: a.html_url,
    sourceLocale: a.source_locale,
    action: 'archive',
    reasons: ['its file was removed'],
    drifted: [],
    operations: [{ kind: 'archive' }],
    knownAssets: {},
    waitsFor: [],
  }));
}

/** Never more than `max-archive` articles archived at once, whether their file was removed or a file replaces them. */
export function checkArchiveLimit(archives: { replaced: number; removed: number }, ctx: PlanContext): void {
  const { replaced, removed } = archives;
  const total = replaced + removed;
  if (total <= ctx.options.maxArchive) return;
  const parts = [removed ? `${removed} whose file was removed` : '', replaced ? `${replaced} replaced (redirect_from)` : ''].filter(
    Boolean,
  );
  ctx.diagnostics.push({
    severity: 'error',
    file: '.',
    message: replaced
      ? `${total} articles would be archived (${parts.join(', ')}), more than max-archive (${ctx.options.maxArchive}); refusing to archive them`
      : `${removed} published articles have no file any more, more than max-archive (${ctx.options.maxArchive}); refusing to archive them`,
    hint: 'restore the files, or raise max-archive if this is intended',
  });
}
