import type { Element, Root as HastRoot } from 'hast';
import type { Code, Image, Root as MdastRoot, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { rehypeGuideEquivalents, remarkAlerts, remarkTaskMarks } from './gfm.js';
import { labelsFor } from './labels.js';
import { guideSchema } from './schema.js';
import { findUnsafe, type RenderWarning } from './unsafe.js';
import { refToken } from './ref-token.js';
import { DIAGRAM_URL_PREFIX, diagramSource } from './diagram.js';
import { createListItemHandler } from './list-item.js';

export type { RenderWarning };

/**
 * A local reference in the body: an image (inline attachment), a linked file (block
 * attachment) or a link to another Markdown file (becomes that article's URL). In the HTML it is
 * replaced by the token `zgp-ref:<index>`, for the planner to fill with the final URL.
 */
export interface LocalRef {
  index: number;
  kind: 'image' | 'file' | 'article' | 'diagram';
  /** For a ```mermaid fence: what the renderer draws and the image's alt text. */
  diagram?: { source: string; alt: string };
  /** As written in the Markdown. */
  url: string;
  line: number;
  column: number;
}

export interface RenderedBody {
  /** Sanitized HTML with `zgp-ref:<index>` tokens where local references were. */
  html: string;
  /** Text of the first H1 when it was taken as the title (and dropped from the body). */
  h1Title: string | undefined;
  refs: LocalRef[];
  /** Raw HTML the sanitizer removed, at its line; empty when unsafe HTML is allowed. */
  warnings: RenderWarning[];
  /** Every `id` in the body (headings, footnotes, raw HTML), for checking `#anchor` links. */
  ids: string[];
  /** Links to an anchor in the same article (`#setup`), for checking that it exists. */
  fragments: { id: string; line: number; column: number }[];
}

export interface RenderOptions {
  takeH1AsTitle: boolean;
  /** Line of the file where the body starts, so positions are file lines. */
  bodyLine?: number;
  /** GitHub alerts as styled divs (default true). */
  alerts?: boolean;
  /** Skip sanitizing (default false); the caller warns that it is on. */
  allowUnsafeHtml?: boolean;
  /** Language of the words the renderer adds (alert titles, the footnotes heading). */
  locale?: string;
}

/** Anything with a scheme (https:, mailto:), protocol-relative, or a pure fragment stays as it is. */
export function isLocalReference(url: string): boolean {
  if (url === '' || url.startsWith('#') || url.startsWith('//')) return false;
  return !/^[a-z][a-z0-9+.-]*:/i.test(url);
}

function takeTitleFromH1(options: { enabled: boolean; found: { title?: string } }) {
  return (tree: MdastRoot) => {
    if (!options.enabled) return;
    const index = tree.children.findIndex((n) => n.type === 'heading' && n.depth === 1);
    if (index === -1) return;
    // Only a leading H1 is a title; an H1 after content is part of the body.
    const before = tree.children.slice(0, index).filter((n) => n.type !== 'html' && n.type !== 'definition');
    if (before.length > 0) return;
    options.found.title = toString(tree.children[index]!).trim();
    tree.children.splice(index, 1);
  };
}

/**
 * A ```mermaid fence becomes an image (rendered to PNG by prepare.ts). Its alt text is the
 * diagram's `accTitle`, else its caption (a paragraph of emphasis alone right after or right
 * before it), else "Diagram".
 */
function remarkDiagrams(diagrams: NonNullable<LocalRef['diagram']>[]) {
  return (tree: MdastRoot) => {
    // A caption belongs to one diagram: the one it follows, else the one it comes before.
    const claimed = new Set<RootContent>();
    visit(tree, 'code', (node: Code, index, parent) => {
      if (node.lang?.toLowerCase() !== 'mermaid' || !parent || index === undefined) return;
      const { source, title } = diagramSource(node.value);
      const caption = (sibling: RootContent | undefined) => {
        if (sibling?.type !== 'paragraph' || claimed.has(sibling)) return undefined;
        if (sibling.children.length !== 1 || sibling.children[0]!.type !== 'emphasis') return undefined;
        claimed.add(sibling);
        return toString(sibling).trim() || undefined;
      };
      const alt = title ?? caption(parent.children[index + 1]) ?? caption(parent.children[index - 1]) ?? 'Diagram';
      diagrams.push({ source, alt });
      const image: Image = { type: 'image', url: `${DIAGRAM_URL_PREFIX}${diagrams.length - 1}`, alt };
      const paragraph: Paragraph = { type: 'paragraph', children: [image], ...(node.position ? { position: node.position } : {}) };
      image.position = node.position;
      parent.children[index] = paragraph;
    });
  };
}

function collectReferences(
  refs: LocalRef[],
  fragments: RenderedBody['fragments'],
  lineOffset: number,
  diagrams: NonNullable<LocalRef['diagram']>[],
) {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      const attr = ['img', 'video', 'source'].includes(node.tagName) ? 'src' : node.tagName === 'a' ? 'href' : undefined;
      if (!attr) return;
      const value = node.properties?.[attr];
      const found =
        node.tagName === 'img' && typeof value === 'string' && value.startsWith(DIAGRAM_URL_PREFIX)
          ? diagrams[Number(value.slice(DIAGRAM_URL_PREFIX.length))]
          : undefined;
      if (found) {
        const pos = node.position?.start;
        const index = refs.length;
        refs.push({
          index,
          kind: 'diagram',
          url: String(value),
          line: (pos?.line ?? 1) + lineOffset,
          column: pos?.column ?? 1,
          diagram: found,
        });
        node.properties[attr] = refToken(index);
        return;
      }
      if (typeof value === 'string' && value.length > 1 && value.startsWith('#') && node.position) {
        fragments.push({ id: value.slice(1), line: node.position.start.line + lineOffset, column: node.position.start.column });
      }
      if (typeof value !== 'string' || !isLocalReference(value)) return;
      const pathPart = value.split('#')[0]!.split('?')[0]!;
      if (pathPart === '') return;
      const pos = node.position?.start;
      const kind = attr === 'src' ? 'image' : /\.md$/i.test(pathPart) ? 'article' : 'file';
      const index = refs.length;
      refs.push({ index, kind, url: value, line: (pos?.line ?? 1) + lineOffset, column: pos?.column ?? 1 });
      node.properties[attr] = refToken(index);
    });
  };
}

function collectIds(ids: string[]) {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      const id = node.properties?.id;
      if (typeof id === 'string' && id) ids.push(id);
    });
  };
}

/**
 * remark-rehype's handlers that differ from mdast-util-to-hast's: `listItem` in linear time
 * (render/list-item.ts). Fresh per render, as the handler caches per list.
 */
export function hastHandlers(): { listItem: ReturnType<typeof createListItemHandler> } {
  return { listItem: createListItemHandler() };
}

/**
 * Markdown (CommonMark + GFM, raw HTML sanitized) to Help Center HTML. Pure: reads no file, so
 * it can run for thousands of articles and be tested with strings.
 */
export function renderMarkdown(markdown: string, options: RenderOptions): RenderedBody {
  const found: { title?: string } = {};
  const refs: LocalRef[] = [];
  const warnings: RenderWarning[] = [];
  const ids: string[] = [];
  const fragments: RenderedBody['fragments'] = [];
  const diagrams: NonNullable<LocalRef['diagram']>[] = [];
  const lineOffset = (options.bodyLine ?? 1) - 1;
  const labels = labelsFor(options.locale);
  const safe = !options.allowUnsafeHtml;
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(() => takeTitleFromH1({ enabled: options.takeH1AsTitle, found }))
    .use(options.alerts === false ? [] : [() => remarkAlerts(labels)])
    .use(remarkTaskMarks)
    .use(() => remarkDiagrams(diagrams))
    .use(remarkRehype, { allowDangerousHtml: true, footnoteLabel: labels.footnotes, handlers: hastHandlers() })
    .use(rehypeRaw)
    .use(rehypeGuideEquivalents)
    .use(
      safe
        ? [() => (tree: HastRoot) => void warnings.push(...findUnsafe(tree, guideSchema, lineOffset)), [rehypeSanitize, guideSchema]]
        : [],
    )
    .use(rehypeSlug)
    .use(() => collectIds(ids))
    .use(() => collectReferences(refs, fragments, lineOffset, diagrams))
    .use(rehypeStringify);
  const file = processor.processSync(markdown);
  return { html: String(file), h1Title: found.title, refs, warnings, ids, fragments };
}
