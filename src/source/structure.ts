import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics.js';
import { validateWithSchema } from '../shared/validate.js';
import { parseYaml, pathKey, type ParsedYaml } from '../shared/yaml.js';
import type { DiscoveredFile } from './discover.js';
import { toRef, type Ref } from './schema.js';
import { structureKindOf, type StructureKind } from './structure-names.js';
import type { Located, SourceArticle } from './types.js';

// Which file names are structure files is ./structure-names.ts's, which discovery reads too.
export { STRUCTURE_FILE_NAMES, structureKindOf, type StructureKind } from './structure-names.js';

const LOCALE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;

const text = (what: string) => z.string({ error: `must be ${what} (text)` });

const translations = z
  .record(
    z.string(),
    z.strictObject(
      {
        name: text('a name').trim().min(1, { error: 'must not be empty' }),
        description: text('a description').optional(),
      },
      { error: 'must be a mapping with name (and description)' },
    ),
    { error: 'must be a mapping of locale: { name, description }' },
  )
  .superRefine((value, ctx) => {
    for (const key of Object.keys(value)) {
      if (!LOCALE.test(key.toLowerCase()))
        ctx.addIssue({ code: 'custom', path: [key], message: 'is not a locale code such as fr or pt-br' });
    }
  });

const common = {
  id: z.number({ error: 'must be the id (a number) of the section or category in Guide' }).int().positive().optional(),
  name: text('a name').trim().min(1, { error: 'must not be empty' }),
  description: text('a description').optional(),
  position: z.number({ error: 'must be a whole number' }).int().min(0, { error: 'must be 0 or more' }).optional(),
  translations: translations.optional(),
};

export const categoryFileSchema = z.strictObject(common);

export const sectionFileSchema = z.strictObject({
  ...common,
  /** When the folder above has no `_category.yml`: an existing category, by name or id. */
  category: z
    .union([z.number().int().positive(), z.string().trim().min(1)], { error: 'must be a category id (a number) or name (text)' })
    .optional(),
});

/** One `_section.yml` or `_category.yml`, validated. */
export interface StructureFile {
  kind: StructureKind;
  /** Repo-relative path. */
  file: string;
  /** Docs-relative folder it describes. */
  dir: string;
  id?: number;
  name: string;
  description?: string;
  position?: number;
  /** Other locales' names and descriptions, by lowercased locale. */
  translations: Record<string, { name: string; description?: string; at: Located }>;
  /**
   * Sections only: the category they belong to, a name or id: the nearest `_category.yml` above
   * (`categoryFile` then names it), else the file's own `category:`.
   */
  category?: Ref;
  categoryFile?: string;
  /** Where each key was written. */
  at: Partial<Record<'id' | 'name' | 'description' | 'position' | 'category', Located>> & { start: Located };
}

function located(file: string, parsed: ParsedYaml, ...keys: string[]): Located | undefined {
  const pos = parsed.paths[pathKey(keys)];
  return pos ? { file, ...pos } : undefined;
}

/** Reads and validates the structure files; errors go to `diagnostics`, a file with errors is left out. */
export async function readStructureFiles(
  files: DiscoveredFile[],
  diagnostics: Diagnostic[],
): Promise<{ files: StructureFile[]; brokenSections: Map<string, string> }> {
  const out: StructureFile[] = [];
  const seen = new Map<string, string>();
  /** Folders whose _category.yml has errors: their sections are not reported again for want of a category. */
  const broken = new Set<string>();
  /** Folders whose _section.yml has errors, to the file: their articles belong to it all the same (and wait for it). */
  const brokenSections = new Map<string, string>();
  for (const f of files) {
    const kind = structureKindOf(path.posix.basename(f.rel))!;
    const dir = path.posix.dirname(f.rel);
    const twin = seen.get(`${kind}:${dir}`) ?? (kind === 'section' ? seen.get(`category:${dir}`) : seen.get(`section:${dir}`));
    seen.set(`${kind}:${dir}`, f.file);
    if (twin) {
      diagnostics.push({
        severity: 'error',
        file: f.file,
        line: 1,
        column: 1,
        message: `this folder also has ${twin}`,
        hint: 'a folder is one section (_section.yml) or one category (_category.yml), described by one file',
      });
      continue;
    }
    const parsed = parseYaml(await fs.readFile(f.absPath, 'utf8'), f.file, 1, `a _${kind}.yml`);
    diagnostics.push(...parsed.diagnostics);
    if (kind === 'category') broken.add(dir);
    else brokenSections.set(dir, f.file);
    if (!parsed.data) continue;
    const schema = kind === 'section' ? sectionFileSchema : categoryFileSchema;
    const checked = validateWithSchema<z.infer<typeof sectionFileSchema>>(schema, parsed.data, {
      file: f.file,
      positions: parsed.positions,
      paths: parsed.paths,
      fallback: { line: 1, column: 1 },
      allowedKeys: Object.keys(schema.shape),
    });
    diagnostics.push(...checked.diagnostics);
    const value = checked.value;
    if (!value) continue;
    broken.delete(dir);
    brokenSections.delete(dir);
    const start = { file: f.file, line: 1, column: 1 };
    const at: StructureFile['at'] = { start };
    for (const key of ['id', 'name', 'description', 'position', 'category'] as const) {
      const l = located(f.file, parsed, key);
      if (l) at[key] = l;
    }
    const locales: StructureFile['translations'] = {};
    for (const [locale, t] of Object.entries(value.translations ?? {})) {
      locales[locale.toLowerCase()] = {
        name: t.name,
        ...(t.description !== undefined ? { description: t.description } : {}),
        at: located(f.file, parsed, 'translations', locale) ?? start,
      };
    }
    out.push({
      kind,
      file: f.file,
      dir,
      name: value.name,
      translations: locales,
      at,
      ...(value.id !== undefined ? { id: value.id } : {}),
      ...(value.description !== undefined ? { description: value.description } : {}),
      ...(value.position !== undefined ? { position: value.position } : {}),
      ...(value.category !== undefined ? { category: toRef(value.category) } : {}),
    });
  }
  linkCategories(out, broken, diagnostics);
  return { files: out, brokenSections };
}

/** The folders from `dir` up to the docs root, nearest first. */
function upwards(dir: string): string[] {
  const chain: string[] = [];
  let d = dir;
  while (d !== '.' && d !== '') {
    chain.push(d);
    d = path.posix.dirname(d);
  }
  chain.push('.');
  return chain;
}

/** Each section's category: its own `category:`, else the nearest `_category.yml` above it. */
function linkCategories(files: StructureFile[], broken: ReadonlySet<string>, diagnostics: Diagnostic[]): void {
  const categories = new Map(files.filter((f) => f.kind === 'category').map((f) => [f.dir, f] as const));
  for (const s of files) {
    if (s.kind !== 'section') continue;
    const above = upwards(s.dir)
      .slice(1)
      .map((d) => categories.get(d))
      .find((c) => c !== undefined);
    if (s.category && above) {
      diagnostics.push({
        severity: 'error',
        ...(s.at.category ?? s.at.start),
        message: `category: is set, but the folder above has ${above.file}`,
        hint: 'a section in a category folder belongs to that category: remove category: or move the folder',
      });
      continue;
    }
    if (above) {
      s.category = above.id !== undefined ? { kind: 'id', id: above.id } : { kind: 'name', name: above.name };
      s.categoryFile = above.file;
    } else if (
      !s.category &&
      !upwards(s.dir)
        .slice(1)
        .some((d) => broken.has(d))
    ) {
      diagnostics.push({
        severity: 'error',
        ...s.at.start,
        message: 'this section has no category',
        hint: 'set category: (a category name or id), or put the folder in one with a _category.yml',
      });
    }
  }
}

/**
 * The rule for articles: a file that names no section of its own (in its front matter or a
 * `_defaults.yml`) belongs to the section of the nearest `_section.yml` at or above its folder.
 */
export function assignSections(
  articles: SourceArticle[],
  files: readonly StructureFile[],
  /** Folders whose `_section.yml` has errors (reported): their articles are held back with no error of their own. */
  brokenSections: ReadonlyMap<string, string> = new Map(),
): void {
  const sections = new Map<string, { file: string; at?: Located }>(
    files.filter((f) => f.kind === 'section').map((f) => [f.dir, { file: f.file, at: f.at.name ?? f.at.start }] as const),
  );
  for (const [dir, file] of brokenSections) sections.set(dir, { file });
  if (sections.size === 0) return;
  for (const a of articles) {
    if (a.meta.section !== undefined) continue;
    const dir = path.posix.dirname(a.key);
    const found = upwards(dir)
      .map((d) => sections.get(d))
      .find((s) => s !== undefined);
    if (!found) continue;
    a.sectionFile = found.file;
    if (found.at) a.locations.section = found.at;
  }
}
