import type { StoredArticle, ZdCategory, ZdPermissionGroup, ZdSection, ZdUserSegment } from '../remote/types.js';
import type { FolderDefaults } from './state.js';

/** A file-system friendly name: lower case, ASCII letters and digits joined by `-`. */
export function slug(text: string, max = 60): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.length > max ? s.slice(0, max).replace(/-+$/, '') : s;
}

/** The structure lookups, for names. */
export interface Structure {
  categories: ZdCategory[];
  sections: ZdSection[];
  permissionGroups: ZdPermissionGroup[];
  userSegments: ZdUserSegment[];
}

/**
 * How a record is written in front matter: by name when the publisher resolves that name to
 * exactly this record (names compared without regard to case; a name of digits would read as an
 * id), else by id.
 */
export class Namer {
  private readonly sectionLabel = new Map<number, string | number>();
  private readonly groupLabel = new Map<number, string | number>();
  private readonly segmentLabel = new Map<number, string | number>();

  constructor(structure: Structure) {
    const categories = new Map(structure.categories.map((c) => [c.id, c.name]));
    const count = (names: string[]) => {
      const m = new Map<string, number>();
      for (const n of names) m.set(n.toLowerCase().trim(), (m.get(n.toLowerCase().trim()) ?? 0) + 1);
      return (n: string) => m.get(n.toLowerCase().trim()) ?? 0;
    };
    const usable = (name: string) => name.trim() !== '' && !/^\d+$/.test(name.trim()) && !name.includes('/');
    const full = (s: ZdSection) => {
      const c = categories.get(s.category_id);
      return c === undefined ? undefined : `${c} / ${s.name}`;
    };
    const fullNames = structure.sections.map(full).filter((x): x is string => x !== undefined);
    const bare = count([...structure.sections.map((s) => s.name), ...fullNames]);
    const qualified = count(fullNames);
    for (const s of structure.sections) {
      const f = full(s);
      const category = categories.get(s.category_id);
      if (usable(s.name) && bare(s.name) === 1) this.sectionLabel.set(s.id, s.name);
      else if (f && category !== undefined && usable(s.name) && usable(category) && qualified(f) === 1 && bare(f) === 1)
        this.sectionLabel.set(s.id, f);
      else this.sectionLabel.set(s.id, s.id);
    }
    const groups = count(structure.permissionGroups.map((g) => g.name));
    for (const g of structure.permissionGroups) this.groupLabel.set(g.id, usable(g.name) && groups(g.name) === 1 ? g.name : g.id);
    const segments = count([...structure.userSegments.map((s) => s.name), 'everyone']);
    for (const s of structure.userSegments) this.segmentLabel.set(s.id, usable(s.name) && segments(s.name) === 1 ? s.name : s.id);
  }

  section(id: number): string | number {
    return this.sectionLabel.get(id) ?? id;
  }

  permissionGroup(id: number): string | number {
    return this.groupLabel.get(id) ?? id;
  }

  userSegment(id: number | null): string | number {
    return id === null ? 'everyone' : (this.segmentLabel.get(id) ?? id);
  }
}

/** Where an article goes: docs-relative, forward slashes. */
export interface Placement {
  id: number;
  /** Docs-relative path without `.md`: the folder and the base name. */
  key: string;
  dir: string;
}

const sourceTitleOf = (a: StoredArticle) =>
  a.translations?.find((t) => t.locale.toLowerCase() === a.source_locale.toLowerCase())?.title ?? a.title;

/**
 * One folder per category and section (slugged names), one file per article named after its
 * source title. An article imported before keeps its path (so an import again, or `--since`,
 * never renames a file). A name taken by another article, folder or file gets the article's (or
 * the category's, or section's) id as a suffix: stable, whatever order the export returns.
 */
export function placeArticles(
  articles: readonly StoredArticle[],
  structure: Structure,
  previous: ReadonlyMap<number, string>,
): Placement[] {
  const sections = new Map(structure.sections.map((s) => [s.id, s]));
  const categories = new Map(structure.categories.map((c) => [c.id, c]));
  const taken = new Set<string>([...previous.values()].map((k) => k.toLowerCase()));
  const folderOf = new Map<string, string>();
  const claimFolder = (kind: string, id: number, parent: string, name: string): string => {
    const known = folderOf.get(`${kind}:${id}`);
    if (known !== undefined) return known;
    const base = slug(name) || `${kind}-${id}`;
    const join = (n: string) => (parent ? `${parent}/${n}` : n);
    const used = new Set([...folderOf.values()].map((f) => f.toLowerCase()));
    const dir = used.has(join(base).toLowerCase()) ? join(`${base}-${id}`) : join(base);
    folderOf.set(`${kind}:${id}`, dir);
    return dir;
  };
  // Folders in id order, so the suffix goes to the same one every time.
  for (const c of [...structure.categories].sort((a, b) => a.id - b.id)) claimFolder('category', c.id, '', c.name);
  for (const s of [...structure.sections].sort((a, b) => a.id - b.id)) {
    const c = categories.get(s.category_id);
    claimFolder('section', s.id, c ? claimFolder('category', c.id, '', c.name) : 'uncategorized', s.name);
  }
  const out: Placement[] = [];
  const fresh: StoredArticle[] = [];
  for (const a of articles) {
    const key = previous.get(a.id);
    if (key !== undefined) out.push({ id: a.id, key, dir: key.includes('/') ? key.slice(0, key.lastIndexOf('/')) : '' });
    else fresh.push(a);
  }
  for (const a of [...fresh].sort((x, y) => x.id - y.id)) {
    const section = sections.get(a.section_id);
    const dir = section ? (folderOf.get(`section:${section.id}`) ?? `section-${a.section_id}`) : `section-${a.section_id}`;
    const base = slug(sourceTitleOf(a)) || `article-${a.id}`;
    let key = `${dir}/${base}`;
    if (taken.has(key.toLowerCase())) key = `${dir}/${base}-${a.id}`;
    taken.add(key.toLowerCase());
    out.push({ id: a.id, key, dir });
  }
  return out;
}

/** The values every article of a folder shares, for its `_defaults.yml`. */
export function folderDefaults(values: readonly FolderDefaults[]): FolderDefaults {
  const out: FolderDefaults = {};
  for (const k of ['section', 'permission_group', 'user_segment'] as const) {
    const first = values[0]?.[k];
    if (first !== undefined && values.every((v) => v[k] === first)) out[k] = first;
  }
  return out;
}
