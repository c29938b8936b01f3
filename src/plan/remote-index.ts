import type { RemoteSnapshot } from '../remote/snapshot.js';
import type { ZdArticle, ZdTranslation } from '../remote/types.js';
import { analyzeBody, type AnalyzedBody, type Marker } from './marker.js';
import { isRecordArticle, parseState, STATE_CLASS, STATE_TITLE, type StateRecord } from './state.js';

/** The snapshot as the planner reads it: managed articles by key, every stored body analyzed. */
export interface RemoteIndex {
  byKey: Map<string, ZdArticle[]>;
  analyzed: Map<number, Map<string, AnalyzedBody>>;
  /** The tool's state records by namespace, with the article that holds each. */
  states: Map<string, HeldState>;
  /** Records written before namespaces (no `ns`), by docs root: read as a fallback. */
  legacyStates: Map<string, HeldState>;
  /** Second records of a namespace (two first publishes at once, before the lease): not read, reported. */
  duplicateStates?: HeldState[];
}

export interface HeldState {
  article: ZdArticle;
  state: StateRecord;
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

/** Lets go of an article's stored bodies once they are indexed or spooled: 40,000 held to the end show in the peak RSS. */
export function dropBodies(article: ZdArticle): void {
  article.body = null;
  for (const t of article.translations ?? []) t.body = null;
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
  private readonly states = new Map<string, HeldState>();
  private readonly legacyStates = new Map<string, HeldState>();
  private readonly duplicateStates = new Map<number, HeldState>();
  private readonly records = new Set<number>();

  /** `contentFor`: the articles whose markerless bodies are compared by content (the imported ones). */
  constructor(private readonly contentFor?: (articleId: number) => boolean) {}

  add(article: ZdArticle): void {
    // Looked at before the bodies go: the record's class is in its body.
    if (isRecordArticle(article)) this.records.add(article.id);
    else this.records.delete(article.id);
    const state = stateOf(article);
    if (state) {
      // The oldest record wins should there be two (a race of two first publishes).
      const [map, id] = state.ns !== undefined ? [this.states, state.ns] : [this.legacyStates, state.root];
      const known = map.get(id);
      if (!known || known.article.id === article.id || article.id < known.article.id) {
        map.set(id, { article, state });
        if (known && known.article.id !== article.id) this.duplicateStates.set(known.article.id, known);
        this.duplicateStates.delete(article.id);
      } else this.duplicateStates.set(article.id, { article, state });
      return;
    }
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
    const content = this.contentFor?.(article.id) ?? false;
    for (const t of translationsOf(article)) {
      const a = analyzeBody(t.body, content);
      perLocale.set(t.locale.toLowerCase(), a);
      if (a.marker && (key === undefined || t.locale === article.source_locale)) key = a.marker.key;
    }
    this.analyzed.set(article.id, perLocale);
    if (key !== undefined) {
      this.byKey.set(key, [...(this.byKey.get(key) ?? []), article]);
      this.keyOf.set(article.id, key);
    }
  }

  /** How many of the articles added so far are the tool's own record: no article of the user's. */
  recordArticles(): number {
    return this.records.size;
  }

  build(): RemoteIndex {
    return {
      byKey: this.byKey,
      analyzed: this.analyzed,
      states: this.states,
      legacyStates: this.legacyStates,
      ...(this.duplicateStates.size ? { duplicateStates: [...this.duplicateStates.values()] } : {}),
    };
  }
}

/** The record in a state article (its source translation), if the article is one. */
function stateOf(article: ZdArticle): StateRecord | undefined {
  if (!article.title.startsWith(STATE_TITLE) && !translationsOf(article).some((t) => t.title.startsWith(STATE_TITLE))) return undefined;
  for (const t of translationsOf(article)) {
    const state = t.body?.includes(STATE_CLASS) ? parseState(t.body) : undefined;
    if (state) return state;
  }
  return undefined;
}

/** Whether an article is one of the tool's state records: never an article of the docs. */
export function isStateArticle(remote: RemoteIndex, articleId: number): boolean {
  for (const { article } of remote.states.values()) if (article.id === articleId) return true;
  for (const { article } of remote.legacyStates.values()) if (article.id === articleId) return true;
  return false;
}

export function indexRemote(snapshot: RemoteSnapshot): RemoteIndex {
  const builder = new RemoteIndexBuilder();
  for (const article of snapshot.articles.values()) builder.add(article);
  return builder.build();
}

/** The marker of an article's source translation, else of any translation. */
export function markerOf(remote: RemoteIndex, article: ZdArticle): Marker | undefined {
  const perLocale = remote.analyzed.get(article.id);
  const source = perLocale?.get(article.source_locale?.toLowerCase() ?? '')?.marker;
  if (source) return source;
  for (const a of perLocale?.values() ?? []) if (a.marker) return a.marker;
  return undefined;
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
