import type { Included } from './include.js';
import type { Defaults, FrontMatter } from './schema.js';

/** Where a value came from: the key's line in front matter or in a `_defaults.yml`. */
export interface Located {
  file: string;
  line: number;
  column: number;
}

interface SourceFileBase {
  /** Repo-relative path, forward slashes. */
  file: string;
  absPath: string;
  /** Docs-root-relative path without extension and locale suffix: the article's identity when it has no id. */
  key: string;
  /**
   * Markdown body without front matter; undefined once the pipeline let go of it (see
   * source/body.ts). Read it with `markdownOf` (render/release.ts), which reads it back.
   */
  body: string | undefined;
  /** Set when the body was let go: its fingerprint, and the fingerprint's prefix it was made with. */
  released?: { fingerprint: string; prefix: string };
  /** 1-based line where the body starts, so render diagnostics point into the file. */
  bodyLine: number;
  /** Start of the file, for problems that belong to no key. */
  start: Located;
  /**
   * Front-matter keys that were invalid and left out. Such a file is still rendered and its
   * names resolved, so a run reports all of its errors at once; the errors block the run, so it
   * is never written. Checks that would only repeat these errors ("title is required") skip them.
   */
  invalidKeys?: string[];
  /** Set when the body includes fragments: where each of its lines comes from (source/include.ts). */
  included?: Included;
  /** Variables the body and title use, by name. */
  variables?: string[];
  /**
   * Set when the body is not the file's text as written (fragments, variables): makes the body
   * again from the file's text, for a body that was let go and is read again (source/body.ts).
   */
  expand?: (raw: string) => string | undefined;
}

export interface SourceTranslation extends SourceFileBase {
  locale: string;
  title: string | undefined;
  draft: boolean | undefined;
  locations: Partial<Record<'title' | 'draft', Located>>;
}

export interface SourceArticle extends SourceFileBase {
  /** Front matter merged over folder defaults (labels are the union). */
  meta: FrontMatter;
  /** Where each effective key was set. */
  locations: Partial<Record<keyof FrontMatter, Located>>;
  translations: SourceTranslation[];
  /**
   * The `_section.yml` (repo-relative) whose section this file belongs to, when it names no
   * section of its own (see source/structure.ts).
   */
  sectionFile?: string;
}

/** The front matter could not be read at all (malformed YAML): every key counts as invalid. */
export const ALL_KEYS_INVALID = '*';

/** True when `key` was set but invalid, so an error about it being missing would only repeat that one. */
export function wasInvalid(doc: { invalidKeys?: string[] }, key: string): boolean {
  return doc.invalidKeys !== undefined && (doc.invalidKeys.includes(key) || doc.invalidKeys.includes(ALL_KEYS_INVALID));
}

export type { Defaults, FrontMatter };
