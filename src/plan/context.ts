import type { OnDrift } from '../config/types.js';
import type { Diagnostic } from '../diagnostics.js';
import type { RemoteSnapshot } from '../remote/snapshot.js';
import type { Located } from '../source/types.js';
import type { LabelsMode } from './fields.js';
import { markerKeyOf, type RemoteIndex } from './remote-index.js';
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
  /** Files git saw moved since the state record's commit: old key → new key. */
  renames?: ReadonlyMap<string, string>;
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
  /** This docs root's state record, when Zendesk has one. */
  state: StateRecord | undefined;
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
  const state = remote.states.get(options.root ?? '.')?.state;
  const stateByArticle = new Map(Object.entries(state?.articles ?? {}).map(([key, entry]) => [entry.id, { key, entry }] as const));
  const inSomeState = new Set(
    [...remote.states.values()].flatMap(({ article, state: s }) => [article.id, ...Object.values(s.articles).map((e) => e.id)]),
  );
  return {
    state,
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
