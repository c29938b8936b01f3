import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { errorMessage } from '../errors.js';
import type { ZendeskClient } from '../remote/client.js';
import type { StoredTranslation } from '../remote/types.js';
import type { ImportFiles } from './files.js';
import { sha256, type ImportState } from './state.js';
import type { ImportResult } from './types.js';

type Download = { sha: string; bytes: Uint8Array | undefined } | { error: string };

/** What the downloads of an import share across its articles. */
export interface AssetContext {
  docsRoot: string;
  client: ZendeskClient;
  state: ImportState;
  result: ImportResult;
  files: ImportFiles;
  warn: (message: string, file: string) => void;
  /** By `articleId:fileId`: one download per file of an article, whatever its translations. */
  downloads: Map<string, Promise<Download>>;
}

/** What one article's bodies point at, once downloaded. */
export interface ArticleAssets {
  /** URL in a body → docs-relative path of the local copy. */
  localFiles: Map<string, string>;
  /** The record's `assets`: content hash (and `locale/hash`) → the URL the body had. */
  assets: Record<string, string>;
}

/** One article's place on disk and the id it has in Guide. */
export interface AssetTarget {
  id: number;
  dir: string;
  /** The article's file name without `.md`: its files go in a folder of that name. */
  base: string;
}

/**
 * Downloads the attachments and media an article's bodies point at, next to the article. Per-locale
 * copies of one file (Zendesk's own, or one media embedded in several translations) are one local file.
 */
export async function downloadArticleAssets(
  ctx: AssetContext,
  target: AssetTarget,
  bodies: ReadonlyMap<StoredTranslation, string>,
): Promise<ArticleAssets> {
  const out: ArticleAssets = { localFiles: new Map(), assets: {} };
  const names = { bySha: new Map<string, string>(), byName: new Map<string, string>() };
  // What an earlier import of this article found at each URL: a copy of a file on disk is not fetched again to compare.
  const priorSha = new Map(
    Object.entries(ctx.state.articles[String(target.id)]?.assets ?? {}).map(([k, u]) => [u, k.slice(k.lastIndexOf('/') + 1)] as const),
  );
  for (const [t, body] of bodies) {
    const locale = t.locale.toLowerCase();
    for (const m of body.matchAll(/(?:src|href)\s*=\s*["']([^"']+)["']/gi)) {
      const url = m[1]!.replace(/&amp;/g, '&');
      const ref = fileReference(url);
      if (!ref || out.localFiles.has(url)) continue;
      const prior = priorSha.get(url);
      const same = prior === undefined ? undefined : names.bySha.get(prior);
      if (prior !== undefined && same !== undefined) {
        out.localFiles.set(url, same);
        out.assets[`${locale}/${prior}`] ??= url;
        continue;
      }
      const done = await downloadOnce(ctx, target, ref, url, names.byName);
      if ('error' in done) {
        ctx.result.failedDownloads.push({ file: path.posix.join(target.dir, target.base, ref.name ?? ref.id), url, message: done.error });
        ctx.warn(`could not download ${url} (${done.error}); the article keeps the Zendesk URL`, `${target.base}.md`);
        continue;
      }
      const rel = await placeDownload(ctx, target, ref, done, names);
      out.localFiles.set(url, rel);
      // By locale too: each translation keeps the copy Zendesk made for it, so publishing back rewrites no body.
      out.assets[done.sha] ??= url;
      out.assets[`${locale}/${done.sha}`] ??= url;
    }
  }
  return out;
}

/** One file of one article, downloaded once (or found on disk as an earlier import wrote it). */
function downloadOnce(
  ctx: AssetContext,
  target: AssetTarget,
  ref: FileReference,
  url: string,
  byName: ReadonlyMap<string, string>,
): Promise<Download> {
  const key = `${target.id}:${ref.id}`;
  let job = ctx.downloads.get(key);
  if (!job) {
    job = (async () => {
      // Downloaded before (an interrupted import, an import again) and untouched since: not fetched again.
      const rel = ref.name === undefined ? undefined : path.posix.join(target.dir, target.base, ref.name);
      const onDisk =
        rel && !byName.has(ref.name!.toLowerCase()) ? await fs.readFile(path.join(ctx.docsRoot, rel)).catch(() => undefined) : undefined;
      if (rel && onDisk && ctx.state.files[rel] === sha256(onDisk)) {
        ctx.result.unchanged++;
        return { sha: assetSha(onDisk), bytes: undefined };
      }
      return fetchBytes(ctx.client, url);
    })();
    ctx.downloads.set(key, job);
  }
  return job;
}

/** The local path of a downloaded file: one per distinct content, named after Guide's file (or the media's id). */
async function placeDownload(
  ctx: AssetContext,
  target: AssetTarget,
  ref: FileReference,
  done: { sha: string; bytes: Uint8Array | undefined },
  names: { bySha: Map<string, string>; byName: Map<string, string> },
): Promise<string> {
  const known = names.bySha.get(done.sha);
  if (known !== undefined) return known;
  let name = ref.name ?? `media-${ref.id.slice(-10).toLowerCase()}${extensionOf(done.bytes)}`;
  if (names.byName.has(name.toLowerCase())) name = `${ref.id}-${name}`;
  const rel = path.posix.join(target.dir, target.base, name);
  names.byName.set(name.toLowerCase(), rel);
  names.bySha.set(done.sha, rel);
  if (done.bytes) {
    ctx.result.downloads++;
    await ctx.files.put(rel, done.bytes);
  }
  return rel;
}

/** The publisher's identity of a local file (see render/assets.ts). */
const assetSha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Downloads one attachment or media (the transport retries failures that may pass). */
async function fetchBytes(client: ZendeskClient, url: string): Promise<{ sha: string; bytes: Uint8Array } | { error: string }> {
  try {
    const bytes = await client.downloadAttachment(url);
    return { sha: assetSha(bytes), bytes };
  } catch (error) {
    return { error: errorMessage(error) };
  }
}

interface FileReference {
  id: string;
  name?: string;
}

const ATTACHMENT = /^(?:https?:\/\/[^/?#]+)?\/hc\/(?:[a-z-]+\/)?article_attachments\/(\d+)\/([^/?#]+)/i;
const MEDIA = /^(?:https?:\/\/[^/?#]+)?\/(?:guide-media|guide_medias)\/([0-9A-Za-z]+)/;

/**
 * A file a body points at: an article attachment (`/hc/article_attachments/{id}/{name}`) or a
 * media of the library (`/guide-media/{key}`, or `/guide_medias/{key}` as the reference also writes it).
 */
function fileReference(url: string): FileReference | undefined {
  const att = ATTACHMENT.exec(url);
  if (att) return { id: att[1]!, name: decodeSafe(att[2]!).replace(/[/\\]/g, '_') };
  const media = MEDIA.exec(url);
  return media ? { id: media[1]! } : undefined;
}

/** A media URL names no file: its extension, from its first bytes. */
function extensionOf(bytes: Uint8Array | undefined): string {
  const head = Buffer.from(bytes?.subarray(0, 8) ?? []);
  if (head.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]))) return '.png';
  if (head[0] === 0xff && head[1] === 0xd8) return '.jpg';
  if (head.subarray(0, 3).toString() === 'GIF') return '.gif';
  if (head.subarray(0, 4).toString() === '%PDF') return '.pdf';
  if (/^\s*<(\?xml|svg)/.test(Buffer.from(bytes?.subarray(0, 64) ?? []).toString())) return '.svg';
  return '.bin';
}
