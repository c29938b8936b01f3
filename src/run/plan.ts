import path from 'node:path';
import type { Settings } from '../config/resolve.js';
import { chooseNamespace, resolveNamespace, type Namespace } from '../config/namespace.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import type { Logger } from '../logger.js';
import { mediaFromMarkers } from '../plan/media.js';
import { buildPlan } from '../plan/plan.js';
import type { RemoteIndex } from '../plan/remote-index.js';
import type { Plan } from '../plan/types.js';
import type { AssetFile } from '../render/assets.js';
import type { PreparedArticle } from '../render/prepare.js';
import { lookupMedia } from '../remote/media-lookup.js';
import { gitRenames } from '../source/git.js';
import type { RunDeps } from './deps.js';
import type { HelpCenterRead, RunRead } from './read.js';
import type { RunRendered } from './render.js';

export interface RunPlanned {
  plan: Plan;
  /** The docs root, repo-relative with forward slashes (`.` for the repository root). */
  root: string;
  namespace: Namespace;
  /** Every diagnostic of the run (those passed in, then the plan's), sorted as they are shown. */
  diagnostics: Diagnostic[];
}

/**
 * The third stage: the plan, pure (plan/plan.ts), from what the first two found plus what only
 * the outside can say: this source's namespace, the renames git knows since the last publish,
 * and which files the help center's media library already holds.
 */
export async function planRun(
  read: RunRead,
  rendered: RunRendered,
  logger: Logger,
  deps: Pick<RunDeps, 'forkParent'>,
  diagnostics: readonly Diagnostic[],
): Promise<RunPlanned> {
  const { settings, source, remote } = read;
  const root = path.relative(settings.repoRoot, settings.docsRoot).split(path.sep).join('/') || '.';
  const namespace = await namespaceOf(settings, root, remote?.index, deps);
  logger.info(`Namespace: ${namespace.value} (${namespace.how})`);
  // The docs root's state record names the commit of its last publish: git says what moved since.
  const recordedCommit = (remote?.index.states.get(namespace.value) ?? remote?.index.legacyStates.get(root))?.state.commit;
  let renames: ReadonlyMap<string, string> | undefined;
  let changedFiles: ReadonlySet<string> | undefined;
  if (recordedCommit) {
    const found = await gitRenames(settings.repoRoot, recordedCommit, settings.docsRoot);
    if ('renames' in found) ({ renames, changed: changedFiles } = found);
    else logger.info(`Renames are found by content and title only: ${found.unavailable}.`);
  }
  const media = remote ? await lookupFiles(remote, rendered.prepared, logger) : undefined;
  const clones = cloneNamespaces(settings, root);
  const plan = buildPlan(
    { sources: source.articles, prepared: rendered.prepared, structure: source.structure },
    remote?.snapshot,
    {
      onDrift: settings.onDrift,
      archiveRemoved: settings.archiveRemoved,
      maxArchive: settings.maxArchive,
      defaultLocale: settings.defaultLocale,
      labelsMode: settings.labelsMode,
      createSections: settings.createSections,
      outdatedTranslations: settings.outdatedTranslations,
      ...(settings.provenance ? { provenance: settings.provenance } : {}),
      unavailableKeys: source.failedKeys,
      root,
      namespace: namespace.value,
      ...(settings.namespace !== undefined ? { namespaceExplicit: true } : {}),
      ...(clones ? { cloneNamespaces: clones } : {}),
      ...(settings.mode === 'dry-run' ? { readOnly: true } : {}),
      ...(renames ? { renames } : {}),
      ...(changedFiles ? { changedFiles } : {}),
      ...(read.imported ? { imported: read.imported } : {}),
      ...(media ? { media } : {}),
    },
    remote?.index,
  );
  return { plan, root, namespace, diagnostics: sortDiagnostics([...diagnostics, ...plan.diagnostics]) };
}

/** The files the bodies use, and which of them the help center's media library holds (see remote/media-lookup.ts). */
async function lookupFiles(remote: HelpCenterRead, prepared: readonly PreparedArticle[], logger: Logger) {
  const files = new Map<string, AssetFile>();
  for (const p of prepared) for (const b of p.bodies) for (const r of b.refs) if (r.kind === 'asset') files.set(r.asset.sha, r.asset);
  return lookupMedia(remote.client, files, mediaFromMarkers(remote.index.analyzed.values()), logger);
}

/**
 * This run's namespace. Explicit, or from the workflow's repository, as set; from a clone's
 * remotes, the first whose namespace holds this docs path's record (`upstream` before `origin`),
 * then the repository origin is a GitHub fork of: a writer's fork clone plans against the source.
 */
async function namespaceOf(
  settings: Settings,
  root: string,
  index: RemoteIndex | undefined,
  deps: Pick<RunDeps, 'forkParent'>,
): Promise<Namespace> {
  const sources = settings.repositorySources;
  if (settings.namespace !== undefined || !sources || sources.fromWorkflow || !index)
    return resolveNamespace(settings.namespace, settings.repository, root);
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
function cloneNamespaces(settings: Settings, root: string): Map<string, string> | undefined {
  const sources = settings.repositorySources;
  if (settings.namespace !== undefined || !sources || sources.fromWorkflow) return undefined;
  return new Map([...sources.candidates, ...sources.others].map((c) => [`${c.repository}:${root}`, `${c.via} (${c.repository})`]));
}
