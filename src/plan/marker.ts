import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { escapeAttr } from './html-escape.js';
import { contentDigest } from './content-form.js';
import { bodyDigest, canonicalize } from './normalize.js';

/**
 * The tool's mark on every translation it writes: an empty `<div>` (Guide keeps `class` and
 * `data-*`) holding the file's identity key, a fingerprint of what was published (to notice
 * edits made in Guide since), and which uploaded attachment holds each local file (by content
 * hash), so unchanged files are never uploaded again. It is how a lost id write-back never
 * turns into a duplicate: the next run finds the article by key.
 */
export interface Marker {
  key: string;
  /** The source (namespace) that published the body; absent in markers written before namespaces. */
  ns?: string;
  hash: string;
  /** Content hash (of the local file) → attachment content_url. */
  assets: Record<string, string>;
  /** Fingerprint of the Markdown and render settings the body was made from. */
  src?: string;
  /** Each local reference as written → what it resolved to (a file's content hash, an article's URL). */
  refs?: Record<string, string>;
}

export const MARKER_CLASS = 'zgp-source';

export function markerHtml(marker: Marker): string {
  const assets = Object.entries(marker.assets)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([h, url]) => `${h}=${url}`)
    .join(' ');
  const refs = Object.entries(marker.refs ?? {})
    .map(([written, value]) => `${encodeURIComponent(written)}=${encodeURIComponent(value)}`)
    .join(' ');
  const node: Element = {
    type: 'element',
    tagName: 'div',
    properties: {
      className: [MARKER_CLASS],
      dataZgpKey: marker.key,
      ...(marker.ns !== undefined ? { dataZgpNs: marker.ns } : {}),
      dataZgpHash: marker.hash,
      ...(assets ? { dataZgpAssets: assets } : {}),
      ...(marker.src ? { dataZgpSrc: marker.src } : {}),
      ...(refs ? { dataZgpRefs: refs } : {}),
    },
    children: [],
  };
  return toHtml(node);
}

// Called for every element of every stored body: the substring test spares the split nearly always.
const hasClass = (attrs: Record<string, string>, cls: string) =>
  attrs.class !== undefined && attrs.class.includes(cls) && attrs.class.split(/\s+/).includes(cls);
const isMarker = (name: string, attrs: Record<string, string>) => name === 'div' && hasClass(attrs, MARKER_CLASS);

/** The optional "edit this article on GitHub" footer: the tool's own, never compared. */
export const PROVENANCE_CLASS = 'zgp-provenance';
const isProvenance = (_name: string, attrs: Record<string, string>) => hasClass(attrs, PROVENANCE_CLASS);

/** The footer linking a body to its source file, appended after the content, before the marker. */
export function provenanceHtml(url: string): string {
  return `<p class="${PROVENANCE_CLASS}"><a href="${escapeAttr(url)}">Edit this article on GitHub</a></p>`;
}

export interface AnalyzedBody {
  /** Digest of the body without the tool's own elements, normalized (see normalize.ts). */
  digest: string;
  marker: Marker | undefined;
  /** For a body without a marker, when asked for: the digest of its content form (see content-form.ts). */
  content?: string;
}

/**
 * Splits a stored body into its marker (if any) and the normalized rest, in one pass; with
 * `content`, a body without a marker also gets its content form's digest (a second pass, only
 * for the articles that need it).
 */
export function analyzeBody(html: string | null | undefined, content = false): AnalyzedBody {
  const { html: normalized, captured } = canonicalize(html ?? '', isMarker, isProvenance);
  const digest = bodyDigest(normalized);
  if (!captured || captured['data-zgp-key'] === undefined) {
    return content ? { digest, marker: undefined, content: contentDigest(html ?? '', isProvenance) } : { digest, marker: undefined };
  }
  const assets: Record<string, string> = {};
  for (const pair of (captured['data-zgp-assets'] ?? '').split(/\s+/).filter(Boolean)) {
    const eq = pair.indexOf('=');
    if (eq > 0) assets[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  const refs: Record<string, string> = {};
  for (const pair of (captured['data-zgp-refs'] ?? '').split(/\s+/).filter(Boolean)) {
    const eq = pair.indexOf('=');
    if (eq > 0) refs[safeDecode(pair.slice(0, eq))] = safeDecode(pair.slice(eq + 1));
  }
  const marker: Marker = { key: captured['data-zgp-key'], hash: captured['data-zgp-hash'] ?? '', assets, refs };
  if (captured['data-zgp-src']) marker.src = captured['data-zgp-src'];
  if (captured['data-zgp-ns']) marker.ns = captured['data-zgp-ns'];
  return { digest, marker };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
