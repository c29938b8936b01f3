import path from 'node:path';
import type { AuthConfig } from '../config/types.js';
import { resolveNamespace } from '../config/namespace.js';
import type { Logger } from '../logger.js';
import { ZendeskClient } from '../remote/client.js';
import { ZendeskApiError } from '../remote/errors.js';
import type { ZdCategory, ZdPermissionGroup, ZdSection, ZdUserSegment } from '../remote/types.js';
import { PLACEHOLDERS } from '../shared/placeholders.js';

/** What the starter's `_defaults.yml` and config file say, and where each value came from. */
export interface Starter {
  section: string;
  permissionGroup: string;
  userSegment: string;
  /** The section is to be made by the first publish (`create_sections: true`). */
  createSections: boolean;
  /** One line per value, for init's output: "section "Installation" (the first of 5)". */
  notes: string[];
}

/** What `init` read from the help center; a list its credentials may not read is undefined. */
export interface HelpCenterNames {
  categories: ZdCategory[];
  sections: ZdSection[];
  permissionGroups: ZdPermissionGroup[] | undefined;
  userSegments: ZdUserSegment[] | undefined;
}

/** A section made by the first publish when the help center has none. */
export const NEW_SECTION = 'Documentation / Getting started';

/** Without a help center to read: placeholders that validate accepts and plan explains. */
export function placeholderStarter(): Starter {
  return {
    section: PLACEHOLDERS.section,
    permissionGroup: PLACEHOLDERS.permission_group,
    userSegment: 'everyone',
    createSections: false,
    notes: [],
  };
}

const byPosition = <T extends { position?: number; id: number }>(a: T, b: T) => (a.position ?? 0) - (b.position ?? 0) || a.id - b.id;

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
const unique = (name: string, names: readonly string[]) => names.filter((n) => norm(n) === norm(name)).length === 1;

/** A name that names one item of the list, else its id: the starter must resolve as written. */
function nameOrId(item: { id: number; name: string }, list: readonly { name: string }[]): string {
  return unique(
    item.name,
    list.map((x) => x.name),
  )
    ? item.name
    : String(item.id);
}

/**
 * The starter's values from the help center's own names: its first section (by category, then
 * position), named `Category / Section` when the bare name repeats; its "Agents" permission group
 * (else the first); the staff-only user segment when there is one, so the sample articles are
 * not shown to everyone. A help center without sections gets one made by the first publish.
 */
export function starterFrom(names: HelpCenterNames): Starter {
  const notes: string[] = [];
  const starter = placeholderStarter();
  const categories = new Map(names.categories.map((c) => [c.id, c]));
  const sections = [...names.sections].sort(
    (a, b) => byPosition(categories.get(a.category_id) ?? { id: 0 }, categories.get(b.category_id) ?? { id: 0 }) || byPosition(a, b),
  );
  const first = sections[0];
  if (first) {
    const label = (s: ZdSection) => `${categories.get(s.category_id)?.name ?? ''} / ${s.name}`;
    // The bare name where it is the only one, else `Category / Section`, else the id.
    starter.section = unique(
      first.name,
      sections.map((s) => s.name),
    )
      ? first.name
      : categories.has(first.category_id) && unique(label(first), sections.map(label))
        ? label(first)
        : String(first.id);
    notes.push(`section "${starter.section}": the first of the help center's ${sections.length}`);
  } else {
    starter.section = NEW_SECTION;
    starter.createSections = true;
    notes.push(`section "${NEW_SECTION}": the help center has none, so the first publish makes it (create_sections: true)`);
  }
  const groups = names.permissionGroups;
  const group = groups?.find((g) => g.name.trim().toLowerCase() === 'agents') ?? [...(groups ?? [])].sort((a, b) => a.id - b.id)[0];
  if (group && groups) {
    starter.permissionGroup = nameOrId(group, groups);
    notes.push(`permission group "${starter.permissionGroup}": who may edit the articles in Guide`);
  } else {
    notes.push(
      groups
        ? 'permission group: the help center has none; set one in _defaults.yml'
        : 'permission group: these credentials may not list them',
    );
  }
  const staff = names.userSegments?.find((s) => s.user_type === 'staff');
  if (staff && names.userSegments) {
    starter.userSegment = nameOrId(staff, names.userSegments);
    notes.push(`user segment "${starter.userSegment}": only staff see the sample articles; everyone makes them public`);
  } else {
    notes.push('user segment "everyone": the articles are public once published');
  }
  return { ...starter, notes };
}

/** A list the credentials may not read (403) is left out; anything else stops init before a file is written. */
async function optional<T>(list: Promise<T[]>): Promise<T[] | undefined> {
  try {
    return await list;
  } catch (error) {
    if (error instanceof ZendeskApiError && error.status === 403) return undefined;
    throw error;
  }
}

/** The names `init` needs, read in parallel: four lists, a page or two each. */
export async function readHelpCenterNames(baseUrl: string, auth: AuthConfig, logger: Logger): Promise<HelpCenterNames> {
  const client = new ZendeskClient({ baseUrl, auth, logger, concurrency: 4 });
  const [categories, sections, permissionGroups, userSegments] = await Promise.all([
    client.listCategories(),
    client.listSections(),
    optional(client.listPermissionGroups()),
    optional(client.listUserSegments()),
  ]);
  return { categories, sections, permissionGroups, userSegments };
}

/**
 * The namespace init writes: the one a run here would derive (repository and docs path), so the
 * clone, the workflow and a fork all agree on it. Where no repository is known yet, the folder's
 * name stands in for it, which is more distinct than the docs path alone.
 */
export function starterNamespace(repository: string | undefined, repoRoot: string, docsPath: string): string {
  if (repository) return resolveNamespace(undefined, repository, docsPath).value;
  const folder = path
    .basename(repoRoot)
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '');
  return folder ? `${folder}:${docsPath}` : docsPath;
}
