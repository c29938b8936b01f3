// Exactly 1,000 articles: the export's page size. The tool's own record (one more article)
// then spills onto a second export page; that page must cost one request, not a read of the
// lists (the previous release read 6 list pages for it: 12 requests for a no-op of 6).
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';
import { DEFAULTS_YML, DocsTree, publish } from '../helpers/docs-tree.js';

let sim: Simulator;
afterEach(async () => {
  await sim.close();
});

const N = 1000;
const LOCALES = ['fr', 'de'];
const text = (suffix: string) => `---\ntitle: Article${suffix}\n---\nThe same text${suffix}.\n`;

/** N files of one text, published as the tool would have: one article published, its stored translations copied with their own key. */
async function seeded(): Promise<DocsTree> {
  let skew = -(N + 60) * 1000;
  sim = await startSimulator({ now: () => Date.now() + skew });
  const one = await DocsTree.create({
    'docs/_defaults.yml': DEFAULTS_YML,
    'docs/a/article-0.md': text(''),
    'docs/a/article-0.fr.md': text(' fr'),
    'docs/a/article-0.de.md': text(' de'),
  });
  expect((await publish(sim, one)).report.counts).toMatchObject({ created: 1 });
  const source = sim.store.liveArticles().find((a) => sim.store.sourceTranslation(a).body.includes('data-zgp-key="a/article-0"'))!;
  const copies = sim.store.translationsOf('article', source.id);
  const main = copies.find((t) => t.locale === source.source_locale)!;
  const files: Record<string, string> = { 'docs/_defaults.yml': DEFAULTS_YML };
  for (let i = 0; i < N; i++) {
    files[`docs/a/article-${i}.md`] = text('');
    for (const l of LOCALES) files[`docs/a/article-${i}.${l}.md`] = text(` ${l}`);
    if (i === 0) continue;
    if (i % 3 === 0) skew += 1000;
    const key = (b: string) => b.replace('data-zgp-key="a/article-0"', `data-zgp-key="a/article-${i}"`);
    sim.store.createArticleDirect({
      section_id: source.section_id,
      title: main.title,
      body: key(main.body),
      permission_group_id: source.permission_group_id,
      user_segment_id: source.user_segment_id,
      translations: copies.filter((t) => t !== main).map((t) => ({ locale: t.locale, title: t.title, body: key(t.body), draft: t.draft })),
    });
  }
  // The seed's hand-made article stays out: exactly N articles of the docs, and the record.
  for (const a of sim.store.liveArticles())
    if (!sim.store.sourceTranslation(a).body.includes('data-zgp-key')) sim.store.archiveArticle(a.id);
  skew = 0;
  const tree = await DocsTree.create(files);
  return tree;
}

describe('a help center of exactly 1,000 articles', () => {
  it('a no-op reads the record’s spill-over page with one more export page, and no list', async () => {
    const tree = await seeded();
    // The takeover writes the record (the copies were not published by this run).
    await publish(sim, tree);
    const record = sim.store.liveArticles().filter((a) => sim.store.sourceTranslation(a).body.includes('zgp-state'));
    expect(record).toHaveLength(1);
    expect(sim.store.liveArticles()).toHaveLength(N + 1);

    sim.resetLog();
    const noop = await publish(sim, tree);
    expect(noop.report.counts).toMatchObject({ unchanged: N, created: 0, updated: 0 });
    expect(sim.writes()).toEqual([]);
    const api = sim.requests.filter((r) => r.path.startsWith('/api/v2/'));
    const exportPages = api.filter((r) => r.route.includes('incremental'));
    const lists = api.filter((r) => r.route.endsWith('/articles') && !r.route.includes('incremental'));
    expect(exportPages).toHaveLength(2);
    expect(lists).toEqual([]);
    // Locales, sections, permission groups, user segments and the two export pages.
    expect(api.length).toBeLessThanOrEqual(7);
  });
});
