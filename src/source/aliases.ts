import type { Alias, Aliases } from '../config/types.js';
import { toRef, type Ref } from './schema.js';
import type { SourceArticle } from './types.js';

const FIELDS = [
  ['section', 'sections'],
  ['permission_group', 'permissionGroups'],
  ['user_segment', 'userSegments'],
] as const;

/** Case-insensitive like the help center's own names, so `billing` finds the alias `Billing`. */
function find(map: Record<string, Alias>, name: string): [string, Alias] | undefined {
  const wanted = name.toLowerCase();
  return Object.entries(map).find(([alias]) => alias.toLowerCase() === wanted);
}

/** One reference with the config file's aliases applied; the alias is remembered for errors. */
export function expandAlias(ref: Ref, map: Record<string, Alias>): Ref {
  if (ref.kind !== 'name') return ref;
  const hit = find(map, ref.name);
  if (!hit) return ref;
  const [alias, { target, at }] = hit;
  return { ...toRef(target), via: { alias, ...at } };
}

/**
 * Pure: replaces alias names in each article's `section`, `permission_group` and `user_segment`
 * (after folder defaults were merged, so an alias works in a `_defaults.yml` too). Aliases are
 * looked up before the help center's names, so one can also settle an ambiguous name.
 */
export function applyAliases(articles: SourceArticle[], aliases: Aliases | undefined): SourceArticle[] {
  if (!aliases) return articles;
  return articles.map((article) => {
    let meta = article.meta;
    for (const [field, key] of FIELDS) {
      const ref = meta[field];
      if (!ref) continue;
      const expanded = expandAlias(ref, aliases[key]);
      if (expanded !== ref) meta = { ...meta, [field]: expanded };
    }
    const segments = meta.user_segments;
    if (segments?.length) {
      const expanded = segments.map((ref) => expandAlias(ref, aliases.userSegments));
      if (expanded.some((ref, i) => ref !== segments[i])) meta = { ...meta, user_segments: expanded };
    }
    return meta === article.meta ? article : { ...article, meta };
  });
}
