import type { Element, ElementContent, Properties } from 'hast';
import type { ListItem, Parents } from 'mdast';
import type { State } from 'mdast-util-to-hast';

/**
 * mdast-util-to-hast's `listItem` handler (13.2.2), with one change: whether the parent list is
 * loose is worked out once per list instead of once per item. Upstream, every item scans its
 * siblings until it finds a loose one, so a tight list of n items costs n²/2 checks: a
 * 100,000-item list took minutes to render. Everything else is as upstream writes it, so the
 * HTML is the same byte for byte (test/unit/render-lists.test.ts compares the two).
 *
 * Passed to remark-rehype as `handlers.listItem` (render/markdown.ts).
 */
export function createListItemHandler(): (state: State, node: ListItem, parent: Parents | undefined) => Element {
  // Per render: a list's children do not change while it is turned into HTML.
  const looseLists = new WeakMap<Parents, boolean>();
  const listLoose = (parent: Parents): boolean => {
    let loose = looseLists.get(parent);
    if (loose === undefined) {
      loose = parentLoose(parent);
      looseLists.set(parent, loose);
    }
    return loose;
  };
  return (state, node, parent) => {
    const results = state.all(node);
    const loose = parent ? listLoose(parent) : listItemLoose(node);
    const properties: Properties = {};
    if (typeof node.checked === 'boolean') {
      checkbox(results, node.checked);
      // According to github-markdown-css, this class hides the bullet.
      properties.className = ['task-list-item'];
    }
    const children = itemChildren(results, loose);
    const result: Element = { type: 'element', tagName: 'li', properties, children };
    state.patch(node, result);
    return state.applyData(node, result);
  };
}

/** Whether a list is loose: spread itself, or any of its items is. */
function parentLoose(node: Parents): boolean {
  if (node.type !== 'list') return false;
  let loose = node.spread || false;
  let index = -1;
  while (!loose && ++index < node.children.length) {
    loose = listItemLoose(node.children[index]!);
  }
  return loose;
}

function listItemLoose(node: ListItem): boolean {
  const { spread } = node;
  return spread === null || spread === undefined ? node.children.length > 1 : spread;
}

/** A task item's disabled checkbox, at the start of its first paragraph. */
function checkbox(results: ElementContent[], checked: boolean): void {
  const head = results[0];
  let paragraph: Element;
  if (head && head.type === 'element' && head.tagName === 'p') {
    paragraph = head;
  } else {
    paragraph = { type: 'element', tagName: 'p', properties: {}, children: [] };
    results.unshift(paragraph);
  }
  if (paragraph.children.length > 0) paragraph.children.unshift({ type: 'text', value: ' ' });
  paragraph.children.unshift({
    type: 'element',
    tagName: 'input',
    properties: { type: 'checkbox', checked, disabled: true },
    children: [],
  });
}

/** The item's content: a tight item's paragraphs unwrapped, with line endings as upstream puts them. */
function itemChildren(results: ElementContent[], loose: boolean): ElementContent[] {
  const children: ElementContent[] = [];
  let index = -1;
  while (++index < results.length) {
    const child = results[index]!;
    // Add eols before nodes, except if this is a loose, first paragraph.
    if (loose || index !== 0 || child.type !== 'element' || child.tagName !== 'p') {
      children.push({ type: 'text', value: '\n' });
    }
    if (child.type === 'element' && child.tagName === 'p' && !loose) {
      children.push(...child.children);
    } else {
      children.push(child);
    }
  }
  const tail = results[results.length - 1];
  // Add a final eol.
  if (tail && (loose || tail.type !== 'element' || tail.tagName !== 'p')) {
    children.push({ type: 'text', value: '\n' });
  }
  return children;
}
