import type { Diagnostic } from '../diagnostics.js';
import type { RemoteSnapshot } from '../remote/snapshot.js';
import type { ZdCategory, ZdSection } from '../remote/types.js';
import type { StructureFile } from '../source/structure.js';
import type { Located, SourceArticle } from '../source/types.js';
import type { Ref } from '../source/schema.js';
import { normalizeName, resolveSection } from './resolve.js';
import type { SectionTarget, StructureChange, StructureOperation } from './types.js';

/** What the structure step decided, for the articles' section resolution and for apply. */
export interface StructureResolution {
  /** Categories first, then sections: the order apply runs them in. */
  changes: StructureChange[];
  /** The section each `_section.yml` stands for; undefined when it failed (reported at the file). */
  byFile: ReadonlyMap<string, SectionTarget | undefined>;
  /** `Category / Section` names (normalized) this run creates, to the key of their change. */
  byName: ReadonlyMap<string, string>;
}

export const NO_STRUCTURE: StructureResolution = { changes: [], byFile: new Map(), byName: new Map() };

export interface StructureOptions {
  createSections: boolean;
  /** The locale a file's `name` and `description` are written in: the source locale of files that set none. */
  baseLocale: string;
  enabledLocales: ReadonlySet<string>;
}

const CREATE_HINT =
  "set `create_sections: true` in zendesk-guide.yml (or the action's create-sections input, or --create-sections on the CLI) to create it";

const categoryKey = (name: string) => `category:${normalizeName(name)}`;
const sectionKey = (category: string, name: string) => `section:${normalizeName(category)} / ${normalizeName(name)}`;

type CategoryTarget = { id: number; name: string } | { newCategory: string; name: string };

/** What the structure step works with and builds up, shared by its parts below. */
interface Planning {
  snapshot: RemoteSnapshot;
  options: StructureOptions;
  error: (at: Located, message: string, hint?: string) => void;
  changes: Map<string, StructureChange>;
  byFile: Map<string, SectionTarget | undefined>;
  byName: Map<string, string>;
  /** The category each `_category.yml` stands for; undefined when it failed (reported). */
  categoryOfFile: Map<string, CategoryTarget | undefined>;
}

/**
 * Pure: which sections and categories the files name or describe, and what to create or update
 * so Guide has them. Without `create_sections` nothing is planned; a `_section.yml` still
 * places the articles beneath it, in a section that must exist.
 */
export function planStructure(
  files: readonly StructureFile[],
  sources: readonly SourceArticle[],
  snapshot: RemoteSnapshot,
  options: StructureOptions,
  diagnostics: Diagnostic[],
): StructureResolution {
  if (files.length === 0 && !options.createSections) return NO_STRUCTURE;
  const p: Planning = {
    snapshot,
    options,
    error: (at, message, hint) => diagnostics.push({ severity: 'error', ...at, message, ...(hint ? { hint } : {}) }),
    changes: new Map(),
    byFile: new Map(),
    byName: new Map(),
    categoryOfFile: new Map(),
  };
  for (const f of files.filter((x) => x.kind === 'category')) planCategoryFile(p, f);
  const seenSections = new Map<string, string>();
  for (const f of files.filter((x) => x.kind === 'section')) planSectionFile(p, f, seenSections);
  if (options.createSections) for (const source of sources) planNamedSection(p, source);

  const ordered = [...p.changes.values()].filter((c) => c.operations.length > 0);
  return {
    changes: [...ordered.filter((c) => c.kind === 'category'), ...ordered.filter((c) => c.kind === 'section')],
    byFile: p.byFile,
    byName: p.byName,
  };
}

/** An existing category by id or name; 'missing' when there is none, 'failed' for an unknown id or an ambiguous name (reported). */
function findCategory(p: Planning, ref: Ref, at: Located): ZdCategory | 'missing' | 'failed' {
  if (ref.kind === 'id') {
    const found = p.snapshot.categories.find((c) => c.id === ref.id);
    if (found) return found;
    p.error(at, `category ${ref.id} does not exist in the help center`);
    return 'failed';
  }
  const matches = p.snapshot.categories.filter((c) => normalizeName(c.name) === normalizeName(ref.name));
  if (matches.length > 1) {
    p.error(at, `category "${ref.name}" is ambiguous: ${matches.length} match`, `use the id: ${matches.map((c) => c.id).join(', ')}`);
    return 'failed';
  }
  return matches[0] ?? 'missing';
}

/** A category to create from a name alone (a `section:` of an article, a `category:` of a _section.yml). */
function newCategory(p: Planning, name: string): CategoryTarget {
  const key = categoryKey(name);
  if (!p.changes.has(key)) {
    p.changes.set(key, {
      key,
      kind: 'category',
      action: 'create',
      id: undefined,
      name,
      file: undefined,
      reasons: [],
      operations: [{ kind: 'create-category', category: { name, locale: p.options.baseLocale } }],
    });
  }
  return { newCategory: key, name: p.changes.get(key)!.name };
}

/** A category described by a `_category.yml`: found, created (with the option) or an error. */
function planCategoryFile(p: Planning, f: StructureFile): void {
  const { options, error } = p;
  const found =
    f.id !== undefined
      ? findCategory(p, { kind: 'id', id: f.id }, f.at.id ?? f.at.start)
      : findCategory(p, { kind: 'name', name: f.name }, f.at.name ?? f.at.start);
  if (found === 'failed') {
    p.categoryOfFile.set(f.file, undefined);
    return;
  }
  if (found === 'missing') {
    if (!options.createSections) {
      error(f.at.name ?? f.at.start, `category "${f.name}" does not exist in the help center`, CREATE_HINT);
      p.categoryOfFile.set(f.file, undefined);
      return;
    }
    const key = categoryKey(f.name);
    p.changes.set(key, createChange('category', key, f, options, error));
    p.categoryOfFile.set(f.file, { newCategory: key, name: f.name });
    return;
  }
  p.categoryOfFile.set(f.file, { id: found.id, name: found.name });
  if (options.createSections) addUpdate(p.changes, updateChange('category', categoryKey(found.name), found, f, options, error));
}

/** The category a section goes in: its folder's `_category.yml`, an existing one, or one to create. */
function categoryFor(p: Planning, ref: Ref, at: Located, fromFile: string | undefined): CategoryTarget | undefined {
  if (fromFile !== undefined) return p.categoryOfFile.get(fromFile);
  const found = findCategory(p, ref, at);
  if (found === 'failed') return undefined;
  if (found !== 'missing') return { id: found.id, name: found.name };
  if (ref.kind === 'id') return undefined;
  if (!p.options.createSections) {
    p.error(at, `category "${ref.name}" does not exist in the help center`, CREATE_HINT);
    return undefined;
  }
  return newCategory(p, ref.name);
}

/** The existing section a `_section.yml` describes, by id or by name in its category; 'failed' when reported. */
function existingSection(p: Planning, f: StructureFile, category: CategoryTarget): ZdSection | undefined | 'failed' {
  if (f.id !== undefined) {
    const found = p.snapshot.sections.find((s) => s.id === f.id);
    if (found) return found;
    p.error(f.at.id ?? f.at.start, `section ${f.id} does not exist in the help center`);
    return 'failed';
  }
  if (!('id' in category)) return undefined;
  const matches = p.snapshot.sections.filter((s) => s.category_id === category.id && normalizeName(s.name) === normalizeName(f.name));
  if (matches.length > 1) {
    p.error(
      f.at.name ?? f.at.start,
      `section "${f.name}" is ambiguous in category "${category.name}"`,
      `set id: to one of ${matches.map((s) => s.id).join(', ')}`,
    );
    return 'failed';
  }
  return matches[0];
}

/** A section described by a `_section.yml`: found (and updated with the option), created, or an error. */
function planSectionFile(p: Planning, f: StructureFile, seenSections: Map<string, string>): void {
  const { options, error, changes, byFile } = p;
  byFile.set(f.file, undefined);
  if (!f.category) return; // reported when the file was read
  const category = categoryFor(p, f.category, f.at.category ?? f.at.start, f.categoryFile);
  if (!category) return;
  const found = existingSection(p, f, category);
  if (found === 'failed') return;
  const key = found ? `section:${found.id}` : sectionKey(category.name, f.name);
  const twin = seenSections.get(key);
  if (twin) {
    error(f.at.start, `this folder describes the same section as ${twin}`, 'one _section.yml per section');
    return;
  }
  seenSections.set(key, f.file);
  if (found) {
    byFile.set(f.file, found.id);
    if (options.createSections) addUpdate(changes, updateChange('section', key, found, f, options, error, category.name));
    return;
  }
  if (!options.createSections) {
    error(f.at.name ?? f.at.start, `section "${f.name}" does not exist in category "${category.name}"`, CREATE_HINT);
    return;
  }
  const change = createChange('section', key, f, options, error, category);
  changes.set(key, change);
  byFile.set(f.file, { newSection: key });
  p.byName.set(normalizeName(`${category.name} / ${f.name}`), key);
}

/** `section: Category / Section` in front matter or _defaults.yml that names no section yet: one to create. */
function planNamedSection(p: Planning, source: SourceArticle): void {
  const ref = source.meta.section;
  if (source.sectionFile || ref?.kind !== 'name') return;
  const wanted = normalizeName(ref.name);
  if (p.byName.has(wanted)) return;
  const at = source.locations.section ?? source.start;
  const split = wanted.indexOf(' / ');
  if (split < 0) return;
  const resolved = resolveSection(ref, p.snapshot, at);
  if (resolved.ok || resolved.diagnostic.code === 'ambiguous-name') return;
  const raw = ref.name.split('/');
  const categoryName = raw[0]!.trim();
  const sectionName = raw.slice(1).join('/').trim();
  const category = categoryFor(p, { kind: 'name', name: categoryName }, at, undefined);
  if (!category) return;
  const key = sectionKey(category.name, sectionName);
  if (!p.changes.has(key)) {
    p.changes.set(key, {
      key,
      kind: 'section',
      action: 'create',
      id: undefined,
      name: sectionName,
      category: category.name,
      file: undefined,
      reasons: [],
      operations: [
        {
          kind: 'create-section',
          categoryId: 'id' in category ? category.id : { newCategory: category.newCategory },
          section: { name: sectionName, locale: p.options.baseLocale },
        },
      ],
    });
  }
  p.byName.set(wanted, key);
}

function addUpdate(changes: Map<string, StructureChange>, change: StructureChange | undefined): void {
  if (change) changes.set(change.key, change);
}

/** Locales a file names beyond its own: each must be enabled and not be the base locale. */
function otherLocales(f: StructureFile, options: StructureOptions, error: (at: Located, m: string, h?: string) => void) {
  const out: [string, StructureFile['translations'][string]][] = [];
  for (const [locale, t] of Object.entries(f.translations)) {
    if (locale === options.baseLocale) {
      error(t.at, `translations.${locale} is the default locale`, 'name and description at the top of the file are already in it');
    } else if (!options.enabledLocales.has(locale)) {
      error(t.at, `locale "${locale}" is not enabled in the help center`, `enabled: ${[...options.enabledLocales].join(', ')}`);
    } else out.push([locale, t]);
  }
  return out;
}

function createChange(
  kind: 'section' | 'category',
  key: string,
  f: StructureFile,
  options: StructureOptions,
  error: (at: Located, m: string, h?: string) => void,
  category?: CategoryTarget,
): StructureChange {
  const fields = {
    name: f.name,
    locale: options.baseLocale,
    ...(f.description !== undefined ? { description: f.description } : {}),
    ...(f.position !== undefined ? { position: f.position } : {}),
  };
  const first: StructureOperation =
    kind === 'category'
      ? { kind: 'create-category', category: fields }
      : {
          kind: 'create-section',
          categoryId: category && 'id' in category ? category.id : { newCategory: category!.newCategory },
          section: fields,
        };
  return {
    key,
    kind,
    action: 'create',
    id: undefined,
    name: f.name,
    ...(category ? { category: category.name } : {}),
    file: f.file,
    reasons: [],
    operations: [
      first,
      ...otherLocales(f, options, error).map(([locale, t]): StructureOperation => ({
        kind: 'create-container-translation',
        translation: { locale, title: t.name, ...(t.description !== undefined ? { body: t.description } : {}) },
      })),
    ],
  };
}

/** What differs between a file and the section or category it describes; undefined when nothing does. */
function updateChange(
  kind: 'section' | 'category',
  key: string,
  remote: ZdCategory,
  f: StructureFile,
  options: StructureOptions,
  error: (at: Located, m: string, h?: string) => void,
  category?: string,
): StructureChange | undefined {
  const operations: StructureOperation[] = [];
  const reasons: string[] = [];
  const stored = (locale: string) => {
    const t = remote.translations?.find((x) => x.locale.toLowerCase() === locale);
    if (t) return { title: t.title, body: t.body ?? '' };
    // Without translations listed, the record itself shows its source locale.
    const source = (remote.source_locale ?? remote.locale ?? options.baseLocale).toLowerCase();
    return !remote.translations && source === locale ? { title: remote.name, body: remote.description ?? '' } : undefined;
  };
  const wanted = [
    { locale: options.baseLocale, name: f.name, description: f.description, suffix: '' },
    ...otherLocales(f, options, error).map(([locale, t]) => ({ locale, name: t.name, description: t.description, suffix: ` (${locale})` })),
  ];
  for (const w of wanted) {
    const have = stored(w.locale);
    if (!have) {
      operations.push({
        kind: 'create-container-translation',
        translation: { locale: w.locale, title: w.name, ...(w.description !== undefined ? { body: w.description } : {}) },
      });
      reasons.push(`translation added (${w.locale})`);
      continue;
    }
    const changes: { title?: string; body?: string } = {};
    if (have.title !== w.name) {
      changes.title = w.name;
      reasons.push(`name${w.suffix}`);
    }
    if (w.description !== undefined && have.body !== w.description) {
      changes.body = w.description;
      reasons.push(`description${w.suffix}`);
    }
    if (changes.title !== undefined || changes.body !== undefined) {
      operations.push({
        kind: 'update-container-translation',
        locale: w.locale,
        changes: { title: changes.title ?? have.title, ...(changes.body !== undefined ? { body: changes.body } : {}) },
      });
    }
  }
  if (f.position !== undefined && remote.position !== f.position) {
    operations.unshift({ kind: 'update-container', position: f.position });
    reasons.unshift('position');
  }
  if (!operations.length) return undefined;
  return {
    key,
    kind,
    action: 'update',
    id: remote.id,
    name: remote.name,
    ...(category ? { category } : {}),
    file: f.file,
    reasons,
    operations,
  };
}

/**
 * The section an article goes to when the structure step decides it: its folder's
 * `_section.yml`, or a `Category / Section` this run creates. `failed`: its `_section.yml`
 * could not be resolved (reported there). Undefined: the front matter's `section:` as usual.
 */
export function sectionTargetOf(source: SourceArticle, structure: StructureResolution): SectionTarget | 'failed' | undefined {
  if (source.sectionFile !== undefined) return structure.byFile.get(source.sectionFile) ?? 'failed';
  const ref = source.meta.section;
  if (ref?.kind !== 'name') return undefined;
  const key = structure.byName.get(normalizeName(ref.name));
  return key === undefined ? undefined : { newSection: key };
}
