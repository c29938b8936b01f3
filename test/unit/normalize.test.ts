import { describe, expect, it } from 'vitest';
import { analyzeBody, markerHtml } from '../../src/plan/marker.js';
import { bodyDigest, contentHash, normalizeHtml } from '../../src/plan/normalize.js';
import { mulberry32 } from '../zendesk-sim/faults.js';
import { reformatHtml } from '../zendesk-sim/html.js';

describe('normalizeHtml', () => {
  it('sees through re-serialization: whitespace between blocks, attribute order, quotes, entities, void tags', () => {
    const ours = '<p>Hello <em>world</em>.</p>\n<p><a href="https://e.com/?a=1&amp;b=2" title="x">it&#39;s</a><br/>next</p>';
    const theirs = "<p>Hello <em>world</em>.</p><p>\n  <a title='x' href='https://e.com/?a=1&b=2'>it's</a><br>next</p>\n";
    expect(normalizeHtml(theirs)).toBe(normalizeHtml(ours));
  });

  it('treats an implied <tbody> and dropped comments as the same table', () => {
    expect(normalizeHtml('<table><tr><td>1</td></tr></table>')).toBe(
      normalizeHtml('<table>\n<tbody>\n<tr><td>1</td></tr></tbody></table><!-- x -->'),
    );
  });

  it('collapses runs of any HTML whitespace in text to one space, and escapes only what needs it', () => {
    expect(normalizeHtml('<p>a \t\n b  c\r\nd\fe</p>')).toBe('<p>a b c d e</p>');
    expect(normalizeHtml('<p>one two</p>\n  \n<p> x </p>')).toBe('<p>one two</p><p>x</p>');
    expect(normalizeHtml('<p>a &amp; b &lt;c&gt; "d"</p><a title="&quot;x&quot; &amp; y">z</a>')).toBe(
      '<p>a &amp; b &lt;c&gt; "d"</p><a title="&quot;x&quot; &amp; y">z</a>',
    );
  });

  it('sees through the simulator re-serializing 2,000 random well-formed fragments', () => {
    const random = mulberry32(7);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const words = ['alpha', 'Beta', 'x', '&amp;', '&lt;tag&gt;', '&#39;', '&nbsp;', '&copy;', '"q"', "it's", 'a>b', '€'];
    const attr = () => `${pick(['href', 'class', 'title', 'alt', 'data-x'])}=${pick(['"x"', '"a b"', "'it&#39;s'", '"A&amp;B"', 'bare'])}`;
    const element = (tag: string, inner: string) =>
      `<${tag}${Array.from({ length: Math.floor(random() * 3) }, () => ` ${attr()}`).join('')}>${inner}</${tag}>`;
    // Well formed by the content model too (no block inside a paragraph, no link inside a link):
    // what a serializer writes.
    const gen = (depth: number, phrasing: boolean, inLink = false): string => {
      const parts: string[] = [];
      for (let k = 0, count = 1 + Math.floor(random() * 4); k < count; k++) {
        const r = random();
        if (depth > 3 || r < 0.35) parts.push(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(words)).join(' '));
        else if (r < 0.45) parts.push(pick(['<br>', '<img src="a.png" alt="x">', '<!-- note -->']));
        else if (phrasing || r < 0.6) {
          const tag = pick(inLink ? ['em', 'strong', 'code', 'span'] : ['em', 'strong', 'a', 'code', 'span']);
          parts.push(element(tag, gen(depth + 1, true, inLink || tag === 'a')));
        } else if (r < 0.67) parts.push(`<pre><code>${pick(['a\n  b', ' x &amp; y ', 'z\n'])}</code></pre>`);
        else if (r < 0.74) parts.push(`<table><tbody><tr><td>${gen(depth + 1, false)}</td></tr></tbody></table>`);
        else if (r < 0.8) parts.push(`<ul><li>${gen(depth + 1, false)}</li><li>${gen(depth + 1, false)}</li></ul>`);
        else if (r < 0.9) parts.push(element(pick(['p', 'h2']), gen(depth + 1, true)));
        else parts.push(element(pick(['div', 'blockquote']), gen(depth + 1, false)));
        if (!phrasing) parts.push(pick(['', '\n', '\n\n']));
      }
      return parts.join(phrasing ? ' ' : '');
    };
    for (let n = 0; n < 2000; n++) {
      const html = gen(0, false);
      expect(normalizeHtml(reformatHtml(html)), html).toBe(normalizeHtml(html));
    }
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
