// Shared types of the Zendesk Help Center simulator. Record types are the simulator's own
// storage shapes; the JSON Zendesk answers is built from them in views.ts.

export interface FaultOptions {
  seed: number;
  error5xxRate: number;
  resetRate: number;
  slowRate: number;
  slowMs: number;
  /**
   * Of the resets and 5xx answers, the share that strike after the request was handled: the
   * write is applied, the answer lost (0 by default: every fault strikes before).
   */
  afterShare?: number;
}

/** When `onRequest` is called: as a request arrives, or once it was handled and before its answer goes out. */
export type RequestPhase = 'received' | 'handled';

export interface SimOptions {
  port: number;
  seed: SeedData;
  latencyMs: number;
  rateLimitPerMinute: number;
  incrementalRateLimitPerMinute: number;
  rateLimitWindowMs: number;
  tokenTtlSeconds: number;
  exportPageSize: number;
  /**
   * Whether a change to one translation bumps its article's updated_at (true by default). The
   * public reference does not say; clients must be right either way, so tests run both.
   */
  translationTouchesArticle: boolean;
  /**
   * Offset pagination answers 400 to a page that reaches past this many records (Zendesk's
   * documented limit of the first 10,000 records, 100 pages of 100); cursor pagination has none.
   */
  offsetRecordsLimit: number;
  reformatHtml: boolean;
  /**
   * The media library (Guide Media) is a plan feature: `forbidden` answers 403 and `missing` 404
   * on /api/v2/guide/medias*, as the fact sheet says to expect where it is not available.
   */
  mediaLibrary: 'on' | 'forbidden' | 'missing';
  /** How long a new media takes to show in search ("there may be a slight delay"). */
  mediaSearchDelayMs: number;
  /** How upload_url gives `headers`: a JSON-encoded string (the reference's example answer) or an object (its prose). */
  mediaUploadHeadersAs: 'string' | 'object';
  /**
   * A Guide plan below Enterprise: an article may have one user segment ("For Enterprise plans
   * only this may contain more than one user_segment_id"). False by default (Enterprise).
   */
  oneSegmentPlan?: boolean;
  faults: FaultOptions;
  now: () => number;
  /**
   * Called for every API request (admin routes excluded) as it arrives and again once it was
   * handled, and awaited before the server goes on: a test can kill its client there, so the
   * request dies unhandled (`'drop'` when received) or handled with its answer lost. Only
   * settable in process.
   */
  onRequest?: (entry: RequestLogEntry, phase: RequestPhase) => void | 'drop' | Promise<void | 'drop'>;
  /** Called for every request to the upload storage once handled, before its answer goes out (a test can kill its client there). */
  onStorage?: (entry: { method: string; path: string; status: number; bytes: number }) => void | Promise<void>;
}

export type Role = 'admin' | 'agent' | 'end-user';

export interface SeedUser {
  id: number;
  name: string;
  email: string;
  role: Role;
  /** An agent with Guide manager rights (admins always have them). The knob for 403 on structure writes. */
  guide_manager?: boolean;
}

export interface SeedCredentials {
  email: string;
  apiToken: string;
  oauthClientId: string;
  oauthClientSecret: string;
  oauthToken: string;
  endUserEmail: string;
  endUserApiToken: string;
}

export interface SeedCategory {
  id: number;
  name: string;
  description?: string;
  position?: number;
  locale?: string;
}

export interface SeedSection extends SeedCategory {
  category_id: number;
}

export interface SeedPermissionGroup {
  id: number;
  name: string;
  built_in?: boolean;
}

export interface SeedUserSegment {
  id: number;
  name: string;
  user_type: 'signed_in_users' | 'staff';
  built_in?: boolean;
}

export interface SeedTranslation {
  locale: string;
  title: string;
  body?: string;
  draft?: boolean;
}

export interface SeedArticle {
  section_id: number;
  title: string;
  body: string;
  locale?: string;
  permission_group_id?: number;
  user_segment_id?: number | null;
  label_names?: string[];
  draft?: boolean;
  translations?: SeedTranslation[];
}

export interface SeedData {
  /** Host name shown in html_url / content_url is the simulator's own URL; this is informative only. */
  subdomain: string;
  locales: string[];
  defaultLocale: string;
  credentials: SeedCredentials;
  users: SeedUser[];
  categories: SeedCategory[];
  sections: SeedSection[];
  permissionGroups: SeedPermissionGroup[];
  userSegments: SeedUserSegment[];
  articles: SeedArticle[];
}

export type AuthKind = 'oauth' | 'bearer' | 'basic' | 'anonymous' | 'invalid';

export interface RequestLogEntry {
  seq: number;
  method: string;
  /** pathname with a trailing ".json" stripped */
  path: string;
  /** route pattern, e.g. "/api/v2/help_center/articles/:id"; "(unmatched)" for unknown routes */
  route: string;
  query: Record<string, string>;
  /** 0 while in flight or when the connection was reset by a fault */
  status: number;
  auth: AuthKind;
  body?: unknown;
  at: number;
  durationMs: number;
  /** set when a fault was injected: 'rule' (failNext), '5xx', 'reset' or 'slow' */
  fault?: 'rule' | '5xx' | 'reset' | 'slow';
  /** the fault struck after the request was handled: its write was applied, its answer lost */
  faultAfterHandling?: true;
  /** the request was dropped unhandled by an `onRequest` hook */
  dropped?: true;
}

export interface FailRule {
  method?: string;
  path: RegExp | string;
  /** the answer's status, or `'reset'` to close the connection without one */
  status: number | 'reset';
  body?: unknown;
  times?: number;
  /** let this many matching requests through first (default 0) */
  skip?: number;
  /** strike after the request was handled: the write is applied and the answer lost */
  after?: boolean;
}

export interface Counters {
  total: number;
  writes: number;
  status429: number;
  faults: number;
  byRoute: Record<string, number>;
}

/** `GET /__sim/integrity`: counts that must all be zero (or empty) after a publisher converged. */
export interface Integrity {
  /** attachments on no article: uploads that were never associated */
  unassociatedAttachments: number;
  /** media URLs in live bodies that name no media of the library (an image that resolves nowhere) */
  missingMedia: number;
  /** live articles beyond the first that carry the same publisher marker key */
  duplicateArticles: number;
  /** the marker keys held by more than one live article */
  duplicateKeys: string[];
  /** translations beyond the first of one article in one locale */
  duplicateTranslations: number;
  /**
   * Live articles whose associated attachments are not exactly the ones their bodies point at:
   * `unreferenced` are associated but used by no translation, `missing` are used but not associated.
   */
  attachmentMismatches: { articleId: number; key: string | undefined; unreferenced: number[]; missing: number[] }[];
}

// ---- stored records ----

export interface UserRecord extends SeedUser {
  created_at: number;
  updated_at: number;
}

export interface CategoryRecord {
  id: number;
  position: number;
  source_locale: string;
  created_at: number;
  updated_at: number;
}

export interface SectionRecord extends CategoryRecord {
  category_id: number;
  parent_section_id: number | null;
}

export interface PermissionGroupRecord {
  id: number;
  name: string;
  built_in: boolean;
  created_at: number;
  updated_at: number;
}

export interface UserSegmentRecord {
  id: number;
  name: string;
  user_type: 'signed_in_users' | 'staff';
  built_in: boolean;
  created_at: number;
  updated_at: number;
}

export interface ArticleRecord {
  id: number;
  section_id: number;
  author_id: number;
  comments_disabled: boolean;
  promoted: boolean;
  position: number;
  permission_group_id: number;
  user_segment_id: number | null;
  user_segment_ids: number[];
  content_tag_ids: string[];
  label_names: string[];
  source_locale: string;
  vote_sum: number;
  vote_count: number;
  /** epoch seconds */
  created_at: number;
  updated_at: number;
  edited_at: number;
  /** DELETE /articles/{id} archives: the record stays, the API stops showing it */
  archived: boolean;
}

export type SourceType = 'article' | 'section' | 'category';

export interface TranslationRecord {
  id: number;
  source_id: number;
  source_type: SourceType;
  locale: string;
  title: string;
  /** for sections/categories this holds the description */
  body: string;
  draft: boolean;
  outdated: boolean;
  created_at: number;
  updated_at: number;
  created_by_id: number;
  updated_by_id: number;
}

export interface AttachmentRecord {
  id: number;
  article_id: number | null;
  file_name: string;
  content_type: string;
  size: number;
  inline: boolean;
  /** Inline attachments only: the translation it belongs to (set in advance, or when first embedded). */
  locale: string | null;
  /** The media it was made from (every attachment made through the article endpoint is). */
  guide_media_id: string | null;
  /** Made by Zendesk because a body embeds this media's URL (its access key). */
  auto_media?: string;
  /** Inline: a body has embedded it (from then on, a body that stops embedding it deletes it). */
  embedded: boolean;
  /** A per-locale copy made when another translation embedded the attachment this one copies. */
  origin_id?: number;
  created_at: number;
  updated_at: number;
  data: Buffer;
}

export interface TokenRecord {
  token: string;
  scopes: string[];
  /** epoch ms; null = never expires */
  expiresAt: number | null;
  userId: number;
  kind: 'oauth' | 'bearer';
  revoked: boolean;
}
