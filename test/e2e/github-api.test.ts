import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commentMarker, upsertStickyComment } from '../../src/github/comment.js';
import { pullRequestFromPayload, readGitHubContext } from '../../src/github/context.js';
import { createGitHubClient } from '../../src/github/octokit.js';
import { docsPathOf, provenanceOf } from '../../src/action/run-context.js';
import { pullRequestEvent, pushEvent, startFakeGitHub, writeEvent, type FakeGitHub } from '../fake-github/index.js';

/** The sticky-comment client from source, against the fake GitHub API over HTTP. */
describe('sticky PR comment over the GitHub REST API', () => {
  let gh: FakeGitHub;
  const warnings: string[] = [];
  beforeAll(async () => {
    // A GitHub Enterprise Server style prefix proves the base URL is taken as given.
    gh = await startFakeGitHub({ prefix: '/api/v3' });
  });
  afterAll(async () => {
    await gh?.close();
  });
  afterEach(() => {
    gh.resetLog();
    warnings.length = 0;
  });

  // Waits scaled down so retries cost milliseconds; the plugins' logic is unchanged.
  const client = (token = 'ghs_write_token') =>
    createGitHubClient(token, { baseUrl: gh.apiUrl, warn: (m) => warnings.push(m), retryAfterBaseValue: 1 });
  const marker = commentMarker('docs');
  let issue = 100;

  it('creates one comment, then updates it in place, finding it past the first page', async () => {
    const target = { owner: 'acme', repo: 'docs', issueNumber: ++issue, marker };
    gh.seedComments(
      'acme',
      'docs',
      issue,
      Array.from({ length: 120 }, (_, i) => `comment ${i}`),
    );
    const first = await upsertStickyComment(client(), target, `${marker}\nfirst`);
    expect(first.kind).toBe('created');
    const second = await upsertStickyComment(client(), target, `${marker}\nsecond`);
    expect(second).toMatchObject({ kind: 'updated', id: first.kind === 'created' ? first.id : -1 });
    const ours = gh.comments('acme', 'docs', issue).filter((c) => c.body.startsWith(marker));
    expect(ours.map((c) => c.body)).toEqual([`${marker}\nsecond`]);
    // 121 comments at 100 a page: the second run had to follow the Link header to page 2.
    const lists = gh.requests.filter((r) => r.method === 'GET');
    expect(lists.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '1', '2']);
    expect(gh.writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /repos/acme/docs/issues/${issue}/comments`,
      `PATCH /repos/acme/docs/issues/comments/${first.kind === 'created' ? first.id : 0}`,
    ]);
    expect(gh.requests.every((r) => r.authorization === 'token ghs_write_token')).toBe(true);
  });

  it('writes nothing when the comment already says the same', async () => {
    const target = { owner: 'acme', repo: 'docs', issueNumber: ++issue, marker };
    await upsertStickyComment(client(), target, `${marker}\nsame`);
    gh.resetLog();
    expect((await upsertStickyComment(client(), target, `${marker}\nsame`)).kind).toBe('unchanged');
    expect(gh.writes()).toEqual([]);
  });

  it('keeps one comment per docs root, and ignores the marker quoted inside someone else’s comment', async () => {
    const target = { owner: 'acme', repo: 'docs', issueNumber: ++issue, marker };
    gh.seedComments('acme', 'docs', issue, [`look at this: ${marker}`]);
    await upsertStickyComment(client(), target, `${marker}\ndocs`);
    const other = commentMarker('handbook/docs');
    await upsertStickyComment(client(), { ...target, marker: other }, `${other}\nhandbook`);
    const bodies = gh.comments('acme', 'docs', issue).map((c) => c.body);
    expect(bodies).toEqual([`look at this: ${marker}`, `${marker}\ndocs`, `${other}\nhandbook`]);
  });

  it('reports a read-only token as forbidden instead of throwing', async () => {
    const target = { owner: 'acme', repo: 'docs', issueNumber: ++issue, marker };
    const result = await upsertStickyComment(client('ghs_read_only_token'), target, `${marker}\nx`);
    expect(result).toMatchObject({ kind: 'forbidden' });
    expect(result.kind === 'forbidden' && result.message).toMatch(/Resource not accessible by integration/);
    expect(gh.comments('acme', 'docs', issue)).toEqual([]);
  });

  it('retries a 5xx once and a secondary rate limit once, then succeeds', async () => {
    const target = { owner: 'acme', repo: 'docs', issueNumber: ++issue, marker };
    gh.failNext({ status: 502 }, { method: 'GET' });
    gh.failNext('secondary-rate-limit', { method: 'POST' });
    const result = await upsertStickyComment(client(), target, `${marker}\nretried`);
    expect(result.kind).toBe('created');
    expect(gh.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 502', 'GET 200', 'POST 403', 'POST 201']);
    expect(gh.comments('acme', 'docs', issue)).toHaveLength(1);
    expect(warnings.join('\n')).toMatch(/secondary rate limit/);
  });

  it('throws on other errors, so the action can fail with the message', async () => {
    const target = { owner: 'acme', repo: 'docs', issueNumber: ++issue, marker };
    await expect(upsertStickyComment(client('ghs_unknown'), target, `${marker}\nx`)).rejects.toThrow(/Bad credentials/);
  });
});

describe('the run context from the runner environment', () => {
  it('reads a pull_request payload: head commit for links, base branch, fork or not', async () => {
    const head = 'c'.repeat(40);
    const eventPath = await writeEvent(pullRequestEvent({ number: 12, headSha: head, headRepo: 'someone/docs' }));
    const ctx = await readGitHubContext({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'acme/docs',
      GITHUB_SHA: 'd'.repeat(40),
      GITHUB_SERVER_URL: 'https://ghe.example.com/',
      GITHUB_API_URL: 'https://ghe.example.com/api/v3',
      GITHUB_RUN_ID: '99',
    });
    expect(ctx).toMatchObject({
      eventName: 'pull_request',
      serverUrl: 'https://ghe.example.com',
      apiUrl: 'https://ghe.example.com/api/v3',
      owner: 'acme',
      repo: 'docs',
      sha: head,
      pullRequest: { number: 12, headSha: head, baseRef: 'main', fork: true },
      runUrl: 'https://ghe.example.com/acme/docs/actions/runs/99',
    });
  });

  it('reads a push payload: no pull request, the pushed commit', async () => {
    const eventPath = await writeEvent(pushEvent({ after: 'e'.repeat(40) }));
    const ctx = await readGitHubContext({
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'acme/docs',
      GITHUB_SHA: 'e'.repeat(40),
    });
    expect(ctx.pullRequest).toBeUndefined();
    expect(ctx.sha).toBe('e'.repeat(40));
    expect(ctx.apiUrl).toBe('https://api.github.com');
  });

  it('reports an unreadable payload instead of throwing', async () => {
    const ctx = await readGitHubContext({ GITHUB_EVENT_PATH: '/nonexistent/event.json' });
    expect(ctx.payloadProblem).toMatch(/could not read the event payload/);
    expect(
      pullRequestFromPayload({ pull_request: { number: 1, head: { sha: 'x', repo: null }, base: { repo: { full_name: 'a/b' } } } })?.fork,
    ).toBe(true);
  });

  it('points provenance links at the branch that publishes: the base branch on a pull request', async () => {
    const pr = await readGitHubContext({
      GITHUB_REPOSITORY: 'acme/docs',
      GITHUB_REF_NAME: '7/merge',
      GITHUB_EVENT_PATH: await writeEvent(pullRequestEvent({ headSha: 'c'.repeat(40), baseRef: 'release' })),
    });
    expect(provenanceOf(pr)).toEqual({ repoUrl: 'https://github.com/acme/docs', ref: 'release' });
    const push = await readGitHubContext({ GITHUB_REPOSITORY: 'acme/docs', GITHUB_REF_NAME: 'main', GITHUB_SHA: 'e'.repeat(40) });
    expect(provenanceOf(push)).toEqual({ repoUrl: 'https://github.com/acme/docs', ref: 'main' });
    expect(provenanceOf(await readGitHubContext({}))).toBeUndefined();
  });

  it('names the docs root the same way from a Config and from a raw input, so both find one comment', () => {
    expect(docsPathOf('/repo', '/repo/docs')).toBe('docs');
    expect(docsPathOf('/repo', 'docs/')).toBe('docs');
    expect(docsPathOf('/repo', './handbook/docs')).toBe('handbook/docs');
    expect(docsPathOf('/repo', '.')).toBe('.');
    expect(commentMarker('docs')).toBe('<!-- zendesk-guide-publisher:docs -->');
    expect(commentMarker('a--b>')).toBe('<!-- zendesk-guide-publisher:a-b -->');
  });
});
