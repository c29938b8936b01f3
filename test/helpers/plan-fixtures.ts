/**
 * Builders for the planner's inputs, so its unit tests state a case in a few lines: source
 * files, their rendered bodies and a snapshot of the help center, all in memory, no HTTP.
 */
import type { AssetFile } from '../../src/render/assets.js';
import type { PreparedArticle, PreparedBody, PreparedRef } from '../../src/render/prepare.js';
import type { RemoteSnapshot } from '../../src/remote/snapshot.js';
import type { ZdArticle, ZdTranslation } from '../../src/remote/types.js';
import type { FrontMatter, SourceArticle, SourceTranslation } from '../../src/source/types.js';
import { finalBody, STUB_URL } from '../../src/plan/body.js';
import { buildPlan, type PlanOptions } from '../../src/plan/plan.js';

export const SECTION = 101;
export const OTHER_SECTION = 102;
export const AGENTS = 201;
export const SIGNED_IN = 301;

let nextId = 1000;

export function snapshot(articles: ZdArticle[] = [], extra: Partial<RemoteSnapshot<ZdArticle>> = {}): RemoteSnapshot<ZdArticle> {
  return {
    locales: ['en-us', 'fr', 'de'],
    defaultLocale: 'en-us',
    categories: [{ id: 1, name: 'Guides' }],
    sections: [
      { id: SECTION, name: 'Setup', category_id: 1 },
      { id: OTHER_SECTION, name: 'Billing', category_id: 1 },
    ],
    permissionGroups: [{ id: AGENTS, name: 'Agents' }],
    userSegments: [{ id: SIGNED_IN, name: 'Signed-in users' }],
    articles: new Map(articles.map((a) => [a.id, a])),
    articlesVia: 'incremental-export',
    ...extra,
  };
}

const loc = (file: string, line = 1) => ({ file, line, column: 1 });

/** Every field a create needs, by name, as a `_defaults.yml` would give them. */
export const CREATABLE: FrontMatter = {
  section: { kind: 'name', name: 'Setup' },
  permission_group: { kind: 'name', name: 'Agents' },
  user_segment: { kind: 'name', name: 'everyone' },
};

export function source(key: string, meta: FrontMatter = CREATABLE, translations: string[] = []): SourceArticle {
  const file = `docs/${key}.md`;
  const locations: SourceArticle['locations'] = {};
  Object.keys(meta).forEach((k, i) => (locations[k as keyof FrontMatter] = loc(file, i + 2)));
  const article: SourceArticle = {
    file,
    absPath: `/repo/${file}`,
    key,
    body: '',
    bodyLine: 5,
    start: loc(file),
    meta,
    locations,
    translations: [],
  };
  article.translations = translations.map((locale): SourceTranslation => ({
    file: `docs/${key}.${locale}.md`,
    absPath: `/repo/docs/${key}.${locale}.md`,
    key,
    body: '',
    bodyLine: 4,
    start: loc(`docs/${key}.${locale}.md`),
    locale,
    title: `${key} ${locale}`,
    draft: undefined,
    locations: {},
  }));
  return article;
}

export interface BodyOptions {
  title?: string;
  html?: string;
  refs?: PreparedRef[];
  draft?: boolean;
}

export function body(file: string, locale: string | undefined, o: BodyOptions = {}): PreparedBody {
  return {
    locale,
    file,
    title: o.title ?? 'Title',
    draft: o.draft,
    template: o.html ?? '<p>Text.</p>',
    refs: o.refs ?? [],
    fingerprint: 'fp',
  };
}

/** A source file with its bodies rendered: the source locale's first, then one per translation. */
export function prepared(src: SourceArticle, bodies: Record<string, BodyOptions> = {}): PreparedArticle {
  return {
    source: src,
    bodies: [
      body(src.file, src.meta.locale, { title: src.meta.title ?? 'Title', ...bodies['source'] }),
      ...src.translations.map((t) => body(t.file, t.locale, { title: t.title ?? 'Title', ...bodies[t.locale] })),
    ],
  };
}

export function asset(name: string, sha = `sha-${name}`): AssetFile {
  return { absPath: `/repo/docs/${name}`, file: `docs/${name}`, name, sha, size: 3, contentType: 'image/png', inline: true };
}

export const assetRef = (index: number, a: AssetFile): PreparedRef => ({ index, kind: 'asset', asset: a, url: a.name });
export const linkRef = (index: number, target: string, anchor = ''): PreparedRef => ({
  index,
  kind: 'article',
  target,
  anchor,
  line: 7,
  column: 3,
  url: target + (anchor ? `#${anchor}` : ''),
});

export interface RemoteTranslation {
  locale: string;
  title?: string;
  body?: string;
  draft?: boolean;
}

interface RemoteOptions {
  id?: number;
  translations?: RemoteTranslation[];
  labels?: string[];
  sectionId?: number;
  userSegmentId?: number | null;
  promoted?: boolean;
  position?: number;
}

/** An article as Zendesk returns it from the export, translations embedded. */
export function remote(o: RemoteOptions = {}): ZdArticle {
  const id = o.id ?? nextId++;
  const translations: ZdTranslation[] = (o.translations ?? [{ locale: 'en-us' }]).map((t, i) => ({
    id: id * 10 + i,
    source_id: id,
    locale: t.locale,
    title: t.title ?? 'Title',
    body: t.body ?? '<p>Text.</p>',
    draft: t.draft ?? false,
    updated_at: '2026-01-01T00:00:00Z',
    html_url: `https://acme.zendesk.com/hc/${t.locale}/articles/${id}`,
  }));
  return {
    id,
    html_url: `https://acme.zendesk.com/hc/en-us/articles/${id}`,
    comments_disabled: false,
    draft: false,
    promoted: o.promoted ?? false,
    position: o.position ?? 0,
    section_id: o.sectionId ?? SECTION,
    permission_group_id: AGENTS,
    user_segment_id: o.userSegmentId === undefined ? null : o.userSegmentId,
    label_names: o.labels ?? [],
    locale: 'en-us',
    source_locale: 'en-us',
    title: translations[0]!.title,
    body: translations[0]!.body,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    translations,
  };
}

/**
 * The article as this tool leaves it after publishing `p`: each locale holds exactly the body
 * apply would send (marker included), with `assets` as the uploaded attachment URLs by hash.
 * The planner must then see it as unchanged; tests edit it from there.
 */
export function publishedAs(p: PreparedArticle, o: RemoteOptions & { assets?: Record<string, string> } = {}): ZdArticle {
  const plan = buildPlan({ sources: [p.source], prepared: [p] }, snapshot(), PLAN_DEFAULTS);
  const create = plan.articles[0]?.operations.find((op) => op.kind === 'create-article');
  if (create?.kind !== 'create-article')
    throw new Error(`fixture: ${p.source.key} does not plan a create: ${JSON.stringify(plan.diagnostics)}`);
  const translations = create.bodies.map((spec) => {
    const html = finalBody(spec, p.source.key, (ref) => (ref.kind === 'asset' ? o.assets?.[ref.sha] : ref.url))?.html;
    if (html === undefined) throw new Error(`fixture: unresolved reference in ${spec.file}`);
    return { locale: spec.locale, title: spec.title, body: html, draft: spec.draft };
  });
  return remote({ ...o, translations: o.translations ?? translations });
}

/**
 * The article as a run that died right after creating it leaves it: every body as created,
 * its files stubbed and not recorded as uploaded (see the `create-article` operation).
 */
export function halfMadeAs(p: PreparedArticle, o: RemoteOptions = {}): ZdArticle {
  const stubs = Object.fromEntries(p.bodies.flatMap((b) => b.refs.flatMap((r) => (r.kind === 'asset' ? [[r.asset.sha, STUB_URL]] : []))));
  return publishedAs(p, { ...o, assets: stubs });
}

export const PLAN_DEFAULTS: PlanOptions = { onDrift: 'overwrite', archiveRemoved: false, maxArchive: 10, defaultLocale: undefined };

/** An attachment URL as Zendesk gives it, with the id the planner reads back out of it. */
export const attachmentUrl = (id: number, name: string) => `https://acme.zendesk.com/hc/article_attachments/${id}/${name}`;
