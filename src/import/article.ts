import { stringify } from 'yaml';
import { analyzeBody } from '../plan/marker.js';
import { contentHash } from '../plan/normalize.js';
import { translationsOf } from '../plan/remote-index.js';
import type { StoredArticle, StoredTranslation } from '../remote/types.js';
import { downloadArticleAssets, type AssetContext } from './assets.js';
import type { Converted, ConvertRender } from './convert.js';
import type { ConvertJob } from './convert-job.js';
import type { ConvertPool } from './convert-pool.js';
import type { ImportNames } from './extras.js';
import type { Fetched } from './fetch.js';
import type { Namer, Placement } from './layout.js';
import type { ImportedArticle } from './state.js';

/** What converting one article needs beyond its downloads. */
export interface ArticleContext extends AssetContext {
  fetched: Fetched;
  namer: Namer;
  extraNames: ImportNames;
  pool: ConvertPool;
  /** The conversion made while the export was read, when it still holds (see early.ts). */
  early?: (articleId: number, job: ConvertJob) => Promise<Converted | undefined>;
  /** A body from the spool (they wait on disk between their page and their turn). */
  body: (articleId: number, locale: string) => string | undefined;
  /** Whether a translation in this locale is written (the source's always is). */
  wanted: (locale: string) => boolean;
}

/** One article as files, ready to write. */
export interface ConvertedArticle {
  article: StoredArticle;
  placement: Placement;
  texts: { rel: string; text: string }[];
  /** What the record keeps for the article once its files are written. */
  record: ImportedArticle;
  /** The publisher would not give back some body (unsafe HTML it sanitizes away). */
  lossy: boolean;
  /** Some block stays raw HTML. */
  raw: boolean;
}

const sourceOf = (a: StoredArticle): StoredTranslation =>
  a.translations?.find((t) => t.locale.toLowerCase() === a.source_locale.toLowerCase()) ?? {
    id: 0,
    source_id: a.id,
    locale: a.source_locale,
    title: a.title,
    draft: a.draft,
    updated_at: a.updated_at,
  };

function frontMatter(data: Record<string, unknown>): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n`;
}

/**
 * Downloads what an article's bodies point at, then converts each translation (in the pool's
 * workers, side by side). Writes nothing but the downloads.
 */
export async function convertArticle(
  ctx: ArticleContext,
  article: StoredArticle,
  placement: Placement,
  render: ConvertRender,
): Promise<ConvertedArticle> {
  const sourceLocale = article.source_locale.toLowerCase();
  const dir = placement.dir;
  const base = placement.key.slice(dir ? dir.length + 1 : 0);
  const locales = translationsOf(article).filter((t) => t.locale.toLowerCase() === sourceLocale || ctx.wanted(t.locale.toLowerCase()));
  const bodies = new Map(locales.map((t) => [t, ctx.body(article.id, t.locale) ?? ''] as const));
  // Attachments first: a body's images must be on disk before its Markdown points at them.
  const { localFiles, assets } = await downloadArticleAssets(ctx, { id: article.id, dir, base }, bodies);
  const converted = await Promise.all(
    locales.map(async (t) => {
      const job: ConvertJob = { html: bodies.get(t)!, dir, localFiles, render, locale: t.locale.toLowerCase() };
      return (await ctx.early?.(article.id, job)) ?? ctx.pool.convert(job);
    }),
  );
  const hashes: Record<string, string> = {};
  const texts = locales.map((t, i) => {
    const locale = t.locale.toLowerCase();
    hashes[locale] = contentHash(t.title, analyzeBody(bodies.get(t)).digest);
    const isSource = locale === sourceLocale;
    const meta = isSource ? sourceMeta(ctx, article, t, dir) : translationMeta(t, sourceOf(article));
    const rel = isSource ? `${placement.key}.md` : `${placement.key}.${locale}.md`;
    const markdown = converted[i]!.markdown;
    return { rel, text: `${frontMatter(meta)}${markdown ? `\n${markdown}` : ''}` };
  });
  return {
    article,
    placement,
    texts,
    record: { key: placement.key, t: hashes, assets, u: article.updated_at },
    lossy: converted.some((c) => c.lossy),
    raw: converted.some((c) => c.rawBlocks > 0),
  };
}

function translationMeta(t: StoredTranslation, source: StoredTranslation): Record<string, unknown> {
  const meta: Record<string, unknown> = { title: t.title };
  if (t.draft !== source.draft) meta.draft = t.draft;
  return meta;
}

/** The source file's front matter: what the folder's `_defaults.yml` does not already say. */
function sourceMeta(ctx: ArticleContext, article: StoredArticle, t: StoredTranslation, dir: string): Record<string, unknown> {
  const { namer } = ctx;
  const sourceLocale = article.source_locale.toLowerCase();
  const meta: Record<string, unknown> = { title: t.title };
  const folder = ctx.state.folders[dir] ?? {};
  meta.id = article.id;
  if (sourceLocale !== ctx.fetched.defaultLocale) meta.locale = sourceLocale;
  const section = namer.section(article.section_id);
  if (folder.section !== section) meta.section = section;
  const group = namer.permissionGroup(article.permission_group_id);
  if (folder.permission_group !== group) meta.permission_group = group;
  // Several segments (Enterprise) are written as a list, so publishing the import keeps them all.
  const segments = article.user_segment_ids ?? [];
  if (segments.length > 1) meta.user_segments = segments.map((id) => namer.userSegment(id));
  else if (folder.user_segment !== namer.userSegment(article.user_segment_id))
    meta.user_segment = namer.userSegment(article.user_segment_id);
  if (article.label_names?.length) meta.labels = article.label_names;
  if (article.content_tag_ids?.length) meta.content_tags = article.content_tag_ids.map((id) => ctx.extraNames.tag(id));
  const author = ctx.extraNames.author(article.author_id);
  if (author) meta.author = author;
  if (t.draft) meta.draft = true;
  if (article.promoted) meta.promoted = true;
  if (article.position) meta.position = article.position;
  if (article.comments_disabled) meta.comments_disabled = true;
  return meta;
}
