import type { AssetFile } from '../render/assets.js';
import { checkAccountSize, checkAttachmentCount, checkBodySizes, checkLabels, checkSectionSizes } from './limits.js';
import { attribute, mergeRepeated } from '../diagnostics.js';
import type { PreparedArticle } from '../render/prepare.js';
import type { RemoteSnapshot } from '../remote/snapshot.js';
import type { ZdArticle } from '../remote/types.js';
import type { SourceArticle } from '../source/types.js';
import { diffArticle, resolveBodies } from './article.js';
import { createContext, type PlanOptions } from './context.js';
import { breakLinkCycles } from './cycles.js';
import { guardCreates, matchIdentities, matchMoves } from './identity.js';
import { reportDuplicateRecords, reportDuplicates } from './duplicates.js';
import { linkTargets } from './links.js';
import { NewContentTags } from './content-tags.js';
import { checkLocales, mergeMissing, resolveMetadata } from './metadata.js';
import { indexRemote, type RemoteIndex } from './remote-index.js';
import { planRedirects } from './redirects.js';
import { checkArchiveLimit, planRemovals } from './removals.js';
import { planStructure } from './structure.js';
import type { StructureFile } from '../source/structure.js';
import type { ArticlePlan, Plan } from './types.js';

export type { PlanOptions } from './context.js';

/** What the planner compares with the help center. */
export interface PlanInput {
  /** Every article file that was read, rendered or not: each still claims its article and has its names checked. */
  sources: readonly SourceArticle[];
  /** The articles whose every body rendered: only these can be written. */
  prepared: readonly PreparedArticle[];
  /** `_section.yml` and `_category.yml` files. */
  structure?: readonly StructureFile[];
}

/**
 * The heart of the tool: compares the desired state (the files) with the snapshot and decides,
 * per article, the operations that make Zendesk match, each with its reason. Pure: the dry run
 * shows exactly what apply will do, because apply executes this and nothing else.
 *
 * Steps, each its own function: match identities (id, state record, marker) → find files that
 * moved → rule out creating what exists → check locales and resolve metadata → resolve bodies
 * and diff each article → plan removals → break link cycles among new articles.
 * Every step reports into one diagnostics list, so a run shows all of its errors at once.
 */
export function buildPlan(
  input: PlanInput,
  snapshot: RemoteSnapshot | undefined,
  options: PlanOptions,
  index: RemoteIndex | undefined,
): Plan;
/** A snapshot that kept its bodies (a test's) is indexed here. */
export function buildPlan(input: PlanInput, snapshot: RemoteSnapshot<ZdArticle> | undefined, options: PlanOptions): Plan;
export function buildPlan(input: PlanInput, snapshot: RemoteSnapshot | undefined, options: PlanOptions, index?: RemoteIndex): Plan {
  if (!snapshot) return offlinePlan(input.prepared, options);

  const preparedByKey = new Map(input.prepared.map((p) => [p.source.key, p]));
  const notRendered = input.sources.filter((s) => !preparedByKey.has(s.key)).map((s) => s.key);
  const ctx = createContext(snapshot, index ?? indexRemote(snapshot as RemoteSnapshot<ZdArticle>), options, [
    ...(options.unavailableKeys ?? []),
    ...notRendered,
  ]);

  ctx.structure = planStructure(
    input.structure ?? [],
    input.sources,
    snapshot,
    { createSections: options.createSections ?? false, baseLocale: ctx.defaultLocale, enabledLocales: ctx.enabledLocales },
    ctx.diagnostics,
  );
  const identities = matchIdentities(input.sources, ctx);
  matchMoves(identities, preparedByKey, ctx);
  guardCreates(identities, preparedByKey, ctx);
  reportDuplicates(input.sources, identities, ctx);
  reportDuplicateRecords(ctx);
  const matched = new Map([...identities].map(([source, identity]) => [source, identity.article] as const));
  const targets = linkTargets(matched, ctx.defaultLocale);
  const articles: ArticlePlan[] = [];
  const uploads = new Map<string, AssetFile>();
  const newTags = new NewContentTags();
  for (const source of input.sources) {
    // These run for every file, even one whose identity or rendering failed, so one run
    // reports its identity, locale, name, image and link errors together.
    const found = ctx.diagnostics.length;
    const own = new Set([source.file, ...source.translations.map((t) => t.file)]);
    const localesOk = checkLocales(source, ctx);
    const labelsOk = checkLabels(source, ctx);
    const article = matched.get(source);
    const metadata = resolveMetadata(source, { creating: matched.has(source) && !article }, ctx);
    newTags.add(source, metadata, ctx);
    const prepared = preparedByKey.get(source.key);
    const bodies = prepared && matched.has(source) ? resolveBodies(prepared, targets, ctx) : undefined;
    attribute(ctx.diagnostics, found, { file: source.file, own });
    if (!prepared || !matched.has(source)) continue;
    if (!localesOk || !labelsOk || !metadata || !bodies) continue;
    const sourceLocale = source.meta.locale ?? ctx.defaultLocale;
    const fits = checkBodySizes(bodies.specs, source.key, ctx);
    if (!checkAttachmentCount(prepared, ctx.options.media?.mode ?? 'library', sourceLocale, ctx) || !fits) continue;
    const planned = diffArticle(prepared, article, metadata, bodies, ctx, identities.get(source)?.movedFrom);
    articles.push(planned);
    if (planned.operations.length)
      for (const [sha, asset] of bodies.assets) if (planned.knownAssets[sha] === undefined) uploads.set(sha, asset);
  }
  const sourcesByKey = new Map(input.sources.map((s) => [s.key, s]));
  checkSectionSizes(articles, sourcesByKey, ctx);
  checkAccountSize(articles, sourcesByKey, ctx);
  const replaced = planRedirects({ sources: input.sources, matched, plans: new Map(articles.map((a) => [a.key, a])) }, ctx);
  const claimed = new Set([
    ...[...matched.values()].flatMap((a) => (a ? [a.id] : [])),
    ...replaced.flatMap((a) => (a.articleId !== undefined ? [a.articleId] : [])),
  ]);
  const removed = planRemovals(claimed, ctx);
  // A replaced article counts toward max-archive even with archive-removed off: the file asks for it.
  checkArchiveLimit({ replaced: replaced.length, removed: removed.length }, ctx);
  articles.push(...replaced, ...removed);
  breakLinkCycles(articles);
  return {
    articles,
    ...(ctx.structure.changes.length ? { structure: ctx.structure.changes } : {}),
    ...(newTags.list().length ? { contentTags: newTags.list() } : {}),
    // A name in a _defaults.yml is met by every article below it: one line, naming them.
    diagnostics: mergeMissing(mergeRepeated(ctx.diagnostics)),
    offline: false,
    onDrift: options.onDrift,
    media: { mode: options.media?.mode ?? 'library', uploads: options.media?.mode === 'attachments' ? [] : [...uploads.values()] },
    namespace: ctx.namespace,
  };
}

/** Without a snapshot nothing can be compared: every rendered article is listed as such. */
function offlinePlan(prepared: readonly PreparedArticle[], options: PlanOptions): Plan {
  return {
    offline: true,
    onDrift: options.onDrift,
    diagnostics: [],
    articles: prepared.map((p) => ({
      key: p.source.key,
      file: p.source.file,
      title: p.bodies[0]?.title ?? p.source.key,
      articleId: p.source.meta.id,
      htmlUrl: undefined,
      sourceLocale: p.source.meta.locale ?? options.defaultLocale ?? '',
      action: 'offline',
      reasons: ['not compared with Zendesk (no credentials)'],
      drifted: [],
      operations: [],
      knownAssets: {},
      waitsFor: [],
    })),
  };
}
