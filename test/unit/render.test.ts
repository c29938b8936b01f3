import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.js';

const render = (md: string, takeH1AsTitle = false) => renderMarkdown(md, { takeH1AsTitle });

describe('renderMarkdown', () => {
  it('renders GFM: tables, strikethrough, autolinks, code with its language class', () => {
    const { html } = render('| a | b |\n| - | - |\n| 1 | 2 |\n\n~~old~~ https://example.com\n\n```ts\nconst x = 1;\n```\n');
    expect(html).toContain('<table>');
    expect(html).toContain('<td>1</td>');
    expect(html).toContain('<del>old</del>');
    expect(html).toContain('<a href="https://example.com">https://example.com</a>');
    expect(html).toContain('<pre><code class="language-ts">const x = 1;\n</code></pre>');
  });

  it('gives headings ids for anchors', () => {
    expect(render('## Run the installer').html).toBe('<h2 id="run-the-installer">Run the installer</h2>');
  });

  it('takes a leading H1 as the title and drops it from the body', () => {
    const r = render('# Reset your password\n\nText', true);
    expect(r.h1Title).toBe('Reset your password');
    expect(r.html).toBe('<p>Text</p>');
  });

  it('keeps an H1 when the title comes from front matter', () => {
    const r = render('# Heading\n\nText', false);
    expect(r.h1Title).toBeUndefined();
    expect(r.html).toContain('<h1 id="heading">Heading</h1>');
  });

  it('sanitizes hostile raw HTML', () => {
    const { html } = render(
      '<script>alert(1)</script>\n\n<a href="javascript:alert(1)" onclick="steal()">x</a> <img src="https://e.com/a.png" onerror="x()">\n\n<iframe src="https://evil"></iframe>',
    );
    expect(html).not.toMatch(/script|javascript:|onclick|onerror|iframe/);
    expect(html).toContain('<img src="https://e.com/a.png">');
  });

  it('replaces local images, files and article links by tokens, with their lines', () => {
    const r = renderMarkdown('Intro\n\n![shot](img/a.png) [guide](other.md#step-2) [pdf](files/x.pdf) [web](https://e.com) [top](#top)', {
      takeH1AsTitle: false,
      bodyLine: 10,
    });
    expect(r.refs).toEqual([
      { index: 0, kind: 'image', url: 'img/a.png', line: 12, column: 1 },
      { index: 1, kind: 'article', url: 'other.md#step-2', line: 12, column: 20 },
      { index: 2, kind: 'file', url: 'files/x.pdf', line: 12, column: 45 },
    ]);
    expect(r.html).toContain('src="zgp-ref:0"');
    expect(r.html).toContain('href="zgp-ref:1"');
    expect(r.html).toContain('href="https://e.com"');
    expect(r.html).toContain('href="#top"');
  });
});

describe('renderMarkdown: what Guide would otherwise lose', () => {
  it("turns GitHub alerts into classed divs, titled in the article's language, unless turned off", () => {
    const md = '> [!WARNING]\n> Back up first.';
    expect(renderMarkdown(md, { takeH1AsTitle: false }).html).toBe(
      '<div class="zgp-alert zgp-alert-warning">\n<p class="zgp-alert-title">Warning</p>\n<p>Back up first.</p>\n</div>',
    );
    expect(renderMarkdown(md, { takeH1AsTitle: false, locale: 'fr' }).html).toContain('<p class="zgp-alert-title">Avertissement</p>');
    expect(renderMarkdown(md, { takeH1AsTitle: false, locale: 'pt-br' }).html).toContain('>Aviso<');
    expect(renderMarkdown(md, { takeH1AsTitle: false, alerts: false }).html).toBe(
      '<blockquote>\n<p>[!WARNING]\nBack up first.</p>\n</blockquote>',
    );
  });

  it('writes task-list checkboxes as characters, since Guide strips <input>', () => {
    const { html } = render('- [x] done\n- [ ] to do');
    expect(html).not.toContain('<input');
    expect(html).toContain('<li class="task-list-item"><span class="zgp-task zgp-task-done">☑</span> done</li>');
    expect(html).toContain('<span class="zgp-task zgp-task-open">☐</span> to do');
  });

  it('keeps footnote ids and links, in a div rather than a <section> Guide would drop', () => {
    const { html, ids } = renderMarkdown('Claim[^1].\n\n[^1]: Source.', { takeH1AsTitle: false, locale: 'de' });
    expect(html).toContain('<a href="#user-content-fn-1" id="user-content-fnref-1"');
    expect(html).toContain('<div data-footnotes="" class="footnotes"><h2 class="sr-only" id="footnote-label">Fußnoten</h2>');
    expect(html).not.toContain('<section');
    expect(ids).toEqual(expect.arrayContaining(['user-content-fn-1', 'user-content-fnref-1']));
  });

  it('warns about each piece of raw HTML it removes, at its line in the file', () => {
    const { warnings } = renderMarkdown('Text\n\n<iframe src="https://x"></iframe>\n\n<a href="#" onclick="x()">a</a>', {
      takeH1AsTitle: false,
      bodyLine: 5,
    });
    expect(warnings).toEqual([
      expect.objectContaining({ line: 7, column: 1, message: '<iframe> is not allowed in Guide articles; removed with its content' }),
      expect.objectContaining({ line: 9, column: 1, message: 'event handler onclick on <a> is not allowed in Guide articles; removed' }),
    ]);
  });

  it('publishes raw HTML as written only when unsafe HTML is allowed, and then warns about nothing itself', () => {
    const r = renderMarkdown('<script>track()</script>\n\n<iframe src="https://video.example/embed"></iframe>', {
      takeH1AsTitle: false,
      allowUnsafeHtml: true,
    });
    expect(r.html).toContain('<script>track()</script>');
    expect(r.html).toContain('<iframe src="https://video.example/embed"></iframe>');
    expect(r.warnings).toEqual([]);
  });

  it('lists same-article anchors so missing ones can be reported', () => {
    const r = renderMarkdown('## Setup\n\n[go](#setup) [nowhere](#missing)', { takeH1AsTitle: false });
    expect(r.ids).toEqual(['setup']);
    expect(r.fragments).toEqual([
      { id: 'setup', line: 3, column: 1 },
      { id: 'missing', line: 3, column: 14 },
    ]);
  });
});
