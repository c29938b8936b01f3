// Helpers for the simulator's own tests: a tiny fetch client and the JSON shapes we read.
import type { Simulator } from './index.js';

export type AuthMode = 'basic' | 'bearer' | 'enduser' | 'none' | { header: string };

export interface Reply<T> {
  status: number;
  headers: Headers;
  body: T;
}

export interface ArticleJson {
  id: number;
  url: string;
  html_url: string;
  title: string;
  body: string;
  locale: string;
  source_locale: string;
  draft: boolean;
  section_id: number;
  permission_group_id: number;
  user_segment_id: number | null;
  label_names: string[];
  created_at: string;
  updated_at: string;
  edited_at: string;
  author_id: number;
  position: number;
  promoted: boolean;
  outdated_locales: string[];
  translations?: TranslationJson[];
}

export interface TranslationJson {
  id: number;
  source_id: number;
  source_type: string;
  locale: string;
  title: string;
  body: string;
  draft: boolean;
  outdated: boolean;
  updated_at: string;
}

export interface AttachmentJson {
  id: number;
  url: string;
  content_url: string;
  content_type: string;
  file_name: string;
  size: number;
  inline: boolean;
  article_id: number | null;
}

export interface ErrorJson {
  error: string;
  description?: string;
  details?: Record<string, { description: string; error: string }[]>;
  error_description?: string;
}

export interface OffsetPage {
  next_page: string | null;
  previous_page: string | null;
  count: number;
  page: number;
  page_count: number;
  per_page: number;
}

export interface CursorPage {
  meta: { has_more: boolean; after_cursor: string | null; before_cursor: string | null };
  links: { next: string | null; prev: string | null };
}

export function authHeader(sim: Simulator, mode: AuthMode): string | undefined {
  const c = sim.credentials;
  if (mode === 'none') return undefined;
  if (typeof mode === 'object') return mode.header;
  if (mode === 'bearer') return `Bearer ${c.oauthToken}`;
  const [email, token] = mode === 'basic' ? [c.email, c.apiToken] : [c.endUserEmail, c.endUserApiToken];
  return `Basic ${Buffer.from(`${email}/token:${token}`).toString('base64')}`;
}

export async function call<T = ErrorJson>(
  sim: Simulator,
  method: string,
  pathOrUrl: string,
  options: { auth?: AuthMode; json?: unknown; form?: FormData } = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = {};
  const auth = authHeader(sim, options.auth ?? 'basic');
  if (auth) headers['authorization'] = auth;
  let body: string | FormData | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.form) {
    body = options.form;
  }
  const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${sim.url}${pathOrUrl}`;
  const init: RequestInit = { method, headers };
  if (body !== undefined) init.body = body;
  const res = await fetch(url, init);
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text === '' ? undefined : JSON.parse(text)) as T };
}

export const SECTION = 360000200001;
export const SECTION_FAQ_2 = 360000200004;
export const AGENTS_GROUP = 360000300001;
export const SIGNED_IN_SEGMENT = 360000400001;

export function newArticle(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    article: {
      title: 'Hello',
      body: '<p>Hello world</p>',
      locale: 'en-us',
      permission_group_id: AGENTS_GROUP,
      user_segment_id: null,
      ...overrides,
    },
    notify_subscribers: false,
  };
}

/** A create request in the reference's "With translations" form: every locale, the source one included. */
export function newArticleWithTranslations(
  translations: { locale: string; title: string; body?: string; draft?: boolean }[],
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    article: { locale: 'en-us', permission_group_id: AGENTS_GROUP, user_segment_id: null, translations, ...overrides },
    notify_subscribers: false,
  };
}

export async function createArticle(sim: Simulator, overrides: Record<string, unknown> = {}): Promise<ArticleJson> {
  return createArticleFrom(sim, newArticle(overrides));
}

/** Creates an article from a whole request body; throws unless it answers 201. */
export async function createArticleFrom(sim: Simulator, body: Record<string, unknown>): Promise<ArticleJson> {
  const res = await call<{ article: ArticleJson }>(sim, 'POST', `/api/v2/help_center/sections/${SECTION}/articles`, { json: body });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.article;
}

/** A hand-driven clock for tests that need control over whole-second timestamps. */
export function manualClock(startMs = Date.UTC(2025, 0, 1)): {
  now: () => number;
  advance: (ms: number) => void;
  set: (ms: number) => void;
} {
  let t = startMs;
  return {
    now: () => t,
    advance: (ms) => {
      t += ms;
    },
    set: (ms) => {
      t = ms;
    },
  };
}

/**
 * A file on an article the way the bulk-import path takes it (the article endpoint takes only a
 * `guide_media_id`): an unassociated upload, then bulk_attachments.
 */
export async function uploadOnto(
  sim: Simulator,
  articleId: number,
  name: string,
  inline: boolean,
  bytes: Uint8Array = new Uint8Array([1, 2, 3]),
  type = 'application/octet-stream',
): Promise<AttachmentJson> {
  const f = new FormData();
  f.append('file', new Blob([bytes], { type }), name);
  f.append('inline', String(inline));
  const up = await call<{ article_attachment: AttachmentJson }>(sim, 'POST', '/api/v2/help_center/articles/attachments', { form: f });
  if (up.status !== 201) throw new Error(`upload failed: ${up.status}`);
  const bulk = await call<{ article_attachments: AttachmentJson[] }>(
    sim,
    'POST',
    `/api/v2/help_center/articles/${articleId}/bulk_attachments`,
    {
      json: { attachment_ids: [up.body.article_attachment.id] },
    },
  );
  if (bulk.status !== 200) throw new Error(`bulk_attachments failed: ${bulk.status}`);
  return bulk.body.article_attachments[0]!;
}
