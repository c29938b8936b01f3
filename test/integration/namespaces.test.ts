import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseState, stateHtml, stateTitle } from '../../src/plan/state.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';
import { DEFAULTS_YML, DocsTree, isLeaseWrite, isStateWrite, publish } from '../helpers/docs-tree.js';

let sim: Simulator;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.close();
});

type Art = { id: number; title: string; archived: boolean; body: string };
const articles = () => (sim.dump() as { articles: { id: number }[] }).articles.map((r) => sim.store.getArticle(r.id) as unknown as Art);
const live = () => articles().filter((a) => !a.archived && !a.title.startsWith('zendesk-guide-publisher state'));
const states = () => articles().filter((a) => a.title.startsWith('zendesk-guide-publisher state'));
const articleWrites = () => sim.writes().filter((w) => !isStateWrite(w) && !isLeaseWrite(sim)(w));

const page = (title: string) => `---\ntitle: ${title}\n---\nText of ${title}.\n`;

/** Two docs roots in one repository, each with `x/page.md`. */
const twoRoots = () =>
  DocsTree.create({
    'docs/_defaults.yml': DEFAULTS_YML,
    'docs/x/page.md': page('Page of docs'),
    'docs/only-docs.md': page('Only in docs'),
    'guides/_defaults.yml': DEFAULTS_YML,
    'guides/x/page.md': page('Page of guides'),
  });

describe('several docs roots in one help center', () => {
  it('two roots with the same relative path get two articles, and a second run of each writes nothing', async () => {
    const tree = await twoRoots();
    const a = await publish(sim, tree, { path: 'docs' });
    expect(a.report.counts).toMatchObject({ created: 2, failed: 0 });
    expect(a.log.join('\n')).toContain('Namespace: docs (the docs path only;');
    const b = await publish(sim, tree, { path: 'guides' });
    expect(b.report.counts).toMatchObject({ created: 1, updated: 0, failed: 0 });
    const titles = live().map((x) => x.title);
    expect(titles.filter((t) => t === 'Page of docs')).toHaveLength(1);
    expect(titles.filter((t) => t === 'Page of guides')).toHaveLength(1);
    expect(states()).toHaveLength(2);
    sim.resetLog();
    expect((await publish(sim, tree, { path: 'docs' })).report.counts).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect((await publish(sim, tree, { path: 'guides' })).report.counts).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(sim.writes()).toEqual([]);
  });

  it('archive-removed in one root archives only that root’s article', async () => {
    const tree = await twoRoots();
    await publish(sim, tree, { path: 'docs' });
    await publish(sim, tree, { path: 'guides' });
    await tree.remove('docs/x/page.md');
    const run = await publish(sim, tree, { path: 'docs', archiveRemoved: true });
    expect(run.report.counts).toMatchObject({ archived: 1, created: 0 });
    expect(
      live()
        .map((x) => x.title)
        .sort(),
    ).toEqual(expect.arrayContaining(['Only in docs', 'Page of guides']));
    expect(live().some((x) => x.title === 'Page of docs')).toBe(false);
    // The other root's run still finds its article.
    sim.resetLog();
    const other = await publish(sim, tree, { path: 'guides', archiveRemoved: true });
    expect(other.report.counts).toMatchObject({ created: 0, archived: 0, unchanged: 1 });
    expect(sim.writes()).toEqual([]);
  });

  it('an explicit id of another root’s article is an error naming its namespace, unless adopt', async () => {
    const tree = await twoRoots();
    await publish(sim, tree, { path: 'docs' });
    const id = live().find((x) => x.title === 'Only in docs')!.id;
    await tree.write({ 'guides/other.md': `---\nid: ${id}\ntitle: Only in docs\n---\nText.\n` });
    sim.resetLog();
    const refused = await publish(sim, tree, { path: 'guides' });
    expect(refused.report.blocked).toBe(true);
    expect(refused.report.diagnostics).toContainEqual(
      expect.objectContaining({ file: 'guides/other.md', line: 2, message: expect.stringContaining('namespace docs') }),
    );
    expect(sim.writes()).toEqual([]);
  });

  it('rejects a namespace with odd characters at its line in the config file', async () => {
    const tree = await DocsTree.create({
      'docs/_defaults.yml': DEFAULTS_YML,
      'docs/zendesk-guide.yml': 'default_locale: en-us\nnamespace: "has spaces"\n',
      'docs/a.md': page('A'),
    });
    const run = await publish(sim, tree);
    expect(run.report.blocked).toBe(true);
    expect(run.report.diagnostics).toContainEqual(expect.objectContaining({ file: 'docs/zendesk-guide.yml', line: 2 }));
    expect(sim.writes()).toEqual([]);
  });
});

describe('several repositories in one help center', () => {
  const quietly = async (argv: string[], env: NodeJS.ProcessEnv) => {
    const out: string[] = [];
    const io = { stdout: { write: (s: string) => (out.push(s), true) }, stderr: { write: (s: string) => (out.push(s), true) } };
    const code = await main(argv, env, io);
    return { code, out: out.join('') };
  };

  it('two repositories with the same docs root and file names get distinct articles (GITHUB_REPOSITORY)', async () => {
    const files = { 'docs/_defaults.yml': DEFAULTS_YML, 'docs/index.md': page('Index') };
    const one = await DocsTree.create(files);
    const two = await DocsTree.create(files);
    const env = (repo: string) => ({ ZENDESK_URL: sim.url, ZENDESK_OAUTH_TOKEN: sim.credentials.oauthToken, GITHUB_REPOSITORY: repo });
    expect((await quietly(['publish', '--repo', one.repo], env('acme/one'))).code).toBe(0);
    // A second repository with the same docs path is refused until it says it is another source.
    const refused = await quietly(['publish', '--repo', two.repo], env('acme/two'));
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('acme/one:docs');
    await two.write({ 'docs/zendesk-guide.yml': 'namespace: acme/two:docs\n' });
    expect((await quietly(['publish', '--repo', two.repo], env('acme/two'))).code).toBe(0);
    expect(live().filter((x) => x.title === 'Index')).toHaveLength(2);
    sim.resetLog();
    expect((await quietly(['publish', '--repo', one.repo], env('acme/one'))).code).toBe(0);
    expect((await quietly(['publish', '--repo', two.repo], env('acme/two'))).code).toBe(0);
    expect(sim.writes()).toEqual([]);
  });
});

describe('upgrading from records and markers without a namespace', () => {
  /** Rewrites what Zendesk holds as the tool wrote it before namespaces: records per docs root, markers with the key only. */
  function makeLegacy(): void {
    for (const a of articles()) {
      for (const t of sim.store.translationsOf('article', a.id)) {
        const record = t.body.includes('zgp-state') ? parseState(t.body) : undefined;
        if (record) {
          delete record.ns;
          t.body = stateHtml(record);
          t.title = stateTitle(record.root);
        } else {
          t.body = t.body.replace(/ data-zgp-ns="[^"]*"/g, '');
        }
      }
    }
  }

  it('takes over the old record: zero creates, no duplicates, zero writes on a no-op; the record is rewritten with the next real change', async () => {
    const tree = await twoRoots();
    await publish(sim, tree, { path: 'docs' });
    await publish(sim, tree, { path: 'guides' });
    makeLegacy();
    expect(articles().some((a) => a.body?.includes('data-zgp-ns'))).toBe(false);
    sim.resetLog();
    const docs = await publish(sim, tree, { path: 'docs' });
    const guides = await publish(sim, tree, { path: 'guides' });
    expect(docs.report.counts).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(guides.report.counts).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(sim.writes()).toEqual([]);
    expect(live()).toHaveLength(live().length);

    await tree.write({ 'docs/only-docs.md': page('Only in docs, changed') });
    const changed = await publish(sim, tree, { path: 'docs', archiveRemoved: true });
    expect(changed.report.counts).toMatchObject({ created: 0, updated: 1, archived: 0 });
    expect(articleWrites()).toHaveLength(1);
    expect(sim.writes().filter(isStateWrite)).toHaveLength(1);
    sim.resetLog();
    expect((await publish(sim, tree, { path: 'docs', archiveRemoved: true })).report.counts).toMatchObject({ unchanged: 2 });
    expect((await publish(sim, tree, { path: 'guides', archiveRemoved: true })).report.counts).toMatchObject({ unchanged: 1, archived: 0 });
    expect(sim.writes()).toEqual([]);
  });
});

describe('the namespace command', () => {
  const run = async (argv: string[], env: NodeJS.ProcessEnv) => {
    const out: string[] = [];
    const io = { stdout: { write: (s: string) => (out.push(s), true) }, stderr: { write: (s: string) => (out.push(s), true) } };
    const code = await main(argv, env, io);
    return { code, out: out.join('') };
  };

  it('shows the namespaces, and moves a renamed repository’s record so its publish creates nothing', async () => {
    const tree = await DocsTree.create({ 'docs/_defaults.yml': DEFAULTS_YML, 'docs/a.md': page('A'), 'docs/b.md': page('B') });
    const env = (repo: string) => ({ ZENDESK_URL: sim.url, ZENDESK_OAUTH_TOKEN: sim.credentials.oauthToken, GITHUB_REPOSITORY: repo });
    expect((await run(['publish', '--repo', tree.repo], env('acme/old'))).code).toBe(0);

    const shown = await run(['namespace', '--repo', tree.repo], env('acme/new'));
    expect(shown.code).toBe(0);
    expect(shown.out).toContain('namespace: acme/new:docs (repository acme/new and docs path docs)');
    expect(shown.out).toContain('acme/old:docs: 2 articles, docs path docs');

    // Renamed: publishing would re-create both, so it is refused.
    sim.resetLog();
    expect((await run(['publish', '--repo', tree.repo], env('acme/new'))).code).toBe(1);
    expect(sim.writes()).toEqual([]);

    const dry = await run(['namespace', '--repo', tree.repo, '--move-from', 'acme/old:docs'], env('acme/new'));
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('would move 2 articles from acme/old:docs to acme/new:docs');
    expect(sim.writes()).toEqual([]);
    const moved = await run(['namespace', '--repo', tree.repo, '--move-from', 'acme/old:docs', '--yes'], env('acme/new'));
    expect(moved.code).toBe(0);
    expect(sim.writes()).toHaveLength(1);
    expect((await run(['namespace', '--repo', tree.repo, '--move-from', 'nope:docs'], env('acme/new'))).code).toBe(1);

    sim.resetLog();
    expect((await run(['publish', '--repo', tree.repo], env('acme/new'))).code).toBe(0);
    expect(
      live()
        .map((a) => a.title)
        .sort(),
    ).toEqual(expect.arrayContaining(['A', 'B']));
    expect(live().filter((a) => a.title === 'A')).toHaveLength(1);
    expect(sim.writes().filter((w) => w.method === 'POST' && w.route.includes('articles'))).toHaveLength(0);
    sim.resetLog();
    expect((await run(['publish', '--repo', tree.repo], env('acme/new'))).code).toBe(0);
    expect(sim.writes()).toEqual([]);
  });
});
