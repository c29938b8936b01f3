// Guide Media routes (developer.zendesk.com/api-reference/help_center/help-center-api/guide_medias/):
// "Allowed for Agents". The media library is a plan feature: the `mediaLibrary` knob answers
// 403 or 404 on every one of them, for a plan without it.
import { forbidden, notFound } from './errors.js';
import { mediaView } from './media.js';
import { isCursorRequest, paginate } from './pagination.js';
import type { Answer, Ctx, RouteDef } from './router.js';

function available(ctx: Ctx): void {
  if (ctx.options.mediaLibrary === 'forbidden') throw forbidden();
  if (ctx.options.mediaLibrary === 'missing') throw notFound();
}

function route(method: string, pattern: string, access: RouteDef['access'], handler: (ctx: Ctx) => Answer): RouteDef {
  return {
    method,
    pattern,
    access,
    handler: (ctx) => {
      available(ctx);
      return handler(ctx);
    },
  };
}

/** Search: cursor pagination only ("Returns a paginated list"), `filter[name_prefix]`, `sort` by created, updated or name. */
function search(ctx: Ctx): Answer {
  const query = new URLSearchParams(ctx.query);
  if (!isCursorRequest(query)) query.set('page[size]', '30');
  const list = ctx.store.media().search(ctx.query.get('filter[name_prefix]') ?? '', ctx.query.get('sort') ?? 'created');
  const page = paginate(list, query, ctx.publicUrl);
  return { status: 200, json: { records: page.items.map(mediaView), ...page.meta } };
}

export const mediaRoutes: RouteDef[] = [
  route('POST', '/api/v2/guide/medias/upload_url', 'write', (ctx) => ({ status: 200, json: ctx.store.media().createUploadUrl(ctx.body) })),
  route('GET', '/api/v2/guide/medias', 'agent', search),
  route('POST', '/api/v2/guide/medias', 'write', (ctx) => ({
    status: 201,
    json: { media: mediaView(ctx.store.media().createMedia(ctx.body)) },
  })),
  route('GET', '/api/v2/guide/medias/:media', 'agent', (ctx) => ({
    status: 200,
    json: { media: mediaView(ctx.store.media().media(ctx.params['media']!)) },
  })),
  route('DELETE', '/api/v2/guide/medias/:media', 'write', (ctx) => {
    ctx.store.media().delete(ctx.params['media']!);
    return { status: 204 };
  }),
];
