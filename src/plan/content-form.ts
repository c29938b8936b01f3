import { bodyDigest, canonicalize, type Rewrite } from './normalize.js';

/**
 * A link to a Help Center article, in any of the forms Guide and writers use:
 * `https://acme.zendesk.com/hc/en-us/articles/123-slug#anchor`, `/hc/fr/articles/123`,
 * `/hc/articles/123`. Undefined for anything else.
 */
export function articleLinkOf(href: string): { id: number; locale: string | undefined; anchor: string } | undefined {
  const m =
    /^(?:https?:\/\/[^/?#]+)?\/hc\/(?:([a-z]{2,3}(?:-[a-z0-9]{2,8})*)\/)?articles\/(\d+)(?:-[^/?#]*)?\/?(?:\?[^#]*)?(?:#(.*))?$/i.exec(
      href.trim(),
    );
  if (!m) return undefined;
  return { id: Number(m[2]), locale: m[1]?.toLowerCase(), anchor: m[3] ?? '' };
}

/** The host part of a Help Center URL (`https://acme.zendesk.com/hc/...`). */
const HC_ORIGIN = /^https?:\/\/[^/?#]+(?=\/hc\/)/i;
const SAME_AS: Record<string, string> = { b: 'strong', i: 'em', s: 'del', strike: 'del' };
const HEADING = /^h[1-6]$/;
/** Wrappers Markdown writes (GFM tables always have a head) and hand-written HTML may not. */
const WRAPPERS = new Set(['thead', 'tbody', 'tfoot']);

/**
 * What an article says rather than how its HTML spells it, for bodies the tool did not write (an
 * article made by hand in Guide, then imported or adopted): on top of the canonical form
 * (whitespace, attribute order, quoting, entities), `<b>` is `<strong>` (and `<i>` `<em>`, `<s>`
 * `<del>`), a heading's id is not content (the renderer gives every heading one), table sections
 * are not content, and a link to an article is that article and anchor, whatever its host,
 * locale or slug (the publisher writes each link as the target's URL in the body's locale).
 */
const contentRewrite: Rewrite = (name, attrs) => {
  if (WRAPPERS.has(name)) return null;
  const renamed = SAME_AS[name] ?? name;
  if (HEADING.test(name) && attrs.id !== undefined) {
    const { id: _id, ...rest } = attrs;
    return { name: renamed, attrs: rest };
  }
  if (name === 'a' && attrs.href !== undefined) {
    const link = articleLinkOf(attrs.href);
    if (link) return { name, attrs: { ...attrs, href: `zgp-article:${link.id}${link.anchor ? `#${link.anchor}` : ''}` } };
    if (HC_ORIGIN.test(attrs.href)) return { name, attrs: { ...attrs, href: attrs.href.replace(HC_ORIGIN, '') } };
  }
  // An attachment is the same file whether its URL names the host or not.
  if ((name === 'img' || name === 'video' || name === 'source') && attrs.src !== undefined && HC_ORIGIN.test(attrs.src)) {
    return { name, attrs: { ...attrs, src: attrs.src.replace(HC_ORIGIN, '') } };
  }
  return renamed === name ? { name, attrs } : { name: renamed, attrs };
};

/** The content form of a body (see `contentRewrite`); the tool's own elements are left out by `ignore`. */
export function contentForm(html: string, ignore?: (name: string, attrs: Record<string, string>) => boolean): string {
  // A code block's last line break is how Markdown ends one, not content.
  return canonicalize(html, undefined, ignore, contentRewrite).html.replace(/\n(<\/code>)?<\/pre>/g, '$1</pre>');
}

export function contentDigest(html: string, ignore?: (name: string, attrs: Record<string, string>) => boolean): string {
  return bodyDigest(contentForm(html, ignore));
}
