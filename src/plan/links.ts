import type { StoredArticle } from '../remote/types.js';
import type { SourceArticle } from '../source/types.js';

/** Where a Markdown file will live, for links to it from other articles. */
export interface LinkTarget {
  key: string;
  locales: Set<string>;
  /** Undefined when the article is created in this run. */
  article: StoredArticle | undefined;
  sourceLocale: string;
}

/** Every file of every article by docs-relative path (lower case), source files and translations. */
export function linkTargets(
  matched: ReadonlyMap<SourceArticle, StoredArticle | undefined>,
  defaultLocale: string,
): Map<string, LinkTarget> {
  const byRelPath = new Map<string, LinkTarget>();
  for (const [source, article] of matched) {
    const sourceLocale = source.meta.locale ?? defaultLocale;
    const entry: LinkTarget = {
      key: source.key,
      locales: new Set([sourceLocale, ...source.translations.map((t) => t.locale)]),
      article,
      sourceLocale,
    };
    // Keys are docs-relative paths without the extension.
    byRelPath.set(`${source.key}.md`.toLowerCase(), entry);
    for (const t of source.translations) byRelPath.set(`${t.key}.${t.locale}.md`.toLowerCase(), entry);
  }
  return byRelPath;
}
