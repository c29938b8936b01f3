/**
 * `drift` over HTTP against the simulator, as a user types it (`main()` with argv and an
 * environment): after a publish, edits made in Guide's editor (one translation only, by a named
 * agent) are listed with their diff, locale, editor and time; an edit undone, one older than
 * --since, and one the docs already have are not; `plan` agrees; exit codes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { DriftReport } from '../../src/drift/model.js';
import type { Report } from '../../src/report/model.js';
import { DEFAULTS_YML, DocsTree, publish } from '../helpers/docs-tree.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';
import { manualClock } from '../zendesk-sim/test-helpers.js';

const AGENT = 370000000002;
const T0 = Date.UTC(2026, 10, 1, 9, 0, 0);

let sim: Simulator;
let clock: ReturnType<typeof manualClock>;
let tree: DocsTree;
beforeEach(async () => {
  clock = manualClock(T0);
  sim = await startSimulator({ now: clock.now });
  tree = await DocsTree.create({
    'docs/_defaults.yml': DEFAULTS_YML,
    'docs/guide.md': '---\ntitle: The guide\n---\nHello from the guide.\n\nA second paragraph.\n',
    'docs/guide.fr.md': '---\ntitle: Le guide\n---\nBonjour du guide.\n\nUn second paragraphe.\n',
    'docs/other.md': '---\ntitle: Other\n---\nSomething else.\n',
  });
  const first = await publish(sim, tree);
  expect(first.report.counts.created).toBe(2);
  clock.advance(3_600_000);
});
afterEach(async () => {
  await sim.close();
});

const env = (): NodeJS.ProcessEnv => ({
  ZENDESK_URL: sim.url,
  ZENDESK_OAUTH_CLIENT_ID: sim.credentials.oauthClientId,
  ZENDESK_OAUTH_CLIENT_SECRET: sim.credentials.oauthClientSecret,
});

async function cli(argv: string[], environment: NodeJS.ProcessEnv = env()): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, environment, {
    stdout: { write: (s: string) => out.push(s) > 0 },
    stderr: { write: (s: string) => err.push(s) > 0 },
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

async function drift(...args: string[]): Promise<{ code: number; report: DriftReport; stderr: string }> {
  const run = await cli(['drift', '--repo', tree.repo, '--json', '-', ...args]);
  return { code: run.code, report: JSON.parse(run.stdout) as DriftReport, stderr: run.stderr };
}

const guideId = () => {
  const found = sim.store.articles.find((a) => !a.archived && sim.store.sourceTranslation(a)?.title === 'The guide');
  if (!found) throw new Error('no guide article');
  return found.id;
};
const usersRequests = () => sim.requests.filter((r) => r.path.startsWith('/api/v2/users/show_many'));
const iso = (ms: number) => new Date(ms).toISOString();

describe('drift', () => {
  it('after a publish, with nothing edited: clean, exit 0, and nobody is looked up', async () => {
    sim.resetLog();
    const run = await drift('--since', '0', '--fail-on-drift');
    expect(run.code, run.stderr).toBe(0);
    expect(run.report).toMatchObject({ kind: 'drift', articles: [], since: '1970-01-01T00:00:00.000Z' });
    expect(run.report.error).toBeUndefined();
    expect(usersRequests()).toEqual([]);
    expect(sim.writes()).toEqual([]);
  });

  it('one translation edited in Guide by an agent: only that locale, with its diff, the editor by name and the time', async () => {
    const editedAt = clock.now();
    sim.store.editInGuide(guideId(), 'fr', { kind: 'edit-text', from: 'Un second paragraphe.', to: 'Un deuxième paragraphe.' }, AGENT);
    clock.advance(60_000);
    sim.resetLog();
    const run = await drift('--since', '0');
    expect(run.code, run.stderr).toBe(0);
    expect(sim.writes()).toEqual([]);
    expect(run.report.articles).toHaveLength(1);
    const [article] = run.report.articles;
    expect(article).toMatchObject({ file: 'docs/guide.md', title: 'The guide', articleId: guideId() });
    expect(article!.translations).toEqual([
      {
        locale: 'fr',
        updatedAt: iso(Math.floor(editedAt / 1000) * 1000).replace('.000Z', 'Z'),
        updatedBy: { id: AGENT, name: 'Alan Agent' },
        lines: [
          { op: ' ', text: 'Bonjour du guide.' },
          { op: '-', text: 'Un second paragraphe.' },
          { op: '+', text: 'Un deuxième paragraphe.' },
        ],
        omitted: 0,
      },
    ]);
    // One Show Many Users request, for the one editor.
    expect(usersRequests().map((r) => r.query)).toEqual([{ ids: String(AGENT) }]);
    // --fail-on-drift turns the same finding into exit 1.
    expect((await drift('--since', '0', '--fail-on-drift')).code).toBe(1);
  });

  it('agrees with plan: what plan reports as edited in Guide is what drift lists', async () => {
    sim.store.editInGuide(guideId(), 'en-us', { kind: 'rewrite', body: '<p>Rewritten in Guide.</p>' }, AGENT);
    const planRun = await cli(['plan', '--repo', tree.repo, '--json', '-']);
    const plan = JSON.parse(planRun.stdout) as Report;
    const driftedInPlan = plan.rows.filter((r) => r.drifted.length).map((r) => [r.file, r.drifted]);
    const run = await drift('--since', '0');
    expect(run.report.articles.map((a) => [a.file, a.translations.map((t) => t.locale)])).toEqual(driftedInPlan);
    expect(driftedInPlan).toEqual([['docs/guide.md', ['en-us']]]);
  });

  it('an edit undone in Guide is no drift, and neither is an edit the docs already have', async () => {
    const id = guideId();
    sim.store.editInGuide(id, 'fr', { kind: 'edit-text', from: 'Bonjour', to: 'Salut' }, AGENT);
    clock.advance(60_000);
    sim.store.editInGuide(id, 'fr', { kind: 'edit-text', from: 'Salut', to: 'Bonjour' }, AGENT);
    let run = await drift('--since', '0', '--fail-on-drift');
    expect(run.code).toBe(0);
    expect(run.report.articles).toEqual([]);
    // Changed in Guide since then, yet matching: counted, not listed.
    expect(run.report.matching).toBeGreaterThanOrEqual(1);

    // The same change made in Guide and in the file: nothing to report, though plan sees Guide's edit.
    sim.store.editInGuide(id, 'en-us', { kind: 'edit-text', from: 'A second paragraph.', to: 'A better paragraph.' }, AGENT);
    await tree.write({ 'docs/guide.md': '---\ntitle: The guide\n---\nHello from the guide.\n\nA better paragraph.\n' });
    const plan = JSON.parse((await cli(['plan', '--repo', tree.repo, '--json', '-'])).stdout) as Report;
    expect(plan.rows.find((r) => r.file === 'docs/guide.md')?.drifted).toEqual(['en-us']);
    run = await drift('--since', '0', '--fail-on-drift');
    expect(run.code).toBe(0);
    expect(run.report.articles).toEqual([]);
  });

  it('--since leaves out edits made before it, whether given as epoch seconds or an ISO time', async () => {
    const id = guideId();
    sim.store.editInGuide(id, 'fr', { kind: 'edit-text', from: 'Bonjour', to: 'Salut' }, AGENT);
    const between = clock.now() + 30 * 60_000;
    clock.set(between + 30 * 60_000);
    sim.store.editInGuide(id, 'en-us', { kind: 'edit-text', from: 'Hello', to: 'Hi' });

    const all = await drift('--since', '0');
    expect(all.report.articles[0]!.translations.map((t) => t.locale).sort()).toEqual(['en-us', 'fr']);

    for (const since of [String(Math.floor(between / 1000)), iso(between).replace('.000Z', 'Z')]) {
      const later = await drift('--since', since);
      expect(later.report.since).toBe(iso(between));
      const [only] = later.report.articles;
      expect(only!.translations.map((t) => [t.locale, t.updatedBy?.name])).toEqual([['en-us', 'Ada Admin']]);
    }
    // After the last edit: nothing.
    expect((await drift('--since', String(Math.floor(clock.now() / 1000) + 1))).report.articles).toEqual([]);
  });

  it('a title changed in Guide is shown as such; a publish with on-drift overwrite makes it clean again', async () => {
    sim.store.editTranslationDirect(guideId(), 'fr', { title: 'Le nouveau guide' }, AGENT);
    const run = await drift('--since', '0');
    expect(run.report.articles[0]!.translations[0]).toMatchObject({
      locale: 'fr',
      title: { repo: 'Le guide', guide: 'Le nouveau guide' },
      lines: [],
    });
    await publish(sim, tree, { onDrift: 'overwrite' });
    expect((await drift('--since', '0', '--fail-on-drift')).code).toBe(0);
  });

  it('prints a readable report: verdict, file, locale, editor, the diff', async () => {
    sim.store.editInGuide(guideId(), 'fr', { kind: 'edit-text', from: 'Un second paragraphe.', to: 'Un deuxième paragraphe.' }, AGENT);
    const run = await cli(['drift', '--repo', tree.repo, '--since', '2026-11-01']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '⚠️ Drift: 1 translation of 1 article edited in Guide since 2026-11-01 00:00 UTC no longer match the docs.',
    );
    expect(run.stdout).toContain('docs/guide.md (#');
    expect(run.stdout).toMatch(/fr, edited by Alan Agent on 2026-11-01 10:00 UTC \(− the docs, \+ Guide\)/);
    expect(run.stdout).toContain('      - Un second paragraphe.\n      + Un deuxième paragraphe.');
  });

  it('exit codes: 2 for usage and settings, before any request; 3 when Zendesk refuses', async () => {
    sim.resetLog();
    const noSince = await cli(['drift', '--repo', tree.repo]);
    expect(noSince.code).toBe(2);
    expect(noSince.stderr).toMatch(/^error: drift needs --since/);
    const badSince = await cli(['drift', '--repo', tree.repo, '--since', 'yesterday']);
    expect(badSince.code).toBe(2);
    expect(badSince.stderr).toContain('--since must be an epoch in seconds, an ISO date');
    const millis = await cli(['drift', '--repo', tree.repo, '--since', String(Date.now())]);
    expect(millis.code).toBe(2);
    expect(millis.stderr).toContain('not milliseconds');
    const offline = await cli(['drift', '--repo', tree.repo, '--since', '0'], {});
    expect(offline.code).toBe(2);
    expect(offline.stderr).toContain('drift reads the help center: set --zendesk-url (or --zendesk-subdomain) and credentials');
    expect(sim.requests).toEqual([]);

    const refused = await cli(['drift', '--repo', tree.repo, '--since', '0'], { ...env(), ZENDESK_OAUTH_CLIENT_SECRET: 'wrong' });
    expect(refused.code).toBe(3);
  });
});
