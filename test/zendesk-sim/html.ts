/*
 * Stored-HTML reformatting, the way Guide rewrites article bodies it stores.
 *
 * Why: Zendesk does not give back the body you sent. A publisher that compares its own HTML
 * with the stored HTML as plain strings sees a change on every run and republishes forever;
 * one that parses both and normalizes whitespace between blocks, attribute order, quoting and
 * character references sees equality. This module makes that difference real.
 *
 * What reformatHtml(html) does, in order (deterministic: same input, same output):
 *  1. Parses the body as an HTML5 fragment (parse5 via rehype-parse). Tag and attribute names
 *     become lowercase, unclosed elements are closed, a <table>'s rows get a <tbody>,
 *     comments are dropped.
 *  2. Sanitizes like Guide: removes <script>, <style> and <noscript> elements with their content,
 *     every on* attribute (onclick, onerror, ...), and href/src/action/formaction/xlink:href/
 *     poster/background values that start with "javascript:" (ignoring case and whitespace).
 *  3. Whitespace (never inside <pre>, <textarea> or their descendants):
 *     - in a "block container" (the fragment root, or an element whose children are only block
 *       elements and whitespace-only text), whitespace-only text is thrown away and the block
 *       children are laid out one per line, indented by two spaces per level of nesting:
 *         <ul>\n  <li>a</li>\n  <li>b</li>\n</ul>
 *       At the root every top-level block is followed by "\n" (so the body ends with "\n").
 *     - elsewhere, a whitespace-only text node (e.g. between two inline elements) collapses to
 *       one space " ". Text that contains anything besides whitespace is never touched.
 *     - a root with mixed inline and block children is not re-laid out, but trailing
 *       whitespace-only text is dropped and one "\n" appended: every non-empty body ends in "\n".
 *  4. Serializes (rehype-stringify / hast-util-to-html):
 *     - attributes sorted by hast property name (className, href, src, ... roughly alphabetical
 *       by attribute name), values always in double quotes; boolean attributes bare;
 *     - void elements without a slash: <br/> and <br /> become <br>, <img ... /> becomes <img ...>;
 *     - character references: only "&" (as &amp;), "<" (&lt;) in text and '"' (&quot;) in
 *       attribute values are escaped, by name; every other reference becomes the character
 *       itself (&#39; -> ', &rsquo; -> ’, &eacute; -> é, &#x26; -> &amp;, &nbsp; -> U+00A0).
 *
 * Block elements (for step 3): address article aside blockquote caption colgroup dd details
 * dialog div dl dt fieldset figcaption figure footer form h1-h6 header hgroup hr li main nav
 * ol p pre section summary table tbody td tfoot th thead tr ul.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

const BLOCKS = new Set(
  (
    'address article aside blockquote caption colgroup dd details dialog div dl dt fieldset ' +
    'figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre ' +
    'section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);
const DROPPED_ELEMENTS = new Set(['script', 'style', 'noscript']);
const PRESERVE_WHITESPACE = new Set(['pre', 'textarea']);
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'background'];

type Parent = Root | Element;
type Child = RootContent | ElementContent;

function isBlock(node: Child): boolean {
  return node.type === 'element' && BLOCKS.has(node.tagName);
}

function isWhitespaceText(node: Child): boolean {
  return node.type === 'text' && /^[ \t\n\f\r]*$/.test(node.value);
}

function sanitize(parent: Parent): void {
  const kept: Child[] = [];
  for (const child of parent.children) {
    if (child.type === 'comment' || child.type === 'doctype') continue;
    if (child.type === 'element') {
      if (DROPPED_ELEMENTS.has(child.tagName)) continue;
      const props = child.properties;
      for (const key of Object.keys(props)) {
        if (/^on/i.test(key)) delete props[key];
      }
      for (const key of URL_PROPERTIES) {
        const value = props[key];
        if (typeof value === 'string' && /^\s*javascript:/i.test(value)) delete props[key];
      }
      // Rebuild the properties in sorted order: hast-util-to-html writes them in key order.
      const sorted: Element['properties'] = {};
      for (const key of Object.keys(props).sort()) sorted[key] = props[key];
      child.properties = sorted;
      sanitize(child);
      if (child.tagName === 'template' && child.content) sanitize(child.content);
    }
    kept.push(child);
  }
  parent.children = kept;
}

function layout(parent: Parent, depth: number): void {
  if (parent.type === 'element' && PRESERVE_WHITESPACE.has(parent.tagName)) return;
  const children: Child[] = parent.children;
  const meaningful = children.filter((c) => !isWhitespaceText(c));
  const blockContainer = meaningful.length > 0 && meaningful.every(isBlock);

  if (blockContainer) {
    const out: Child[] = [];
    const isRoot = parent.type === 'root';
    const indent = '  '.repeat(depth);
    for (const child of meaningful) {
      if (child.type === 'element') layout(child, isRoot ? 0 : depth + 1);
      if (isRoot) {
        out.push(child, { type: 'text', value: '\n' });
      } else {
        out.push({ type: 'text', value: `\n${indent}  ` }, child);
      }
    }
    if (!isRoot) out.push({ type: 'text', value: `\n${indent}` });
    parent.children = out;
    return;
  }

  for (const child of children) {
    if (child.type === 'element') layout(child, depth);
    else if (isWhitespaceText(child) && child.type === 'text' && child.value !== '') child.value = ' ';
  }
  if (parent.type === 'root') {
    // Mixed inline/block content at the root: only make the body end with one "\n".
    while (parent.children.length > 0 && isWhitespaceText(parent.children[parent.children.length - 1] as Child)) {
      parent.children.pop();
    }
    if (parent.children.length > 0) parent.children.push({ type: 'text', value: '\n' });
  }
}

const parser = unified().use(rehypeParse, { fragment: true });
const serializer = unified().use(rehypeStringify, {
  characterReferences: { useNamedReferences: true },
  quote: '"',
  quoteSmart: false,
  closeSelfClosing: false,
});

export function reformatHtml(html: string): string {
  if (html === '') return '';
  const tree = parser.parse(html);
  sanitize(tree);
  layout(tree, 0);
  return serializer.stringify(tree);
}
