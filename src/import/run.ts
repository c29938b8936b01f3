import fs from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { CONFIG_FILE_NAMES } from '../config/file.js';
import type { Config } from '../config/types.js';
import { BodySpool } from '../diff/spool.js';
import { ConfigError } from '../errors.js';
import type { Logger } from '../logger.js';
import { translationsOf } from '../plan/remote-index.js';
import { ZendeskClient } from '../remote/client.js';
import type { StoredArticle, ZdArticle } from '../remote/types.js';
import type { ConvertRender } from './convert.js';
import { ConvertPool, defaultConvertThreads } from './convert-pool.js';
import { fetchImportNames } from './extras.js';
import { EarlyConversions } from './early.js';
import { articleFilter, fetchHelpCenter, type Fetched, type FetchHooks } from './fetch.js';
import { ImportFiles } from './files.js';
import { folderDefaults, Namer, placeArticles, type Placement } from './layout.js';
import { importRenderSettings } from './render-settings.js';
import { emptyImportState, IMPORT_STATE_FILE, readImportState, writeImportState, type FolderDefaults, type ImportState } from './state.js';
import { emptyResult, type ImportOptions, type ImportResult } from './types.js';
import { writeArticles, type WriteContext } from './write.js';

export type { ImportOptions, ImportResult } from './types.js';

/** The config file an import writes at the docs root when there is none (to turn raw HTML on). */
const CONFIG_FILE = 'zendesk-guide.yml';
/** Files a fresh folder may hold: the config file too, which the import reads to convert for the publisher's settings. */
const HARMLESS = new Set<string>(['.gitkeep', '.DS_Store', '.keep', ...CONFIG_FILE_NAMES]);

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

/** Every `#anchor` some link in one article points at: the heading ids worth keeping. */
function linkedAnchors(article: ZdArticle): string[] {
  const out = new Set<string>();
  for (const t of translationsOf(article)) for (const m of (t.body ?? '').matchAll(/href\s*=\s*["'][^"'#]*#([^"']+)["']/gi)) out.add(m[1]!);
  return [...out];
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
  // Read before the help center: a config file the publisher would refuse stops the import before any request.
  const settings = await importRenderSettings(config);
  const state: ImportState = previous ? structuredClone(previous) : emptyImportState(config.zendeskUrl);
  state.complete = false;
  const client = new ZendeskClient({
    baseUrl: config.zendeskUrl,
    auth: config.auth,
    logger,
    concurrency: config.concurrency,
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  });
  const read = await readConverting(client, logger, spool, startTime, { state, options, render: settings.render });
  const { fetched, early } = read;
  // The threads started while reading end with the import, whatever stops it: they would keep the process alive.
  try {
    const plan = await planImport(client, fetched, state, options, startTime, read.anchorsOf);
    const result = emptyResult(fetched.via, startTime);
    const files = new ImportFiles(docsRoot, state, result, options.force);
    await writeFolderDefaults(files, state, plan.byDir);
    // Recorded before the first file is written: an import that stops now is still an import.
    if (!previous) await writeImportState(docsRoot, state);

    const bodies = plan.selected.reduce((n, s) => n + translationsOf(s.article).length, 0);
    const shared = { keyOfArticle: plan.keyOfArticle, linkedAnchors: new Set(state.anchors) };
    const pool = (read.pool ??= new ConvertPool(options.convertThreads ?? defaultConvertThreads(bodies)));
    pool.share(shared);
    result.convertThreads = pool.threads;
    const ctx = writeContext({ config, logger, client, spool, fetched, state, result, files, pool, options, plan, settings });
    ctx.early = (id, job) => early.take(id, job, shared);
    await logger.group('Writing Markdown', async () => {
      logger.progress?.({ kind: 'start', what: 'importing', total: plan.selected.length, unit: 'article' });
      try {
        await writeArticles(ctx, plan.selected);
      } finally {
        logger.progress?.({ kind: 'end' });
      }
    });
    result.earlyConversions = { ...early.stats };
    return await finishImport(config.docsRoot, config.zendeskUrl, { state, result, fetched, startTime, client });
  } finally {
    await read.pool?.close();
  }
}

/** The record written complete, and the result's last figures. */
async function finishImport(
  docsRoot: string,
  zendeskUrl: string,
  run: { state: ImportState; result: ImportResult; fetched: Fetched; startTime: number; client: ZendeskClient },
): Promise<ImportResult> {
  const { state, result, fetched, startTime, client } = run;
  state.endTime = Math.max(fetched.endTime, startTime);
  state.complete = true;
  state.zendeskUrl = zendeskUrl;
  await writeImportState(docsRoot, state);
  result.endTime = state.endTime;
  result.requests = client.http.stats.requests;
  return result;
}

/**
 * The help center read, its bodies converted as their pages arrive (see early.ts), in threads
 * started once the import is big enough to want them. A failed read ends the threads it started.
 */
async function readConverting(
  client: ZendeskClient,
  logger: Logger,
  spool: BodySpool,
  startTime: number,
  given: { state: ImportState; options: ImportOptions; render: ConvertRender },
): Promise<{ fetched: Fetched; anchorsOf: Map<number, string[]>; early: EarlyConversions; pool: ConvertPool | undefined }> {
  const { state, options } = given;
  let pool: ConvertPool | undefined;
  const asked = new Set(options.locales.map((l) => l.toLowerCase()));
  const anchorsRead = new Set(state.anchors);
  const early = new EarlyConversions({
    pool: () => pool,
    body: (id, locale) => spool.read(id, locale),
    render: given.render,
    previous: previousKeysOf(state),
    wanted: (locale) => asked.size === 0 || asked.has(locale),
    linkedAnchor: (id) => anchorsRead.has(id),
  });
  let bodiesRead = 0;
  try {
    const { fetched, anchorsOf } = await readHelpCenter(client, logger, spool, startTime, anchorsRead, {
      onArticle: (article, kept) => {
        bodiesRead += translationsOf(article).length;
        early.onArticle(kept);
      },
      onPageEnd: () => {
        const threads = options.convertThreads ?? defaultConvertThreads(bodiesRead);
        if (!pool && (threads > 0 || options.convertEarly === true)) pool = new ConvertPool(threads);
        early.onPageEnd();
      },
      onStructure: (structure) => early.onStructure(structure),
    });
    early.stop();
    return { fetched, anchorsOf, early, pool };
  } catch (error) {
    early.stop();
    await pool?.close();
    throw error;
  }
}

/**
 * The export (or the list) from `startTime`, the bodies spooled to disk and the anchors links
 * point at kept: per article, and every one read so far in `anchorsSeen`.
 */
async function readHelpCenter(
  client: ZendeskClient,
  logger: Logger,
  spool: BodySpool,
  startTime: number,
  anchorsSeen: Set<string>,
  hooks: FetchHooks,
): Promise<{ fetched: Fetched; anchorsOf: Map<number, string[]> }> {
  const anchorsOf = new Map<number, string[]>();
  const fetched = await logger.group('Reading the help center', async () => {
    const f = await fetchHelpCenter(client, logger, startTime, {
      ...hooks,
      onArticle: (article, kept) => {
        const found = linkedAnchors(article);
        for (const anchor of found) anchorsSeen.add(anchor);
        if (found.length) anchorsOf.set(article.id, found);
        else anchorsOf.delete(article.id);
        spool.add(article);
        hooks.onArticle?.(article, kept);
      },
    });
    logger.info(
      `${f.articles.length} article(s) changed since ${startTime === 0 ? 'the beginning' : new Date(startTime * 1000).toISOString()} (via ${f.via}), ${f.sections.length} section(s), locales ${f.locales.join(', ')}`,
    );
    if (f.via === 'list')
      logger.warning('these credentials may not use the incremental export: the articles were listed page by page instead');
    return f;
  });
  return { fetched, anchorsOf };
}

interface ImportPlan {
  selected: { article: StoredArticle; pageEnd: number; placement: Placement }[];
  /** Every article imported, now or before → its key: links resolve to all of them. */
  keyOfArticle: Map<number, string>;
  /** Folder → what each of its articles says for the values `_defaults.yml` can share. */
  byDir: Map<string, FolderDefaults[]>;
  namer: Namer;
  extraNames: Awaited<ReturnType<typeof fetchImportNames>>;
}

/** Which articles are written, where, and what their folders share; updates the record's anchors and folders. */
async function planImport(
  client: ZendeskClient,
  fetched: Fetched,
  state: ImportState,
  options: ImportOptions,
  startTime: number,
  anchorsOf: ReadonlyMap<number, string[]>,
): Promise<ImportPlan> {
  const keep = articleFilter(options, fetched);
  // The export returns what changed at or after its start time, so the last import's newest
  // articles come again; unchanged since (same updated_at), they are not written again.
  const chosen = fetched.articles.filter(
    ({ article }) => keep(article) && (options.force || startTime === 0 || state.articles[String(article.id)]?.u !== article.updated_at),
  );
  const namer = new Namer(fetched);
  const articles = chosen.map((s) => s.article);
  const extraNames = await fetchImportNames(client, articles);
  const previousKeys = previousKeysOf(state);
  const placements = new Map(placeArticles(articles, fetched, previousKeys).map((p) => [p.id, p]));
  const keyOfArticle = new Map<number, string>([...previousKeys, ...[...placements.values()].map((p) => [p.id, p.key] as const)]);
  const anchors = new Set([...(state.anchors ?? []), ...chosen.flatMap((s) => anchorsOf.get(s.article.id) ?? [])]);
  state.anchors = [...anchors].sort();
  const selected = chosen.map((s) => ({ ...s, placement: placements.get(s.article.id)! }));
  // Folder defaults: what every article of the section shares (kept from before for folders already written).
  const byDir = new Map<string, FolderDefaults[]>();
  for (const { article, placement } of selected) {
    const list = byDir.get(placement.dir) ?? [];
    list.push({
      section: namer.section(article.section_id),
      permission_group: namer.permissionGroup(article.permission_group_id),
      user_segment: namer.userSegment(article.user_segment_id),
    });
    byDir.set(placement.dir, list);
  }
  for (const [dir, values] of byDir) if (!state.folders[dir]) state.folders[dir] = folderDefaults(values);
  return { selected, keyOfArticle, byDir, namer, extraNames };
}

/** Article id → the key an earlier import gave it (kept: an import never renames a file). */
function previousKeysOf(state: ImportState): Map<number, string> {
  return new Map(Object.entries(state.articles).map(([id, a]) => [Number(id), a.key]));
}

async function writeFolderDefaults(files: ImportFiles, state: ImportState, byDir: ReadonlyMap<string, unknown>): Promise<void> {
  for (const [dir, defaults] of Object.entries(state.folders)) {
    if (!byDir.has(dir) || Object.keys(defaults).length === 0) continue;
    await files.put(path.posix.join(dir, '_defaults.yml'), stringify(defaults, { lineWidth: 0 }));
  }
}

function writeContext(parts: {
  config: Config;
  logger: Logger;
  client: ZendeskClient;
  spool: BodySpool;
  fetched: Fetched;
  state: ImportState;
  result: ImportResult;
  files: ImportFiles;
  pool: ConvertPool;
  options: ImportOptions;
  plan: ImportPlan;
  settings: Awaited<ReturnType<typeof importRenderSettings>>;
}): WriteContext {
  const { logger, fetched, options, spool } = parts;
  const enabled = new Set(fetched.locales);
  const asked = new Set(options.locales.map((l) => l.toLowerCase()));
  return {
    docsRoot: parts.config.docsRoot,
    client: parts.client,
    state: parts.state,
    result: parts.result,
    files: parts.files,
    warn: (message, file) => logger.warning(message, { file }),
    downloads: new Map(),
    fetched,
    namer: parts.plan.namer,
    extraNames: parts.plan.extraNames,
    pool: parts.pool,
    body: (id, locale) => spool.read(id, locale),
    wanted: (locale) => (asked.size === 0 || asked.has(locale)) && enabled.has(locale),
    logger,
    render: parts.settings.render,
    configFile: parts.settings.file,
    newConfigFile: CONFIG_FILE,
  };
}
