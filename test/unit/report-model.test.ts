import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/apply/apply.js';
import type { OnDrift } from '../../src/config/types.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { ConfigError, PipelineError } from '../../src/errors.js';
import type { ArticleAction, ArticlePlan, Plan } from '../../src/plan/types.js';
import { ZendeskApiError, ZendeskNetworkError } from '../../src/remote/errors.js';
import { renderComment, renderReportMarkdown, verdict } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { buildReport, failedReport, runErrorOf, type Report } from '../../src/report/model.js';
import { classifyRows, rowLabel } from '../../src/report/rows.js';

const MARKER = '<!-- zendesk-guide-publisher:docs -->';

function article(key: string, action: ArticleAction, extra: Partial<ArticlePlan> = {}): ArticlePlan {
  return {
    key,
    file: `docs/${key}.md`,
    title: key,
    articleId: action === 'create' ? undefined : 100 + key.length,
    htmlUrl: undefined,
    sourceLocale: 'en-us',
    action,
    reasons: action === 'create' ? ['new file'] : action === 'update' ? ['body changed (en-us)'] : [],
    drifted: [],
    // The report only sums operations up; one of any kind stands for "has work to do".
    operations: action === 'create' || action === 'update' ? [{ kind: 'archive' }] : [],
    knownAssets: {},
    waitsFor: [],
    ...extra,
  };
}

function plan(articles: ArticlePlan[], onDrift: OnDrift = 'overwrite', diagnostics: Diagnostic[] = []): Plan {
  return { articles, diagnostics, offline: false, onDrift };
}

const UNKNOWN_SECTION: Diagnostic = { severity: 'error', file: 'docs/broken.md', line: 3, column: 10, message: 'unknown section "Nope"' };

function report(
  p: Plan,
  options: { mode?: 'dry-run' | 'publish'; diagnostics?: Diagnostic[]; outcomes?: Map<string, Outcome> } = {},
): Report {
  const diagnostics = options.diagnostics ?? [];
  return buildReport({
    mode: options.mode ?? 'dry-run',
    zendeskUrl: 'https://acme.zendesk.com',
    plan: p,
    outcomes: options.outcomes,
    diagnostics,
    blocked: diagnostics.some((d) => d.severity === 'error'),
    requests: { total: 6, rateLimited: 0, retries: 0 },
    durationMs: 1200,
  });
}

const tree = () => [
  article('new', 'create'),
  article('changed', 'update'),
  article('same', 'unchanged'),
  article('gone', 'archive', { file: undefined }),
  article('broken', 'update'),
];

/** Table rows by label, as a reader of the comment counts them. */
function labels(r: Report): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of classifyRows(r)) {
    const label = rowLabel(c.kind, r);
    out[label] = (out[label] ?? 0) + 1;
  }
  return out;
}

describe('the counts agree with the table', () => {
  it('a dry run counts what the plan would do, and says so', () => {
    const r = report(plan(tree()));
    expect(r.counts).toEqual({ created: 1, updated: 2, unchanged: 1, archived: 1, skipped: 0, failed: 0 });
    expect(r.planned).toBe(true);
    expect(r.blocked).toBe(false);
    expect(verdict(r)).toBe('🔍 Dry run: 1 to create, 2 to update, 1 unchanged, 1 to archive. Nothing was written to Zendesk.');
  });

  it('a run blocked by an error still counts what its table shows, the row in error as failed', () => {
    const r = report(plan(tree()), { mode: 'publish', diagnostics: [UNKNOWN_SECTION] });
    expect(r.blocked).toBe(true);
    expect(r.planned).toBe(true);
    expect(r.counts).toEqual({ created: 1, updated: 1, unchanged: 1, archived: 1, skipped: 0, failed: 1 });
    expect(labels(r)).toEqual({ '❌ error': 1, '🆕 create': 1, '✏️ update': 1, '✅ unchanged': 1, '🗄️ archive': 1 });
    expect(verdict(r)).toBe(
      '❌ Nothing was published: 1 error in the docs must be fixed first. Planned: 1 to create, 1 to update, 1 unchanged, 1 to archive, 1 with errors.',
    );
  });

  it('a publish counts what happened, failures included', () => {
    const outcome = (key: string, status: Outcome['status'], error?: string): [string, Outcome] => [
      key,
      { key, status, articleId: 1, htmlUrl: undefined, requests: 1, ...(error ? { error } : {}) },
    ];
    const outcomes = new Map([
      outcome('new', 'created'),
      outcome('changed', 'updated'),
      outcome('same', 'unchanged'),
      outcome('gone', 'archived'),
      outcome('broken', 'failed', 'PUT answered 422'),
    ]);
    const r = report(plan(tree()), { mode: 'publish', outcomes });
    expect(r.planned).toBe(false);
    expect(r.counts).toEqual({ created: 1, updated: 1, unchanged: 1, archived: 1, skipped: 0, failed: 1 });
    expect(labels(r)).toEqual({ '❌ failed': 1, '🆕 created': 1, '✏️ updated': 1, '✅ unchanged': 1, '🗄️ archived': 1 });
    expect(verdict(r)).toBe('⚠️ Published: 1 created, 1 updated, 1 unchanged, 1 archived, 1 failed.');
  });
});

describe('drift is described by the policy in force', () => {
  const drifted = (onDrift: OnDrift) => {
    const action: ArticleAction = onDrift === 'skip' ? 'skip' : 'update';
    const a = article('edited', action, {
      drifted: ['fr'],
      ...(onDrift === 'skip' ? { reasons: ['edited in Guide since the last publish (fr); on-drift is skip'], operations: [] } : {}),
    });
    return plan([a], onDrift);
  };
  const fail: Diagnostic = {
    severity: 'error',
    file: 'docs/edited.md',
    line: 1,
    column: 1,
    message: 'article 106 was edited in Guide since the last publish (fr)',
  };

  it('on-drift: fail says the edit blocks the publish, never that it will be overwritten', () => {
    const dry = report(drifted('fail'), { diagnostics: [fail] });
    expect(dry.onDrift).toBe('fail');
    const text = renderText(dry);
    expect(text).toContain('edited in Guide (fr); blocks the publish (on-drift: fail)');
    expect(text).not.toContain('overwritten');
    expect(renderReportMarkdown(dry)).toContain('| ❌ 1 error in this file: edited in Guide (fr); blocks the publish (on-drift: fail) |');
    const publish = report(drifted('fail'), { mode: 'publish', diagnostics: [fail] });
    expect(renderText(publish)).toContain('edited in Guide (fr); stopped the publish (on-drift: fail)');
  });

  it('on-drift: skip says it is left as is', () => {
    const r = report(drifted('skip'));
    expect(renderReportMarkdown(r)).toContain('edited in Guide (fr); left as is (on-drift: skip)');
    expect(r.counts.skipped).toBe(1);
  });

  it('on-drift: overwrite says it will be, or was, overwritten', () => {
    expect(renderReportMarkdown(report(drifted('overwrite')))).toContain(
      'edited in Guide (fr); will be overwritten from this file (on-drift: overwrite)',
    );
    const outcomes = new Map<string, Outcome>([
      ['edited', { key: 'edited', status: 'updated', articleId: 106, htmlUrl: undefined, requests: 1 }],
    ]);
    const done = report(drifted('overwrite'), { mode: 'publish', outcomes });
    expect(renderReportMarkdown(done)).toContain('edited in Guide (fr); overwritten from this file (on-drift: overwrite)');
  });

  it('an article edited in Guide to match the file is neither overwritten nor blocking', () => {
    const r = report(plan([article('edited', 'unchanged', { drifted: ['fr'] })], 'fail'));
    expect(renderReportMarkdown(r)).toContain('edited in Guide (fr); the same as this file');
  });
});

describe('a run that failed as a whole', () => {
  it('classifies the failure: settings, remote, or internal', () => {
    expect(runErrorOf(new ConfigError('--path "nope": no such folder'))).toEqual({
      kind: 'settings',
      message: '--path "nope": no such folder',
    });
    const unauthorized = new ZendeskApiError({
      status: 401,
      method: 'POST',
      url: new URL('https://acme.zendesk.com/oauth/tokens'),
      code: 'invalid_client',
    });
    expect(runErrorOf(new PipelineError(unauthorized, [], { total: 1, rateLimited: 0, retries: 0 }))).toMatchObject({
      kind: 'remote',
      message: unauthorized.message,
    });
    expect(
      runErrorOf(
        new PipelineError(
          new ZendeskNetworkError({
            method: 'GET',
            url: new URL('https://acme.zendesk.com/api/v2/help_center/locales'),
            error: Object.assign(new Error('fetch failed'), { cause: { code: 'ECONNREFUSED' } }),
            attempts: 1,
          }),
          [],
          { total: 0, rateLimited: 0, retries: 0 },
        ),
      ).kind,
    ).toBe('remote');
    expect(runErrorOf(new TypeError('x is undefined'))).toEqual({ kind: 'internal', message: 'x is undefined' });
  });

  it('reports the error with what was known: mode, host, problems found so far, requests made', () => {
    const problem: Diagnostic = { severity: 'warning', file: 'docs/a.md', line: 2, message: 'link to `b.md` has no matching file' };
    const error = new PipelineError(
      new ZendeskApiError({ status: 401, method: 'POST', url: new URL('https://acme.zendesk.com/oauth/tokens'), code: 'invalid_client' }),
      [problem],
      {
        total: 1,
        rateLimited: 0,
        retries: 0,
      },
    );
    const r = failedReport(error, { mode: 'publish', zendeskUrl: 'https://acme.zendesk.com', onDrift: 'fail', durationMs: 300 });
    expect(r).toMatchObject({
      version: 1,
      mode: 'publish',
      blocked: true,
      planned: true,
      zendeskUrl: 'https://acme.zendesk.com',
      onDrift: 'fail',
      error: { kind: 'remote' },
      counts: { created: 0, updated: 0, unchanged: 0, archived: 0, skipped: 0, failed: 0 },
      diagnostics: [problem],
      requests: { total: 1 },
      rows: [],
    });
    expect(r.error!.message).toContain('401');
    expect(verdict(r)).toBe(`❌ The run failed: ${r.error!.message}`);
  });

  it('renders the failure with the same renderer as any report: heading, verdict, advice, problems', () => {
    const r: Report = {
      ...failedReport(new ConfigError('path "nope": no such folder in the repository (/ws) <b>'), { mode: 'dry-run', durationMs: 5 }),
      context: {
        requestedMode: 'auto',
        eventName: 'pull_request',
        docsPath: 'nope',
        commit: undefined,
        blobBaseUrl: undefined,
        runUrl: 'https://github.com/acme/docs/actions/runs/7',
        forkPullRequest: false,
      },
    };
    const comment = renderComment(r, { marker: MARKER });
    expect(comment).toBe(
      [
        MARKER,
        '',
        '### 📚 Zendesk Guide · dry run · `nope`',
        '',
        '**❌ The run failed:** path "nope": no such folder in the repository (/ws) &lt;b&gt;',
        '',
        'Mode: **dry run** (`mode: auto` on a `pull_request` event: a preview; merging publishes)',
        '',
        'Nothing was sent to Zendesk: fix the setting and run again.',
        '',
        '<sub>0 Zendesk requests · 0.0 s · [workflow run](https://github.com/acme/docs/actions/runs/7)</sub>',
        '',
      ].join('\n'),
    );
  });

  it('leaves the mode out when it was the setting in error', () => {
    const r = failedReport(new ConfigError('mode must be auto, dry-run, publish, import or drift (got "sometimes")'), { durationMs: 1 });
    expect(r.mode).toBeUndefined();
    const md = renderReportMarkdown(r);
    expect(md.split('\n')[0]).toBe('### 📚 Zendesk Guide');
    expect(md).not.toContain('Mode:');
    expect(JSON.parse(JSON.stringify(r))).not.toHaveProperty('mode');
  });
});
