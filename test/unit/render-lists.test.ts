/**
 * Lists render in time linear in their length (src/render/list-item.ts): mdast-util-to-hast's own
 * `listItem` checks every sibling for each item. Work is measured by counting reads of a list's
 * items, never by the clock, and the project's handler must give the same HTML as upstream's.
 */
import type { Root as MdastRoot, Parents } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { hastHandlers, renderMarkdown } from '../../src/render/markdown.js';

const tightList = (n: number) => Array.from({ length: n }, (_, i) => `- item ${i}`).join('\n') + '\n';

/** Replaces each list's items with a proxy that counts reads by index. */
function countItemReads(counter: { reads: number }) {
  return (tree: MdastRoot) => {
    visit(tree, 'list', (node: Parents) => {
      node.children = new Proxy(node.children, {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) counter.reads++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
    });
  };
}

/** Reads of list items while one Markdown document becomes HTML, with the given handlers. */
function itemReads(markdown: string, handlers: ReturnType<typeof hastHandlers> | undefined): number {
  const counter = { reads: 0 };
  unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(() => countItemReads(counter))
    .use(remarkRehype, handlers ? { handlers } : {})
    .use(rehypeStringify)
    .processSync(markdown);
  return counter.reads;
}

const html = (markdown: string, handlers: ReturnType<typeof hastHandlers> | undefined) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype, { allowDangerousHtml: true, ...(handlers ? { handlers } : {}) })
      .use(rehypeStringify)
      .processSync(markdown),
  );

describe('long lists', () => {
  it('the project handler reads each item a constant number of times: 4× the items, at most 5× the reads', () => {
    const small = itemReads(tightList(500), hastHandlers());
    const large = itemReads(tightList(2_000), hastHandlers());
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeLessThan(5);
  });

  it('the check can fail: upstream mdast-util-to-hast reads quadratically (4× the items, over 10× the reads)', () => {
    const small = itemReads(tightList(500), undefined);
    const large = itemReads(tightList(2_000), undefined);
    expect(large / small).toBeGreaterThan(10);
  });

  it('renderMarkdown uses the linear handler (a 5,000-item list renders every item)', () => {
    const { html: out } = renderMarkdown(tightList(5_000), { takeH1AsTitle: false });
    expect(out.match(/<li>/g)).toHaveLength(5_000);
    expect(out).toContain('<li>item 4999</li>');
  });

  it.each([
    ['tight', '- a\n- b\n- c\n'],
    ['loose by a blank line', '- a\n\n- b\n- c\n'],
    ['loose by one item with two paragraphs', '- a\n- b\n\n  more b\n- c\n'],
    ['ordered, starting at 3', '3. a\n4. b\n'],
    ['task list', '- [ ] todo\n- [x] done\n- plain\n'],
    ['task item without text', '- [ ]\n- [x] done\n'],
    ['nested, the inner one loose', '- a\n  - b\n\n  - c\n- d\n'],
    ['an item that is only a code block', '- ```\n  code\n  ```\n- b\n'],
    ['empty items', '-\n- b\n-\n'],
    ['in a block quote', '> - a\n> - b\n'],
  ])('gives the same HTML as upstream: %s', (_name, markdown) => {
    expect(html(markdown, hastHandlers())).toBe(html(markdown, undefined));
  });
});
