import path from 'node:path';
import type { ReuseCheck, Reusable } from '../render/prepare.js';
import { DIAGRAM_REF } from '../render/ref-token.js';
import { linkTarget, referencePath } from '../render/assets.js';
import { relativeTo } from '../shared/paths.js';
import type { RemoteSnapshot } from '../remote/snapshot.js';
import type { StoredArticle } from '../remote/types.js';
import type { SourceArticle, SourceTranslation } from '../source/types.js';
import { contentHash } from './normalize.js';
import { liveUrl, translationsOf, type RemoteIndex } from './remote-index.js';

interface DocInfo {
  article: SourceArticle;
  doc: SourceArticle | SourceTranslation;
  locale: string;
  /** Title set in front matter; undefined when it comes from the first H1. */
  title: string | undefined;
  draft: boolean;
}

/** A local reference recorded in a marker, resolved again from the files as they are now. */
type Recorded =
  | { kind: 'asset'; abs: string; sha: string }
  /** A diagram's image: its bytes follow from its source, which the fingerprint covers. */
  | { kind: 'diagram'; sha: string }
  | { kind: 'article'; rel: string; anchor: string; url: string };

/**
 * Decides, before rendering, which bodies are certainly unchanged in Zendesk: the marker of
 * the stored translation records the same source fingerprint, every local file it referenced
 * still has the same content, every linked article still resolves to the same URL, the title
 * and draft state match, and nobody edited it in Guide since. Such a body needs no rendering
 * and no comparison, which is what makes a no-op run cheap. Any doubt means "render it".
 */
export class ReusePlanner {
  private readonly docs = new Map<string, DocInfo>();
  private readonly byRelPath = new Map<string, SourceArticle>();
  private readonly recorded = new Map<string, Recorded[]>();
  // Looked up again for every link to an article and every body checked: at 40,000 files,
  // recomputing them was a tenth of a no-op's planning allocations.
  private readonly remotes = new Map<SourceArticle, StoredArticle | undefined>();
  private readonly stored = new Map<DocInfo, ReturnType<ReusePlanner['findStoredBody']>>();

  constructor(
    articles: SourceArticle[],
    private readonly snapshot: RemoteSnapshot,
    private readonly index: RemoteIndex,
    private readonly options: { docsRoot: string; defaultLocale: string },
  ) {
    for (const article of articles) {
      const sourceLocale = article.meta.locale ?? options.defaultLocale;
      const draft = article.meta.draft ?? false;
      this.docs.set(article.file, { article, doc: article, locale: sourceLocale, title: article.meta.title, draft });
      this.byRelPath.set(this.docsRel(article.absPath).toLowerCase(), article);
      for (const t of article.translations) {
        this.docs.set(t.file, { article, doc: t, locale: t.locale, title: t.title, draft: t.draft ?? draft });
        this.byRelPath.set(this.docsRel(t.absPath).toLowerCase(), article);
      }
    }
    for (const info of this.docs.values()) {
      const marker = this.storedBody(info)?.analyzed.marker;
      if (!marker?.refs) continue;
      const list: Recorded[] = [];
      for (const [written, value] of Object.entries(marker.refs)) {
        const ref = referencePath(written);
        if (written.startsWith(DIAGRAM_REF)) {
          list.push({ kind: 'diagram', sha: value });
        } else if (/\.md$/i.test(ref)) {
          const { rel, anchor } = linkTarget(this.docsRel(info.doc.absPath), written);
          list.push({ kind: 'article', rel, anchor, url: value });
        } else {
          list.push({ kind: 'asset', abs: path.resolve(path.dirname(info.doc.absPath), ref), sha: value });
        }
      }
      this.recorded.set(info.doc.file, list);
    }
  }

  private docsRel(abs: string): string {
    return relativeTo(this.options.docsRoot, abs);
  }

  /** The remote article a source file is: by id, else by the key in a marker. */
  private remoteOf(article: SourceArticle): StoredArticle | undefined {
    return cached(this.remotes, article, () => this.findRemote(article));
  }

  private findRemote(article: SourceArticle): StoredArticle | undefined {
    if (article.meta.id !== undefined) return this.snapshot.articles.get(article.meta.id);
    let first: StoredArticle | undefined;
    for (const a of this.index.byKey.get(article.key) ?? []) if (!first || a.id < first.id) first = a;
    return first;
  }

  private storedBody(info: DocInfo) {
    return cached(this.stored, info, () => this.findStoredBody(info));
  }

  private findStoredBody(info: DocInfo) {
    const remote = this.remoteOf(info.article);
    if (!remote) return undefined;
    const analyzed = this.index.analyzed.get(remote.id)?.get(info.locale);
    const translation = translationsOf(remote).find((t) => t.locale.toLowerCase() === info.locale);
    if (!analyzed || !translation) return undefined;
    return { analyzed, translation };
  }

  /** Files whose content hash the check needs; the caller reads them (I/O stays at the edge). */
  filesToHash(): string[] {
    const files = new Set<string>();
    for (const list of this.recorded.values()) for (const r of list) if (r.kind === 'asset') files.add(r.abs);
    return [...files];
  }

  /** A reuse check for prepareArticles, given the content hashes of `filesToHash()`. */
  check(shaOf: Map<string, string | undefined>): ReuseCheck {
    return (doc, fingerprint): Reusable | undefined => {
      const info = this.docs.get(doc.file);
      if (!info) return undefined;
      const stored = this.storedBody(info);
      const marker = stored?.analyzed.marker;
      if (!stored || !marker || marker.key !== info.article.key || marker.src !== fingerprint) return undefined;
      const { translation, analyzed } = stored;
      if (translation.draft !== info.draft) return undefined;
      if (info.title !== undefined && translation.title !== info.title) return undefined;
      if (contentHash(translation.title, analyzed.digest) !== marker.hash) return undefined;
      const assetShas: string[] = [];
      for (const r of this.recorded.get(doc.file) ?? []) {
        if (r.kind === 'asset' || r.kind === 'diagram') {
          if ((r.kind === 'asset' && shaOf.get(r.abs) !== r.sha) || marker.assets[r.sha] === undefined) return undefined;
          assetShas.push(r.sha);
          continue;
        }
        const target = this.byRelPath.get(r.rel.toLowerCase());
        const remote = target && this.remoteOf(target);
        if (!target || !remote) return undefined;
        const hasLocale =
          target.translations.some((t) => t.locale === info.locale) || (target.meta.locale ?? this.options.defaultLocale) === info.locale;
        const locale = hasLocale ? info.locale : (target.meta.locale ?? this.options.defaultLocale);
        if (liveUrl(remote, locale) + (r.anchor ? `#${r.anchor}` : '') !== r.url) return undefined;
      }
      return { title: translation.title, assetShas };
    };
  }
}

/** The value for `key`, computed once (undefined included). */
function cached<K, V>(map: Map<K, V>, key: K, compute: () => V): V {
  if (map.has(key)) return map.get(key) as V;
  const value = compute();
  map.set(key, value);
  return value;
}
