import type { PreparedArticle } from '../render/prepare.js';
import type { StoredArticle } from '../remote/types.js';
import type { SourceArticle } from '../source/types.js';
import { reportError, type PlanContext } from './context.js';
import { isStateArticle, translationsOf } from './remote-index.js';
import { resolveSection } from './resolve.js';

/** Which article a file is, and how that was known. */
export interface Identity {
  /** Undefined: a new article. */
  article: StoredArticle | undefined;
  /** The key the article was published under before the file moved. */
  movedFrom?: string;
}

export type Identities = Map<SourceArticle, Identity>;

/**
 * Which Zendesk article each file is, from the carriers that survive different accidents:
 * its front-matter `id` (which must exist and be the tool's, unless `adopt`); else the state
 * record's entry for its key (it survives any edit in Guide); else the key in an article's
 * marker (it survives a lost state record; the oldest article, should there be several). An
 * article claimed by two files is an error on the second. Files with an identity error are
 * absent from the result.
 */
export function matchIdentities(sources: readonly SourceArticle[], ctx: PlanContext): Identities {
  const identities: Identities = new Map();
  const claimedBy = new Map<number, SourceArticle>();
  for (const source of sources) {
    const { meta, key } = source;
    let article: StoredArticle | undefined;
    if (meta.id !== undefined) {
      const at = source.locations.id ?? source.start;
      article = ctx.snapshot.articles.get(meta.id);
      if (!article || isStateArticle(ctx.remote, meta.id)) {
        reportError(
          ctx,
          at,
          `article ${meta.id} does not exist in Zendesk (or is archived)`,
          'remove the id to create a new article, or restore it in Guide',
        );
        continue;
      }
      if (!ctx.managed(article.id) && !meta.adopt && !ctx.options.imported?.has(article.id)) {
        reportError(
          ctx,
          at,
          `article ${meta.id} ("${article.title}") was not published by this tool`,
          'set `adopt: true` to take it over; its Guide copy will be replaced',
        );
        continue;
      }
      if (ctx.claim(article) === 'foreign' && !meta.adopt) {
        reportError(
          ctx,
          at,
          `article ${meta.id} ("${article.title}") is published by another source (namespace ${ctx.ownerOf(article)}), not by this one (${ctx.namespace})`,
          'remove the id to make this file its own article, or set `adopt: true` to take the article over from that source',
        );
        continue;
      }
    } else {
      const recorded = ctx.state?.articles[key];
      article = recorded ? ctx.snapshot.articles.get(recorded.id) : undefined;
      // Another source's claim wins over the record kept from before namespaces (two roots
      // that once collided): this file gets its own article.
      if (article && ctx.claim(article) === 'foreign') article = undefined;
      // Markers count only when they are this source's, or old ones no other source claims.
      const byMarker = [...(ctx.remote.byKey.get(key) ?? [])].filter((a) => ctx.claim(a) !== 'foreign');
      article ??= byMarker.filter((a) => ctx.claim(a) === 'own').sort((a, b) => a.id - b.id)[0] ?? byMarker.sort((a, b) => a.id - b.id)[0];
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
    identities.set(source, { article });
  }
  return identities;
}

/** A managed article of this docs root whose file is gone: a candidate for a file that moved. */
interface Orphan {
  key: string;
  article: StoredArticle;
  /** Source fingerprint recorded when last published. */
  fingerprint: string | undefined;
}

function orphansOf(identities: Identities, ctx: PlanContext, present: ReadonlySet<string>): Orphan[] {
  const claimed = new Set([...identities.values()].flatMap((i) => (i.article ? [i.article.id] : [])));
  const out = new Map<number, Orphan>();
  const consider = (key: string, article: StoredArticle | undefined, fingerprint: string | undefined) => {
    if (
      !article ||
      ctx.claim(article) !== 'own' ||
      claimed.has(article.id) ||
      present.has(key) ||
      ctx.unavailable.has(key) ||
      out.has(article.id)
    )
      return;
    out.set(article.id, { key, article, fingerprint });
  };
  for (const [key, entry] of Object.entries(ctx.state?.articles ?? {})) consider(key, ctx.snapshot.articles.get(entry.id), entry.s);
  for (const [key, list] of ctx.remote.byKey) {
    for (const article of list) {
      const source = ctx.remote.analyzed.get(article.id)?.get(article.source_locale.toLowerCase());
      consider(key, article, source?.marker?.src);
    }
  }
  return [...out.values()];
}

/** The one item of a list, or undefined when there are none or several (no guessing). */
const single = <T>(list: T[]): T | undefined => (list.length === 1 ? list[0] : undefined);

const sameTitle = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The section a file names, resolved quietly: a wrong name is reported by the metadata step. */
function sectionOf(source: SourceArticle, ctx: PlanContext): number | undefined {
  if (!source.meta.section) return undefined;
  const r = resolveSection(source.meta.section, ctx.snapshot, source.start);
  return r.ok ? r.value : undefined;
}

const sourceTitle = (article: StoredArticle) =>
  translationsOf(article).find((t) => t.locale.toLowerCase() === article.source_locale.toLowerCase())?.title ?? article.title;

/**
 * A file without an article may be one that moved (renamed without `id`): it keeps its article,
 * and so its id and URL. Known from git (a rename since the state record's commit), else from
 * the content (the same Markdown as last published), else from the same title in the same
 * section. Each only when exactly one orphan fits.
 */
export function matchMoves(identities: Identities, prepared: ReadonlyMap<string, PreparedArticle>, ctx: PlanContext): void {
  const present = new Set([...identities.keys()].map((s) => s.key));
  let orphans = orphansOf(identities, ctx, present);
  if (orphans.length === 0) return;
  const movedFrom = new Map([...(ctx.options.renames ?? [])].map(([from, to]) => [to, from]));
  for (const [source, identity] of identities) {
    if (identity.article || source.meta.id !== undefined) continue;
    const body = prepared.get(source.key)?.bodies[0];
    const from = movedFrom.get(source.key);
    const orphan =
      (from !== undefined ? orphans.find((o) => o.key === from) : undefined) ??
      (body ? single(orphans.filter((o) => o.fingerprint !== undefined && o.fingerprint === body.fingerprint)) : undefined) ??
      (body
        ? single(
            orphans.filter(
              (o) =>
                sameTitle(sourceTitle(o.article), body.title) && o.article.section_id === (sectionOf(source, ctx) ?? o.article.section_id),
            ),
          )
        : undefined);
    if (!orphan) continue;
    identities.set(source, { article: orphan.article, movedFrom: orphan.key });
    orphans = orphans.filter((o) => o !== orphan);
  }
}

/**
 * Before any create: rule out that the article exists already. An article in the target section
 * with the same title that nothing records as the tool's (its marker stripped and the state
 * record lost, or made by hand) stops the run with a conflict naming both, instead of a copy.
 */
export function guardCreates(identities: Identities, prepared: ReadonlyMap<string, PreparedArticle>, ctx: PlanContext): void {
  guardRenamedSource(identities, ctx);
  const unmanaged = [...ctx.snapshot.articles.values()].filter((a) => !ctx.managed(a.id) && !isStateArticle(ctx.remote, a.id));
  if (unmanaged.length === 0) return;
  for (const [source, identity] of identities) {
    if (identity.article) continue;
    const title = prepared.get(source.key)?.bodies[0]?.title;
    const section = sectionOf(source, ctx);
    if (title === undefined || section === undefined) continue;
    const twin = unmanaged.find((a) => a.section_id === section && translationsOf(a).some((t) => sameTitle(t.title, title)));
    if (!twin) continue;
    reportError(
      ctx,
      source.start,
      `would create a new article, but article ${twin.id} ("${sourceTitle(twin)}") in the same section has this title and nothing records it as this file's (its marker stripped and the state record lost, or made by hand)`,
      `if it is this article, set \`id: ${twin.id}\` and \`adopt: true\`; if not, give this file another title`,
    );
    identities.delete(source);
  }
}

/**
 * A source whose derived namespace has no record, while another namespace with the same docs
 * path has published the same files: most likely the repository was renamed (or the CLI runs
 * where the action did), and creating would copy every article. Refused, naming the other
 * namespace, unless this namespace was set explicitly (a second source that says it is one).
 * When the other namespace belongs to another remote of this clone (a writer's fork clone), the
 * hint is to commit that namespace, never to move or take over its articles; and a read-only
 * run whose namespace was guessed from the clone only warns.
 */
function guardRenamedSource(identities: Identities, ctx: PlanContext): void {
  if (ctx.options.namespaceExplicit || ctx.remote.states.has(ctx.namespace)) return;
  const root = ctx.options.root ?? '.';
  const others = [...ctx.remote.states].filter(([ns, held]) => ns !== ctx.namespace && held.state.root === root);
  if (others.length === 0) return;
  const guessed = ctx.options.cloneNamespaces;
  const warnOnly = guessed !== undefined && ctx.options.readOnly === true;
  for (const [source, identity] of identities) {
    if (identity.article || source.meta.id !== undefined) continue;
    const other = others.find(([, held]) => held.state.articles[source.key] !== undefined);
    if (!other) continue;
    const [ns, held] = other;
    const owner = guessed?.get(ns);
    const message = `would create a new article, but namespace ${ns}${owner ? ` (this clone's ${owner})` : ''} (the same docs path, ${root}) published ${source.key} as article ${held.state.articles[source.key]!.id}, and this namespace (${ctx.namespace}) has no record yet`;
    const hint = owner
      ? `this clone's ${owner} publishes these articles: commit \`namespace: ${ns}\` in zendesk-guide.yml (\`zendesk-guide-publisher init\` writes it) so every clone and fork plans against them`
      : `if this repository was renamed, run \`zendesk-guide-publisher namespace --move-from ${ns}\` or set \`namespace: ${ns}\`; if it is another source, set \`namespace: ${ctx.namespace}\` in zendesk-guide.yml to confirm`;
    if (warnOnly) {
      ctx.diagnostics.push({ severity: 'warning', ...source.start, message: `${message}; a publish would stop here`, hint });
      continue;
    }
    reportError(ctx, source.start, message, hint);
    identities.delete(source);
  }
}
