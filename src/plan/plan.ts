import type { OnDrift } from '../config/types.js';
import type { Diagnostic } from '../diagnostics.js';
import type { AssetFile } from '../render/assets.js';
import type { PreparedArticle, PreparedBody } from '../render/prepare.js';
import type { RemoteSnapshot } from '../remote/snapshot.js';
import type { ArticleMetadata, ZdArticle, ZdTranslation } from '../remote/types.js';
import type { Located } from '../source/types.js';
import { finalBody, type UrlLookup } from './body.js';
import { splitLocaleSuffix } from '../source/locale-suffix.js';
import { analyzeBody, type AnalyzedBody } from './marker.js';
import { contentHash } from './normalize.js';
import { resolvePermissionGroup, resolveSection, resolveUserSegment } from './resolve.js';
import type { ArticlePlan, BodyRef, BodySpec, Operation, Plan } from './types.js';

export interface PlanOptions {
  onDrift: OnDrift;
  archiveRemoved: boolean;
  maxArchive: number;
  /** From settings; the help center's default applies when undefined. */
  defaultLocale: string | undefined;
  /** Whether labels added in Guide survive (`merge`) or the repo's set is the whole set (`replace`, default). */
  labelsMode?: 'replace' | 'merge';
  /** Keys of files that exist but could not be read or rendered: never archived, never "missing". */
  unavailableKeys?: Iterable<string>;
  /** Link each body to its source file on GitHub (`{repoUrl}/blob/{ref}/{file}`). */
  provenance?: { repoUrl: string; ref: string };
}

export interface RemoteIndex {
  byKey: Map<string, ZdArticle[]>;
  analyzed: Map<number, Map<string, AnalyzedBody>>;
}

export function translationsOf(article: ZdArticle): ZdTranslation[] {
  if (article.translations?.length) return article.translations;
  // Without sideloaded translations the article itself carries its source locale's copy.
  return [
    {
      id: 0,
      source_id: article.id,
      locale: article.source_locale ?? article.locale,
      title: article.title,
      body: article.body,
      draft: article.draft,
      updated_at: article.updated_at,
      html_url: article.html_url,
    },
  ];
}

/**
 * Parses every remote body once: markers give identity, normalized text gives comparison.
 * Incremental, so the snapshot can be indexed page by page as it arrives and each raw body
 * dropped right after (the normalized form is all the plan needs).
 */
export class RemoteIndexBuilder {
  private readonly byKey = new Map<string, ZdArticle[]>();
  private readonly analyzed = new Map<number, Map<string, AnalyzedBody>>();
  private readonly keyOf = new Map<number, string>();

  add(article: ZdArticle): void {
    // The export can repeat an article at a page boundary: the later copy wins.
    const previous = this.keyOf.get(article.id);
    if (previous !== undefined) {
      const list = (this.byKey.get(previous) ?? []).filter((a) => a.id !== article.id);
      if (list.length) this.byKey.set(previous, list);
      else this.byKey.delete(previous);
      this.keyOf.delete(article.id);
    }
    const perLocale = new Map<string, AnalyzedBody>();
    let key: string | undefined;
    for (const t of translationsOf(article)) {
      const a = analyzeBody(t.body);
      perLocale.set(t.locale.toLowerCase(), a);
      if (a.marker && (key === undefined || t.locale === article.source_locale)) key = a.marker.key;
    }
    this.analyzed.set(article.id, perLocale);
    if (key !== undefined) {
      this.byKey.set(key, [...(this.byKey.get(key) ?? []), article]);
      this.keyOf.set(article.id, key);
    }
  }

  build(): RemoteIndex {
    return { byKey: this.byKey, analyzed: this.analyzed };
  }
}

export function indexRemote(snapshot: RemoteSnapshot): RemoteIndex {
  const builder = new RemoteIndexBuilder();
  for (const article of snapshot.articles.values()) builder.add(article);
  return builder.build();
}

/** The URL of an existing article in a locale (its translation's own URL when it has one). */
export function liveUrl(article: ZdArticle, locale: string): string {
  const t = translationsOf(article).find((x) => x.locale.toLowerCase() === locale);
  return t?.html_url ?? localeUrl(article.html_url, article.source_locale ?? article.locale, locale);
}

/** The live URL of an article in a locale (the source locale when that translation is missing). */
export function localeUrl(htmlUrl: string, fromLocale: string, toLocale: string): string {
  return htmlUrl.replace(`/hc/${fromLocale}/`, `/hc/${toLocale}/`);
}

const FIELD_NAMES: Record<keyof ArticleMetadata, string> = {
  section_id: 'section',
  permission_group_id: 'permission group',
  user_segment_id: 'user segment',
  label_names: 'labels',
  promoted: 'promoted',
  position: 'position',
  comments_disabled: 'comments',
};

const sameSet = (a: string[] = [], b: string[] = []) => a.length === b.length && [...a].sort().join('\0') === [...b].sort().join('\0');

/**
 * The heart of the tool: compares the desired state (rendered files) with the snapshot and
 * decides, per article, the operations that make Zendesk match, each with its reason. Pure:
 * the dry run shows exactly what apply will do because apply executes this and nothing else.
 */
export function buildPlan(
  prepared: PreparedArticle[],
  snapshot: RemoteSnapshot | undefined,
  options: PlanOptions,
  index?: RemoteIndex,
): Plan {
  const diagnostics: Diagnostic[] = [];
  if (!snapshot) {
    return {
      offline: true,
      onDrift: options.onDrift,
      diagnostics,
      articles: prepared.map((p) => ({
        key: p.source.key,
        file: p.source.file,
        title: p.bodies[0]!.title,
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

  const remote = index ?? indexRemote(snapshot);
  const enabled = new Set(snapshot.locales);
  const defaultLocale = options.defaultLocale ?? snapshot.defaultLocale;
  const error = (at: Located, message: string, hint?: string) =>
    diagnostics.push({ severity: 'error', ...at, message, ...(hint ? { hint } : {}) });

  // 1. Identity: which remote article each file is, and no article claimed twice.
  const matched = new Map<PreparedArticle, ZdArticle | undefined>();
  const claimedBy = new Map<number, PreparedArticle>();
  for (const p of prepared) {
    const { meta, key } = p.source;
    let article: ZdArticle | undefined;
    if (meta.id !== undefined) {
      const at = p.source.locations.id ?? p.source.start;
      article = snapshot.articles.get(meta.id);
      if (!article) {
        error(at, `article ${meta.id} does not exist in Zendesk (or is archived)`, 'remove the id to create a new article, or restore it in Guide');
        continue;
      }
      const markerKey = [...(remote.analyzed.get(article.id)?.values() ?? [])].find((a) => a.marker)?.marker?.key;
      if (markerKey === undefined && !meta.adopt) {
        error(at, `article ${meta.id} ("${article.title}") was not published by this tool`, 'set `adopt: true` to take it over; its Guide copy will be replaced');
        continue;
      }
    } else {
      const candidates = remote.byKey.get(key) ?? [];
      article = [...candidates].sort((a, b) => a.id - b.id)[0];
    }
    if (article) {
      const other = claimedBy.get(article.id);
      if (other) {
        // Two explicit equal ids were already reported by the source stage, once per file.
        if (other.source.meta.id !== meta.id) {
          const msg = `this file and ${other.source.file} both claim article ${article.id}`;
          error(p.source.locations.id ?? p.source.start, msg, 'each article must have exactly one source file');
        }
        continue;
      }
      claimedBy.set(article.id, p);
    }
    matched.set(p, article);
  }

  // Where each Markdown file will live, for links between articles.
  const byRelPath = new Map<string, { key: string; locales: Set<string>; article: ZdArticle | undefined; sourceLocale: string }>();
  for (const p of prepared) {
    const entry = {
      key: p.source.key,
      locales: new Set(p.bodies.map((b, i) => (i === 0 ? (p.source.meta.locale ?? defaultLocale) : b.locale!))),
      article: matched.get(p),
      sourceLocale: p.source.meta.locale ?? defaultLocale,
    };
    // Keys are docs-relative paths without the extension.
    byRelPath.set(`${p.source.key}.md`.toLowerCase(), entry);
    for (const t of p.source.translations) byRelPath.set(`${t.key}.${t.locale}.md`.toLowerCase(), entry);
  }

  const articles: ArticlePlan[] = [];
  for (const p of prepared) {
    if (!matched.has(p)) continue;
    const remoteArticle = matched.get(p);
    const plan = planArticle(p, remoteArticle);
    if (plan) articles.push(plan);
  }

  // 4. Articles this tool published whose file is gone.
  const claimed = new Set(claimedBy.keys());
  // A file that exists but failed validation still claims its article: it is not "removed".
  const unavailable = new Set(options.unavailableKeys ?? []);
  const orphans = [...remote.byKey.entries()].flatMap(([key, list]) => (unavailable.has(key) ? [] : list)).filter((a) => !claimed.has(a.id));
  if (options.archiveRemoved && orphans.length > 0) {
    if (orphans.length > options.maxArchive) {
      diagnostics.push({
        severity: 'error',
        file: '.',
        message: `${orphans.length} published articles have no file any more, more than max-archive (${options.maxArchive}); refusing to archive them`,
        hint: 'restore the files, or raise max-archive if this is intended',
      });
    }
    for (const a of orphans) {
      const key = [...(remote.analyzed.get(a.id)?.values() ?? [])].find((x) => x.marker)?.marker?.key ?? '';
      articles.push({
        key,
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
      });
    }
  }

  breakLinkCycles(articles);
  return { articles, diagnostics, offline: false, onDrift: options.onDrift };

  function planArticle(p: PreparedArticle, article: ZdArticle | undefined): ArticlePlan | undefined {
    const { source } = p;
    const { meta } = source;
    const sourceLocale = meta.locale ?? defaultLocale;
    const at = (k: keyof typeof source.locations) => source.locations[k] ?? source.start;
    let ok = true;

    // Locales.
    const bodies: { prepared: PreparedBody; locale: string }[] = p.bodies.map((b, i) => ({
      prepared: b,
      locale: i === 0 ? sourceLocale : b.locale!,
    }));
    for (const [i, b] of bodies.entries()) {
      if (!enabled.has(b.locale)) {
        const where = i === 0 ? at('locale') : { file: b.prepared.file, line: 1, column: 1 };
        error(where, `locale "${b.locale}" is not enabled in the help center`, `enabled: ${[...enabled].join(', ')}`);
        ok = false;
      }
    }
    const seen = new Set<string>();
    for (const b of bodies) {
      if (seen.has(b.locale)) {
        error({ file: b.prepared.file, line: 1, column: 1 }, `locale "${b.locale}" appears twice for ${source.file}`);
        ok = false;
      }
      seen.add(b.locale);
    }

    // Metadata: names to ids.
    const metadata: ArticleMetadata = {};
    const resolveInto = <T>(result: { ok: true; value: T } | { ok: false; diagnostic: Diagnostic }, set: (v: T) => void) => {
      if (result.ok) set(result.value);
      else {
        diagnostics.push(result.diagnostic);
        ok = false;
      }
    };
    if (meta.section) resolveInto(resolveSection(meta.section, snapshot!, at('section')), (v) => (metadata.section_id = v));
    if (meta.permission_group) resolveInto(resolvePermissionGroup(meta.permission_group, snapshot!, at('permission_group')), (v) => (metadata.permission_group_id = v));
    if (meta.user_segment) resolveInto(resolveUserSegment(meta.user_segment, snapshot!, at('user_segment')), (v) => (metadata.user_segment_id = v));
    if (meta.labels) metadata.label_names = meta.labels;
    if (meta.promoted !== undefined) metadata.promoted = meta.promoted;
    if (meta.position !== undefined) metadata.position = meta.position;
    if (meta.comments_disabled !== undefined) metadata.comments_disabled = meta.comments_disabled;
    if (!article) {
      for (const [field, key] of [['section', 'section_id'], ['permission_group', 'permission_group_id'], ['user_segment', 'user_segment_id']] as const) {
        if (!(key in metadata) && meta[field] === undefined) {
          error(source.start, `${field} is required to create an article`, `set \`${field}:\` in the front matter or in a _defaults.yml`);
          ok = false;
        }
      }
    }

    // Bodies: references to assets and other articles.
    const assets = new Map<string, AssetFile>();
    const specs: BodySpec[] = [];
    /** Bodies shown unchanged before rendering: nothing to compare or write. */
    const reused = new Set<BodySpec>();
    const reusedShas = new Set<string>();
    for (const b of bodies) {
      const refs: BodyRef[] = [];
      for (const r of b.prepared.refs) {
        if (r.kind === 'asset') {
          assets.set(r.asset.sha, r.asset);
          refs.push({ index: r.index, kind: 'asset', sha: r.asset.sha, written: r.url });
          continue;
        }
        const target = byRelPath.get(r.target.toLowerCase());
        if (!target) {
          // A link to a file that failed validation is that file's problem, reported there.
          if (!unavailable.has(splitLocaleSuffix(r.target).base) && !unavailable.has(r.target.replace(/\.md$/i, ''))) {
            error({ file: b.prepared.file, line: r.line, column: r.column }, `link to "${r.target}", which is not an article in the docs folder`);
          }
          ok = false;
          continue;
        }
        const locale = target.locales.has(b.locale) ? b.locale : target.sourceLocale;
        const live = target.article ? liveUrl(target.article, locale) : undefined;
        const url = live === undefined ? undefined : live + (r.anchor ? `#${r.anchor}` : '');
        refs.push({ index: r.index, kind: 'article', targetKey: target.key, locale, anchor: r.anchor, url, written: r.url });
      }
      const spec: BodySpec = {
        locale: b.locale,
        file: b.prepared.file,
        title: b.prepared.title,
        draft: b.prepared.draft ?? meta.draft ?? false,
        template: b.prepared.template,
        refs,
        fingerprint: b.prepared.fingerprint,
        ...(options.provenance
          ? { sourceUrl: `${options.provenance.repoUrl}/blob/${encodeURI(options.provenance.ref)}/${b.prepared.file.split('/').map(encodeURIComponent).join('/')}` }
          : {}),
      };
      specs.push(spec);
      if (b.prepared.reused) {
        reused.add(spec);
        for (const sha of b.prepared.reused.assetShas) reusedShas.add(sha);
      }
    }
    if (!ok) return undefined;

    const analyzed = article ? (remote.analyzed.get(article.id) ?? new Map<string, AnalyzedBody>()) : new Map<string, AnalyzedBody>();
    const knownAssets: Record<string, string> = {};
    for (const a of analyzed.values()) Object.assign(knownAssets, a.marker?.assets ?? {});
    const uploads = [...assets.values()].filter((a) => !(a.sha in knownAssets));
    const lookup: UrlLookup = (ref) => (ref.kind === 'asset' ? knownAssets[ref.sha] : ref.url);
    const operations: Operation[] = uploads.map((asset) => ({ kind: 'upload', asset }));
    const reasons: string[] = [];
    const drifted: string[] = [];
    const waitsFor = [
      ...new Set(specs.flatMap((s) => s.refs.flatMap((r) => (r.kind === 'article' && r.url === undefined ? [r.targetKey] : [])))),
    ];
    const base = {
      key: source.key,
      file: source.file,
      title: specs[0]!.title,
      sourceLocale,
      knownAssets,
      waitsFor,
    };

    if (!article) {
      operations.push({
        kind: 'create-article',
        sectionId: metadata.section_id!,
        metadata: { ...metadata, permission_group_id: metadata.permission_group_id!, user_segment_id: metadata.user_segment_id ?? null },
        bodies: specs,
        stubLinks: false,
      });
      if (uploads.length) operations.push({ kind: 'associate-attachments', shas: uploads.map((u) => u.sha) });
      reasons.push(specs.length > 1 ? `new file, ${specs.length} locales` : 'new file');
      return { ...base, articleId: undefined, htmlUrl: undefined, action: 'create', reasons, drifted, operations };
    }

    // Metadata differences.
    const changes: ArticleMetadata = {};
    if (metadata.section_id !== undefined && metadata.section_id !== article.section_id) changes.section_id = metadata.section_id;
    if (metadata.permission_group_id !== undefined && metadata.permission_group_id !== article.permission_group_id)
      changes.permission_group_id = metadata.permission_group_id;
    if (metadata.user_segment_id !== undefined && metadata.user_segment_id !== article.user_segment_id)
      changes.user_segment_id = metadata.user_segment_id;
    if (metadata.label_names) {
      const wanted =
        options.labelsMode === 'merge' ? [...new Set([...(article.label_names ?? []), ...metadata.label_names])] : metadata.label_names;
      if (!sameSet(wanted, article.label_names)) changes.label_names = wanted;
    }
    if (metadata.promoted !== undefined && metadata.promoted !== article.promoted) changes.promoted = metadata.promoted;
    if (metadata.position !== undefined && metadata.position !== article.position) changes.position = metadata.position;
    if (metadata.comments_disabled !== undefined && metadata.comments_disabled !== article.comments_disabled)
      changes.comments_disabled = metadata.comments_disabled;
    if (Object.keys(changes).length) {
      operations.push({ kind: 'update-metadata', changes });
      reasons.push(`${Object.keys(changes).map((k) => FIELD_NAMES[k as keyof ArticleMetadata]).join(', ')} changed`);
    }

    // Translations.
    const remoteByLocale = new Map(translationsOf(article).map((t) => [t.locale.toLowerCase(), t]));
    for (const spec of specs) {
      if (reused.has(spec)) continue;
      const remoteT = remoteByLocale.get(spec.locale);
      if (!remoteT) {
        operations.push({ kind: 'create-translation', body: spec });
        reasons.push(`translation added (${spec.locale})`);
        continue;
      }
      const a = analyzed.get(spec.locale)!;
      if (a.marker && contentHash(remoteT.title, a.digest) !== a.marker.hash) drifted.push(spec.locale);
      const desired = finalBody(spec, source.key, lookup);
      const why: string[] = [];
      if (remoteT.title !== spec.title) why.push('title');
      if (!desired || desired.digest !== a.digest) why.push('body');
      if (remoteT.draft !== spec.draft) why.push(spec.draft ? 'unpublished' : 'published');
      if (why.length === 0 && (!a.marker || a.marker.key !== source.key || a.marker.hash !== desired!.hash || !sameAssets(a.marker.assets, spec, knownAssets))) {
        why.push('publisher marker');
      }
      if (why.length) {
        operations.push({ kind: 'update-translation', body: spec });
        reasons.push(`${why.join(', ')} changed (${spec.locale})`);
      }
    }
    if (uploads.length) operations.push({ kind: 'associate-attachments', shas: uploads.map((u) => u.sha) });
    if (operations.length) {
      for (const [sha, url] of Object.entries(knownAssets)) {
        const id = /\/article_attachments\/(\d+)\//.exec(url)?.[1];
        if (!assets.has(sha) && !reusedShas.has(sha) && id) operations.push({ kind: 'delete-attachment', attachmentId: Number(id), sha });
      }
    }

    const common = { ...base, articleId: article.id, htmlUrl: article.html_url, drifted };
    if (operations.length === 0) return { ...common, action: 'unchanged', reasons: [], operations };
    if (drifted.length && options.onDrift === 'skip') {
      return { ...common, action: 'skip', reasons: [`edited in Guide since the last publish (${drifted.join(', ')}); on-drift is skip`], operations: [] };
    }
    if (drifted.length && options.onDrift === 'fail') {
      error(source.start, `article ${article.id} was edited in Guide since the last publish (${drifted.join(', ')})`, 'on-drift is fail: bring the edit into this file, or run with on-drift: overwrite');
    }
    return { ...common, action: 'update', reasons, operations };
  }

}

/**
 * New articles that link to each other in a cycle (or to themselves) cannot all wait for one
 * another: each such article is created first with those links stubbed and as a draft, and
 * its bodies are rewritten with the real links once every target exists.
 */
function breakLinkCycles(articles: ArticlePlan[]): void {
  const creating = new Map(articles.filter((a) => a.action === 'create').map((a) => [a.key, a]));
  const inCycle = new Set<string>();
  // Depth-first search over "waits for" edges between new articles; a back edge closes a cycle.
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (key: string) => {
    state.set(key, 'open');
    stack.push(key);
    for (const next of creating.get(key)?.waitsFor ?? []) {
      if (!creating.has(next)) continue;
      if (state.get(next) === 'open') for (const k of stack.slice(stack.indexOf(next))) inCycle.add(k);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(key, 'done');
  };
  for (const key of creating.keys()) if (!state.has(key)) visit(key);

  for (const key of inCycle) {
    const article = creating.get(key)!;
    const create = article.operations.find((o) => o.kind === 'create-article');
    if (create?.kind !== 'create-article') continue;
    create.stubLinks = true;
    const pending = create.bodies.filter((b) => b.refs.some((r) => r.kind === 'article' && r.url === undefined));
    const at = article.operations.indexOf(create) + 1;
    article.operations.splice(at, 0, ...pending.map((body) => ({ kind: 'update-translation' as const, body })));
    article.reasons.push('links to other new articles: created as a draft, then linked');
  }
}

function sameAssets(recorded: Record<string, string>, spec: BodySpec, known: Record<string, string>): boolean {
  const wanted = spec.refs.filter((r) => r.kind === 'asset').map((r) => (r as { sha: string }).sha);
  const keys = Object.keys(recorded);
  return keys.length === new Set(wanted).size && wanted.every((sha) => recorded[sha] === known[sha]);
}
