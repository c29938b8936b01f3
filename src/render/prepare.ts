import path from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import type { SourceArticle, SourceTranslation } from '../source/types.js';
import { AssetReader, referencePath, type AssetFile } from './assets.js';
import { renderMarkdown } from './markdown.js';

export type PreparedRef =
  | { index: number; kind: 'asset'; asset: AssetFile }
  | { index: number; kind: 'article'; /** docs-relative path of the target .md */ target: string; anchor: string; line: number; column: number };

export interface PreparedBody {
  /** undefined for the source file until the planner knows the help center's default locale. */
  locale: string | undefined;
  file: string;
  title: string;
  draft: boolean | undefined;
  /** HTML with `zgp-ref:<n>` tokens. */
  template: string;
  refs: PreparedRef[];
}

export interface PreparedArticle {
  source: SourceArticle;
  /** The source-locale body first, then translations. */
  bodies: PreparedBody[];
}

/**
 * Renders every file of an article and reads the local files it references. Problems (no title,
 * a missing image, a path outside the repository) become diagnostics at the file and line.
 */
export async function prepareArticles(
  articles: SourceArticle[],
  options: { docsRoot: string; repoRoot: string },
): Promise<{ prepared: PreparedArticle[]; diagnostics: Diagnostic[] }> {
  const reader = new AssetReader(options.repoRoot);
  const diagnostics: Diagnostic[] = [];
  const prepared: PreparedArticle[] = [];

  const prepareBody = async (
    doc: SourceArticle | SourceTranslation,
    title: string | undefined,
    draft: boolean | undefined,
    locale: string | undefined,
  ): Promise<PreparedBody | undefined> => {
    const rendered = renderMarkdown(doc.body, { takeH1AsTitle: title === undefined, bodyLine: doc.bodyLine });
    const finalTitle = title ?? rendered.h1Title;
    let ok = true;
    if (!finalTitle) {
      diagnostics.push({
        severity: 'error',
        ...doc.start,
        message: 'the article has no title',
        hint: 'set `title:` in the front matter or start the body with a `# Heading`',
      });
      ok = false;
    }
    const refs: PreparedRef[] = [];
    for (const ref of rendered.refs) {
      if (ref.kind === 'article') {
        const rel = path.posix.normalize(path.posix.join(path.posix.dirname(path.relative(options.docsRoot, doc.absPath).split(path.sep).join('/')), referencePath(ref.url)));
        const anchor = ref.url.includes('#') ? ref.url.slice(ref.url.indexOf('#') + 1) : '';
        refs.push({ index: ref.index, kind: 'article', target: rel, anchor, line: ref.line, column: ref.column });
        continue;
      }
      const asset = await reader.read({ ...ref, kind: ref.kind }, doc, diagnostics);
      if (!asset) {
        ok = false;
        continue;
      }
      refs.push({ index: ref.index, kind: 'asset', asset });
    }
    if (!ok) return undefined;
    return { locale, file: doc.file, title: finalTitle!, draft, template: rendered.html, refs };
  };

  for (const article of articles) {
    const bodies: PreparedBody[] = [];
    const main = await prepareBody(article, article.meta.title, article.meta.draft, article.meta.locale);
    if (main) bodies.push(main);
    for (const t of article.translations) {
      const body = await prepareBody(t, t.title, t.draft, t.locale);
      if (body) bodies.push(body);
    }
    if (main && bodies.length === article.translations.length + 1) prepared.push({ source: article, bodies });
  }
  return { prepared, diagnostics };
}
