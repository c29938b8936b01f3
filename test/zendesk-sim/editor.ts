// What Guide's article editor does to a body when a writer edits it there (see
// ../shared/zendesk-api.md, "What Guide's editor does to bodies"): the object-based editor keeps
// what it models and drops what it does not, so invisible markup (data-* attributes, empty
// elements such as the tool's marker div) does not survive a save; a writer may also rewrite
// the whole text.
import type { Element, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

const VOID = new Set(['img', 'br', 'hr', 'input', 'source', 'track', 'wbr', 'col', 'area', 'embed']);

const parser = unified().use(rehypeParse, { fragment: true });
const serializer = unified().use(rehypeStringify);

function strip(children: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (const child of children) {
    if (child.type === 'comment') continue;
    if (child.type !== 'element') {
      out.push(child);
      continue;
    }
    const el: Element = child;
    for (const name of Object.keys(el.properties)) if (/^data[A-Z]/.test(name)) delete el.properties[name];
    el.children = strip(el.children) as Element['children'];
    const empty = el.children.every((c) => c.type === 'text' && c.value.trim() === '');
    if (empty && !VOID.has(el.tagName)) continue;
    out.push(el);
  }
  return out;
}

/** A save in Guide's editor: data-* attributes, comments and empty elements are gone. */
export function stripInvisible(html: string): string {
  const tree = parser.parse(html);
  tree.children = strip(tree.children);
  return serializer.stringify(tree);
}

export type GuideEdit =
  /** The writer saved without changing the text: the editor drops what it does not model. */
  | { kind: 'strip-invisible' }
  /** The writer rewrote the article: a new body, nothing of the old markup kept. */
  | { kind: 'rewrite'; body: string }
  /** The writer changed a sentence, and the editor's save dropped the invisible markup. */
  | { kind: 'edit-text'; from: string; to: string };

export function applyGuideEdit(body: string, edit: GuideEdit): string {
  switch (edit.kind) {
    case 'strip-invisible':
      return stripInvisible(body);
    case 'rewrite':
      return edit.body;
    case 'edit-text':
      return stripInvisible(body.split(edit.from).join(edit.to));
  }
}
