import type { RemoteSnapshot } from '../remote/snapshot.js';
import type { ZdArticle, ZdTranslation } from '../remote/types.js';
import { analyzeBody, type AnalyzedBody } from './marker.js';

/** The snapshot as the planner reads it: managed articles by key, every stored body analyzed. */
export interface RemoteIndex {
  byKey: Map<string, ZdArticle[]>;
  analyzed: Map<number, Map<string, AnalyzedBody>>;
}

export function translationsOf(article: ZdArticle): ZdTranslation[] {
  if (article.translations?.length) return article.translations;
  // Without sideloaded translations the article itself carries its source locale's copy.
  return [
    {
      id: 0,
      source_id: article.id,
      locale: article.source_locale ?? article.locale,
      title: article.title,
      body: article.body,
      draft: article.draft,
      updated_at: article.updated_at,
      html_url: article.html_url,
    },
  ];
}

/**
 * Parses every remote body once: markers give identity, normalized text gives comparison.
 * Incremental, so the snapshot can be indexed page by page as it arrives and each raw body
 * dropped right after (the normalized form is all the plan needs).
 */
export class RemoteIndexBuilder {
  private readonly byKey = new Map<string, ZdArticle[]>();
  private readonly analyzed = new Map<number, Map<string, AnalyzedBody>>();
  private readonly keyOf = new Map<number, string>();

  add(article: ZdArticle): void {
    // The export can repeat an article at a page boundary: the later copy wins.
    const previous = this.keyOf.get(article.id);
    if (previous !== undefined) {
      const list = (this.byKey.get(previous) ?? []).filter((a) => a.id !== article.id);
      if (list.length) this.byKey.set(previous, list);
      else this.byKey.delete(previous);
      this.keyOf.delete(article.id);
    }
    const perLocale = new Map<string, AnalyzedBody>();
    let key: string | undefined;
    for (const t of translationsOf(article)) {
      const a = analyzeBody(t.body);
      perLocale.set(t.locale.toLowerCase(), a);
      if (a.marker && (key === undefined || t.locale === article.source_locale)) key = a.marker.key;
    }
    this.analyzed.set(article.id, perLocale);
    if (key !== undefined) {
      this.byKey.set(key, [...(this.byKey.get(key) ?? []), article]);
      this.keyOf.set(article.id, key);
    }
  }

  build(): RemoteIndex {
    return { byKey: this.byKey, analyzed: this.analyzed };
  }
}

export function indexRemote(snapshot: RemoteSnapshot): RemoteIndex {
  const builder = new RemoteIndexBuilder();
  for (const article of snapshot.articles.values()) builder.add(article);
  return builder.build();
}

/** The key in the first marker found on any of an article's translations, if it has one. */
export function markerKeyOf(remote: RemoteIndex, articleId: number): string | undefined {
  for (const a of remote.analyzed.get(articleId)?.values() ?? []) if (a.marker) return a.marker.key;
  return undefined;
}

/** The URL of an existing article in a locale (its translation's own URL when it has one). */
export function liveUrl(article: ZdArticle, locale: string): string {
  const t = translationsOf(article).find((x) => x.locale.toLowerCase() === locale);
  return t?.html_url ?? localeUrl(article.html_url, article.source_locale ?? article.locale, locale);
}

/** The live URL of an article in a locale (the source locale when that translation is missing). */
export function localeUrl(htmlUrl: string, fromLocale: string, toLocale: string): string {
  return htmlUrl.replace(`/hc/${fromLocale}/`, `/hc/${toLocale}/`);
}
