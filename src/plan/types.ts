import type { OnDrift } from '../config/types.js';
import type { Diagnostic } from '../diagnostics.js';
import type { AssetFile } from '../render/assets.js';
import type { ArticleMetadata, ContainerTranslationInput, NewContainer } from '../remote/types.js';
import type { MediaMode } from './media.js';

/** A reference in a body template, as the planner resolved it. */
export type BodyRef =
  | { index: number; kind: 'asset'; sha: string; inline: boolean; written: string }
  /** `url` is known unless the target is created in this same run. */
  | { index: number; kind: 'article'; targetKey: string; locale: string; anchor: string; url: string | undefined; written: string };

/** A section by id, or one this run creates before its articles (by the key of its `StructureChange`). */
export type SectionTarget = number | { newSection: string };

/** One translation's desired content: the template and what fills it. */
export interface BodySpec {
  locale: string;
  file: string;
  title: string;
  draft: boolean;
  template: string;
  refs: BodyRef[];
  /** Fingerprint of what the template was rendered from (see render/fingerprint.ts). */
  fingerprint: string;
  /** "Edit this article on GitHub" link, when provenance is on; never part of the comparison. */
  sourceUrl?: string;
  /** Fragments (docs-relative) a change of this body is put down to, in the plan's words. */
  via?: string[];
}

/** A file to put on one article (the `attachments` path): inline ones per translation, with its locale set in advance. */
export interface AttachFile {
  asset: AssetFile;
  locale?: string;
}

/**
 * One write step of an article. With the media library, files are Guide Media made before any
 * article (see `Plan.media`), so a new article is created with its final bodies in one request.
 * Without it (the `attachments` path), a new article with files is created first (a draft, its
 * file references stubbed), the files are uploaded and associated with it, and the bodies that
 * reference them are written last with their real draft state. Every state in between is one
 * the next run recognises and completes.
 */
export type Operation =
  | {
      kind: 'create-article';
      sectionId: SectionTarget;
      /** `user_segment_id`, or `user_segment_ids` for several segments. */
      metadata: Required<Pick<ArticleMetadata, 'permission_group_id'>> & ArticleMetadata;
      bodies: BodySpec[];
      /**
       * Links to other new articles that form a cycle with this one cannot be known before
       * either exists: the article is created as a draft with those links stubbed, and
       * `update-translation` operations later in the same article write the real links and
       * the intended draft state.
       */
      stubLinks: boolean;
      /**
       * The article's files can only be uploaded once it exists: bodies that reference them
       * are created as drafts with those references stubbed (and left out of the marker's
       * record of attachments), and rewritten by `update-translation` after `attach-files`.
       */
      stubFiles: boolean;
    }
  /**
   * The `attachments` path: uploads each file unassociated and associates it with the article
   * (`bulk_attachments`, 20 a request) right after. With `reconcile` (an article that existed
   * before this run), its attachments are listed first: one that holds the same file (name,
   * size, inline, locale) and that no marker accounts for, left by a run that died, is reused
   * instead of uploaded again; the others no marker accounts for are deleted.
   */
  | { kind: 'attach-files'; files: AttachFile[]; reconcile: boolean }
  /** `newSection`: the article moves to a section this run creates; its id is known at apply. */
  | { kind: 'update-metadata'; changes: ArticleMetadata; newSection?: string }
  | { kind: 'create-translation'; body: BodySpec }
  /** `outdated`: also set (or clear) the translation's outdated flag in the same request. */
  | { kind: 'update-translation'; body: BodySpec; outdated?: boolean }
  /** The source body changed and this translation's file did not: flag it outdated in Guide, nothing else. */
  | { kind: 'mark-outdated'; locale: string }
  /** The file's `locale:` names another existing translation: it becomes the article's source locale. */
  | { kind: 'set-source-locale'; locale: string; from: string }
  /**
   * An attachment the article's bodies no longer reference (its file changed or was removed).
   * Placed just before the last write of a locale whose marker still records it, so until it
   * is gone some marker always does, and a run that dies in between leaves it for the next.
   */
  | { kind: 'delete-attachment'; attachmentId: number; sha: string }
  | { kind: 'archive' }
  /**
   * A redirect rule from `from` (`/hc/{locale}/articles/{id}` of an article this one replaces, or
   * another Help Center path) to this article in `locale`; `update` when a rule for `from` exists.
   */
  | { kind: 'set-redirect'; from: string; locale: string; status: number; update: boolean };

export type ArticleAction = 'create' | 'update' | 'unchanged' | 'archive' | 'skip' | 'offline';

export interface ArticlePlan {
  /** Identity key (docs-relative path without extension). */
  key: string;
  /** Source file (repo-relative); undefined for an article whose file is gone. */
  file: string | undefined;
  title: string;
  articleId: number | undefined;
  htmlUrl: string | undefined;
  sourceLocale: string;
  action: ArticleAction;
  /** Why, in words: "new file", "body changed (fr)", "labels: +billing". */
  reasons: string[];
  /** Locales whose Guide copy was edited after the last publish. */
  drifted: string[];
  /** In order: the article (or its metadata), its files, then its bodies (see `Operation`). */
  operations: Operation[];
  /** Known file URLs by `assetKey` (media URLs, or attachment URLs from the article's markers). */
  knownAssets: Record<string, string>;
  /** New articles (by key) whose URL this article's bodies need: apply writes those first. */
  waitsFor: string[];
  /** Fingerprint of the source file's Markdown, as the renderer computed it. */
  sourceFingerprint?: string;
  /** The key of the file this article was published from before it moved (a rename without `id`). */
  movedFrom?: string;
  /**
   * What the state record should hold for this article if apply writes nothing for it: per
   * locale, the stored content's hash where it is what the file says, else the hash last
   * published (so an edit in Guide that was skipped stays visible as drift). Apply's own writes
   * replace a locale's entry.
   */
  record?: { fingerprint: string | undefined; hashes: Record<string, string> };
  /**
   * An adopted article (imported, or `adopt: true`) that nothing yet records as the tool's and
   * that needs no write: it stays out of the state record, so adopting costs no request.
   */
  unrecorded?: boolean;
  /**
   * The file whose `redirect_from` replaces this article (an archive plan): apply archives it
   * only once that file's article has written its redirect rules.
   */
  replacedBy?: { key: string; file: string };
}

/** What a structure change writes, in order, on its own section or category. */
export type StructureOperation =
  | { kind: 'create-category'; category: NewContainer }
  /** `categoryId`: an existing category, or one created earlier in this run (by its change's key). */
  | { kind: 'create-section'; categoryId: number | { newCategory: string }; section: NewContainer }
  | { kind: 'update-container'; position: number }
  | { kind: 'create-container-translation'; translation: ContainerTranslationInput }
  | { kind: 'update-container-translation'; locale: string; changes: Omit<ContainerTranslationInput, 'locale'> };

/**
 * A section or category to create or bring in step with its `_section.yml` / `_category.yml`
 * (only with `create_sections`). Applied before any article, categories before sections.
 */
export interface StructureChange {
  /** `category:<name>` or `section:<category> / <name>` (normalized): how articles and sections refer to one being created. */
  key: string;
  kind: 'section' | 'category';
  action: 'create' | 'update';
  /** Undefined for a create. */
  id: number | undefined;
  name: string;
  /** Sections: the category's name. */
  category?: string;
  /** The `_section.yml` / `_category.yml` it comes from, if any. */
  file: string | undefined;
  /** Updates: what differs ("description", "name (fr)", "position", "translation added (de)"). */
  reasons: string[];
  operations: StructureOperation[];
}

export interface Plan {
  articles: ArticlePlan[];
  /** Sections and categories to create or update first (empty without `create_sections`). */
  structure?: StructureChange[];
  /** Content tags the files name that the account lacks: created once, before any article. */
  contentTags?: string[];
  diagnostics: Diagnostic[];
  /** No snapshot: nothing was compared with Zendesk. */
  offline: boolean;
  onDrift: OnDrift;
  /** The source this plan publishes as: its markers carry it (see config/namespace.ts). */
  namespace?: string;
  /** How files reach Zendesk, and (library) the files to make into media before any article. */
  media?: PlannedMedia;
}

export interface PlannedMedia {
  mode: MediaMode;
  /** Library: distinct files (by content) not in the help center's media library yet. */
  uploads: AssetFile[];
}
