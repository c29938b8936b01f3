import type { ZendeskClient } from '../remote/client.js';
import type { MediaClient } from './media-upload.js';

export type OutcomeStatus = 'created' | 'updated' | 'unchanged' | 'archived' | 'skipped' | 'failed';

export interface Outcome {
  key: string;
  status: OutcomeStatus;
  articleId: number | undefined;
  htmlUrl: string | undefined;
  /** The server's message when something failed. */
  error?: string;
  /** Write requests made for this article. */
  requests: number;
  /** Per locale, the content hash of the body this run wrote (for the state record). */
  published?: Record<string, string>;
  /** The section a created article went into (one made in this run included). */
  sectionId?: number;
  /** The run was asked to stop before this article's writes were all made (`requests` says whether any were). */
  interrupted?: boolean;
}

export interface ApplyOptions {
  /**
   * Articles written at once (default 8; the pipeline uses twice the requests in flight, so
   * there is always an article with a request ready). Each article is finished before another
   * starts in its place, so a run that dies leaves at most this many half-written, not every
   * article created and none completed.
   */
  articlesAtOnce?: number;
  /** Sections created before the articles (see apply/structure.ts), by their change's key. */
  sections?: ReadonlyMap<string, number>;
  /**
   * Stop (Ctrl-C, the runner's cancel, a lost lease): no article starts after it, and an
   * article under way sends no further request (a request in flight still gets its answer).
   */
  stop?: AbortSignal;
  /** How to wait between looks for a media whose create lost its answer; a timer otherwise. */
  sleep?: (ms: number) => Promise<void>;
  /** Media made before the articles (see apply/media-upload.ts): URL by content hash, and why a file could not be made. */
  media?: { urls: ReadonlyMap<string, string>; failed: ReadonlyMap<string, string> };
  /** Content tags created before the articles (see apply/content-tags.ts): id by lower-cased name. */
  contentTags?: ReadonlyMap<string, string>;
  /** Creates or updates a redirect rule (see remote/article-extras.ts); needed by plans with `redirect_from`. */
  redirect?: (rule: { from: string; to: string; status: number }) => Promise<void>;
}

/** The requests apply makes; the Zendesk client, or a recording double in unit tests. */
export type ApplyClient = Pick<
  ZendeskClient,
  | 'createArticle'
  | 'newestArticles'
  | 'updateArticle'
  | 'createTranslation'
  | 'getTranslation'
  | 'updateTranslation'
  | 'uploadUnassociated'
  | 'bulkAttach'
  | 'listAttachments'
  | 'deleteAttachment'
  | 'archiveArticle'
  | 'setSourceLocale'
> &
  MediaClient &
  Pick<ZendeskClient, 'uploaded'>;
