/**
 * Issue 17 over HTTP against the simulator: sections and categories as code (`create_sections`,
 * `_section.yml`, `_category.yml`), translations flagged outdated when their source body moves
 * on, and source-locale changes. Each asserts the exact writes, and that a second run writes
 * nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderReportMarkdown } from '../../src/report/markdown.js';
import { structureLine } from '../../src/report/model.js';
import { renderText } from '../../src/report/text.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';
import { DocsTree, isLeaseWrite, isStateWrite, publish } from '../helpers/docs-tree.js';
import { cli, simEnv } from '../helpers/preview.js';

let sim: Simulator;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.close();
});

const writes = () =>
  sim
    .writes()
    .filter((w) => !isStateWrite(w) && !isLeaseWrite(sim)(w))
    .map((w) => `${w.method} ${w.route}`);
const bodies = (route: string) =>
  sim
    .writes()
    .filter((w) => `${w.method} ${w.route}` === route && !isStateWrite(w) && !isLeaseWrite(sim)(w))
    .map((w) => w.body);

const ACCESS = 'permission_group: Agents\nuser_segment: everyone\n';
const ON = 'create_sections: true\n';

const structureTree = () => ({
  'docs/zendesk-guide.yml': ON,
  'docs/_defaults.yml': ACCESS,
  'docs/billing/_category.yml': 'name: Billing\ndescription: Plans and money\nposition: 4\n',
  'docs/billing/refunds/_section.yml':
    'name: Refunds\ndescription: Getting money back\nposition: 2\ntranslations:\n  fr:\n    name: Remboursements\n    description: Récupérer son argent\n',
  'docs/billing/refunds/ask.md': '# Ask for a refund\n\nWrite to us.\n',
  'docs/billing/refunds/ask.fr.md': '# Demander un remboursement\n\nÉcrivez-nous.\n',
  'docs/elsewhere.md': '---\ntitle: Elsewhere\nsection: Getting started / Brand new\n---\nHi.\n',
});

const sectionNamed = (name: string) => sim.store.sections.find((s) => sim.store.translationOf('section', s.id, 'en-us')?.title === name);
const categoryNamed = (name: string) =>
  sim.store.categories.find((c) => sim.store.translationOf('category', c.id, 'en-us')?.title === name);
const articleTitled = (title: string) =>
  sim.store.articles.find((a) => !a.archived && sim.store.translationOf('article', a.id, a.source_locale)?.title === title);

describe('sections and categories as code', () => {
  it('creates the category and sections first, then the articles in them; a second run writes nothing', async () => {
    const tree = await DocsTree.create(structureTree());
    const { report } = await publish(sim, tree);
    expect(report.error).toBeUndefined();
    expect(report.counts).toMatchObject({ created: 2, failed: 0 });
    expect(writes()).toEqual([
      'POST /api/v2/help_center/categories',
      'POST /api/v2/help_center/categories/:id/sections',
      'POST /api/v2/help_center/sections/:id/translations',
      'POST /api/v2/help_center/categories/:id/sections',
      'POST /api/v2/help_center/sections/:id/articles',
      'POST /api/v2/help_center/sections/:id/articles',
    ]);
    expect(bodies('POST /api/v2/help_center/categories')).toEqual([
      { category: { name: 'Billing', locale: 'en-us', description: 'Plans and money', position: 4 } },
    ]);
    expect(bodies('POST /api/v2/help_center/sections/:id/translations')).toEqual([
      { translation: { locale: 'fr', title: 'Remboursements', body: 'Récupérer son argent' } },
    ]);
    const billing = categoryNamed('Billing')!;
    const refunds = sectionNamed('Refunds')!;
    expect(refunds).toMatchObject({ category_id: billing.id, position: 2 });
    expect(sim.store.translationOf('section', refunds.id, 'fr')?.title).toBe('Remboursements');
    const brandNew = sectionNamed('Brand new')!;
    expect(brandNew.category_id).toBe(360000100001);
    expect(articleTitled('Ask for a refund')?.section_id).toBe(refunds.id);
    expect(articleTitled('Elsewhere')?.section_id).toBe(brandNew.id);

    expect(report.structure?.map((r) => [r.kind, r.action, r.name, r.category, r.status, r.id !== undefined])).toEqual([
      ['category', 'create', 'Billing', undefined, 'created', true],
      ['section', 'create', 'Refunds', 'Billing', 'created', true],
      ['section', 'create', 'Brand new', 'Getting started', 'created', true],
    ]);
    const text = renderText(report);
    expect(text).toContain('created category Billing');
    expect(text).toContain('created section Refunds in category Billing');
    expect(text).toContain('created section Brand new in category Getting started');

    sim.resetLog();
    const second = await publish(sim, tree);
    expect(second.report.counts).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(second.report.structure).toBeUndefined();
    expect(sim.writes()).toEqual([]);
  });

  it('the dry run shows the structure it would create, and writes nothing', async () => {
    const tree = await DocsTree.create(structureTree());
    const { report } = await publish(sim, tree, { mode: 'dry-run' });
    expect(sim.writes()).toEqual([]);
    const md = renderReportMarkdown(report);
    expect(md).toContain('Sections and categories');
    expect(md).toContain('- create category Billing · `docs/billing/_category.yml`');
    expect(md).toContain('- create section Refunds in category Billing · `docs/billing/refunds/_section.yml`');
    expect(md).toContain('- create section Brand new in category Getting started');
    expect(JSON.parse(JSON.stringify(report)).structure).toHaveLength(3);
  });

  it('a changed _section.yml is one update of what changed', async () => {
    const tree = await DocsTree.create(structureTree());
    await publish(sim, tree);
    await tree.write({
      'docs/billing/refunds/_section.yml':
        'name: Refunds\ndescription: How to get money back\nposition: 2\ntranslations:\n  fr:\n    name: Remboursements\n    description: Récupérer son argent\n',
    });
    sim.resetLog();
    const { report } = await publish(sim, tree);
    expect(writes()).toEqual(['PUT /api/v2/help_center/sections/:id/translations/:locale']);
    expect(bodies('PUT /api/v2/help_center/sections/:id/translations/:locale')).toEqual([
      { translation: { title: 'Refunds', body: 'How to get money back' } },
    ]);
    expect(report.structure?.map((r) => `${r.action} ${r.kind} ${r.name}: ${r.reasons.join(', ')}`)).toEqual([
      'update section Refunds: description',
    ]);
    expect(renderText(report)).toContain('updated section Refunds: description');
    expect(report.counts).toMatchObject({ unchanged: 2 });

    // A position and a French name: one request each, only what differs.
    await tree.write({
      'docs/billing/refunds/_section.yml':
        'name: Refunds\ndescription: How to get money back\nposition: 5\ntranslations:\n  fr:\n    name: Rembourser\n    description: Récupérer son argent\n',
    });
    sim.resetLog();
    const next = await publish(sim, tree, { mode: 'dry-run' });
    expect(next.report.structure?.[0]?.reasons).toEqual(['position', 'name (fr)']);
    await publish(sim, tree);
    expect(writes()).toEqual(['PUT /api/v2/help_center/sections/:id', 'PUT /api/v2/help_center/sections/:id/translations/:locale']);
    expect(sectionNamed('Refunds')?.position).toBe(5);
    sim.resetLog();
    await publish(sim, tree);
    expect(sim.writes()).toEqual([]);
  });

  it('an existing section described by _section.yml places its articles without being created; without the option nothing is synced', async () => {
    const tree = await DocsTree.create({
      'docs/_defaults.yml': ACCESS,
      'docs/faq/_section.yml': 'name: FAQ\ncategory: Account & billing\ndescription: Not synced without create_sections\n',
      'docs/faq/q.md': '# A question\n\nAn answer.\n',
    });
    const { report } = await publish(sim, tree);
    expect(report.counts).toMatchObject({ created: 1, failed: 0 });
    expect(report.structure).toBeUndefined();
    expect(writes()).toEqual(['POST /api/v2/help_center/sections/:id/articles']);
    expect(articleTitled('A question')?.section_id).toBe(360000200004);
  });

  it('without create_sections, an unknown Category / Section is an error with the hint, and nothing is written', async () => {
    const tree = await DocsTree.create({
      'docs/_defaults.yml': ACCESS,
      'docs/a.md': '---\ntitle: A\nsection: Getting started / Brand new\n---\nHi.\n',
      'docs/new/_section.yml': 'name: Fresh\ncategory: Troubleshooting\n',
      'docs/new/b.md': '# B\n\nHi.\n',
    });
    const { report } = await publish(sim, tree);
    expect(report.blocked).toBe(true);
    expect(sim.writes()).toEqual([]);
    const byFile = Object.fromEntries(report.diagnostics.map((d) => [d.file, d]));
    expect(byFile['docs/a.md']).toMatchObject({ line: 3, message: 'unknown section "Getting started / Brand new"' });
    expect(byFile['docs/a.md']?.hint).toContain('create_sections: true');
    expect(byFile['docs/new/_section.yml']).toMatchObject({
      line: 1,
      message: 'section "Fresh" does not exist in category "Troubleshooting"',
    });
    expect(byFile['docs/new/_section.yml']?.hint).toContain('create_sections: true');
    // The articles in that folder are not reported again ("section is required").
    expect(report.diagnostics.filter((d) => d.file === 'docs/new/b.md')).toEqual([]);
  });

  it('the CLI: without --create-sections the run stops with the hint and exit 1; with it, the section is made, then the article', async () => {
    const tree = await DocsTree.create({
      'docs/_defaults.yml': ACCESS,
      'docs/a.md': '---\ntitle: A\nsection: Getting started / Brand new\n---\nHi.\n',
    });
    const refused = await cli(['publish', '--repo', tree.repo, '--path', 'docs'], simEnv(sim));
    expect(refused.code).toBe(1);
    expect(refused.stderr + refused.stdout).toContain('create_sections: true');
    expect(sim.writes()).toEqual([]);

    const made = await cli(['publish', '--repo', tree.repo, '--path', 'docs', '--create-sections'], simEnv(sim));
    expect(made.code, made.stderr).toBe(0);
    expect(made.stderr + made.stdout).toContain('created section Brand new in category Getting started');
    expect(writes()).toEqual(['POST /api/v2/help_center/categories/:id/sections', 'POST /api/v2/help_center/sections/:id/articles']);
    expect(articleTitled('A')?.section_id).toBe(sectionNamed('Brand new')?.id);

    sim.resetLog();
    expect((await cli(['publish', '--repo', tree.repo, '--path', 'docs', '--create-sections'], simEnv(sim))).code).toBe(0);
    expect(sim.writes()).toEqual([]);
  });

  it('an existing article whose section: names a new section moves into it once it is made', async () => {
    const tree = await DocsTree.create({
      'docs/zendesk-guide.yml': ON,
      'docs/_defaults.yml': ACCESS,
      'docs/a.md': '---\ntitle: Moving\nsection: Getting started / Installation\n---\nHi.\n',
    });
    await publish(sim, tree);
    await tree.write({ 'docs/a.md': '---\ntitle: Moving\nsection: Getting started / Moved here\n---\nHi.\n' });
    sim.resetLog();
    const { report } = await publish(sim, tree);
    expect(writes()).toEqual(['POST /api/v2/help_center/categories/:id/sections', 'PUT /api/v2/help_center/articles/:id']);
    expect(report.structure?.map(structureLine)).toEqual(['created section Moved here in category Getting started']);
    expect(articleTitled('Moving')?.section_id).toBe(sectionNamed('Moved here')?.id);
    sim.resetLog();
    await publish(sim, tree);
    expect(sim.writes()).toEqual([]);
  });

  it('unknown keys and bad locales in _section.yml are errors at their lines', async () => {
    const tree = await DocsTree.create({
      'docs/zendesk-guide.yml': ON,
      'docs/_defaults.yml': ACCESS,
      'docs/x/_category.yml': 'name: X\ncolour: blue\n',
      'docs/x/y/_section.yml': 'name: Y\n',
      'docs/x/y/a.md': '# A\n\nHi.\n',
      'docs/z/_section.yml': 'name: Z\ncategory: Troubleshooting\ntranslations:\n  ko:\n    name: Z-ko\n  fr: Zed\n',
      'docs/z/b.md': '# B\n\nHi.\n',
    });
    const { report } = await publish(sim, tree);
    expect(sim.writes()).toEqual([]);
    expect(report.blocked).toBe(true);
    // One error each, at its line; the articles beneath are not reported again.
    expect(report.diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`).sort()).toEqual([
      'docs/x/_category.yml:2 unknown key "colour"',
      'docs/z/_section.yml:6 translations.fr must be a mapping with name (and description)',
    ]);
  });

  it('without Guide manager rights: a clear error before any article write', async () => {
    // The credentials' user is an agent who may write articles but is no Guide manager.
    const admin = sim.store.users.find((u) => u.email === sim.credentials.email)!;
    admin.role = 'agent';
    const tree = await DocsTree.create(structureTree());
    // Listing permission groups and user segments needs the same right: the run stops before
    // any write, naming the right and each name it could not resolve.
    const run = await publish(sim, tree);
    expect(run.report.blocked).toBe(true);
    expect(
      run.report.diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => d.message)
        .join('\n'),
    ).toMatch(/could not be resolved: .* answered 403: these credentials lack the Help Center manager right/);
    expect(writes()).toEqual([]);
    expect(sim.store.articles.filter((a) => !a.archived)).toHaveLength(2); // the seed's only

    // Given the right, the same tree publishes.
    admin.guide_manager = true;
    const again = await publish(sim, tree);
    expect(again.report.counts).toMatchObject({ created: 2, failed: 0 });
  });
});

const translated = () => ({
  'docs/_defaults.yml': `${ACCESS}section: Installation\n`,
  'docs/a.md': '# Setup\n\nStep one.\n',
  'docs/a.fr.md': '# Installation\n\nÉtape un.\n',
  'docs/a.de.md': '# Einrichtung\n\nSchritt eins.\n',
});

const translation = (locale: string) => sim.store.translationOf('article', articleTitled('Setup')!.id, locale)!;

describe('translations that fall behind', () => {
  it('a source body change flags the translations whose files did not change; the flag clears when each is next updated', async () => {
    const tree = await DocsTree.create(translated());
    await publish(sim, tree);
    await tree.write({ 'docs/a.md': '# Setup\n\nStep one, then two.\n' });
    sim.resetLog();
    const { report } = await publish(sim, tree);
    expect(writes()).toEqual([
      'PUT /api/v2/help_center/articles/:id/translations/:locale',
      'PUT /api/v2/help_center/articles/:id/translations/:locale',
      'PUT /api/v2/help_center/articles/:id/translations/:locale',
    ]);
    const sent = sim.writes().filter((w) => !isStateWrite(w) && !isLeaseWrite(sim)(w));
    expect(sent.slice(0, 2).map((w) => [w.path.split('/').pop(), w.body])).toEqual([
      ['de', { translation: { outdated: true } }],
      ['fr', { translation: { outdated: true } }],
    ]);
    expect(sent[2]?.path.endsWith('/en-us')).toBe(true);
    expect(report.rows[0]?.reasons).toEqual(['body changed (en-us)', 'de marked outdated', 'fr marked outdated']);
    expect(renderText(report)).toContain('fr marked outdated');
    expect([translation('fr').outdated, translation('de').outdated, translation('en-us').outdated]).toEqual([true, true, false]);
    expect((sim.store.getArticle(articleTitled('Setup')!.id) as unknown as { outdated_locales: string[] }).outdated_locales.sort()).toEqual(
      ['de', 'fr'],
    );

    // Already flagged: not flagged again.
    sim.resetLog();
    await publish(sim, tree);
    expect(sim.writes()).toEqual([]);

    // The French file is brought up to date: its update clears the flag in the same request.
    await tree.write({ 'docs/a.fr.md': '# Installation\n\nÉtape un, puis deux.\n' });
    sim.resetLog();
    await publish(sim, tree);
    expect(writes()).toEqual(['PUT /api/v2/help_center/articles/:id/translations/:locale']);
    expect(
      (sim.writes().filter((w) => !isLeaseWrite(sim)(w))[0]?.body as { translation: { outdated?: boolean } }).translation.outdated,
    ).toBe(false);
    expect([translation('fr').outdated, translation('de').outdated]).toEqual([false, true]);
    sim.resetLog();
    await publish(sim, tree);
    expect(sim.writes()).toEqual([]);
  });

  it('outdated_translations: ignore leaves the flags alone', async () => {
    const tree = await DocsTree.create({ ...translated(), 'docs/zendesk-guide.yml': 'outdated_translations: ignore\n' });
    await publish(sim, tree);
    await tree.write({ 'docs/a.md': '# Setup\n\nStep one, then two.\n' });
    sim.resetLog();
    const { report } = await publish(sim, tree);
    expect(writes()).toEqual(['PUT /api/v2/help_center/articles/:id/translations/:locale']);
    expect(report.rows[0]?.reasons).toEqual(['body changed (en-us)']);
    expect(translation('fr').outdated).toBe(false);
  });

  it('a title-only change of the source flags nothing', async () => {
    const tree = await DocsTree.create(translated());
    await publish(sim, tree);
    await tree.write({ 'docs/a.md': '---\ntitle: Setup\n---\nStep one.\n' });
    sim.resetLog();
    await publish(sim, tree);
    expect(writes()).toEqual([]);
    await tree.write({ 'docs/a.md': '# Set up\n\nStep one.\n' });
    await publish(sim, tree);
    expect(writes()).toEqual(['PUT /api/v2/help_center/articles/:id/translations/:locale']);
  });
});

describe('source locale', () => {
  it("a file whose locale: names another existing translation switches the article's source locale, once", async () => {
    const tree = await DocsTree.create({
      'docs/_defaults.yml': `${ACCESS}section: Installation\n`,
      'docs/a.md': '# Setup\n\nStep one.\n',
      'docs/a.fr.md': '# Installation\n\nÉtape un.\n',
    });
    await publish(sim, tree);
    const id = articleTitled('Setup')!.id;
    // The French text becomes the source; the English one a translation.
    await tree.remove('docs/a.fr.md');
    await tree.write({
      'docs/a.md': '---\nlocale: fr\n---\n# Installation\n\nÉtape un.\n',
      'docs/a.en-us.md': '# Setup\n\nStep one.\n',
    });
    sim.resetLog();
    const dry = await publish(sim, tree, { mode: 'dry-run' });
    expect(dry.report.rows[0]?.reasons).toEqual(['source locale en-us → fr']);
    expect(renderText(dry.report)).toContain('source locale en-us → fr');
    const { report } = await publish(sim, tree);
    expect(report.counts).toMatchObject({ updated: 1, failed: 0 });
    expect(writes()).toEqual(['PUT /api/v2/help_center/articles/:id/source_locale']);
    expect(bodies('PUT /api/v2/help_center/articles/:id/source_locale')).toEqual([{ article_locale: 'fr' }]);
    expect(sim.store.article(id).source_locale).toBe('fr');
    sim.resetLog();
    await publish(sim, tree);
    expect(writes()).toEqual([]);
  });

  it('a new source locale without its translation in Guide: created first, then made the source', async () => {
    const tree = await DocsTree.create({
      'docs/_defaults.yml': `${ACCESS}section: Installation\n`,
      'docs/a.md': '# Setup\n\nStep one.\n',
    });
    await publish(sim, tree);
    await tree.write({
      'docs/a.md': '---\nlocale: de\n---\n# Einrichtung\n\nSchritt eins.\n',
      'docs/a.en-us.md': '# Setup\n\nStep one.\n',
    });
    sim.resetLog();
    await publish(sim, tree);
    expect(writes()).toEqual(['POST /api/v2/help_center/articles/:id/translations', 'PUT /api/v2/help_center/articles/:id/source_locale']);
    expect(sim.store.article(articleTitled('Einrichtung')!.id).source_locale).toBe('de');
    sim.resetLog();
    await publish(sim, tree);
    expect(writes()).toEqual([]);
  });
});
