import type { Logger } from '../logger.js';
import { isRecordArticle } from '../plan/state.js';
import type { ZendeskClient } from '../remote/client.js';
import { ZendeskApiError } from '../remote/errors.js';
import { fetchArticles, type RemoteSnapshot } from '../remote/snapshot.js';
import type { StoredArticle, ZdArticle } from '../remote/types.js';
import type { Structure } from './layout.js';

export interface Filters {
  categories: string[];
  sections: string[];
  labels: string[];
  locales: string[];
}

export interface Fetched extends Structure {
  locales: string[];
  defaultLocale: string;
  /** In the export's order (by change time), each with the `end_time` of its page. */
  articles: { article: StoredArticle; pageEnd: number }[];
  via: RemoteSnapshot['articlesVia'];
  endTime: number;
}

/** What an import hears while the help center is read, before the whole of it is. */
export interface FetchHooks {
  /** Each article as its page arrives, with its bodies, and the copy without them that is kept (see StoredArticle). */
  onArticle?: (article: ZdArticle, kept: StoredArticle) => void;
  /** After each export page's articles. */
  onPageEnd?: () => void;
  /** The categories and sections, as soon as they are read. */
  onStructure?: (structure: Structure) => void;
}

/** The help center from `startTime`: the structure lookups and the export (or the list, without export rights). */
export async function fetchHelpCenter(client: ZendeskClient, logger: Logger, startTime: number, hooks: FetchHooks = {}): Promise<Fetched> {
  const pages: StoredArticle[][] = [[]];
  const ends: number[] = [];
  const lookups = Promise.all([
    client.listCategories(),
    client.listSections(),
    optional(client.listPermissionGroups(), 'permission groups', logger),
    optional(client.listUserSegments(), 'user segments', logger),
  ]).then(([categories, sections, permissionGroups, userSegments]) => {
    const structure: Structure = { categories, sections, permissionGroups, userSegments };
    hooks.onStructure?.(structure);
    return structure;
  });
  const [locales, structure, exported] = await Promise.all([
    client.listLocales(),
    lookups,
    fetchArticles(
      client,
      logger,
      (a, kept) => {
        hooks.onArticle?.(a, kept);
        pages[pages.length - 1]!.push(kept);
      },
      {
        startTime,
        onPage: (end) => {
          ends.push(end);
          pages.push([]);
          hooks.onPageEnd?.();
        },
      },
    ),
  ]);
  // An article repeated at a page boundary is written once, where it last appears.
  const last = new Map<number, number>();
  pages.forEach((page, i) => page.forEach((a) => last.set(a.id, i)));
  const articles = pages.flatMap((page, i) =>
    page.filter((a) => last.get(a.id) === i && !isPublisherState(a)).map((article) => ({ article, pageEnd: ends[i] ?? exported.endTime })),
  );
  return {
    locales: locales.locales.map((l) => l.toLowerCase()),
    defaultLocale: locales.default_locale.toLowerCase(),
    ...structure,
    articles,
    via: exported.articlesVia,
    endTime: exported.endTime,
  };
}

/** A lookup these credentials may not read (an end user's): the front matter then names records by id. */
async function optional<T>(list: Promise<T[]>, what: string, logger: Logger): Promise<T[]> {
  try {
    return await list;
  } catch (error) {
    if (!(error instanceof ZendeskApiError) || error.status !== 403) throw error;
    logger.warning(`these credentials may not list ${what}: the front matter names them by id`);
    return [];
  }
}

/** The publisher's own state record (a draft article, or several) is not documentation. */
const isPublisherState = (a: StoredArticle): boolean => isRecordArticle(a);

const matches = (wanted: string, id: number, name: string | undefined) =>
  /^\d+$/.test(wanted.trim()) ? Number(wanted) === id : name?.trim().toLowerCase() === wanted.trim().toLowerCase();

/**
 * Checks that every `--category` and `--section` names something, and returns the filter:
 * filters of one kind are alternatives (any of them), kinds combine (all of them).
 */
export function articleFilter(filters: Filters, structure: Structure): (a: StoredArticle) => boolean {
  for (const c of filters.categories) {
    if (!structure.categories.some((x) => matches(c, x.id, x.name))) {
      throw new Error(
        `--category "${c}": no such category (there are ${structure.categories.map((x) => `"${x.name}"`).join(', ') || 'none'})`,
      );
    }
  }
  for (const s of filters.sections) {
    if (!structure.sections.some((x) => matches(s, x.id, x.name))) {
      throw new Error(`--section "${s}": no such section (there are ${structure.sections.map((x) => `"${x.name}"`).join(', ') || 'none'})`);
    }
  }
  const sections = new Map(structure.sections.map((s) => [s.id, s]));
  const categories = new Map(structure.categories.map((c) => [c.id, c]));
  return (a) => {
    const section = sections.get(a.section_id);
    const category = section ? categories.get(section.category_id) : undefined;
    if (filters.sections.length && !filters.sections.some((s) => matches(s, a.section_id, section?.name))) return false;
    if (filters.categories.length && !filters.categories.some((c) => matches(c, category?.id ?? -1, category?.name))) return false;
    if (filters.labels.length && !filters.labels.some((l) => (a.label_names ?? []).includes(l))) return false;
    return true;
  };
}
