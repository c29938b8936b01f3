import type { SourceArticle } from '../source/types.js';
import type { PlanContext } from './context.js';
import type { Identities } from './identity.js';

/**
 * Duplicates left from before the publish lease (two first publishes at once): several articles
 * of this source carrying one file's marker,. Each
 * file keeps the article its identity chose (the front matter's id, the state record's entry,
 * else the oldest); the run says which, and which are left over for a person to archive (they
 * may have been edited in Guide meanwhile, so they are not archived without asking).
 */
export function reportDuplicates(sources: readonly SourceArticle[], identities: Identities, ctx: PlanContext): void {
  const chosen = new Set([...identities.values()].flatMap((i) => (i.article ? [i.article.id] : [])));
  for (const source of sources) {
    const kept = identities.get(source)?.article;
    if (!kept) continue;
    const others = (ctx.remote.byKey.get(source.key) ?? []).filter((a) => a.id !== kept.id && !chosen.has(a.id) && ctx.claim(a) === 'own');
    if (!others.length) continue;
    const why =
      source.meta.id === kept.id
        ? 'its id is in the front matter'
        : ctx.state?.articles[source.key]?.id === kept.id
          ? 'the state record names it'
          : 'the oldest';
    ctx.diagnostics.push({
      severity: 'warning',
      ...source.start,
      message: `duplicates in Zendesk: ${others.map((a) => `#${a.id}`).join(', ')} also carry this file's marker; #${kept.id} is kept (${why})`,
      hint: `archive ${others.length === 1 ? 'it' : 'them'} in Guide; this tool leaves ${others.length === 1 ? 'it' : 'them'} alone`,
    });
  }
}
