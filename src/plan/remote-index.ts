import type { RemoteSnapshot } from '../remote/snapshot.js';
import { withoutBodies, type StoredArticle, type StoredTranslation, type ZdArticle, type ZdTranslation } from '../remote/types.js';
import { analyzeBody, type AnalyzedBody, type Marker } from './marker.js';
import { mergeShards, type ReadShard } from './state-shards.js';
import {
  isRecordArticle,
  parseStateShard,
  shardLabel,
  STATE_CLASS,
  STATE_TITLE,
  type ShardId,
  type StateRecord,
  type StoredShard,
} from './state.js';

/** The snapshot as the planner reads it: managed articles by key, every stored body analyzed. */
export interface RemoteIndex {
  byKey: Map<string, StoredArticle[]>;
  analyzed: Map<number, Map<string, AnalyzedBody>>;
  /** The tool's state records by namespace, with the article that holds each. */
  states: Map<string, HeldState>;
  /** Records written before namespaces (no `ns`), by docs root: read as a fallback. */
  legacyStates: Map<string, HeldState>;
  /** Every article that holds a part of a record (a damaged one and a second copy too): never an article of the docs. */
  stateArticles: Set<number>;
}

/** A record as held in the help center: what its parts say together, and the article of each part. */
export interface HeldState {
  state: StateRecord;
  /** By shard label (see state-shards.ts). */
  shards: Map<string, HeldShard>;
  /** Parts held by more than one article (two first publishes at once, before the publish lease): which is kept. */
  duplicates: DuplicateRecord[];
}

/**
 * One part of a record found in several articles. The kept one is the oldest whose payload
 * reads (the one the first publish made); the entries only the others hold are merged into what
 * the run reads, so no article they name is lost, and a publish writes them into the kept one and
 * archives the others (see apply/state-sync.ts).
 */
export interface DuplicateRecord {
  /** The part's shard label (`0/0` for a whole record). */
  label: string;
  kept: number;
  extra: number[];
  /** Why that one: `the oldest`, or `the others cannot be read`. */
  why: string;
  /** Keys that only the extra copies hold: the kept article does not have them yet. */
  added: string[];
}

export interface HeldShard {
  article: StoredArticle;
  shard: ShardId;
  /** Its payload could not be read: its entries are lost (the range is still its own). */
  damaged: boolean;
}

/** Its translations, with bodies as the article has them (a page as it arrives) or without (a snapshot's). */
export function translationsOf(article: ZdArticle): ZdTranslation[];
export function translationsOf(article: StoredArticle): StoredTranslation[];
export function translationsOf(article: StoredArticle & { body?: string | null; translations?: StoredTranslation[] }): StoredTranslation[] {
  if (article.translations?.length) return article.translations;
  // Without sideloaded translations the article itself carries its source locale's copy.
  return [
    {
      id: 0,
      source_id: article.id,
      locale: article.source_locale ?? article.locale,
      title: article.title,
      ...('body' in article ? { body: article.body } : {}),
      draft: article.draft,
      updated_at: article.updated_at,
      html_url: article.html_url,
    },
  ];
}

/**
 * Parses every remote body once: markers give identity, normalized text gives comparison.
 * Incremental, so the snapshot can be indexed page by page as it arrives and each raw body
 * dropped right after (the normalized form is all the plan needs).
 */
export class RemoteIndexBuilder {
  private readonly byKey = new Map<string, StoredArticle[]>();
  private readonly analyzed = new Map<number, Map<string, AnalyzedBody>>();
  private readonly keyOf = new Map<number, string>();
  /** The parts of each record by `ns:` namespace or `root:` docs root, then by shard label. */
  private readonly parts = new Map<string, Map<string, PartCopy[]>>();
  private readonly stateArticles = new Set<number>();
  private readonly records = new Set<number>();

  /** `contentFor`: the articles whose markerless bodies are compared by content (the imported ones). */
  constructor(private readonly contentFor?: (articleId: number) => boolean) {}

  /** `kept`: the bodiless copy the snapshot keeps; the index keeps it too (never the bodies: 40,000 × 3 of them were 275 MB). */
  add(article: ZdArticle, kept: StoredArticle = withoutBodies(article)): void {
    // Looked at before the bodies go: the record's class is in its body.
    if (isRecordArticle(article)) this.records.add(article.id);
    else this.records.delete(article.id);
    const stored = stateOf(article);
    if (stored) {
      this.addShard(article, stored.part, stored.updatedAt);
      return;
    }
    // The export can repeat an article at a page boundary: the later copy wins.
    const previous = this.keyOf.get(article.id);
    if (previous !== undefined) {
      const list = (this.byKey.get(previous) ?? []).filter((a) => a.id !== article.id);
      if (list.length) this.byKey.set(previous, list);
      else this.byKey.delete(previous);
      this.keyOf.delete(article.id);
    }
    const perLocale = new Map<string, AnalyzedBody>();
    let key: string | undefined;
    const content = this.contentFor?.(article.id) ?? false;
    for (const t of translationsOf(article)) {
      const a = analyzeBody(t.body, content);
      perLocale.set(t.locale.toLowerCase(), a);
      if (a.marker && (key === undefined || t.locale === article.source_locale)) key = a.marker.key;
    }
    this.analyzed.set(article.id, perLocale);
    if (key !== undefined) {
      this.byKey.set(key, [...(this.byKey.get(key) ?? []), kept]);
      this.keyOf.set(article.id, key);
    }
  }

  /** How many of the articles added so far are the tool's own record: no article of the user's. */
  recordArticles(): number {
    return this.records.size;
  }

  private addShard(article: ZdArticle, part: StoredShard, updatedAt: string): void {
    const owner = part.ns !== undefined ? `ns:${part.ns}` : part.root !== undefined ? `root:${part.root}` : undefined;
    if (owner === undefined) return;
    this.stateArticles.add(article.id);
    const label = shardLabel(part.shard);
    const shards = this.parts.get(owner) ?? new Map<string, PartCopy[]>();
    this.parts.set(owner, shards);
    // Every article that holds this part is kept: two may (a race of two first publishes).
    // The export can repeat an article at a page boundary: the later copy wins.
    const copies = (shards.get(label) ?? []).filter((c) => c.held.article.id !== article.id);
    copies.push({
      held: { article, shard: part.shard, damaged: part.state === undefined },
      read: { shard: part.shard, state: part.state, updatedAt },
    });
    shards.set(label, copies);
  }

  build(): RemoteIndex {
    const states = new Map<string, HeldState>();
    const legacyStates = new Map<string, HeldState>();
    for (const [owner, copies] of this.parts) {
      const duplicates: DuplicateRecord[] = [];
      const shards = new Map([...copies].map(([label, list]) => [label, keepOne(label, list, duplicates)] as const));
      const reads = [...shards.values()].map((s) => s.read);
      const named = reads.find((r) => r.state)?.state;
      // A record whose every part is damaged still names its namespace, so its articles are
      // rewritten rather than joined by new ones.
      const ns = owner.startsWith('ns:') ? owner.slice(3) : undefined;
      const root = named?.root ?? (ns === undefined ? owner.slice(5) : '.');
      const held: HeldState = {
        state: mergeShards(reads, root, ns),
        shards: new Map([...shards].map(([label, s]) => [label, s.held])),
        duplicates,
      };
      if (ns !== undefined) states.set(ns, held);
      else legacyStates.set(root, held);
    }
    return { byKey: this.byKey, analyzed: this.analyzed, states, legacyStates, stateArticles: this.stateArticles };
  }
}

/** One article's copy of a record part. */
interface PartCopy {
  held: HeldShard;
  read: ReadShard;
}

/**
 * Of the articles that hold one part, the one kept: the oldest that reads, with the entries only
 * the others hold merged in (the kept one's win, then the older's). Notes the others in `duplicates`.
 */
function keepOne(label: string, copies: readonly PartCopy[], duplicates: DuplicateRecord[]): PartCopy {
  const ordered = [...copies].sort((a, b) => Number(a.held.damaged) - Number(b.held.damaged) || a.held.article.id - b.held.article.id);
  const kept = ordered[0]!;
  if (ordered.length === 1) return kept;
  const own = kept.read.state?.articles ?? {};
  const articles = { ...own };
  for (const copy of ordered.slice(1)) for (const [key, entry] of Object.entries(copy.read.state?.articles ?? {})) articles[key] ??= entry;
  const oldest = ordered.every((c) => c.held.article.id >= kept.held.article.id);
  duplicates.push({
    label,
    kept: kept.held.article.id,
    extra: ordered.slice(1).map((c) => c.held.article.id),
    why: oldest ? 'the oldest' : 'the others cannot be read',
    added: Object.keys(articles).filter((k) => !(k in own)),
  });
  const state = kept.read.state ? { ...kept.read.state, articles } : undefined;
  return { held: kept.held, read: { ...kept.read, state } };
}

/** The record part in a state article (any translation), if the article is one. */
function stateOf(article: ZdArticle): { part: StoredShard; updatedAt: string } | undefined {
  if (!article.title.startsWith(STATE_TITLE) && !translationsOf(article).some((t) => t.title.startsWith(STATE_TITLE))) return undefined;
  let damaged: { part: StoredShard; updatedAt: string } | undefined;
  for (const t of translationsOf(article)) {
    const part = t.body?.includes(STATE_CLASS) ? parseStateShard(t.body) : undefined;
    const updatedAt = t.updated_at > article.updated_at ? t.updated_at : article.updated_at;
    if (part?.state) return { part, updatedAt };
    damaged ??= part ? { part, updatedAt } : undefined;
  }
  return damaged;
}

/** Whether an article is one of the tool's state records: never an article of the docs. */
export function isStateArticle(remote: RemoteIndex, articleId: number): boolean {
  return remote.stateArticles.has(articleId);
}

/** The index of a snapshot that kept its bodies (a test's, made by hand). */
export function indexRemote(snapshot: RemoteSnapshot<ZdArticle>): RemoteIndex {
  const builder = new RemoteIndexBuilder();
  for (const article of snapshot.articles.values()) builder.add(article);
  return builder.build();
}

/** The marker of an article's source translation, else of any translation. */
export function markerOf(remote: RemoteIndex, article: StoredArticle): Marker | undefined {
  const perLocale = remote.analyzed.get(article.id);
  const source = perLocale?.get(article.source_locale?.toLowerCase() ?? '')?.marker;
  if (source) return source;
  for (const a of perLocale?.values() ?? []) if (a.marker) return a.marker;
  return undefined;
}

/** The key in the first marker found on any of an article's translations, if it has one. */
export function markerKeyOf(remote: RemoteIndex, articleId: number): string | undefined {
  for (const a of remote.analyzed.get(articleId)?.values() ?? []) if (a.marker) return a.marker.key;
  return undefined;
}

/** The URL of an existing article in a locale (its translation's own URL when it has one). */
export function liveUrl(article: StoredArticle, locale: string): string {
  const t = translationsOf(article).find((x) => x.locale.toLowerCase() === locale);
  return t?.html_url ?? localeUrl(article.html_url, article.source_locale ?? article.locale, locale);
}

/** The live URL of an article in a locale (the source locale when that translation is missing). */
export function localeUrl(htmlUrl: string, fromLocale: string, toLocale: string): string {
  return htmlUrl.replace(`/hc/${fromLocale}/`, `/hc/${toLocale}/`);
}
