import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { errorMessage } from '../errors.js';
import type { Aliases } from '../config/types.js';
import { withArticles, type Diagnostic } from '../diagnostics.js';
import { applyAliases } from './aliases.js';
import { splitLocaleSuffix } from '../shared/locale-suffix.js';
import { discover, type DiscoveredFile } from './discover.js';
import type { Selection } from '../shared/globs.js';
import { parseYaml } from '../shared/yaml.js';
import { splitFrontMatter } from './frontmatter.js';
import {
  defaultsSchema,
  FRONT_MATTER_KEYS,
  frontMatterSchema,
  translationFrontMatterSchema,
  type Defaults,
  type FrontMatter,
} from './schema.js';
import { ALL_KEYS_INVALID, type Located, type SourceArticle, type SourceTranslation } from './types.js';
import { validateWithSchema } from '../shared/validate.js';
import { assignSections, readStructureFiles, type StructureFile } from './structure.js';
import { expandBody, expandTitle, type ExpandContext } from './expand.js';
import { FragmentReader, hasIncludes } from './include.js';
import { hasVariables, type Variables } from './variables.js';

/** Larger Markdown files are almost certainly a mistake (a generated dump, a binary renamed). */
export const MAX_MARKDOWN_BYTES = 1024 * 1024;

export interface SourceResult {
  articles: SourceArticle[];
  diagnostics: Diagnostic[];
  /**
   * Keys of source files that exist but could not be read (errors reported): the run is blocked,
   * and their articles must not look removed (e.g. planned for archiving) in its report.
   */
  failedKeys: string[];
  /** The `_section.yml` and `_category.yml` files, validated. */
  structure: StructureFile[];
}

export interface SourceOptions extends Partial<Selection> {
  aliases?: Aliases;
  /** `variables:` of the config file, with values set for this run over them. */
  variables?: Variables;
  /** Source locale of files that set none, when known before Zendesk is asked: picks variable values and fragments. */
  defaultLocale?: string;
  /** `default_author` from the config file: the author of every article that names none. */
  defaultAuthor?: { value: string | number; at: Located };
  /** Dot-paths the config file allows fragments to be read from (src/shared/local-file.ts). */
  allowDotPaths?: readonly string[];
}

/**
 * Replaces the file's body with what is rendered (fragments included, variables replaced) and
 * records how to make it again. A body whose includes fail keeps its text: the errors block the run.
 */
function expandDoc(
  doc: SourceArticle | SourceTranslation,
  locale: string | undefined,
  ctx: ExpandContext,
  diagnostics: Diagnostic[],
): void {
  const raw = doc.body ?? '';
  const result = expandBody(raw, doc, locale, ctx);
  diagnostics.push(...result.diagnostics);
  if (result.markdown === undefined || (result.markdown === raw && !result.included)) return;
  doc.body = result.markdown;
  if (result.included) doc.included = result.included;
  if (result.variables.length) doc.variables = [...new Set([...(doc.variables ?? []), ...result.variables])].sort();
  doc.expand = (text) => expandBody(text, doc, locale, ctx).markdown;
}

/** The same problem found through every article that includes one fragment is reported once. */
function unique(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.file}\0${d.line}\0${d.column}\0${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * ISO 639-1 language codes: `setup.it.md` alone is an orphan Italian translation, while
 * `node.js.md` alone is an article about Node.js.
 */
const LANGUAGES = new Set(
  (
    'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es ' +
    'et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj ' +
    'kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ' +
    'ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti ' +
    'tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'
  ).split(' '),
);

interface DefaultsEntry {
  /** undefined when the file has errors: the articles beneath it are not read, see below. */
  value: Defaults | undefined;
  locations: Partial<Record<keyof Defaults, Located>>;
  file: string;
}

/** `user_segment` and `user_segments` in one file: which one is meant cannot be guessed. */
function segmentConflict(
  value: Partial<Defaults> | undefined,
  file: string,
  positions: Record<string, { line: number; column: number }>,
): Diagnostic[] {
  if (value?.user_segment === undefined || value.user_segments === undefined) return [];
  const at = positions['user_segments'] ?? positions['user_segment'] ?? { line: 1, column: 1 };
  return [
    {
      severity: 'error',
      file,
      ...at,
      message: 'user_segment and user_segments are both set',
      hint: 'keep one: user_segments lists several audiences, user_segment names one',
    },
  ];
}

function locate(file: string, positions: Record<string, { line: number; column: number }>) {
  const out: Record<string, Located> = {};
  for (const [key, pos] of Object.entries(positions)) out[key] = { file, ...pos };
  return out;
}

async function readDefaults(files: DiscoveredFile[], diagnostics: Diagnostic[]): Promise<Map<string, DefaultsEntry>> {
  const byDir = new Map<string, DefaultsEntry>();
  for (const f of files) {
    const text = await fs.readFile(f.absPath, 'utf8');
    const dir = path.posix.dirname(f.rel);
    const twin = byDir.get(dir);
    if (twin) {
      diagnostics.push({
        severity: 'error',
        file: f.file,
        line: 1,
        column: 1,
        message: `this folder also has ${twin.file}`,
        hint: 'keep one of _defaults.yml and _defaults.yaml',
      });
      byDir.set(dir, { ...twin, value: undefined });
      continue;
    }
    const parsed = parseYaml(text, f.file, 1, 'a _defaults.yml');
    diagnostics.push(...parsed.diagnostics);
    if (!parsed.data) {
      byDir.set(dir, { value: undefined, locations: {}, file: f.file });
      continue;
    }
    const { value, diagnostics: found } = validateWithSchema(defaultsSchema, parsed.data, {
      file: f.file,
      positions: parsed.positions,
      paths: parsed.paths,
      fallback: { line: 1, column: 1 },
      allowedKeys: Object.keys(defaultsSchema.shape),
    });
    diagnostics.push(...found, ...segmentConflict(value, f.file, parsed.positions));
    byDir.set(dir, { value, locations: locate(f.file, parsed.positions), file: f.file });
  }
  return byDir;
}

/**
 * Folder defaults from the docs root down to `dir`; the nearer file wins, labels accumulate.
 * A broken `_defaults.yml` on the way makes the result a reference to it instead: reading the
 * articles without it would only add follow-up errors ("section is required") to the real one.
 */
function inherited(
  dir: string,
  byDir: Map<string, DefaultsEntry>,
): { value: Defaults; locations: Partial<Record<string, Located>> } | { broken: string } {
  const chain = ['.'];
  if (dir !== '.') {
    const parts = dir.split('/');
    for (let i = 1; i <= parts.length; i++) chain.push(parts.slice(0, i).join('/'));
  }
  const merged = { value: {} as Defaults, locations: {} as Partial<Record<string, Located>> };
  for (const d of chain) {
    const entry = byDir.get(d);
    if (!entry) continue;
    if (!entry.value) return { broken: entry.file };
    mergeInto(merged, entry.value, entry.locations);
  }
  return merged;
}

function mergeInto<T extends Defaults>(
  target: { value: T; locations: Partial<Record<string, Located>> },
  value: T,
  locations: Partial<Record<string, Located>>,
): void {
  for (const [key, v] of Object.entries(value) as [keyof T & string, unknown][]) {
    if (v === undefined) continue;
    // One audience key per article: the nearer `user_segments` replaces a `user_segment` from above, and the other way round.
    if (key === 'user_segment') delete target.value.user_segments;
    if (key === 'user_segments') delete target.value.user_segment;
    if (key === 'labels') {
      const labels = [...(target.value.labels ?? []), ...(v as string[])];
      target.value.labels = [...new Set(labels)];
    } else {
      (target.value as Record<string, unknown>)[key] = v;
    }
    const loc = locations[key];
    if (loc) target.locations[key] = loc;
  }
}

/**
 * Reads the docs tree: Markdown files with their front matter merged over folder defaults and
 * their translations paired. Every problem becomes a diagnostic; nothing here throws for bad input.
 */
/** What loading the files of one tree gathers as it goes, shared by the steps below. */
interface Loading {
  options: SourceOptions;
  diagnostics: Diagnostic[];
  ctx: ExpandContext;
  /** The Markdown parser that finds code; loaded with the first file that needs it. */
  codeRanges: ExpandContext['codeRanges'] | undefined;
  defaultsByDir: Map<string, DefaultsEntry>;
  /** Docs-relative paths of every Markdown file, lower case: tells a translation from `node.js.md`. */
  relSet: Set<string>;
  articles: Map<string, SourceArticle>;
  pendingTranslations: SourceTranslation[];
  /** Keys of source files that failed to load: their translations are not orphans. */
  broken: Map<string, string>;
  /** A broken _defaults.yml → the articles below it, named once in its error. */
  heldBack: Map<string, string[]>;
}

/** One Markdown file read and its front matter parsed: what the article or translation is made of. */
interface ReadFile {
  f: DiscoveredFile;
  start: Located;
  base: string;
  locale: string | undefined;
  split: ReturnType<typeof splitFrontMatter>;
  parsed: Pick<ReturnType<typeof parseYaml>, 'positions' | 'paths'>;
  data: Record<string, unknown>;
  /** `{ invalidKeys: [ALL_KEYS_INVALID] }` when the YAML could not be read at all. */
  unreadable: { invalidKeys?: string[] };
}

export async function loadSource(docsRoot: string, repoRoot: string, options: SourceOptions = {}): Promise<SourceResult> {
  const found = await discover(docsRoot, repoRoot, options);
  const diagnostics: Diagnostic[] = [...found.diagnostics];
  if (found.markdown.length === 0 && found.diagnostics.length === 0) diagnostics.push(noMarkdown(docsRoot, repoRoot, options));
  const defaultsByDir = await readDefaults(found.defaults, diagnostics);
  const { files: structure, brokenSections } = await readStructureFiles(found.structure, diagnostics);

  const run: Loading = {
    options,
    diagnostics,
    ctx: {
      fragments: new FragmentReader(docsRoot, repoRoot, options.allowDotPaths),
      variables: options.variables ?? {},
      codeRanges: (markdown) => run.codeRanges!(markdown),
    },
    codeRanges: undefined,
    defaultsByDir,
    relSet: new Set(found.markdown.map((f) => f.rel.toLowerCase())),
    articles: new Map(),
    pendingTranslations: [],
    broken: new Map(),
    heldBack: new Map(),
  };
  for (const f of found.markdown) await loadFile(run, f);
  pairTranslations(run);
  nameHeldBack(diagnostics, run.heldBack);
  const list = withDefaultAuthor(applyAliases([...run.articles.values()], options.aliases), options.defaultAuthor);
  assignSections(list, structure, brokenSections);
  return { articles: list, diagnostics: unique(diagnostics), failedKeys: [...run.broken.values()].sort(), structure };
}

function noMarkdown(docsRoot: string, repoRoot: string, options: SourceOptions): Diagnostic {
  return {
    severity: 'warning',
    file: path.relative(repoRoot, docsRoot).split(path.sep).join('/') || '.',
    message: 'no Markdown files found',
    hint:
      options.include?.length || options.exclude?.length
        ? 'check include and exclude in the config file'
        : 'articles are .md files beneath the docs folder',
  };
}

const markBroken = (run: Loading, key: string) => run.broken.set(key.toLowerCase(), key);

/** Reads one Markdown file and its front matter, then takes it as a translation or an article. */
async function loadFile(run: Loading, f: DiscoveredFile): Promise<void> {
  const start: Located = { file: f.file, line: 1, column: 1 };
  const { base, locale } = splitLocaleSuffix(f.rel);
  // `name.fr.md` is a translation when `name.md` is beside it; a language-code suffix without
  // its source is an orphan translation, while `node.js.md` alone is just an article.
  const isTranslation = locale !== undefined && (run.relSet.has(`${base}.md`.toLowerCase()) || LANGUAGES.has(locale.split('-')[0]!));
  const failed = (d: Omit<Diagnostic, 'severity' | 'file' | 'line' | 'column'>) => {
    run.diagnostics.push({ severity: 'error', ...start, ...d });
    if (!isTranslation) markBroken(run, f.rel.replace(/\.md$/i, ''));
  };
  const text = readMarkdown(f, failed);
  if (text === undefined) return;
  // The Markdown parser that finds code (where `{{` is not a variable) loads only when needed.
  if (!run.codeRanges && (hasVariables(text) || hasIncludes(text))) run.codeRanges = (await import('./code-ranges.js')).codeRanges;
  const split = splitFrontMatter(text);
  if (split.unclosed) {
    failed({
      message: 'front matter is not closed',
      hint: 'end it with a line of three dashes (---); a thematic break at the very top needs a blank line before it',
    });
    return;
  }
  const parsed =
    split.yaml === undefined ? { data: {}, positions: {}, paths: {}, diagnostics: [] } : parseYaml(split.yaml, f.file, split.yamlLine);
  run.diagnostics.push(...parsed.diagnostics);
  // Unreadable YAML still leaves a body to check for broken images and links.
  const read: ReadFile = {
    f,
    start,
    base,
    locale,
    split,
    parsed,
    data: parsed.data ?? {},
    unreadable: parsed.data ? {} : { invalidKeys: [ALL_KEYS_INVALID] },
  };
  if (isTranslation) loadTranslation(run, read);
  else loadArticle(run, read);
}

/** The file's text, or undefined when it cannot be an article (reported through `failed`). */
function readMarkdown(f: DiscoveredFile, failed: (d: Pick<Diagnostic, 'message' | 'hint'>) => void): string | undefined {
  // One synchronous read per file: for thousands of small files that is several times
  // cheaper than stat + open + read + close round trips through the thread pool.
  let bytes: Buffer;
  try {
    bytes = readFileSync(f.absPath);
  } catch (error) {
    failed({ message: `cannot read the file: ${errorMessage(error)}` });
    return undefined;
  }
  if (bytes.byteLength > MAX_MARKDOWN_BYTES) {
    failed({
      message: `file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; Markdown files over ${MAX_MARKDOWN_BYTES / 1024 / 1024} MB are refused`,
    });
    return undefined;
  }
  const text = bytes.toString('utf8');
  if (text.includes('\u0000')) {
    failed({ message: 'not a text file (it contains NUL bytes)', hint: 'a Markdown file must be UTF-8 text' });
    return undefined;
  }
  return text;
}

function loadTranslation(run: Loading, read: ReadFile): void {
  const { f, start, split, parsed, locale } = read;
  const { diagnostics, ctx } = run;
  const checked = validateWithSchema(translationFrontMatterSchema, read.data, {
    file: f.file,
    positions: parsed.positions,
    paths: parsed.paths,
    fallback: { line: split.yamlLine, column: 1 },
    allowedKeys: Object.keys(translationFrontMatterSchema.shape),
    misplaced: { keys: FRONT_MATTER_KEYS, hint: 'a translation takes only title and draft; set metadata in the source file' },
  });
  diagnostics.push(...checked.diagnostics);
  const value = checked.value ?? checked.partial;
  if (!value) return;
  const locations = locate(f.file, parsed.positions);
  const title = value.title === undefined ? undefined : expandTitle(value.title, locations.title ?? start, locale, ctx.variables);
  if (title) diagnostics.push(...title.diagnostics);
  // Written out rather than spread from a shared part: on Node 20, `{ ...common, key }` gave
  // each of 40,000 files its own hidden class (14 MB for the largest help center); Node 24
  // shares one. The same holds for the article below.
  const translation: SourceTranslation = {
    file: f.file,
    absPath: f.absPath,
    body: split.body,
    bodyLine: split.bodyLine,
    start,
    key: read.base,
    locale: locale!,
    title: title?.title,
    draft: value.draft,
    locations,
    ...(checked.value ? read.unreadable : { invalidKeys: checked.badKeys }),
    ...(title?.variables.length ? { variables: title.variables } : {}),
  };
  expandDoc(translation, locale, ctx, diagnostics);
  run.pendingTranslations.push(translation);
}

function loadArticle(run: Loading, read: ReadFile): void {
  const { f, start, split, parsed } = read;
  const { diagnostics, ctx } = run;
  const checked = validateWithSchema(frontMatterSchema, read.data, {
    file: f.file,
    positions: parsed.positions,
    paths: parsed.paths,
    fallback: { line: split.yamlLine, column: 1 },
    allowedKeys: FRONT_MATTER_KEYS,
  });
  diagnostics.push(...checked.diagnostics, ...segmentConflict(checked.value ?? checked.partial, f.file, parsed.positions));
  const key = f.rel.replace(/\.md$/i, '');
  // With its invalid keys left out, the file is still read on: its other errors (names,
  // images, links) are reported in the same run.
  const value = checked.value ?? checked.partial;
  if (!value) {
    markBroken(run, key);
    return;
  }
  const defaults = inherited(path.posix.dirname(f.rel), run.defaultsByDir);
  if ('broken' in defaults) {
    markBroken(run, key);
    run.heldBack.set(defaults.broken, [...(run.heldBack.get(defaults.broken) ?? []), f.file]);
    return;
  }
  const merged = defaults;
  mergeInto(merged, value, locate(f.file, parsed.positions));
  const other = run.articles.get(key.toLowerCase());
  if (other) {
    // On a case-insensitive checkout (macOS, Windows) these would be one file; here they would be one article.
    diagnostics.push({
      severity: 'error',
      ...start,
      message: `this file and ${other.file} differ only in letter case`,
      hint: 'rename or merge one of them',
    });
    return;
  }
  const meta: FrontMatter = merged.value;
  const docLocale = meta.locale ?? run.options.defaultLocale;
  let titleVariables: string[] = [];
  if (meta.title !== undefined) {
    const title = expandTitle(meta.title, merged.locations.title ?? start, docLocale, ctx.variables);
    diagnostics.push(...title.diagnostics);
    meta.title = title.title;
    titleVariables = title.variables;
  }
  const article: SourceArticle = {
    file: f.file,
    absPath: f.absPath,
    body: split.body,
    bodyLine: split.bodyLine,
    start,
    key,
    meta: merged.value,
    locations: merged.locations,
    translations: [],
    ...(checked.value ? read.unreadable : { invalidKeys: checked.badKeys }),
    ...(titleVariables.length ? { variables: titleVariables } : {}),
  };
  expandDoc(article, docLocale, ctx, diagnostics);
  run.articles.set(key.toLowerCase(), article);
}

/** Each translation to its source file, in locale order; an orphan or a second one of a locale is an error. */
function pairTranslations(run: Loading): void {
  const { articles, diagnostics } = run;
  for (const t of run.pendingTranslations) {
    const source = articles.get(t.key.toLowerCase());
    if (!source && run.broken.has(t.key.toLowerCase())) continue;
    if (!source) {
      diagnostics.push({
        severity: 'error',
        ...t.start,
        message: `translation "${t.locale}" has no source file`,
        hint: `expected ${path.posix.basename(t.key)}.md beside it`,
      });
      continue;
    }
    if (source.meta.locale === t.locale) {
      diagnostics.push({
        severity: 'error',
        ...t.start,
        message: `this translation has the locale of its source file (${source.file} sets locale: ${t.locale})`,
        hint: 'rename the file to the locale it is written in',
      });
      continue;
    }
    const twin = source.translations.find((x) => x.locale === t.locale);
    if (twin) {
      diagnostics.push({
        severity: 'error',
        ...t.start,
        message: `locale "${t.locale}" appears twice for ${source.file}: this file and ${twin.file}`,
        hint: 'keep one translation file per locale',
      });
      continue;
    }
    source.translations.push(t);
  }
  for (const a of articles.values()) a.translations.sort((x, y) => x.locale.localeCompare(y.locale));
}

/** Articles that name no author get the config file's `default_author`, located at its line there. */
function withDefaultAuthor(articles: SourceArticle[], author: SourceOptions['defaultAuthor']): SourceArticle[] {
  if (!author) return articles;
  const checked = frontMatterSchema.shape.author.safeParse(author.value);
  if (!checked.success || checked.data === undefined) return articles;
  const value = checked.data;
  return articles.map((a) =>
    a.meta.author !== undefined ? a : { ...a, meta: { ...a.meta, author: value }, locations: { ...a.locations, author: author.at } },
  );
}

/** The first error in each broken `_defaults.yml` names the articles it holds back. */
function nameHeldBack(diagnostics: Diagnostic[], heldBack: ReadonlyMap<string, string[]>): void {
  for (const [file, articles] of heldBack) {
    const at = diagnostics.findIndex((d) => d.file === file && d.severity === 'error');
    if (at >= 0) diagnostics[at] = withArticles(diagnostics[at]!, articles);
  }
}

/** Two files with the same `id` would fight over one article: an error on both, before any write. */
export function duplicateIds(articles: SourceArticle[]): Diagnostic[] {
  const byId = new Map<number, SourceArticle[]>();
  for (const a of articles) if (a.meta.id !== undefined) byId.set(a.meta.id, [...(byId.get(a.meta.id) ?? []), a]);
  const out: Diagnostic[] = [];
  for (const [id, list] of byId) {
    if (list.length < 2) continue;
    for (const a of list) {
      const others = list.filter((o) => o !== a).map((o) => o.file);
      out.push({
        severity: 'error',
        ...(a.locations.id ?? a.start),
        message: `id ${id} is also claimed by ${others.join(', ')}`,
        hint: 'each article must have exactly one source file',
      });
    }
  }
  return out;
}
