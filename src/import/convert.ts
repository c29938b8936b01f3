import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import type { RootContent as MdastContent } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { contentForm } from '../plan/content-form.js';
import { renderMarkdown } from '../render/markdown.js';

/** How the publisher will render what the import writes (the docs root's `render` settings). */
export interface ConvertRender {
  alerts: boolean;
  allowUnsafeHtml: boolean;
}

export interface ConvertOptions {
  /**
   * The local path (relative to the Markdown file, with any `#anchor`) that replaces a URL in the
   * body: an attachment downloaded next to the article, or another imported article. Undefined
   * leaves the URL as it is.
   */
  localUrl: (url: string, kind: 'image' | 'link') => string | undefined;
  /** Anchors some link points at: a heading keeps such an id even where Markdown would give it another. */
  linkedAnchors: { has(id: string): boolean };
  render: ConvertRender;
  locale: string;
}

export interface Converted {
  markdown: string;
  /** Top-level blocks kept as raw HTML because Markdown cannot hold them. */
  rawBlocks: number;
  /** The publisher would not give back this body's content (only with sanitizing on: unsafe HTML it removes). */
  lossy: boolean;
}

const parser = unified().use(rehypeParse, { fragment: true });
const toMarkdown = unified()
  .use(rehypeRemark)
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-', listItemIndent: 'one' });
const stringifier = unified().use(remarkGfm).use(remarkStringify, {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fences: true,
  rule: '-',
  listItemIndent: 'one',
});

/** Elements Markdown writes, with the attributes it can carry; anything else stays raw HTML. */
const EXPRESSIBLE: Record<string, readonly string[]> = {
  p: [],
  blockquote: [],
  ul: [],
  ol: ['start'],
  li: [],
  hr: [],
  br: [],
  a: ['href', 'title'],
  img: ['src', 'alt', 'title'],
  strong: [],
  b: [],
  em: [],
  i: [],
  del: [],
  s: [],
  code: [],
  pre: [],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ['align'],
  td: ['align'],
  h1: ['id'],
  h2: ['id'],
  h3: ['id'],
  h4: ['id'],
  h5: ['id'],
  h6: ['id'],
};
const HAST_NAME: Record<string, string> = { class: 'className' };
const CELL_BLOCKS = new Set(['p', 'div', 'ul', 'ol', 'pre', 'blockquote', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr']);

/** Whether Markdown can hold this element and everything inside it (verified afterwards by rendering). */
function expressible(node: ElementContent, headingIds: ReadonlyMap<Element, 'keep-raw' | 'ok'>): boolean {
  if (node.type === 'text') return true;
  if (node.type !== 'element') return false;
  const allowed = EXPRESSIBLE[node.tagName];
  if (!allowed) return false;
  if (headingIds.get(node) === 'keep-raw') return false;
  for (const key of Object.keys(node.properties)) {
    if (node.tagName === 'code' && key === 'className') {
      const classes = node.properties.className;
      if (Array.isArray(classes) && classes.length === 1 && /^language-[\w+#.-]+$/.test(String(classes[0]))) continue;
      return false;
    }
    if (!allowed.some((a) => (HAST_NAME[a] ?? a) === key)) return false;
  }
  if (node.tagName === 'pre') {
    const [code, ...rest] = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
    if (rest.length || !code || code.type !== 'element' || code.tagName !== 'code') return false;
    return code.children.every((c) => c.type === 'text') && expressible(code, headingIds);
  }
  if (node.tagName === 'code') return node.children.every((c) => c.type === 'text');
  if ((node.tagName === 'th' || node.tagName === 'td') && node.children.some((c) => c.type === 'element' && CELL_BLOCKS.has(c.tagName)))
    return false;
  return node.children.every((c) => expressible(c, headingIds));
}

/**
 * Decides for each heading with an id: Markdown gives every heading GitHub's slug of its text,
 * so an id that a link points at and that is not that slug is kept by writing the heading as HTML.
 */
function headingIdsOf(tree: HastRoot, linked: ConvertOptions['linkedAnchors']): Map<Element, 'keep-raw' | 'ok'> {
  const slugger = new GithubSlugger();
  const out = new Map<Element, 'keep-raw' | 'ok'>();
  visit(tree, 'element', (node: Element) => {
    if (!/^h[1-6]$/.test(node.tagName)) return;
    const id = node.properties.id;
    const slug = slugger.slug(toString(node));
    out.set(node, typeof id === 'string' && id !== slug && linked.has(id) ? 'keep-raw' : 'ok');
  });
  return out;
}

/** The publisher's marker and "edit on GitHub" footer are its own: it writes them again, they are not content. */
function dropOwnElements(tree: HastRoot): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    const classes = node.properties.className;
    if (parent && index !== undefined && Array.isArray(classes) && classes.some((c) => c === 'zgp-source' || c === 'zgp-provenance')) {
      parent.children.splice(index, 1);
      return index;
    }
    return undefined;
  });
}

/** Replaces attachment and article URLs with local paths; returns local path → original URL, to verify with. */
function localize(tree: HastRoot, options: ConvertOptions): Map<string, string> {
  const originals = new Map<string, string>();
  visit(tree, 'element', (node: Element) => {
    const attr = node.tagName === 'img' ? 'src' : node.tagName === 'a' ? 'href' : undefined;
    if (!attr) return;
    const value = node.properties[attr];
    if (typeof value !== 'string') return;
    const local = options.localUrl(value, attr === 'src' ? 'image' : 'link');
    if (local === undefined) return;
    originals.set(local, value);
    node.properties[attr] = local;
  });
  return originals;
}

const isBlank = (n: RootContent) => n.type === 'text' && n.value.trim() === '';

/** Top-level blocks; a run of inline content at the root becomes one block of its own. */
function blocksOf(tree: HastRoot): RootContent[][] {
  const blocks: RootContent[][] = [];
  let inline: RootContent[] = [];
  const endInline = () => {
    while (inline.length && isBlank(inline[inline.length - 1]!)) inline.pop();
    if (inline.length) blocks.push(inline);
    inline = [];
  };
  for (const node of tree.children) {
    if (node.type === 'doctype' || node.type === 'comment') continue;
    const block = node.type === 'element' && BLOCK_LEVEL.has(node.tagName);
    if (block) {
      endInline();
      blocks.push([node]);
    } else if (!(inline.length === 0 && isBlank(node))) {
      inline.push(node);
    }
  }
  endInline();
  return blocks;
}

const BLOCK_LEVEL = new Set(
  'address article aside blockquote details dialog div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr iframe li main nav ol p pre section table ul video audio object embed center'.split(
    ' ',
  ),
);

/** One block as raw HTML, on lines Markdown keeps together as one HTML block. */
function rawHtml(nodes: RootContent[]): string {
  const html = toHtml({ type: 'root', children: nodes }).trim();
  // A blank line would end the HTML block; inside <pre> (its own kind of block) it is content.
  const first = nodes[0];
  return nodes.length === 1 && first?.type === 'element' && first.tagName === 'pre' ? html : html.replace(/\n[ \t]*\n/g, '\n');
}

function mdastOf(nodes: RootContent[]): MdastContent[] {
  const tree = toMarkdown.runSync({ type: 'root', children: nodes });
  return tree.children;
}

function stringify(children: MdastContent[]): string {
  return stringifier.stringify({ type: 'root', children });
}

/** What the publisher makes of this Markdown, in content form, with local paths back to the URLs they replaced. */
function renderedContent(markdown: string, originals: ReadonlyMap<string, string>, options: ConvertOptions): string {
  const rendered = renderMarkdown(markdown, {
    takeH1AsTitle: false,
    alerts: options.render.alerts,
    allowUnsafeHtml: options.render.allowUnsafeHtml,
    locale: options.locale,
  });
  let html = rendered.html;
  for (const ref of rendered.refs) html = html.replace(`zgp-ref:${ref.index}"`, `${escapeQuote(originals.get(ref.url) ?? ref.url)}"`);
  return contentForm(html);
}

const escapeQuote = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * A stored body as Markdown the publisher renders back to the same content: each top-level
 * block that Markdown can hold (checked by rendering it with the publisher's own renderer and
 * comparing content forms) becomes Markdown, and every other block stays raw HTML, so nothing is
 * dropped. Attachment and article URLs become local paths.
 */
export function htmlToMarkdown(html: string, options: ConvertOptions): Converted {
  const tree = parser.parse(html);
  dropOwnElements(tree);
  const headingIds = headingIdsOf(tree, options.linkedAnchors);
  // What the body must come back as, from the tree before its URLs become local paths (no copy of it).
  const target = contentForm(toHtml(tree));
  const originals = localize(tree, options);
  const blocks = blocksOf(tree);

  type Part = { nodes: RootContent[]; md: MdastContent[] | undefined };
  const parts: Part[] = blocks.map((nodes) => ({
    nodes,
    md: nodes.every((n) => n.type !== 'doctype' && expressible(n, headingIds)) ? mdastOf(nodes) : undefined,
  }));
  const assemble = () =>
    stringify(parts.flatMap((p): MdastContent[] => p.md ?? [{ type: 'html', value: rawHtml(p.nodes) }])).replace(/\n+$/, '') + '\n';

  let markdown = assemble();
  let lossy = false;
  if (renderedContent(markdown, originals, options) !== target) {
    // Find the blocks that do not come back the same, one by one, and keep those as HTML.
    for (const part of parts) {
      if (!part.md) continue;
      const alone = contentForm(toOriginal({ type: 'root', children: part.nodes }, originals));
      if (renderedContent(stringify(part.md), originals, options) !== alone) part.md = undefined;
    }
    markdown = assemble();
    if (renderedContent(markdown, originals, options) !== target) {
      // Blocks that change each other (two lists that would merge): all HTML, if that comes back.
      const saved = parts.map((p) => p.md);
      for (const part of parts) part.md = undefined;
      const raw = assemble();
      if (renderedContent(raw, originals, options) === target) markdown = raw;
      else {
        parts.forEach((p, i) => (p.md = saved[i]));
        lossy = true;
      }
    }
  }
  const rawBlocks = parts.filter((p) => !p.md).length;
  return { markdown: markdown === '\n' ? '' : markdown, rawBlocks, lossy };
}

/** The tree as HTML with the original URLs, for the content it must come back as. */
function toOriginal(tree: HastRoot, originals: ReadonlyMap<string, string>): string {
  const copy = structuredClone(tree);
  visit(copy, 'element', (node: Element) => {
    const attr = node.tagName === 'img' ? 'src' : node.tagName === 'a' ? 'href' : undefined;
    const value = attr ? node.properties[attr] : undefined;
    if (attr && typeof value === 'string' && originals.has(value)) node.properties[attr] = originals.get(value)!;
  });
  return toHtml(copy);
}
