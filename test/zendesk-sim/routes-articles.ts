// Articles, translations and the incremental export.
import { isGuideManager } from './auth.js';
import { badRequest, forbidden, notFound } from './errors.js';
import { paginate } from './pagination.js';
import type { Answer, Ctx, RouteDef } from './router.js';
import type { Store } from './store.js';
import type { ArticleRecord, SourceType, TranslationRecord } from './types.js';
import { isRecord, type Json } from './util.js';
import { articleView, categoryView, sectionView, translationView, userView } from './views.js';

export function isStaff(ctx: Ctx): boolean {
  const role = ctx.identity.user?.role;
  return role === 'admin' || role === 'agent';
}

/** What anonymous users and end users may see: published and visible to everyone. */
export function canSee(ctx: Ctx, a: ArticleRecord, locale?: string): boolean {
  if (a.archived) return false;
  if (isStaff(ctx)) return true;
  const t = ctx.store.translationOf('article', a.id, locale ?? a.source_locale);
  return t !== undefined && !t.draft && a.user_segment_id === null;
}

export function includes(ctx: Ctx): Set<string> {
  return new Set(
    (ctx.query.get('include') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  );
}

function id(ctx: Ctx, name = 'id'): number {
  return Number(ctx.params[name]);
}

/** Sideloads (users/sections/categories) for the given articles, as top-level arrays. */
function sideloads(ctx: Ctx, articles: ArticleRecord[], include: Set<string>): Json {
  const store = ctx.store;
  const out: Json = {};
  if (include.has('users')) {
    const ids = [...new Set(articles.map((a) => a.author_id))];
    out['users'] = store.users.filter((u) => ids.includes(u.id)).map((u) => userView(store, u));
  }
  const sectionIds = [...new Set(articles.map((a) => a.section_id))];
  if (include.has('sections')) {
    out['sections'] = store.sections.filter((s) => sectionIds.includes(s.id)).map((s) => sectionView(store, s, ctx.locale));
  }
  if (include.has('categories')) {
    const categoryIds = new Set(store.sections.filter((s) => sectionIds.includes(s.id)).map((s) => s.category_id));
    out['categories'] = store.categories.filter((c) => categoryIds.has(c.id)).map((c) => categoryView(store, c, ctx.locale));
  }
  return out;
}

function displayTitle(store: Store, a: ArticleRecord, locale?: string): string {
  return (store.translationOf('article', a.id, locale ?? a.source_locale) ?? store.sourceTranslation(a)).title;
}

function sortSpec(ctx: Ctx): { sortBy: string; sortOrder: string; compare: (x: ArticleRecord, y: ArticleRecord) => number } {
  const requested = ctx.query.get('sort_by') ?? 'position';
  const sortBy = ['position', 'title', 'created_at', 'updated_at'].includes(requested) ? requested : 'position';
  const defaultOrder = sortBy === 'position' || sortBy === 'title' ? 'asc' : 'desc';
  const requestedOrder = ctx.query.get('sort_order');
  const sortOrder = requestedOrder === 'asc' || requestedOrder === 'desc' ? requestedOrder : defaultOrder;
  const dir = sortOrder === 'asc' ? 1 : -1;
  const key = (a: ArticleRecord): number | string =>
    sortBy === 'title' ? displayTitle(ctx.store, a, ctx.locale).toLowerCase() : a[sortBy as 'position' | 'created_at' | 'updated_at'];
  const compare = (x: ArticleRecord, y: ArticleRecord) => {
    const kx = key(x);
    const ky = key(y);
    if (kx < ky) return -dir;
    if (kx > ky) return dir;
    return (x.id - y.id) * dir;
  };
  return { sortBy, sortOrder, compare };
}

/**
 * A list of articles, served as a database would from an index: the scope's live articles in
 * the order asked for are sorted once and kept until an article changes, so a page costs its
 * own articles, not a scan and a sort of the whole help center.
 */
function listArticles(ctx: Ctx, scope: string, base: () => ArticleRecord[]): Answer {
  const store = ctx.store;
  const { sortBy, sortOrder, compare } = sortSpec(ctx);
  const locale = ctx.locale;
  let list = store.ordered(`${scope}|${sortBy}|${sortOrder}|${locale ?? ''}`, () =>
    (locale === undefined ? [...base()] : base().filter((a) => store.translationOf('article', a.id, locale) !== undefined)).sort(compare),
  );
  if (!isStaff(ctx)) list = list.filter((a) => canSee(ctx, a, locale));
  const labels = ctx.query.get('label_names');
  if (labels !== null && labels !== '') {
    const wanted = labels
      .split(',')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    if (wanted.length > 10) throw badRequest('InvalidParameter', 'label_names: at most 10 labels');
    // AND, case-sensitive: an article must carry every requested label.
    list = list.filter((a) => wanted.every((l) => a.label_names.includes(l)));
  }
  const page = paginate(list, ctx.query, ctx.publicUrl, ctx.options.offsetRecordsLimit);
  const include = includes(ctx);
  return {
    status: 200,
    json: {
      articles: page.items.map((a) => articleView(store, a, ctx.locale, include.has('translations'))),
      ...sideloads(ctx, page.items, include),
      ...page.meta,
      sort_by: sortBy,
      sort_order: sortOrder,
    },
  };
}

function visibleArticle(ctx: Ctx): ArticleRecord {
  const a = ctx.store.article(id(ctx));
  if (ctx.locale !== undefined && !ctx.store.translationOf('article', a.id, ctx.locale)) throw notFound();
  if (!canSee(ctx, a, ctx.locale)) throw notFound();
  return a;
}

function articleEnvelope(body: unknown): Json {
  if (!isRecord(body) || !isRecord(body['article'])) throw badRequest('InvalidParameter', 'The "article" object is missing');
  return body['article'];
}

function translationEnvelope(body: unknown): unknown {
  if (!isRecord(body) || !isRecord(body['translation'])) {
    throw badRequest('InvalidParameter', 'The "translation" object is missing');
  }
  return body['translation'];
}

// ---- translations, generic over articles/sections/categories ----

function requireVisibleSource(ctx: Ctx, type: SourceType): number {
  const sourceId = id(ctx);
  if (type === 'article') {
    const a = ctx.store.article(sourceId);
    if (!canSee(ctx, a)) throw notFound();
  } else if (type === 'section') ctx.store.section(sourceId);
  else ctx.store.category(sourceId);
  return sourceId;
}

function visibleTranslations(ctx: Ctx, type: SourceType, sourceId: number): TranslationRecord[] {
  const all = ctx.store.translationsOf(type, sourceId);
  return isStaff(ctx) ? all : all.filter((t) => !t.draft);
}

function translationRoutes(type: SourceType): RouteDef[] {
  const base = `/api/v2/help_center/${type === 'article' ? 'articles' : type === 'section' ? 'sections' : 'categories'}/:id/translations`;
  return [
    {
      method: 'GET',
      pattern: base,
      access: 'public',
      handler: (ctx) => {
        const sourceId = requireVisibleSource(ctx, type);
        let list = visibleTranslations(ctx, type, sourceId);
        const locales = ctx.query.get('locales');
        if (locales) {
          const wanted = locales.split(',');
          list = list.filter((t) => wanted.includes(t.locale));
        }
        const page = paginate(list, ctx.query, ctx.publicUrl, ctx.options.offsetRecordsLimit);
        return { status: 200, json: { translations: page.items.map((t) => translationView(ctx.store, t)), ...page.meta } };
      },
    },
    {
      method: 'GET',
      pattern: `${base}/missing`,
      access: 'agent',
      handler: (ctx) => ({ status: 200, json: { locales: ctx.store.missingLocales(type, id(ctx)) } }),
    },
    {
      method: 'GET',
      pattern: `${base}/:locale`,
      access: 'public',
      handler: (ctx) => {
        const sourceId = requireVisibleSource(ctx, type);
        const t = visibleTranslations(ctx, type, sourceId).find((x) => x.locale === ctx.params['locale']);
        if (!t) throw notFound();
        return { status: 200, json: { translation: translationView(ctx.store, t) } };
      },
    },
    {
      method: 'POST',
      pattern: base,
      access: type === 'article' ? 'write' : 'manage',
      handler: (ctx) => {
        const t = ctx.store.createTranslation(type, id(ctx), translationEnvelope(ctx.body), actor(ctx));
        return { status: 201, json: { translation: translationView(ctx.store, t) } };
      },
    },
    {
      method: 'PUT',
      pattern: `${base}/:locale`,
      access: type === 'article' ? 'write' : 'manage',
      handler: (ctx) => {
        const t = ctx.store.updateTranslation(type, id(ctx), ctx.params['locale'] ?? '', translationEnvelope(ctx.body), actor(ctx));
        return { status: 200, json: { translation: translationView(ctx.store, t) } };
      },
    },
  ];
}

export function actor(ctx: Ctx): number {
  return ctx.identity.user?.id ?? 0;
}

function incrementalExport(ctx: Ctx): Answer {
  const raw = ctx.query.get('start_time');
  if (raw === null || !/^\d+$/.test(raw)) {
    throw badRequest('InvalidValue', 'start_time is required and must be a Unix epoch time in seconds');
  }
  const start = Number(raw);
  const store = ctx.store;
  const size = Math.max(1, ctx.options.exportPageSize);
  // The live articles by change time, from an index; the first changed at or after start_time by binary search.
  const byChange = store.ordered('export', () =>
    store
      .liveIn()
      .slice()
      .sort((x, y) => x.updated_at - y.updated_at || x.id - y.id),
  );
  let low = 0;
  for (let high = byChange.length; low < high;) {
    const mid = (low + high) >>> 1;
    if (byChange[mid]!.updated_at < start) low = mid + 1;
    else high = mid;
  }
  const items = byChange.slice(low, low + size);
  const last = items[items.length - 1];
  const endTime = last ? last.updated_at : start;
  const full = items.length === size;
  // Faithful to Zendesk: a full page whose items share one timestamp points at the same
  // start_time again. Clients must detect that loop; the simulator must not "fix" it.
  let nextPage: string | null = null;
  if (full) {
    const next = new URL(ctx.publicUrl.href);
    next.searchParams.set('start_time', String(endTime));
    nextPage = next.href;
  }
  const include = includes(ctx);
  return {
    status: 200,
    json: {
      articles: items.map((a) => articleView(store, a, undefined, include.has('translations'))),
      ...sideloads(ctx, items, include),
      count: items.length,
      end_time: endTime,
      next_page: nextPage,
    },
  };
}

export const articleRoutes: RouteDef[] = [
  {
    method: 'GET',
    pattern: '/api/v2/help_center/incremental/articles',
    access: 'agent',
    incremental: true,
    handler: incrementalExport,
  },
  {
    method: 'GET',
    pattern: '/api/v2/help_center/articles',
    access: 'public',
    localized: true,
    handler: (ctx) => listArticles(ctx, 'all', () => ctx.store.liveIn()),
  },
  {
    method: 'GET',
    pattern: '/api/v2/help_center/sections/:id/articles',
    access: 'public',
    localized: true,
    handler: (ctx) => {
      const s = ctx.store.section(id(ctx));
      return listArticles(ctx, `section:${s.id}`, () => ctx.store.liveIn(s.id));
    },
  },
  {
    method: 'GET',
    pattern: '/api/v2/help_center/categories/:id/articles',
    access: 'public',
    localized: true,
    handler: (ctx) => {
      const c = ctx.store.category(id(ctx));
      const sectionIds = new Set(ctx.store.sections.filter((s) => s.category_id === c.id).map((s) => s.id));
      return listArticles(ctx, `category:${c.id}:${[...sectionIds].join(',')}`, () =>
        ctx.store.liveIn().filter((a) => sectionIds.has(a.section_id)),
      );
    },
  },
  {
    method: 'GET',
    pattern: '/api/v2/help_center/articles/:id',
    access: 'public',
    localized: true,
    handler: (ctx) => {
      const a = visibleArticle(ctx);
      const include = includes(ctx);
      return {
        status: 200,
        json: { article: articleView(ctx.store, a, ctx.locale, include.has('translations')), ...sideloads(ctx, [a], include) },
      };
    },
  },
  {
    method: 'POST',
    pattern: '/api/v2/help_center/sections/:id/articles',
    access: 'write',
    localized: true,
    handler: (ctx) => {
      const a = ctx.store.createArticle(id(ctx), articleEnvelope(ctx.body), actor(ctx), ctx.locale);
      return { status: 201, json: { article: articleView(ctx.store, a) } };
    },
  },
  {
    method: 'PUT',
    pattern: '/api/v2/help_center/articles/:id',
    access: 'write',
    localized: true,
    handler: (ctx) => {
      const a = ctx.store.updateArticleMetadata(id(ctx), articleEnvelope(ctx.body));
      return { status: 200, json: { article: articleView(ctx.store, a, ctx.locale) } };
    },
  },
  {
    method: 'DELETE',
    pattern: '/api/v2/help_center/articles/:id',
    access: 'write',
    localized: true,
    handler: (ctx) => {
      ctx.store.archiveArticle(id(ctx));
      return { status: 204 };
    },
  },
  {
    method: 'PUT',
    pattern: '/api/v2/help_center/articles/:id/source_locale',
    access: 'write',
    localized: true,
    handler: (ctx) => {
      const locale = isRecord(ctx.body) ? ctx.body['article_locale'] : undefined;
      ctx.store.setSourceLocale(id(ctx), locale);
      // Zendesk documents this answer as a bare JSON string.
      return { status: 200, json: 'OK' };
    },
  },
  ...translationRoutes('article'),
  ...translationRoutes('section'),
  ...translationRoutes('category'),
  {
    method: 'DELETE',
    pattern: '/api/v2/help_center/translations/:id',
    access: 'write',
    handler: (ctx) => {
      // A section's or category's translation is Guide managers' to delete, like its other writes.
      const t = ctx.store.translations.find((x) => x.id === id(ctx));
      if (t && t.source_type !== 'article' && !isGuideManager(ctx.identity.user)) throw forbidden();
      ctx.store.deleteTranslation(id(ctx));
      return { status: 204 };
    },
  },
];
