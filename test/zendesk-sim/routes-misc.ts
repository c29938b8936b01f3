// Structure (categories, sections, permission groups, user segments, locales), users,
// attachments and OAuth tokens.
import { badRequest, notFound, recordInvalid } from './errors.js';
import { paginate } from './pagination.js';
import type { Answer, Ctx, RouteDef } from './router.js';
import { actor, canSee, includes } from './routes-articles.js';
import type { CategoryRecord, SectionRecord } from './types.js';
import { isRecord } from './util.js';
import { anonymousUserView, attachmentView, categoryView, permissionGroupView, sectionView, userSegmentView, userView } from './views.js';

const num = (ctx: Ctx, name = 'id'): number => Number(ctx.params[name]);

function inLocale<T extends CategoryRecord>(ctx: Ctx, type: 'section' | 'category', list: T[]): T[] {
  const locale = ctx.locale;
  if (locale === undefined) return list;
  return list.filter((c) => ctx.store.translationOf(type, c.id, locale) !== undefined);
}

function byPosition<T extends CategoryRecord>(list: T[]): T[] {
  return [...list].sort((a, b) => a.position - b.position || a.id - b.id);
}

function listSections(ctx: Ctx, list: SectionRecord[]): Answer {
  const page = paginate(byPosition(inLocale(ctx, 'section', list)), ctx.query, ctx.publicUrl, ctx.options.offsetRecordsLimit);
  const withT = includes(ctx).has('translations');
  return { status: 200, json: { sections: page.items.map((s) => sectionView(ctx.store, s, ctx.locale, withT)), ...page.meta } };
}

function containerBody(body: unknown, key: 'section' | 'category'): unknown {
  if (!isRecord(body) || !isRecord(body[key])) throw badRequest('InvalidParameter', `The "${key}" object is missing`);
  return body[key];
}

/** The multipart fields both attachment endpoints read: `inline`, and `locale` (inline ones only). */
function attachmentFields(ctx: Ctx): { inline: boolean; locale?: string; guideMediaId?: string } {
  const fields = isRecord(ctx.body) ? ctx.body : {};
  const text = (k: string) => (typeof fields[k] === 'string' && fields[k] !== '' ? fields[k] : undefined);
  const locale = text('locale');
  const guideMediaId = text('guide_media_id');
  return { inline: text('inline')?.toLowerCase() === 'true', ...(locale ? { locale } : {}), ...(guideMediaId ? { guideMediaId } : {}) };
}

/** Unassociated (the bulk-import path): a `file` or a `guide_media_id`. */
function unassociatedAttachment(ctx: Ctx): Answer {
  const fields = attachmentFields(ctx);
  if (!ctx.upload && fields.guideMediaId === undefined)
    throw recordInvalid({ file: [{ description: 'File: cannot be blank', error: 'BlankValue' }] });
  const file = ctx.upload ? { fileName: ctx.upload.fileName, contentType: ctx.upload.contentType, data: ctx.upload.data } : undefined;
  const record = ctx.store.createAttachment({ ...fields, ...(file && fields.guideMediaId === undefined ? { file } : {}) }, null);
  return { status: 201, json: { article_attachment: attachmentView(ctx.store, record) } };
}

/**
 * On an article: "The `guide_media_id` parameter is required", as multipart
 * (developer.zendesk.com/api-reference/help_center/help-center-api/article_attachments/). A
 * `file` is no longer how this endpoint takes a file: refused, so a client still sending one
 * fails here as it does against Zendesk.
 */
function articleAttachment(ctx: Ctx): Answer {
  if (!ctx.contentType.toLowerCase().startsWith('multipart/form-data'))
    throw badRequest('InvalidParameter', 'This endpoint takes multipart/form-data with guide_media_id');
  const fields = attachmentFields(ctx);
  if (fields.guideMediaId === undefined) throw badRequest('InvalidParameter', 'guide_media_id is required');
  if (ctx.upload) throw badRequest('InvalidParameter', 'file is not accepted here: create a Guide media and pass its guide_media_id');
  const record = ctx.store.createAttachment(fields, num(ctx));
  return { status: 201, json: { article_attachment: attachmentView(ctx.store, record) } };
}

function listAttachments(ctx: Ctx, filter: (inline: boolean) => boolean): Answer {
  const a = ctx.store.article(num(ctx));
  if (!canSee(ctx, a, ctx.locale)) throw notFound();
  const list = ctx.store.attachments.filter((x) => x.article_id === a.id && filter(x.inline));
  const page = paginate(list, ctx.query, ctx.publicUrl, ctx.options.offsetRecordsLimit);
  return { status: 200, json: { article_attachments: page.items.map((x) => attachmentView(ctx.store, x)), ...page.meta } };
}

export const miscRoutes: RouteDef[] = [
  { method: 'POST', pattern: '/oauth/tokens', access: 'none', handler: (ctx) => ({ status: 200, json: ctx.issueToken(ctx.body) }) },
  {
    method: 'GET',
    pattern: '/api/v2/users/me',
    access: 'public',
    handler: (ctx) => {
      const u = ctx.identity.user;
      return { status: 200, json: { user: u ? userView(ctx.store, u) : anonymousUserView(ctx.store) } };
    },
  },
  {
    // Support's Show Many Users: agents only, `ids` a comma-separated list of at most 100; ids
    // that name no user are left out of the answer rather than failing it.
    method: 'GET',
    pattern: '/api/v2/users/show_many',
    access: 'agent',
    handler: (ctx) => {
      const raw = ctx.query.get('ids');
      const ids = (raw ?? '').split(',').filter((x) => x !== '');
      if (!ids.length || !ids.every((x) => /^\d+$/.test(x)))
        throw badRequest('InvalidValue', 'ids must be a comma-separated list of user ids');
      if (ids.length > 100) throw badRequest('InvalidValue', `ids: at most 100 users a request (got ${ids.length})`);
      const wanted = new Set(ids.map(Number));
      return { status: 200, json: { users: ctx.store.users.filter((u) => wanted.has(u.id)).map((u) => userView(ctx.store, u)) } };
    },
  },
  {
    method: 'GET',
    pattern: '/api/v2/help_center/locales',
    access: 'public',
    handler: (ctx) => ({ status: 200, json: { locales: [...ctx.store.locales], default_locale: ctx.store.defaultLocale } }),
  },
  {
    method: 'GET',
    pattern: '/api/v2/help_center/categories',
    access: 'public',
    localized: true,
    handler: (ctx) => {
      const page = paginate(
        byPosition(inLocale(ctx, 'category', ctx.store.categories)),
        ctx.query,
        ctx.publicUrl,
        ctx.options.offsetRecordsLimit,
      );
      const withT = includes(ctx).has('translations');
      return { status: 200, json: { categories: page.items.map((c) => categoryView(ctx.store, c, ctx.locale, withT)), ...page.meta } };
    },
  },
  {
    method: 'GET',
    pattern: '/api/v2/help_center/categories/:id',
    access: 'public',
    localized: true,
    handler: (ctx) => {
      const c = ctx.store.category(num(ctx));
      if (ctx.locale !== undefined && !ctx.store.translationOf('category', c.id, ctx.locale)) throw notFound();
      return { status: 200, json: { category: categoryView(ctx.store, c, ctx.locale, includes(ctx).has('translations')) } };
    },
  },
  {
    method: 'POST',
    pattern: '/api/v2/help_center/categories',
    access: 'manage',
    localized: true,
    handler: (ctx) => {
      const c = ctx.store.createCategory(containerBody(ctx.body, 'category'), actor(ctx), ctx.locale);
      return { status: 201, json: { category: categoryView(ctx.store, c) } };
    },
  },
  {
    method: 'GET',
    pattern: '/api/v2/help_center/sections',
    access: 'public',
    localized: true,
    handler: (ctx) => listSections(ctx, ctx.store.sections),
  },
  {
    method: 'GET',
    pattern: '/api/v2/help_center/categories/:id/sections',
    access: 'public',
    localized: true,
    handler: (ctx) => {
      const c = ctx.store.category(num(ctx));
      return listSections(
        ctx,
        ctx.store.sections.filter((s) => s.category_id === c.id),
      );
    },
  },
  {
    method: 'GET',
    pattern: '/api/v2/help_center/sections/:id',
    access: 'public',
    localized: true,
    handler: (ctx) => {
      const s = ctx.store.section(num(ctx));
      if (ctx.locale !== undefined && !ctx.store.translationOf('section', s.id, ctx.locale)) throw notFound();
      return { status: 200, json: { section: sectionView(ctx.store, s, ctx.locale, includes(ctx).has('translations')) } };
    },
  },
  {
    method: 'POST',
    pattern: '/api/v2/help_center/categories/:id/sections',
    access: 'manage',
    localized: true,
    handler: (ctx) => {
      const s = ctx.store.createSection(num(ctx), containerBody(ctx.body, 'section'), actor(ctx), ctx.locale);
      return { status: 201, json: { section: sectionView(ctx.store, s) } };
    },
  },
  {
    // Section-level fields only (position, category_id): "These endpoints only update section-level
    // metadata such as the sorting position. They don't update section translations."
    method: 'PUT',
    pattern: '/api/v2/help_center/sections/:id',
    access: 'manage',
    localized: true,
    handler: (ctx) => {
      const s = ctx.store.updateContainer('section', num(ctx), containerBody(ctx.body, 'section'));
      return { status: 200, json: { section: sectionView(ctx.store, s as SectionRecord) } };
    },
  },
  {
    method: 'PUT',
    pattern: '/api/v2/help_center/categories/:id',
    access: 'manage',
    localized: true,
    handler: (ctx) => {
      const c = ctx.store.updateContainer('category', num(ctx), containerBody(ctx.body, 'category'));
      return { status: 200, json: { category: categoryView(ctx.store, c) } };
    },
  },
  {
    method: 'GET',
    // "Allowed for: Help Center managers": a plain agent gets 403 (the fact sheet's Rights).
    pattern: '/api/v2/guide/permission_groups',
    access: 'hc-manager',
    handler: (ctx) => {
      const page = paginate(ctx.store.permissionGroups, ctx.query, ctx.publicUrl, ctx.options.offsetRecordsLimit);
      return { status: 200, json: { permission_groups: page.items.map(permissionGroupView), ...page.meta } };
    },
  },
  {
    method: 'GET',
    pattern: '/api/v2/help_center/user_segments',
    access: 'hc-manager',
    handler: (ctx) => {
      const page = paginate(ctx.store.userSegments, ctx.query, ctx.publicUrl, ctx.options.offsetRecordsLimit);
      return { status: 200, json: { user_segments: page.items.map(userSegmentView), ...page.meta } };
    },
  },
  // ---- attachments ----
  {
    method: 'POST',
    pattern: '/api/v2/help_center/articles/attachments',
    access: 'write',
    handler: unassociatedAttachment,
  },
  {
    method: 'GET',
    pattern: '/api/v2/help_center/articles/attachments/:id',
    access: 'public',
    handler: (ctx) => ({ status: 200, json: { article_attachment: attachmentView(ctx.store, ctx.store.attachment(num(ctx))) } }),
  },
  {
    method: 'DELETE',
    pattern: '/api/v2/help_center/articles/attachments/:id',
    access: 'write',
    handler: (ctx) => {
      ctx.store.deleteAttachment(num(ctx));
      return { status: 204 };
    },
  },
  {
    method: 'POST',
    pattern: '/api/v2/help_center/articles/:id/attachments',
    access: 'write',
    localized: true,
    handler: articleAttachment,
  },
  {
    method: 'GET',
    pattern: '/api/v2/help_center/articles/:id/attachments',
    access: 'public',
    localized: true,
    handler: (ctx) => listAttachments(ctx, () => true),
  },
  {
    method: 'GET',
    pattern: '/api/v2/help_center/articles/:id/attachments/inline',
    access: 'public',
    localized: true,
    handler: (ctx) => listAttachments(ctx, (i) => i),
  },
  {
    method: 'GET',
    pattern: '/api/v2/help_center/articles/:id/attachments/block',
    access: 'public',
    localized: true,
    handler: (ctx) => listAttachments(ctx, (i) => !i),
  },
  {
    method: 'POST',
    pattern: '/api/v2/help_center/articles/:id/bulk_attachments',
    access: 'write',
    handler: (ctx) => {
      const ids = isRecord(ctx.body) ? ctx.body['attachment_ids'] : undefined;
      const attached = ctx.store.bulkAttach(num(ctx), ids);
      return { status: 200, json: { article_attachments: attached.map((a) => attachmentView(ctx.store, a)) } };
    },
  },
  {
    method: 'GET',
    pattern: '/hc/article_attachments/:id/:name',
    access: 'none',
    handler: (ctx) => {
      const a = ctx.store.attachment(num(ctx));
      return { status: 200, raw: { data: a.data, contentType: a.content_type } };
    },
  },
  {
    // A media's own URL, as bodies embed it: staff only ("Guide Media objects are only accessible to staff").
    method: 'GET',
    pattern: '/guide-media/:key',
    access: 'agent',
    handler: (ctx) => {
      const m = ctx.store.media().byKey(ctx.params['key']!);
      if (!m) throw notFound();
      return { status: 200, raw: { data: m.data, contentType: m.content_type } };
    },
  },
];
