import path from 'node:path';
import { applyPlan, type Outcome } from './apply/apply.js';
import { stateWouldChange, syncState } from './apply/state-sync.js';
import { createContentTags } from './apply/content-tags.js';
import type { LeaseDeps, LeaseTiming } from './apply/lease.js';
import { WriteGate } from './apply/write-gate.js';
import { InterruptedError } from './remote/stop.js';
import { applyStructure, type StructureApplied } from './apply/structure.js';
import { setRedirectRule } from './remote/article-extras.js';
import { fetchArticleExtras } from './remote/extras-fetch.js';
import { gitHead, gitRenames } from './source/git.js';
import type { Config } from './config/types.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { errorMessage, PipelineError } from './errors.js';
import type { Logger } from './logger.js';
import { buildPlan } from './plan/plan.js';
import { dropBodies, RemoteIndexBuilder, type RemoteIndex } from './plan/remote-index.js';
import { ReusePlanner } from './plan/reuse.js';
import { AssetReader, type AssetFile } from './render/assets.js';
import { lookupMedia } from './remote/media-lookup.js';
import { mediaFromMarkers } from './plan/media.js';
import { localFilePolicy } from './shared/local-file.js';
import { releaseBodies } from './render/release.js';
import type { Plan } from './plan/types.js';
import type { PreparedArticle, ReuseCheck } from './render/prepare.js';
import { ZendeskClient } from './remote/client.js';
import { fetchSnapshot, type RemoteSnapshot } from './remote/snapshot.js';
import { sectionNamesNeedCategories } from './plan/resolve.js';
import { buildReport, interruptedLine, type Interrupted, type Report, type RunError } from './report/model.js';
import { plural } from './report/plural.js';
import type { SourceResult } from './source/load.js';
import { REPORT_DIFF_CAPS, type ArticleDiffs, type DiffCaps } from './diff/types.js';
import { BodySpool } from './diff/spool.js';
import { importedArticles } from './import/state.js';
import { chooseNamespace, resolveNamespace, type Namespace } from './config/namespace.js';

export interface PipelineDeps {
  /** For tests and odd networks; the global fetch otherwise. */
  fetch?: typeof fetch;
  /** How the transport waits between retries and for a 429's Retry-After; a timer otherwise. */
  sleep?: (ms: number) => Promise<void>;
  /**
   * Validate and render only, never asking Zendesk even when credentials are set (the CLI's
   * `validate`): a check that needs no network and no secrets, fast enough for a pre-commit hook.
   */
  offline?: boolean;
  /**
   * Stops the writes (Ctrl-C, the runner's cancel): no article starts after it, the state record
   * is saved, and the report says what was written.
   */
  interrupt?: AbortSignal;
  /** Called once, right before the first write (the lease's claim included). */
  onWriting?: () => void;
  /** The publish lease's timing (tests), or `false` for none (a test of what happens without it). */
  lease?: { timing?: LeaseTiming; deps?: LeaseDeps } | false;
  /** The repository a GitHub repository is a fork of (config/repository.ts); asked only for a clone whose remotes find no record. */
  forkParent?: (repository: string) => Promise<string | undefined>;
  /**
   * The most characters one part of the state record may hold before it is split in two
   * (state-shards.ts's SHARD_BUDGET otherwise): small in tests, so that a few articles make
   * several parts.
   */
  stateShardChars?: number;
}

/** What a run computes beyond the plan, for the commands that show more of it. */
export interface PipelineOptions {
  /**
   * The text that changes, live in Guide against the files, in the report: by default in dry
   * runs with credentials, with the report's caps; `false` turns it off.
   */
  diffs?: DiffCaps | false;
  /** Always read the categories, not only when section names need them (the preview groups by them). */
  categories?: boolean;
  /** Called once the files and the help center are read (the preview renders from them). */
  onRead?: (read: { config: Config; source: SourceResult; snapshot: RemoteSnapshot | undefined }) => void;
  /**
   * Called once the plan is made, with what it was made from (the drift report reads it). Only
   * with credentials; `live` reads a stored body back while the call lasts.
   */
  onPlan?: (made: PlanMade) => void;
}

/** The plan and what it was made from, for a command that reads more of it than the report. */
export interface PlanMade {
  config: Config;
  plan: Plan;
  prepared: readonly PreparedArticle[];
  snapshot: RemoteSnapshot;
  index: RemoteIndex;
  live: Pick<BodySpool, 'read'>;
  client: ZendeskClient;
}

/** What a run has gathered so far; kept outside the steps so a run that throws can still report it. */
interface RunState {
  diagnostics: Diagnostic[];
  /** The diagnostics were logged (they are, once the plan is made). */
  logged: boolean;
  client: ZendeskClient | undefined;
  gate: WriteGate | undefined;
}

/**
 * config → source → render → remote → plan → apply → report. Any error in the files or the plan
 * stops the run before the first write; the report says why. An exception (credentials refused,
 * the network down) comes out as a PipelineError carrying the problems found so far, and only
 * ever before the first write: apply records each article's failure in its outcome instead.
 */
export async function runPipeline(
  settings: Config,
  logger: Logger,
  deps: PipelineDeps = {},
  options: PipelineOptions = {},
): Promise<Report> {
  const caps = options.diffs ?? (settings.mode === 'dry-run' ? REPORT_DIFF_CAPS : false);
  // Only a publish writes; the gate takes the lease only if its plan does.
  const gate =
    settings.mode === 'publish' && !deps.offline && deps.lease !== false ? new WriteGate(deps.lease?.timing, deps.lease?.deps) : undefined;
  try {
    // A second reading, once, when another publish wrote after the first (the lease is held by then).
    for (let pass = 1; ; pass++) {
      try {
        return await runPass(settings, logger, deps, { ...options, diffs: caps }, gate);
      } catch (error) {
        if (!(error instanceof ReadAgain) || pass > 1) throw error;
      }
    }
  } finally {
    await gate?.release();
  }
}

/** Thrown by a reading that is out of date: another publish wrote after it. */
class ReadAgain extends Error {}

async function runPass(settings: Config, logger: Logger, deps: PipelineDeps, options: PipelineOptions, gate: WriteGate | undefined) {
  const state: RunState = { diagnostics: [], logged: false, client: undefined, gate };
  let spool: BodySpool | undefined;
  try {
    // Stored bodies go to disk as they arrive, for the diffs; memory keeps only their offsets.
    if ((options.diffs || options.onPlan) && settings.zendeskUrl && settings.auth) spool = new BodySpool();
    return await runSteps(settings, logger, deps, state, options, spool);
  } catch (error) {
    if (error instanceof ReadAgain) throw error;
    const sorted = sortDiagnostics(state.diagnostics);
    if (!state.logged) logDiagnostics(sorted, logger);
    const stats = state.client?.http.stats;
    throw new PipelineError(error, sorted, {
      total: stats?.requests ?? 0,
      rateLimited: stats?.rateLimited ?? 0,
      retries: stats?.retries ?? 0,
    });
  } finally {
    spool?.close();
  }
}

function logDiagnostics(sorted: readonly Diagnostic[], logger: Logger): void {
  for (const d of sorted) {
    const where = { file: d.file, ...(d.line ? { line: d.line } : {}), ...(d.column ? { column: d.column } : {}) };
    const text = d.hint ? `${d.message} (${d.hint})` : d.message;
    if (d.severity === 'error') logger.error(text, where);
    else logger.warning(text, where);
  }
}

async function runSteps(
  settings: Config,
  logger: Logger,
  deps: PipelineDeps,
  state: RunState,
  options: PipelineOptions,
  spool: BodySpool | undefined,
): Promise<Report> {
  const started = Date.now();
  const { diagnostics } = state;

  // Zendesk is asked first: the client needs only the settings, and the modules that read the
  // config file and the Markdown (the schema library and the YAML parser, which were nearly
  // half of what loaded at startup) load while the first requests are in flight.
  let client: ZendeskClient | undefined;
  if (deps.offline) {
    logger.debug('Offline: validating and rendering; Zendesk is not asked.');
  } else if (settings.zendeskUrl && settings.auth) {
    client = new ZendeskClient({
      baseUrl: settings.zendeskUrl,
      auth: settings.auth,
      logger,
      concurrency: settings.concurrency,
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
      ...(deps.sleep ? { sleep: deps.sleep } : {}),
    });
    state.client = client;
  } else {
    logger.info('No Zendesk credentials: validating and rendering offline; nothing is compared with Zendesk.');
  }

  // Each stored body is parsed once as its page arrives, then dropped: the index keeps a digest
  // of its normalized form, which is all the plan needs, so memory stays flat for large help centers.
  // For the diffs, the spool copies it to disk first.
  // Articles an import wrote here are adopted by id and compared by content (see import/state.ts).
  const imported = importedArticles(settings.docsRoot);
  const indexBuilder = new RemoteIndexBuilder(imported ? (id) => imported.has(id) : undefined);
  // The files are read once the config file is; the snapshot may ask for them before that.
  let sourceLoaded!: (result: Promise<SourceResult>) => void;
  const sourcePromise = new Promise<SourceResult>((resolve) => (sourceLoaded = resolve));
  let defaultLocaleRead!: (locale: string) => void;
  const remoteDefaultLocale = new Promise<string>((resolve) => (defaultLocaleRead = resolve));
  let configLoaded!: (config: Config) => void;
  const configPromise = new Promise<Config>((resolve) => (configLoaded = resolve));
  const snapshotPromise = client
    ? fetchSnapshot(
        client,
        logger,
        async (sections) => {
          const read = await sourcePromise;
          // A _section.yml names its category: categories are needed to find its section.
          return options.categories || read.structure.length > 0 || sectionNamesNeedCategories(read.articles, sections);
        },
        (article) => {
          indexBuilder.add(article);
          spool?.add(article);
          dropBodies(article);
        },
        async () => (await configPromise).createSections ?? false,
        (locale) => defaultLocaleRead(locale),
      )
    : undefined;
  // Handled below; this only stops Node from reporting it as unhandled while the files load.
  snapshotPromise?.catch(() => undefined);

  const { loadConfigFile, duplicateIds, loadSource } = await import('./read-local.js');
  // The config file completes the settings (inputs and flags win); its errors block like any other.
  const loaded = await loadConfigFile(settings);
  const config = loaded.config;
  configLoaded(config);
  diagnostics.push(...loaded.diagnostics);
  if (loaded.read) logger.info(`Config file: ${loaded.file}`);

  // Reading the files and reading the help center overlap: one is disk, the other network.
  sourceLoaded(
    loadSource(config.docsRoot, config.repoRoot, {
      include: config.include,
      exclude: config.exclude,
      aliases: config.aliases,
      ...(config.variables ? { variables: config.variables } : {}),
      ...(config.defaultLocale ? { defaultLocale: config.defaultLocale } : {}),
      ...(config.defaultAuthor ? { defaultAuthor: config.defaultAuthor } : {}),
      ...(config.allowDotPaths ? { allowDotPaths: config.allowDotPaths } : {}),
    }),
  );

  const source = await logger.group('Reading Markdown', async () => {
    const result = await sourcePromise;
    diagnostics.push(...result.diagnostics, ...duplicateIds(result.articles));
    logger.info(
      `${plural(result.articles.length, 'article')}, ${plural(
        result.articles.reduce((n, a) => n + a.translations.length, 0),
        'translation',
      )}`,
    );
    return result;
  });

  // While the help center is read, the files' Markdown is let go: only its fingerprint is needed
  // to tell an unchanged file, and a file that is rendered after all is read again. Not for the
  // preview, which renders every file.
  if (snapshotPromise && !options.onRead) {
    const defaultLocale =
      config.defaultLocale ??
      (await Promise.race([
        remoteDefaultLocale,
        snapshotPromise.then(
          (s) => s.defaultLocale,
          () => undefined,
        ),
      ]));
    if (defaultLocale !== undefined) releaseBodies(source.articles, { render: config.render, defaultLocale });
  }

  const snapshot: RemoteSnapshot | undefined = snapshotPromise
    ? await logger.group('Reading the help center', async () => {
        const s = await snapshotPromise;
        logger.info(
          `${plural(s.articles.size - indexBuilder.recordArticles(), 'article')} in Zendesk (via ${s.articlesVia}), ${plural(s.sections.length, 'section')}, locales ${s.locales.join(', ')}`,
        );
        // Content tags, authors and redirect rules: only what the files name, once both are read.
        if (client) s.extras = await fetchArticleExtras(client, source.articles);
        return s;
      })
    : undefined;
  const index = snapshot ? indexBuilder.build() : undefined;
  options.onRead?.({ config, source, snapshot });

  const { prepared } = await logger.group('Rendering', async () => {
    const reader = new AssetReader(localFilePolicy(config));
    let reuse: ReuseCheck | undefined;
    if (snapshot && index) {
      const planner = new ReusePlanner(source.articles, snapshot, index, {
        docsRoot: config.docsRoot,
        defaultLocale: config.defaultLocale ?? snapshot.defaultLocale,
      });
      const files = planner.filesToHash();
      const shas = await Promise.all(files.map((f) => reader.shaOf(f)));
      reuse = planner.check(new Map(files.map((f, i) => [f, shas[i]])));
    }
    // Loaded on demand: the Markdown toolchain is the bulk of the bundle, and the help center
    // is already being read while it loads.
    const { prepareArticles } = await import('./render/prepare.js');
    const result = await prepareArticles(source.articles, {
      docsRoot: config.docsRoot,
      repoRoot: config.repoRoot,
      render: config.render,
      defaultLocale: config.defaultLocale ?? snapshot?.defaultLocale,
      reader,
      ...(reuse ? { reuse } : {}),
    });
    diagnostics.push(...result.diagnostics);
    const reused = result.prepared.reduce((n, p) => n + p.bodies.filter((b) => b.reused).length, 0);
    if (reused) logger.info(`${plural(reused, 'unchanged file')} not rendered again (their Zendesk copy records the same source)`);
    return result;
  });

  // The docs root's state record names the commit of its last publish: git says what moved since.
  const root = path.relative(config.repoRoot, config.docsRoot).split(path.sep).join('/') || '.';
  const namespace = await namespaceOf(config, root, index, deps);
  logger.info(`Namespace: ${namespace.value} (${namespace.how})`);
  const recordedCommit = (index?.states.get(namespace.value) ?? index?.legacyStates.get(root))?.state.commit;
  let renames: ReadonlyMap<string, string> | undefined;
  let changedFiles: ReadonlySet<string> | undefined;
  if (recordedCommit) {
    const found = await gitRenames(config.repoRoot, recordedCommit, config.docsRoot);
    if ('renames' in found) ({ renames, changed: changedFiles } = found);
    else logger.info(`Renames are found by content and title only: ${found.unavailable}.`);
  }
  const media = client && index ? await lookupFiles(client, prepared, index, logger) : undefined;
  const plan: Plan = buildPlan(
    { sources: source.articles, prepared, structure: source.structure },
    snapshot,
    {
      onDrift: config.onDrift,
      archiveRemoved: config.archiveRemoved,
      maxArchive: config.maxArchive,
      defaultLocale: config.defaultLocale,
      labelsMode: config.labelsMode ?? 'replace',
      createSections: config.createSections ?? false,
      outdatedTranslations: config.outdatedTranslations ?? 'flag',
      ...(config.provenance ? { provenance: config.provenance } : {}),
      unavailableKeys: source.failedKeys,
      root,
      namespace: namespace.value,
      ...(config.namespace !== undefined ? { namespaceExplicit: true } : {}),
      ...(cloneNamespaces(config, root) ? { cloneNamespaces: cloneNamespaces(config, root) } : {}),
      ...(config.mode === 'dry-run' ? { readOnly: true } : {}),
      ...(renames ? { renames } : {}),
      ...(changedFiles ? { changedFiles } : {}),
      ...(imported ? { imported } : {}),
      ...(media ? { media } : {}),
    },
    index,
  );
  diagnostics.push(...plan.diagnostics);
  if (options.onPlan && spool && snapshot && index && client)
    options.onPlan({ config, plan, prepared, snapshot, index, live: spool, client });
  const sorted = sortDiagnostics(diagnostics);
  logDiagnostics(sorted, logger);
  state.logged = true;
  const blocked = hasErrors(sorted);

  let diffs: Map<string, ArticleDiffs> | undefined;
  if (spool && options.diffs && snapshot && index && plan.articles.some((a) => a.operations.length || a.drifted.length)) {
    // Loaded on demand: the diff library is needed only when something changes.
    const { collectDiffs } = await import('./diff/collect.js');
    try {
      diffs = collectDiffs({ plan, prepared, snapshot, index, live: spool }, options.diffs);
    } catch (error) {
      // The diffs only illustrate the plan: without them the report is still true.
      logger.warning(`could not show the text that changes: ${errorMessage(error)}`);
    }
  }

  let outcomes: Map<string, Outcome> | undefined;
  let structure: StructureApplied | undefined;
  let interrupted: Interrupted | undefined;
  let createdTags: Map<string, string> | undefined;
  if (!blocked && config.mode === 'publish' && client && snapshot && index) {
    const gate = state.gate;
    const writes = gate !== undefined && writesSomething(plan, index, namespace.value, root);
    // Nothing written yet: an interruption here ends the run at once (see runErrorOf).
    if (deps.interrupt?.aborted) throw new InterruptedError('interrupted before anything was written');
    if (writes || plan.articles.some((a) => a.operations.length > 0)) deps.onWriting?.();
    if (
      writes &&
      (await gate.beforeWrites({ client, logger, namespace: namespace.value, plan, snapshot, stop: deps.interrupt })) === 'read-again'
    )
      throw new ReadAgain();
    const stop = anySignal([deps.interrupt, gate?.lost]);
    ({ outcomes, structure, createdTags } = await publishPlan({ settings, config, client, logger, plan, stop }));
    await syncState({
      client,
      logger,
      root,
      namespace: namespace.value,
      ...(config.namespace !== undefined ? { namespaceExplicit: true } : {}),
      index,
      snapshot,
      plan,
      outcomes,
      commit: await gitHead(config.repoRoot),
      shardBudget: deps.stateShardChars,
    });
    if (stop?.aborted) interrupted = interruptedSummary(plan, outcomes, logger);
  }
  const stats = client?.http.stats;
  return buildReport({
    mode: config.mode,
    zendeskUrl: config.zendeskUrl,
    plan,
    outcomes,
    ...(structure ? { structure: structure.outcomes } : {}),
    ...(createdTags ? { contentTags: createdTags } : {}),
    diagnostics: sorted,
    blocked,
    requests: { total: stats?.requests ?? 0, rateLimited: stats?.rateLimited ?? 0, retries: stats?.retries ?? 0 },
    ...(outcomes && client ? { uploaded: { ...client.uploaded } } : {}),
    durationMs: Date.now() - started,
    ...(diffs ? { diffs } : {}),
    ...(interrupted ? { interrupted } : {}),
    ...(state.gate?.notes.length ? { notes: state.gate.notes } : {}),
  });
}

/** Whether publishing this plan writes anything: an article, a section, or the state record. */
function writesSomething(plan: Plan, index: RemoteIndex, namespace: string, root: string): boolean {
  return (
    plan.articles.some((a) => a.operations.length > 0) ||
    (plan.structure ?? []).length > 0 ||
    (plan.contentTags ?? []).length > 0 ||
    stateWouldChange(index, namespace, root, plan)
  );
}

/** One signal that aborts when any of them does. */
function anySignal(signals: readonly (AbortSignal | undefined)[]): AbortSignal | undefined {
  const present = signals.filter((s): s is AbortSignal => s !== undefined);
  return present.length > 1 ? AbortSignal.any(present) : present[0];
}

/** The sections, then the articles: what apply/ does with a plan, with the log around it. */
async function publishPlan(ctx: {
  settings: Config;
  config: Config;
  client: ZendeskClient;
  logger: Logger;
  plan: Plan;
  stop: AbortSignal | undefined;
}): Promise<{ outcomes: Map<string, Outcome>; structure: StructureApplied | undefined; createdTags: Map<string, string> | undefined }> {
  const { settings, client, logger, plan } = ctx;
  const changes = plan.structure ?? [];
  let structure: StructureApplied | undefined;
  // Before any article: articles go into the sections made here, and a refusal (a 403 for
  // want of Guide manager rights) stops the run before a single article is written.
  if (changes.length) structure = await logger.group('Sections and categories', () => applyStructure(changes, client, logger));
  const sections = structure?.ids;
  // Before any article, like sections: the articles refer to the tags by id.
  const tags = plan.contentTags?.length ? await createContentTags(plan.contentTags, client, logger) : undefined;
  const writes = plan.articles.filter((a) => a.operations.length > 0).length;
  const outcomes = await logger.group('Publishing', async () => {
    logger.progress?.({ kind: 'start', what: 'publishing', total: writes, unit: 'article' });
    let result: Map<string, Outcome>;
    try {
      result = await applyPlan(plan, client, logger, {
        articlesAtOnce: 2 * settings.concurrency,
        ...(sections ? { sections } : {}),
        ...(tags ? { contentTags: tags } : {}),
        redirect: (rule) => setRedirectRule(client, rule),
        ...(ctx.stop ? { stop: ctx.stop } : {}),
      });
    } finally {
      logger.progress?.({ kind: 'end' });
    }
    const { retries, landed } = client.http.stats;
    if (retries) {
      const found = landed
        ? `; ${plural(landed, 'write')} whose answer was lost had landed and ${landed === 1 ? 'was' : 'were'} not sent again`
        : '';
      logger.info(`${plural(retries, 'request')} retried after a failure of Zendesk or the network${found}`);
    }
    return result;
  });
  return { outcomes, structure, createdTags: tags };
}

/** What an interrupted publish wrote, said once on the log (the report's first line says it too). */
function interruptedSummary(plan: Plan, outcomes: ReadonlyMap<string, Outcome>, logger: Logger): Interrupted {
  let total = 0;
  let written = 0;
  let partly = 0;
  for (const a of plan.articles) {
    if (a.operations.length === 0) continue;
    total++;
    const o = outcomes.get(a.key);
    if (o?.interrupted) partly += o.requests > 0 ? 1 : 0;
    else if (o && o.status !== 'failed') written++;
  }
  const summary: Interrupted = { written, partly, total };
  logger.warning(interruptedLine(summary));
  return summary;
}

/** The files the bodies use, and which of them the help center's media library holds (see remote/media-lookup.ts). */
async function lookupFiles(client: ZendeskClient, prepared: readonly PreparedArticle[], index: RemoteIndex, logger: Logger) {
  const files = new Map<string, AssetFile>();
  for (const p of prepared) for (const b of p.bodies) for (const r of b.refs) if (r.kind === 'asset') files.set(r.asset.sha, r.asset);
  return lookupMedia(client, files, mediaFromMarkers(index.analyzed.values()), logger);
}

/** The CLI's exit code for a run that failed as a whole (see the README's exit codes). */
const EXIT_CODE_OF_ERROR: Record<RunError['kind'], number> = { settings: 2, remote: 3, internal: 1, interrupted: 130 };

/** The exit code of a process stopped by Ctrl-C (128 + SIGINT), as shells expect. */
export const EXIT_INTERRUPTED = 130;

/** 0 when all went well; non-zero when the run failed, the files had errors or an article failed to publish. */
export function exitCodeOf(report: Report): number {
  if (report.error) return EXIT_CODE_OF_ERROR[report.error.kind];
  if (report.interrupted) return EXIT_INTERRUPTED;
  return report.blocked || report.counts.failed > 0 ? 1 : 0;
}

/**
 * This run's namespace. Explicit, or from the workflow's repository, as set; from a clone's
 * remotes, the first whose namespace holds this docs path's record (`upstream` before `origin`),
 * then the repository origin is a GitHub fork of: a writer's fork clone plans against the source.
 */
async function namespaceOf(config: Config, root: string, index: RemoteIndex | undefined, deps: PipelineDeps): Promise<Namespace> {
  const sources = config.repositorySources;
  if (config.namespace !== undefined || !sources || sources.fromWorkflow || !index)
    return resolveNamespace(config.namespace, config.repository, root);
  const hasRecord = (ns: string) => index.states.has(ns);
  const chosen = chooseNamespace(undefined, sources.candidates, root, hasRecord);
  if (hasRecord(chosen.value) || !deps.forkParent) return chosen;
  const origin = sources.candidates.find((c) => c.via === 'git remote "origin"');
  const parent = origin ? await deps.forkParent(origin.repository) : undefined;
  if (parent && hasRecord(`${parent}:${root}`)) {
    return {
      value: `${parent}:${root}`,
      how: `repository ${parent} (the GitHub repository ${origin!.repository} is a fork of) and docs path ${root}`,
    };
  }
  return chosen;
}

/** The namespaces of every remote of the clone, by remote, when the namespace was guessed from them. */
function cloneNamespaces(config: Config, root: string): Map<string, string> | undefined {
  const sources = config.repositorySources;
  if (config.namespace !== undefined || !sources || sources.fromWorkflow) return undefined;
  return new Map([...sources.candidates, ...sources.others].map((c) => [`${c.repository}:${root}`, `${c.via} (${c.repository})`]));
}
