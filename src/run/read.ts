import { completeSettings, type GivenSettings, type Settings } from '../config/resolve.js';
import type { Config } from '../config/types.js';
import type { Diagnostic } from '../diagnostics.js';
import { BodySpool } from '../diff/spool.js';
import { importedArticles } from '../import/state.js';
import type { Logger } from '../logger.js';
import { RemoteIndexBuilder, type RemoteIndex } from '../plan/remote-index.js';
import { sectionNamesNeedCategories } from '../plan/resolve.js';
import { releaseBodies } from '../render/release.js';
import { ZendeskClient } from '../remote/client.js';
import { fetchArticleExtras } from '../remote/extras-fetch.js';
import { fetchSnapshot, type RemoteSnapshot } from '../remote/snapshot.js';
import { plural } from '../report/plural.js';
import type { SourceResult } from '../source/load.js';
import type { RunDeps } from './deps.js';
import { mayReferToHiddenPaths, refusedBeforeRequests } from './hidden-paths.js';

type ImportedById = NonNullable<ReturnType<typeof importedArticles>>;

/** What a run has gathered so far; kept outside the stages so a run that throws can still report it. */
export interface RunTrace {
  diagnostics: Diagnostic[];
  client: ZendeskClient | undefined;
}

/** The help center as a run read it. Bodies are not kept (see StoredArticle): the index has their digests. */
export interface HelpCenterRead {
  client: ZendeskClient;
  snapshot: RemoteSnapshot;
  index: RemoteIndex;
  /** The stored bodies on disk, for the diffs and the drift report; closed by whoever asked for it. */
  spool: BodySpool | undefined;
}

export interface RunRead {
  settings: Settings;
  source: SourceResult;
  /** Undefined offline: no credentials, `validate`, or a refused path found before any request. */
  remote: HelpCenterRead | undefined;
  /** Articles an import wrote here, adopted by id and compared by content (see import/state.ts). */
  imported: ImportedById | undefined;
}

export interface ReadOptions {
  /** Copy each stored body to disk as it arrives: the diffs and the drift report read them back. */
  spool?: boolean;
  /** Read the categories even when no section name needs them (the preview groups by them). */
  categories?: boolean;
  /** Keep every file's Markdown (the preview renders every file); otherwise let it go while Zendesk is read. */
  keepMarkdown?: boolean;
}

/**
 * The first stage: settings in; the config file, the Markdown and the help center out. Reading
 * the files and reading the help center overlap (one is disk, the other network): Zendesk is
 * asked first, and the modules that read the config file and the Markdown load while its first
 * requests are in flight. Except when a file may refer to a path that must never leave the
 * repository (a dot-folder, .git/): the files are then read and checked first, and a refused
 * path stops the run before any request.
 */
export async function readRun(
  given: GivenSettings | Readonly<Config>,
  logger: Logger,
  deps: RunDeps,
  options: ReadOptions,
  trace: RunTrace,
): Promise<RunRead> {
  const online = !deps.offline && given.zendeskUrl !== undefined && given.auth !== undefined;
  if (deps.offline) logger.debug('Offline: validating and rendering; Zendesk is not asked.');
  else if (!online) logger.info('No Zendesk credentials: validating and rendering offline; nothing is compared with Zendesk.');
  const imported = importedArticles(given.docsRoot);
  const suspects = online ? await mayReferToHiddenPaths(given.docsRoot) : undefined;
  if (suspects) {
    const local = await readLocal(given, logger, trace);
    if (await refusedBeforeRequests(local, suspects, trace.diagnostics)) {
      logger.info('A file refers to a path that never leaves the repository: Zendesk is not asked.');
      return { ...local, remote: undefined, imported };
    }
    const remote = startRemote(given, logger, deps, options, trace, imported, Promise.resolve(local));
    return { ...local, remote: await finishRemote(remote, local, logger), imported };
  }
  if (!online) return { ...(await readLocal(given, logger, trace)), remote: undefined, imported };
  let localRead!: (read: Promise<Local>) => void;
  const localPromise = new Promise<Local>((resolve) => (localRead = resolve));
  const remote = startRemote(given, logger, deps, options, trace, imported, localPromise);
  const reading = readLocal(given, logger, trace);
  localRead(reading);
  let local: Local;
  try {
    local = await reading;
    if (!options.keepMarkdown) await releaseWhileReading(local, remote);
  } catch (error) {
    remote.spool?.close();
    throw error;
  }
  return { ...local, remote: await finishRemote(remote, local, logger), imported };
}

type Local = Pick<RunRead, 'settings' | 'source'>;

/** The config file, then the Markdown; their problems join the run's diagnostics. */
async function readLocal(given: GivenSettings | Readonly<Config>, logger: Logger, trace: RunTrace): Promise<Local> {
  const completed = await completeSettings(given);
  const settings = completed.settings;
  trace.diagnostics.push(...completed.diagnostics);
  if (completed.read) logger.info(`Config file: ${completed.file}`);
  const { duplicateIds, loadSource } = await import('../read-local.js');
  const source = await logger.group('Reading Markdown', async () => {
    const result = await loadSource(settings.docsRoot, settings.repoRoot, {
      include: settings.include,
      exclude: settings.exclude,
      aliases: settings.aliases,
      ...(settings.variables ? { variables: settings.variables } : {}),
      ...(settings.defaultLocale ? { defaultLocale: settings.defaultLocale } : {}),
      ...(settings.defaultAuthor ? { defaultAuthor: settings.defaultAuthor } : {}),
      ...(settings.allowDotPaths ? { allowDotPaths: settings.allowDotPaths } : {}),
    });
    trace.diagnostics.push(...result.diagnostics, ...duplicateIds(result.articles));
    const translations = result.articles.reduce((n, a) => n + a.translations.length, 0);
    logger.info(`${plural(result.articles.length, 'article')}, ${plural(translations, 'translation')}`);
    return result;
  });
  return { settings, source };
}

interface RemoteStarted {
  client: ZendeskClient;
  builder: RemoteIndexBuilder;
  spool: BodySpool | undefined;
  snapshot: Promise<RemoteSnapshot>;
  defaultLocale: Promise<string>;
}

/** Starts reading the help center; each stored body is indexed (and spooled) as its page arrives, then let go. */
function startRemote(
  given: GivenSettings | Readonly<Config>,
  logger: Logger,
  deps: RunDeps,
  options: ReadOptions,
  trace: RunTrace,
  imported: ImportedById | undefined,
  local: Promise<Local>,
): RemoteStarted {
  const client = new ZendeskClient({
    baseUrl: given.zendeskUrl!,
    auth: given.auth!,
    logger,
    concurrency: given.concurrency,
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
  });
  trace.client = client;
  const builder = new RemoteIndexBuilder(imported ? (id) => imported.has(id) : undefined);
  const spool = options.spool ? new BodySpool() : undefined;
  let defaultLocaleRead!: (locale: string) => void;
  const defaultLocale = new Promise<string>((resolve) => (defaultLocaleRead = resolve));
  const snapshot = fetchSnapshot(
    client,
    logger,
    async (sections) => {
      const { source } = await local;
      // A _section.yml names its category: categories are needed to find its section.
      return options.categories === true || source.structure.length > 0 || sectionNamesNeedCategories(source.articles, sections);
    },
    (article, stored) => {
      builder.add(article, stored);
      spool?.add(article);
    },
    async () => (await local).settings.createSections,
    (locale) => defaultLocaleRead(locale),
  );
  // Awaited in finishRemote; this only stops Node from reporting it as unhandled while the files load.
  snapshot.catch(() => undefined);
  return { client, builder, spool, snapshot, defaultLocale };
}

/**
 * While the help center is read, the files' Markdown is let go: only its fingerprint is needed
 * to tell an unchanged file, and a file that is rendered after all is read again.
 */
async function releaseWhileReading(local: Local, remote: RemoteStarted): Promise<void> {
  const defaultLocale =
    local.settings.defaultLocale ??
    (await Promise.race([
      remote.defaultLocale,
      remote.snapshot.then(
        (s) => s.defaultLocale,
        () => undefined,
      ),
    ]));
  if (defaultLocale !== undefined) releaseBodies(local.source.articles, { render: local.settings.render, defaultLocale });
}

async function finishRemote(remote: RemoteStarted, local: Local, logger: Logger): Promise<HelpCenterRead> {
  try {
    const snapshot = await logger.group('Reading the help center', async () => {
      const s = await remote.snapshot;
      logger.info(
        `${plural(s.articles.size - remote.builder.recordArticles(), 'article')} in Zendesk (via ${s.articlesVia}), ${plural(s.sections.length, 'section')}, locales ${s.locales.join(', ')}`,
      );
      // Content tags, authors and redirect rules: only what the files name, once both are read.
      return { ...s, extras: await fetchArticleExtras(remote.client, local.source.articles) };
    });
    return { client: remote.client, snapshot, index: remote.builder.build(), spool: remote.spool };
  } catch (error) {
    remote.spool?.close();
    throw error;
  }
}
