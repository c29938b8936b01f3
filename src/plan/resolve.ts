import type { Diagnostic, DiagnosticCode } from '../diagnostics.js';
import type { RemoteSnapshot } from '../remote/snapshot.js';
import type { AuthorRef, Ref } from '../source/schema.js';
import type { Located } from '../source/types.js';
import { isPlaceholder } from '../shared/placeholders.js';
import { closest } from '../suggest.js';

interface Named {
  id: number;
  name: string;
}

type Result<T> = { ok: true; value: T } | { ok: false; diagnostic: Diagnostic };

const fail = (at: Located, message: string, hint?: string, code?: DiagnosticCode): Result<never> => ({
  ok: false,
  diagnostic: { severity: 'error', ...(code ? { code } : {}), ...at, message, ...(hint ? { hint } : {}) },
});

/** `Account & billing/FAQ` and `account & billing /  faq` name the same section. */
export const normalizeName = (s: string) =>
  s
    .toLowerCase()
    .replace(/\s*\/\s*/g, ' / ')
    .replace(/\s+/g, ' ')
    .trim();

/** ` (alias "Billing" in docs/zendesk-guide.yml:4)`, so an error about a target names its alias too. */
const viaAlias = (ref: Ref) => (ref.via ? ` (alias "${ref.via.alias}" in ${ref.via.file}:${ref.via.line})` : '');

/**
 * Each list's items by normalized name and label, made once per list and labelling: every
 * article names its section, group and segment, and normalizing every candidate for each of
 * 13,334 articles was 30 MB of garbage in the largest help center's plan.
 */
const nameIndexes = new WeakMap<Named[], { label: (n: Named) => string; length: number; index: Map<string, Named[]> }>();

function namesOf(list: Named[], label: (n: Named) => string): Map<string, Named[]> {
  const known = nameIndexes.get(list);
  if (known && known.label === label && known.length === list.length) return known.index;
  const index = new Map<string, Named[]>();
  for (const n of list) {
    for (const name of new Set([normalizeName(n.name), normalizeName(label(n))])) index.set(name, [...(index.get(name) ?? []), n]);
  }
  nameIndexes.set(list, { label, length: list.length, index });
  return index;
}

// One function, not a default closure per call: the name index is cached per list and label.
const ownName = (n: Named) => n.name;

function byIdOrName(ref: Ref, list: Named[], what: string, at: Located, label: (n: Named) => string = ownName): Result<number> {
  const plural = what.endsWith('y') ? `${what.slice(0, -1)}ies` : `${what}s`;
  const some = (items: Named[]) =>
    `existing ${plural}: ${items
      .slice(0, 5)
      .map((n) => `"${label(n)}" (${n.id})`)
      .join(', ')}${items.length > 5 ? ', …' : ''}`;
  if (ref.kind === 'id') {
    if (list.some((n) => n.id === ref.id)) return { ok: true, value: ref.id };
    return fail(
      at,
      `${what} ${ref.id} does not exist in the help center${viaAlias(ref)}`,
      list.length ? some(list) : `the help center has no ${plural}`,
    );
  }
  if (isPlaceholder(ref.name)) {
    // init wrote it without a help center to read: say what goes there, not "did you mean".
    return fail(
      at,
      `${what} is still the placeholder "${ref.name}" that init wrote: set it to one of the help center's ${plural}`,
      list.length ? some(list) : `the help center has no ${plural}`,
    );
  }
  const matches = namesOf(list, label).get(normalizeName(ref.name)) ?? [];
  if (matches.length === 1) return { ok: true, value: matches[0]!.id };
  if (matches.length > 1) {
    return fail(
      at,
      `${what} "${ref.name}" is ambiguous: ${matches.length} match${viaAlias(ref)}`,
      `use one of ${matches.map((m) => `"${label(m)}"`).join(', ')} or the id`,
      'ambiguous-name',
    );
  }
  // A typo is usually in the last part: compare with bare names too, then show the full labels.
  const near = new Set(
    [
      ...closest(ref.name, list.map(label)),
      ...closest(
        ref.name,
        list.map((n) => n.name),
      ),
    ].map((x) => x.toLowerCase()),
  );
  const suggestions = list.filter((n) => near.has(n.name.toLowerCase()) || near.has(label(n).toLowerCase())).map(label);
  const hint = suggestions.length
    ? `did you mean ${suggestions
        .slice(0, 4)
        .map((x) => `"${x}"`)
        .join(', ')}?`
    : list.length
      ? some(list)
      : `the help center has no ${plural}`;
  return fail(at, `unknown ${what} "${ref.name}"${viaAlias(ref)}`, hint, 'unknown-name');
}

/** Sections are named `Section` or, where names repeat across categories, `Category / Section`. */
const sectionLabels = new WeakMap<RemoteSnapshot['categories'], (s: Named) => string>();

/** `Category / Section`, or the bare name for a section whose category is not known. */
function sectionLabel(categoryList: RemoteSnapshot['categories']): (s: Named) => string {
  let label = sectionLabels.get(categoryList);
  if (!label) {
    const categories = new Map(categoryList.map((c) => [c.id, c.name]));
    label = (s: Named) => {
      const category = categories.get((s as { category_id?: number }).category_id ?? -1);
      return category ? `${category} / ${s.name}` : s.name;
    };
    sectionLabels.set(categoryList, label);
  }
  return label;
}

export function resolveSection(ref: Ref, snapshot: RemoteSnapshot, at: Located): Result<number> {
  const label = sectionLabel(snapshot.categories);
  const result = byIdOrName(ref, snapshot.sections, 'section', at, label);
  // A `Category / Section` that does not exist may be meant to be made: say how.
  const placeholder = ref.kind === 'name' && isPlaceholder(ref.name);
  if (!result.ok && placeholder && snapshot.sections.length === 0) {
    result.diagnostic.hint =
      'the help center has no sections: name one as `Category / Section` and set `create_sections: true` in zendesk-guide.yml';
  }
  if (!result.ok && ref.kind === 'name' && ref.name.includes('/') && result.diagnostic.code === 'unknown-name') {
    const hint = result.diagnostic.hint;
    result.diagnostic.hint = `${hint ? `${hint}; ` : ''}to create it, set \`create_sections: true\` in zendesk-guide.yml (or the action's create-sections input, or --create-sections on the CLI)`;
  }
  return result;
}

/** A list the credentials may not read: an id is taken as given, a name cannot be resolved and the error says which right is missing. */
function unlisted(ref: Ref, what: string, refused: string, at: Located): Result<number> {
  if (ref.kind === 'id') return { ok: true, value: ref.id };
  return fail(
    at,
    `${what} "${ref.name}" could not be resolved${viaAlias(ref)}: ${refused}`,
    `use the ${what}'s id instead of its name, or publish with a Help Center manager's credentials`,
  );
}

export function resolvePermissionGroup(ref: Ref, snapshot: RemoteSnapshot, at: Located): Result<number> {
  const refused = snapshot.unreadable?.permissionGroups;
  if (refused) return unlisted(ref, 'permission group', refused, at);
  return byIdOrName(ref, snapshot.permissionGroups, 'permission group', at);
}

/** `everyone` is Zendesk's null segment. */
export function resolveUserSegment(ref: Ref, snapshot: RemoteSnapshot, at: Located): Result<number | null> {
  if (ref.kind === 'name' && ref.name.toLowerCase() === 'everyone') return { ok: true, value: null };
  const refused = snapshot.unreadable?.userSegments;
  if (refused) return unlisted(ref, 'user segment', refused, at);
  return byIdOrName(ref, snapshot.userSegments, 'user segment', at);
}

/**
 * True when some section name in the files does not name exactly one section by itself
 * (`Category / Section`, a duplicate name, or a typo that deserves category-qualified hints).
 */
export function sectionNamesNeedCategories(articles: { meta: { section?: Ref | undefined } }[], sections: { name: string }[]): boolean {
  const counts = new Map<string, number>();
  for (const s of sections) counts.set(s.name.toLowerCase(), (counts.get(s.name.toLowerCase()) ?? 0) + 1);
  return articles.some((a) => a.meta.section?.kind === 'name' && counts.get(a.meta.section.name.toLowerCase()) !== 1);
}

/** Several segments; `everyone` alone is Zendesk's empty list. Every unknown name is reported. */
export function resolveUserSegments(refs: readonly Ref[], snapshot: RemoteSnapshot, at: Located): Result<number[]> {
  const ids: number[] = [];
  for (const ref of refs) {
    const one = resolveUserSegment(ref, snapshot, at);
    if (!one.ok) return one;
    if (one.value === null) {
      if (refs.length > 1) return fail(at, '"everyone" cannot be combined with other user segments', 'everyone already sees the article');
      continue;
    }
    if (!ids.includes(one.value)) ids.push(one.value);
  }
  return { ok: true, value: ids };
}

/** Zendesk's limit of content tags on one article (Guide product limits, support.zendesk.com article 4408831783962). */
export const MAX_TAGS_PER_ARTICLE = 25;
/** A content tag this run creates is `new:<name>` until apply knows its id. */
export const NEW_TAG = 'new:';

/** Content tag names to ids; a name the account lacks becomes `new:<name>`, created once before the articles. */
export function resolveContentTags(names: readonly string[], snapshot: RemoteSnapshot, at: Located): Result<string[]> {
  if (names.length > MAX_TAGS_PER_ARTICLE) {
    return fail(at, `${names.length} content tags, more than the ${MAX_TAGS_PER_ARTICLE} an article may have`, 'keep 25 at most');
  }
  const byName = new Map((snapshot.extras?.contentTags ?? []).map((t) => [t.name.toLowerCase(), t.id] as const));
  return { ok: true, value: names.map((n) => byName.get(n.toLowerCase()) ?? `${NEW_TAG}${n}`) };
}

const STAFF = new Set(['agent', 'admin']);

/** An author by email or id: an agent or admin, else an error with the closest staff member. */
export function resolveAuthor(ref: AuthorRef, snapshot: RemoteSnapshot, at: Located): Result<number> {
  const users = snapshot.extras?.users ?? [];
  const user =
    ref.kind === 'id' ? users.find((u) => u.id === ref.id) : users.find((u) => u.email?.toLowerCase() === ref.email.toLowerCase());
  const written = ref.kind === 'id' ? `user ${ref.id}` : ref.email;
  const staff = (snapshot.extras?.staff ?? []).filter((u) => STAFF.has(u.role ?? ''));
  const near = closest(ref.kind === 'email' ? ref.email : String(ref.id), staff.map((u) => u.email ?? '').filter(Boolean));
  const hint = near.length
    ? `did you mean ${near.map((e) => `"${e}"`).join(', ')}?`
    : 'an author must be an agent or admin of this Zendesk account';
  if (!user) return fail(at, `author ${written} is not a user of this Zendesk account`, hint);
  if (!STAFF.has(user.role ?? '')) {
    return fail(at, `author ${written} is an end user: an article's author must be an agent or admin`, hint);
  }
  return { ok: true, value: user.id };
}
