/**
 * Identity and state that survive Guide's editor, renames and a lost record, over HTTP against
 * the simulator: no edit in Guide and no rename ever leads to a duplicate, on-drift decides
 * about edits, and what cannot be told apart stops the run before any write.
 */
import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseState, STATE_TITLE } from '../../src/plan/state.js';
import type { RawSettings } from '../../src/config/settings.js';
import { DEFAULTS_YML, DocsTree, isLeaseWrite, isStateWrite, publish } from '../helpers/docs-tree.js';
import type { GuideEdit } from '../zendesk-sim/editor.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';

let sim: Simulator;
/** The simulator's seed articles (made by hand in Guide): not the docs'. */
let seeded: Set<number>;
beforeEach(async () => {
  sim = await startSimulator();
  seeded = new Set((sim.dump() as { articles: { id: number }[] }).articles.map((a) => a.id));
});
afterEach(async () => {
  await sim.close();
});

type Art = { id: number; title: string; body: string; archived: boolean; source_locale: string };
const all = () => (sim.dump() as { articles: { id: number }[] }).articles.map((r) => sim.store.getArticle(r.id) as unknown as Art);
const isState = (a: Art) => a.title.startsWith(STATE_TITLE);
/** The docs' live articles, the state record aside. */
const live = () => all().filter((a) => !a.archived && !isState(a) && !seeded.has(a.id));
const stateArticle = () => all().find((a) => !a.archived && isState(a));
const translations = () => (sim.dump() as { translations: { source_id: number; locale: string }[] }).translations;
const articleWrites = () => sim.writes().filter((w) => !isStateWrite(w) && !isLeaseWrite(sim)(w));

const tree = () =>
  DocsTree.create({
    'docs/_defaults.yml': DEFAULTS_YML,
    'docs/guide.md': '---\ntitle: The guide\n---\nHello from the guide.\n\nA second paragraph.\n',
    'docs/guide.fr.md': '---\ntitle: Le guide\n---\nBonjour du guide.\n\nUn second paragraphe.\n',
    'docs/other.md': '---\ntitle: Other\n---\nSomething else.\n',
  });

/** Every article once, every translation once: the invariant behind every test here. */
function expectNoDuplicates(articles = 2, perArticle = [2, 1]) {
  const docs = live();
  expect(docs).toHaveLength(articles);
  expect(new Set(docs.map((a) => a.title)).size).toBe(docs.length);
  const counts = docs.map((a) => translations().filter((t) => t.source_id === a.id).length).sort((x, y) => y - x);
  expect(counts).toEqual(perArticle);
  for (const a of docs) {
    const locales = translations()
      .filter((t) => t.source_id === a.id)
      .map((t) => t.locale);
    expect(new Set(locales).size).toBe(locales.length);
  }
}

describe('the state record', () => {
  it('is one draft article, written once on the first publish and never on a no-op', async () => {
    const t = await tree();
    const first = await publish(sim, t);
    expect(first.report.counts.created).toBe(2);
    const state = stateArticle()!;
    expect(state).toBeDefined();
    expect(sim.store.getArticle(state.id)).toMatchObject({ draft: true });
    // One write for the record: its creation.
    expect(sim.writes().filter(isStateWrite)).toHaveLength(1);
    const record = parseState(state.body)!;
    expect(Object.keys(record.articles).sort()).toEqual(['guide', 'other']);
    expect(Object.keys(record.articles['guide']!.t).sort()).toEqual(['en-us', 'fr']);
    // Nothing in it a reader of the help center could use: it is a draft, and compressed.
    expect(state.body).not.toContain('guide.md');

    sim.resetLog();
    await publish(sim, t);
    expect(sim.writes()).toEqual([]);

    // A change: the article's writes and one update of the record.
    await t.write({ 'docs/other.md': '---\ntitle: Other\n---\nSomething new.\n' });
    sim.resetLog();
    await publish(sim, t);
    expect(
      sim
        .writes()
        .filter(isStateWrite)
        .map((w) => `${w.method} ${w.route}`),
    ).toEqual(['PUT /api/v2/help_center/articles/:id/translations/:locale']);
    expect(articleWrites()).toHaveLength(1);
  });

  it('a dry run never writes it', async () => {
    await publish(sim, await tree(), { mode: 'dry-run' });
    expect(sim.writes()).toEqual([]);
    expect(stateArticle()).toBeUndefined();
  });
});

const EDITS: Record<string, GuideEdit> = {
  'strip-invisible': { kind: 'strip-invisible' },
  rewrite: { kind: 'rewrite', body: '<h2>Rewritten in Guide</h2><p>All new text by a colleague.</p>' },
  'edit-text': { kind: 'edit-text', from: 'second paragraph', to: 'changed paragraph' },
};
const ON_DRIFT = ['overwrite', 'skip', 'fail'] as const;
const LOCALES = { source: ['en-us'], translation: ['fr'], all: ['en-us', 'fr'] } as const;
const frText = { from: 'second paragraphe', to: 'paragraphe changé' };

describe('editing in Guide never duplicates, and on-drift decides', () => {
  const cases = Object.keys(EDITS).flatMap((edit) =>
    ON_DRIFT.flatMap((onDrift) => (Object.keys(LOCALES) as (keyof typeof LOCALES)[]).map((where) => ({ edit, onDrift, where }))),
  );

  it.each(cases)('$edit of $where × on-drift $onDrift', async ({ edit, onDrift, where }) => {
    const t = await tree();
    await publish(sim, t);
    const guide = live().find((a) => a.title === 'The guide')!;
    for (const locale of LOCALES[where]) {
      const e = EDITS[edit]!;
      sim.store.editInGuide(guide.id, locale, e.kind === 'edit-text' && locale === 'fr' ? { kind: 'edit-text', ...frText } : e);
    }
    sim.resetLog();
    const run = await publish(sim, t, { onDrift } satisfies Partial<RawSettings>);
    expectNoDuplicates();
    expect(sim.writes().filter((w) => w.method === 'POST' && w.route.endsWith('/sections/:id/articles') && !isLeaseWrite(sim)(w))).toEqual(
      [],
    );
    const row = run.report.rows.find((r) => r.articleId === guide.id)!;

    if (edit === 'strip-invisible') {
      // The text is what was published: no drift; the invisible marker is put back.
      expect(row.drifted).toEqual([]);
      expect(run.report.blocked).toBe(false);
      expect(row.status).toBe('updated');
    } else if (onDrift === 'overwrite') {
      expect(row).toMatchObject({ status: 'updated', drifted: [...LOCALES[where]] });
      const body = sim.store.getArticle(guide.id)!['body'] as string;
      expect(body).toContain('A second paragraph.');
    } else if (onDrift === 'skip') {
      expect(row).toMatchObject({ status: 'skipped', drifted: [...LOCALES[where]] });
      expect(articleWrites()).toEqual([]);
    } else {
      expect(run.report.blocked).toBe(true);
      expect(run.report.diagnostics.find((d) => d.severity === 'error')?.message).toMatch(
        new RegExp(`article ${guide.id} was edited in Guide since the last publish \\(${LOCALES[where].join(', ')}\\)`),
      );
      expect(sim.writes()).toEqual([]);
    }

    // And whatever happened, the run after it plans no new article.
    sim.resetLog();
    const next = await publish(sim, t, { onDrift, mode: 'dry-run' });
    expect(next.report.counts.created).toBe(0);
    if (onDrift === 'skip' && edit !== 'strip-invisible')
      expect(next.report.rows.find((r) => r.articleId === guide.id)?.drifted).toEqual([...LOCALES[where]]);
  });
});

describe('renames without id keep the article, its id and its URL', () => {
  const git = (repo: string, ...args: string[]) =>
    execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { stdio: 'pipe' }).toString();

  for (const archiveRemoved of [false, true]) {
    it(`a moved file, the same content (archive-removed ${archiveRemoved})`, async () => {
      const t = await tree();
      await publish(sim, t);
      const guide = live().find((a) => a.title === 'The guide')!;
      await t.rename('docs/guide.md', 'docs/moved/renamed.md');
      await t.rename('docs/guide.fr.md', 'docs/moved/renamed.fr.md');
      sim.resetLog();
      const run = await publish(sim, t, { archiveRemoved });
      expect(run.report.counts).toMatchObject({ created: 0, archived: 0 });
      const row = run.report.rows.find((r) => r.articleId === guide.id)!;
      expect(row.file).toBe('docs/moved/renamed.md');
      expect(row.reasons[0]).toBe('moved from docs/guide.md');
      expectNoDuplicates();
      expect(live().find((a) => a.id === guide.id)).toBeDefined();
      // Converged: the record follows the file.
      sim.resetLog();
      await publish(sim, t, { archiveRemoved });
      expect(sim.writes()).toEqual([]);
      expect(Object.keys(parseState(stateArticle()!.body)!.articles).sort()).toEqual(['moved/renamed', 'other']);
    });
  }

  it('a moved and edited file, same title and section, without git', async () => {
    const t = await tree();
    await publish(sim, t);
    const guide = live().find((a) => a.title === 'The guide')!;
    await t.remove('docs/guide.md');
    await t.remove('docs/guide.fr.md');
    await t.write({ 'docs/setup/guide.md': '---\ntitle: The guide\n---\nHello from the moved and edited guide.\n' });
    const run = await publish(sim, t, { archiveRemoved: true });
    expect(run.report.counts).toMatchObject({ created: 0, archived: 0, updated: 1 });
    expect(run.report.rows.find((r) => r.articleId === guide.id)?.reasons[0]).toBe('moved from docs/guide.md');
    expectNoDuplicates(2, [2, 1]);
  });

  it('a moved, edited and retitled file, known from git history', async () => {
    const t = await tree();
    // An article of some length, as git's rename detection compares how much of a file stayed.
    const paragraphs = [
      'Hello from the guide.',
      'Install the app from the store.',
      'Sign in with your account.',
      'Open the settings.',
      'A second paragraph.',
    ];
    await t.write({ 'docs/guide.md': `---\ntitle: The guide\n---\n${paragraphs.join('\n\n')}\n` });
    git(t.repo, 'init', '-q');
    git(t.repo, 'add', '-A');
    git(t.repo, 'commit', '-qm', 'docs');
    await publish(sim, t);
    const guide = live().find((a) => a.title === 'The guide')!;
    expect(parseState(stateArticle()!.body)!.commit).toBe(git(t.repo, 'rev-parse', 'HEAD').trim());
    git(t.repo, 'mv', 'docs/guide.md', 'docs/handbook.md');
    git(t.repo, 'mv', 'docs/guide.fr.md', 'docs/handbook.fr.md');
    await t.write({
      'docs/handbook.md': `---\ntitle: The handbook\n---\n${[...paragraphs.slice(0, 4), 'A second paragraph, edited.'].join('\n\n')}\n`,
    });
    git(t.repo, 'commit', '-qam', 'rename and edit');
    const run = await publish(sim, t, { archiveRemoved: true });
    expect(run.report.counts).toMatchObject({ created: 0, archived: 0, updated: 1 });
    const row = run.report.rows.find((r) => r.articleId === guide.id)!;
    expect(row.reasons[0]).toBe('moved from docs/guide.md');
    expect(live().find((a) => a.id === guide.id)?.title).toBe('The handbook');
    expectNoDuplicates();
  });

  it('without git, a retitled and edited move cannot be told from a new file: the old one is only archived when asked', async () => {
    const t = await tree();
    await publish(sim, t);
    await t.remove('docs/other.md');
    await t.write({ 'docs/another.md': '---\ntitle: Another\n---\nDifferent.\n' });
    const run = await publish(sim, t);
    expect(run.report.counts).toMatchObject({ created: 1, archived: 0 });
  });
});

describe('lost state: a conflict, never a copy', () => {
  it('the state record deleted: the markers still say which article each file is', async () => {
    const t = await tree();
    await publish(sim, t);
    sim.store.archiveArticle(stateArticle()!.id);
    sim.resetLog();
    const run = await publish(sim, t);
    expect(run.report.counts).toMatchObject({ created: 0, unchanged: 2 });
    expectNoDuplicates();
    // The record is made again, in one request.
    expect(
      sim
        .writes()
        .filter((w) => !isLeaseWrite(sim)(w))
        .map((w) => isStateWrite(w)),
    ).toEqual([true]);
  });

  it('markers stripped everywhere: the state record still says which article each file is', async () => {
    const t = await tree();
    await publish(sim, t);
    for (const a of live())
      for (const tr of translations().filter((x) => x.source_id === a.id))
        sim.store.editInGuide(a.id, tr.locale, { kind: 'strip-invisible' });
    const run = await publish(sim, t);
    expect(run.report.counts.created).toBe(0);
    expectNoDuplicates();
  });

  it('both gone: the run stops with a conflict naming the files and the articles, and writes nothing', async () => {
    const t = await tree();
    await publish(sim, t);
    const ids = live().map((a) => a.id);
    for (const a of live())
      for (const tr of translations().filter((x) => x.source_id === a.id))
        sim.store.editInGuide(a.id, tr.locale, { kind: 'strip-invisible' });
    sim.store.archiveArticle(stateArticle()!.id);
    sim.resetLog();
    const run = await publish(sim, t);
    expect(run.report.blocked).toBe(true);
    expect(sim.writes()).toEqual([]);
    const errors = run.report.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.file).sort()).toEqual(['docs/guide.md', 'docs/other.md']);
    for (const d of errors) {
      expect(d.message).toMatch(/would create a new article, but article (\d+) .* has this title and nothing records it as this file's/);
      expect(ids).toContain(Number(/article (\d+)/.exec(d.message)![1]));
      expect(d.hint).toMatch(/set `id: \d+` and `adopt: true`/);
    }
    expectNoDuplicates();
  });
});
