import type { OnDrift } from '../config/types.js';
import type { Diagnostic } from '../diagnostics.js';
import type { AssetFile } from '../render/assets.js';
import type { ArticleMetadata } from '../remote/types.js';

/** A reference in a body template, as the planner resolved it. */
export type BodyRef =
  | { index: number; kind: 'asset'; sha: string; written: string }
  /** `url` is known unless the target is created in this same run. */
  | { index: number; kind: 'article'; targetKey: string; locale: string; anchor: string; url: string | undefined; written: string };

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
}

export type Operation =
  | { kind: 'upload'; asset: AssetFile }
  | {
      kind: 'create-article';
      sectionId: number;
      metadata: Required<Pick<ArticleMetadata, 'permission_group_id' | 'user_segment_id'>> & ArticleMetadata;
      bodies: BodySpec[];
      /**
       * Links to other new articles that form a cycle with this one cannot be known before
       * either exists: the article is created as a draft with those links stubbed, and
       * `update-translation` operations later in the same article write the real links and
       * the intended draft state.
       */
      stubLinks: boolean;
    }
  | { kind: 'update-metadata'; changes: ArticleMetadata }
  | { kind: 'create-translation'; body: BodySpec }
  | { kind: 'update-translation'; body: BodySpec }
  | { kind: 'associate-attachments'; shas: string[] }
  /** An attachment the article's bodies no longer reference (its file changed or was removed). */
  | { kind: 'delete-attachment'; attachmentId: number; sha: string }
  | { kind: 'archive' };

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
  /** In order: uploads, then the article or its translations, then associations. */
  operations: Operation[];
  /** Known attachment URLs by content hash (from the article's markers). */
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
}

export interface Plan {
  articles: ArticlePlan[];
  diagnostics: Diagnostic[];
  /** No snapshot: nothing was compared with Zendesk. */
  offline: boolean;
  onDrift: OnDrift;
}
