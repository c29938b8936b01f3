import type { Element, Root as HastRoot } from 'hast';
import type { Blockquote, List, Paragraph, PhrasingContent, Root as MdastRoot, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Labels } from './labels.js';

/**
 * Markdown that GitHub previews one way and Guide would show another: alerts, task lists and
 * footnotes are rewritten into HTML that survives Guide's allowlist and that a theme can style.
 */

const ALERT = /^\[!(note|tip|important|warning|caution)\][ \t]*(?:\r?\n|$)/i;
type AlertKind = 'note' | 'tip' | 'important' | 'warning' | 'caution';

/**
 * `> [!NOTE]` (GitHub's alert syntax, the marker alone on the first line) becomes
 * `<div class="zgp-alert zgp-alert-note"><p class="zgp-alert-title">Note</p>…</div>`. A marker
 * followed by nothing stays a plain quote, as on GitHub.
 */
export function remarkAlerts(labels: Labels) {
  return (tree: MdastRoot) => {
    visit(tree, 'blockquote', (node: Blockquote) => {
      const first = node.children[0];
      if (first?.type !== 'paragraph') return;
      const text = first.children[0];
      if (text?.type !== 'text') return;
      const match = ALERT.exec(text.value);
      if (!match) return;
      const rest = text.value.slice(match[0].length);
      const remaining: PhrasingContent[] = rest ? [{ ...text, value: rest }, ...first.children.slice(1)] : first.children.slice(1);
      // A hard break right after the marker belongs to the marker line.
      if (remaining[0]?.type === 'break') remaining.shift();
      const body = remaining.length ? [{ ...first, children: remaining } as Paragraph, ...node.children.slice(1)] : node.children.slice(1);
      if (body.length === 0) return;
      const kind = match[1]!.toLowerCase() as AlertKind;
      const title: Paragraph = {
        type: 'paragraph',
        children: [{ type: 'text', value: labels[kind] }],
        data: { hProperties: { className: ['zgp-alert-title'] } },
      };
      node.children = [title, ...body];
      node.data = { ...node.data, hName: 'div', hProperties: { className: ['zgp-alert', `zgp-alert-${kind}`] } };
    });
  };
}

/**
 * Guide strips `<input>`, so a task list item's checkbox would vanish; a ☑/☐ character in a
 * classed span survives and reads the same in the editor.
 */
export function remarkTaskMarks() {
  return (tree: MdastRoot) => {
    visit(tree, 'list', (list: List) => {
      let isTaskList = false;
      for (const item of list.children) {
        if (typeof item.checked !== 'boolean') continue;
        isTaskList = true;
        const done = item.checked;
        item.checked = null;
        item.data = { ...item.data, hProperties: { className: ['task-list-item'] } };
        const mark: Text = {
          type: 'text',
          value: done ? '☑' : '☐',
          data: { hName: 'span', hProperties: { className: ['zgp-task', done ? 'zgp-task-done' : 'zgp-task-open'] } },
        };
        const space: Text = { type: 'text', value: ' ' };
        const first = item.children[0];
        if (first?.type === 'paragraph') first.children.unshift(mark, space);
        else item.children.unshift({ type: 'paragraph', children: [mark] });
      }
      if (isTaskList) list.data = { ...list.data, hProperties: { className: ['contains-task-list'] } };
    });
  };
}

/** Tags Guide does not take but that have an equivalent it does: meaning kept, not dropped. */
const EQUIVALENT: Record<string, string> = { b: 'strong', i: 'em', s: 'del', strike: 'del' };

/**
 * Before sanitizing: the footnotes `<section>` (not on Guide's list) becomes a `<div>` with the
 * same class, ids and links, and `<b>`, `<i>`, `<s>` from raw HTML become their equivalents.
 */
export function rehypeGuideEquivalents() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'section' && node.properties?.dataFootnotes !== undefined) node.tagName = 'div';
      const equivalent = EQUIVALENT[node.tagName];
      if (equivalent) {
        // Warnings about this element should name the tag the writer typed.
        node.data = { ...node.data, writtenAs: node.tagName } as Element['data'];
        node.tagName = equivalent;
      }
    });
  };
}
