import type { Diagnostic } from '../diagnostics.js';
import type { RemoteSnapshot } from '../remote/snapshot.js';
import type { Ref } from '../source/schema.js';
import type { Located } from '../source/types.js';
import { didYouMean } from '../suggest.js';

interface Named {
  id: number;
  name: string;
}

type Result<T> = { ok: true; value: T } | { ok: false; diagnostic: Diagnostic };

const fail = (at: Located, message: string, hint?: string): Result<never> => ({
  ok: false,
  diagnostic: { severity: 'error', ...at, message, ...(hint ? { hint } : {}) },
});

function byIdOrName(ref: Ref, list: Named[], what: string, at: Located, label: (n: Named) => string = (n) => n.name): Result<number> {
  if (ref.kind === 'id') {
    if (list.some((n) => n.id === ref.id)) return { ok: true, value: ref.id };
    return fail(at, `${what} ${ref.id} does not exist in the help center`, `existing: ${list.slice(0, 5).map((n) => `${label(n)} (${n.id})`).join(', ')}`);
  }
  const wanted = ref.name.toLowerCase();
  const matches = list.filter((n) => n.name.toLowerCase() === wanted || label(n).toLowerCase() === wanted);
  if (matches.length === 1) return { ok: true, value: matches[0]!.id };
  if (matches.length > 1) {
    return fail(at, `${what} "${ref.name}" is ambiguous: ${matches.length} match`, `use one of ${matches.map((m) => `"${label(m)}"`).join(', ')} or the id`);
  }
  return fail(at, `unknown ${what} "${ref.name}"`, didYouMean(ref.name, list.map(label)));
}

/** Sections are named `Section` or, where names repeat across categories, `Category / Section`. */
export function resolveSection(ref: Ref, snapshot: RemoteSnapshot, at: Located): Result<number> {
  const categories = new Map(snapshot.categories.map((c) => [c.id, c.name]));
  const label = (s: Named) => {
    const category = categories.get((s as { category_id?: number }).category_id ?? -1);
    return category ? `${category} / ${s.name}` : s.name;
  };
  return byIdOrName(ref, snapshot.sections, 'section', at, label);
}

export function resolvePermissionGroup(ref: Ref, snapshot: RemoteSnapshot, at: Located): Result<number> {
  return byIdOrName(ref, snapshot.permissionGroups, 'permission group', at);
}

/** `everyone` is Zendesk's null segment. */
export function resolveUserSegment(ref: Ref, snapshot: RemoteSnapshot, at: Located): Result<number | null> {
  if (ref.kind === 'name' && ref.name.toLowerCase() === 'everyone') return { ok: true, value: null };
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
