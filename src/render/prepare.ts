import type { Diagnostic } from '../diagnostics.js';
import { wasInvalid, type SourceArticle, type SourceTranslation } from '../source/types.js';
import path from 'node:path';
import { AssetReader, linkTarget, referencePath, type AssetFile } from './assets.js';
import { didYouMean } from '../suggest.js';
import { fingerprintOf, fingerprintPrefixes, markdownOf, renderOptionsFor } from './release.js';
import { renderMarkdown, type LocalRef, type RenderOptions } from './markdown.js';
import { diagramAsset } from './diagram.js';
import { DIAGRAM_REF } from './ref-token.js';
import { relativeTo } from '../shared/paths.js';
import { originOf } from '../source/include.js';

export type PreparedRef =
  | { index: number; kind: 'asset'; asset: AssetFile; /** as written in the Markdown */ url: string; line?: number }
  | {
      index: number;
      kind: 'article';
      /** docs-relative path of the target .md */ target: string;
      anchor: string;
      line: number;
      column: number;
      url: string;
      /** The file the link is written in, when it is a fragment the body includes (repo-relative). */
      file?: string;
    };

export interface PreparedBody {
  /** undefined for the source file until the planner knows the help center's default locale. */
  locale: string | undefined;
  file: string;
  title: string;
  draft: boolean | undefined;
  /** HTML with `zgp-ref:<n>` tokens. */
  template: string;
  refs: PreparedRef[];
  /** What the HTML depends on besides its references (render/fingerprint.ts). */
  fingerprint: string;
  /** The fragments the body includes, docs-relative (source/include.ts). */
  fragments?: string[];
  /**
   * Set when the planner already knows this body is unchanged in Zendesk (its marker records
   * the same fingerprint and references): it was not rendered, and `template` is empty.
   */
  reused?: { assetShas: string[] };
}

/** A body the caller has shown to be unchanged: no need to render it. */
export interface Reusable {
  title: string;
  assetShas: string[];
}

/** Asked before rendering each body; returns what to use instead, or undefined to render. */
export type ReuseCheck = (doc: SourceArticle | SourceTranslation, fingerprint: string) => Reusable | undefined;

export interface PreparedArticle {
  source: SourceArticle;
  /** The source-locale body first, then translations. */
  bodies: PreparedBody[];
}

export interface PrepareOptions {
  docsRoot: string;
  repoRoot: string;
  render?: RenderOptionsFromConfig;
  /** Source locale of files that set none, when known before the snapshot (input or config file). */
  defaultLocale?: string;
  /** Skips rendering bodies known to be unchanged (a no-op run renders nothing). */
  reuse?: ReuseCheck;
  /** Shared with the reuse check, so each file is read and hashed once per run. */
  reader?: AssetReader;
}

type RenderOptionsFromConfig = Pick<RenderOptions, 'alerts' | 'allowUnsafeHtml'>;

/** What the link checks need of every rendered file. */
interface RenderedFile {
  article: SourceArticle;
  doc: SourceArticle | SourceTranslation;
  locale: string | undefined;
  /** Element ids, for anchor checks; lazy, because a reused body is rendered only if a link needs them. */
  ids: () => Set<string>;
  links: Extract<PreparedRef, { kind: 'article' }>[];
}

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** A ```mermaid fence as a PNG asset; an invalid diagram is an error at its fence with the renderer's message. */
async function diagramRef(ref: LocalRef, at: { file: string; line: number }, diagnostics: Diagnostic[]): Promise<AssetFile | undefined> {
  try {
    return await diagramAsset(ref.diagram!.source);
  } catch (error) {
    diagnostics.push({
      severity: 'error',
      file: at.file,
      line: at.line,
      column: ref.column,
      message: `invalid mermaid diagram: ${error instanceof Error ? error.message : String(error)}`,
    });
    return undefined;
  }
}

/** A relative URL written in `fromAbs`, as written from `toAbs`'s folder (query and fragment kept). */
function rebase(url: string, fromAbs: string, toAbs: string): string {
  const cut = url.search(/[?#]/);
  const bare = cut === -1 ? url : url.slice(0, cut);
  const target = path.resolve(path.dirname(fromAbs), referencePath(bare));
  const rel = path.relative(path.dirname(toAbs), target).split(path.sep).join('/');
  return encodeURI(rel) + (cut === -1 ? '' : url.slice(cut));
}

/**
 * Renders every file of an article and reads the local files it references. Problems (no title,
 * a missing image, a path outside the repository, a link to a file that is not an article)
 * become diagnostics at the file and line; a link to a missing `#anchor` is a warning.
 */
export async function prepareArticles(
  articles: SourceArticle[],
  options: PrepareOptions,
): Promise<{ prepared: PreparedArticle[]; diagnostics: Diagnostic[] }> {
  const run: Preparing = {
    options,
    reader: options.reader ?? new AssetReader({ repoRoot: options.repoRoot, docsRoot: options.docsRoot }),
    diagnostics: [],
    rendered: [],
    docsRel: (abs: string) => relativeTo(options.docsRoot, abs),
    prefixOf: fingerprintPrefixes(options),
  };
  const prepared: PreparedArticle[] = [];
  const failed = new Set<SourceArticle>();
  let sinceYield = 0;
  for (const article of articles) {
    // Rendering is synchronous CPU work; letting the event loop turn now and then keeps the
    // HTTP client's sockets healthy (a keep-alive connection the server closed meanwhile is
    // noticed and dropped, instead of failing the first write after a long render).
    if (++sinceYield >= 25) {
      sinceYield = 0;
      await new Promise((resolve) => setImmediate(resolve));
    }
    const bodies: PreparedBody[] = [];
    const main = await prepareBody(run, article, article, article.meta.title, article.meta.draft, article.meta.locale);
    if (main) bodies.push(main);
    for (const t of article.translations) {
      const body = await prepareBody(run, article, t, t.title, t.draft, t.locale);
      if (body) bodies.push(body);
    }
    if (!main || bodies.length !== article.translations.length + 1) failed.add(article);
    else prepared.push({ source: article, bodies });
  }

  checkLinks(run.rendered, run.diagnostics, failed, run.docsRel);
  return { prepared: prepared.filter((p) => !failed.has(p.source)), diagnostics: run.diagnostics };
}

/** What preparing the articles of one run shares and gathers. */
interface Preparing {
  options: PrepareOptions;
  reader: AssetReader;
  diagnostics: Diagnostic[];
  /** Every file rendered (or reused), for the link checks at the end. */
  rendered: RenderedFile[];
  docsRel: (abs: string) => string;
  prefixOf: ReturnType<typeof fingerprintPrefixes>;
}

/** One file of an article (its source or a translation) rendered, or reused as the caller knows it unchanged. */
async function prepareBody(
  run: Preparing,
  article: SourceArticle,
  doc: SourceArticle | SourceTranslation,
  title: string | undefined,
  draft: boolean | undefined,
  locale: string | undefined,
): Promise<PreparedBody | undefined> {
  const { options } = run;
  const fingerprint = fingerprintOf(doc, run.prefixOf(doc, title, locale));
  const fragments = doc.included ? { fragments: doc.included.fragments.map((f) => run.docsRel(path.resolve(options.repoRoot, f))) } : {};
  const reusable = options.reuse?.(doc, fingerprint);
  if (reusable) {
    let ids: Set<string> | undefined;
    const lazyIds = () => (ids ??= new Set(renderMarkdown(markdownOf(doc), renderOptionsFor(doc, title, locale, options)).ids.map(decode)));
    run.rendered.push({ article, doc, locale, ids: lazyIds, links: [] });
    return {
      locale,
      file: doc.file,
      title: reusable.title,
      draft,
      template: '',
      refs: [],
      fingerprint,
      ...fragments,
      reused: { assetShas: reusable.assetShas },
    };
  }
  const result = renderMarkdown(markdownOf(doc), renderOptionsFor(doc, title, locale, options));
  // Lines of an included fragment are the fragment's: problems point there, and its paths are relative to it.
  const at = (line: number) => originOf(doc, line);
  for (const w of result.warnings) {
    const o = at(w.line);
    run.diagnostics.push({ severity: 'warning', ...w, file: o.file, line: o.line });
  }
  const finalTitle = title ?? result.h1Title;
  if (!finalTitle && !wasInvalid(doc, 'title')) {
    run.diagnostics.push({
      severity: 'error',
      ...doc.start,
      message: result.h1Title === '' ? "the article's title (its first # heading) is empty" : 'the article has no title',
      hint: 'set `title:` in the front matter or start the body with a `# Heading`',
    });
  }
  const ids = new Set(result.ids.map(decode));
  checkFragments(result.fragments, ids, at, run.diagnostics);
  const { refs, links, ok } = await resolveRefs(run, doc, result.refs, at);
  run.rendered.push({ article, doc, locale, ids: () => ids, links });
  if (!ok || !finalTitle) return undefined;
  return { locale, file: doc.file, title: finalTitle, draft, template: result.html, refs, fingerprint, ...fragments };
}

type Origin = ReturnType<typeof originOf>;

/** A `#fragment` link within the article that no heading or element has: a warning at the link. */
function checkFragments(
  fragments: readonly { id: string; line: number; column: number }[],
  ids: ReadonlySet<string>,
  at: (line: number) => Origin,
  diagnostics: Diagnostic[],
): void {
  for (const f of fragments) {
    if (ids.has(decode(f.id))) continue;
    const o = at(f.line);
    diagnostics.push({
      severity: 'warning',
      file: o.file,
      line: o.line,
      column: f.column,
      message: `no heading or element with id "${f.id}" in this article`,
    });
  }
}

/** The body's references: links to other articles as written, local files and diagrams read as assets. `ok` is false when one could not be read (reported). */
async function resolveRefs(
  run: Preparing,
  doc: SourceArticle | SourceTranslation,
  found: readonly LocalRef[],
  at: (line: number) => Origin,
): Promise<{ refs: PreparedRef[]; links: RenderedFile['links']; ok: boolean }> {
  const refs: PreparedRef[] = [];
  const links: RenderedFile['links'] = [];
  let ok = true;
  for (const ref of found) {
    const o = at(ref.line);
    const inFragment = o.absPath !== doc.absPath;
    // Recorded (marker, reuse, preview) relative to the file the body belongs to.
    const url = inFragment ? rebase(ref.url, o.absPath, doc.absPath) : ref.url;
    if (ref.kind === 'article') {
      const { rel, anchor } = linkTarget(run.docsRel(o.absPath), ref.url);
      const link = {
        index: ref.index,
        kind: 'article' as const,
        target: rel,
        anchor,
        line: o.line,
        column: ref.column,
        url,
        ...(inFragment ? { file: o.file } : {}),
      };
      refs.push(link);
      links.push(link);
      continue;
    }
    const asset =
      ref.kind === 'diagram'
        ? await diagramRef(ref, o, run.diagnostics)
        : await run.reader.read({ ...ref, line: o.line, kind: ref.kind }, o, run.diagnostics);
    if (!asset) {
      ok = false;
      continue;
    }
    // A diagram is recorded by its image's hash: the same source is the same attachment.
    refs.push({ index: ref.index, kind: 'asset', asset, url: ref.kind === 'diagram' ? `${DIAGRAM_REF}${asset.sha}` : url, line: o.line });
  }
  return { refs, links, ok };
}

/**
 * Links between articles, checked here so a dry run without credentials catches them too: the
 * target must be an article (or translation) in the docs folder, and its `#anchor` should exist
 * in the version the link will open (the same locale when that translation exists).
 */
function checkLinks(
  rendered: RenderedFile[],
  diagnostics: Diagnostic[],
  failed: Set<SourceArticle>,
  docsRel: (abs: string) => string,
): void {
  const byPath = new Map<string, RenderedFile>();
  for (const r of rendered) byPath.set(docsRel(r.doc.absPath).toLowerCase(), r);
  const known = [...byPath.keys()];
  for (const r of rendered) {
    for (const link of r.links) {
      const target = byPath.get(link.target.toLowerCase());
      if (!target) {
        const outside = link.target.startsWith('../');
        diagnostics.push({
          severity: 'error',
          file: link.file ?? r.doc.file,
          line: link.line,
          column: link.column,
          message: outside
            ? `link to "${link.target}", which is outside the docs folder`
            : `link to "${link.target}", which is not an article in the docs folder`,
          ...(outside ? {} : { hint: didYouMean(link.target, known) ?? 'the path is relative to this file' }),
        });
        failed.add(r.article);
        continue;
      }
      if (!link.anchor) continue;
      // The link opens the same-locale translation when there is one, else the source.
      const sameLocale = target.article.translations.find((t) => t.locale === r.locale);
      const opened = (sameLocale && byPath.get(docsRel(sameLocale.absPath).toLowerCase())) || target;
      if (!opened.ids().has(decode(link.anchor))) {
        diagnostics.push({
          severity: 'warning',
          file: link.file ?? r.doc.file,
          line: link.line,
          column: link.column,
          message: `no heading or element with id "${link.anchor}" in ${opened.doc.file}`,
        });
      }
    }
  }
}
