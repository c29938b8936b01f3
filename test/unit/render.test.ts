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
