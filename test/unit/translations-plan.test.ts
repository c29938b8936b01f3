/**
 * Planning, pure: translations flagged outdated when their source body moves on (and cleared
 * when they are next written), and the switch of an article's source locale.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan, type PlanOptions } from '../../src/plan/plan.js';
import { bodyDigest, contentHash, normalizeHtml } from '../../src/plan/normalize.js';
import { stateHtml, stateTitle, type StateRecord } from '../../src/plan/state.js';
import type { ArticlePlan, Operation } from '../../src/plan/types.js';
import type { PreparedArticle } from '../../src/render/prepare.js';
import type { ZdArticle } from '../../src/remote/types.js';
import { CREATABLE, PLAN_DEFAULTS, prepared, publishedAs, remote, snapshot, source } from '../helpers/plan-fixtures.js';

const stateArticle = (articles: StateRecord['articles']) =>
  remote({ translations: [{ locale: 'en-us', title: stateTitle('docs'), body: stateHtml({ v: 1, root: 'docs', articles }) }] });
const hash = (title: string, html = '<p>Text.</p>') => contentHash(title, bodyDigest(normalizeHtml(html)));

/** `a.md` and `a.fr.md` as last published: Guide holds them, the state record their hashes and the source's fingerprint. */
function published(): { live: ZdArticle; state: ZdArticle } {
  const live = publishedAs(prepared(source('a', CREATABLE, ['fr'])));
  const state = stateArticle({ a: { id: live.id, t: { 'en-us': hash('Title'), fr: hash('a fr') }, s: 'fp' } });
  return { live, state };
}

/** The files now: the source body (and, when given, the French one) edited. */
function edited(o: { source?: string; fr?: string } = {}): PreparedArticle {
  const p = prepared(source('a', CREATABLE, ['fr']), {
    ...(o.source ? { source: { html: o.source } } : {}),
    ...(o.fr ? { fr: { html: o.fr } } : {}),
  });
  if (o.source) p.bodies[0]!.fingerprint = 'fp-edited';
  if (o.fr) p.bodies[1]!.fingerprint = 'fp-fr-edited';
  return p;
}

function planOne(p: PreparedArticle, articles: ZdArticle[], options: Partial<PlanOptions> = {}): ArticlePlan {
  const plan = buildPlan({ sources: [p.source], prepared: [p] }, snapshot(articles), { ...PLAN_DEFAULTS, root: 'docs', ...options });
  expect(plan.diagnostics).toEqual([]);
  return plan.articles[0]!;
}
/** Each operation's kind, with the locale of the translation operations. */
function ops(a: ArticlePlan): string[] {
  return a.operations.map((o: Operation) => {
    if (o.kind === 'mark-outdated') return `${o.kind} ${o.locale}`;
    if (o.kind === 'create-translation' || o.kind === 'update-translation') return `${o.kind} ${o.body.locale}`;
    return o.kind;
  });
}

describe('translations that fall behind', () => {
  it('a source body change flags the translation whose file did not change, before the source is written', () => {
    const { live, state } = published();
    const a = planOne(edited({ source: '<p>New text.</p>' }), [live, state]);
    expect(ops(a)).toEqual(['mark-outdated fr', 'update-translation en-us']);
    expect(a.reasons).toEqual(['body changed (en-us)', 'fr marked outdated']);
  });

  it('outdated_translations: ignore flags nothing', () => {
    const { live, state } = published();
    const a = planOne(edited({ source: '<p>New text.</p>' }), [live, state], { outdatedTranslations: 'ignore' });
    expect(ops(a)).toEqual(['update-translation en-us']);
  });

  it('a translation Guide already flags is not flagged again', () => {
    const { live, state } = published();
    live.translations!.find((t) => t.locale === 'fr')!.outdated = true;
    const a = planOne(edited({ source: '<p>New text.</p>' }), [live, state]);
    expect(ops(a)).toEqual(['update-translation en-us']);
  });

  it('a translation written in the same run is up to date: not flagged, and a flag it had is cleared in its own update', () => {
    const { live, state } = published();
    live.translations!.find((t) => t.locale === 'fr')!.outdated = true;
    const a = planOne(edited({ source: '<p>New text.</p>', fr: '<p>Nouveau texte.</p>' }), [live, state]);
    const fr = a.operations.find((o) => o.kind === 'update-translation' && o.body.locale === 'fr');
    expect(fr).toMatchObject({ outdated: false });
    expect(a.operations.some((o) => o.kind === 'mark-outdated')).toBe(false);
  });

  it('only the translation changed: its flag is cleared, the source is left alone', () => {
    const { live, state } = published();
    live.translations!.find((t) => t.locale === 'fr')!.outdated = true;
    const a = planOne(edited({ fr: '<p>Nouveau texte.</p>' }), [live, state]);
    expect(ops(a)).toEqual(['update-translation fr']);
    expect(a.operations[0]).toMatchObject({ outdated: false });
  });

  it('without a published fingerprint to compare (no state record), nothing is flagged', () => {
    const { live } = published();
    const a = planOne(edited({ source: '<p>New text.</p>' }), [live]);
    expect(a.operations.some((o) => o.kind === 'mark-outdated')).toBe(false);
  });
});

describe('source locale', () => {
  it("a source file in another locale that Guide has switches the article's source locale, after the translation writes", () => {
    const { live } = published();
    // The French file became the source, the English one a translation.
    const p = prepared(source('a', { ...CREATABLE, locale: 'fr', title: 'a fr' }, ['en-us']), { 'en-us': { title: 'Title' } });
    const a = planOne(p, [live]);
    expect(a.operations.at(-1)).toEqual({ kind: 'set-source-locale', locale: 'fr', from: 'en-us' });
    expect(a.reasons).toContain('source locale en-us → fr');
  });

  it('a new source locale is created first, then made the source; the same locale as Guide plans nothing', () => {
    const live = publishedAs(prepared(source('a')));
    const p = prepared(source('a', { ...CREATABLE, locale: 'de' }, ['en-us']), { 'en-us': { title: 'Title' } });
    const a = planOne(p, [live]);
    expect(ops(a)).toEqual(['create-translation de', 'set-source-locale']);
    expect(planOne(prepared(source('a')), [live]).operations).toEqual([]);
  });
});
