import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pullRequestEvent, pushEvent, startFakeGitHub, writeEvent, type FakeGitHub } from '../fake-github/index.js';
import { ACTION_NODE_VERSION, ROOT, runAction, withoutMaskCommands } from '../helpers/run-action.js';
import { startSimulator, type Simulator } from '../zendesk-sim/index.js';

const HEAD = '3f2c9d1e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e';
const MARKER = '<!-- zendesk-guide-publisher:docs -->';
const WRITE_TOKEN = 'ghs_write_token';
const READ_TOKEN = 'ghs_read_only_token';

/**
 * The committed dist/index.js with real event payloads: Zendesk is the simulator, GitHub's REST
 * API is the fake (reached through GITHUB_API_URL, with a GitHub Enterprise Server path prefix).
 */
describe(`dist/index.js on GitHub events (Node ${ACTION_NODE_VERSION})`, () => {
  let sim: Simulator;
  let gh: FakeGitHub;
  let examples: string;
  beforeAll(async () => {
    sim = await startSimulator();
    gh = await startFakeGitHub({ prefix: '/api/v3', writeTokens: [WRITE_TOKEN], readOnlyTokens: [READ_TOKEN] });
    examples = path.join(ROOT, 'examples');
  });
  afterAll(async () => {
    await sim?.close();
    await gh?.close();
  });
  beforeEach(() => {
    sim.resetLog();
    gh.resetLog();
  });

  const zendesk = () => ({
    'zendesk-url': sim.url,
    'zendesk-oauth-client-id': sim.credentials.oauthClientId,
    'zendesk-oauth-client-secret': sim.credentials.oauthClientSecret,
  });
  // A workflow's `with:`: the rest, github-token included, comes from action.yml's defaults.
  const inputs = (extra: Record<string, string> = {}) => ({ ...zendesk(), ...extra });
  async function onPullRequest(
    number: number,
    options: { with?: Record<string, string>; workspace?: string; headRepo?: string; githubToken?: string } = {},
  ) {
    const eventPath = await writeEvent(
      pullRequestEvent({ number, headSha: HEAD, ...(options.headRepo ? { headRepo: options.headRepo } : {}) }),
    );
    return runAction({
      with: options.with ?? inputs(),
      githubToken: options.githubToken ?? WRITE_TOKEN,
      workspace: options.workspace ?? examples,
      env: {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_API_URL: gh.apiUrl,
        GITHUB_SHA: 'f'.repeat(40),
        GITHUB_REF: `refs/pull/${number}/merge`,
        GITHUB_REF_NAME: `${number}/merge`,
        GITHUB_BASE_REF: 'main',
        GITHUB_RUN_ID: '4242',
      },
    });
  }
  const comments = (n: number) => gh.comments('acme', 'docs', n);

  it('a pull request gets one sticky comment, updated in place on the next run, and nothing is written to Zendesk', async () => {
    gh.seedComments(
      'acme',
      'docs',
      7,
      Array.from({ length: 101 }, (_, i) => `review note ${i}`),
    );
    const first = await onPullRequest(7);
    expect(first.stderr).toBe('');
    expect(first.code, first.stdout).toBe(0);
    expect(first.stdout).toContain('Mode: dry run (mode: auto on pull_request event); nothing will be written to Zendesk');
    expect(sim.writes()).toEqual([]);
    expect(first.outputs).toMatchObject({ created: '7', updated: '0', unchanged: '0', failed: '0' });

    const posts = gh.writes();
    expect(posts.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /repos/acme/docs/issues/7/comments']);
    const ours = comments(7).filter((c) => c.body.startsWith(MARKER));
    expect(ours).toHaveLength(1);
    const body = ours[0]!.body;
    expect(body).toContain('**🔍 Dry run: 7 to create, 0 to update, 0 unchanged. Nothing was written to Zendesk.**');
    expect(body).toContain('Mode: **dry run** (`mode: auto` on a `pull_request` event: a preview; merging publishes)');
    expect(body).toContain(`[\`docs/billing/refunds.md\`](https://github.com/acme/docs/blob/${HEAD}/docs/billing/refunds.md)`);
    expect(body).toContain('[workflow run](https://github.com/acme/docs/actions/runs/4242)');
    expect(first.outputs['comment-url']).toBe(ours[0]!.html_url);
    // The job summary carries the same report.
    expect(first.summary).toContain('🔍 Dry run: 7 to create');
    expect(first.summary).toContain('Mode: **dry run**');
    // The token is masked like any other secret.
    expect(first.stdout).toContain(`::add-mask::${WRITE_TOKEN}`);
    expect(withoutMaskCommands(first.stdout)).not.toContain(WRITE_TOKEN);

    gh.resetLog();
    const second = await onPullRequest(7, { with: inputs({ mode: 'dry-run' }) });
    expect(second.code, second.stdout).toBe(0);
    expect(gh.writes().map((r) => `${r.method} ${r.path}`)).toEqual([`PATCH /repos/acme/docs/issues/comments/${ours[0]!.id}`]);
    expect(comments(7).find((c) => c.id === ours[0]!.id)!.body).toContain('(`mode: dry-run` set in the workflow)');
    // The second run found the comment on page 2 (101 others before it).
    expect(gh.requests.filter((r) => r.method === 'GET').map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
    expect(gh.writes().filter((r) => r.method === 'POST')).toEqual([]);
    expect(comments(7).filter((c) => c.body.startsWith(MARKER))).toHaveLength(1);
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
  });

  it('a push publishes and writes no comment', async () => {
    const eventPath = await writeEvent(pushEvent({ after: HEAD }));
    const run = await runAction({
      with: inputs(),
      githubToken: WRITE_TOKEN,
      workspace: examples,
      env: {
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_API_URL: gh.apiUrl,
        GITHUB_SHA: HEAD,
        GITHUB_REF_NAME: 'main',
      },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('Mode: publish (mode: auto on push event)');
    expect(run.outputs).toMatchObject({ created: '7', failed: '0' });
    expect(run.outputs['comment-url']).toBeUndefined();
    expect(sim.writes().length).toBeGreaterThan(0);
    expect(gh.requests).toEqual([]);
    expect(run.summary).toContain('🚀 Published: 7 created');
    const json = JSON.parse(await fs.readFile(run.outputs['report-path']!, 'utf8'));
    expect(json).toMatchObject({
      mode: 'publish',
      counts: { created: 7 },
      context: { requestedMode: 'auto', eventName: 'push', commit: HEAD },
    });
  });

  it('after the publish, the next pull request says what is unchanged', async () => {
    const run = await onPullRequest(8);
    expect(run.code, run.stdout).toBe(0);
    expect(comments(8)[0]!.body).toContain('🔍 Dry run: 0 to create, 0 to update, 7 unchanged.');
  });

  it('a fork pull request (no Zendesk secrets, read-only token) validates offline and only warns about the comment', async () => {
    const run = await onPullRequest(9, {
      headRepo: 'someone/docs',
      // A fork's workflow gets no secrets, and its github.token is read-only.
      with: {},
      githubToken: READ_TOKEN,
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(
      /::warning::Could not write the pull-request comment \(Resource not accessible by integration.*read-only GITHUB_TOKEN/,
    );
    expect(run.summary).toContain('Comparison with Zendesk skipped');
    expect(run.summary).toContain('pull requests from forks');
    expect(run.outputs['comment-url']).toBeUndefined();
    expect(comments(9)).toEqual([]);
    expect(sim.requests).toEqual([]);
  });

  it('comment: false writes no comment', async () => {
    const run = await onPullRequest(10, { with: inputs({ comment: 'false' }) });
    expect(run.code, run.stdout).toBe(0);
    expect(gh.requests).toEqual([]);
  });

  it('survives one 5xx and one secondary rate limit from GitHub', async () => {
    gh.failNext({ status: 502 }, { method: 'GET' });
    gh.failNext('secondary-rate-limit', { method: 'POST' });
    const run = await onPullRequest(11);
    expect(run.code, run.stdout).toBe(0);
    expect(gh.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 502', 'GET 200', 'POST 403', 'POST 201']);
    expect(comments(11)).toHaveLength(1);
    expect(run.stdout).toMatch(/::warning::GitHub secondary rate limit on POST/);
  });

  it('errors in the docs become annotations at file and line, fail the run, and show in the comment', async () => {
    const workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-ws-'));
    await fs.cp(examples, workspace, { recursive: true });
    await fs.writeFile(path.join(workspace, 'docs/billing/broken.md'), '---\ntitle: Broken\npermision_group: Agents\n---\n\nBody.\n');
    const run = await onPullRequest(12, { workspace });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error file=docs\/billing\/broken\.md,line=3(,col=\d+)?::.*permision_group/m);
    expect(run.stdout).toContain('::error::Errors in the docs; nothing was published. See the annotations above.');
    const body = comments(12)[0]!.body;
    expect(body).toContain('❌ 1 error in the docs must be fixed first');
    expect(body).toContain(`(https://github.com/acme/docs/blob/${HEAD}/docs/billing/broken.md#L3)`);
    expect(sim.writes()).toEqual([]);
  });

  it('bidirectional controls in titles, file names and messages reach neither the comment, the summary nor an annotation', async () => {
    const workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-ws-'));
    await fs.cp(examples, workspace, { recursive: true });
    // "Refunds‮gnp.exe" displays as "Refundsexe.png"; the isolate hides the rest of a name.
    await fs.writeFile(path.join(workspace, 'docs/billing/refund\u2067s.md'), '---\ntitle: "Refunds\u202Egnp.exe"\n---\n\nBody.\n');
    await fs.writeFile(path.join(workspace, 'docs/billing/odd.md'), '---\ntitle: Odd\n"per\u202Emission": Agents\n---\n\nBody.\n');
    const run = await onPullRequest(15, { workspace });
    expect(run.code).toBe(1);
    const bidi = /\p{Bidi_Control}/u;
    const body = comments(15)[0]!.body;
    for (const [where, text] of [
      ['comment', body],
      ['summary', run.summary],
      ['log and annotations', run.stdout],
    ] as const) {
      expect(text, where).not.toMatch(bidi);
    }
    expect(body).toContain('Refunds⟨U+202E⟩gnp.exe');
    expect(body).toContain('refund⟨U+2067⟩s.md');
    expect(run.summary).toContain('Refunds⟨U+202E⟩gnp.exe');
    expect(run.stdout).toMatch(/^::error file=docs\/billing\/odd\.md,line=3(,col=\d+)?::.*per⟨U\+202E⟩mission/m);
  });

  it('a run that crashes replaces the preview with the error, so the PR never shows a stale plan', async () => {
    await onPullRequest(13);
    const run = await onPullRequest(13, { with: inputs({ 'zendesk-oauth-client-secret': 'wrong-secret-value' }) });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::.*401/);
    const ours = comments(13);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body.startsWith(MARKER)).toBe(true);
    expect(ours[0]!.body).toMatch(/❌ The run failed:\*\* .*401/);
    expect(run.summary).toContain('❌ The run failed');
    expect(withoutMaskCommands(run.stdout)).not.toContain('wrong-secret-value');
  });

  it('a bad setting fails with a clear message and no undefined in it', async () => {
    const run = await onPullRequest(14, { with: inputs({ mode: 'sometimes' }) });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::mode must be auto, dry-run, publish, import or drift (got "sometimes")');
    expect(run.stdout).not.toMatch(/::error::undefined/);
    expect(comments(14)[0]!.body).toContain('mode must be auto, dry-run, publish, import or drift');
  });
});
