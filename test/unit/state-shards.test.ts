import { describe, expect, it } from 'vitest';
import { keyHash, mergeShards, planShardWrites, ShardLayout, splitShard } from '../../src/plan/state-shards.js';
import { parseStateShard, shardLabel, stateHtml, type StateEntry, type StateRecord } from '../../src/plan/state.js';
import { reformatHtml } from '../zendesk-sim/html.js';

const entries = (n: number): Record<string, StateEntry> =>
  Object.fromEntries(
    Array.from({ length: n }, (_, i) => [`dir/page-${i}`, { id: 1000 + i, t: { 'en-us': `hash-${i}`, fr: `fr-${i}` }, s: `fp-${i}` }]),
  );
const record = (articles: Record<string, StateEntry>): StateRecord => ({
  v: 1,
  root: 'docs',
  ns: 'acme/docs:docs',
  commit: 'c1',
  articles,
});
const size = (state: StateRecord, shard: { depth: number; prefix: number }) => stateHtml(state, shard).length;

describe('the state record’s parts', () => {
  it('splits a record over its budget into parts that each fit, new parts first', () => {
    const writes = planShardWrites({ held: [], prev: {}, next: record(entries(200)), budget: 2000, size });
    expect(writes.length).toBeGreaterThan(2);
    for (const w of writes) expect(size(w.state, w.shard)).toBeLessThanOrEqual(2000);
    const keys = writes.flatMap((w) => Object.keys(w.state.articles));
    expect(keys.sort()).toEqual(Object.keys(entries(200)).sort());
    // No two parts overlap: each key is in the one part the layout says holds it.
    const layout = new ShardLayout(writes.map((w) => w.shard));
    for (const w of writes) for (const k of Object.keys(w.state.articles)) expect(layout.ownerOf(keyHash(k))).toEqual(w.shard);
  });

  it('writes nothing when nothing changed, and only the part holding a changed entry', () => {
    const all = entries(200);
    const first = planShardWrites({ held: [], prev: {}, next: record(all), budget: 2000, size });
    const held = first.map((w, i) => ({ article: i, shard: w.shard }));
    expect(planShardWrites({ held, prev: all, next: record({ ...all }), budget: 2000, size })).toEqual([]);
    const changed = { ...all, 'dir/page-7': { id: 1007, t: { 'en-us': 'new' } } };
    const writes = planShardWrites({ held, prev: all, next: record(changed), budget: 2000, size });
    expect(writes).toHaveLength(1);
    expect(writes[0]!.article).toBe(held.find((h) => new ShardLayout([h.shard]).ownerOf(keyHash('dir/page-7')))!.article);
  });

  it('gives a key no part covers the widest free range, never one overlapping a part', () => {
    const [low, high] = splitShard({ depth: 0, prefix: 0 });
    const [highLow] = splitShard(high);
    const layout = new ShardLayout([low, highLow]);
    const uncovered = Array.from({ length: 64 }, (_, i) => `k${i}`).find((k) => !layout.ownerOf(keyHash(k)))!;
    expect(shardLabel(layout.gapFor(keyHash(uncovered)))).toBe('2/3');
  });

  it('merges parts: the deepest part covering a key wins, a damaged part keeps its range, the newest part gives the commit', () => {
    const all = entries(50);
    const [low, high] = splitShard({ depth: 0, prefix: 0 });
    const inHigh = Object.keys(all).find((k) => new ShardLayout([high]).ownerOf(keyHash(k)))!;
    const stale = { ...record(all), commit: 'old' };
    const merged = mergeShards(
      [
        { shard: { depth: 0, prefix: 0 }, state: stale, updatedAt: '2026-01-01T00:00:00Z' },
        { shard: low, state: { ...record({}), commit: 'new' }, updatedAt: '2026-02-01T00:00:00Z' },
        { shard: high, state: undefined, updatedAt: '2026-03-01T00:00:00Z' },
      ],
      'docs',
      'acme/docs:docs',
    );
    expect(merged.articles).toEqual({});
    expect(merged.commit).toBe('new');
    const partial = mergeShards(
      [
        { shard: { depth: 0, prefix: 0 }, state: stale, updatedAt: 'x' },
        { shard: low, state: record({}), updatedAt: 'y' },
      ],
      'docs',
      undefined,
    );
    expect(partial.articles[inHigh]).toEqual(all[inHigh]);
  });

  it('reads a part’s range from its tag, also when Zendesk reformats the HTML or the payload is damaged', () => {
    const shard = { depth: 3, prefix: 5 };
    const html = stateHtml(record(entries(3)), shard);
    expect(parseStateShard(reformatHtml(html))).toEqual({ shard, ns: 'acme/docs:docs', root: 'docs', state: record(entries(3)) });
    const damaged = html.replace(/>[^<]*<\/pre>/, '>garbage</pre>');
    expect(parseStateShard(damaged)).toEqual({ shard, ns: 'acme/docs:docs', root: 'docs', state: undefined });
    expect(parseStateShard(html.replace('3/5', '3/9'))).toBeUndefined();
  });
});
