import type { SourceArticle } from '../source/types.js';
import type { PlanContext } from './context.js';
import type { Identities } from './identity.js';

/**
 * Duplicates left from before the publish lease (two first publishes at once): several articles
 * of this source carrying one file's marker. Each
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

/**
 * Second copies of the state record (two first publishes at once, before the publish lease):
 * the run reads the kept copy with the entries only the others hold merged in, and says so. A
 * publish writes those entries into the kept copy and archives the others (apply/state-sync.ts);
 * a record from before namespaces is only read, never rewritten, so its copies are left alone.
 */
export function reportDuplicateRecords(ctx: PlanContext): void {
  const root = ctx.options.root ?? '.';
  const own = ctx.remote.states.get(ctx.namespace);
  const legacy = own ? undefined : ctx.remote.legacyStates.get(root);
  for (const d of (own ?? legacy)?.duplicates ?? []) {
    const extra = d.extra.map((id) => `#${id}`).join(', ');
    const n = d.added.length;
    const merged = n
      ? `; the ${n === 1 ? 'entry' : `${n} entries`} only ${extra} ${d.extra.length === 1 ? 'holds' : 'hold'} ${n === 1 ? 'is' : 'are'} read from ${d.extra.length === 1 ? 'it' : 'them'}`
      : '';
    const part = d.label === '0/0' ? '' : ` (part ${d.label})`;
    ctx.diagnostics.push({
      severity: 'warning',
      file: root,
      message: `the state record of ${own ? ctx.namespace : `${root} (before namespaces)`}${part} is held twice: #${d.kept} and ${extra}; #${d.kept} is kept (${d.why})${merged}`,
      hint: own
        ? `a publish merges them into #${d.kept} and archives ${extra}`
        : `this record is only read; publishing writes this source's own record, and ${extra} can be archived in Guide`,
    });
  }
}
