/**
 * Golden files: each Markdown file under test/fixtures/render/ is rendered and compared with
 * test/unit/__golden__/<name>.html (and <name>.warnings.txt). A renderer change shows up as a
 * reviewable diff; `npx vitest run -u test/unit/render-golden.test.ts` accepts it, and then
 * RENDER_VERSION in src/render/fingerprint.ts must be bumped so published articles re-render.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.js';
import { GUIDE_TAGS } from '../../src/render/schema.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.resolve(here, '../fixtures/render');
const names = fs
  .readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.replace(/\.md$/, ''))
  .sort();

const render = (name: string) =>
  renderMarkdown(fs.readFileSync(path.join(FIXTURES, `${name}.md`), 'utf8'), { takeH1AsTitle: name === 'headings', bodyLine: 1 });

const elements = (html: string) => {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html);
  const out: Element[] = [];
  visit(tree, 'element', (node: Element) => void out.push(node));
  return out;
};

describe('rendering golden files', () => {
  it.each(names)('%s.md', async (name) => {
    const result = render(name);
    await expect(result.html + '\n').toMatchFileSnapshot(`__golden__/${name}.html`);
    const warnings = result.warnings.map((w) => `${name}.md:${w.line}:${w.column}: ${w.message}${w.hint ? ` (${w.hint})` : ''}`);
    await expect(warnings.join('\n') + '\n').toMatchFileSnapshot(`__golden__/${name}.warnings.txt`);
  });

  it.each(names)("%s.md uses only tags on Guide's list, and no script, handler or javascript: URL", (name) => {
    const { html } = render(name);
    for (const el of elements(html)) {
      expect(GUIDE_TAGS).toContain(el.tagName);
      for (const [key, value] of Object.entries(el.properties)) {
        expect(key).not.toMatch(/^on/i);
        expect(key).not.toBe('style');
        if (typeof value === 'string') expect(value).not.toMatch(/^\s*(javascript|data|vbscript):/i);
      }
    }
  });

  it.each(names)('%s.md: every in-page link has its target (footnotes and headings survive sanitizing)', (name) => {
    const { html } = render(name);
    const ids = new Set(
      elements(html)
        .map((e) => e.properties.id)
        .filter((id): id is string => typeof id === 'string'),
    );
    const fragments = elements(html)
      .map((e) => e.properties.href)
      .filter((href): href is string => typeof href === 'string' && href.startsWith('#'))
      .map((href) => decodeURIComponent(href.slice(1)));
    for (const f of fragments) expect(ids).toContain(f);
  });
});
