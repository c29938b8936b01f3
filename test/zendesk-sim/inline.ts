// What storing an article translation's body does to the article's attachments, as the
// reference says (https://developer.zendesk.com/api-reference/help_center/help-center-api/article_attachments/
// and .../guide_medias/):
// - a media's URL in a body "will automatically create an article attachment" for that
//   translation; the body keeps the media URL;
// - "Inline article attachments are automatically assigned a locale when they are embedded in a
//   translation body. If the same attachment is inserted in multiple translations, it will create
//   multiple article attachment records, all linked to the same file, and the references in the
//   translation bodies will be updated accordingly.";
// - "Inline article attachments that are no longer embedded in the translation get deleted.";
// - limits (support.zendesk.com/hc/en-us/articles/4408831783962, Guide product limits): 1 MB per
//   translation body, 500 attachments per article.
import { recordInvalid } from './errors.js';
import { embeddedMediaKeys, type MediaLibrary } from './media.js';
import type { AttachmentRecord } from './types.js';

/** "1MB per translation ... approximately 1,000,000 characters": counted strictly, in bytes. */
export const MAX_BODY_BYTES = 1_000_000;
export const MAX_ARTICLE_ATTACHMENTS = 500;

export interface AttachmentHost {
  readonly attachments: AttachmentRecord[];
  media(): MediaLibrary;
  newAttachment(fields: Omit<AttachmentRecord, 'id' | 'created_at' | 'updated_at'>): AttachmentRecord;
  deleteAttachment(id: number): void;
}

/** 422, as Zendesk answers a body over the limit. */
export function checkBodySize(body: unknown, locale?: string): void {
  if (typeof body === 'string' && Buffer.byteLength(body) > MAX_BODY_BYTES) {
    const size = `${Buffer.byteLength(body)} bytes${locale ? `, ${locale}` : ''}`;
    throw recordInvalid(
      { body: [{ description: `Body: is too long (${size}; the limit is 1 MB per translation)`, error: 'TooLong' }] },
      422,
    );
  }
}

/** Inline attachment ids a body points at (`/hc/article_attachments/{id}/...`). */
export function referencedAttachmentIds(html: string): number[] {
  return [...new Set([...html.matchAll(/\/hc\/article_attachments\/(\d+)\//g)].map((m) => Number(m[1])))];
}

const originOf = (a: AttachmentRecord) => a.origin_id ?? a.id;

/**
 * How many attachments the article would hold once `html` is stored as `locale`'s body: what it
 * has, less this locale's inline ones the body no longer embeds, plus the records embedding makes.
 */
export function attachmentsAfter(host: AttachmentHost, articleId: number | null, locale: string, html: string, extra = 0): number {
  const mine = articleId === null ? [] : host.attachments.filter((a) => a.article_id === articleId);
  const ids = new Set(referencedAttachmentIds(html));
  const keys = embeddedMediaKeys(html).filter((k) => host.media().byKey(k) !== undefined);
  let count = mine.filter(
    (a) => !(a.inline && a.embedded && a.locale === locale && !ids.has(a.id) && !(a.auto_media && keys.includes(a.auto_media))),
  ).length;
  count += keys.filter((k) => !mine.some((a) => a.locale === locale && a.auto_media === k)).length;
  for (const id of ids) {
    const a = mine.find((x) => x.id === id);
    if (a?.inline && a.locale !== null && a.locale !== locale && !mine.some((x) => x.locale === locale && originOf(x) === originOf(a)))
      count++;
  }
  return count + extra;
}

export function checkAttachmentCount(count: number): void {
  if (count > MAX_ARTICLE_ATTACHMENTS) {
    throw recordInvalid(
      {
        attachments: [
          { description: `Attachments: an article holds at most ${MAX_ARTICLE_ATTACHMENTS} (this would make ${count})`, error: 'TooMany' },
        ],
      },
      422,
    );
  }
}

/** Applies the embedding rules to a stored body; returns the body as Zendesk keeps it (references rewritten). */
export function embedInBody(host: AttachmentHost, articleId: number, locale: string, html: string): string {
  let body = html;
  const keys = embeddedMediaKeys(body);
  for (const key of keys) {
    const media = host.media().byKey(key);
    if (!media) continue;
    if (host.attachments.some((a) => a.article_id === articleId && a.locale === locale && a.auto_media === key)) continue;
    host.newAttachment({
      article_id: articleId,
      file_name: media.name,
      content_type: media.content_type,
      size: media.size,
      inline: true,
      locale,
      guide_media_id: media.id,
      auto_media: key,
      embedded: true,
      data: media.data,
    });
  }
  for (const id of referencedAttachmentIds(body)) {
    const a = host.attachments.find((x) => x.id === id);
    if (!a || a.article_id !== articleId || !a.inline) continue;
    if (a.locale === null || a.locale === locale) {
      a.locale = locale;
      a.embedded = true;
      continue;
    }
    const copy =
      host.attachments.find((x) => x.article_id === articleId && x.locale === locale && originOf(x) === originOf(a)) ??
      host.newAttachment({ ...withoutIds(a), locale, embedded: true, origin_id: originOf(a) });
    copy.embedded = true;
    body = body.split(`/hc/article_attachments/${a.id}/`).join(`/hc/article_attachments/${copy.id}/`);
  }
  const ids = new Set(referencedAttachmentIds(body));
  const stale = host.attachments.filter(
    (a) =>
      a.article_id === articleId &&
      a.inline &&
      a.embedded &&
      a.locale === locale &&
      !ids.has(a.id) &&
      !(a.auto_media !== undefined && keys.includes(a.auto_media)),
  );
  for (const a of stale) host.deleteAttachment(a.id);
  return body;
}

function withoutIds(a: AttachmentRecord): Omit<AttachmentRecord, 'id' | 'created_at' | 'updated_at'> {
  const { id: _id, created_at: _c, updated_at: _u, ...rest } = a;
  return rest;
}
