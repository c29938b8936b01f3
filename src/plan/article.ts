import type { AssetFile } from '../render/assets.js';
import type { PreparedArticle } from '../render/prepare.js';
import type { ArticleMetadata, StoredArticle } from '../remote/types.js';
import { splitLocaleSuffix } from '../shared/locale-suffix.js';
import { fillTemplate, finalBody, type UrlLookup } from './body.js';
import { reportError, type ImportedRecord, type PlanContext } from './context.js';
import type { LinkTarget } from './links.js';
import { analyzeBody, type AnalyzedBody } from './marker.js';
import type { FrontMatter } from '../source/types.js';
import { METADATA_FIELDS } from './fields.js';
import { diffMetadata } from './metadata.js';
import { contentDigest } from './content-form.js';
import { contentHash } from './normalize.js';
import { liveUrl, translationsOf } from './remote-index.js';
import { sectionTargetOf } from './structure.js';
import type { ArticlePlan, AttachFile, BodyRef, BodySpec, Operation } from './types.js';
import { assetKey, knownAssetsOf, type MediaMode } from './media.js';

/** An article's desired bodies, with every reference resolved as far as the plan can. */
export interface ArticleBodies {
  specs: BodySpec[];
  /** Local files the bodies reference, by content hash. */
  assets: Map<string, AssetFile>;
  /** Bodies shown unchanged before rendering: nothing to compare or write. */
  reused: Set<BodySpec>;
  /** Files the reused bodies still reference. */
  reusedShas: Set<string>;
}

/**
 * Turns each rendered body into a spec: assets by hash, links to other articles by their live
 * URL (or, for an article created in this run, by key: apply fills it in). Undefined when a
 * link points at no article (reported, unless its target is a file that could not be read).
 */
export function resolveBodies(p: PreparedArticle, targets: ReadonlyMap<string, LinkTarget>, ctx: PlanContext): ArticleBodies | undefined {
  const sourceLocale = p.source.meta.locale ?? ctx.defaultLocale;
  const out: ArticleBodies = { specs: [], assets: new Map(), reused: new Set(), reusedShas: new Set() };
  let ok = true;
  for (const [i, b] of p.bodies.entries()) {
    const locale = i === 0 ? sourceLocale : (b.locale ?? sourceLocale);
    const refs: BodyRef[] = [];
    for (const r of b.refs) {
      if (r.kind === 'asset') {
        out.assets.set(r.asset.sha, r.asset);
        refs.push({ index: r.index, kind: 'asset', sha: r.asset.sha, inline: r.asset.inline, written: r.url });
        continue;
      }
      const target = targets.get(r.target.toLowerCase());
      if (!target) {
        // A link to a file that could not be read is that file's problem, reported there.
        if (!ctx.unavailable.has(splitLocaleSuffix(r.target).base) && !ctx.unavailable.has(r.target.replace(/\.md$/i, ''))) {
          reportError(
            ctx,
            { file: b.file, line: r.line, column: r.column },
            `link to "${r.target}", which is not an article in the docs folder`,
          );
        }
        ok = false;
        continue;
      }
      const targetLocale = target.locales.has(locale) ? locale : target.sourceLocale;
      const live = target.article ? liveUrl(target.article, targetLocale) : undefined;
      const url = live === undefined ? undefined : live + (r.anchor ? `#${r.anchor}` : '');
      refs.push({ index: r.index, kind: 'article', targetKey: target.key, locale: targetLocale, anchor: r.anchor, url, written: r.url });
    }
    const provenance = ctx.options.provenance;
    const spec: BodySpec = {
      locale,
      file: b.file,
      title: b.title,
      draft: b.draft ?? p.source.meta.draft ?? false,
      template: b.template,
      refs,
      fingerprint: b.fingerprint,
      ...viaOf(b.fragments, ctx.options.changedFiles),
      ...(provenance
        ? { sourceUrl: `${provenance.repoUrl}/blob/${encodeURI(provenance.ref)}/${b.file.split('/').map(encodeURIComponent).join('/')}` }
        : {}),
    };
    out.specs.push(spec);
    if (b.reused) {
      out.reused.add(spec);
      for (const sha of b.reused.assetShas) out.reusedShas.add(sha);
    }
  }
  return ok ? out : undefined;
}

/**
 * Where a body's file references find their URLs: the translation's own copy first (an inline
 * image on the attachments path, or an imported article's per-locale copy), else the file's.
 */
export function assetLookup(known: Readonly<Record<string, string>>, locale: string): UrlLookup {
  return (ref) => (ref.kind === 'asset' ? (known[`${locale}/${ref.sha}`] ?? known[ref.sha]) : ref.url);
}

/**
 * The files an article's bodies need and Zendesk does not hold yet. Library: none per article
 * (media are made for the whole run, see `Plan.media`). Attachments: one per translation for an
 * inline image, one per article for a linked file.
 */
function attachmentsNeeded(
  mode: MediaMode,
  specs: readonly BodySpec[],
  assets: ReadonlyMap<string, AssetFile>,
  known: Record<string, string>,
): AttachFile[] {
  if (mode === 'library') return [];
  const needed = new Map<string, AttachFile>();
  for (const spec of specs)
    for (const ref of spec.refs) {
      if (ref.kind !== 'asset') continue;
      const key = assetKey(mode, spec.locale, ref.sha, ref.inline);
      const asset = assets.get(ref.sha);
      if (known[key] === undefined && asset && !needed.has(key))
        needed.set(key, { asset: { ...asset, inline: ref.inline }, ...(ref.inline ? { locale: spec.locale } : {}) });
    }
  return [...needed.values()];
}

/**
 * The URL of each file the article can use now, by `assetKey`: what its markers record (and an
 * import took it from), and in library mode the media this run found or remembered.
 */
function knownFiles(
  mode: MediaMode,
  analyzed: ReadonlyMap<string, AnalyzedBody>,
  imported: Readonly<Record<string, string>> | undefined,
  assets: ReadonlyMap<string, AssetFile>,
  media?: ReadonlyMap<string, string>,
): Record<string, string> {
  const known: Record<string, string> = {};
  // What an import took an article from stays as it is, whichever path new files take.
  Object.assign(known, imported ?? {});
  Object.assign(known, knownAssetsOf(mode, analyzed));
  if (media) for (const sha of assets.keys()) if (media.has(sha)) known[sha] = media.get(sha)!;
  return known;
}

/** New articles whose URL these bodies need before they can be written. */
function waitsForOf(specs: readonly BodySpec[]): string[] {
  return [...new Set(specs.flatMap((s) => s.refs.flatMap((r) => (r.kind === 'article' && r.url === undefined ? [r.targetKey] : []))))];
}

/**
 * The operations that make one article match its files, in an order where a run that dies
 * after any of them leaves a state the next run completes (see `Operation`):
 * - new: the create (a draft with file references stubbed when it has files), the uploads onto
 *   it, then the bodies that reference them;
 * - existing: the metadata, the uploads of files Zendesk does not have (after listing what the
 *   article holds), then the translations, each attachment nothing references any more deleted
 *   just before the last write of a locale whose marker still records it.
 * `on-drift` decides about Guide edits.
 */
export function diffArticle(
  p: PreparedArticle,
  article: StoredArticle | undefined,
  metadata: ArticleMetadata,
  bodies: ArticleBodies,
  ctx: PlanContext,
  movedFrom?: string,
): ArticlePlan {
  const { source } = p;
  const { specs, assets } = bodies;
  const analyzed = article ? (ctx.remote.analyzed.get(article.id) ?? new Map<string, AnalyzedBody>()) : new Map<string, AnalyzedBody>();
  const imported = article ? ctx.options.imported?.get(article.id) : undefined;
  const mode = ctx.options.media?.mode ?? 'library';
  const knownAssets = knownFiles(mode, analyzed, imported?.assets, assets, ctx.options.media?.urls);
  const uploads = attachmentsNeeded(mode, specs, assets, knownAssets);
  const base = {
    key: source.key,
    file: source.file,
    title: specs[0]?.title ?? source.key,
    sourceLocale: source.meta.locale ?? ctx.defaultLocale,
    knownAssets,
    waitsFor: waitsForOf(specs),
    drifted: [] as string[],
    ...(specs[0] ? { sourceFingerprint: specs[0].fingerprint } : {}),
  };
  const target = sectionTargetOf(source, ctx.structure);
  const newSection = typeof target === 'object' ? target.newSection : undefined;
  if (!article) return planCreate(base, p, metadata, specs, uploads, newSection);
  return planUpdate({ base, p, article, metadata, bodies, analyzed, imported, mode, uploads, newSection, movedFrom }, ctx);
}

/** What every article's plan starts from, whether it creates or updates. */
type PlanBase = Pick<ArticlePlan, 'key' | 'file' | 'title' | 'sourceLocale' | 'knownAssets' | 'waitsFor' | 'drifted' | 'sourceFingerprint'>;

/** A new article: the create (a draft with file references stubbed when it has files), the uploads onto it, then the bodies that reference them. */
function planCreate(
  base: PlanBase,
  p: PreparedArticle,
  metadata: ArticleMetadata,
  specs: BodySpec[],
  uploads: AttachFile[],
  newSection: string | undefined,
): ArticlePlan {
  const operations: Operation[] = [
    {
      kind: 'create-article',
      // resolveMetadata guarantees the fields a create requires (the section, or one made first).
      sectionId: newSection !== undefined ? { newSection } : (metadata.section_id as number),
      metadata: {
        ...metadata,
        permission_group_id: metadata.permission_group_id as number,
        // "Either user_segment_id or user_segment_ids must be specified": one of them, never both.
        ...(metadata.user_segment_ids ? {} : { user_segment_id: metadata.user_segment_id ?? null }),
      },
      bodies: specs,
      stubLinks: false,
      stubFiles: uploads.length > 0,
    },
  ];
  if (uploads.length) {
    operations.push(
      { kind: 'attach-files', files: uploads, reconcile: false },
      ...specs.filter(referencesFiles).map((body): Operation => ({ kind: 'update-translation', body })),
    );
  }
  const reasons = [specs.length > 1 ? `new file, ${specs.length} locales` : 'new file', ...describeFields(p.source.meta)];
  return { ...base, articleId: undefined, htmlUrl: undefined, action: 'create', reasons, operations };
}

interface UpdateInput {
  base: PlanBase;
  p: PreparedArticle;
  article: StoredArticle;
  metadata: ArticleMetadata;
  bodies: ArticleBodies;
  analyzed: ReadonlyMap<string, AnalyzedBody>;
  imported: ImportedRecord | undefined;
  mode: MediaMode;
  uploads: AttachFile[];
  newSection: string | undefined;
  movedFrom: string | undefined;
}

/**
 * An existing article: the metadata, the uploads of files Zendesk does not have, then the
 * translations (flags first), the source locale last; unchanged when there is nothing to write.
 */
function planUpdate(input: UpdateInput, ctx: PlanContext): ArticlePlan {
  const { base, article, metadata, bodies, analyzed, imported, mode, uploads, newSection, movedFrom } = input;
  const { source } = input.p;
  const { specs } = bodies;
  const knownAssets = base.knownAssets;
  const operations: Operation[] = [];
  const reasons: string[] = [];
  if (movedFrom !== undefined) {
    // The old path, as the file is named now: same docs folder, the key it was published under.
    const docsPrefix = source.file.slice(0, source.file.length - `${source.key}.md`.length);
    reasons.push(`moved from ${docsPrefix}${movedFrom}.md`);
  }
  const { changes, labels } = diffMetadata(metadata, article, ctx.options.labelsMode ?? 'replace');
  if (labels.length || newSection !== undefined) {
    operations.push({ kind: 'update-metadata', changes, ...(newSection !== undefined ? { newSection } : {}) });
    reasons.push(`${[...(newSection !== undefined ? ['section'] : []), ...labels].join(', ')} changed`);
    reasons.push(...describeFields(source.meta, Object.keys(changes)));
  }
  if (uploads.length) operations.push({ kind: 'attach-files', files: uploads, reconcile: true });
  const entry = ctx.stateByArticle.get(article.id)?.entry;
  const translations = diffTranslations(
    source.key,
    article,
    analyzed,
    bodies,
    { mode, known: knownAssets },
    entry?.t,
    imported?.t,
    ctx.namespace,
  );
  reasons.push(...translations.reasons);
  const outdated = ctx.options.outdatedTranslations === 'ignore' ? [] : flagOutdated(article, bodies, translations, entry?.s);
  reasons.push(...outdated.map((op) => `${op.locale} marked outdated`));
  // Flags go first: a run that dies after them and before the source body still writes the body
  // next time, while one that wrote the body first would leave the translations unflagged for good.
  const writes = [...outdated, ...translations.operations];
  const stale = staleAttachments(knownAssetsOf('attachments', analyzed), knownAssets, bodies);
  if (operations.length || writes.length) operations.push(...withStaleDeletes(writes, stale, analyzed));
  const switchTo = sourceLocaleChange(article, specs[0]?.locale, translations.operations);
  if (switchTo) {
    // After the translation writes: the new source locale's translation may be created by them.
    operations.push(switchTo);
    reasons.push(`source locale ${switchTo.from} → ${switchTo.locale}`);
  }

  const sourceUnchanged =
    specs[0] !== undefined && translations.record[specs[0].locale] !== undefined && !translations.changed.has(specs[0].locale);
  const record = { fingerprint: sourceUnchanged ? specs[0]?.fingerprint : entry?.s, hashes: translations.record };
  const common = {
    ...base,
    articleId: article.id,
    htmlUrl: article.html_url,
    drifted: translations.drifted,
    record,
    ...(movedFrom !== undefined ? { movedFrom } : {}),
  };
  if (operations.length === 0) {
    const unrecorded = entry === undefined && ![...analyzed.values()].some((a) => a.marker);
    return { ...common, action: 'unchanged', reasons: [], operations, ...(unrecorded ? { unrecorded } : {}) };
  }
  return applyDriftPolicy({ ...common, action: 'update', reasons, operations }, ctx, source.start);
}

/** "segments: …", "tags: …", "author: …": what the file sets, for the fields a reader checks in a plan (all, or those in `apis`). */
function describeFields(meta: FrontMatter, apis?: readonly string[]): string[] {
  return METADATA_FIELDS.flatMap((f) => (f.describe && (!apis || apis.includes(f.api)) ? (f.describe(meta) ?? []) : []));
}

function referencesFiles(spec: BodySpec): boolean {
  return spec.refs.some((r) => r.kind === 'asset');
}

/**
 * The translation writes with each stale attachment's delete placed just before the last
 * write of a locale whose stored marker records it: until then a marker still names it (so a
 * run that dies first leaves the delete for the next run to plan), and from then on no body
 * written by this tool points at it but the one about to be rewritten. Deletes that no write
 * covers go last.
 */
function withStaleDeletes(
  writes: readonly Operation[],
  deletes: readonly Extract<Operation, { kind: 'delete-attachment' }>[],
  analyzed: ReadonlyMap<string, AnalyzedBody>,
): Operation[] {
  const before = new Map<number, Operation[]>();
  const last: Operation[] = [];
  for (const del of deletes) {
    let at = -1;
    writes.forEach((op, i) => {
      if (op.kind === 'update-translation' && analyzed.get(op.body.locale)?.marker?.assets[del.sha] !== undefined) at = i;
    });
    if (at < 0) last.push(del);
    else before.set(at, [...(before.get(at) ?? []), del]);
  }
  return [...writes.flatMap((op, i) => [...(before.get(i) ?? []), op]), ...last];
}

/**
 * Per locale: create the missing translation, or update what differs (title, body, draft, or only
 * the marker). A locale is drifted when what Guide holds is not what was last published: the
 * state record's hash, else the marker's. A translation whose marker is gone, on an article the
 * tool published, whose text differs from the file, is drifted too: nothing says the difference
 * is the file's, and an edit in Guide's editor is what removes markers.
 */
function diffTranslations(
  key: string,
  article: StoredArticle,
  analyzed: ReadonlyMap<string, AnalyzedBody>,
  bodies: ArticleBodies,
  files: { mode: MediaMode; known: Record<string, string> },
  published: Readonly<Record<string, string>> | undefined,
  /** Per locale, the Guide copy an import took this article from. */
  imported?: Readonly<Record<string, string>>,
  ns?: string,
): TranslationDiff {
  const operations: Operation[] = [];
  const reasons: string[] = [];
  const drifted: string[] = [];
  const record: Record<string, string> = {};
  const changed = new Set<string>();
  const content = new Set<string>();
  const bodyChanged = new Set<string>();
  const remoteByLocale = new Map(translationsOf(article).map((t) => [t.locale.toLowerCase(), t]));
  const managedElsewhere = [...analyzed.values()].some((a) => a.marker) || published !== undefined;
  for (const spec of bodies.specs) {
    const remoteT = remoteByLocale.get(spec.locale);
    if (!remoteT) {
      operations.push({ kind: 'create-translation', body: spec });
      reasons.push(`translation added (${spec.locale})`);
      changed.add(spec.locale);
      continue;
    }
    // The index analyzed every stored translation as it arrived (the snapshot keeps no body);
    // the fallback, an empty body, only keeps this function total.
    const stored = analyzed.get(spec.locale) ?? analyzeBody(null);
    const current = contentHash(remoteT.title, stored.digest);
    if (bodies.reused.has(spec)) {
      record[spec.locale] = current;
      continue;
    }
    const last = published?.[spec.locale] ?? stored.marker?.hash ?? imported?.[spec.locale];
    const lookup = assetLookup(files.known, spec.locale);
    const desired = finalBody(spec, key, lookup, ns);
    // What differs, as typed words that are also the reason's text.
    const why: TranslationChange[] = [];
    if (remoteT.title !== spec.title) why.push('title');
    if (!desired || (desired.digest !== stored.digest && !sameContent(stored, spec, lookup))) why.push('body');
    if (last !== undefined ? current !== last : managedElsewhere && why.length > 0) drifted.push(spec.locale);
    if (remoteT.draft !== spec.draft) why.push(spec.draft ? 'unpublished' : 'published');
    // A body the tool never wrote (adopted) gets its marker with its first real change, not before;
    // an imported article is known by its id, so a locale without a marker is not a stripped one.
    const markerOwed = imported !== undefined ? managedElsewhere && stored.marker !== undefined : true;
    if (why.length === 0 && markerOwed && !markerCurrent(stored, key, ns, desired?.hash, spec, lookup)) {
      why.push('publisher marker');
    }
    // What the record keeps if this write does not happen: Guide's copy where it is the file's.
    if (why.length === 0 || (why.length === 1 && why[0] === 'publisher marker')) record[spec.locale] = current;
    else if (last !== undefined) record[spec.locale] = last;
    if (why.includes('title') || why.includes('body')) content.add(spec.locale);
    if (why.includes('body')) bodyChanged.add(spec.locale);
    if (why.length) {
      operations.push({ kind: 'update-translation', body: spec });
      const via = why.includes('body') && spec.via?.length ? ` via ${spec.via.join(', ')}` : '';
      reasons.push(`${why.join(', ')} changed (${spec.locale})${via}`);
      changed.add(spec.locale);
    }
  }
  return { operations, reasons, drifted, record, changed, content, bodyChanged };
}

/** What can differ in one translation; the reason lists them as they are. */
type TranslationChange = 'title' | 'body' | 'published' | 'unpublished' | 'publisher marker';

interface TranslationDiff {
  operations: Operation[];
  reasons: string[];
  drifted: string[];
  record: Record<string, string>;
  /** Locales written. */
  changed: Set<string>;
  /** Locales whose title or body is written (not only their draft state or marker). */
  content: Set<string>;
  /** Locales whose body is written. */
  bodyChanged: Set<string>;
}

/**
 * When the source body changes, each translation whose own file did not is flagged outdated
 * (once: one Guide already flags is left alone); one whose content is written is up to date
 * again, so a flag it has is cleared in that same request. Returns the flags to set on their
 * own; the updates that set or clear one carry it (`outdated`).
 */
function flagOutdated(
  article: StoredArticle,
  bodies: ArticleBodies,
  diff: TranslationDiff,
  /** The source file's fingerprint when it was last published (the state record's). */
  published: string | undefined,
): Extract<Operation, { kind: 'mark-outdated' }>[] {
  const [source, ...others] = bodies.specs;
  if (!source) return [];
  const remote = new Map(translationsOf(article).map((t) => [t.locale.toLowerCase(), t]));
  // The file changed since it was published, not only Guide's copy (a half-made article being
  // completed, an edit in Guide being overwritten): only then have the translations fallen behind.
  const sourceChanged = diff.bodyChanged.has(source.locale) && published !== undefined && published !== source.fingerprint;
  const marks: Extract<Operation, { kind: 'mark-outdated' }>[] = [];
  for (const spec of others) {
    const stored = remote.get(spec.locale);
    if (!stored) continue;
    const update = diff.operations.find(
      (op): op is Extract<Operation, { kind: 'update-translation' }> => op.kind === 'update-translation' && op.body.locale === spec.locale,
    );
    if (diff.content.has(spec.locale)) {
      if (stored.outdated && update) update.outdated = false;
    } else if (sourceChanged && !stored.outdated) {
      if (update) update.outdated = true;
      else marks.push({ kind: 'mark-outdated', locale: spec.locale });
    }
  }
  return marks;
}

/** The file's locale names another translation than the article's source: switch, once that translation exists. */
function sourceLocaleChange(
  article: StoredArticle,
  wanted: string | undefined,
  writes: readonly Operation[],
): Extract<Operation, { kind: 'set-source-locale' }> | undefined {
  const from = article.source_locale.toLowerCase();
  if (wanted === undefined || wanted === from) return undefined;
  const exists =
    translationsOf(article).some((t) => t.locale.toLowerCase() === wanted) ||
    writes.some((op) => op.kind === 'create-translation' && op.body.locale === wanted);
  return exists ? { kind: 'set-source-locale', locale: wanted, from } : undefined;
}

/**
 * For a body the tool did not write (no marker: made in Guide, then imported or adopted):
 * whether it says what the file says, however its HTML is spelled (see content-form.ts).
 */
function sameContent(stored: AnalyzedBody, spec: BodySpec, lookup: UrlLookup): boolean {
  if (stored.marker || stored.content === undefined) return false;
  const filled = fillTemplate(spec, lookup);
  return filled !== undefined && contentDigest(filled) === stored.content;
}

/** Whether the stored marker already records this key, content hash and these attachments. */
function markerCurrent(
  stored: AnalyzedBody,
  key: string,
  ns: string | undefined,
  hash: string | undefined,
  spec: BodySpec,
  lookup: UrlLookup,
): boolean {
  const marker = stored.marker;
  if (!marker || marker.key !== key || marker.hash !== hash) return false;
  // A marker from before namespaces on an article this source claims is current: it gets the
  // namespace with the next real write, so upgrading costs no request.
  if (marker.ns !== undefined && marker.ns !== ns) return false;
  const wanted = spec.refs.filter((r) => r.kind === 'asset');
  return (
    Object.keys(marker.assets).length === new Set(wanted.map((r) => r.sha)).size && wanted.every((r) => marker.assets[r.sha] === lookup(r))
  );
}

/** The id in an attachment's content_url (`.../hc/article_attachments/{id}/{name}`). */
export function attachmentIdOf(url: string): number | undefined {
  const id = /\/article_attachments\/(\d+)\//.exec(url)?.[1];
  return id === undefined ? undefined : Number(id);
}

/**
 * Attachments the markers record that no body will reference any more (their file changed or
 * went, or, in library mode, bodies embed media URLs now): every attachment URL among
 * `candidates` that no desired body uses.
 */
function staleAttachments(
  candidates: Record<string, string>,
  known: Record<string, string>,
  bodies: ArticleBodies,
): Extract<Operation, { kind: 'delete-attachment' }>[] {
  const used = new Set<string>();
  for (const spec of bodies.specs) {
    const lookup = assetLookup(known, spec.locale);
    for (const r of spec.refs) if (r.kind === 'asset') used.add(lookup(r) ?? '');
  }
  const out = new Map<number, Extract<Operation, { kind: 'delete-attachment' }>>();
  for (const [key, url] of Object.entries(candidates)) {
    const sha = key.slice(key.lastIndexOf('/') + 1);
    const id = attachmentIdOf(url);
    if (id === undefined || used.has(url) || bodies.reusedShas.has(sha)) continue;
    out.set(id, { kind: 'delete-attachment', attachmentId: id, sha });
  }
  return [...out.values()];
}

/** An update of an article edited in Guide since the last publish: `on-drift` decides. */
function applyDriftPolicy(plan: ArticlePlan, ctx: PlanContext, at: { file: string; line: number; column: number }): ArticlePlan {
  if (!plan.drifted.length) return plan;
  const locales = plan.drifted.join(', ');
  switch (ctx.options.onDrift) {
    case 'skip':
      return {
        ...plan,
        action: 'skip',
        reasons: [`edited in Guide since the last publish (${locales}); on-drift is skip`],
        operations: [],
      };
    case 'fail':
      reportError(
        ctx,
        at,
        `article ${plan.articleId} was edited in Guide since the last publish (${locales})`,
        'on-drift is fail: bring the edit into this file, or run with on-drift: overwrite',
      );
      return plan;
    case 'overwrite':
      return plan;
  }
}

/** The fragments a changed body is put down to: those git saw change, or all of them when it cannot tell. */
function viaOf(fragments: readonly string[] | undefined, changed: ReadonlySet<string> | undefined): { via?: string[] } {
  if (!fragments?.length) return {};
  const via = changed ? fragments.filter((f) => changed.has(f)) : [...fragments];
  return via.length ? { via } : {};
}
