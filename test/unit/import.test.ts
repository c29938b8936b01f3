import { describe, expect, it } from 'vitest';
import { htmlToMarkdown, type ConvertOptions } from '../../src/import/convert.js';
import { Namer, placeArticles, slug } from '../../src/import/layout.js';
import { articleLinkOf, contentForm } from '../../src/plan/content-form.js';
import type { ZdArticle } from '../../src/remote/types.js';

const options = (over: Partial<ConvertOptions> = {}): ConvertOptions => ({
  localUrl: () => undefined,
  linkedAnchors: new Set(),
  render: { alerts: true, allowUnsafeHtml: false },
  locale: 'en-us',
  ...over,
});

describe('htmlToMarkdown', () => {
  it('writes Markdown for what Markdown holds', () => {
    const r = htmlToMarkdown('<h2>Setup</h2><p>Use <b>this</b> and <i>that</i>.</p><ul><li>a</li><li>b</li></ul>', options());
    expect(r).toEqual({ markdown: '## Setup\n\nUse **this** and _that_.\n\n- a\n- b\n', rawBlocks: 0, lossy: false });
  });

  it('keeps code languages, and GFM tables', () => {
    const r = htmlToMarkdown(
      '<pre><code class="language-python">print(1)\n</code></pre><table><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>',
      options(),
    );
    expect(r.markdown).toBe('```python\nprint(1)\n```\n\n| a |\n| - |\n| 1 |\n');
  });

  it('keeps as raw HTML what Markdown cannot hold, and never drops it', () => {
    const r = htmlToMarkdown(
      '<p>Intro</p><table><tr><td colspan="2">x</td></tr></table><div class="callout"><p>Note</p></div><p><span style="color:red">red</span></p>',
      options({ render: { alerts: true, allowUnsafeHtml: true } }),
    );
    expect(r.markdown).toContain('Intro\n\n<table><tbody><tr><td colspan="2">x</td></tr></tbody></table>');
    expect(r.markdown).toContain('<div class="callout"><p>Note</p></div>');
    expect(r.markdown).toContain('<p><span style="color:red">red</span></p>');
    expect(r.rawBlocks).toBe(3);
    expect(r.lossy).toBe(false);
  });

  it('says when the sanitizer would remove something (an iframe) unless raw HTML is allowed', () => {
    const html = '<iframe src="https://www.youtube.com/embed/x"></iframe>';
    expect(htmlToMarkdown(html, options()).lossy).toBe(true);
    expect(htmlToMarkdown(html, options({ render: { alerts: true, allowUnsafeHtml: true } }))).toMatchObject({
      lossy: false,
      rawBlocks: 1,
    });
  });

  it('keeps a heading id a link points at when it is not the slug Markdown would give', () => {
    const html = '<h2 id="setup">Set it up</h2><h2 id="other">Other</h2><h2 id="unused">Unused</h2>';
    const r = htmlToMarkdown(html, options({ linkedAnchors: new Set(['setup', 'other']) }));
    expect(r.markdown).toBe('<h2 id="setup">Set it up</h2>\n\n## Other\n\n## Unused\n');
  });

  it('rewrites attachment and article URLs to local paths, and leaves others', () => {
    const r = htmlToMarkdown(
      '<p><img src="https://acme.zendesk.com/hc/article_attachments/1/a.png" alt="A"> <a href="/hc/fr/articles/9#x">t</a> <a href="https://example.com">e</a></p>',
      options({
        localUrl: (url) => (url.includes('attachments') ? 'a/a.png' : url.includes('/articles/9') ? '../s/t.md#x' : undefined),
      }),
    );
    expect(r.markdown).toBe('![A](a/a.png) [t](../s/t.md#x) [e](https://example.com)\n');
  });

  it("drops the publisher's own marker", () => {
    expect(htmlToMarkdown('<p>x</p><div class="zgp-source" data-zgp-key="a"></div>', options()).markdown).toBe('x\n');
  });
});

describe('contentForm', () => {
  it('compares content, not spelling', () => {
    const a = contentForm(
      '<h2 id="a">T</h2><p><b>x</b> <a href="https://acme.zendesk.com/hc/en-us/articles/12-slug#k">l</a></p><table><tr><td>1</td></tr></table>',
    );
    const b = contentForm(
      '<h2 id="t">T</h2>\n<p><strong>x</strong> <a href="/hc/fr/articles/12#k">l</a></p><table><thead><tr><td>1</td></tr></thead></table>',
    );
    expect(a).toBe(b);
    expect(contentForm('<p>x</p>')).not.toBe(contentForm('<p>y</p>'));
    expect(contentForm('<a href="/hc/en-us/articles/12#k">l</a>')).not.toBe(contentForm('<a href="/hc/en-us/articles/13#k">l</a>'));
  });

  it('reads article links in every form', () => {
    expect(articleLinkOf('https://acme.zendesk.com/hc/en-us/articles/123-Reset-it#top')).toEqual({
      id: 123,
      locale: 'en-us',
      anchor: 'top',
    });
    expect(articleLinkOf('/hc/pt-br/articles/5')).toEqual({ id: 5, locale: 'pt-br', anchor: '' });
    expect(articleLinkOf('https://example.com/hc/en-us/sections/5')).toBeUndefined();
  });
});

describe('layout', () => {
  const structure = {
    categories: [
      { id: 1, name: 'Account & billing' },
      { id: 2, name: 'Help' },
    ],
    sections: [
      { id: 10, name: 'FAQ', category_id: 1 },
      { id: 11, name: 'FAQ', category_id: 2 },
      { id: 12, name: 'Invoices', category_id: 1 },
    ],
    permissionGroups: [{ id: 20, name: 'Agents' }],
    userSegments: [
      { id: 30, name: 'Signed-in users' },
      { id: 31, name: 'Signed-in users' },
    ],
  };
  const art = (id: number, section: number, title: string) =>
    ({ id, section_id: section, title, source_locale: 'en-us', translations: [] }) as unknown as ZdArticle;

  it('slugs names', () => {
    expect(slug('Réglages & Comptes: FAQ!')).toBe('reglages-comptes-faq');
  });

  it('names records by name where the name is unique, else Category / Section, else id', () => {
    const n = new Namer(structure);
    expect(n.section(12)).toBe('Invoices');
    expect(n.section(10)).toBe('Account & billing / FAQ');
    expect(n.permissionGroup(20)).toBe('Agents');
    expect(n.userSegment(30)).toBe(30);
    expect(n.userSegment(null)).toBe('everyone');
  });

  it('gives colliding names a stable id suffix and keeps earlier paths', () => {
    const placed = placeArticles(
      [art(101, 12, 'Refunds'), art(100, 12, 'Refunds'), art(102, 10, 'Refunds')],
      structure,
      new Map([[103, 'x/old']]),
    );
    expect(Object.fromEntries(placed.map((p) => [p.id, p.key]))).toEqual({
      100: 'account-billing/invoices/refunds',
      101: 'account-billing/invoices/refunds-101',
      102: 'account-billing/faq/refunds',
    });
    expect(placeArticles([art(103, 12, 'New title')], structure, new Map([[103, 'x/old']]))[0]!.key).toBe('x/old');
  });
});
