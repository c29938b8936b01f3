import { z } from 'zod';
import { formatPath } from '../shared/validate.js';
import { describeRequest, RemoteError } from './errors.js';
import type { ZdArticle, ZdTranslation } from './types.js';

/**
 * The shapes of Zendesk's answers, as far as this tool reads them. Checked at the client
 * boundary so an odd answer (a proxy's HTML page, a renamed field, a string id) is one clear
 * error naming the endpoint and the field, never an `undefined` deep in the planner. Loose
 * objects: fields the tool does not read may come and go.
 */
const id = z.number().int();
const text = z.string();
const nullableText = z.string().nullable();

const translation = z.looseObject({
  id,
  locale: text,
  title: text,
  body: nullableText.optional(),
  draft: z.boolean(),
  outdated: z.boolean().optional(),
  html_url: text.optional(),
  updated_at: text,
  updated_by_id: id.nullable().optional(),
});

const article = z.looseObject({
  id,
  html_url: text,
  comments_disabled: z.boolean(),
  draft: z.boolean(),
  promoted: z.boolean(),
  position: z.number(),
  section_id: id,
  permission_group_id: id,
  user_segment_id: id.nullable(),
  user_segment_ids: z.array(id).nullable().optional(),
  label_names: z.array(text).optional(),
  content_tag_ids: z
    .array(z.union([text, id]))
    .nullable()
    .optional(),
  author_id: id.nullable().optional(),
  locale: text,
  source_locale: text,
  title: text,
  body: nullableText.optional(),
  created_at: text,
  updated_at: text,
  translations: z.array(translation).optional(),
});

const named = z.looseObject({ id, name: text });
const container = {
  id,
  name: text,
  description: nullableText.optional(),
  position: z.number().optional(),
  source_locale: text.optional(),
  translations: z.array(translation).optional(),
};
const category = z.looseObject(container);
const section = z.looseObject({ ...container, category_id: id });

const attachment = z.looseObject({
  id,
  content_url: text,
  content_type: text,
  file_name: text,
  size: z.number(),
  inline: z.boolean(),
});

const media = z.looseObject({ id: text, name: text, url: text, size: z.number().optional(), content_type: text.optional() });

const paging = {
  meta: z.looseObject({ has_more: z.boolean().optional(), after_cursor: nullableText.optional() }).optional(),
  links: z.looseObject({ next: nullableText.optional() }).optional(),
  next_page: nullableText.optional(),
};

const list = <K extends string, T extends z.ZodType>(key: K, item: T) =>
  z.looseObject({ [key]: z.array(item), ...paging } as { [P in K]: z.ZodArray<T> } & typeof paging);

const exportPage = <T extends z.ZodType>(item: T) =>
  z.looseObject({ articles: z.array(item), end_time: z.number(), next_page: nullableText, count: z.number().optional() });

/** One schema per kind of answer the client reads. */
export const RESPONSES = {
  locales: z.looseObject({ locales: z.array(text), default_locale: text }),
  sections: list('sections', section),
  categories: list('categories', category),
  category: z.looseObject({ category }),
  section: z.looseObject({ section }),
  /** `PUT .../source_locale` answers a bare JSON string. */
  done: z.unknown(),
  permission_groups: list('permission_groups', named),
  user_segments: list('user_segments', named),
  articles: list('articles', article),
  export: exportPage(article),
  article: z.looseObject({ article }),
  translation: z.looseObject({ translation }),
  attachment: z.looseObject({ article_attachment: attachment }),
  article_attachments: list('article_attachments', attachment),
  users: z.looseObject({ users: z.array(named) }),
  medias: z.looseObject({ records: z.array(media), ...paging }),
  media: z.looseObject({ media }),
  /** `headers` is a JSON-encoded string in the reference's example answer and an object in its prose. */
  upload_url: z.looseObject({
    upload_url: z.looseObject({ asset_upload_id: text, url: text, headers: z.union([text, z.record(text, text)]).optional() }),
  }),
  content_tags: z.looseObject({ records: z.array(z.looseObject({ id: z.union([text, id]), name: text })), ...paging }),
  content_tag: z.looseObject({ content_tag: z.looseObject({ id: z.union([text, id]), name: text }) }),
  redirect_rules: z.looseObject({
    records: z.array(
      z.looseObject({ id: z.union([text, id]), redirect_from: text, redirect_to: text, redirect_status: z.union([text, id]) }),
    ),
    ...paging,
  }),
};

export type ResponseKind = keyof typeof RESPONSES;

/** An answer that did not have the shape the tool relies on: a remote failure like any other. */
export class ZendeskResponseError extends RemoteError {
  override name = 'ZendeskResponseError';
}

/**
 * The answer as is when it has the expected shape (not a copy: nothing is transformed, and
 * export pages are large); else an error naming the request and the first wrong fields.
 */
export function checkResponse<K extends ResponseKind>(kind: K, data: unknown, method: string, url: URL): z.infer<(typeof RESPONSES)[K]> {
  const itemwise = ITEMWISE[kind];
  const issues = itemwise ? itemIssues(itemwise, data) : RESPONSES[kind].safeParse(data).error?.issues;
  if (!issues?.length) {
    if (itemwise) keepReadFields((data as { articles: Record<string, unknown>[] }).articles);
    return data as z.infer<(typeof RESPONSES)[K]>;
  }
  const request = describeRequest(method, url);
  if (data === undefined || data === null || typeof data !== 'object') {
    const got = data === undefined ? 'no JSON' : typeof data;
    throw new ZendeskResponseError(method, url, `${request}: Zendesk's answer is not the JSON object expected (${got})`);
  }
  const shown = issues.slice(0, 3).map((i) => `${formatPath(i.path) || 'the answer'}: ${i.message}`);
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  throw new ZendeskResponseError(method, url, `${request}: unexpected answer from Zendesk: ${shown.join('; ')}${more}`);
}

/**
 * Pages of articles are checked one article at a time. zod builds its output as it checks, so
 * checking a page of 1,000 articles whole held a second copy of the page until the end; its
 * garbage outlived V8's young generation and the largest help center's dry run paid for it in
 * peak memory. One article's copy dies young.
 */
const ITEMWISE: Partial<Record<ResponseKind, z.ZodType>> = {
  articles: list('articles', z.unknown()),
  export: exportPage(z.unknown()),
};

/** Every issue of the envelope (the page with its articles unchecked), else of the articles. */
function itemIssues(envelope: z.ZodType, data: unknown): z.core.$ZodIssue[] {
  const checked = envelope.safeParse(data);
  if (!checked.success) return checked.error.issues;
  const items = (data as { articles: unknown[] }).articles;
  const issues: z.core.$ZodIssue[] = [];
  for (let i = 0; i < items.length; i++) {
    const result = article.safeParse(items[i]);
    if (!result.success) issues.push(...result.error.issues.map((issue) => ({ ...issue, path: ['articles', i, ...issue.path] })));
  }
  return issues;
}

/**
 * Replaces each article of a page, and its translations, by a copy with only the fields the
 * tool reads (remote/types.ts). A snapshot holds every article of the help center until the run
 * ends: at 40,000 translations, the fields it never reads (API urls, vote counts, creation
 * stamps and ids) were a seventh of the dry run's live heap. The copy is made while the page is
 * young, so the full objects die young; one literal per type keeps them small and alike.
 */
function keepReadFields(articles: Record<string, unknown>[]): void {
  for (let i = 0; i < articles.length; i++) articles[i] = articleFields(articles[i]!);
}

// `satisfies Record<keyof …>`: a field added to the type but not here is a compile error, not an undefined.
const articleFields = (a: Record<string, unknown>) =>
  ({
    id: a.id,
    html_url: a.html_url,
    comments_disabled: a.comments_disabled,
    draft: a.draft,
    promoted: a.promoted,
    position: a.position,
    section_id: a.section_id,
    permission_group_id: a.permission_group_id,
    user_segment_id: a.user_segment_id,
    user_segment_ids: severalSegments(a.user_segment_ids, a.user_segment_id),
    label_names: a.label_names,
    // Tag ids are strings in the reference; a number would never equal the string the plan compares.
    content_tag_ids: Array.isArray(a.content_tag_ids) && a.content_tag_ids.length ? a.content_tag_ids.map(String) : undefined,
    author_id: a.author_id ?? undefined,
    locale: a.locale,
    source_locale: a.source_locale,
    title: a.title,
    body: a.body,
    created_at: a.created_at,
    updated_at: a.updated_at,
    translations: Array.isArray(a.translations) ? a.translations.map(translationFields) : a.translations,
  }) satisfies Record<keyof ZdArticle, unknown>;

/**
 * `user_segment_ids` only where it says more than `user_segment_id` (several segments, or a
 * disagreement): an empty or one-item array on each of 40,000 articles is memory for nothing,
 * and the planner reads the one id when the list is absent.
 */
function severalSegments(ids: unknown, id: unknown): number[] | undefined {
  if (!Array.isArray(ids)) return undefined;
  if (ids.length === 0 && id === null) return undefined;
  if (ids.length === 1 && ids[0] === id) return undefined;
  return ids as number[];
}

const translationFields = (t: Record<string, unknown>) =>
  ({
    id: t.id,
    source_id: t.source_id,
    locale: t.locale,
    title: t.title,
    body: t.body,
    draft: t.draft,
    outdated: t.outdated,
    html_url: t.html_url,
    updated_at: t.updated_at,
    updated_by_id: t.updated_by_id,
  }) satisfies Record<keyof ZdTranslation, unknown>;
