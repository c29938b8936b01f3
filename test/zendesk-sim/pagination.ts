// Offset and cursor pagination, shaped like Zendesk's.
// - Offset (`page`, `per_page`): per_page defaults to 30 and is clamped to 1..100 (Zendesk
//   clamps silently); the answer carries next_page/previous_page as full URLs that keep every
//   other query parameter, plus count, page, page_count, per_page. A page that reaches past
//   the first 10,000 records (`offsetRecordsLimit`) is a 400, as Zendesk documents since 2024
//   ("New limits for offset-based pagination"); next_page still links to it, as the list knows
//   nothing of the limit.
// - Cursor (`page[size]`, `page[after]`, `page[before]`): page[size] over 100 is a 400, like
//   Zendesk. Cursors are opaque base64url strings; here they encode a position in the sorted
//   list (real cursors encode sort keys, so they survive inserts better: do not rely on that).
import { badRequest } from './errors.js';
import type { Json } from './util.js';

export const MAX_PER_PAGE = 100;
const DEFAULT_PER_PAGE = 30;

export interface Paged<T> {
  items: T[];
  /** fields to merge into the answer next to the items */
  meta: Json;
}

function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

function decodeCursor(cursor: string): number {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'o' in parsed) {
      const o = parsed.o;
      if (typeof o === 'number' && Number.isInteger(o) && o >= 0) return o;
    }
  } catch {
    // fall through to the error below
  }
  throw badRequest('InvalidPaginationParameter', 'Invalid cursor');
}

function withParams(publicUrl: URL, set: Record<string, string>, drop: string[] = []): string {
  const url = new URL(publicUrl.href);
  for (const key of drop) url.searchParams.delete(key);
  for (const [key, value] of Object.entries(set)) url.searchParams.set(key, value);
  // Keep brackets readable (Zendesk answers page[after]=..., not page%5Bafter%5D=...).
  return url.href.replace(/%5B/g, '[').replace(/%5D/g, ']');
}

export function isCursorRequest(query: URLSearchParams): boolean {
  return query.has('page[size]') || query.has('page[after]') || query.has('page[before]');
}

/** `publicUrl` is the request URL as the client sent it (used to build next/prev links). */
export function paginate<T>(all: T[], query: URLSearchParams, publicUrl: URL, offsetRecordsLimit = 10_000): Paged<T> {
  if (isCursorRequest(query)) return cursorPage(all, query, publicUrl);
  return offsetPage(all, query, publicUrl, offsetRecordsLimit);
}

function offsetPage<T>(all: T[], query: URLSearchParams, publicUrl: URL, recordsLimit: number): Paged<T> {
  const rawPer = Number.parseInt(query.get('per_page') ?? '', 10);
  const perPage = Number.isNaN(rawPer) ? DEFAULT_PER_PAGE : Math.min(MAX_PER_PAGE, Math.max(1, rawPer));
  const rawPage = Number.parseInt(query.get('page') ?? '', 10);
  const page = Number.isNaN(rawPage) || rawPage < 1 ? 1 : rawPage;
  const start = (page - 1) * perPage;
  if (recordsLimit > 0 && start + perPage > recordsLimit) {
    throw badRequest(
      'InvalidPaginationParameter',
      `Offset pagination is limited to the first ${recordsLimit} records; use cursor pagination (page[size]) to go further`,
    );
  }
  const items = all.slice(start, start + perPage);
  const count = all.length;
  const pageCount = Math.ceil(count / perPage);
  return {
    items,
    meta: {
      next_page: start + perPage < count ? withParams(publicUrl, { page: String(page + 1), per_page: String(perPage) }) : null,
      previous_page: page > 1 ? withParams(publicUrl, { page: String(page - 1), per_page: String(perPage) }) : null,
      count,
      page,
      page_count: pageCount,
      per_page: perPage,
    },
  };
}

function cursorPage<T>(all: T[], query: URLSearchParams, publicUrl: URL): Paged<T> {
  const sizeText = query.get('page[size]');
  let size = DEFAULT_PER_PAGE;
  if (sizeText !== null) {
    size = Number(sizeText);
    if (!Number.isInteger(size) || size < 1) throw badRequest('InvalidPaginationParameter', 'page[size] must be a positive integer');
    if (size > MAX_PER_PAGE) {
      throw badRequest('InvalidPaginationParameter', `page[size] is ${size}; the maximum page size is ${MAX_PER_PAGE}`);
    }
  }
  let start = 0;
  const after = query.get('page[after]');
  const before = query.get('page[before]');
  if (after !== null && after !== '') start = decodeCursor(after);
  else if (before !== null && before !== '') start = Math.max(0, decodeCursor(before) - size);
  const end = before !== null && before !== '' && after === null ? Math.min(decodeCursor(before), start + size) : start + size;
  const items = all.slice(start, end);
  const hasMore = start + items.length < all.length;
  const afterCursor = items.length > 0 ? encodeCursor(start + items.length) : null;
  const beforeCursor = items.length > 0 ? encodeCursor(start) : null;
  const drop = ['page[after]', 'page[before]', 'page', 'per_page'];
  return {
    items,
    meta: {
      meta: { has_more: hasMore, after_cursor: afterCursor, before_cursor: beforeCursor },
      links: {
        next: hasMore && afterCursor ? withParams(publicUrl, { 'page[size]': String(size), 'page[after]': afterCursor }, drop) : null,
        prev: start > 0 && beforeCursor ? withParams(publicUrl, { 'page[size]': String(size), 'page[before]': beforeCursor }, drop) : null,
      },
    },
  };
}
