import { describe, expect, it } from 'vitest';
import { analyzeBody, markerHtml } from '../../src/plan/marker.js';
import { bodyDigest, contentHash, normalizeHtml } from '../../src/plan/normalize.js';

describe('normalizeHtml', () => {
  it('sees through re-serialization: whitespace between blocks, attribute order, quotes, entities, void tags', () => {
    const ours = '<p>Hello <em>world</em>.</p>\n<p><a href="https://e.com/?a=1&amp;b=2" title="x">it&#39;s</a><br/>next</p>';
    const theirs = "<p>Hello <em>world</em>.</p><p>\n  <a title='x' href='https://e.com/?a=1&b=2'>it's</a><br>next</p>\n";
    expect(normalizeHtml(theirs)).toBe(normalizeHtml(ours));
  });

  it('treats an implied <tbody> and dropped comments as the same table', () => {
    expect(normalizeHtml('<table><tr><td>1</td></tr></table>')).toBe(normalizeHtml('<table>\n<tbody>\n<tr><td>1</td></tr></tbody></table><!-- x -->'));
  });

  it('keeps meaningful differences', () => {
    expect(normalizeHtml('<p>a b</p>')).not.toBe(normalizeHtml('<p>ab</p>'));
    expect(normalizeHtml('<p><em>a</em> <em>b</em></p>')).not.toBe(normalizeHtml('<p><em>a</em><em>b</em></p>'));
    expect(normalizeHtml('<pre><code>a\n  b</code></pre>')).not.toBe(normalizeHtml('<pre><code>a b</code></pre>'));
  });
});

describe('marker', () => {
  it('round-trips key, hash and assets through a body, and leaves the rest comparable', () => {
    const body = '<p>Text</p>';
    const marker = {
      key: 'guides/a',
      hash: 'abc123',
      assets: { deadbeef: 'https://z.example/hc/article_attachments/1/a.png' },
      src: 'f00d',
      refs: { 'img/a b.png': 'deadbeef', 'other.md#x=y': 'https://z.example/hc/en-us/articles/1#x=y' },
    };
    const analyzed = analyzeBody(`${body}\n${markerHtml(marker)}`);
    expect(analyzed.marker).toEqual(marker);
    expect(analyzed.digest).toBe(bodyDigest(normalizeHtml(body)));
  });

  it('finds no marker in a hand-written article', () => {
    expect(analyzeBody('<p>Written in Guide</p>').marker).toBeUndefined();
  });

  it('fingerprints title and body', () => {
    expect(contentHash('A', '<p>x</p>')).not.toBe(contentHash('B', '<p>x</p>'));
    expect(contentHash('A', '<p>x</p>')).toBe(contentHash('A', '<p>x</p>'));
  });
});
