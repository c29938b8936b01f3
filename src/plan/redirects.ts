import type { StoredArticle, ZdRedirectRule } from '../remote/types.js';
import type { RedirectSource } from '../source/schema.js';
import type { Located, SourceArticle } from '../source/types.js';
import { reportError, type PlanContext } from './context.js';
import { translationsOf } from './remote-index.js';
import type { ArticlePlan, Operation } from './types.js';

/** Zendesk's limit: "There is a limit of 50,000 redirect rules per brand" (Redirect Rules API reference). */
export const MAX_REDIRECT_RULES = 50_000;
/** A permanent redirect. An existing rule with 308 (permanent as well) is left as it is. */
export const REDIRECT_STATUS = 301;
const PERMANENT = new Set(['301', '308']);

/** `/hc/en-us/articles/123` or `/hc/en-us/articles/123-Some-title`: the locale and the id. */
const ARTICLE_PATH = /^\/hc\/([a-z]{2,3}(?:-[a-z0-9]{2,8})*)\/articles\/(\d+)(?:-[^/]*)?\/?$/i;

/** What one `redirect_from` entry resolved to: an article (archived here when it is this source's) or a plain path. */
type Replaced =
  | { kind: 'article'; id: number; locales: string[]; archive: StoredArticle | undefined; key: string | undefined }
  | { kind: 'path'; path: string };

export interface RedirectInput {
  sources: readonly SourceArticle[];
  /** The article each file is (undefined for a new one); files whose identity failed are absent. */
  matched: ReadonlyMap<SourceArticle, StoredArticle | undefined>;
  /** The plans made so far, by key: the redirects are added to them. */
  plans: ReadonlyMap<string, ArticlePlan>;
}

/**
 * `redirect_from`: each article a file replaces is archived (when it is this source's) and every
 * locale of it redirected here. Rules are created or updated, never deleted: a redirect outlives
 * the file that asked for it. Returns the archive plans of the replaced articles; the redirect
 * operations go on the replacing articles' plans.
 */
export function planRedirects(input: RedirectInput, ctx: PlanContext): ArticlePlan[] {
  const users = input.sources.filter((s) => s.meta.redirect_from?.length);
  if (!users.length) return [];
  const rules = new Map((ctx.snapshot.extras?.redirectRules ?? []).map((r) => [r.redirect_from.toLowerCase(), r] as const));
  const error = ctx.snapshot.extras?.redirectRulesError;
  const keys = new Set(input.sources.map((s) => s.key.toLowerCase()));
  const claimedBy = new Map<number, SourceArticle>();
  for (const [s, a] of input.matched) if (a) claimedBy.set(a.id, s);
  const archives = new Map<number, ArticlePlan>();
  const seen = new Map<string, SourceArticle>();
  let added = 0;
  for (const source of users) {
    const at = source.locations.redirect_from ?? source.start;
    if (error) {
      reportError(ctx, at, error, 'redirect_from needs a Guide admin; leave it out, or publish with an admin');
      continue;
    }
    const plan = input.plans.get(source.key);
    const self = input.matched.get(source);
    const replaced = (source.meta.redirect_from ?? []).flatMap((entry) => resolveEntry(entry, self, at, keys, claimedBy, ctx, rules) ?? []);
    const locales = new Set([plan?.sourceLocale ?? ctx.defaultLocale, ...source.translations.map((t) => t.locale)]);
    const ops: Extract<Operation, { kind: 'set-redirect' }>[] = [];
    for (const r of replaced) {
      // Archived only with a plan to write its rules: apply archives it after them (apply.ts).
      if (r.kind === 'article' && r.archive && plan && !archives.has(r.id)) archives.set(r.id, archivePlan(r.archive, r.key, source));
      for (const from of fromsOf(r)) {
        const twin = seen.get(from.path.toLowerCase());
        if (twin === source) continue;
        if (twin) {
          reportError(ctx, at, `${from.path} is also redirected by ${twin.file}`, 'one article can replace it, not two');
          continue;
        }
        seen.set(from.path.toLowerCase(), source);
        const locale = from.locale !== undefined && locales.has(from.locale) ? from.locale : (plan?.sourceLocale ?? ctx.defaultLocale);
        const rule = rules.get(from.path.toLowerCase());
        if (rule && self && pointsAt(rule, locale, self.id)) continue;
        if (!rule && ++added + rules.size === MAX_REDIRECT_RULES + 1) {
          reportError(
            ctx,
            at,
            `more than the ${MAX_REDIRECT_RULES} redirect rules Zendesk allows per brand`,
            `${rules.size} exist already`,
          );
        }
        ops.push({ kind: 'set-redirect', from: from.path, locale, status: REDIRECT_STATUS, update: rule !== undefined });
      }
    }
    if (plan && ops.length) addRedirects(plan, ops);
  }
  return [...archives.values()];
}

/** The locale and id of the article a rule sends to (by path or full URL, with or without slug). */
function targetOf(rule: ZdRedirectRule): { locale: string; id: number } | undefined {
  let path: string;
  try {
    path = new URL(rule.redirect_to, 'https://placeholder.invalid').pathname;
  } catch {
    return undefined;
  }
  const m = ARTICLE_PATH.exec(path);
  return m ? { locale: m[1]!.toLowerCase(), id: Number(m[2]) } : undefined;
}

const pointsAtId = (rule: ZdRedirectRule, id: number) => targetOf(rule)?.id === id;

/** The rule already sends its path, permanently, to the article in that locale. */
function pointsAt(rule: ZdRedirectRule, locale: string, id: number): boolean {
  const target = targetOf(rule);
  return PERMANENT.has(String(rule.redirect_status)) && target?.locale === locale && target.id === id;
}

/** The paths to redirect for one replaced thing, each with the locale it is in (if any). */
function fromsOf(r: Replaced): { path: string; locale: string | undefined }[] {
  if (r.kind === 'path') {
    const m = ARTICLE_PATH.exec(r.path);
    return [{ path: m ? `/hc/${m[1]!.toLowerCase()}/articles/${m[2]}` : r.path, locale: m?.[1]?.toLowerCase() }];
  }
  return r.locales.map((locale) => ({ path: `/hc/${locale}/articles/${r.id}`, locale }));
}

function addRedirects(plan: ArticlePlan, ops: Extract<Operation, { kind: 'set-redirect' }>[]): void {
  plan.operations.push(...ops);
  plan.reasons.push(`redirects from ${ops.map((o) => o.from).join(', ')}`);
  if (plan.action === 'unchanged') {
    plan.action = 'update';
    delete plan.unrecorded;
  }
}

function archivePlan(article: StoredArticle, key: string | undefined, by: SourceArticle): ArticlePlan {
  return {
    key: key ?? `replaced/${article.id}`,
    file: undefined,
    title: article.title,
    articleId: article.id,
    htmlUrl: article.html_url,
    sourceLocale: article.source_locale,
    action: 'archive',
    reasons: [`replaced by ${by.file}`],
    drifted: [],
    operations: [{ kind: 'archive' }],
    knownAssets: {},
    waitsFor: [],
    replacedBy: { key: by.key, file: by.file },
  };
}

function localesOf(article: StoredArticle, ctx: PlanContext): string[] {
  const out = translationsOf(article)
    .map((t) => t.locale.toLowerCase())
    .filter((l) => ctx.enabledLocales.has(l));
  return out.length ? out : [article.source_locale.toLowerCase()];
}

/**
 * The locales of the rules that already send `/hc/{locale}/articles/{id}` to this article: what an
 * earlier run redirected for an article that is archived now, so a re-run redirects the same set.
 */
function redirectedLocales(id: number, self: StoredArticle | undefined, rules: readonly ZdRedirectRule[]): string[] {
  if (!self) return [];
  const out: string[] = [];
  for (const r of rules) {
    const from = ARTICLE_PATH.exec(r.redirect_from);
    if (from && Number(from[2]) === id && pointsAtId(r, self.id)) out.push(from[1]!.toLowerCase());
  }
  return out;
}

/** The rules that send an article's URLs to this one: what a file entry stood for once its file's article was archived. */
function rulesTo(self: StoredArticle | undefined, rules: readonly ZdRedirectRule[]): Replaced[] {
  if (!self) return [];
  return rules
    .filter((r) => ARTICLE_PATH.test(r.redirect_from) && pointsAtId(r, self.id))
    .map((r) => ({ kind: 'path', path: r.redirect_from }));
}

// One branch per kind of entry; each error names the entry as written.
function resolveEntry(
  entry: RedirectSource,
  self: StoredArticle | undefined,
  at: Located,
  keys: ReadonlySet<string>,
  claimedBy: ReadonlyMap<number, SourceArticle>,
  ctx: PlanContext,
  rules: ReadonlyMap<string, ZdRedirectRule>,
): Replaced | Replaced[] | undefined {
  const all = [...rules.values()];
  if (entry.kind === 'file') {
    const key = entry.file.replace(/^\.\//, '').replace(/\.md$/i, '');
    if (keys.has(key.toLowerCase())) {
      reportError(
        ctx,
        at,
        `redirect_from names ${entry.file}, which is still a file here`,
        'remove that file first: a file that exists keeps its article',
      );
      return undefined;
    }
    const id = ctx.state?.articles[key]?.id ?? ownByMarker(key, ctx)?.id;
    // Archived by an earlier run, its entry left the state record: the rules that run made stand for it.
    if (id === undefined && rulesTo(self, all).length) return rulesTo(self, all);
    if (id === undefined) {
      reportError(
        ctx,
        at,
        `redirect_from names ${entry.file}, which is not a file this source published`,
        'name the article by id or by its Help Center path',
      );
      return undefined;
    }
    return byId(id, undefined, self, at, claimedBy, ctx, entry.file, all);
  }
  if (entry.kind === 'id') return byId(entry.id, undefined, self, at, claimedBy, ctx, `article ${entry.id}`, all);
  const m = ARTICLE_PATH.exec(entry.path);
  if (!m) return { kind: 'path', path: entry.path.replace(/\/+$/, '') || '/' };
  return byId(Number(m[2]), m[1]!.toLowerCase(), self, at, claimedBy, ctx, entry.path, all);
}

function ownByMarker(key: string, ctx: PlanContext): StoredArticle | undefined {
  return ctx.remote.byKey.get(key)?.find((a) => ctx.claim(a) === 'own');
}

function byId(
  id: number,
  pathLocale: string | undefined,
  self: StoredArticle | undefined,
  at: Located,
  claimedBy: ReadonlyMap<number, SourceArticle>,
  ctx: PlanContext,
  written: string,
  rules: readonly ZdRedirectRule[],
): Replaced | undefined {
  if (self?.id === id) {
    reportError(ctx, at, `redirect_from names this article itself (${written})`);
    return undefined;
  }
  const live = ctx.snapshot.articles.get(id);
  if (!live) {
    // Archived (or deleted): its URL answers 404, so a rule takes effect. Its locales: those an
    // earlier run redirected (it knew them while the article was live), else the path's, else every one.
    const before = redirectedLocales(id, self, rules);
    const locales = before.length ? before : pathLocale ? [pathLocale] : [...ctx.enabledLocales];
    return { kind: 'article', id, locales, archive: undefined, key: undefined };
  }
  const holder = claimedBy.get(id);
  if (holder) {
    reportError(
      ctx,
      at,
      `redirect_from names ${written}, which is still published from ${holder.file}`,
      'remove that file, or drop it from redirect_from',
    );
    return undefined;
  }
  // Made by hand in Guide (nothing records it as published) or another source's: not ours to archive.
  if (!ctx.managed(live.id) || ctx.claim(live) !== 'own') {
    const owner = ctx.ownerOf(live);
    reportError(
      ctx,
      at,
      `redirect_from names ${written}, which is not this source's${owner ? ` (it is ${owner}'s)` : ''} and is not archived`,
      'archive it in Guide first, or adopt it (a file with its `id` and `adopt: true`)',
    );
    return undefined;
  }
  const key = ctx.stateByArticle.get(id)?.key ?? [...ctx.remote.byKey].find(([, l]) => l.some((a) => a.id === id))?.[0];
  return { kind: 'article', id, locales: localesOf(live, ctx), archive: live, key };
}
