import { createHash } from 'node:crypto';
import { MAX_SHARD_DEPTH, sameEntries, shardLabel, type ShardId, type StateEntry, type StateRecord } from './state.js';

/**
 * The most characters a shard's stored body may have: Zendesk keeps a translation's body to
 * about 1,000,000 characters, and this leaves it more than half of it as margin.
 */
export const SHARD_BUDGET = 400_000;

/** The 32-bit hash of a file key that places it in a shard (md5: stable across Node versions and platforms). */
export function keyHash(key: string): number {
  return createHash('md5').update(key).digest().readUInt32BE(0);
}

function prefixOf(hash: number, depth: number): number {
  return depth === 0 ? 0 : hash >>> (32 - depth);
}

/** Whether one shard's range holds the other's (or the same). */
function covers(outer: ShardId, inner: ShardId): boolean {
  if (outer.depth === 0) return true;
  // A JavaScript shift counts modulo 32: a shift by 32 would leave the number as it is.
  return outer.depth <= inner.depth && Math.floor(inner.prefix / 2 ** (inner.depth - outer.depth)) === outer.prefix;
}

/** The shards a record is kept in, to look up which one holds a key: the deepest that covers it. */
export class ShardLayout {
  private readonly byLabel = new Map<string, ShardId>();
  private maxDepth = 0;

  constructor(shards: Iterable<ShardId> = []) {
    for (const s of shards) this.add(s);
  }

  add(s: ShardId): void {
    this.byLabel.set(shardLabel(s), s);
    this.maxDepth = Math.max(this.maxDepth, s.depth);
  }

  has(s: ShardId): boolean {
    return this.byLabel.has(shardLabel(s));
  }

  get shards(): ShardId[] {
    return [...this.byLabel.values()];
  }

  /** The deepest shard whose range holds the hash, if any does. */
  ownerOf(hash: number): ShardId | undefined {
    for (let d = this.maxDepth; d >= 0; d--) {
      const found = this.byLabel.get(`${d}/${prefixOf(hash, d)}`);
      if (found) return found;
    }
    return undefined;
  }

  /**
   * A new shard for a hash no shard covers (the first write, or a shard deleted in Guide): the
   * widest range that overlaps no existing shard, so it never takes keys another one holds.
   */
  gapFor(hash: number): ShardId {
    const shards = this.shards;
    for (let depth = 0; depth <= MAX_SHARD_DEPTH; depth++) {
      const candidate = { depth, prefix: prefixOf(hash, depth) };
      if (!shards.some((s) => covers(s, candidate) || covers(candidate, s))) return candidate;
    }
    throw new Error('internal: no free shard range (the layout covers every key)');
  }
}

/** The two halves of a shard, one bit deeper. */
export function splitShard(s: ShardId): [ShardId, ShardId] {
  if (s.depth >= MAX_SHARD_DEPTH) throw new Error(`the state record does not fit in ${2 ** MAX_SHARD_DEPTH} parts`);
  return [
    { depth: s.depth + 1, prefix: s.prefix * 2 },
    { depth: s.depth + 1, prefix: s.prefix * 2 + 1 },
  ];
}

/** The entries of a record that a shard's range holds. */
export function entriesIn(articles: Record<string, StateEntry>, shard: ShardId): Record<string, StateEntry> {
  const out: Record<string, StateEntry> = {};
  for (const [key, entry] of Object.entries(articles)) if (covers(shard, { depth: 32, prefix: keyHash(key) })) out[key] = entry;
  return out;
}

/** Groups a record's entries by the shard of the layout that holds each; keys no shard covers get a new one (added to the layout). */
export function partition(articles: Record<string, StateEntry>, layout: ShardLayout): Map<string, Record<string, StateEntry>> {
  const out = new Map<string, Record<string, StateEntry>>();
  for (const s of layout.shards) out.set(shardLabel(s), {});
  for (const [key, entry] of Object.entries(articles)) {
    const hash = keyHash(key);
    let owner = layout.ownerOf(hash);
    if (!owner) {
      owner = layout.gapFor(hash);
      layout.add(owner);
      out.set(shardLabel(owner), {});
    }
    out.get(shardLabel(owner))![key] = entry;
  }
  return out;
}

/** One shard as read from an article: its range, and its entries unless its body was damaged. */
export interface ReadShard {
  shard: ShardId;
  state: StateRecord | undefined;
  /** When its body was last written (Zendesk's clock), to take the newest shard's commit. */
  updatedAt: string;
}

/**
 * The record that shards make together: each key from the deepest shard covering it (a shallower
 * one left over from an interrupted split holds older copies), the commit of the newest shard.
 */
export function mergeShards(shards: readonly ReadShard[], root: string, ns: string | undefined): StateRecord {
  const layout = new ShardLayout(shards.map((s) => s.shard));
  const articles: Record<string, StateEntry> = {};
  let newest: ReadShard | undefined;
  for (const s of shards) {
    if (!s.state) continue;
    if (s.state.commit && (!newest || s.updatedAt > newest.updatedAt)) newest = s;
    for (const [key, entry] of Object.entries(s.state.articles)) {
      const owner = layout.ownerOf(keyHash(key));
      if (owner && owner.depth === s.shard.depth && owner.prefix === s.shard.prefix) articles[key] = entry;
    }
  }
  const commit = newest?.state?.commit;
  return { v: 1, root, ...(ns !== undefined ? { ns } : {}), ...(commit ? { commit } : {}), articles };
}

/** A shard as it is held, as far as deciding what to write goes. */
export interface ShardHolder<A> {
  article: A;
  shard: ShardId;
}

/** One write of a shard: an update of `article`, or the creation of a new state article. */
export interface ShardWrite<A> {
  shard: ShardId;
  state: StateRecord;
  article: A | undefined;
}

/**
 * What to write after a run: each shard whose entries changed, split while its body (measured
 * by `size`) is over `budget`, and a new shard for keys no shard covers. New shards come first:
 * a run interrupted after creating them and before rewriting the shard they split from leaves
 * both, and the deeper ones win for their keys, so no entry is lost. A no-op writes nothing.
 */
export function planShardWrites<A>(options: {
  held: Iterable<ShardHolder<A>>;
  /** The record as read (the shards' entries together). */
  prev: Record<string, StateEntry>;
  next: StateRecord;
  budget: number;
  size: (state: StateRecord, shard: ShardId) => number;
}): ShardWrite<A>[] {
  const held = new Map([...options.held].map((h) => [shardLabel(h.shard), h]));
  const layout = new ShardLayout([...held.values()].map((h) => h.shard));
  const before = partition(options.prev, new ShardLayout(layout.shards));
  const after = partition(options.next.articles, layout);
  const { articles: _all, ...meta } = options.next;
  const creates: ShardWrite<A>[] = [];
  const updates: ShardWrite<A>[] = [];
  const fit = (shard: ShardId, articles: Record<string, StateEntry>, article: A | undefined): void => {
    // An empty new half is left out: its keys, once there are some, make a shard of their own.
    if (article === undefined && Object.keys(articles).length === 0) return;
    const state: StateRecord = { ...meta, articles };
    if (options.size(state, shard) <= options.budget || shard.depth >= MAX_SHARD_DEPTH) {
      (article === undefined ? creates : updates).push({ shard, state, article });
      return;
    }
    const [low, high] = splitShard(shard);
    fit(high, entriesIn(articles, high), undefined);
    fit(low, entriesIn(articles, low), article);
  };
  for (const [label, articles] of after) {
    const existing = held.get(label);
    if (existing && sameEntries(before.get(label) ?? {}, articles)) continue;
    if (!existing && Object.keys(articles).length === 0) continue;
    fit(
      layout.shards.find((s) => shardLabel(s) === label)!,
      articles,
      existing?.article,
    );
  }
  return [...creates, ...updates];
}
