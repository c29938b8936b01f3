import { createHash } from 'node:crypto';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'col', 'colgroup', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'video', 'source', 'track',
]);

const parser = unified().use(rehypeParse, { fragment: true });

export function parseFragment(html: string): Root {
  return parser.parse(html);
}

const isBlock = (n: RootContent | ElementContent | undefined) => n?.type === 'element' && BLOCK.has(n.tagName);

/**
 * Canonical form of an HTML fragment, so that two bodies that differ only the way a server's
 * re-serialization differs (whitespace between blocks, attribute order, quoting, entities,
 * `<br/>` vs `<br>`) compare equal. Text inside `<pre>` is kept exactly.
 */
export function normalizeTree(tree: Root): string {
  const walk = (parent: Root | Element, inPre: boolean) => {
    const kids = parent.children as (RootContent | ElementContent)[];
    const out: (RootContent | ElementContent)[] = [];
    for (let i = 0; i < kids.length; i++) {
      const node = kids[i]!;
      if (node.type === 'comment' || node.type === 'doctype') continue;
      if (node.type === 'text' && !inPre) {
        const value = node.value.replace(/[ \t\r\n\f]+/g, ' ');
        const blockParent = parent.type === 'root' || BLOCK.has((parent as Element).tagName);
        const first = out.length === 0;
        const last = i === kids.length - 1;
        if (value === ' ' && (isBlock(kids[i - 1]) || isBlock(kids[i + 1]) || (blockParent && (first || last)))) continue;
        let v = value;
        if (blockParent && (first || isBlock(kids[i - 1]))) v = v.trimStart();
        if (blockParent && (last || isBlock(kids[i + 1]))) v = v.trimEnd();
        if (v) out.push({ type: 'text', value: v });
        continue;
      }
      if (node.type === 'element') {
        const props = node.properties ?? {};
        node.properties = Object.fromEntries(Object.keys(props).sort().map((k) => [k, props[k]!]));
        walk(node, inPre || node.tagName === 'pre');
      }
      out.push(node);
    }
    parent.children = out as typeof parent.children;
  };
  walk(tree, false);
  return toHtml(tree);
}

export function normalizeHtml(html: string): string {
  return normalizeTree(parseFragment(html));
}

/** Short content fingerprint of a translation as published: title and normalized body. */
export function contentHash(title: string, normalizedBody: string): string {
  return createHash('sha256').update(title).update('\0').update(normalizedBody).digest('hex').slice(0, 20);
}
