import { ZendeskApiError } from './errors.js';
import type { HttpOptions, RequestOptions } from './http.js';
import { ZendeskHttp } from './http.js';
import { putToStorage } from './storage.js';
import type { ResponseKind } from './responses.js';
import type {
  ArticleMetadata,
  ContainerTranslationInput,
  NewContainer,
  NewArticle,
  NewArticleBase,
  TranslationInput,
  ZdArticle,
  UploadTarget,
  ZdAttachment,
  ZdCategory,
  ZdMedia,
  ZdPermissionGroup,
  ZdSection,
  ZdTranslation,
  ZdUser,
  ZdUserSegment,
} from './types.js';

interface CursorPage {
  meta?: { has_more?: boolean; after_cursor?: string | null };
  links?: { next?: string | null };
  next_page?: string | null;
}

/**
 * Asked after a create lost its answer: the created thing if the create landed after all,
 * undefined if it did not (and may be sent again). See `RequestOptions.landed`.
 */
export type Landed<T> = () => Promise<T | undefined>;

/** A local file as it is uploaded. */
export interface UploadFile {
  name: string;
  contentType: string;
  data: Uint8Array;
}

export interface ArticlePage {
  articles: ZdArticle[];
  next_page: string | null;
}

/** One page of the offset-paginated list; `count` is every article the list holds. */
export interface OffsetArticlePage {
  articles: ZdArticle[];
  count?: number;
  next_page?: string | null;
}

/**
 * Zendesk answers 400 to an offset-paginated request past the first 10,000 records; past it
 * only cursor pagination goes, which has no sort by change time.
 */
export const OFFSET_RECORDS_LIMIT = 10_000;
/** Articles a page of the list sorted by change time (the most the list gives). */
export const NEWEST_PER_PAGE = 100;

export interface ExportPage {
  articles: ZdArticle[];
  count: number;
  end_time: number;
  next_page: string | null;
}

/**
 * The create request for an article, given its locales' content with the source locale first:
 * the plain form for one locale, the reference's "With translations" form (every locale in
 * `translations`, nothing at the top level) for several.
 */
export function newArticle(
  metadata: Omit<NewArticleBase, 'locale'>,
  [source, ...others]: [TranslationInput, ...TranslationInput[]],
): NewArticle {
  if (others.length === 0) return { ...metadata, locale: source.locale, title: source.title, body: source.body, draft: source.draft };
  return { ...metadata, locale: source.locale, translations: [source, ...others] };
}

/** What a 403 on a structure write means: the Guide right it needs, named. */
export const STRUCTURE_HINTS: Partial<Record<number, string>> = {
  403: 'creating and updating sections and categories needs Guide manager rights (Guide admin): give the Zendesk user behind these credentials that role, or turn create_sections off',
};

/** bulk_attachments takes at most this many ids a request. */
export const BULK_ATTACHMENTS = 20;

/** What a 403 or 404 on the media library means. */
export const MEDIA_HINTS: Partial<Record<number, string>> = {
  403: 'the media library (Guide Media) is not available to these credentials or on this plan',
  404: 'the media library (Guide Media) is not available on this plan',
};

/** The upload URL's headers, given as a JSON-encoded string or as an object. */
export function parseUploadHeaders(headers: string | Record<string, string> | undefined, url: string): Record<string, string> {
  if (headers === undefined) return {};
  if (typeof headers !== 'string') return { ...headers };
  try {
    const parsed: unknown = JSON.parse(headers);
    if (parsed && typeof parsed === 'object' && Object.values(parsed).every((v) => typeof v === 'string'))
      return { ...(parsed as Record<string, string>) };
  } catch {
    // reported below
  }
  throw new Error(`the upload URL's headers for ${new URL(url).host} are not a JSON object of strings`);
}

/** Show Many Users takes at most this many ids a request. */
export const SHOW_MANY_USERS = 100;

/** Typed Help Center endpoints. One method per request; no hidden fan-out. */
export class ZendeskClient {
  readonly http: ZendeskHttp;
  /**
   * The answer schemas carry the schema library: loaded from the start, while the first
   * requests are in flight, and awaited only when the first answer is checked.
   */
  private readonly responses = import('./responses.js');

  constructor(options: HttpOptions) {
    this.http = new ZendeskHttp(options);
    this.responses.catch(() => undefined);
  }

  /** Sends a request and checks that the answer has the shape `kind` describes. */
  private async call<T>(kind: ResponseKind, method: string, pathOrUrl: string, options?: RequestOptions): Promise<T> {
    const data = await this.http.request<unknown>(method, pathOrUrl, options);
    const { checkResponse } = await this.responses;
    // Messages name the endpoint; describeRequest leaves a query (or a next_page cursor) out.
    return checkResponse(kind, data, method, new URL(pathOrUrl, this.http.baseUrl)) as T;
  }

  /** Follows cursor pagination (or offset `next_page`) and collects `key` from every page. */
  async listAll<T>(path: string, key: ResponseKind, query: Record<string, string> = {}, urgent = false): Promise<T[]> {
    const items: T[] = [];
    let next: string | undefined = path;
    let params: Record<string, string> | undefined = { ...query, 'page[size]': '100' };
    while (next) {
      const page: CursorPage & Record<string, unknown> = await this.call(key, 'GET', next, { query: params, urgent });
      items.push(...((page[key] as T[] | undefined) ?? []));
      params = undefined;
      next = page.meta?.has_more ? (page.links?.next ?? undefined) : (page.next_page ?? undefined);
    }
    return items;
  }

  listLocales(): Promise<{ locales: string[]; default_locale: string }> {
    return this.call('locales', 'GET', '/api/v2/help_center/locales');
  }

  /** `withTranslations`: each with its names and descriptions in every locale (one request a page all the same). */
  listSections(withTranslations = false): Promise<ZdSection[]> {
    return this.listAll('/api/v2/help_center/sections', 'sections', withTranslations ? { include: 'translations' } : {});
  }

  listCategories(withTranslations = false): Promise<ZdCategory[]> {
    return this.listAll('/api/v2/help_center/categories', 'categories', withTranslations ? { include: 'translations' } : {});
  }

  /**
   * Creates a category. Not retried after a lost answer: the next run finds it by name, so a
   * failed run never leaves two.
   */
  async createCategory(category: NewContainer): Promise<ZdCategory> {
    const res = await this.call<{ category: ZdCategory }>('category', 'POST', '/api/v2/help_center/categories', {
      json: { category },
      hints: STRUCTURE_HINTS,
    });
    return res.category;
  }

  /** Creates a section in a category; like `createCategory`, never sent twice. */
  async createSection(categoryId: number, section: NewContainer): Promise<ZdSection> {
    const res = await this.call<{ section: ZdSection }>('section', 'POST', `/api/v2/help_center/categories/${categoryId}/sections`, {
      json: { section },
      hints: STRUCTURE_HINTS,
    });
    return res.section;
  }

  /** A section's or category's own fields (position); names and descriptions are translations. */
  async updateContainer(kind: 'section' | 'category', id: number, changes: { position: number }): Promise<void> {
    await this.call(kind, 'PUT', `/api/v2/help_center/${kind === 'section' ? 'sections' : 'categories'}/${id}`, {
      json: { [kind]: changes },
      hints: STRUCTURE_HINTS,
    });
  }

  /** Adds a locale's name and description to a section or category; a second create of one locale is refused, so never sent twice. */
  async createContainerTranslation(kind: 'section' | 'category', id: number, translation: ContainerTranslationInput): Promise<void> {
    await this.call('translation', 'POST', `/api/v2/help_center/${kind === 'section' ? 'sections' : 'categories'}/${id}/translations`, {
      json: { translation },
      hints: STRUCTURE_HINTS,
    });
  }

  async updateContainerTranslation(
    kind: 'section' | 'category',
    id: number,
    locale: string,
    changes: Omit<ContainerTranslationInput, 'locale'>,
  ): Promise<void> {
    await this.call(
      'translation',
      'PUT',
      `/api/v2/help_center/${kind === 'section' ? 'sections' : 'categories'}/${id}/translations/${encodeURIComponent(locale)}`,
      { json: { translation: changes }, hints: STRUCTURE_HINTS },
    );
  }

  /** Makes an existing translation the article's source locale. */
  async setSourceLocale(articleId: number, locale: string): Promise<void> {
    await this.call('done', 'PUT', `/api/v2/help_center/articles/${articleId}/source_locale`, { json: { article_locale: locale } });
  }

  listPermissionGroups(): Promise<ZdPermissionGroup[]> {
    return this.listAll('/api/v2/guide/permission_groups', 'permission_groups');
  }

  listUserSegments(): Promise<ZdUserSegment[]> {
    return this.listAll('/api/v2/help_center/user_segments', 'user_segments');
  }

  /**
   * One page of the incremental export, translations embedded in each article. `noWait`: a 429
   * fails at once instead of being waited out (see `RequestOptions.noWait`).
   */
  exportArticles(startTimeOrUrl: number | string, noWait = false): Promise<ExportPage> {
    if (typeof startTimeOrUrl === 'string') return this.call('export', 'GET', startTimeOrUrl, { noWait });
    return this.call('export', 'GET', '/api/v2/help_center/incremental/articles', {
      query: { start_time: startTimeOrUrl, include: 'translations' },
      noWait,
    });
  }

  /**
   * Page `page` (from 1) of every article, most recently changed first, translations embedded:
   * the other end of the export, under the account's main limit. Offset pagination, so only the
   * first `OFFSET_RECORDS_LIMIT` articles can be read this way.
   */
  recentlyChanged(page: number): Promise<OffsetArticlePage> {
    if (page < 1 || page * NEWEST_PER_PAGE > OFFSET_RECORDS_LIMIT)
      throw new Error(`internal: page ${page} is past the offset pagination limit`);
    return this.call('articles', 'GET', '/api/v2/help_center/articles', {
      query: { sort_by: 'updated_at', sort_order: 'desc', per_page: NEWEST_PER_PAGE, page, include: 'translations' },
    });
  }

  /**
   * Page `page` (from 1) of one section's articles, most recently changed first, translations
   * embedded. A section holds at most 5,000 articles, so offset pagination reaches all of them.
   */
  sectionArticlesByChange(sectionId: number, page: number): Promise<OffsetArticlePage> {
    if (page < 1 || page * NEWEST_PER_PAGE > OFFSET_RECORDS_LIMIT)
      throw new Error(`internal: page ${page} is past the offset pagination limit`);
    return this.call('articles', 'GET', `/api/v2/help_center/sections/${sectionId}/articles`, {
      query: { sort_by: 'updated_at', sort_order: 'desc', per_page: NEWEST_PER_PAGE, page, include: 'translations' },
    });
  }

  /**
   * Users by id: Support's Show Many Users, agents only, at most `SHOW_MANY_USERS` ids a
   * request. Ids that name no user (a deleted one) are simply absent from the answer.
   */
  async showUsers(ids: readonly number[]): Promise<ZdUser[]> {
    if (ids.length > SHOW_MANY_USERS) throw new Error(`internal: at most ${SHOW_MANY_USERS} users a request (got ${ids.length})`);
    const page = await this.call<{ users: ZdUser[] }>('users', 'GET', '/api/v2/users/show_many', { query: { ids: ids.join(',') } });
    return page.users;
  }

  /** Every article through the paginated list (the fallback when the export is not allowed). */
  listArticles(): Promise<ZdArticle[]> {
    return this.listAll('/api/v2/help_center/articles', 'articles', { include: 'translations' });
  }

  /**
   * Creates an article in one request, all its locales included (see `newArticle`). Not
   * idempotent: after a lost answer it is sent again only once `landed` says it did not land.
   */
  async createArticle(sectionId: number, article: NewArticle, landed?: Landed<ZdArticle>): Promise<ZdArticle> {
    const res = await this.call<{ article: ZdArticle }>('article', 'POST', `/api/v2/help_center/sections/${sectionId}/articles`, {
      json: { article, notify_subscribers: false },
      ...wrapLanded(landed, (article) => ({ article })),
    });
    return res.article;
  }

  /**
   * The section's articles, newest first, one page (`next` for the following one): where an
   * article whose create lost its answer would be, if it landed. Bodies in `locale`.
   */
  newestArticles(sectionId: number, locale: string, perPage: number, next?: string): Promise<ArticlePage> {
    if (next !== undefined) return this.call('articles', 'GET', next, { urgent: true });
    return this.call('articles', 'GET', `/api/v2/help_center/${encodeURIComponent(locale)}/sections/${sectionId}/articles`, {
      query: { sort_by: 'created_at', sort_order: 'desc', per_page: perPage },
      urgent: true,
    });
  }

  /**
   * Articles most recently changed first, one page (`next` for the following one): in one
   * section, or (no section) the whole help center. What the publish lease reads: its claims,
   * and whether anything changed since the snapshot.
   */
  recentlyUpdated(sectionId: number | undefined, perPage: number, next?: string): Promise<ArticlePage> {
    if (next !== undefined) return this.call('articles', 'GET', next, { urgent: true });
    const path = sectionId === undefined ? '/api/v2/help_center/articles' : `/api/v2/help_center/sections/${sectionId}/articles`;
    return this.call('articles', 'GET', path, { query: { sort_by: 'updated_at', sort_order: 'desc', per_page: perPage }, urgent: true });
  }

  async updateArticle(id: number, metadata: ArticleMetadata): Promise<ZdArticle> {
    const res = await this.call<{ article: ZdArticle }>('article', 'PUT', `/api/v2/help_center/articles/${id}`, {
      json: { article: metadata },
    });
    return res.article;
  }

  /** Adds a locale; not idempotent (a second create of one locale is refused), so retried only through `landed`. */
  async createTranslation(articleId: number, translation: TranslationInput, landed?: Landed<ZdTranslation>): Promise<ZdTranslation> {
    const res = await this.call<{ translation: ZdTranslation }>(
      'translation',
      'POST',
      `/api/v2/help_center/articles/${articleId}/translations`,
      { json: { translation }, ...wrapLanded(landed, (translation) => ({ translation })) },
    );
    return res.translation;
  }

  /** One locale of an article, or undefined when the article has none in that locale. */
  async getTranslation(articleId: number, locale: string): Promise<ZdTranslation | undefined> {
    try {
      const res = await this.call<{ translation: ZdTranslation }>(
        'translation',
        'GET',
        `/api/v2/help_center/articles/${articleId}/translations/${encodeURIComponent(locale)}`,
        { urgent: true },
      );
      return res.translation;
    } catch (error) {
      if (error instanceof ZendeskApiError && error.status === 404) return undefined;
      throw error;
    }
  }

  async updateTranslation(
    articleId: number,
    locale: string,
    changes: Partial<Omit<TranslationInput, 'locale'>> & { outdated?: boolean },
  ): Promise<ZdTranslation> {
    const res = await this.call<{ translation: ZdTranslation }>(
      'translation',
      'PUT',
      `/api/v2/help_center/articles/${articleId}/translations/${encodeURIComponent(locale)}`,
      { json: { translation: changes } },
    );
    return res.translation;
  }

  /** Archives an article; one that is gone already (a retry after a lost answer, say) counts as archived. */
  async archiveArticle(id: number): Promise<void> {
    await goneIsDone(this.http.request('DELETE', `/api/v2/help_center/articles/${id}`));
  }

  /**
   * Media whose name starts with `prefix` (every page). "There may be a slight delay between
   * changes to guide-media objects and the result of the search": a media made seconds ago may
   * be missing, so callers also remember what they made.
   */
  async searchMedia(prefix: string, urgent = false): Promise<ZdMedia[]> {
    const items: ZdMedia[] = [];
    let next: string | undefined = '/api/v2/guide/medias';
    let query: Record<string, string> | undefined = { 'filter[name_prefix]': prefix, 'page[size]': '100', sort: 'name' };
    while (next) {
      const page: CursorPage & { records: ZdMedia[] } = await this.call('medias', 'GET', next, { query, urgent, hints: MEDIA_HINTS });
      items.push(...page.records);
      query = undefined;
      next = page.meta?.has_more ? (page.links?.next ?? undefined) : undefined;
    }
    return items;
  }

  /** Files PUT to the upload storage by this client, and their bytes. */
  readonly uploaded = { files: 0, bytes: 0 };

  /** Step 2 of a media: the bytes, to the storage host, with exactly the headers named and no credentials. */
  async putUpload(target: UploadTarget, data: Uint8Array): Promise<void> {
    await putToStorage(target, data, { fetch: this.http.fetchImpl, sleep: this.http.sleep });
    this.uploaded.files++;
    this.uploaded.bytes += data.length;
  }

  /** Step 1 of a media: where to PUT the bytes, and with which headers (a JSON string or an object in the answer). */
  async mediaUploadUrl(contentType: string, size: number): Promise<UploadTarget> {
    const res = await this.call<{ upload_url: { asset_upload_id: string; url: string; headers?: string | Record<string, string> } }>(
      'upload_url',
      'POST',
      '/api/v2/guide/medias/upload_url',
      // Asking for an upload URL creates nothing that lasts: sent again after a lost answer, it only makes another.
      { json: { content_type: contentType, file_size: size }, idempotent: true, hints: MEDIA_HINTS },
    );
    const { asset_upload_id, url, headers } = res.upload_url;
    return { assetUploadId: asset_upload_id, url, headers: parseUploadHeaders(headers, url) };
  }

  /**
   * Step 3: the media, from the uploaded asset. Not idempotent (a second create of one asset is
   * a 409), so after a lost answer it is retried only through `landed`.
   */
  async createMedia(assetUploadId: string, filename: string, landed?: Landed<ZdMedia>): Promise<ZdMedia> {
    const res = await this.call<{ media: ZdMedia }>('media', 'POST', '/api/v2/guide/medias', {
      json: { asset_upload_id: assetUploadId, filename },
      hints: MEDIA_HINTS,
      ...wrapLanded(landed, (media) => ({ media })),
    });
    return res.media;
  }

  /**
   * The bulk-import path, for a help center without the media library: a file uploaded on no
   * article (`locale` set in advance on an inline one, so Zendesk never makes a per-locale copy
   * and rewrites a body), associated by `bulkAttach` right after. Not idempotent, never retried.
   */
  async uploadUnassociated(file: UploadFile, inline: boolean, locale?: string): Promise<ZdAttachment> {
    const form = new FormData();
    form.append('inline', inline ? 'true' : 'false');
    if (locale !== undefined) form.append('locale', locale);
    form.append('file', new Blob([file.data], { type: file.contentType }), file.name);
    const res = await this.call<{ article_attachment: ZdAttachment }>('attachment', 'POST', '/api/v2/help_center/articles/attachments', {
      form,
    });
    return res.article_attachment;
  }

  /** Associates uploaded attachments with an article: at most `BULK_ATTACHMENTS` a request. Associating twice is harmless. */
  async bulkAttach(articleId: number, ids: readonly number[]): Promise<void> {
    if (ids.length > BULK_ATTACHMENTS) throw new Error(`internal: at most ${BULK_ATTACHMENTS} attachments a request (got ${ids.length})`);
    await this.call('done', 'POST', `/api/v2/help_center/articles/${articleId}/bulk_attachments`, {
      json: { attachment_ids: ids },
      idempotent: true,
    });
  }

  /** Every attachment of an article, inline and block; `urgent` when it checks whether an upload landed. */
  listAttachments(articleId: number, urgent = false): Promise<ZdAttachment[]> {
    return this.listAll(`/api/v2/help_center/articles/${articleId}/attachments`, 'article_attachments', {}, urgent);
  }

  /**
   * The bytes of an attachment, from its content_url: a Help Center URL rather than an API call,
   * fetched from the account's own host (credentials go nowhere else) with the same retries.
   */
  downloadAttachment(contentUrl: string): Promise<Uint8Array> {
    const url = new URL(contentUrl, this.http.baseUrl);
    return this.http.request<Uint8Array>('GET', `${url.pathname}${url.search}`, { binary: true });
  }

  /** Deletes an attachment; one that is gone already counts as deleted. */
  async deleteAttachment(id: number): Promise<void> {
    await goneIsDone(this.http.request('DELETE', `/api/v2/help_center/articles/attachments/${id}`));
  }
}

/** The `landed` request option for a check that returns the created thing, in the answer's own envelope. */
function wrapLanded<T>(landed: Landed<T> | undefined, envelope: (found: T) => unknown): Pick<RequestOptions, 'landed'> {
  if (!landed) return {};
  return {
    landed: async () => {
      const found = await landed();
      return found === undefined ? undefined : envelope(found);
    },
  };
}

/** A DELETE answered 404 reached its goal: what it was to remove is not there. */
async function goneIsDone(request: Promise<unknown>): Promise<void> {
  try {
    await request;
  } catch (error) {
    if (error instanceof ZendeskApiError && error.status === 404) return;
    throw error;
  }
}
