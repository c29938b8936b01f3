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
}

export interface ZdArticle {
  id: number;
  url?: string;
  html_url: string;
  author_id?: number;
  comments_disabled: boolean;
  draft: boolean;
  promoted: boolean;
  position: number;
  section_id: number;
  permission_group_id: number;
  user_segment_id: number | null;
  label_names?: string[];
  locale: string;
  source_locale: string;
  title: string;
  body: string | null;
  created_at: string;
  updated_at: string;
  edited_at?: string;
  translations?: ZdTranslation[];
}

export interface ZdSection {
  id: number;
  name: string;
  category_id: number;
  locale?: string;
  html_url?: string;
}

export interface ZdCategory {
  id: number;
  name: string;
}

export interface ZdPermissionGroup {
  id: number;
  name: string;
}

export interface ZdUserSegment {
  id: number;
  name: string;
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

/** Article metadata the tool writes with `PUT /help_center/articles/{id}`. */
export interface ArticleMetadata {
  section_id?: number;
  permission_group_id?: number;
  user_segment_id?: number | null;
  label_names?: string[];
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
