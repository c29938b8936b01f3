import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { escapeAttr } from './html-escape.js';
import type { ArticlePlan } from './types.js';

/**
 * The record of what this tool published from one docs root, kept in Zendesk itself so every
 * clone and every runner sees it: a draft article (visible to agents only) that the incremental
 * export returns with the others, so reading it costs no request. It holds, per file key, the
 * article id and what was published per locale. Identity and drift therefore survive a writer
 * who rewrites an article in Guide's editor or strips its invisible marker; the marker remains a
 * second, independent carrier, and the front-matter `id` a third.
 */
export interface StateRecord {
  v: 1;
  /** The docs root the record is for (its path in the repository). */
  root: string;
  /**
   * The source the record is for (`owner/repo:docs` by default, see config/namespace.ts).
   * Records written before namespaces have none: they are read as a fallback for their docs root.
   */
  ns?: string | undefined;
  /** The commit of the last publish that changed the record: renames are found from it with git. */
  commit?: string | undefined;
  /** By file key (docs-relative path without `.md`). */
  articles: Record<string, StateEntry>;
}

export interface StateEntry {
  id: number;
  /** Per locale: the content hash (title + normalized body) last published. */
  t: Record<string, string>;
  /** Fingerprint of the source file's Markdown when last published, to know it again after a move. */
  s?: string | undefined;
}

/**
 * The state record is kept in parts ("shards"), each in an article of its own, because every
 * translation's body is limited to 1 MB: a help center of 40,000 articles in 3 locales needs
 * about 3 MB of record. A shard holds the entries whose file key hashes to its prefix: `depth`
 * leading bits equal to `prefix`. The record of the previous release is the shard of depth 0
 * (every key). A shard grown past its budget is split in two, one bit deeper, so a change to
 * one article rewrites only the shard that holds it, and a no-op rewrites none.
 */
export interface ShardId {
  depth: number;
  prefix: number;
}

export const ROOT_SHARD: ShardId = { depth: 0, prefix: 0 };

/** Deeper than any help center needs (2^12 shards of 400 kB is 1.6 GB of record); bounds a damaged attribute. */
export const MAX_SHARD_DEPTH = 12;

export function shardLabel(s: ShardId): string {
  return `${s.depth}/${s.prefix}`;
}

export function parseShardLabel(text: string | undefined): ShardId | undefined {
  const m = /^(\d{1,2})\/(\d{1,10})$/.exec(text ?? '');
  if (!m) return undefined;
  const depth = Number(m[1]);
  const prefix = Number(m[2]);
  if (depth > MAX_SHARD_DEPTH || prefix >= 2 ** depth) return undefined;
  return { depth, prefix };
}

export const STATE_CLASS = 'zgp-state';
/**
 * A publish lease's claim (apply/lease.ts): a draft of the tool's own while a publish writes. Like
 * the record's parts it is never a user's article: not counted, not imported.
 */
export const LEASE_TITLE = 'zendesk-guide-publisher lease';
export const LEASE_CLASS = 'zgp-lease';
export const STATE_TITLE = 'zendesk-guide-publisher state';

/**
 * Whether an article is the tool's own rather than one of the user's: (a part of) the record, or
 * a publish lease's claim. Known by the class in a body, or the title, never by there being one
 * record, so it holds however many articles the record takes. Such an article is never counted
 * as the user's, nor imported.
 */
export function isRecordArticle(article: {
  title?: string | null;
  body?: string | null;
  translations?: readonly { title?: string | null; body?: string | null }[] | undefined;
}): boolean {
  const copies = [article, ...(article.translations ?? [])];
  return copies.some(
    (t) =>
      t.title?.startsWith(STATE_TITLE) ||
      t.title?.startsWith(LEASE_TITLE) ||
      (t.body?.includes(`class="${STATE_CLASS}`) ?? false) ||
      (t.body?.includes(`class="${LEASE_CLASS}`) ?? false),
  );
}

export function emptyState(root: string, ns?: string): StateRecord {
  return { v: 1, root, ...(ns !== undefined ? { ns } : {}), articles: {} };
}

/**
 * The state article's title for a docs root: what a Guide manager sees in the article list. A
 * part of the record other than the first (see state-shards.ts) names its range.
 */
export function stateTitle(root: string, shard: ShardId = ROOT_SHARD): string {
  const part = shard.depth === 0 ? '' : `, part ${shardLabel(shard)}`;
  return `${STATE_TITLE} (${root}${part}): do not edit or delete`;
}

/**
 * The state article's body: a notice for people, the record for the tool (compressed JSON,
 * base64, in lines, so Guide's HTML reformatting has nothing to rewrite in it). A shard other
 * than the whole record says which in `data-zgp-shard`, outside the compressed part, so a
 * damaged payload still tells which keys it held.
 */
export function stateHtml(state: StateRecord, shard: ShardId = ROOT_SHARD): string {
  const packed = deflateRawSync(Buffer.from(JSON.stringify(state))).toString('base64');
  const lines = packed.match(/.{1,76}/g) ?? [];
  const attrs = [
    `data-zgp-root="${escapeAttr(state.root)}"`,
    ...(state.ns !== undefined ? [`data-zgp-ns="${escapeAttr(state.ns)}"`] : []),
    ...(shard.depth > 0 ? [`data-zgp-shard="${shardLabel(shard)}"`] : []),
  ];
  return [
    '<p>This draft is how zendesk-guide-publisher knows which article each Markdown file is and what it last published. ',
    'Editing, moving or deleting it does not lose articles, but makes the next publish slower to recognise renamed files.</p>',
    `<pre class="${STATE_CLASS}" ${attrs.join(' ')}>${lines.join('\n')}</pre>`,
  ].join('');
}

const STATE_PRE = new RegExp(`<pre([^>]*class="[^"]*\\b${STATE_CLASS}\\b[^"]*"[^>]*)>([\\s\\S]*?)</pre>`);
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * A part of the record as stored: its range, its namespace and docs root as its tag says (still
 * readable when the payload is damaged), and the record unless damaged. Undefined when the body
 * holds no record tag at all, or one whose range cannot be read.
 */
export interface StoredShard {
  shard: ShardId;
  ns: string | undefined;
  root: string | undefined;
  state: StateRecord | undefined;
}

export function parseStateShard(html: string | null | undefined): StoredShard | undefined {
  const m = STATE_PRE.exec(html ?? '');
  if (!m) return undefined;
  const tag = m[1]!;
  const label = attr(tag, 'data-zgp-shard');
  const shard = label === undefined ? ROOT_SHARD : parseShardLabel(label);
  if (!shard) return undefined;
  const state = decode(m[2]!);
  const ns = attr(tag, 'data-zgp-ns');
  const root = attr(tag, 'data-zgp-root');
  return {
    shard,
    ns: state ? state.ns : ns === undefined ? undefined : unescape(ns),
    root: state ? state.root : root === undefined ? undefined : unescape(root),
    state,
  };
}

/** The record in a stored body, or undefined when the body holds none (or a damaged one). */
export function parseState(html: string | null | undefined): StateRecord | undefined {
  return parseStateShard(html)?.state;
}

function decode(payload: string): StateRecord | undefined {
  try {
    const json = inflateRawSync(Buffer.from(payload.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64')).toString('utf8');
    const data = JSON.parse(json) as Partial<StateRecord>;
    if (data.v !== 1 || typeof data.root !== 'string' || typeof data.articles !== 'object' || data.articles === null) return undefined;
    const articles: Record<string, StateEntry> = {};
    for (const [key, e] of Object.entries(data.articles)) {
      if (typeof e?.id === 'number' && e.t && typeof e.t === 'object')
        articles[key] = { id: e.id, t: { ...e.t }, ...(e.s ? { s: e.s } : {}) };
    }
    const ns = typeof data.ns === 'string' && data.ns !== '' ? { ns: data.ns } : {};
    return { v: 1, root: data.root, ...ns, ...(typeof data.commit === 'string' ? { commit: data.commit } : {}), articles };
  } catch {
    return undefined;
  }
}

/** Whether two records say the same (the commit aside: a no-op publish must not write). */
export function sameState(a: StateRecord | undefined, b: StateRecord): boolean {
  if (!a) return Object.keys(b.articles).length === 0;
  return sameEntries(a.articles, b.articles);
}

/** Whether two sets of entries say the same (ids, published hashes, source fingerprints). */
export function sameEntries(a: Record<string, StateEntry>, b: Record<string, StateEntry>): boolean {
  const keys = Object.keys(b);
  if (keys.length !== Object.keys(a).length) return false;
  return keys.every((k) => {
    const x = a[k];
    const y = b[k]!;
    if (!x || x.id !== y.id || x.s !== y.s) return false;
    const locales = Object.keys(y.t);
    return locales.length === Object.keys(x.t).length && locales.every((l) => x.t[l] === y.t[l]);
  });
}

/** What apply did for one article, as far as the record cares. */
export interface WrittenArticle {
  articleId: number | undefined;
  status: string;
  /** Per locale, the hash of the body written. */
  published?: Record<string, string>;
}

/**
 * The record after a run: the previous one, with each planned article's id and what Zendesk now
 * holds that this tool published (what apply wrote, else what the plan found unchanged, else
 * what was published before, so a skipped Guide edit stays drift). Moved files take their entry
 * along; archived articles leave the record. Files that were not planned (unreadable) keep theirs.
 */
export function nextState(
  prev: StateRecord | undefined,
  root: string,
  plan: { articles: readonly ArticlePlan[] },
  outcomes: ReadonlyMap<string, WrittenArticle> | undefined,
  ns?: string,
): StateRecord {
  const articles: Record<string, StateEntry> = { ...(prev?.articles ?? {}) };
  for (const a of plan.articles) {
    const outcome = outcomes?.get(a.key);
    if (a.action === 'archive') {
      if (outcome?.status === 'archived') {
        for (const [key, e] of Object.entries(articles)) if (e.id === a.articleId) delete articles[key];
      }
      continue;
    }
    const id = outcome?.articleId ?? a.articleId;
    if (!a.file || id === undefined) continue;
    if (a.unrecorded && !articles[a.key]) continue;
    const before = articles[a.key] ?? (a.movedFrom !== undefined ? articles[a.movedFrom] : undefined);
    if (a.movedFrom !== undefined && articles[a.movedFrom]?.id === id) delete articles[a.movedFrom];
    const t: Record<string, string> = {
      ...(before?.id === id ? before.t : {}),
      ...(a.record?.hashes ?? {}),
      ...(outcome?.published ?? {}),
    };
    const sourceWritten = outcome?.published?.[a.sourceLocale] !== undefined;
    const s = sourceWritten ? a.sourceFingerprint : (a.record?.fingerprint ?? (before?.id === id ? before.s : undefined));
    articles[a.key] = { id, t, ...(s ? { s } : {}) };
  }
  return { v: 1, root, ...(ns !== undefined ? { ns } : {}), ...(prev?.commit ? { commit: prev.commit } : {}), articles };
}
