import { describe, expect, it } from 'vitest';
import { countRows, type Report, type ReportRow } from '../../src/report/model.js';
import { COMMENT_LIMIT, modeLine, renderComment, renderReportMarkdown, renderSummary, verdict } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { escapeText } from '../../src/report/escape.js';
import { COMMENT_DIFF_CHARS } from '../../src/report/diff.js';
import type { TranslationDiff } from '../../src/diff/types.js';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';

const MARKER = '<!-- zendesk-guide-publisher:docs -->';
const HC = 'https://acme.zendesk.com/hc/en-us/articles';

function row(partial: Partial<ReportRow> & Pick<ReportRow, 'key' | 'action'>): ReportRow {
  return {
    file: `docs/${partial.key}.md`,
    title: partial.key,
    articleId: undefined,
    url: undefined,
    status: undefined,
    reasons: [],
    drifted: [],
    error: undefined,
    ...partial,
  };
}

/** The same run, stopped by an error in one file: nothing may be written until it is fixed. */
function blockedRun(unchangedCount = 40): Report {
  const report = dryRun(unchangedCount);
  report.blocked = true;
  report.diagnostics = [
    {
      severity: 'error',
      file: 'docs/billing/plans.md',
      line: 4,
      column: 10,
      message: 'unknown section "Bills"',
      hint: 'did you mean "Billing"?',
    },
    ...report.diagnostics,
  ];
  report.counts = countRows(report.rows, report.diagnostics, true);
  return report;
}

/** A dry run on a pull request with every kind of row the comment knows. */
function dryRun(unchangedCount = 40): Report {
  const unchanged = Array.from({ length: unchangedCount }, (_, i) =>
    row({
      key: `faq/q${String(i + 1).padStart(3, '0')}`,
      title: `Question ${i + 1}`,
      action: 'unchanged',
      articleId: 1000 + i,
      url: `${HC}/${1000 + i}`,
    }),
  );
  const report: Report = {
    version: 1,
    mode: 'dry-run',
    offline: false,
    blocked: false,
    zendeskUrl: 'https://acme.zendesk.com',
    onDrift: 'overwrite',
    // Set below from the rows, as buildReport does.
    counts: { created: 0, updated: 0, unchanged: 0, archived: 0, skipped: 0, failed: 0 },
    planned: true,
    rows: [
      row({
        key: 'account/reset-password',
        title: 'Reset your password',
        action: 'create',
        reasons: ['new file, 2 locales'],
        changes: { metadata: false, translationsAdded: [], translationsUpdated: [], uploads: 1 },
      }),
      row({ key: 'account/two-factor', title: 'Turn on two-factor | 2FA', action: 'create', reasons: ['new file'] }),
      row({
        key: 'billing/refunds',
        title: 'Can I get a refund?',
        action: 'update',
        articleId: 201,
        url: `${HC}/201`,
        reasons: ['labels, position changed', 'body changed (en-us)'],
        changes: { metadata: true, translationsAdded: [], translationsUpdated: ['en-us'], uploads: 0 },
      }),
      row({
        key: 'billing/invoices',
        title: 'Download your invoices',
        action: 'update',
        articleId: 202,
        url: `${HC}/202`,
        reasons: ['translation added (fr)'],
        changes: { metadata: false, translationsAdded: ['fr'], translationsUpdated: [], uploads: 0 },
      }),
      row({
        key: 'getting-started/install',
        title: 'Install the <b>desktop</b> app, ask @support',
        action: 'update',
        articleId: 203,
        url: `${HC}/203`,
        reasons: ['body changed (en-us)', 'body changed (fr)'],
        drifted: ['fr'],
        changes: { metadata: false, translationsAdded: [], translationsUpdated: ['en-us', 'fr'], uploads: 0 },
      }),
      row({
        key: 'getting-started/screens',
        title: 'Screens',
        action: 'update',
        articleId: 204,
        url: `${HC}/204`,
        reasons: ['new image install-dialog.png'],
        changes: { metadata: false, translationsAdded: [], translationsUpdated: [], uploads: 1 },
      }),
      row({
        key: 'old/legacy',
        file: undefined,
        title: 'Legacy export',
        action: 'archive',
        articleId: 300,
        url: `${HC}/300`,
        reasons: ['its file was removed'],
      }),
      row({ key: 'billing/plans', title: 'Plans', action: 'update', articleId: 205, url: `${HC}/205`, reasons: ['title changed (en-us)'] }),
      ...unchanged,
    ],
    diagnostics: [
      { severity: 'warning', file: 'docs/account/two-factor.md', line: 12, message: 'link to `setup.md` has no matching file' },
    ],
    requests: { total: 14, rateLimited: 1, retries: 1 },
    newIds: {},
    durationMs: 2345,
    context: {
      requestedMode: 'auto',
      eventName: 'pull_request',
      docsPath: 'docs',
      commit: '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432',
      blobBaseUrl: 'https://github.com/acme/docs/blob/9f8e7d6c5b4a39281706f5e4d3c2b1a098765432',
      runUrl: 'https://github.com/acme/docs/actions/runs/42',
      forkPullRequest: false,
    },
  };
  report.counts = countRows(report.rows, report.diagnostics, true);
  return report;
}

/** The dry run, with the text that changes in the updated and the drifted articles. */
function withDiffs(report: Report): Report {
  const refunds = report.rows.find((r) => r.key === 'billing/refunds')!;
  refunds.diffs = [
    {
      locale: 'en-us',
      basis: 'update',
      lines: [
        { op: ' ', text: '## Annual plans' },
        { op: '-', text: '… Refunds are possible within **30 days** of a charge. …' },
        { op: '+', text: '… Refunds are possible within **14 days** of a charge. …' },
        { op: ' ', text: '…' },
        { op: ' ', text: 'Write to billing@example.com with your invoice number.' },
        { op: '+', text: 'Refunds reach your card within 5 working days.' },
      ],
      omitted: 0,
    },
  ];
  const install = report.rows.find((r) => r.key === 'getting-started/install')!;
  install.diffs = [
    {
      locale: 'fr',
      basis: 'guide-edit',
      lines: [{ op: '-', text: 'Appelez le 01 23 45 67 89 en cas de problème.' }],
      omitted: 0,
    },
  ];
  const plans = report.rows.find((r) => r.key === 'billing/plans')!;
  plans.diffs = [{ locale: 'en-us', basis: 'update', title: { from: 'Plans', to: 'Plans and prices' }, lines: [], omitted: 0 }];
  return report;
}

/** What GitHub would make of a comment: Markdown with raw HTML, rendered without a sanitizer, so nothing hides. */
function githubHtml(markdown: string): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeRaw)
      .use(rehypeStringify)
      .processSync(markdown),
  );
}

describe('the text that changes, in the comment', () => {
  it('shows each translation diff under its article, collapsed, with the sides named', async () => {
    const comment = renderComment(withDiffs(dryRun()), { marker: MARKER });
    expect(comment).toContain('<details><summary>What changes, article by article, with the text that changes (5)</summary>');
    expect(comment).toContain('Title: “Plans” → “Plans and prices”');
    await expect(comment).toMatchFileSnapshot('__snapshots__/report-comment-diffs.md');
  });

  it('keeps the summary and the log in agreement with the comment', () => {
    const report = withDiffs(dryRun());
    expect(renderSummary(report)).toContain('- … Refunds are possible within **30 days** of a charge. …');
    const text = renderText(report);
    expect(text).toContain('        + … Refunds are possible within **14 days** of a charge. …');
    expect(text).toContain('      fr (− live in Guide, + this file): ⚠️ edited in Guide; this file is unchanged since the last publish');
  });

  it('lets no diff line inject HTML, a mention, the end of a comment or a fake marker', () => {
    const report = withDiffs(dryRun(0));
    const hostile = [
      '@someone please approve',
      '<script>alert(1)</script>',
      '--> <img src=x onerror=alert(1)>',
      '<!-- zendesk-guide-publisher:docs -->',
      '```',
      '</details> **bold** [link](https://evil.example)',
      'bidi \u202e override',
    ];
    report.rows.find((r) => r.key === 'billing/refunds')!.diffs = [
      {
        locale: 'en-us',
        basis: 'update',
        title: { from: '@team <b>', to: '<!-- x -->' },
        lines: hostile.map((text) => ({ op: '+', text })),
        omitted: 0,
      },
    ];
    const comment = renderComment(report, { marker: MARKER });
    // Only the real marker opens the comment: the one in the diff is not at the start of anything.
    expect(comment.startsWith(MARKER)).toBe(true);
    const html = githubHtml(comment);
    expect(html).not.toMatch(/<script|<img|<a href="https:\/\/evil/);
    expect(html).not.toContain('<strong>bold</strong>');
    // Every hostile line is code: shown as text, inside the one code block, which nothing closed early.
    const blocks = [...html.matchAll(/<pre><code class="language-diff">([\s\S]*?)<\/code><\/pre>/g)].map((m) =>
      m[1]!
        .replace(/&#x3C;/g, '<')
        .replace(/&#x3E;/g, '>')
        .replace(/&#x26;/g, '&'),
    );
    const code = blocks.find((b) => b.includes('@someone')) ?? '';
    expect(code.split('\n').filter(Boolean)).toHaveLength(hostile.length);
    for (const line of hostile.slice(0, 6)) expect(code).toContain(`+ ${line}\n`);
    expect(code).not.toContain('\u202e');
    // Outside code, no mention and no comment marker survive as such.
    const outside = html.replace(MARKER, '').replace(/<pre>[\s\S]*?<\/pre>/g, '');
    expect(outside).not.toMatch(/@team|<!--/);
    // The caption escapes the title like any other text.
    expect(comment).toContain('Title: “@&#8203;team &lt;b&gt;” → “&lt;!-- x --&gt;”');
  });

  it('caps the diffs in the comment and points at the job summary and the preview for the rest', () => {
    const report = withDiffs(dryRun(0));
    report.context = { ...report.context!, previewUrl: 'https://github.com/acme/docs/actions/runs/42/artifacts/7' };
    const long: TranslationDiff = {
      locale: 'en-us',
      basis: 'update',
      lines: Array.from({ length: 40 }, (_, i) => ({ op: '+' as const, text: `Line ${i} `.padEnd(290, 'x') })),
      omitted: 12,
    };
    for (let i = 0; i < 6; i++) report.rows.push({ ...report.rows[2]!, key: `big/${i}`, file: `docs/big/${i}.md`, diffs: [long] });
    const comment = renderComment(report, { marker: MARKER });
    const shown = comment.match(/```diff/g)?.length ?? 0;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(8);
    expect(comment.length).toBeLessThan(COMMENT_DIFF_CHARS + 15_000);
    expect(comment).toContain(
      'is left out to keep this short: see the [job summary](https://github.com/acme/docs/actions/runs/42) or the [preview](https://github.com/acme/docs/actions/runs/42/artifacts/7).',
    );
    expect(comment).toContain(
      '12 more changed lines not shown: the [preview](https://github.com/acme/docs/actions/runs/42/artifacts/7) has them all',
    );
    expect(comment).toContain('🔎 [Preview of every article](https://github.com/acme/docs/actions/runs/42/artifacts/7)');
    // The summary has room for all of them.
    expect(renderSummary(report).match(/```diff/g)).toHaveLength(8);
  });

  it("says when the report itself had no room for an article's diff", () => {
    const report = dryRun(0);
    report.rows.find((r) => r.key === 'billing/refunds')!.diffsLeftOut = 2;
    expect(renderComment(report, { marker: MARKER })).toContain(
      'The text that changes in 2 more translations is not in this report, which holds the first 1500 changed lines of a run: `zendesk-guide-publisher preview` shows them all.',
    );
  });
});

describe('the PR comment', () => {
  it('renders creates, updates, translations, attachments, drift, archive and many unchanged articles', async () => {
    const comment = renderComment(dryRun(), { marker: MARKER });
    expect(comment.startsWith(MARKER + '\n')).toBe(true);
    await expect(comment).toMatchFileSnapshot('__snapshots__/report-comment.md');
  });

  it('renders a run blocked by errors, the errors first', async () => {
    const comment = renderComment(blockedRun(), { marker: MARKER });
    expect(comment.indexOf('#### ❌')).toBeLessThan(comment.indexOf('| --- |'));
    expect(comment).toContain('❌ 1 error in the docs must be fixed first: a publish would stop before writing anything.');
    expect(comment).toContain('| ❌ error | [Plans]');
    await expect(comment).toMatchFileSnapshot('__snapshots__/report-comment-blocked.md');
  });

  it('summarizes unchanged articles instead of listing them when there are many', () => {
    const comment = renderComment(dryRun(40), { marker: MARKER });
    expect(comment).toContain('40 articles unchanged (not listed)');
    expect(comment).not.toContain('Question 7');
    const few = renderComment(dryRun(3), { marker: MARKER });
    expect(few).toContain('Question 3');
  });

  it('links every diagnostic to its file and line at the head commit', () => {
    const comment = renderComment(blockedRun(), { marker: MARKER });
    expect(comment).toContain(
      '[`docs/billing/plans.md:4:10`](https://github.com/acme/docs/blob/9f8e7d6c5b4a39281706f5e4d3c2b1a098765432/docs/billing/plans.md#L4)',
    );
  });

  it('states the mode in effect and why', () => {
    const report = dryRun();
    expect(modeLine(report)).toContain('**dry run** (`mode: auto` on a `pull_request` event');
    expect(
      modeLine({ ...report, mode: 'publish', context: { ...report.context!, requestedMode: 'publish', eventName: 'workflow_dispatch' } }),
    ).toContain('**publish** (`mode: publish` set in the workflow)');
    expect(modeLine({ ...report, context: undefined })).toBe('Mode: **dry run**');
  });

  it('is cut at a row boundary when over the limit, and says how many rows were left out', () => {
    const big = blockedRun(3000);
    const full = renderComment(big, { marker: MARKER, maxUnchangedListed: 5000, limit: Infinity });
    expect(full.length).toBeGreaterThan(COMMENT_LIMIT);
    const cut = renderComment(big, { marker: MARKER, maxUnchangedListed: 5000 });
    expect(cut.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    const tableRows = cut.split('\n').filter((l) => /^\| (?!---)\S/.test(l) && !l.startsWith('| | Article')).length;
    const details = cut.split('\n').filter((l) => l.startsWith('**[')).length;
    const left = /Cut to fit GitHub's size limit: ([\d,]+) rows left out/.exec(cut);
    expect(left).not.toBeNull();
    // 3,008 table rows and 4 detail entries in all; the problems always fit.
    expect(tableRows + details + Number(left![1]!.replace(/,/g, ''))).toBe(3008 + 4);
    expect(cut).toContain('[job summary](https://github.com/acme/docs/actions/runs/42)');
    expect(cut).toContain('unknown section "Bills"');
    for (const line of cut.split('\n').filter((l) => l.startsWith('| '))) expect(line.endsWith(' |')).toBe(true);
    expect(cut.trimEnd().endsWith('</sub>')).toBe(true);
  });

  it('escapes titles so they cannot inject HTML, a fake marker or a mention', () => {
    const report = dryRun(0);
    report.rows[0]!.title = '<!-- zendesk-guide-publisher:docs --> hi @everyone <img src=x>';
    const comment = renderComment(report, { marker: MARKER });
    expect(comment.split(MARKER)).toHaveLength(2);
    expect(comment).not.toContain('<img');
    expect(comment).not.toMatch(/@everyone/);
    expect(escapeText('a|b')).toBe('a\\|b');
  });

  it('says clearly that the comparison was skipped on an offline (fork) run', () => {
    const report: Report = {
      ...dryRun(0),
      offline: true,
      counts: { created: 0, updated: 0, unchanged: 0, archived: 0, skipped: 0, failed: 0 },
      rows: [row({ key: 'a', title: 'A', action: 'offline', reasons: ['not compared with Zendesk (no credentials)'] })],
      diagnostics: [],
    };
    report.context = { ...report.context!, forkPullRequest: true };
    const comment = renderComment(report, { marker: MARKER });
    expect(comment).toContain('Comparison with Zendesk skipped');
    expect(comment).toContain('pull requests from forks');
    expect(verdict(report)).toMatch(/^📄 Offline dry run: 1 article validated/);
  });
});

describe('the job summary', () => {
  it('is the same report, with the unchanged articles listed in a collapsed block', async () => {
    const summary = renderSummary(dryRun());
    expect(summary).toContain('<details><summary>✅ 40 articles unchanged.</summary>');
    expect(summary).toContain('Question 40');
    await expect(summary).toMatchFileSnapshot('__snapshots__/report-summary.md');
  });

  it('renders a publish with a failure', async () => {
    const report = dryRun(2);
    report.mode = 'publish';
    report.planned = false;
    report.context = { ...report.context!, eventName: 'push' };
    report.diagnostics = [];
    for (const r of report.rows)
      r.status = r.action === 'create' ? 'created' : r.action === 'update' ? 'updated' : r.action === 'archive' ? 'archived' : 'unchanged';
    const plans = report.rows.find((r) => r.key === 'billing/plans')!;
    plans.status = 'failed';
    plans.error = 'Zendesk answered 422: Title is too long';
    report.counts = countRows(report.rows, report.diagnostics, false);
    const summary = renderReportMarkdown(report);
    // 4 updated: the update, the translation added, the attachments and the drifted article overwritten.
    expect(summary).toContain('⚠️ Published: 2 created, 4 updated, 2 unchanged, 1 archived, 1 had been edited in Guide, 1 failed.');
    expect(summary).toContain('| ❌ failed | [Plans]');
    expect(summary).toContain('| 🌐 translation added |');
    await expect(summary).toMatchFileSnapshot('__snapshots__/report-summary-publish.md');
  });

  it('works without a GitHub context (the CLI)', () => {
    const report = blockedRun(1);
    delete report.context;
    const md = renderReportMarkdown(report);
    expect(md).toContain('`docs/billing/plans.md:4:10`');
    expect(md).not.toContain('github.com');
  });
});

describe('the log text', () => {
  it('lists what changes, not the unchanged', () => {
    const text = renderText(dryRun(5));
    expect(text).toContain('translation docs/billing/invoices.md (#202) — translation added (fr)');
    expect(text).toContain('  5 unchanged');
    expect(text).not.toContain('Question 1');
  });
});

describe('bidirectional controls (U+202E and the rest) never reach GitHub raw', () => {
  const BIDI = /\p{Bidi_Control}/u;
  const hostile = () => {
    const report = blockedRun(2);
    report.rows.push(
      row({ key: 'refund\u2067s', action: 'create', title: 'Refunds\u202Egnp.exe', reasons: ['moved from docs/\u202Bold.md'] }),
    );
    report.diagnostics.push({
      severity: 'warning',
      file: 'docs/\u2066x.md',
      line: 1,
      column: 1,
      message: 'odd \u200F mark',
      hint: '\u061C',
    });
    report.counts = countRows(report.rows, report.diagnostics, true);
    return withDiffs(report);
  };

  it.each([
    ['the comment', () => renderComment(hostile(), { marker: MARKER }), true],
    ['the job summary', () => renderSummary(hostile()), true],
    ['the Markdown report', () => renderReportMarkdown(hostile()), true],
    // The log names files, not titles.
    ['the log text', () => renderText(hostile()), false],
  ])('%s shows each by its code point', (_name, render, titles) => {
    const text = render();
    expect(text).not.toMatch(BIDI);
    if (titles) expect(text).toContain('Refunds⟨U+202E⟩gnp.exe');
    expect(text).toContain('refund⟨U+2067⟩s');
    expect(text).toContain('docs/⟨U+202B⟩old.md');
  });

  it('escapeText covers every Bidi_Control character', () => {
    for (const c of [
      '\u061C',
      '\u200E',
      '\u200F',
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    ]) {
      expect(escapeText(`a${c}b`)).not.toMatch(BIDI);
    }
  });
});
