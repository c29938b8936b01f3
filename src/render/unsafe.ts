import type { Element, Root as HastRoot, RootContent } from 'hast';
import type { Options as SanitizeSchema } from 'rehype-sanitize';

/** Something the sanitizer is about to remove, at its line in the Markdown body. */
export interface RenderWarning {
  line: number;
  column: number;
  message: string;
  hint?: string;
}

type Definition = string | [string, ...unknown[]];

/** hast property name → the attribute a writer typed: `className` → `class`, `onClick` → `onclick`. */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^(aria|data)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return property.toLowerCase();
}

function findDefinition(list: readonly Definition[] | undefined, key: string): Definition | undefined {
  let data: Definition | undefined;
  for (const entry of list ?? []) {
    const name = typeof entry === 'string' ? entry : entry[0];
    if (name === key) return entry;
    if (name === 'data*') data = entry;
  }
  return /^data[A-Z0-9]/.test(key) ? data : undefined;
}

/** Same rule as hast-util-sanitize: a scheme before any `/`, `?` or `#` must be on the list. */
function unsafeScheme(schema: SanitizeSchema, key: string, value: unknown): string | undefined {
  const protocols = schema.protocols?.[key];
  if (!protocols?.length || typeof value !== 'string') return undefined;
  const colon = value.indexOf(':');
  if (colon < 0) return undefined;
  for (const stop of ['/', '?', '#']) {
    const at = value.indexOf(stop);
    if (at > -1 && colon > at) return undefined;
  }
  const scheme = value.slice(0, colon);
  return protocols.includes(scheme) ? undefined : scheme;
}

/**
 * Lists what sanitizing will take out of raw HTML, so a writer learns that their `<iframe>` or
 * `onclick` did not make it instead of finding out in Guide. Reads the tree, changes nothing;
 * must run on the same tree the sanitizer then sees.
 */
export function findUnsafe(tree: HastRoot, schema: SanitizeSchema, lineOffset: number): RenderWarning[] {
  const warnings: RenderWarning[] = [];
  const tags = new Set(schema.tagNames ?? []);
  const strip = new Set(schema.strip ?? []);
  const attributes = (schema.attributes ?? {}) as Record<string, Definition[]>;
  const warn = (node: Element, message: string, hint?: string) => {
    const start = node.position?.start;
    // Only raw HTML can be unsafe, and it always has a position; generated nodes may not.
    if (!start) return;
    warnings.push({ line: (start?.line ?? 1) + lineOffset, column: start?.column ?? 1, message, ...(hint ? { hint } : {}) });
  };

  const walk = (children: RootContent[]) => {
    for (const node of children) {
      if (node.type !== 'element') continue;
      const tag = (node.data as { writtenAs?: string } | undefined)?.writtenAs ?? node.tagName;
      if (strip.has(node.tagName)) {
        warn(
          node,
          `<${node.tagName}> is not allowed in Guide articles; removed with its content`,
          `see "Raw HTML" in zendesk-guide-publisher's docs/front-matter.md for render.allow_unsafe_html`,
        );
        continue;
      }
      if (!tags.has(node.tagName)) {
        warn(node, `<${node.tagName}> is not allowed in Guide articles; removed (its content is kept)`);
      } else {
        for (const [key, value] of Object.entries(node.properties ?? {})) {
          if (value === undefined || value === null || value === false) continue;
          const definition = findDefinition(attributes[node.tagName], key) ?? findDefinition(attributes['*'], key);
          if (!definition) {
            const name = attributeName(key);
            warn(
              node,
              `${name.startsWith('on') ? 'event handler' : 'attribute'} ${name} on <${tag}> is not allowed in Guide articles; removed`,
            );
            continue;
          }
          const scheme = unsafeScheme(schema, key, value);
          if (scheme) warn(node, `${attributeName(key)}="${scheme}:…" on <${tag}> is not an allowed link; removed`);
        }
      }
      walk(node.children);
    }
  };
  walk(tree.children);
  return warnings;
}
