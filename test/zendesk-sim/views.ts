// JSON shapes Zendesk answers, built from the stored records. Kept apart from the store so
// what is stored (records) and what is shown (views) cannot drift into each other.
import type { Store } from './store.js';
import type {
  ArticleRecord,
  AttachmentRecord,
  CategoryRecord,
  PermissionGroupRecord,
  SectionRecord,
  TranslationRecord,
  UserRecord,
  UserSegmentRecord,
} from './types.js';
import { iso, slugify, type Json } from './util.js';

const PLURAL = { article: 'articles', section: 'sections', category: 'categories' } as const;

export function translationView(store: Store, t: TranslationRecord): Json {
  const base = store.baseUrl();
  const kind = PLURAL[t.source_type];
  return {
    id: t.id,
    url: `${base}/api/v2/help_center/${kind}/${t.source_id}/translations/${t.locale}.json`,
    html_url: `${base}/hc/${t.locale}/${kind}/${t.source_id}-${slugify(t.title)}`,
    source_id: t.source_id,
    source_type: t.source_type,
    locale: t.locale,
    title: t.title,
    body: t.body,
    outdated: t.outdated,
    draft: t.draft,
    hidden: false,
    created_at: iso(t.created_at),
    updated_at: iso(t.updated_at),
    updated_by_id: t.updated_by_id,
    created_by_id: t.created_by_id,
  };
}

/** An article shown in `locale` (its source locale when undefined). */
export function articleView(store: Store, a: ArticleRecord, locale?: string, withTranslations = false): Json {
  const base = store.baseUrl();
  const t = store.translationOf('article', a.id, locale ?? a.source_locale) ?? store.sourceTranslation(a);
  const translations = store.translationsOf('article', a.id);
  const view: Json = {
    id: a.id,
    url: `${base}/api/v2/help_center/${t.locale}/articles/${a.id}.json`,
    html_url: `${base}/hc/${t.locale}/articles/${a.id}-${slugify(t.title)}`,
    author_id: a.author_id,
    comments_disabled: a.comments_disabled,
    draft: t.draft,
    promoted: a.promoted,
    position: a.position,
    vote_sum: a.vote_sum,
    vote_count: a.vote_count,
    section_id: a.section_id,
    created_at: iso(a.created_at),
    updated_at: iso(a.updated_at),
    title: t.title,
    source_locale: a.source_locale,
    locale: t.locale,
    outdated: false,
    outdated_locales: translations.filter((x) => x.outdated).map((x) => x.locale),
    edited_at: iso(a.edited_at),
    user_segment_id: a.user_segment_id,
    user_segment_ids: [...a.user_segment_ids],
    permission_group_id: a.permission_group_id,
    content_tag_ids: [...a.content_tag_ids],
    label_names: [...a.label_names],
    body: t.body,
  };
  if (withTranslations) view['translations'] = translations.map((x) => translationView(store, x));
  return view;
}

function containerView(
  store: Store,
  kind: 'section' | 'category',
  c: CategoryRecord,
  locale: string | undefined,
  withTranslations: boolean,
): Json {
  const base = store.baseUrl();
  const t = store.translationOf(kind, c.id, locale ?? c.source_locale) ?? store.translationOf(kind, c.id, c.source_locale);
  const name = t?.title ?? '';
  const shownLocale = t?.locale ?? c.source_locale;
  const view: Json = {
    id: c.id,
    url: `${base}/api/v2/help_center/${shownLocale}/${PLURAL[kind]}/${c.id}.json`,
    html_url: `${base}/hc/${shownLocale}/${PLURAL[kind]}/${c.id}-${slugify(name)}`,
    position: c.position,
    created_at: iso(c.created_at),
    updated_at: iso(c.updated_at),
    name,
    description: t?.body ?? '',
    locale: shownLocale,
    source_locale: c.source_locale,
    outdated: t?.outdated ?? false,
  };
  if (withTranslations) view['translations'] = store.translationsOf(kind, c.id).map((x) => translationView(store, x));
  return view;
}

export function categoryView(store: Store, c: CategoryRecord, locale?: string, withTranslations = false): Json {
  return containerView(store, 'category', c, locale, withTranslations);
}

export function sectionView(store: Store, s: SectionRecord, locale?: string, withTranslations = false): Json {
  const view = containerView(store, 'section', s, locale, withTranslations);
  const { translations, ...rest } = view;
  const out: Json = {
    ...rest,
    category_id: s.category_id,
    sorting: 'manual',
    parent_section_id: s.parent_section_id,
    theme_template: 'section_page',
  };
  if (translations !== undefined) out['translations'] = translations;
  return out;
}

export function attachmentView(store: Store, a: AttachmentRecord): Json {
  const base = store.baseUrl();
  const relative = `/hc/article_attachments/${a.id}/${encodeURIComponent(a.file_name)}`;
  return {
    id: a.id,
    url: `${base}/api/v2/help_center/articles/attachments/${a.id}.json`,
    article_id: a.article_id,
    display_file_name: a.file_name,
    file_name: a.file_name,
    locale: a.locale,
    guide_media_id: a.guide_media_id,
    content_url: `${base}${relative}`,
    relative_path: relative,
    content_type: a.content_type,
    size: a.size,
    inline: a.inline,
    created_at: iso(a.created_at),
    updated_at: iso(a.updated_at),
  };
}

export function userView(store: Store, u: UserRecord): Json {
  return {
    id: u.id,
    url: `${store.baseUrl()}/api/v2/users/${u.id}.json`,
    name: u.name,
    email: u.email,
    role: u.role,
    agent: u.role !== 'end-user',
    active: true,
    locale: store.defaultLocale,
    created_at: iso(u.created_at),
    updated_at: iso(u.updated_at),
  };
}

/** What /api/v2/users/me answers without credentials (Zendesk's anonymous user). */
export function anonymousUserView(store: Store): Json {
  return {
    id: null,
    url: null,
    name: 'Anonymous user',
    email: 'invalid@example.com',
    role: 'end-user',
    agent: false,
    active: true,
    locale: store.defaultLocale,
    created_at: null,
    updated_at: null,
  };
}

export function permissionGroupView(g: PermissionGroupRecord): Json {
  return {
    id: g.id,
    name: g.name,
    built_in: g.built_in,
    publish: [],
    edit: [],
    created_at: iso(g.created_at),
    updated_at: iso(g.updated_at),
  };
}

export function userSegmentView(s: UserSegmentRecord): Json {
  return {
    id: s.id,
    user_type: s.user_type,
    name: s.name,
    group_ids: [],
    organization_ids: [],
    tags: [],
    or_tags: [],
    added_user_ids: [],
    built_in: s.built_in,
    created_at: iso(s.created_at),
    updated_at: iso(s.updated_at),
  };
}
