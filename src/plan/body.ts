import { REF_TOKEN } from '../render/ref-token.js';
import { escapeAttr } from './html-escape.js';
import { markerHtml, provenanceHtml } from './marker.js';
import { bodyDigest, contentHash, normalizeHtml } from './normalize.js';
import type { BodyRef, BodySpec } from './types.js';

/** URLs for a body's references, or undefined when one is not known yet. */
export type UrlLookup = (ref: BodyRef) => string | undefined;

/**
 * What a reference points at while its target does not exist yet (a new article in a link
 * cycle, a file not uploaded yet): only ever in a draft, rewritten in the same run.
 */
export const STUB_URL = '#';

/** Replaces each `zgp-ref:<n>` token; undefined if any reference has no URL yet. */
export function fillTemplate(spec: BodySpec, lookup: UrlLookup): string | undefined {
  const urls = new Map<number, string>();
  for (const ref of spec.refs) {
    const url = lookup(ref);
    if (url === undefined) return undefined;
    urls.set(ref.index, url);
  }
  return spec.template.replace(REF_TOKEN, (token, n: string) => {
    const url = urls.get(Number(n));
    return url === undefined ? token : escapeAttr(url);
  });
}

export interface FinalBody {
  /** What is sent to Zendesk: the filled body and the marker. */
  html: string;
  /** Digest of the normalized filled body, for comparison with what Zendesk stores. */
  digest: string;
  hash: string;
}

/** The body as published: filled template plus the marker recording key, fingerprint and assets. */
export function finalBody(spec: BodySpec, key: string, lookup: UrlLookup, ns?: string): FinalBody | undefined {
  const filled = fillTemplate(spec, lookup);
  if (filled === undefined) return undefined;
  const digest = bodyDigest(normalizeHtml(filled));
  const hash = contentHash(spec.title, digest);
  const assets: Record<string, string> = {};
  const refs: Record<string, string> = {};
  for (const ref of spec.refs) {
    if (ref.kind === 'asset') {
      // A stubbed file is not recorded as uploaded: if the run dies before the real body is
      // written, the next run sees the file as missing from Zendesk and uploads (or reuses) it.
      const url = lookup(ref)!;
      if (url !== STUB_URL) assets[ref.sha] = url;
      refs[ref.written] = ref.sha;
    } else {
      refs[ref.written] = lookup(ref)!;
    }
  }
  const footer = spec.sourceUrl ? `\n${provenanceHtml(spec.sourceUrl)}` : '';
  return {
    html: `${filled}${footer}\n${markerHtml({ key, ...(ns !== undefined ? { ns } : {}), hash, assets, refs, src: spec.fingerprint })}`,
    digest,
    hash,
  };
}
