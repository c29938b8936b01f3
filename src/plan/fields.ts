import type { Diagnostic } from '../diagnostics.js';
import type { RemoteSnapshot } from '../remote/snapshot.js';
import type { ArticleMetadata, StoredArticle } from '../remote/types.js';
import type { FrontMatter, Located } from '../source/types.js';
import {
  resolveAuthor,
  resolveContentTags,
  resolvePermissionGroup,
  resolveSection,
  resolveUserSegment,
  resolveUserSegments,
} from './resolve.js';

export type Resolved<T> = { ok: true; value: T } | { ok: false; diagnostic: Diagnostic };
export type LabelsMode = 'replace' | 'merge';

/**
 * One article metadata field: where it is written in front matter, what the API calls it, how
 * a value is resolved and compared, and how the report names it. Resolving, diffing and the
 * report's wording all read this table, so a new field is one row.
 */
export interface MetadataField<K extends keyof ArticleMetadata = keyof ArticleMetadata> {
  /** Front-matter (and `_defaults.yml`) key. */
  key: keyof FrontMatter;
  /** Field of the article in the API. */
  api: K;
  /** How reasons and the report name it ("section changed"). */
  label: string;
  /** The create request is refused without it. */
  requiredToCreate: boolean;
  /** Another key that does the same job, so this one is not required when that one is set. */
  orKey?: keyof FrontMatter;
  /** What the plan shows of the file's value ("segments: Signed-in users, Agents"), for fields a reader checks. */
  describe?(meta: FrontMatter): string | undefined;
  /** The API value for the front matter, or why there is none; undefined when the key is not set. */
  resolve(meta: FrontMatter, snapshot: RemoteSnapshot, at: Located): Resolved<NonNullable<ArticleMetadata[K]> | null> | undefined;
  /** The value to write over what the article has now (labels may keep Guide's). */
  desired(value: ArticleMetadata[K], article: StoredArticle, labelsMode: LabelsMode): ArticleMetadata[K];
  /** Whether the article already holds this value. */
  same(value: ArticleMetadata[K], article: StoredArticle): boolean;
}

/** A front-matter value that is already the API value. */
const plain =
  <F extends keyof FrontMatter>(key: F) =>
  (meta: FrontMatter): Resolved<NonNullable<FrontMatter[F]>> | undefined =>
    meta[key] === undefined ? undefined : { ok: true, value: meta[key] };

const keep = <T>(value: T) => value;
const refName = (r: { kind: 'id'; id: number } | { kind: 'name'; name: string }) => (r.kind === 'id' ? String(r.id) : r.name);
/** What an article's segments are, however Zendesk answered: `user_segment_ids`, else the one `user_segment_id`. */
const segmentsOf = (a: StoredArticle): number[] =>
  a.user_segment_ids ?? (a.user_segment_id === null || a.user_segment_id === undefined ? [] : [a.user_segment_id]);
const sameNumbers = (a: readonly number[], b: readonly number[]) => sameSet(a.map(String), b.map(String));
const sameSet = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.length === b.length && [...a].sort().join('\0') === [...b].sort().join('\0');

function row<K extends keyof ArticleMetadata>(field: MetadataField<K>): MetadataField {
  return field;
}

export const METADATA_FIELDS: readonly MetadataField[] = [
  row({
    key: 'section',
    api: 'section_id',
    label: 'section',
    requiredToCreate: true,
    resolve: (meta, snapshot, at) => (meta.section ? resolveSection(meta.section, snapshot, at) : undefined),
    desired: keep,
    same: (v, a) => v === a.section_id,
  }),
  row({
    key: 'permission_group',
    api: 'permission_group_id',
    label: 'permission group',
    requiredToCreate: true,
    resolve: (meta, snapshot, at) => (meta.permission_group ? resolvePermissionGroup(meta.permission_group, snapshot, at) : undefined),
    desired: keep,
    same: (v, a) => v === a.permission_group_id,
  }),
  row({
    key: 'user_segment',
    api: 'user_segment_id',
    label: 'user segment',
    requiredToCreate: true,
    orKey: 'user_segments',
    resolve: (meta, snapshot, at) => (meta.user_segment ? resolveUserSegment(meta.user_segment, snapshot, at) : undefined),
    desired: keep,
    // An article with several segments that the file names one of is not "the same": it narrows.
    same: (v, a) => v !== undefined && sameNumbers(v === null ? [] : [v], segmentsOf(a)),
  }),
  row({
    key: 'user_segments',
    api: 'user_segment_ids',
    label: 'segments',
    requiredToCreate: false,
    resolve: (meta, snapshot, at) => (meta.user_segments ? resolveUserSegments(meta.user_segments, snapshot, at) : undefined),
    desired: keep,
    same: (v, a) => v !== undefined && sameNumbers(v, segmentsOf(a)),
    describe: (meta) => (meta.user_segments ? `segments: ${meta.user_segments.map(refName).join(', ') || 'everyone'}` : undefined),
  }),
  row({
    key: 'content_tags',
    api: 'content_tag_ids',
    label: 'tags',
    requiredToCreate: false,
    resolve: (meta, snapshot, at) => (meta.content_tags ? resolveContentTags(meta.content_tags, snapshot, at) : undefined),
    desired: keep,
    same: (v, a) => sameSet(v, a.content_tag_ids),
    describe: (meta) => (meta.content_tags ? `tags: ${meta.content_tags.join(', ') || 'none'}` : undefined),
  }),
  row({
    key: 'author',
    api: 'author_id',
    label: 'author',
    requiredToCreate: false,
    resolve: (meta, snapshot, at) => (meta.author ? resolveAuthor(meta.author, snapshot, at) : undefined),
    desired: keep,
    same: (v, a) => v === a.author_id,
    describe: (meta) => (meta.author ? `author: ${meta.author.kind === 'id' ? meta.author.id : meta.author.email}` : undefined),
  }),
  row({
    key: 'labels',
    api: 'label_names',
    label: 'labels',
    requiredToCreate: false,
    resolve: plain('labels'),
    desired: (v, a, mode) => (mode === 'merge' && v ? [...new Set([...(a.label_names ?? []), ...v])] : v),
    same: (v, a) => sameSet(v, a.label_names),
  }),
  row({
    key: 'promoted',
    api: 'promoted',
    label: 'promoted',
    requiredToCreate: false,
    resolve: plain('promoted'),
    desired: keep,
    same: (v, a) => v === a.promoted,
  }),
  row({
    key: 'position',
    api: 'position',
    label: 'position',
    requiredToCreate: false,
    resolve: plain('position'),
    desired: keep,
    same: (v, a) => v === a.position,
  }),
  row({
    key: 'comments_disabled',
    api: 'comments_disabled',
    label: 'comments',
    requiredToCreate: false,
    resolve: plain('comments_disabled'),
    desired: keep,
    same: (v, a) => v === a.comments_disabled,
  }),
];

/** The report's name of an API field ("permission group"). */
export function fieldLabel(api: keyof ArticleMetadata): string {
  return METADATA_FIELDS.find((f) => f.api === api)?.label ?? api;
}
