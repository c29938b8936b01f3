import type { Logger } from '../logger.js';
import { NEWEST_PER_PAGE, OFFSET_RECORDS_LIMIT, type ExportPage, type OffsetArticlePage, type ZendeskClient } from './client.js';
import { ZendeskApiError } from './errors.js';
import type { ZdArticle } from './types.js';

/** How a read from both ends went, for the report and the tests. */
export interface TwoEndedRead {
  articles: Map<number, ZdArticle>;
  endTime: number;
  exportPages: number;
  listPages: number;
  /**
   * `met`: the two ends met and the help center did not change meanwhile; `export`: the export
   * reached its end; `list`: the list held every article; `changed`: something changed during
   * the read (or an answer was not in the order relied on), so the export was read to its end.
   */
  outcome: 'met' | 'export' | 'list' | 'changed';
}

/** The export handed back a full page of one second: it cannot go on, so the caller lists instead. */
export class ExportStuck extends Error {}

const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/** What a list page says about the help center, to tell whether it changed while being read. */
const fingerprint = (page: OffsetArticlePage) =>
  `${page.count ?? ''}|${page.articles.map((a) => `${a.id}@${a.updated_at}@${(a.translations ?? []).map((t) => t.updated_at).join(',')}`).join(';')}`;

/**
 * Reads every article from both ends at once: the incremental export from the oldest change
 * (1,000 a page, under its own limit of 10 requests a minute) and the list sorted by change
 * time, newest first (100 a page, under the account's main limit), until they meet. Both are
 * ordered by the article's `updated_at`, so every article is in one of them: the export has
 * every article changed before its last page's `end_time`, the list every article changed after
 * its last page's oldest change, and they have met once the latter is earlier than the former.
 * Whatever a translation edit does to the article's `updated_at`, the article is read where it
 * sits in that one order, with its translations as they are, so a translation-only edit is seen
 * as well as by the export alone.
 *
 * An article changed, created or archived during the read moves in the list (an archived one
 * shifts the following pages up by one, so offset pagination would skip one). So the list's
 * first page is read again at the end: when it or the list's count differ from the start, the
 * export is read to its end instead, as if alone (the answer then holds what the export holds).
 * The export is asked not to wait for its limit while the list can still read; the list never
 * goes past the 10,000 records offset pagination allows, and then the export waits.
 */
export async function readBothEnds(
  client: ZendeskClient,
  logger: Logger,
  first: ExportPage,
  onArticle: (article: ZdArticle) => void,
  listConcurrency: number,
  /** The records offset pagination reaches (Zendesk's 10,000; smaller in tests). */
  listRecordsLimit = OFFSET_RECORDS_LIMIT,
): Promise<TwoEndedRead> {
  const seen = new Map<number, ZdArticle>();
  const exported = new Map<number, ZdArticle>();
  const take = (a: ZdArticle, fromExport: boolean) => {
    seen.set(a.id, a);
    if (fromExport) exported.set(a.id, a);
    onArticle(a);
  };
  let exportPages = 1;
  let listPages = 0;
  let exportEnd = first.end_time;
  let exportNext = first.next_page;
  /** Both answers in the order the meeting relies on; false ends the shortcut. */
  let orderly = true;
  const checkExport = (page: ExportPage, previousEnd: number) => {
    let last = previousEnd;
    for (const a of page.articles) {
      const t = seconds(a.updated_at);
      if (t < last) orderly = false;
      last = t;
    }
    if (page.articles.length && page.end_time !== last) orderly = false;
  };
  checkExport(first, 0);
  for (const a of first.articles) take(a, true);

  const maxPages = Math.floor(Math.min(listRecordsLimit, OFFSET_RECORDS_LIMIT) / NEWEST_PER_PAGE);
  /** Per list page read: its changes in order, its count, whether another page follows. */
  const listed: ({ changes: number[]; count: number | undefined; more: boolean } | undefined)[] = [];
  let firstList: OffsetArticlePage | undefined;
  let contiguous = 0;
  /** The oldest change in the list pages read without a gap; everything changed after it is read. */
  let listLow = Number.POSITIVE_INFINITY;
  let listComplete = false;
  let nextListPage = 1;
  let stuck = false;
  const met = () => stuck || !exportNext || listComplete || listLow < exportEnd || !orderly;

  const advanceList = () => {
    for (let page = listed[contiguous + 1]; page; page = listed[contiguous + 1]) {
      contiguous++;
      let previous = listLow;
      for (const t of page.changes) {
        if (t > previous) orderly = false;
        previous = t;
      }
      if (page.changes.length) listLow = previous;
      if (!page.more || page.changes.length < NEWEST_PER_PAGE) listComplete = true;
    }
  };
  /** The list's own count says where it ends: no page past it is asked for. */
  let lastPage = maxPages;
  const listWorker = async () => {
    while (!met() && nextListPage <= lastPage) {
      const number = nextListPage++;
      const page = await client.recentlyChanged(number);
      listPages++;
      if (page.count !== undefined) lastPage = Math.min(lastPage, Math.max(1, Math.ceil(page.count / NEWEST_PER_PAGE)));
      for (const a of page.articles) take(a, false);
      // Only what the checks need stays: the bodies are the caller's to keep or drop.
      if (number === 1)
        firstList = {
          articles: page.articles.map((a) => ({ ...a, body: null, translations: a.translations?.map((t) => ({ ...t, body: null })) })),
          count: page.count,
        };
      listed[number] = { changes: page.articles.map((a) => seconds(a.updated_at)), count: page.count, more: Boolean(page.next_page) };
      advanceList();
    }
  };
  const list = Promise.all(Array.from({ length: Math.max(1, listConcurrency) }, listWorker));
  let listDone = false;
  void list.then(
    () => (listDone = true),
    () => (listDone = true),
  );

  const exportPage = async (wait: boolean): Promise<boolean> => {
    if (!exportNext) return false;
    let page: ExportPage;
    try {
      page = await client.exportArticles(exportNext, !wait);
    } catch (error) {
      if (!wait && error instanceof ZendeskApiError && error.status === 429) return false;
      throw error;
    }
    exportPages++;
    const before = exportEnd;
    checkExport(page, exportEnd);
    for (const a of page.articles) take(a, true);
    const next = page.next_page ? Number(new URL(page.next_page).searchParams.get('start_time')) : undefined;
    exportEnd = page.end_time;
    exportNext = page.articles.length ? page.next_page : null;
    // A full page of one second would point at itself: the list has to cover it.
    if (next !== undefined && (!Number.isFinite(next) || next <= before)) stuck = true;
    return true;
  };
  const exportSide = async () => {
    // Without waiting while the list reads; once it can read no further, waiting is the way on.
    while (!met() && !listDone) if (!(await exportPage(false))) await list;
    await list;
    while (!met() && exportNext) await exportPage(true);
  };
  await Promise.all([exportSide(), list]);

  let outcome: TwoEndedRead['outcome'] = !exportNext && !stuck ? 'export' : listComplete ? 'list' : 'met';
  if (!orderly || (stuck && !listComplete)) outcome = 'changed';
  const start = firstList;
  if ((outcome === 'met' || outcome === 'list') && start) {
    const again = await client.recentlyChanged(1);
    listPages++;
    const counts = listed.filter((p) => p !== undefined).map((p) => p.count);
    if (fingerprint(again) !== fingerprint(start) || counts.some((c) => c !== start.count)) {
      for (const a of again.articles) take(a, false);
      outcome = 'changed';
    }
  }
  if (outcome === 'changed') {
    logger.debug('the help center changed while it was read (or answered out of order): reading the export to its end');
    while (exportNext && !stuck) await exportPage(true);
    if (stuck) throw new ExportStuck(`the incremental export returned a full page of articles changed in the same second (${exportEnd})`);
  }
  // When the export was read to its end, it alone says which articles exist (as when read
  // alone); each keeps the copy read last, the newest.
  const articles = outcome === 'met' || outcome === 'list' ? seen : new Map([...exported.keys()].map((id) => [id, seen.get(id)!]));
  const endTime = [...articles.values()].reduce((max, a) => Math.max(max, seconds(a.updated_at)), first.end_time);
  logger.debug(`articles read from both ends: ${exportPages} export pages, ${listPages} list pages (${outcome})`);
  return { articles, endTime, exportPages, listPages, outcome };
}
