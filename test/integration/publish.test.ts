import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { buildConfig } from '../../src/config/settings.js';
import { createConsoleLogger } from '../../src/logger.js';
import { runPublish } from '../../src/run/publish.js';
import { renderText } from '../../src/report/text.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';
import { createdTitle, DEFAULTS_YML, DocsTree, isLeaseWrite, isStateWrite, png, publish } from '../helpers/docs-tree.js';
import { CLEAN } from '../helpers/soak.js';

let sim: Simulator;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.close();
});

type Art = { id: number; title: string; body: string; draft: boolean; label_names: string[]; section_id: number; archived: boolean };
const articles = () => (sim.dump() as { articles: { id: number }[] }).articles.map((r) => sim.store.getArticle(r.id) as unknown as Art);
const live = () => articles().filter((a) => !a.archived);
const byTitle = (title: string) => live().find((a) => a.title === title);
// Article writes; the state record's own write is checked in trust.test.ts.
const writes = () =>
  sim
    .writes()
    .filter((w) => !isStateWrite(w) && !isLeaseWrite(sim)(w))
    .map((w) => `${w.method} ${w.route}`);
const noSleep = () => Promise.resolve();

const basic = () => ({
  'docs/_defaults.yml': DEFAULTS_YML,
  'docs/a.md': '---\ntitle: Article A\nlabels: [one]\n---\nHello from A.\n',
  'docs/b.md': '# Article B\n\nHello from B.\n',
});

describe('identity', () => {
  it('publishing the same tree twice makes zero changes the second time', async () => {
    const tree = await DocsTree.create(basic());
    const first = await publish(sim, tree);
    expect(first.report.counts).toMatchObject({ created: 2, failed: 0 });
    sim.resetLog();
    const second = await publish(sim, tree);
    expect(second.report.counts).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(sim.writes()).toEqual([]);
  });

  it('a lost id write-back never duplicates: a fresh checkout without ids finds its articles', async () => {
    const tree = await DocsTree.create(basic());
    await publish(sim, tree);
    const fresh = await DocsTree.create(basic());
    sim.resetLog();
    const again = await publish(sim, fresh);
    expect(again.report.counts.created).toBe(0);
    expect(live().filter((a) => a.title === 'Article A')).toHaveLength(1);
    // Writing the id back later changes nothing either.
    const id = byTitle('Article A')!.id;
    await fresh.write({ 'docs/a.md': `---\nid: ${id}\ntitle: Article A\nlabels: [one]\n---\nHello from A.\n` });
    const withId = await publish(sim, fresh);
    expect(withId.report.counts).toMatchObject({ created: 0, unchanged: 2 });
  });

  it('the CLI writes new ids back into front matter on request, and the next run is a no-op', async () => {
    const tree = await DocsTree.create(basic());
    const env = { ZENDESK_URL: sim.url, ZENDESK_OAUTH_TOKEN: sim.credentials.oauthToken };
    const stdout = process.stdout.write.bind(process.stdout);
    process.stdout.write = () => true;
    try {
      expect(await main(['publish', '--repo', tree.repo, '--write-back-ids'], env)).toBe(0);
      const a = byTitle('Article A')!;
      expect(await tree.read('docs/a.md')).toBe(`---\nid: ${a.id}\ntitle: Article A\nlabels: [one]\n---\nHello from A.\n`);
      expect(await tree.read('docs/b.md')).toMatch(new RegExp(`^---\\nid: ${byTitle('Article B')!.id}\\n---\\n# Article B`));
      sim.resetLog();
      expect(await main(['publish', '--repo', tree.repo], env)).toBe(0);
    } finally {
      process.stdout.write = stdout;
    }
    expect(sim.writes()).toEqual([]);
  });

  it('renaming or moving a file with an id keeps its article', async () => {
    const tree = await DocsTree.create(basic());
    const first = await publish(sim, tree);
    const id = first.report.rows.find((r) => r.title === 'Article A')!.articleId!;
    await tree.remove('docs/a.md');
    await tree.write({ 'docs/moved/renamed.md': `---\nid: ${id}\ntitle: Article A\nlabels: [one]\n---\nHello from A.\n` });
    sim.resetLog();
    const second = await publish(sim, tree, { archiveRemoved: true });
    expect(second.report.counts).toMatchObject({ created: 0, archived: 0, updated: 1 });
    expect(live().filter((a) => a.title === 'Article A')).toHaveLength(1);
    // Only the marker moved to the new path.
    expect(second.report.rows.find((r) => r.articleId === id)?.reasons).toEqual(['publisher marker changed (en-us)']);
    sim.resetLog();
    expect((await publish(sim, tree)).report.counts.unchanged).toBe(2);
  });

  it('never takes over an article made by hand in Guide unless asked', async () => {
    const handMade = live().find((a) => a.title === 'Welcome to the help center')!;
    const tree = await DocsTree.create({
      'docs/_defaults.yml': DEFAULTS_YML,
      'docs/welcome.md': `---\nid: ${handMade.id}\ntitle: Welcome\n---\nNew text.\n`,
    });
    const refused = await publish(sim, tree);
    expect(refused.report.blocked).toBe(true);
    expect(refused.report.diagnostics[0]).toMatchObject({
      file: 'docs/welcome.md',
      line: 2,
      message: expect.stringContaining('was not published by this tool'),
    });
    expect(sim.writes()).toEqual([]);

    await tree.write({ 'docs/welcome.md': `---\nid: ${handMade.id}\nadopt: true\ntitle: Welcome\n---\nNew text.\n` });
    const adopted = await publish(sim, tree);
    expect(adopted.report.counts).toMatchObject({ updated: 1, created: 0 });
    expect(byTitle('Welcome')?.id).toBe(handMade.id);
    // Once adopted, the marker is there: adopt is no longer needed.
    await tree.write({ 'docs/welcome.md': `---\nid: ${handMade.id}\ntitle: Welcome\n---\nNew text.\n` });
    expect((await publish(sim, tree)).report.counts.unchanged).toBe(1);
  });

  it('two files claiming one article fail before anything is written', async () => {
    const tree = await DocsTree.create(basic());
    const first = await publish(sim, tree);
    const id = first.report.rows.find((r) => r.title === 'Article A')!.articleId!;
    // b.md claims A's id while a.md still holds A's marker key.
    await tree.write({ 'docs/b.md': `---\nid: ${id}\n---\n# Article B\n\nHello from B.\n` });
    sim.resetLog();
    const second = await publish(sim, tree);
    expect(second.report.blocked).toBe(true);
    expect(second.report.diagnostics.map((d) => d.message).join('\n')).toMatch(/both claim article/);
    expect(sim.writes()).toEqual([]);

    await tree.write({ 'docs/c.md': `---\nid: ${id}\ntitle: C\n---\nC\n` });
    const dup = await publish(sim, tree);
    expect(dup.report.diagnostics.filter((d) => /also claimed by/.test(d.message))).toHaveLength(2);
    expect(sim.writes()).toEqual([]);
  });

  it('an id that does not exist in Zendesk is an error at its line', async () => {
    const tree = await DocsTree.create({ 'docs/_defaults.yml': DEFAULTS_YML, 'docs/a.md': '---\ntitle: A\nid: 999\n---\nx\n' });
    const run = await publish(sim, tree);
    expect(run.report.diagnostics[0]).toMatchObject({
      file: 'docs/a.md',
      line: 3,
      message: 'article 999 does not exist in Zendesk (or is archived)',
    });
    expect(sim.writes()).toEqual([]);
  });
});

describe('articles, translations and metadata', () => {
  it('creates an article with all its translations in one request, without notifying subscribers', async () => {
    const tree = await DocsTree.create({
      ...basic(),
      'docs/a.fr.md': '---\ntitle: Article A (fr)\n---\nBonjour.\n',
      'docs/a.de.md': '# Artikel A\n\nHallo.\n',
    });
    await publish(sim, tree);
    const create = sim.writes().find((w) => w.method === 'POST' && createdTitle(w.body) === 'Article A')!;
    // The reference's "With translations" form: every locale listed, the source first, and no
    // content at the top level.
    expect(create.body).toMatchObject({
      notify_subscribers: false,
      article: {
        locale: 'en-us',
        translations: [
          { locale: 'en-us', title: 'Article A', body: expect.stringContaining('Hello from A.'), draft: false },
          { locale: 'de', title: 'Artikel A', body: expect.stringContaining('Hallo.'), draft: false },
          { locale: 'fr', title: 'Article A (fr)', body: expect.stringContaining('Bonjour.'), draft: false },
        ],
      },
    });
    const article = (create.body as { article: Record<string, unknown> }).article;
    expect(Object.keys(article).filter((k) => ['title', 'body', 'draft'].includes(k))).toEqual([]);
    expect(writes().filter((w) => w.includes('translations'))).toEqual([]);
    expect(
      sim.store
        .listArticleTranslations(byTitle('Article A')!.id)
        .map((t) => t['locale'])
        .sort(),
    ).toEqual(['de', 'en-us', 'fr']);
  });

  it('creates an article in one locale with the plain form (content at the top level, no translations)', async () => {
    await publish(sim, await DocsTree.create(basic()));
    const create = sim.writes().find((w) => w.method === 'POST' && createdTitle(w.body) === 'Article B')!;
    expect(create.body).toEqual({
      notify_subscribers: false,
      article: expect.objectContaining({
        locale: 'en-us',
        title: 'Article B',
        body: expect.stringContaining('Hello from B.'),
        draft: false,
      }),
    });
    expect((create.body as { article: Record<string, unknown> }).article).not.toHaveProperty('translations');
  });

  it('then creates a missing translation, updates a changed one and PUTs metadata only when it differs', async () => {
    const tree = await DocsTree.create({ ...basic(), 'docs/a.fr.md': '---\ntitle: A fr\n---\nBonjour.\n' });
    await publish(sim, tree);
    await tree.write({
      'docs/a.fr.md': '---\ntitle: A fr\n---\nBonjour, le monde.\n',
      'docs/a.de.md': '---\ntitle: A de\n---\nHallo.\n',
      'docs/b.md': '---\nlabels: [two]\npromoted: true\n---\n# Article B\n\nHello from B.\n',
    });
    sim.resetLog();
    const run = await publish(sim, tree);
    expect(writes().sort()).toEqual(
      [
        'POST /api/v2/help_center/articles/:id/translations',
        'PUT /api/v2/help_center/articles/:id/translations/:locale',
        'PUT /api/v2/help_center/articles/:id',
      ].sort(),
    );
    const rowB = run.report.rows.find((r) => r.title === 'Article B')!;
    expect(rowB.reasons).toEqual(['labels, promoted changed']);
    expect(byTitle('Article B')!.label_names).toEqual(['two']);
  });

  it('replaces labels added by hand in Guide with the repo set', async () => {
    const tree = await DocsTree.create(basic());
    await publish(sim, tree);
    const a = byTitle('Article A')!;
    // A colleague adds a label in Guide.
    const res = await fetch(`${sim.url}/api/v2/help_center/articles/${a.id}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${sim.credentials.oauthToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ article: { label_names: ['one', 'hand-made'] } }),
    });
    expect(res.status).toBe(200);
    expect(byTitle('Article A')!.label_names).toEqual(['one', 'hand-made']);
    sim.resetLog();
    const run = await publish(sim, tree);
    expect(run.report.rows.find((r) => r.title === 'Article A')!.reasons).toEqual(['labels changed']);
    expect(byTitle('Article A')!.label_names).toEqual(['one']);
  });

  it('keeps labels added by hand in Guide when labels mode is merge', async () => {
    const tree = await DocsTree.create(basic());
    await publish(sim, tree);
    const a = byTitle('Article A')!;
    await fetch(`${sim.url}/api/v2/help_center/articles/${a.id}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${sim.credentials.oauthToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ article: { label_names: ['hand-made'] } }),
    });
    const log: string[] = [];
    const config = buildConfig(
      { zendeskUrl: sim.url, oauthToken: sim.credentials.oauthToken, path: 'docs', mode: 'publish' },
      { repoRoot: tree.repo },
    );
    await runPublish({ ...config, labelsMode: 'merge' }, createConsoleLogger({ write: (l) => log.push(l) }));
    expect([...byTitle('Article A')!.label_names].sort()).toEqual(['hand-made', 'one']);
    sim.resetLog();
    await runPublish({ ...config, labelsMode: 'merge' }, createConsoleLogger({ write: (l) => log.push(l) }));
    expect(sim.writes()).toEqual([]);
  });

  it('sees through the HTML reformatting the server applies: rich content stays unchanged', async () => {
    const rich = [
      '---\ntitle: Rich\n---',
      '## Table',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | `x` |',
      '',
      '```js\nconst a = "<b>";\n\n  indented();\n```',
      '',
      '> quote with **bold** and [link](https://example.com/?a=1&b=2 "t")',
      '',
      '- one\n- two\n  - nested',
      '',
      '<div class="note" title=\'x\'>raw <em>html</em></div>',
      '',
      "Line with  double  spaces and an apostrophe's & ampersand.",
    ].join('\n');
    const tree = await DocsTree.create({ 'docs/_defaults.yml': DEFAULTS_YML, 'docs/rich.md': rich });
    await publish(sim, tree);
    const stored = byTitle('Rich')!.body;
    const sent = (sim.writes().filter((w) => !isLeaseWrite(sim)(w))[0]!.body as { article: { body: string } }).article.body;
    expect(stored).not.toBe(sent); // the server reformatted it: a string comparison would see a change
    sim.resetLog();
    expect((await publish(sim, tree)).report.counts.unchanged).toBe(1);
    expect(sim.writes()).toEqual([]);
  });
});

describe('attachments', () => {
  const tree = () =>
    DocsTree.create({
      'docs/_defaults.yml': DEFAULTS_YML,
      'docs/guide.md': '---\ntitle: Guide\n---\n![screen](img/screen.png)\n\nGet [the PDF](files/manual.pdf).\n',
      'docs/guide.fr.md': '---\ntitle: Guide fr\n---\n![écran](img/screen.png)\n',
      'docs/img/screen.png': png(1),
      'docs/files/manual.pdf': Buffer.from('%PDF-1.4\n% test\n'),
    });

  const clean = () => expect(sim.integrity()).toEqual(CLEAN);

  it('refuses an attachment over 20 MB before any write', async () => {
    const t = await DocsTree.create({
      'docs/_defaults.yml': DEFAULTS_YML,
      'docs/big.md': '---\ntitle: Big\n---\n\nThe [full dump](files/dump.zip).\n',
    });
    await t.write({ 'docs/files/dump.zip': '' });
    await fs.truncate(path.join(t.repo, 'docs/files/dump.zip'), 20 * 1024 * 1024 + 1);
    const run = await publish(sim, t);
    expect(run.report.diagnostics[0]).toMatchObject({ file: 'docs/big.md', line: 5, message: expect.stringContaining('up to 20 MB') });
    expect(sim.writes()).toEqual([]);
  });

  it('a create whose answer was lost is found among the newest articles of its section, not sent again', async () => {
    const t = await tree();
    sim.failNext({ method: 'POST', path: /\/sections\/\d+\/articles$/, status: 'reset', after: true });
    // Without the lease, whose claim is a create in a section too and would take the fault.
    const run = await publish(sim, t, {}, { sleep: noSleep, lease: false });
    expect(run.report.counts).toMatchObject({ created: 1, failed: 0 });
    expect(writes().filter((w) => w.endsWith('/sections/:id/articles'))).toHaveLength(1);
    const look = sim.requests.find((r) => r.method === 'GET' && r.route === '/api/v2/help_center/:locale/sections/:id/articles')!;
    expect(look.query).toMatchObject({ sort_by: 'created_at', sort_order: 'desc', per_page: '30' });
    expect(live().filter((a) => a.title === 'Guide')).toHaveLength(1);
    clean();
  });

  it('a create that failed before it landed is sent again', async () => {
    const t = await tree();
    sim.failNext({ method: 'POST', path: /\/sections\/\d+\/articles$/, status: 503 });
    const run = await publish(sim, t, {}, { sleep: noSleep, lease: false });
    expect(run.report.counts).toMatchObject({ created: 1, failed: 0 });
    expect(writes().filter((w) => w.endsWith('/sections/:id/articles'))).toHaveLength(2);
    expect(live().filter((a) => a.title === 'Guide')).toHaveLength(1);
    clean();
  });
});

describe('links between articles', () => {
  it('creates link targets first, so no published body holds a broken link', async () => {
    const tree = await DocsTree.create({
      'docs/_defaults.yml': DEFAULTS_YML,
      'docs/a.md': '---\ntitle: A\n---\nSee [B](b.md#setup) and [B in French](b.fr.md).\n',
      'docs/b.md': '---\ntitle: B\n---\n## Setup\n',
      'docs/b.fr.md': '---\ntitle: B fr\n---\n## Installation\n',
      'docs/a.fr.md': '---\ntitle: A fr\n---\nVoir [B](b.md).\n',
    });
    await publish(sim, tree);
    const creates = sim.writes().filter((w) => w.route.endsWith('/articles') && !isStateWrite(w) && !isLeaseWrite(sim)(w));
    expect(creates.map((c) => createdTitle(c.body))).toEqual(['B', 'A']);
    const a = byTitle('A')!;
    const b = byTitle('B')!;
    expect(a.body).toContain(`/hc/en-us/articles/${b.id}`);
    expect(a.body).toContain('#setup');
    const aFr = (sim.store.listArticleTranslations(a.id) as { locale: string; body: string }[]).find((t) => t.locale === 'fr')!;
    expect(aFr.body).toContain(`/hc/fr/articles/${b.id}`);
    expect(writes().filter((w) => w.startsWith('PUT'))).toEqual([]);
  });

  it('breaks a cycle of new articles with a draft, then links and publishes it', async () => {
    const tree = await DocsTree.create({
      'docs/_defaults.yml': DEFAULTS_YML,
      'docs/a.md': '---\ntitle: A\n---\nNext: [B](b.md).\n',
      'docs/b.md': '---\ntitle: B\n---\nBack to [A](a.md).\n',
    });
    await publish(sim, tree);
    const a = byTitle('A')!;
    const b = byTitle('B')!;
    expect(a.draft).toBe(false);
    expect(b.draft).toBe(false);
    expect(a.body).toContain(`/articles/${b.id}`);
    expect(b.body).toContain(`/articles/${a.id}`);
    sim.resetLog();
    await publish(sim, tree);
    expect(sim.writes()).toEqual([]);
  });

  it('a link to a file that is not an article is an error at its line', async () => {
    const tree = await DocsTree.create({ 'docs/_defaults.yml': DEFAULTS_YML, 'docs/a.md': '---\ntitle: A\n---\n\nSee [gone](gone.md).\n' });
    const run = await publish(sim, tree);
    expect(run.report.diagnostics[0]).toMatchObject({ file: 'docs/a.md', line: 5, column: 5, message: expect.stringContaining('gone.md') });
    expect(sim.writes()).toEqual([]);
  });
});

describe('archive', () => {
  it('archives managed articles whose file is gone, only when asked, never hand-made ones', async () => {
    const tree = await DocsTree.create(basic());
    await publish(sim, tree);
    await tree.remove('docs/b.md');
    sim.resetLog();
    const off = await publish(sim, tree);
    expect(off.report.counts.archived).toBe(0);
    expect(sim.writes()).toEqual([]);
    const on = await publish(sim, tree, { archiveRemoved: true });
    expect(on.report.counts.archived).toBe(1);
    expect(writes()).toEqual(['DELETE /api/v2/help_center/articles/:id']);
    expect(byTitle('Article B')).toBeUndefined();
    expect(byTitle('Welcome to the help center')).toBeDefined();
  });

  it('never treats a file that fails validation as removed', async () => {
    const tree = await DocsTree.create(basic());
    await publish(sim, tree);
    await tree.write({ 'docs/b.md': '---\ntitle: [unclosed\n---\nB\n' });
    sim.resetLog();
    const run = await publish(sim, tree, { archiveRemoved: true, maxArchive: '0' });
    expect(run.report.blocked).toBe(true);
    expect(run.report.rows.filter((r) => r.action === 'archive')).toEqual([]);
    expect(run.report.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file)).toEqual(['docs/b.md']);
    expect(sim.writes()).toEqual([]);
  });

  it('refuses to archive more than max-archive before writing anything', async () => {
    const tree = await DocsTree.create(basic());
    await publish(sim, tree);
    await tree.remove('docs/a.md');
    await tree.remove('docs/b.md');
    await tree.write({ 'docs/c.md': '---\ntitle: C\n---\nnew\n' });
    sim.resetLog();
    const run = await publish(sim, tree, { archiveRemoved: true, maxArchive: '1' });
    expect(run.report.blocked).toBe(true);
    expect(run.report.diagnostics[0]!.message).toMatch(/2 published articles have no file.*max-archive \(1\)/);
    expect(sim.writes()).toEqual([]);
  });
});

describe('drift', () => {
  async function drifted() {
    const tree = await DocsTree.create(basic());
    await publish(sim, tree);
    const a = byTitle('Article A')!;
    sim.store.editTranslationDirect(a.id, 'en-us', {
      body: '<p>Edited in Guide by a colleague.</p>' + a.body.slice(a.body.indexOf('<div')),
    });
    await tree.write({ 'docs/a.md': '---\ntitle: Article A\nlabels: [one]\n---\nHello again from A.\n' });
    sim.resetLog();
    return { tree, a };
  }

  it('overwrite (default) updates the article and says what was overwritten', async () => {
    const { tree } = await drifted();
    const run = await publish(sim, tree);
    const row = run.report.rows.find((r) => r.title === 'Article A')!;
    expect(row).toMatchObject({ status: 'updated', drifted: ['en-us'] });
    expect(byTitle('Article A')!.body).toContain('Hello again from A.');
  });

  it('skip leaves the Guide copy alone', async () => {
    const { tree } = await drifted();
    const run = await publish(sim, tree, { onDrift: 'skip' });
    expect(run.report.counts.skipped).toBe(1);
    expect(sim.writes()).toEqual([]);
    expect(byTitle('Article A')!.body).toContain('Edited in Guide');
  });

  it('fail stops the run before any write', async () => {
    const { tree } = await drifted();
    const run = await publish(sim, tree, { onDrift: 'fail' });
    expect(run.report.blocked).toBe(true);
    expect(run.report.diagnostics[0]!.message).toMatch(/edited in Guide since the last publish/);
    expect(sim.writes()).toEqual([]);
    // The report speaks of the policy in force, and counts the blocked article where its table lists it.
    expect(run.report).toMatchObject({ onDrift: 'fail', planned: true, counts: { failed: 1, unchanged: 1, updated: 0 } });
    const text = renderText(run.report);
    expect(text).toContain('docs/a.md');
    expect(text).toContain('edited in Guide (en-us); stopped the publish (on-drift: fail)');
    expect(text).not.toContain('overwritten');
  });

  it('an unchanged article edited in Guide is drift too', async () => {
    const tree = await DocsTree.create(basic());
    await publish(sim, tree);
    const b = byTitle('Article B')!;
    sim.store.editTranslationDirect(b.id, 'en-us', { title: 'Article B (edited)' });
    const run = await publish(sim, tree, { mode: 'dry-run' });
    expect(run.report.rows.find((r) => r.articleId === b.id)).toMatchObject({ action: 'update', drifted: ['en-us'] });
  });
});

describe('partial failure', () => {
  it('one article failing does not stop the others, and the next run converges without duplicates', async () => {
    const tree = await DocsTree.create({ ...basic(), 'docs/c.md': '---\ntitle: Article C\n---\nC\n' });
    sim.failNext({
      method: 'POST',
      path: /\/sections\/\d+\/articles$/,
      status: 422,
      body: {
        error: 'RecordInvalid',
        description: 'Record validation errors',
        details: { permission_group_id: [{ description: 'Permission group: not allowed to publish' }] },
      },
    });
    // Without the lease, whose claim is a create in a section too and would take the refusal.
    const first = await publish(sim, tree, {}, { lease: false });
    expect(first.report.counts).toMatchObject({ created: 2, failed: 1 });
    const failed = first.report.rows.find((r) => r.status === 'failed')!;
    expect(failed.error).toMatch(/422.*not allowed to publish/);
    sim.resetLog();
    const second = await publish(sim, tree);
    expect(second.report.counts).toMatchObject({ created: 1, unchanged: 2, failed: 0 });
    for (const title of ['Article A', 'Article B', 'Article C']) expect(live().filter((a) => a.title === title)).toHaveLength(1);
  });
});

describe('not rendering what did not change', () => {
  const files = () => ({
    'docs/_defaults.yml': DEFAULTS_YML,
    'docs/a.md': '---\ntitle: A\n---\n![s](img/s.png) See [B](b.md#setup).\n',
    'docs/a.fr.md': '---\ntitle: A fr\n---\nVoir [B](b.md).\n',
    'docs/b.md': '# B\n\n## Setup\n\nText.\n',
    'docs/img/s.png': png(5),
  });
  const reusedCount = (log: string[]) =>
    Number((/([\d,]+) unchanged files? not rendered again/.exec(log.join('\n'))?.[1] ?? '0').replace(/,/g, ''));

  it('a second run renders nothing and writes nothing', async () => {
    const tree = await DocsTree.create(files());
    await publish(sim, tree);
    sim.resetLog();
    const again = await publish(sim, tree);
    expect(reusedCount(again.log)).toBe(3);
    expect(again.report.counts.unchanged).toBe(2);
    expect(sim.writes()).toEqual([]);
  });

  it('renders again when a referenced file, the title, or the Guide copy changed', async () => {
    const tree = await DocsTree.create(files());
    await publish(sim, tree);

    await tree.write({ 'docs/img/s.png': png(6) });
    const image = await publish(sim, tree);
    expect(reusedCount(image.log)).toBe(2);
    expect(image.report.rows.find((r) => r.title === 'A')!.reasons).toEqual(['body changed (en-us)']);

    await tree.write({ 'docs/a.fr.md': '---\ntitle: A (fr)\n---\nVoir [B](b.md).\n' });
    const title = await publish(sim, tree);
    expect(reusedCount(title.log)).toBe(2);
    expect(title.report.rows.find((r) => r.title === 'A')!.reasons).toEqual(['title changed (fr)']);

    const b = byTitle('B')!;
    sim.store.editTranslationDirect(b.id, 'en-us', { title: 'B edited in Guide' });
    const drift = await publish(sim, tree);
    expect(drift.report.rows.find((r) => r.articleId === b.id)).toMatchObject({ drifted: ['en-us'], status: 'updated' });
    expect(byTitle('B')).toBeDefined();
  });

  it('renders a file again when an article it links to is gone, and reports the broken link', async () => {
    const tree = await DocsTree.create(files());
    await publish(sim, tree);
    await tree.remove('docs/b.md');
    sim.resetLog();
    const run = await publish(sim, tree);
    expect(run.report.blocked).toBe(true);
    expect(
      run.report.diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => `${d.file}:${d.line}`)
        .sort(),
    ).toEqual(['docs/a.fr.md:4', 'docs/a.md:4']);
    expect(sim.writes()).toEqual([]);
  });
});

describe('provenance footer', () => {
  it('links each body to its source file, and never counts as a change by itself', async () => {
    const tree = await DocsTree.create(basic());
    const log: string[] = [];
    const config = buildConfig(
      { zendeskUrl: sim.url, oauthToken: sim.credentials.oauthToken, path: 'docs', mode: 'publish' },
      { repoRoot: tree.repo },
    );
    const run = (provenance: boolean) =>
      runPublish(
        { ...config, ...(provenance ? { provenance: { repoUrl: 'https://github.com/acme/docs', ref: 'main' } } : {}) },
        createConsoleLogger({ write: (l) => log.push(l) }),
      );
    // Published without the footer, then turned on: nothing to write.
    await run(false);
    sim.resetLog();
    await run(true);
    expect(sim.writes()).toEqual([]);
    // The next real change carries it.
    await tree.write({ 'docs/a.md': '---\ntitle: Article A\nlabels: [one]\n---\nHello again.\n' });
    await run(true);
    expect(byTitle('Article A')!.body).toContain(
      '<a href="https://github.com/acme/docs/blob/main/docs/a.md">Edit this article on GitHub</a>',
    );
    // And turning it off again is no change either.
    sim.resetLog();
    await run(false);
    expect(sim.writes()).toEqual([]);
  });
});
