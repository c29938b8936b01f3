/** The Zendesk shapes this tool reads; fields it does not use are left out. */
export interface ZdTranslation {
  id: number;
  source_id: number;
  locale: string;
  title: string;
  body: string | null;
  draft: boolean;
  outdated?: boolean;
  html_url?: string;
  updated_at: string;
  /** Who last changed it (the API says so on translations; null for a deleted or system user). */
  updated_by_id?: number | null;
}

export interface ZdArticle {
  id: number;
  html_url: string;
  comments_disabled: boolean;
  draft: boolean;
  promoted: boolean;
  position: number;
  section_id: number;
  permission_group_id: number;
  user_segment_id: number | null;
  /** Every segment that may see it (several on Enterprise plans); `[]` is everyone. Absent from older answers. */
  user_segment_ids?: number[];
  label_names?: string[];
  /** Content tag ids (the API's ids are strings). */
  content_tag_ids?: string[];
  author_id?: number;
  locale: string;
  source_locale: string;
  title: string;
  body: string | null;
  created_at: string;
  updated_at: string;
  translations?: ZdTranslation[];
}

/**
 * A translation as a snapshot keeps it: its body is read once as its page arrives (into the
 * index's digest and, for diffs, the spool: see plan/remote-index.ts, diff/spool.ts) and is not
 * kept, so a help center of 120,000 bodies is not held in memory. Where a body can be read is
 * said by the type, not by which fields happen to be null at this point of the run.
 */
export type StoredTranslation = Omit<ZdTranslation, 'body'>;

/** An article as a snapshot keeps it: no body, its translations' neither (see StoredTranslation). */
export type StoredArticle = Omit<ZdArticle, 'body' | 'translations'> & { translations?: StoredTranslation[] };

/** The article without its bodies, for a snapshot to keep. */
export function withoutBodies(article: ZdArticle): StoredArticle {
  const { body: _body, translations, ...rest } = article;
  return translations ? { ...rest, translations: translations.map(({ body: _b, ...t }) => t) } : rest;
}

export interface ZdSection extends ZdCategory {
  category_id: number;
}

export interface ZdCategory {
  id: number;
  name: string;
  description?: string | null;
  position?: number;
  locale?: string;
  source_locale?: string;
  html_url?: string;
  /** With `include=translations`: the name (`title`) and description (`body`) per locale. */
  translations?: ZdTranslation[];
}

/** What a new section or category is created with, in its source locale. */
export interface NewContainer {
  name: string;
  description?: string;
  position?: number;
  locale: string;
}

/** A section's or category's name (`title`) and description (`body`) in one locale. */
export interface ContainerTranslationInput {
  locale: string;
  title: string;
  body?: string;
}

/** A Support user, as far as the drift report names who edited an article (and authors are checked). */
export interface ZdUser {
  id: number;
  name: string;
  email?: string | null;
  /** `end-user`, `agent` or `admin`. */
  role?: string;
}

/** A Guide content tag (`/api/v2/guide/content_tags`); its id is a string. */
export interface ZdContentTag {
  id: string;
  name: string;
}

/** A Guide redirect rule (`/api/v2/guide/redirect_rules`); its id is a string, its status a string such as "301". */
export interface ZdRedirectRule {
  id: string;
  redirect_from: string;
  redirect_to: string;
  redirect_status: string | number;
}

export interface ZdPermissionGroup {
  id: number;
  name: string;
}

export interface ZdUserSegment {
  id: number;
  name: string;
  /** `staff` for "Agents and managers", `signed_in_users`; set by Zendesk on built-in segments. */
  user_type?: string;
}

export interface ZdAttachment {
  id: number;
  content_url: string;
  content_type: string;
  file_name: string;
  size: number;
  inline: boolean;
  article_id?: number | null;
}

/** A Guide Media object (the media library): `url` is the path a body embeds (`/guide-media/{access_key}`). */
export interface ZdMedia {
  id: string;
  name: string;
  url: string;
  size?: number;
  content_type?: string;
}

/** Where and how to PUT a file's bytes: a presigned URL on Zendesk's upload storage, with the headers it names. */
export interface UploadTarget {
  assetUploadId: string;
  url: string;
  headers: Record<string, string>;
}

/** Article metadata the tool writes with `PUT /help_center/articles/{id}`. */
export interface ArticleMetadata {
  section_id?: number;
  permission_group_id?: number;
  user_segment_id?: number | null;
  /** Instead of `user_segment_id`: several segments (Enterprise); `[]` is everyone. */
  user_segment_ids?: number[];
  label_names?: string[];
  /** Ids of content tags; a tag this run creates is `new:<name>` until apply knows its id. */
  content_tag_ids?: string[];
  author_id?: number;
  promoted?: boolean;
  position?: number;
  comments_disabled?: boolean;
}

export interface TranslationInput {
  locale: string;
  title: string;
  body: string;
  draft: boolean;
}

/** What every new article carries besides its content. */
export interface NewArticleBase extends ArticleMetadata {
  /** The source locale. */
  locale: string;
  permission_group_id: number;
  /** Or `user_segment_ids`: "Either user_segment_id or user_segment_ids must be specified". */
  user_segment_id?: number | null;
}

/** One locale: the content at the top level, the reference's plain form. */
export interface NewArticleOneLocale extends NewArticleBase {
  title: string;
  body: string;
  draft: boolean;
  translations?: never;
}

/**
 * Several locales, the reference's "With translations" form: every locale's content in
 * `translations`, the source locale's first, and none at the top level. Translations "represent
 * the content in all supported languages ... the default language is also included"
 * (developer.zendesk.com/api-reference/help_center/help-center-api/translations/), so a top-level
 * title beside them would be a second, conflicting source.
 */
export interface NewArticleWithTranslations extends NewArticleBase {
  translations: [TranslationInput, ...TranslationInput[]];
  title?: never;
  body?: never;
  draft?: never;
}

/** The `article` object of `POST /help_center/sections/{id}/articles`, in one of its two forms. */
export type NewArticle = NewArticleOneLocale | NewArticleWithTranslations;
