import type { AssetFile } from '../render/assets.js';
import type { AnalyzedBody } from './marker.js';

/**
 * How local files reach Zendesk:
 * - `library`: each distinct file (by content) is one Guide Media object of the help center,
 *   made once and found again by its content-addressed name; bodies embed the media's own URL
 *   (`/guide-media/{key}`), from which Zendesk makes each translation's attachment itself and
 *   leaves the body as written. A new article is created with its final bodies in one request.
 * - `attachments`: a plan without the media library (403/404 on /guide/medias): per article,
 *   unassociated uploads then `bulk_attachments`; an inline image gets one attachment per
 *   translation with its locale set in advance, so Zendesk never copies it and rewrites a body.
 */
export type MediaMode = 'library' | 'attachments';

export interface MediaState {
  mode: MediaMode;
  /** Library: media URL by content hash, for every file known to be in the library. */
  urls: ReadonlyMap<string, string>;
}

/** Media URLs as bodies embed them; the reference writes both spellings. */
const MEDIA_URL = /^(?:https?:\/\/[^/]+)?\/(?:guide-media|guide_medias)\/([0-9A-Za-z]+)/;

export function isMediaUrl(url: string): boolean {
  return MEDIA_URL.test(url);
}

/** The access key in a media URL. */
export function mediaKeyOf(url: string): string | undefined {
  return MEDIA_URL.exec(url)?.[1];
}

/**
 * The media's name in the library: the content hash first, so `filter[name_prefix]` finds the
 * file again on any later run and from any clone, then the file's own name for people.
 */
export function mediaName(asset: Pick<AssetFile, 'sha' | 'name'>): string {
  return `${asset.sha}-${asset.name}`;
}

/** The content hash a media name starts with, if it is one of this tool's. */
export function shaOfMediaName(name: string): string | undefined {
  return /^([0-9a-f]{16})-/.exec(name)?.[1];
}

/**
 * Where an article's body finds a file's URL, by file: in the library one URL serves every
 * translation; with attachments, an inline image has one per translation, a linked file one per article.
 */
export function assetKey(mode: MediaMode, locale: string, sha: string, inline: boolean): string {
  return mode === 'attachments' && inline ? `${locale}/${sha}` : sha;
}

/**
 * The URL of each file that an article's stored markers record, by `assetKey`. In library mode
 * only media URLs count (an attachment URL left by an older version is replaced); with
 * attachments, only attachment URLs, each under its locale and under the file alone.
 */
export function knownAssetsOf(mode: MediaMode, analyzed: ReadonlyMap<string, AnalyzedBody>): Record<string, string> {
  const known: Record<string, string> = {};
  for (const [locale, a] of analyzed) {
    for (const [sha, url] of Object.entries(a.marker?.assets ?? {})) {
      if (isMediaUrl(url) !== (mode === 'library')) continue;
      if (mode === 'library') known[sha] = url;
      else {
        known[`${locale}/${sha}`] = url;
        known[sha] ??= url;
      }
    }
  }
  return known;
}

/** Media URLs that any stored marker records, by content hash: files the library has, found without a request. */
export function mediaFromMarkers(analyzed: Iterable<ReadonlyMap<string, AnalyzedBody>>): Map<string, string> {
  const urls = new Map<string, string>();
  for (const byLocale of analyzed)
    for (const a of byLocale.values())
      for (const [sha, url] of Object.entries(a.marker?.assets ?? {})) if (isMediaUrl(url)) urls.set(sha, url);
  return urls;
}
