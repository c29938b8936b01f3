/**
 * A file with `redirect_from: old.md` replaces an article of this source: the run writes the
 * redirect rules, then archives the old article. The Redirect Rules reference
 * (developer.zendesk.com/api-reference/help_center/help-center-api/redirect_rules/) says a rule
 * only takes effect once its URL answers 404 ("to redirect an article URL, the article must be
 * archived or deleted"), so writing the rules first changes nothing for readers; archiving
 * (developer.zendesk.com/api-reference/help_center/help-center-api/articles/#archive-article)
 * comes last. A run that stops between the two (a refused rule, a failed archive, Ctrl-C in a
 * real process) leaves the old article live and findable, and the next run converges: the rules
 * written, the article archived, nothing duplicated, and the run after writes nothing.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../src/report/text.js';
import type { Report } from '../../src/report/model.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';
import type { RequestLogEntry } from '../zendesk-sim/types.js';
import { bundleCli, startCli } from '../helpers/cli-process.js';
import { DEFAULTS_YML, DocsTree, contentWrites, publish } from '../helpers/docs-tree.js';

const OLD = { 'docs/old.md': '---\ntitle: Old\n---\nOld text.\n', 'docs/old.fr.md': '---\ntitle: Ancien\n---\nTexte.\n' };
const NEW = '---\ntitle: New\nredirect_from: [old.md]\n---\nNew text.\n';
const RULES = '/api/v2/guide/redirect_rules';

let sims: Simulator[] = [];
afterEach(async () => {
  await Promise.all(sims.map((s) => s.close()));
  sims = [];
});

async function simulator(options: Parameters<typeof startSimulator>[0] = {}): Promise<Simulator> {
  const sim = await startSimulator(options);
  sims.push(sim);
  return sim;
}

/** Publishes old.md (en-us and fr), then replaces it with new.md; returns the tree and the old article's id. */
async function replaced(sim: Simulator): Promise<{ tree: DocsTree; old: number }> {
  const tree = await DocsTree.create({ 'docs/_defaults.yml': DEFAULTS_YML, ...OLD });
  await publish(sim, tree);
  const old = titled(sim, 'Old')[0]!.id;
  await tree.remove('docs/old.md');
  await tree.remove('docs/old.fr.md');
  await tree.write({ 'docs/new.md': NEW });
  sim.resetLog();
  return { tree, old };
}

function titled(sim: Simulator, title: string) {
  return sim.store.articles.filter((a) => sim.store.sourceTranslation(a).title === title);
}

const archived = (sim: Simulator, id: number) => Boolean((sim.store.getArticle(id) as { archived?: boolean }).archived);

const rules = (sim: Simulator) =>
  sim.store.guide.redirectRules.map((r) => `${r.redirect_from} -> ${r.redirect_to} ${r.redirect_status}`).sort();

function expectedRules(old: number, id: number): string[] {
  return [`/hc/en-us/articles/${old} -> /hc/en-us/articles/${id} 301`, `/hc/fr/articles/${old} -> /hc/en-us/articles/${id} 301`];
}

/** After a run that stopped between the rules and the archive: the next one converges, the one after writes nothing. */
async function expectConverges(sim: Simulator, tree: DocsTree, old: number): Promise<void> {
  sim.resetLog();
  const next = await publish(sim, tree);
  expect(next.report.counts).toMatchObject({ failed: 0, archived: 1 });
  const news = titled(sim, 'New');
  expect(news).toHaveLength(1);
  expect(archived(sim, old)).toBe(true);
  expect(rules(sim)).toEqual(expectedRules(old, news[0]!.id));
  expect(sim.integrity().duplicateArticles).toBe(0);
  sim.resetLog();
  await publish(sim, tree);
  expect(sim.writes()).toEqual([]);
}

describe('redirect_from: the rules are written before the replaced article is archived', () => {
  it('writes every rule before the archive', async () => {
    const sim = await simulator();
    const { tree, old } = await replaced(sim);
    const run = await publish(sim, tree);
    expect(run.report.counts).toMatchObject({ created: 1, archived: 1, failed: 0 });
    const order = contentWrites(sim);
    const archive = order.indexOf('DELETE /api/v2/help_center/articles/:id');
    expect(archive).toBeGreaterThan(-1);
    expect(order.filter((w) => w === `POST ${RULES}`)).toHaveLength(2);
    expect(order.lastIndexOf(`POST ${RULES}`)).toBeLessThan(archive);
    expect(rules(sim)).toEqual(expectedRules(old, titled(sim, 'New')[0]!.id));
  });

  it('a refused rule leaves the old article live, the report says so, and the next run writes the rules and archives it', async () => {
    const sim = await simulator();
    const { tree, old } = await replaced(sim);
    sim.failNext({ method: 'POST', path: RULES, status: 422, body: { error: 'RecordInvalid' } });
    const run = await publish(sim, tree);
    expect(archived(sim, old)).toBe(false);
    expect(sim.writes().some((w) => w.method === 'DELETE' && w.path.endsWith(`/articles/${old}`))).toBe(false);
    const row = run.report.rows.find((r) => r.articleId === old)!;
    expect(row.status).toBe('skipped');
    expect(row.error).toMatch(
      /^not archived: the redirect rules to docs\/new\.md were not written \(.+\); the next publish archives it once they are$/,
    );
    expect(run.report.rows.find((r) => r.file === 'docs/new.md')!.status).toBe('failed');
    expect(renderText(run.report)).toContain('not archived: the redirect rules to docs/new.md were not written');
    expect(run.log.join('\n')).toMatch(/docs\/new\.md: article \d+ not archived: the redirect rules/);
    await expectConverges(sim, tree, old);
  });

  it('a failed archive after the rules: the next run archives it and writes no rule again', async () => {
    const sim = await simulator();
    const { tree, old } = await replaced(sim);
    sim.failNext({ method: 'DELETE', path: `/api/v2/help_center/articles/${old}`, status: 422 });
    const run = await publish(sim, tree);
    expect(run.report.rows.find((r) => r.articleId === old)!.status).toBe('failed');
    expect(archived(sim, old)).toBe(false);
    const id = titled(sim, 'New')[0]!.id;
    expect(rules(sim)).toEqual(expectedRules(old, id));
    sim.resetLog();
    const next = await publish(sim, tree);
    expect(next.report.counts).toMatchObject({ failed: 0, archived: 1, created: 0 });
    expect(contentWrites(sim)).toEqual(['DELETE /api/v2/help_center/articles/:id']);
    expect(archived(sim, old)).toBe(true);
    expect(rules(sim)).toEqual(expectedRules(old, id));
    sim.resetLog();
    await publish(sim, tree);
    expect(sim.writes()).toEqual([]);
  });
});

describe('redirect_from and Ctrl-C in a real process', () => {
  let cli = '';
  let cleanup = (): Promise<void> => Promise.resolve();
  beforeAll(async () => {
    ({ cli, cleanup } = await bundleCli('redirect-order-cli'));
  });
  afterAll(() => cleanup());

  it('SIGINT while the first rule is being written: the old article stays live, and the next run writes the rules and archives it', async () => {
    const held: { signal?: () => void } = {};
    let sent = false;
    const sim = await simulator({
      // Holds the first rule's request while the CLI gets SIGINT: a write in flight still gets its answer.
      onRequest: async (entry: RequestLogEntry, phase) => {
        if (phase !== 'received' || sent || entry.method !== 'POST' || !entry.path.startsWith(RULES) || !held.signal) return;
        sent = true;
        held.signal();
        await new Promise((r) => setTimeout(r, 500));
      },
    });
    const { tree, old } = await replaced(sim);
    const json = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-redirect-')), 'report.json');
    const run = startCli(cli, sim, ['publish', '--repo', tree.repo, '--json', json]);
    held.signal = () => run.child.kill('SIGINT');
    const code = await run.exited;
    expect(sent, 'the signal was sent').toBe(true);
    expect(code, run.output()).toBe(130);
    expect(archived(sim, old)).toBe(false);
    const report = JSON.parse(await fs.readFile(json, 'utf8')) as Report;
    const row = report.rows.find((r) => r.articleId === old)!;
    expect(row.status).toBe('skipped');
    expect(row.error).toBe('not written: the run was interrupted');
    // At most the rule in flight was written; the new article exists once.
    expect(sim.store.guide.redirectRules.length).toBeLessThanOrEqual(1);
    expect(titled(sim, 'New')).toHaveLength(1);
    await expectConverges(sim, tree, old);
  }, 120_000);
});
