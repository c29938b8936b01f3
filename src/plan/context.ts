import type { OnDrift } from '../config/types.js';
import type { Diagnostic } from '../diagnostics.js';
import type { RemoteSnapshot } from '../remote/snapshot.js';
import type { Located } from '../source/types.js';
import type { LabelsMode } from './fields.js';
import type { MediaState } from './media.js';
import type { StoredArticle } from '../remote/types.js';
import { markerKeyOf, markerOf, type RemoteIndex } from './remote-index.js';

export type Claim = 'own' | 'foreign' | 'legacy';
import type { StateEntry, StateRecord } from './state.js';
import { NO_STRUCTURE, type StructureResolution } from './structure.js';

export interface PlanOptions {
  onDrift: OnDrift;
  archiveRemoved: boolean;
  maxArchive: number;
  /** From settings; the help center's default applies when undefined. */
  defaultLocale: string | undefined;
  /** Whether labels added in Guide survive (`merge`) or the repo's set is the whole set (`replace`, default). */
  labelsMode?: LabelsMode;
  /** Keys of files that exist but could not be read: never archived, never "missing". */
  unavailableKeys?: Iterable<string>;
  /** Link each body to its source file on GitHub (`{repoUrl}/blob/{ref}/{file}`). */
  provenance?: { repoUrl: string; ref: string };
  /** The docs root's path in the repository: which state record is this run's (default `.`). */
  root?: string;
  /**
   * The source this run publishes as (see config/namespace.ts): its state record and markers.
   * Default: the docs root's path.
   */
  namespace?: string;
  /** The namespace was set (input, flag, config file), not derived: a new source said so. */
  namespaceExplicit?: boolean;
  /**
   * Set when the namespace was guessed from a clone's git remotes (the CLI outside a workflow):
   * the namespaces of every remote of the clone, by what owns them (`git remote "upstream"`), so
   * no message tells a writer to move or take over another remote's articles. A dry run then
   * only warns when the guess finds no record: a read-only command never fails on a guess.
   */
  cloneNamespaces?: ReadonlyMap<string, string>;
  /** A dry run: nothing is written (plan, preview, drift and the like). */
  readOnly?: boolean;
  /** Files git saw moved since the state record's commit: old key → new key. */
  renames?: ReadonlyMap<string, string>;
  /**
   * Docs-relative files git saw change since the state record's commit: a body that changed
   * through a fragment says which ("via _snippets/contact.md"). Unknown: every fragment it includes.
   */
  changedFiles?: ReadonlySet<string>;
  /**
   * Articles an import wrote into this docs root (its `.zendesk-import.json`), by id: adopted as
   * if their files said `adopt: true`, with the attachments they already hold and the Guide copy
   * imported as the last known state of each locale.
   */
  imported?: ReadonlyMap<number, ImportedRecord>;
  /** Create missing sections and categories, and keep `_section.yml` / `_category.yml` in step. */
  createSections?: boolean;
  /** `flag` (default): translations whose source body changed and whose file did not are marked outdated. */
  outdatedTranslations?: 'flag' | 'ignore';
  /** How files reach Zendesk, and the media the library already holds (see plan/media.ts); library with none known by default. */
  media?: MediaState;
}

export interface ImportedRecord {
  /** Per locale: the content hash of the Guide copy imported. */
  t: Readonly<Record<string, string>>;
  /** Content hash of each downloaded file → the URL its body had for it. */
  assets: Readonly<Record<string, string>>;
}

/** What every planning step reads, and the one list they all report into. */
export interface PlanContext {
  snapshot: RemoteSnapshot;
  remote: RemoteIndex;
  options: PlanOptions;
  enabledLocales: ReadonlySet<string>;
  /** Source locale of files that set none. */
  defaultLocale: string;
  /** Keys of files that exist but could not be read or rendered: they keep their articles. */
  unavailable: ReadonlySet<string>;
  /** This source's state record, when Zendesk has one (else its docs root's record from before namespaces). */
  state: StateRecord | undefined;
  /** The namespace this run publishes as. */
  namespace: string;
  /**
   * Whose an article is, as far as this run is concerned: `own` (this namespace's record or
   * markers, or the pre-namespace record of this docs root while this namespace has none),
   * `foreign` (another namespace's, or another docs root's old record), `legacy` (an old marker
   * that no record claims: claimable by key, never archived).
   */
  claim: (article: StoredArticle) => Claim;
  /** The namespace (or old docs root) an article belongs to, for messages. */
  ownerOf: (article: StoredArticle) => string | undefined;
  /** The state record's entries by article id. */
  stateByArticle: ReadonlyMap<number, { key: string; entry: StateEntry }>;
  /** Articles some state record (of any docs root) or marker says the tool published. */
  managed: (articleId: number) => boolean;
  /** Sections and categories this run creates or names through `_section.yml` (see structure.ts). */
  structure: StructureResolution;
  diagnostics: Diagnostic[];
}

export function createContext(
  snapshot: RemoteSnapshot,
  remote: RemoteIndex,
  options: PlanOptions,
  unavailable: Iterable<string>,
): PlanContext {
  const root = options.root ?? '.';
  const namespace = options.namespace ?? root;
  const own = remote.states.get(namespace)?.state;
  // Until this namespace writes its own record, the record of its docs root from before
  // namespaces stands in for it: existing users keep their articles without a write.
  const state = own ?? remote.legacyStates.get(root)?.state;
  const recordedBy = new Map<number, string>();
  for (const [ns, held] of remote.states)
    for (const e of Object.values(held.state.articles)) if (!recordedBy.has(e.id)) recordedBy.set(e.id, ns);
  if (own) for (const e of Object.values(own.articles)) recordedBy.set(e.id, namespace);
  const legacyBy = new Map<number, string>();
  for (const [r, held] of remote.legacyStates)
    for (const e of Object.values(held.state.articles)) if (!legacyBy.has(e.id) || r === root) legacyBy.set(e.id, r);
  const alone = [...remote.states.keys()].every((ns) => ns === namespace) && [...remote.legacyStates.keys()].every((r) => r === root);
  const ownerOf = (article: StoredArticle): string | undefined =>
    recordedBy.get(article.id) ??
    markerOf(remote, article)?.ns ??
    (legacyBy.has(article.id) ? `${legacyBy.get(article.id)} (before namespaces)` : undefined);
  const claim = (article: StoredArticle): Claim => {
    const ns = recordedBy.get(article.id) ?? markerOf(remote, article)?.ns;
    if (ns !== undefined) return ns === namespace ? 'own' : 'foreign';
    const legacyRoot = legacyBy.get(article.id);
    if (legacyRoot !== undefined) return legacyRoot === root && !own ? 'own' : legacyRoot === root ? 'legacy' : 'foreign';
    // Markers from before namespaces, in a help center no other source has a record in: this
    // source's, as they always were. With other sources about, nothing says whose they are.
    return alone ? 'own' : 'legacy';
  };
  const stateByArticle = new Map(Object.entries(state?.articles ?? {}).map(([key, entry]) => [entry.id, { key, entry }] as const));
  const inSomeState = new Set([
    ...remote.stateArticles,
    ...[...remote.states.values(), ...remote.legacyStates.values()].flatMap(({ state: s }) => Object.values(s.articles).map((e) => e.id)),
  ]);
  return {
    state,
    namespace,
    claim,
    ownerOf,
    stateByArticle,
    managed: (id) => inSomeState.has(id) || markerKeyOf(remote, id) !== undefined,
    snapshot,
    remote,
    options,
    enabledLocales: new Set(snapshot.locales),
    defaultLocale: options.defaultLocale ?? snapshot.defaultLocale,
    unavailable: new Set(unavailable),
    structure: NO_STRUCTURE,
    diagnostics: [],
  };
}

export function reportError(ctx: PlanContext, at: Located, message: string, hint?: string): void {
  ctx.diagnostics.push({ severity: 'error', ...at, message, ...(hint ? { hint } : {}) });
}
