import { describe, expect, it } from 'vitest';
import { markerHtml } from '../../src/plan/marker.js';
import { bodyDigest } from '../../src/plan/normalize.js';
import { RemoteIndexBuilder } from '../../src/plan/remote-index.js';
import { withoutBodies, type ZdArticle } from '../../src/remote/types.js';
import { keyHash, splitShard } from '../../src/plan/state-shards.js';
import { ROOT_SHARD, stateHtml, stateTitle } from '../../src/plan/state.js';

const article = (id: number, key: string | undefined, body = '<p>x</p>'): ZdArticle =>
  ({
    id,
    html_url: `https://z/hc/en-us/articles/${id}`,
    source_locale: 'en-us',
    locale: 'en-us',
    title: 'T',
    translations: [
      {
        id: id * 10,
        source_id: id,
        locale: 'en-us',
        title: 'T',
        draft: false,
        updated_at: '',
        body: key ? `${body}${markerHtml({ key, hash: 'h', assets: {} })}` : body,
      },
    ],
  }) as unknown as ZdArticle;

describe('RemoteIndexBuilder', () => {
  it('indexes managed articles by marker key and keeps the normalized body', () => {
    const b = new RemoteIndexBuilder();
    b.add(article(1, 'guides/a'));
    b.add(article(2, undefined));
    const index = b.build();
    expect([...index.byKey.keys()]).toEqual(['guides/a']);
    expect(index.analyzed.get(2)?.get('en-us')?.digest).toBe(bodyDigest('<p>x</p>'));
  });

  it('lets a repeat at an export page boundary replace the earlier copy, even when its key moved', () => {
    const b = new RemoteIndexBuilder();
    b.add(article(1, 'old/path'));
    b.add(article(1, 'new/path', '<p>y</p>'));
    const index = b.build();
    expect([...index.byKey.keys()]).toEqual(['new/path']);
    expect(index.byKey.get('new/path')).toHaveLength(1);
    expect(index.analyzed.get(1)?.get('en-us')?.digest).toBe(bodyDigest('<p>y</p>'));
  });

  it("keeps no stored body: the articles it indexes are the snapshot's bodiless copies", () => {
    // With the bodies kept, a no-op of 40,000 × 3 held 275 MB of them to its end.
    const b = new RemoteIndexBuilder();
    b.add(article(1, 'guides/a'));
    const kept = withoutBodies(article(2, 'guides/b'));
    b.add(article(2, 'guides/b'), kept);
    const index = b.build();
    const translations = [...index.byKey.values()].flat().flatMap((a) => a.translations ?? []);
    expect(translations).toHaveLength(2);
    expect(translations.filter((t) => 'body' in t)).toEqual([]);
    expect(index.byKey.get('guides/b')![0]).toBe(kept);
  });
});

const entry = (id: number) => ({ id, t: { 'en-us': `h${id}` } });

/** A state article holding one part of the record of namespace `ns`. */
const recordArticle = (
  id: number,
  articles: Record<string, { id: number; t: Record<string, string> }>,
  shard = ROOT_SHARD,
  damaged = false,
) => {
  const body = stateHtml({ v: 1, root: 'docs', ns: 'acme/docs:docs', articles }, shard);
  return {
    id,
    html_url: `https://z/hc/en-us/articles/${id}`,
    source_locale: 'en-us',
    locale: 'en-us',
    title: stateTitle('acme/docs:docs', shard),
    updated_at: '2026-01-01T00:00:00Z',
    translations: [
      {
        id: id * 10,
        source_id: id,
        locale: 'en-us',
        title: stateTitle('acme/docs:docs', shard),
        draft: true,
        updated_at: '2026-01-01T00:00:00Z',
        body: damaged ? body.replace(/(<pre[^>]*>)[\s\S]*?(<\/pre>)/, '$1damaged$2') : body,
      },
    ],
  } as unknown as ZdArticle;
};

describe('a record part held by two articles', () => {
  it('keeps the oldest, reads the entries only the other holds, and names both', () => {
    const b = new RemoteIndexBuilder();
    b.add(recordArticle(9, { a: entry(2), c: entry(3) }));
    b.add(recordArticle(5, { a: entry(1), b: entry(1) }));
    const held = b.build().states.get('acme/docs:docs')!;
    expect(held.state.articles).toEqual({ a: entry(1), b: entry(1), c: entry(3) });
    expect(held.shards.get('0/0')!.article.id).toBe(5);
    expect(held.duplicates).toEqual([{ label: '0/0', kept: 5, extra: [9], why: 'the oldest', added: ['c'] }]);
  });

  it('prefers a copy that reads over an older damaged one, per part', () => {
    const [low, high] = splitShard(ROOT_SHARD);
    const b = new RemoteIndexBuilder();
    const lowKey = ['a', 'b', 'c', 'd', 'e', 'f'].find((k) => keyHash(k) >>> 31 === 0)!;
    b.add(recordArticle(3, {}, low, true));
    b.add(recordArticle(4, { [lowKey]: entry(7) }, low));
    b.add(recordArticle(6, {}, high));
    const held = b.build().states.get('acme/docs:docs')!;
    expect(held.duplicates).toEqual([{ label: '1/0', kept: 4, extra: [3], why: 'the others cannot be read', added: [] }]);
    expect(held.state.articles).toEqual({ [lowKey]: entry(7) });
  });

  it('names nothing when each part has one article', () => {
    const b = new RemoteIndexBuilder();
    b.add(recordArticle(5, { a: entry(1) }));
    b.add(recordArticle(5, { a: entry(2) }));
    expect(b.build().states.get('acme/docs:docs')!.duplicates).toEqual([]);
  });
});
