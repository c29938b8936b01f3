import type { Element, Root, RootContent, ElementContent } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reformatHtml } from './html.js';
import { startSimulator, type Simulator } from './index.js';
import { call, createArticle, type TranslationJson } from './test-helpers.js';

/**
 * What a careful client does before comparing HTML: parse, drop whitespace-only text (outside
 * <pre>), collapse whitespace runs, sort attributes, serialize with one serializer.
 */
function normalize(html: string): string {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html);
  const walk = (parent: Root | Element, inPre: boolean): void => {
    const kept: (RootContent | ElementContent)[] = [];
    for (const child of parent.children) {
      if (child.type === 'comment') continue;
      if (child.type === 'text' && !inPre) {
        if (child.value.trim() === '') continue;
        child.value = child.value.replace(/\s+/g, ' ');
      }
      if (child.type === 'element') {
        const sorted: Element['properties'] = {};
        for (const key of Object.keys(child.properties).sort()) sorted[key] = child.properties[key];
        child.properties = sorted;
        walk(child, inPre || child.tagName === 'pre');
      }
      kept.push(child);
    }
    parent.children = kept;
  };
  walk(tree, false);
  return unified().use(rehypeStringify).stringify(tree);
}

const CLIENT_HTML = [
  '<h1 id=\'intro\' class="title">Intro</h1>',
  '<p>It&#39;s <strong>bold</strong> <em>and</em> fine &amp; dandy<br/>next line</p>',
  '<ul><li>one</li><li>two <a title="T" href="https://example.com/?a=1&amp;b=2">link</a></li></ul>',
  '<pre><code class="language-sh">  keep\n    this  </code></pre>',
  '<p><img src="a.png" alt="A"/></p>',
  '<table><tr><td>cell</td></tr></table>',
].join('\n');

describe('stored-HTML reformatting', () => {
  it('changes the string but not the meaning', () => {
    const stored = reformatHtml(CLIENT_HTML);
    expect(stored).not.toBe(CLIENT_HTML);
    expect(normalize(stored)).toBe(normalize(CLIENT_HTML));
  });

  it('rewrites the formatting as documented', () => {
    const stored = reformatHtml(CLIENT_HTML);
    expect(stored).toContain('<h1 class="title" id="intro">'); // sorted attributes, double quotes
    expect(stored).toContain("It's"); // &#39; -> '
    expect(stored).toContain('<br>next'); // <br/> -> <br>
    expect(stored).toContain('<ul>\n  <li>one</li>\n  <li>two'); // one block per line, indented
    expect(stored).toContain('<a href="https://example.com/?a=1&amp;b=2" title="T">');
    expect(stored).toContain('<img alt="A" src="a.png">');
    expect(stored).toContain('  keep\n    this  </code>'); // <pre> untouched
    expect(stored).toContain('<tbody>');
    expect(stored.endsWith('\n')).toBe(true);
  });

  it('differs from typical Markdown-renderer output even for simple bodies', () => {
    const simple = '<h1>Title</h1>\n<p>Hello</p>';
    expect(reformatHtml(simple)).not.toBe(simple);
    expect(normalize(reformatHtml(simple))).toBe(normalize(simple));
  });

  it('sanitizes scripts, styles, event handlers and javascript: URLs', () => {
    const stored = reformatHtml(
      '<p onclick="evil()">x<script>alert(1)</script></p><style>p{}</style><a href=" JavaScript:alert(1)">y</a><img src="x.png" onerror="e()">',
    );
    // mixed block/inline content at the root: no re-layout (see html.ts)
    expect(stored).toBe('<p>x</p><a>y</a><img src="x.png">\n');
  });

  it('is deterministic and idempotent', () => {
    const once = reformatHtml(CLIENT_HTML);
    expect(reformatHtml(CLIENT_HTML)).toBe(once);
    expect(reformatHtml(once)).toBe(once);
  });

  it('keeps meaningful inline whitespace, collapsing only whitespace-only runs', () => {
    expect(reformatHtml('<p><b>a</b>   \n  <i>b</i></p>')).toBe('<p><b>a</b> <i>b</i></p>\n');
    expect(reformatHtml('<p>a&nbsp;b</p>')).toBe('<p>a\u00a0b</p>\n');
    expect(reformatHtml('plain <b>text</b>  ')).toBe('plain <b>text</b>\n');
  });
});

describe('stored-HTML reformatting over HTTP', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(() => sim.close());

  it('stores a reformatted body on create and on translation update', async () => {
    const a = await createArticle(sim, { body: CLIENT_HTML });
    expect(a.body).not.toBe(CLIENT_HTML);
    expect(normalize(a.body)).toBe(normalize(CLIENT_HTML));
    const put = await call<{ translation: TranslationJson }>(sim, 'PUT', `/api/v2/help_center/articles/${a.id}/translations/en-us`, {
      json: { translation: { body: '<p class="b" id="a">new</p>' } },
    });
    expect(put.body.translation.body).toBe('<p class="b" id="a">new</p>\n');
  });

  it('stores bodies verbatim when reformatHtml is off', async () => {
    sim.setOptions({ reformatHtml: false });
    try {
      const a = await createArticle(sim, { body: CLIENT_HTML });
      expect(a.body).toBe(CLIENT_HTML);
    } finally {
      sim.setOptions({ reformatHtml: true });
    }
  });
});
