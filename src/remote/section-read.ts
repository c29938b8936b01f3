import type { Logger } from '../logger.js';
import { NEWEST_PER_PAGE, OFFSET_RECORDS_LIMIT, type ExportPage, type OffsetArticlePage, type ZendeskClient } from './client.js';
import { ZendeskApiError } from './errors.js';
import { withoutBodies, type StoredArticle, type ZdArticle, type ZdSection } from './types.js';

/** How a read went, for the log and the tests. */
export interface ArticleRead {
  articles: Map<number, StoredArticle>;
  endTime: number;
  exportPages: number;
  /** Pages of the sections' lists, and the two checks of the newest changes. */
  listPages: number;
  /**
   * `export`: the export reached its end without waiting; `sections`: the export's limit was
   * reached, and the sections' lists read the rest; `changed`: something changed during the
   * read (or an answer was not in the order relied on), so the export was read to its end.
   */
  outcome: 'export' | 'sections' | 'changed';
}

/** The export handed back a full page of one second: it cannot go on, so the caller lists instead. */
export class ExportStuck extends Error {}

const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/** What the newest changes say about the help center, to tell whether it changed while being read. */
const fingerprint = (page: OffsetArticlePage) =>
  `${page.count ?? ''}|${page.articles.map((a) => `${a.id}@${a.updated_at}@${(a.translations ?? []).map((t) => t.updated_at).join(',')}`).join(';')}`;

/** The export's side: pages from the oldest change, each checked for the order the sections rely on. */
class ExportSide {
  pages = 1;
  end: number;
  next: string | null;
  orderly = true;
  stuck = false;
  readonly articles = new Map<number, StoredArticle>();

  constructor(
    private readonly client: ZendeskClient,
    first: ExportPage,
    private readonly take: (a: ZdArticle, stored: StoredArticle) => void,
  ) {
    this.end = first.end_time;
    this.next = first.articles.length ? first.next_page : null;
    this.check(first, 0);
    this.keep(first);
  }

  private check(page: ExportPage, previousEnd: number): void {
    let last = previousEnd;
    for (const a of page.articles) {
      const t = seconds(a.updated_at);
      if (t < last) this.orderly = false;
      last = t;
    }
    if (page.articles.length && page.end_time !== last) this.orderly = false;
  }

  private keep(page: ExportPage): void {
    for (const a of page.articles) {
      // One bodiless copy, shared by both maps: 40,000 articles are not copied twice.
      const stored = withoutBodies(a);
      this.articles.set(a.id, stored);
      this.take(a, stored);
    }
  }

  /** One more page; false when there is none, or (`wait` false) when the export's limit is reached. */
  async read(wait: boolean): Promise<boolean> {
    if (!this.next || this.stuck) return false;
    let page: ExportPage;
    try {
      page = await this.client.exportArticles(this.next, !wait);
    } catch (error) {
      if (!wait && error instanceof ZendeskApiError && error.status === 429) return false;
      throw error;
    }
    this.pages++;
    const before = this.end;
    this.check(page, before);
    this.keep(page);
    const next = page.next_page ? Number(new URL(page.next_page).searchParams.get('start_time')) : undefined;
    this.end = page.end_time;
    this.next = page.articles.length ? page.next_page : null;
    // A full page of one second would point at itself: the sections have to cover it.
    if (next !== undefined && (!Number.isFinite(next) || next <= before)) this.stuck = true;
    return true;
  }
}

/**
 * Reads every article: the incremental export from the oldest change, 1,000 a page, as long as
 * its own limit (10 requests a minute) lets it go on without waiting; then, when articles are
 * left, the rest from the sections' lists, newest change first (a section holds at most 5,000
 * articles, within offset pagination's 10,000 records), every section at once under the
 * account's main limit. Each section is read until its page reaches changes older than the
 * export's `end_time`: the export holds every article changed before it, so every article is in
 * one of the two, with its translations as they were when it was read (an edit to one
 * translation is seen as well as by the export alone).
 *
 * An article changed, created, moved or archived during the read moves in the lists (an
 * archived one shifts the next pages up by one, so offset pagination would skip one). Any of
 * these puts an article at the top of the help center's newest changes, or changes their count,
 * so those are read before the sections and again after: when they differ, the export is read
 * to its end instead, as if alone (the answer then holds what the export holds).
 */
export async function readArticles(
  client: ZendeskClient,
  logger: Logger,
  first: ExportPage,
  onArticle: (article: ZdArticle, stored: StoredArticle) => void,
  sections: () => Promise<readonly ZdSection[]>,
): Promise<ArticleRead> {
  const seen = new Map<number, StoredArticle>();
  const take = (a: ZdArticle, stored: StoredArticle = withoutBodies(a)) => {
    seen.set(a.id, stored);
    onArticle(a, stored);
  };
  const exp = new ExportSide(client, first, take);
  while (await exp.read(false));
  let listPages = 0;
  let outcome: ArticleRead['outcome'] = 'export';
  if (exp.next || exp.stuck) {
    const read = await readSections(client, await sections(), exp.end, take);
    listPages = read.pages;
    outcome = read.consistent && exp.orderly ? 'sections' : 'changed';
  }
  if (outcome === 'changed') {
    logger.debug('the help center changed while it was read (or answered out of order): reading the export to its end');
    while (await exp.read(true));
    if (exp.stuck) throw new ExportStuck(`the incremental export returned a full page of articles changed in the same second (${exp.end})`);
  }
  // When the export was read to its end, it alone says which articles exist (as when read
  // alone); each keeps the copy read last, the newest.
  const articles = outcome === 'changed' ? new Map([...exp.articles.keys()].map((id) => [id, seen.get(id)!])) : seen;
  const endTime = [...articles.values()].reduce((max, a) => Math.max(max, seconds(a.updated_at)), first.end_time);
  logger.debug(`articles read: ${exp.pages} export pages, ${listPages} list pages (${outcome})`);
  return { articles, endTime, exportPages: exp.pages, listPages, outcome };
}

/**
 * Every section's articles changed at or after `from`, newest first, all sections at once (the
 * transport bounds the requests in flight), between two reads of the help center's newest
 * changes. `consistent` is false when those differ, a section's count changed between its pages,
 * or a list was not in the order relied on.
 */
async function readSections(
  client: ZendeskClient,
  sections: readonly ZdSection[],
  from: number,
  take: (a: ZdArticle) => void,
): Promise<{ pages: number; consistent: boolean }> {
  let pages = 0;
  let consistent = true;
  const newest = async () => {
    const page = await client.recentlyChanged(1);
    pages++;
    // Only what the check needs stays: the bodies are not kept.
    return fingerprint(page);
  };
  const before = await newest();
  const readSection = async (section: ZdSection) => {
    let count: number | undefined;
    let previous = Number.POSITIVE_INFINITY;
    for (let number = 1; ; number++) {
      if (number * NEWEST_PER_PAGE > OFFSET_RECORDS_LIMIT) {
        // More than a section may hold (5,000): the export has to read the rest.
        consistent = false;
        return;
      }
      const page = await client.sectionArticlesByChange(section.id, number);
      pages++;
      count ??= page.count;
      if (page.count !== count) consistent = false;
      for (const a of page.articles) {
        const t = seconds(a.updated_at);
        if (t > previous) consistent = false;
        previous = t;
        take(a);
      }
      if (!page.next_page || page.articles.length < NEWEST_PER_PAGE || previous < from) return;
    }
  };
  await Promise.all(sections.map(readSection));
  if ((await newest()) !== before) consistent = false;
  return { pages, consistent };
}
