import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Config } from '../config/types.js';
import { ConfigError, errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { articleLinkOf } from '../plan/content-form.js';
import { analyzeBody } from '../plan/marker.js';
import { BodySpool } from '../diff/spool.js';
import { contentHash } from '../plan/normalize.js';
import { dropBodies, translationsOf } from '../plan/remote-index.js';
import { ZendeskClient } from '../remote/client.js';
import type { ZdArticle, ZdTranslation } from '../remote/types.js';
import type { RemoteSnapshot } from '../remote/snapshot.js';
import { htmlToMarkdown, type ConvertRender } from './convert.js';
import { fetchImportNames } from './extras.js';
import { articleFilter, fetchHelpCenter, type Fetched, type Filters } from './fetch.js';
import { folderDefaults, Namer, placeArticles, type Placement } from './layout.js';
import {
  emptyImportState,
  IMPORT_STATE_FILE,
  readImportState,
  sha256,
  writeAtomic,
  writeImportState,
  type FolderDefaults,
  type ImportState,
} from './state.js';

export interface ImportOptions extends Filters {
  /** `last`: from where the previous import stopped; a number: epoch seconds; undefined: everything (or resume). */
  since: 'last' | number | undefined;
  force: boolean;
}

export interface ImportResult {
  via: RemoteSnapshot['articlesVia'];
  startTime: number;
  endTime: number;
  articles: number;
  translations: number;
  /** Docs-relative paths written (new or changed). */
  written: string[];
  unchanged: number;
  /** Files changed (or deleted) since the import wrote them, left as they are. */
  conflicts: string[];
  downloads: number;
  failedDownloads: { file: string; url: string; message: string }[];
  /** Articles with blocks kept as raw HTML. */
  rawHtml: number;
  /** Articles whose content the publisher would change (unsafe HTML with sanitizing on). */
  lossy: string[];
  configWritten: boolean;
  requests: number;
}

const CONFIG_FILE = 'zendesk-guide.yml';
/**
 * Articles, and milliseconds, between two saves of the record (both must pass): what an
 * interruption can cost to redo. The record is written whole, and for 40,000 translations it
 * is megabytes; saved every 25 articles it was 500 of them per import, a share of the CPU and
 * of the peak memory.
 */
const SAVE_EVERY = 25;
const SAVE_INTERVAL_MS = 2_000;
/** Files a fresh folder may hold. */
const HARMLESS = new Set(['.gitkeep', '.DS_Store', '.keep']);

/** Refuses a folder with files in it that no import made, before anything is written. */
async function checkTarget(docsRoot: string, state: ImportState | undefined): Promise<void> {
  if (state) return;
  let entries: string[];
  try {
    entries = await fs.readdir(docsRoot);
  } catch {
    return;
  }
  const other = entries.filter((e) => !HARMLESS.has(e));
  if (other.length) {
    throw new ConfigError(
      `${docsRoot} is not empty and was not made by an import (no ${IMPORT_STATE_FILE}): import into an empty or new folder (--path), or move ${other
        .slice(0, 3)
        .join(', ')}${other.length > 3 ? ', …' : ''} away`,
    );
  }
}

function startTimeOf(options: ImportOptions, state: ImportState | undefined): number {
  if (options.since === 'last') {
    if (!state) throw new ConfigError(`--since last: there is no earlier import here (no ${IMPORT_STATE_FILE})`);
    return state.endTime;
  }
  if (typeof options.since === 'number') return options.since;
  // An import that stopped part-way continues where it stopped.
  return state && !state.complete ? state.endTime : 0;
}

/** `--since`: `last`, epoch seconds or an ISO date. */
export function parseSince(value: string | undefined): 'last' | number | undefined {
  if (value === undefined) return undefined;
  if (value === 'last') return 'last';
  if (/^\d+$/.test(value)) return Number(value);
  const t = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(t)) {
    throw new ConfigError(`--since "${value}": use last, a Unix time in seconds, or an ISO date such as 2026-01-31`);
  }
  return Math.floor(t / 1000);
}

/** The render settings the publisher will use, from the config file if there is one. */
async function renderSettings(docsRoot: string, config: Config): Promise<{ render: ConvertRender; exists: boolean }> {
  const file = config.configFile ?? path.join(docsRoot, CONFIG_FILE);
  let text: string | undefined;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    text = undefined;
  }
  const { parse } = await import('yaml');
  const data = text ? (parse(text) as { render?: { alerts?: boolean; allow_unsafe_html?: boolean } } | null) : undefined;
  return {
    render: { alerts: data?.render?.alerts ?? true, allowUnsafeHtml: data?.render?.allow_unsafe_html ?? false },
    exists: text !== undefined,
  };
}

const sourceOf = (a: ZdArticle): ZdTranslation =>
  a.translations?.find((t) => t.locale.toLowerCase() === a.source_locale.toLowerCase()) ?? {
    id: 0,
    source_id: a.id,
    locale: a.source_locale,
    title: a.title,
    body: a.body,
    draft: a.draft,
    updated_at: a.updated_at,
  };

/** Every `#anchor` some link in one article points at: the heading ids worth keeping. */
function linkedAnchors(article: ZdArticle): string[] {
  const out = new Set<string>();
  for (const t of translationsOf(article)) for (const m of (t.body ?? '').matchAll(/href\s*=\s*["'][^"'#]*#([^"']+)["']/gi)) out.add(m[1]!);
  return [...out];
}

const ATTACHMENT = /^(?:https?:\/\/[^/?#]+)?\/hc\/(?:[a-z-]+\/)?article_attachments\/(\d+)\/([^/?#]+)/i;

/** A relative path from one docs-relative folder to a docs-relative file, URL-encoded. */
function relativeUrl(fromDir: string, toFile: string): string {
  const rel = path.posix.relative(fromDir || '.', toFile);
  return rel.split('/').map(encodeURIComponent).join('/');
}

function frontMatter(data: Record<string, unknown>): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n`;
}

/**
 * `import`: the help center (or what changed in it since a time) as the Markdown tree the
 * publisher reads, with the attachments beside the articles and links between articles made
 * relative. Records what it wrote in `.zendesk-import.json` after each export page, so an
 * interrupted import continues there, and never overwrites a file changed since it wrote it
 * unless `force`.
 */
export async function runImport(
  config: Config,
  logger: Logger,
  options: ImportOptions,
  deps: { fetch?: typeof fetch } = {},
): Promise<ImportResult> {
  // The bodies wait on disk, not in memory, between their page and their turn to be written:
  // 40,000 of them held from the first page to the last showed in the peak RSS.
  const spool = new BodySpool();
  try {
    return await importWith(spool, config, logger, options, deps);
  } finally {
    spool.close();
  }
}

async function importWith(
  spool: BodySpool,
  config: Config,
  logger: Logger,
  options: ImportOptions,
  deps: { fetch?: typeof fetch },
): Promise<ImportResult> {
  if (!config.zendeskUrl || !config.auth) throw new ConfigError('import needs Zendesk credentials and an account URL (see --help)');
  const docsRoot = config.docsRoot;
  const previous = await readImportState(docsRoot);
  await checkTarget(docsRoot, previous);
  const startTime = startTimeOf(options, previous);
  const state: ImportState = previous ? structuredClone(previous) : emptyImportState(config.zendeskUrl);
  state.complete = false;

  const client = new ZendeskClient({
    baseUrl: config.zendeskUrl,
    auth: config.auth,
    logger,
    concurrency: config.concurrency,
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  });
  const anchorsOf = new Map<number, string[]>();
  const fetched: Fetched = await logger.group('Reading the help center', async () => {
    const f = await fetchHelpCenter(client, logger, startTime, (article) => {
      const found = linkedAnchors(article);
      if (found.length) anchorsOf.set(article.id, found);
      else anchorsOf.delete(article.id);
      spool.add(article);
      dropBodies(article);
    });
    logger.info(
      `${f.articles.length} article(s) changed since ${startTime === 0 ? 'the beginning' : new Date(startTime * 1000).toISOString()} (via ${f.via}), ${f.sections.length} section(s), locales ${f.locales.join(', ')}`,
    );
    if (f.via === 'list')
      logger.warning('these credentials may not use the incremental export: the articles were listed page by page instead');
    return f;
  });
  const keep = articleFilter(options, fetched);
  const wantedLocales = new Set(options.locales.map((l) => l.toLowerCase()));
  // The export returns what changed at or after its start time, so the last import's newest
  // articles come again; unchanged since (same updated_at), they are not written again.
  const selected = fetched.articles.filter(
    ({ article }) => keep(article) && (options.force || startTime === 0 || state.articles[String(article.id)]?.u !== article.updated_at),
  );

  const { render, exists: configExists } = await renderSettings(docsRoot, config);
  const namer = new Namer(fetched);
  const extraNames = await fetchImportNames(
    client,
    selected.map((s) => s.article),
  );
  const previousKeys = new Map(Object.entries(state.articles).map(([id, a]) => [Number(id), a.key]));
  const placements = new Map<number, Placement>(
    placeArticles(
      selected.map((s) => s.article),
      fetched,
      previousKeys,
    ).map((p) => [p.id, p]),
  );
  // Links resolve to every article imported, now or before.
  const keyOfArticle = new Map<number, string>([...previousKeys, ...[...placements.values()].map((p) => [p.id, p.key] as const)]);
  const anchors = new Set([...(state.anchors ?? []), ...selected.flatMap((s) => anchorsOf.get(s.article.id) ?? [])]);
  state.anchors = [...anchors].sort();

  const result: ImportResult = {
    via: fetched.via,
    startTime,
    endTime: startTime,
    articles: 0,
    translations: 0,
    written: [],
    unchanged: 0,
    conflicts: [],
    downloads: 0,
    failedDownloads: [],
    rawHtml: 0,
    lossy: [],
    configWritten: false,
    requests: 0,
  };

  // Folder defaults: what every article of the section shares (kept from before for folders already written).
  const byDir = new Map<string, FolderDefaults[]>();
  for (const { article } of selected) {
    const dir = placements.get(article.id)!.dir;
    byDir.set(dir, [
      ...(byDir.get(dir) ?? []),
      {
        section: namer.section(article.section_id),
        permission_group: namer.permissionGroup(article.permission_group_id),
        user_segment: namer.userSegment(article.user_segment_id),
      },
    ]);
  }
  for (const [dir, values] of byDir) if (!state.folders[dir]) state.folders[dir] = folderDefaults(values);

  /** Writes a file unless the user changed it since the import wrote it; returns whether it was written. */
  const put = async (rel: string, content: string | Uint8Array): Promise<boolean> => {
    const abs = path.join(docsRoot, rel);
    const wanted = sha256(content);
    let current: string | undefined;
    try {
      current = sha256(await fs.readFile(abs));
    } catch {
      current = undefined;
    }
    const recorded = state.files[rel];
    if (current === wanted) {
      state.files[rel] = wanted;
      result.unchanged++;
      return true;
    }
    const userChanged = recorded !== undefined ? current !== recorded : current !== undefined;
    if (userChanged && !options.force) {
      result.conflicts.push(rel);
      return false;
    }
    await writeAtomic(abs, content);
    state.files[rel] = wanted;
    result.written.push(rel);
    return true;
  };

  for (const [dir, defaults] of Object.entries(state.folders)) {
    if (!byDir.has(dir) || Object.keys(defaults).length === 0) continue;
    await put(path.posix.join(dir, '_defaults.yml'), stringify(defaults, { lineWidth: 0 }));
  }

  const enabled = new Set(fetched.locales);
  const downloads = new Map<string, Promise<{ sha: string; bytes: Uint8Array | undefined } | { error: string }>>();
  let pageEnd: number | undefined;
  let sinceSaved = 0;
  let savedAt = Date.now();
  // Recorded before the first file is written: an import that stops now is still an import.
  if (!previous) await writeImportState(docsRoot, state);
  const lossyRetry: { article: ZdArticle; placement: Placement }[] = [];

  const writeArticle = async (article: ZdArticle, placement: Placement, renderMode: ConvertRender): Promise<boolean> => {
    const source = sourceOf(article);
    const sourceLocale = article.source_locale.toLowerCase();
    const dir = placement.dir;
    const base = placement.key.slice(dir ? dir.length + 1 : 0);
    const assets: Record<string, string> = {};
    const localFiles = new Map<string, string>();
    // Attachments first: a body's images must be on disk before its Markdown points at them.
    const locales = translationsOf(article).filter(
      (t) =>
        t.locale.toLowerCase() === sourceLocale ||
        ((wantedLocales.size === 0 || wantedLocales.has(t.locale.toLowerCase())) && enabled.has(t.locale.toLowerCase())),
    );
    const bodies = new Map(locales.map((t) => [t, spool.read(article.id, t.locale) ?? '']));
    // Per-locale copies of one file (Zendesk's own, or one media embedded in several translations) are one local file.
    const bySha = new Map<string, string>();
    const byName = new Map<string, string>();
    // What an earlier import of this article found at each URL: a copy of a file on disk is not fetched again to compare.
    const priorSha = new Map(
      Object.entries(state.articles[String(article.id)]?.assets ?? {}).map(([k, u]) => [u, k.slice(k.lastIndexOf('/') + 1)] as const),
    );
    for (const t of locales) {
      for (const m of bodies.get(t)!.matchAll(/(?:src|href)\s*=\s*["']([^"']+)["']/gi)) {
        const url = m[1]!.replace(/&amp;/g, '&');
        const ref = fileReference(url);
        if (!ref || localFiles.has(url)) continue;
        const prior = priorSha.get(url);
        const same = prior === undefined ? undefined : bySha.get(prior);
        if (prior !== undefined && same !== undefined) {
          localFiles.set(url, same);
          assets[`${t.locale.toLowerCase()}/${prior}`] ??= url;
          continue;
        }
        const key = `${article.id}:${ref.id}`;
        let job = downloads.get(key);
        if (!job) {
          job = (async () => {
            // Downloaded before (an interrupted import, an import again) and untouched since: not fetched again.
            const rel = ref.name === undefined ? undefined : path.posix.join(dir, base, ref.name);
            const onDisk =
              rel && !byName.has(ref.name!.toLowerCase()) ? await fs.readFile(path.join(docsRoot, rel)).catch(() => undefined) : undefined;
            if (rel && onDisk && state.files[rel] === sha256(onDisk)) {
              result.unchanged++;
              return { sha: assetSha(onDisk), bytes: undefined };
            }
            return fetchBytes(client, url);
          })();
          downloads.set(key, job);
        }
        const done = await job;
        if ('error' in done) {
          result.failedDownloads.push({ file: path.posix.join(dir, base, ref.name ?? ref.id), url, message: done.error });
          logger.warning(`could not download ${url} (${done.error}); the article keeps the Zendesk URL`, { file: `${base}.md` });
          continue;
        }
        let rel = bySha.get(done.sha);
        if (rel === undefined) {
          let name = ref.name ?? `media-${ref.id.slice(-10).toLowerCase()}${extensionOf(done.bytes)}`;
          if (byName.has(name.toLowerCase())) name = `${ref.id}-${name}`;
          rel = path.posix.join(dir, base, name);
          byName.set(name.toLowerCase(), rel);
          bySha.set(done.sha, rel);
          if (done.bytes) {
            result.downloads++;
            await put(rel, done.bytes);
          }
        }
        localFiles.set(url, rel);
        // By locale too: each translation keeps the copy Zendesk made for it, so publishing back rewrites no body.
        assets[done.sha] ??= url;
        assets[`${t.locale.toLowerCase()}/${done.sha}`] ??= url;
      }
    }

    let lossy = false;
    let raw = false;
    const texts: { rel: string; text: string }[] = [];
    const hashes: Record<string, string> = {};
    for (const t of locales) {
      const locale = t.locale.toLowerCase();
      const isSource = locale === sourceLocale;
      const body = bodies.get(t)!;
      const converted = htmlToMarkdown(body, {
        localUrl: (url) => {
          const local = localFiles.get(url.trim());
          if (local) return relativeUrl(dir, local);
          const link = articleLinkOf(url);
          if (!link) return undefined;
          const key = keyOfArticle.get(link.id);
          if (key === undefined) return undefined;
          return `${relativeUrl(dir, `${key}.md`)}${link.anchor ? `#${link.anchor}` : ''}`;
        },
        linkedAnchors: anchors,
        render: renderMode,
        locale,
      });
      lossy ||= converted.lossy;
      raw ||= converted.rawBlocks > 0;
      hashes[locale] = contentHash(t.title, analyzeBody(body).digest);
      const meta: Record<string, unknown> = { title: t.title };
      if (isSource) {
        const folder = state.folders[dir] ?? {};
        meta.id = article.id;
        if (sourceLocale !== fetched.defaultLocale) meta.locale = sourceLocale;
        const section = namer.section(article.section_id);
        if (folder.section !== section) meta.section = section;
        const group = namer.permissionGroup(article.permission_group_id);
        if (folder.permission_group !== group) meta.permission_group = group;
        // Several segments (Enterprise) are written as a list, so publishing the import keeps them all.
        const segments = article.user_segment_ids ?? [];
        if (segments.length > 1) meta.user_segments = segments.map((id) => namer.userSegment(id));
        else if (folder.user_segment !== namer.userSegment(article.user_segment_id))
          meta.user_segment = namer.userSegment(article.user_segment_id);
        if (article.label_names?.length) meta.labels = article.label_names;
        if (article.content_tag_ids?.length) meta.content_tags = article.content_tag_ids.map((id) => extraNames.tag(id));
        const author = extraNames.author(article.author_id);
        if (author) meta.author = author;
        if (t.draft) meta.draft = true;
        if (article.promoted) meta.promoted = true;
        if (article.position) meta.position = article.position;
        if (article.comments_disabled) meta.comments_disabled = true;
      } else if (t.draft !== source.draft) {
        meta.draft = t.draft;
      }
      const rel = isSource ? `${placement.key}.md` : `${placement.key}.${locale}.md`;
      texts.push({ rel, text: `${frontMatter(meta)}${converted.markdown ? `\n${converted.markdown}` : ''}` });
    }
    if (lossy && !renderMode.allowUnsafeHtml) return false;
    if (lossy) result.lossy.push(`${placement.key}.md`);
    if (raw) result.rawHtml++;
    const conflictsBefore = result.conflicts.length;
    for (const { rel, text } of texts) await put(rel, text);
    result.articles++;
    result.translations += texts.length - 1;
    // A file kept as the user changed it still stands for the Guide copy imported before.
    const known = state.articles[String(article.id)];
    if (result.conflicts.length === conflictsBefore || !known)
      state.articles[String(article.id)] = { key: placement.key, t: hashes, assets, u: article.updated_at };
    if (++sinceSaved >= SAVE_EVERY && Date.now() - savedAt >= SAVE_INTERVAL_MS) {
      sinceSaved = 0;
      await writeImportState(docsRoot, state);
      savedAt = Date.now();
    }
    return true;
  };

  await logger.group('Writing Markdown', async () => {
    logger.progress?.({ kind: 'start', what: 'importing', total: selected.length, unit: 'article' });
    try {
      for (const { article, pageEnd: end } of selected) {
        // A page is done when the first article of the next one starts: record where to resume.
        if (pageEnd !== undefined && end !== pageEnd) {
          state.endTime = pageEnd;
          await writeImportState(docsRoot, state);
        }
        pageEnd = end;
        const placement = placements.get(article.id)!;
        const ok = await writeArticle(article, placement, render);
        if (!ok) lossyRetry.push({ article, placement });
        logger.progress?.({ kind: 'advance', item: `${placement.key}.md`, failed: false });
      }
      if (lossyRetry.length) {
        // Embeds, scripts or styles the publisher's sanitizer would remove: they are kept only
        // when the docs root publishes raw HTML as written, which a fresh import turns on.
        const unsafe = { ...render, allowUnsafeHtml: true };
        if (!configExists) {
          await put(CONFIG_FILE, `render:\n  alerts: ${render.alerts}\n  allow_unsafe_html: true\n`);
          result.configWritten = true;
          logger.warning(
            `${lossyRetry.length} article(s) hold HTML that the publisher sanitizes away (an embedded video, a script, a style): ${CONFIG_FILE} now sets render.allow_unsafe_html: true so that publishing them back keeps it; see "Raw HTML" in zendesk-guide-publisher's docs/front-matter.md`,
          );
        } else {
          logger.warning(
            `${lossyRetry.length} article(s) hold HTML that the publisher sanitizes away with ${CONFIG_FILE}'s settings: publishing them will remove it unless render.allow_unsafe_html is true`,
          );
        }
        for (const { article, placement } of lossyRetry) await writeArticle(article, placement, configExists ? { ...render } : unsafe);
        if (configExists) for (const { placement } of lossyRetry) result.lossy.push(`${placement.key}.md`);
      }
    } finally {
      logger.progress?.({ kind: 'end' });
    }
  });

  state.endTime = Math.max(fetched.endTime, startTime);
  state.complete = true;
  state.zendeskUrl = config.zendeskUrl;
  await writeImportState(docsRoot, state);
  result.endTime = state.endTime;
  result.requests = client.http.stats.requests;
  return result;
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

const MEDIA = /^(?:https?:\/\/[^/?#]+)?\/(?:guide-media|guide_medias)\/([0-9A-Za-z]+)/;

/**
 * A file a body points at: an article attachment (`/hc/article_attachments/{id}/{name}`) or a
 * media of the library (`/guide-media/{key}`, or `/guide_medias/{key}` as the reference also writes it).
 */
function fileReference(url: string): { id: string; name?: string } | undefined {
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
