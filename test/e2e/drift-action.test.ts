import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DriftReport } from '../../src/drift/model.js';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/index.js';
import { DEFAULTS_YML, DocsTree, publish } from '../helpers/docs-tree.js';
import { ACTION_NODE_VERSION, runAction, withoutMaskCommands } from '../helpers/run-action.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';
import { readFile } from 'node:fs/promises';

const NAMESPACE = 'acme/docs:docs';

const WRITE_TOKEN = 'ghs_write_token';
const READ_TOKEN = 'ghs_read_only_token';
const AGENT = 370000000002;
const MARKER = '<!-- zendesk-guide-publisher-drift:docs -->';

/**
 * `mode: drift` as the runner runs it (dist/index.js, inputs from action.yml), on a schedule:
 * the job summary, the outputs, and one issue on the fake GitHub API over HTTP, opened when
 * drift appears, updated when it changes, left alone when it does not, closed when clean,
 * reopened when it comes back, never duplicated.
 */
describe(`dist/index.js with mode: drift (Node ${ACTION_NODE_VERSION})`, () => {
  let sim: Simulator;
  let gh: FakeGitHub;
  let tree: DocsTree;
  let runId = 76;
  beforeAll(async () => {
    // Many runs in a row: the export's own limit (10 a minute) would make them wait out 429s.
    sim = await startSimulator({ incrementalRateLimitPerMinute: 1000 });
    gh = await startFakeGitHub({ prefix: '/api/v3', writeTokens: [WRITE_TOKEN], readOnlyTokens: [READ_TOKEN] });
    tree = await DocsTree.create({
      'docs/_defaults.yml': DEFAULTS_YML,
      'docs/guide.md': '---\ntitle: The guide\n---\nHello from the guide.\n\nA second paragraph.\n',
      'docs/guide.fr.md': '---\ntitle: Le guide\n---\nBonjour du guide.\n\nUn second paragraphe.\n',
      'docs/other.md': '---\ntitle: Other\n---\nSomething else.\n',
    });
    // As the action names this source (GITHUB_REPOSITORY acme/docs, docs path docs): one namespace for both.
    expect((await publish(sim, tree, { namespace: NAMESPACE })).report.counts.created).toBe(2);
  });
  afterAll(async () => {
    await sim?.close();
    await gh?.close();
  });
  beforeEach(() => {
    sim.resetLog();
    gh.resetLog();
  });

  const onSchedule = (extra: Record<string, string> = {}, githubToken = WRITE_TOKEN) =>
    runAction({
      with: {
        'zendesk-url': sim.url,
        'zendesk-oauth-client-id': sim.credentials.oauthClientId,
        'zendesk-oauth-client-secret': sim.credentials.oauthClientSecret,
        mode: 'drift',
        'drift-issue': 'true',
        ...extra,
      },
      githubToken,
      workspace: tree.repo,
      // Each scheduled run is a new workflow run, with its own id (and link).
      env: { GITHUB_EVENT_NAME: 'schedule', GITHUB_API_URL: gh.apiUrl, GITHUB_RUN_ID: String(++runId) },
    });
  const ours = () => gh.issues('acme', 'docs').filter((i) => !i.pull_request && (i.body ?? '').startsWith(MARKER));
  const guideId = () => sim.store.articles.find((a) => !a.archived && sim.store.sourceTranslation(a)?.title === 'The guide')!.id;
  const writes = () => gh.writes().map((r) => `${r.method} ${r.path}`);

  it('opens, updates, leaves, closes and reopens one issue as the drift comes and goes', { timeout: 120_000 }, async () => {
    // Someone else's issue with the same label, and a pull request: neither is ours.
    gh.seedIssue('acme', 'docs', {
      title: 'Guide looks odd',
      body: 'see <!-- zendesk-guide-publisher-drift:docs -->',
      labels: ['zendesk-drift'],
    });
    gh.seedIssue('acme', 'docs', { title: 'A PR', body: MARKER, labels: ['zendesk-drift'], pullRequest: true });

    // Clean: nothing to open.
    let run = await onSchedule();
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ drifted: '0' });
    expect(run.summary).toContain('✅ No drift');
    expect(writes()).toEqual([]);
    expect(sim.writes()).toEqual([]);

    // A writer edits the French translation in Guide: the issue is opened, labelled, escaped.
    sim.store.editInGuide(
      guideId(),
      'fr',
      {
        kind: 'edit-text',
        from: 'Un second paragraphe.',
        to: 'Un <b>deuxième</b> paragraphe @docs-team --&gt; &lt;!-- zendesk-guide-publisher-drift:docs --&gt;',
      },
      AGENT,
    );
    sim.store.editTranslationDirect(guideId(), 'fr', { title: 'Le guide @docs-team <img src=x onerror=alert(1)>' }, AGENT);
    gh.resetLog();
    run = await onSchedule();
    expect(run.code, run.stdout).toBe(0);
    expect(run.stderr).toBe('');
    expect(writes()).toEqual(['POST /repos/acme/docs/issues']);
    expect(ours()).toHaveLength(1);
    const issue = ours()[0]!;
    expect(issue).toMatchObject({ state: 'open', title: 'Articles edited in Zendesk Guide differ from the docs' });
    expect(issue.labels.map((l) => l.name)).toEqual(['zendesk-drift']);
    expect(run.outputs).toMatchObject({ drifted: '1', 'issue-url': issue.html_url });
    const body = issue.body!;
    expect(body.split('\n')[0]).toBe(MARKER);
    expect(body.split('\n')[1]).toMatch(/^<!-- zendesk-guide-publisher-drift-digest:[0-9a-f]{20} -->$/);
    expect(body).toContain('⚠️ Drift: 1 translation of 1 article edited in Guide');
    expect(body).toContain('fr, edited by Alan Agent on');
    expect(body).toContain('+ Un deuxième paragraphe @docs-team --> <!-- zendesk-guide-publisher-drift:docs -->');
    // Outside the fenced diff, nothing from Guide is markup; the marker appears once as a line of its own.
    const outsideFences = body.replace(/^(`{3,})diff\n[\s\S]*?\n\1$/gm, '');
    expect(outsideFences).toContain('Title: “Le guide” → “Le guide @&#8203;docs-team &lt;img src=x onerror=alert(1)&gt;”');
    expect(outsideFences).not.toMatch(/@docs|<img/);
    expect(body.split('\n').filter((l) => l === MARKER)).toHaveLength(1);
    expect(body).toContain('[workflow run](https://github.com/acme/docs/actions/runs/78)');
    expect(run.summary).toContain('| article | locale | edited in Guide | by |');
    const json = JSON.parse(await readFile(run.outputs['report-path']!, 'utf8')) as DriftReport;
    expect(json.articles.map((a) => [a.file, a.translations.map((t) => t.locale)])).toEqual([['docs/guide.md', ['fr']]]);

    // Nothing changed since: the issue is left as it is, though this run has another link.
    gh.resetLog();
    run = await onSchedule();
    expect(run.code).toBe(0);
    expect(writes()).toEqual([]);

    // The drift grows (the English text too): the same issue's body is replaced.
    sim.store.editInGuide(guideId(), 'en-us', { kind: 'edit-text', from: 'Hello', to: 'Hi' }, AGENT);
    gh.resetLog();
    run = await onSchedule();
    expect(run.outputs).toMatchObject({ drifted: '1', 'issue-url': issue.html_url });
    expect(writes()).toEqual([`PATCH /repos/acme/docs/issues/${issue.number}`]);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain('2 translations of 1 article');

    // --fail-on-drift fails the step, with the report still written.
    run = await onSchedule({ 'fail-on-drift': 'true' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::1 article(s) edited in Guide no longer match the docs (fail-on-drift: true).');

    // The docs take the edits in: clean, and the issue is closed with a clean body.
    await tree.write({
      'docs/guide.md': '---\ntitle: The guide\n---\nHi from the guide.\n\nA second paragraph.\n',
    });
    await publish(sim, tree, { onDrift: 'overwrite', namespace: NAMESPACE });
    gh.resetLog();
    run = await onSchedule();
    expect(run.code, run.stdout).toBe(0);
    expect(writes()).toEqual([`PATCH /repos/acme/docs/issues/${issue.number}`]);
    expect(ours()[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(ours()[0]!.body).toContain('✅ No drift');
    expect(run.outputs['issue-url']).toBeUndefined();

    // Clean again: a closed issue stays closed, nothing is written.
    gh.resetLog();
    await onSchedule();
    expect(writes()).toEqual([]);

    // Drift comes back: the same issue is reopened, not a second one.
    sim.store.editInGuide(guideId(), 'fr', { kind: 'edit-text', from: 'Bonjour', to: 'Salut' }, AGENT);
    gh.resetLog();
    run = await onSchedule();
    expect(writes()).toEqual([`PATCH /repos/acme/docs/issues/${issue.number}`]);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]).toMatchObject({ state: 'open', state_reason: 'reopened' });
    expect(run.outputs['issue-url']).toBe(issue.html_url);
  });

  it('a token that may not write issues is a warning; the summary still has the report', async () => {
    sim.store.editInGuide(guideId(), 'fr', { kind: 'edit-text', from: 'Salut', to: 'Coucou' }, AGENT);
    const run = await onSchedule({}, READ_TOKEN);
    expect(run.code, run.stdout).toBe(0);
    expect(run.summary).toContain('⚠️ Drift');
    expect(withoutMaskCommands(run.stdout)).toMatch(/::warning::Could not update the drift issue .*issues: write/);
  });

  it('refused credentials fail the step with a summary, and the issue is left alone', async () => {
    const before = JSON.stringify(ours());
    const run = await onSchedule({ 'zendesk-oauth-client-secret': 'wrong' });
    expect(run.code).toBe(1);
    expect(run.summary).toContain('❌ The drift report failed');
    expect(writes()).toEqual([]);
    expect(JSON.stringify(ours())).toBe(before);
    expect(path.isAbsolute(run.outputs['report-path'] ?? '')).toBe(true);
  });
});
