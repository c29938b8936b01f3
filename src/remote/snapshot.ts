import type { Logger } from '../logger.js';
import type { ZendeskClient } from './client.js';
import { ZendeskApiError } from './errors.js';
import { ExportStuck, readArticles } from './section-read.js';
import {
  withoutBodies,
  type StoredArticle,
  type ZdArticle,
  type ZdCategory,
  type ZdContentTag,
  type ZdPermissionGroup,
  type ZdRedirectRule,
  type ZdSection,
  type ZdUser,
  type ZdUserSegment,
} from './types.js';

/** What is in the help center now: one consistent picture for the planner. */
/** What a run read of the help center. `A`: how an article is kept (bodies only in a test's hand-made snapshot). */
export interface RemoteSnapshot<A extends StoredArticle = StoredArticle> {
  locales: string[];
  defaultLocale: string;
  categories: ZdCategory[];
  sections: ZdSection[];
  permissionGroups: ZdPermissionGroup[];
  userSegments: ZdUserSegment[];
  /**
   * Lists these credentials may not read, with why: permission groups and user segments are for
   * Help Center managers, a plain agent gets 403. Their names cannot be resolved; ids still work.
   */
  unreadable?: { permissionGroups?: string; userSegments?: string };
  /** Every live (not archived) article, translations embedded, by id. */
  articles: Map<number, A>;
  /** How the articles were fetched, for the report. */
  articlesVia: 'incremental-export' | 'list' | 'export and sections';
  /** Read only when some file needs them (see remote/extras-fetch.ts). */
  extras?: ArticleExtras;
}

/** The records behind content tags, authors and redirects, read only when some file names them. */
export interface ArticleExtras {
  /** Every content tag of the account, when some file names content tags. */
  contentTags?: ZdContentTag[];
  /** The users the files name as authors (by email or id), and agents to suggest for an unknown one. */
  users?: ZdUser[];
  /** Agents and admins, for "did you mean" when an author is unknown or not staff. */
  staff?: ZdUser[];
  /** Redirect rules under /hc/, when some file has `redirect_from`. */
  redirectRules?: ZdRedirectRule[];
  /** Why the redirect rules could not be read (a 403 without Guide admin rights). */
  redirectRulesError?: string;
}

/**
 * Reads all articles through the incremental export from time 0: up to 1,000 a page with
 * translations embedded, so a help center of thousands of articles costs a few requests. Items
 * that repeat at page boundaries are de-duplicated by id. A full page whose items share one
 * timestamp would hand back the same start_time forever, so that case (and an account that may
 * not use the export) falls back to the paginated list.
 */
export async function fetchArticles(
  client: ZendeskClient,
  logger: Logger,
  /**
   * Called for each article as its page arrives (a repeat at a page boundary comes again), with
   * the bodiless copy the snapshot keeps: whoever keeps the article too keeps that one.
   */
  onArticle: OnArticle = () => undefined,
  /**
   * `startTime`: only articles changed at or after it (the import's `--since`); `onPage`: called
   * after each page's articles with its `end_time`, where a later export can start;
   * `sections`: when the export would wait for its limit, read the rest from these sections'
   * lists instead (see `readArticles`). Not with `startTime` or `onPage`, which need the
   * export's order.
   */
  from: { startTime?: number; onPage?: (endTime: number) => void; sections?: () => Promise<readonly ZdSection[]> } = {},
): Promise<Pick<RemoteSnapshot, 'articles' | 'articlesVia'> & { endTime: number }> {
  const articles = new Map<number, StoredArticle>();
  let startTime = from.startTime ?? 0;
  const since = startTime;
  let page;
  try {
    page = await client.exportArticles(startTime);
  } catch (error) {
    if (error instanceof ZendeskApiError && (error.status === 403 || error.status === 404)) {
      logger.warning(
        `the incremental article export is not available to these credentials (${error.status}); listing articles page by page instead`,
      );
      return { ...(await listFallback(client, onArticle, since, from.onPage)), articlesVia: 'list' };
    }
    throw error;
  }
  const firstNext = page.next_page ? Number(new URL(page.next_page).searchParams.get('start_time')) : undefined;
  if (from.sections && since === 0 && !from.onPage && firstNext !== undefined && firstNext > 0 && page.articles.length > 0) {
    try {
      const read = await readArticles(client, logger, page, onArticle, from.sections);
      return { articles: read.articles, articlesVia: read.listPages ? 'export and sections' : 'incremental-export', endTime: read.endTime };
    } catch (error) {
      if (!(error instanceof ExportStuck)) throw error;
      logger.warning(`${error.message}; listing articles page by page instead`);
      return { ...(await listFallback(client, onArticle, since, from.onPage)), articlesVia: 'list' };
    }
  }
  for (;;) {
    for (const a of page.articles) {
      const stored = withoutBodies(a);
      articles.set(a.id, stored);
      onArticle(a, stored);
    }
    from.onPage?.(page.end_time);
    if (!page.next_page || page.articles.length === 0) break;
    const next = Number(new URL(page.next_page).searchParams.get('start_time'));
    if (!Number.isFinite(next) || next <= startTime) {
      logger.warning(
        `the incremental export returned a full page of articles changed in the same second (${startTime}); listing articles page by page instead`,
      );
      return { ...(await listFallback(client, onArticle, since, from.onPage)), articlesVia: 'list' };
    }
    startTime = next;
    page = await client.exportArticles(page.next_page);
  }
  return { articles, articlesVia: 'incremental-export', endTime: Math.max(page.end_time, since) };
}

/** An article with its bodies, and the copy without them that the snapshot keeps (see StoredArticle). */
export type OnArticle = (article: ZdArticle, stored: StoredArticle) => void;

/** The paginated list, kept to what changed since `since` (the export's rule), with the newest change as its end time. */
async function listFallback(
  client: ZendeskClient,
  onArticle: OnArticle,
  since: number,
  onPage: ((endTime: number) => void) | undefined,
): Promise<{ articles: Map<number, StoredArticle>; endTime: number }> {
  const changedAt = (a: ZdArticle) => Math.floor(Date.parse(a.updated_at) / 1000);
  const list = (await client.listArticles()).filter((a) => since === 0 || changedAt(a) >= since);
  const articles = new Map<number, StoredArticle>();
  for (const a of list) {
    const stored = withoutBodies(a);
    articles.set(a.id, stored);
    onArticle(a, stored);
  }
  const endTime = list.reduce((max, a) => Math.max(max, changedAt(a)), since);
  onPage?.(endTime);
  return { articles, endTime };
}

/**
 * A list only Help Center managers may read (the reference's "Allowed for: Help Center
 * managers"): a 403 is a missing right, said once, not a failed run.
 */
async function managerList<T>(request: Promise<T[]>, what: string): Promise<{ list: T[]; refused?: string }> {
  try {
    return { list: await request };
  } catch (error) {
    if (error instanceof ZendeskApiError && error.status === 403)
      return { list: [], refused: `${what} answered 403: these credentials lack the Help Center manager right (Guide admin) it needs` };
    throw error;
  }
}

/**
 * The structure lookups and the articles, fetched concurrently: one picture per run. Categories
 * are only needed to tell apart sections that share a name (`Category / Section`), so they are
 * fetched only when `needCategories` says the section names in use call for it.
 */
export async function fetchSnapshot(
  client: ZendeskClient,
  logger: Logger,
  needCategories: (sections: ZdSection[]) => boolean | Promise<boolean> = () => true,
  onArticle?: OnArticle,
  /**
   * Sections and categories as code (known once the config file is read): both lists, with
   * their translations, in the same number of requests.
   */
  structure: () => boolean | Promise<boolean> = () => false,
  /** Called with the help center's default locale as soon as it is known, long before the articles. */
  onDefaultLocale?: (locale: string) => void,
): Promise<RemoteSnapshot> {
  const withStructure = Promise.resolve(structure());
  const categoriesEarly = withStructure.then((yes) => (yes ? client.listCategories(true) : undefined));
  categoriesEarly.catch(() => undefined);
  const localesRead = client.listLocales();
  if (onDefaultLocale)
    localesRead.then(
      (l) => onDefaultLocale(l.default_locale.toLowerCase()),
      () => undefined,
    );
  const sectionsRead = withStructure.then((yes) => client.listSections(yes));
  sectionsRead.catch(() => undefined);
  const [locales, sections, groups, segments, articles] = await Promise.all([
    localesRead,
    sectionsRead,
    managerList(client.listPermissionGroups(), 'GET /api/v2/guide/permission_groups'),
    managerList(client.listUserSegments(), 'GET /api/v2/help_center/user_segments'),
    fetchArticles(client, logger, onArticle, { sections: () => sectionsRead }),
  ]);
  const early = await categoriesEarly;
  const categories = early ?? ((await needCategories(sections)) ? await client.listCategories() : []);
  const unreadable = {
    ...(groups.refused ? { permissionGroups: groups.refused } : {}),
    ...(segments.refused ? { userSegments: segments.refused } : {}),
  };
  for (const why of Object.values(unreadable)) logger.warning(`${why}: names cannot be resolved, ids in front matter still work`);
  const permissionGroups = groups.list;
  const userSegments = segments.list;
  return {
    ...(Object.keys(unreadable).length ? { unreadable } : {}),
    locales: locales.locales.map((l) => l.toLowerCase()),
    defaultLocale: locales.default_locale.toLowerCase(),
    categories,
    sections,
    permissionGroups,
    userSegments,
    ...articles,
  };
}
