import { describe, expect, it } from 'vitest';
import { markerHtml } from '../../src/plan/marker.js';
import { bodyDigest } from '../../src/plan/normalize.js';
import { RemoteIndexBuilder } from '../../src/plan/remote-index.js';
import type { ZdArticle } from '../../src/remote/types.js';

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
});
