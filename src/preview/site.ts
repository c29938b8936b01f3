import path from 'node:path';
import { originOf } from '../source/include.js';
import type { Element, ElementContent, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Config } from '../config/types.js';
import { escapeAttr } from '../plan/html-escape.js';
import { resolveSection } from '../plan/resolve.js';
import { AssetReader, linkTarget, type AssetFile } from '../render/assets.js';
import { localFilePolicy } from '../shared/local-file.js';
import { renderMarkdown } from '../render/markdown.js';
import { markdownOf, renderOptionsFor } from '../render/release.js';
import { diagramAsset } from '../render/diagram.js';
import { REF_TOKEN } from '../render/ref-token.js';
import type { RemoteSnapshot } from '../remote/snapshot.js';
import type { Report, ReportRow } from '../report/model.js';
import type { SourceResult } from '../source/load.js';
import type { Ref } from '../source/schema.js';
import type { StructureFile } from '../source/structure.js';
import type { SourceArticle, SourceTranslation } from '../source/types.js';
import hljs from './hljs.js';

/** One rendered file of the site: an article in one locale. */
export interface PreviewDoc {
  article: SourceArticle;
  doc: SourceArticle | SourceTranslation;
  locale: string;
  /** Site-relative path of its page, `hc/{locale}/{key}.html`, as in a help center's URLs. */
  page: string;
  title: string;
  /** The body as the publish would write it, local references pointing into the site, code highlighted. */
  html: string;
}

export interface PreviewSection {
  /** Category name; undefined when not known (offline, and the section name does not say). */
  category: string | undefined;
  /** Where the articles live when the category is not known: their first folder. */
  folder: string | undefined;
  name: string;
  /** Source articles in Guide's order: position, then title. */
  articles: SourceArticle[];
}

export interface PreviewSite {
  docs: PreviewDoc[];
  /** By article key: its file in each locale, the source locale first. */
  byArticle: Map<string, PreviewDoc[]>;
  sections: PreviewSection[];
  /** Files to copy into the site: absolute source path → site-relative path. */
  files: Map<string, string>;
  /** Files the run made (diagrams' PNGs), by their path in the site. */
  blobs: Map<string, Buffer>;
  /** The report row of each article, by key; none for an article whose files could not be planned. */
  rows: Map<string, ReportRow>;
  report: Report;
  /** Relative to the repository, for the page footers. */
  docsPath: string;
}

export interface SiteInput {
  config: Config;
  source: SourceResult;
  snapshot: RemoteSnapshot | undefined;
  report: Report;
}

/** A file name that is safe in a URL and on every file system. */
const safeName = (name: string) => name.replace(/[^A-Za-z0-9._-]+/g, '-');

/** The site-relative URL of `to`, seen from the page at `from`. */
export function relativeUrl(from: string, to: string): string {
  const rel = path.posix.relative(path.posix.dirname(from), to);
  return rel.split('/').map(encodeURIComponent).join('/');
}

export const MISSING_IMAGE = 'assets/missing-image.svg';

/**
 * Renders every article in every locale for the preview, with the same renderer and options as
 * the publish, and turns local references into links within the site: images and files are
 * copied in, and a link to another article opens its page in the same locale when that
 * translation exists (as in Guide). Files with errors are rendered as far as they go.
 */
export async function buildSite(input: SiteInput): Promise<PreviewSite> {
  const { config, source, snapshot, report } = input;
  const defaultLocale = config.defaultLocale ?? snapshot?.defaultLocale ?? 'default';
  const docsRel = (abs: string) => path.relative(config.docsRoot, abs).split(path.sep).join('/');
  const pageOf = (key: string, locale: string) => `hc/${safeName(locale)}/${key.split('/').map(safeName).join('/')}.html`;

  interface Entry {
    article: SourceArticle;
    doc: SourceArticle | SourceTranslation;
    locale: string;
    title: string | undefined;
  }
  const entries: Entry[] = [];
  const byRel = new Map<string, SourceArticle>();
  const locales = new Map<string, Set<string>>();
  for (const article of source.articles) {
    const sourceLocale = article.meta.locale ?? defaultLocale;
    entries.push({ article, doc: article, locale: sourceLocale, title: article.meta.title });
    for (const t of article.translations) entries.push({ article, doc: t, locale: t.locale, title: t.title });
    locales.set(article.key, new Set([sourceLocale, ...article.translations.map((t) => t.locale)]));
    byRel.set(docsRel(article.absPath).toLowerCase(), article);
    for (const t of article.translations) byRel.set(docsRel(t.absPath).toLowerCase(), article);
  }

  const reader = new AssetReader(localFilePolicy(config));
  const files = new Map<string, string>();
  const blobs = new Map<string, Buffer>();
  const highlight = unified().use(rehypeParse, { fragment: true }).use(highlightCode).use(rehypeStringify).freeze();
  const docs: PreviewDoc[] = [];
  for (const e of entries) {
    const rendered = renderMarkdown(
      markdownOf(e.doc),
      renderOptionsFor(e.doc, e.title, e.locale, { render: config.render, defaultLocale }),
    );
    const page = pageOf(e.article.key, e.locale);
    const urls = new Map<number, string>();
    for (const ref of rendered.refs) {
      // A fragment's paths are relative to the fragment.
      const from = originOf(e.doc, ref.line);
      if (ref.kind === 'article') {
        const { rel, anchor } = linkTarget(docsRel(from.absPath), ref.url);
        const target = byRel.get(rel.toLowerCase());
        if (!target) {
          urls.set(ref.index, `${relativeUrl(page, 'index.html')}#problems`);
          continue;
        }
        const targetLocales = locales.get(target.key)!;
        const locale = targetLocales.has(e.locale) ? e.locale : (target.meta.locale ?? defaultLocale);
        urls.set(ref.index, relativeUrl(page, pageOf(target.key, locale)) + (anchor ? `#${anchor}` : ''));
        continue;
      }
      // Problems are the pipeline's to report (it read the same files); here only the outcome counts.
      const asset: AssetFile | undefined =
        ref.kind === 'diagram'
          ? await diagramAsset(ref.diagram!.source).catch(() => undefined)
          : await reader.read({ ...ref, kind: ref.kind }, from, []);
      if (!asset) {
        urls.set(ref.index, relativeUrl(page, ref.kind === 'file' ? 'index.html' : MISSING_IMAGE));
        continue;
      }
      const copy = `files/${asset.sha}/${safeName(asset.name)}`;
      // The same image as the publish uploads: a diagram's bytes are written, a file is copied.
      if (asset.data) blobs.set(copy, asset.data);
      else files.set(asset.absPath, copy);
      urls.set(ref.index, relativeUrl(page, copy));
    }
    const filled = rendered.html.replace(REF_TOKEN, (token, n: string) => {
      const url = urls.get(Number(n));
      return url === undefined ? token : escapeAttr(url);
    });
    const html = String(await highlight.process(filled));
    const title = e.title ?? rendered.h1Title ?? e.article.key;
    docs.push({ article: e.article, doc: e.doc, locale: e.locale, page, title, html });
  }

  const byArticle = new Map<string, PreviewDoc[]>();
  for (const d of docs) byArticle.set(d.article.key, [...(byArticle.get(d.article.key) ?? []), d]);
  const rows = new Map(report.rows.map((r) => [r.key, r]));
  const docsPath = path.relative(config.repoRoot, config.docsRoot).split(path.sep).join('/') || '.';
  return {
    docs,
    byArticle,
    sections: sectionsOf(source.articles, snapshot, byArticle, source.structure),
    files,
    blobs,
    rows,
    report,
    docsPath,
  };
}

const fragment = unified().use(rehypeParse, { fragment: true }).freeze();

/**
 * highlight.js reads `shell` as a terminal session (a leading `#` is a root prompt); writers, like
 * GitHub, mean a script by it.
 */
const LANGUAGE_ALIASES: Record<string, string> = { shell: 'bash', sh: 'bash', zsh: 'bash' };

/**
 * Colours the code blocks that name their language (```` ```shell ````), with highlight.js,
 * offline; the published body stays as it is, since Guide's theme does its own highlighting.
 */
function highlightCode() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, _index, parent) => {
      if (node.tagName !== 'code' || parent?.type !== 'element' || parent.tagName !== 'pre') return;
      const classes = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
      const named = classes
        .find((c) => c.startsWith('language-'))
        ?.slice('language-'.length)
        .toLowerCase();
      const language = named && (LANGUAGE_ALIASES[named] ?? named);
      if (!language || !hljs.getLanguage(language)) return;
      const text = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      const { value } = hljs.highlight(text, { language, ignoreIllegals: true });
      node.children = fragment.parse(value).children as ElementContent[];
      node.properties.className = [...classes, 'hljs'];
    });
  };
}

/** The section a `_section.yml` stands for, as the front matter would name it. */
function sectionRef(file: StructureFile | undefined, snapshot: RemoteSnapshot | undefined): Ref | undefined {
  if (!file) return undefined;
  if (file.id !== undefined) return { kind: 'id', id: file.id };
  const category =
    file.category?.kind === 'name'
      ? file.category.name
      : snapshot?.categories.find((c) => file.category?.kind === 'id' && c.id === file.category.id)?.name;
  return { kind: 'name', name: category !== undefined ? `${category} / ${file.name}` : file.name };
}

/**
 * Articles by section, the way Guide groups them. With credentials, a section named in front
 * matter is resolved as the publish resolves it and its category comes from the help center;
 * offline, only a `Category / Section` name says its category.
 */
function sectionsOf(
  articles: readonly SourceArticle[],
  snapshot: RemoteSnapshot | undefined,
  byArticle: Map<string, PreviewDoc[]>,
  structure: readonly StructureFile[] = [],
): PreviewSection[] {
  const groups = new Map<string, PreviewSection & { order: number[] }>();
  const categoryOf = new Map(snapshot?.categories.map((c, i) => [c.id, { name: c.name, order: i }]) ?? []);
  const sectionFiles = new Map(structure.map((f) => [f.file, f]));
  for (const article of articles) {
    const ref = article.sectionFile !== undefined ? sectionRef(sectionFiles.get(article.sectionFile), snapshot) : article.meta.section;
    let category: string | undefined;
    let name = 'No section';
    let order = [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
    const resolved = ref && snapshot ? resolveSection(ref, snapshot, article.start) : undefined;
    const section = resolved?.ok ? snapshot!.sections.find((s) => s.id === resolved.value) : undefined;
    if (section) {
      const c = categoryOf.get(section.category_id);
      category = c?.name;
      name = section.name;
      order = [c?.order ?? Number.MAX_SAFE_INTEGER, snapshot!.sections.indexOf(section)];
    } else if (ref?.kind === 'name') {
      const parts = ref.name.split(/\s*\/\s*/);
      name = parts.pop()!;
      category = parts.length ? parts.join(' / ') : undefined;
    } else if (ref?.kind === 'id') {
      name = `Section ${ref.id}`;
    }
    const folder = category === undefined ? (article.key.includes('/') ? `${article.key.split('/')[0]}/` : './') : undefined;
    const id = `${category ?? `folder:${folder}`}\0${name.toLowerCase()}`;
    const group = groups.get(id) ?? { category, folder, name, articles: [], order };
    group.articles.push(article);
    groups.set(id, group);
  }
  const titleOf = (a: SourceArticle) => byArticle.get(a.key)?.[0]?.title ?? a.key;
  const list = [...groups.values()];
  for (const g of list) {
    g.articles.sort(
      (a, b) =>
        (a.meta.position ?? Number.MAX_SAFE_INTEGER) - (b.meta.position ?? Number.MAX_SAFE_INTEGER) || titleOf(a).localeCompare(titleOf(b)),
    );
  }
  list.sort(
    (a, b) =>
      a.order[0]! - b.order[0]! ||
      (a.category ?? a.folder ?? '').localeCompare(b.category ?? b.folder ?? '') ||
      a.order[1]! - b.order[1]! ||
      a.name.localeCompare(b.name),
  );
  return list.map(({ order: _order, ...s }) => s);
}
