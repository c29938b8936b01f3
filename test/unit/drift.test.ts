/**
 * The drift report's pure parts: what counts as drift (judged from a plan, as the planner judges
 * it), `--since`, the diffs, the exit codes and the renderings (escaped, cut to fit).
 */
import { describe, expect, it } from 'vitest';
import { judgeDrift } from '../../src/drift/judge.js';
import { describeDrift, driftExitCode, type DriftReport } from '../../src/drift/model.js';
import { driftMarker, renderDriftMarkdown, renderDriftText } from '../../src/drift/render.js';
import { parseSince } from '../../src/drift/since.js';
import { buildPlan } from '../../src/plan/plan.js';
import { indexRemote } from '../../src/plan/remote-index.js';
import type { PreparedArticle } from '../../src/render/prepare.js';
import type { ZdArticle } from '../../src/remote/types.js';
import { PLAN_DEFAULTS, prepared, publishedAs, snapshot, source } from '../helpers/plan-fixtures.js';

const NOW = Date.UTC(2026, 11, 2, 12, 0, 0);

describe('parseSince', () => {
  it('takes epoch seconds, ISO dates and date-times with a zone, and spans back from now', () => {
    expect(parseSince('0', NOW)).toBe(0);
    expect(parseSince('1764547200', NOW)).toBe(1764547200);
    expect(parseSince('2026-11-30', NOW)).toBe(Date.UTC(2026, 10, 30) / 1000);
    expect(parseSince('2026-11-30T09:30:00Z', NOW)).toBe(Date.UTC(2026, 10, 30, 9, 30) / 1000);
    expect(parseSince('2026-11-30T09:30+01:00', NOW)).toBe(Date.UTC(2026, 10, 30, 8, 30) / 1000);
    expect(parseSince('24h', NOW)).toBe(NOW / 1000 - 86_400);
    expect(parseSince('7d', NOW)).toBe(NOW / 1000 - 7 * 86_400);
    expect(parseSince('30m', NOW)).toBe(NOW / 1000 - 1800);
    expect(parseSince('2w', NOW)).toBe(NOW / 1000 - 14 * 86_400);
  });

  it.each([
    ['yesterday', /must be an epoch in seconds/],
    ['2026-11-30T09:30', /must be an epoch in seconds/], // no zone: the runner's would be a guess
    ['2026-13-45', /must be an epoch in seconds/],
    ['7 days', /must be an epoch in seconds/],
    [String(NOW), /not milliseconds/],
    ['2027-06-01', /in the future/],
  ])('refuses %s', (value, message) => {
    expect(() => parseSince(value, NOW)).toThrow(message);
  });

  it('takes `last` only where asked (import), and the same other values there', () => {
    expect(parseSince('last', NOW, { last: true })).toBe('last');
    expect(parseSince(' last ', NOW, { last: true })).toBe('last');
    expect(() => parseSince('last', NOW)).toThrow(/must be an epoch in seconds/);
    expect(parseSince('1764547200', NOW, { last: true })).toBe(1764547200);
    expect(parseSince('2026-11-30', NOW, { last: true })).toBe(Date.UTC(2026, 10, 30) / 1000);
    expect(parseSince('7d', NOW, { last: true })).toBe(NOW / 1000 - 7 * 86_400);
    expect(() => parseSince('yesterday', NOW, { last: true })).toThrow(/^--since must be `last`, an epoch in seconds/);
    // A time without a zone is refused for import too (it took it in the runner's zone before).
    expect(() => parseSince('2026-11-30T09:30', NOW, { last: true })).toThrow(/must be `last`/);
  });

  it('names the setting it reads', () => {
    expect(() => parseSince('soon', NOW, { name: 'since' })).toThrow(/^since must be/);
  });
});

/** The article as published from `p`, then each locale's stored body and title changed as given. */
function editedInGuide(
  p: PreparedArticle,
  edits: Record<string, { body?: (b: string) => string; title?: string; at?: string; by?: number }>,
): ZdArticle {
  const article = publishedAs(p);
  for (const t of article.translations!) {
    const e = edits[t.locale];
    if (!e) continue;
    if (e.body) t.body = e.body(t.body!);
    if (e.title) t.title = e.title;
    t.updated_at = e.at ?? '2026-12-01T10:00:00Z';
    if (e.by !== undefined) t.updated_by_id = e.by;
  }
  return article;
}

function judge(p: PreparedArticle, live: ZdArticle, since = 0) {
  const snap = snapshot([live]);
  const index = indexRemote(snap);
  const plan = buildPlan({ sources: [p.source], prepared: [p] }, snap, PLAN_DEFAULTS, index);
  return { plan, ...judgeDrift({ plan, snapshot: snap, index, since }) };
}

describe('judgeDrift: what counts as drift', () => {
  const p = prepared(source('a', undefined, ['fr']), { source: { html: '<p>Text.</p><p>More.</p>' }, fr: { html: '<p>Texte.</p>' } });

  it('a body edited in Guide, in one locale only: that locale, with what the file says', () => {
    const live = editedInGuide(p, { fr: { body: (b) => b.replace('Texte.', 'Texte modifié.'), by: 7 } });
    const { drifted, plan } = judge(p, live);
    expect(plan.articles[0]!.drifted).toEqual(['fr']);
    expect(drifted.map((d) => d.findings.map((f) => [f.locale, f.live.updated_by_id]))).toEqual([[['fr', 7]]]);
  });

  it('a title edited in Guide is drift', () => {
    const { drifted } = judge(p, editedInGuide(p, { 'en-us': { title: 'Renamed in Guide' } }));
    expect(drifted[0]!.findings.map((f) => f.locale)).toEqual(['en-us']);
  });

  it('no edit, or only the invisible markup stripped, is no drift', () => {
    expect(judge(p, publishedAs(p)).drifted).toEqual([]);
    const stripped = editedInGuide(p, { fr: { body: (b) => b.replace(/<div class="zgp-source"[^>]*><\/div>/, '') } });
    expect(judge(p, stripped).drifted).toEqual([]);
  });

  it('an edit undone (the text is what was published) is no drift, but counts as changed and matching', () => {
    const undone = editedInGuide(p, { fr: { body: (b) => b.replace('<p>Texte.</p>', '<p>Texte.</p>\n') } });
    // Since June: only the French edit is recent; the English copy dates from the publish.
    const result = judge(p, undone, Date.UTC(2026, 5, 1) / 1000);
    expect(result.drifted).toEqual([]);
    expect(result.matching).toBe(1);
  });

  it('Guide edited to what the file now says: the planner sees the edit, drift lists nothing', () => {
    const live = editedInGuide(p, { fr: { body: (b) => b.replace('Texte.', 'Texte nouveau.') } });
    const changedFile = prepared(source('a', undefined, ['fr']), {
      source: { html: '<p>Text.</p><p>More.</p>' },
      fr: { html: '<p>Texte nouveau.</p>' },
    });
    // The stored marker still records the old render: the planner knows Guide's copy moved.
    const { drifted, plan } = judge(changedFile, live);
    expect(plan.articles[0]!.drifted).toEqual(['fr']);
    expect(drifted).toEqual([]);
  });

  it('only a change of draft state in Guide is no drift', () => {
    const live = editedInGuide(p, { fr: {} });
    live.translations!.find((t) => t.locale === 'fr')!.draft = true;
    expect(judge(p, live).drifted).toEqual([]);
  });

  it('edits before `since` are left out; at `since` they count', () => {
    const live = editedInGuide(p, {
      fr: { body: (b) => b.replace('Texte.', 'Autre.'), at: '2026-12-01T10:00:00Z' },
      'en-us': { body: (b) => b.replace('More.', 'Less.'), at: '2026-11-01T10:00:00Z' },
    });
    const at = Date.UTC(2026, 11, 1, 10) / 1000;
    expect(judge(p, live, at).drifted[0]!.findings.map((f) => f.locale)).toEqual(['fr']);
    expect(judge(p, live, at + 1).drifted).toEqual([]);
    expect(
      judge(p, live, 0)
        .drifted[0]!.findings.map((f) => f.locale)
        .sort(),
    ).toEqual(['en-us', 'fr']);
  });
});

describe('describeDrift: the text diff', () => {
  const p = prepared(source('a'), { source: { html: '<p>Keep this.</p><p>Old sentence.</p>' } });

  it('is the file (-) against Guide (+), with the editor and time', () => {
    const live = editedInGuide(p, { 'en-us': { body: (b) => b.replace('Old sentence.', 'New sentence.'), by: 42 } });
    const { drifted } = judge(p, live);
    const [article] = describeDrift(drifted, () => live.translations![0]!.body!);
    expect(article).toMatchObject({ key: 'a', file: 'docs/a.md', articleId: live.id });
    expect(article!.translations).toEqual([
      {
        locale: 'en-us',
        updatedAt: '2026-12-01T10:00:00Z',
        updatedBy: { id: 42 },
        lines: [
          { op: ' ', text: 'Keep this.' },
          { op: '-', text: 'Old sentence.' },
          { op: '+', text: 'New sentence.' },
        ],
        omitted: 0,
      },
    ]);
  });

  it('says when only markup differs (the text reads the same)', () => {
    const live = editedInGuide(p, { 'en-us': { body: (b) => b.replace('<p>Old sentence.</p>', '<p><strong>Old sentence.</strong></p>') } });
    const { drifted } = judge(p, live);
    expect(describeDrift(drifted, () => live.translations![0]!.body!)[0]!.translations[0]).toMatchObject({ lines: [], markupOnly: true });
  });

  it('caps the changed lines and counts the rest', () => {
    const many = Array.from({ length: 30 }, (_, i) => `<p>Line ${i}.</p>`).join('');
    const q = prepared(source('b'), { source: { html: many } });
    const live = editedInGuide(q, { 'en-us': { body: (b) => b.replace(/Line (\d+)\./g, 'Row $1 changed.') } });
    const { drifted } = judge(q, live);
    const [t] = describeDrift(drifted, () => live.translations![0]!.body!, { linesPerArticle: 10, lineChars: 100, totalLines: 100 })[0]!
      .translations;
    expect(t!.lines.filter((l) => l.op !== ' ')).toHaveLength(10);
    expect(t!.omitted).toBe(50);
  });
});

const REPORT: DriftReport = {
  version: 1,
  kind: 'drift',
  since: '2026-11-30T00:00:00.000Z',
  zendeskUrl: 'https://acme.zendesk.com',
  articles: [
    {
      key: 'guide',
      file: 'docs/guide.md',
      title: 'The <b>guide</b> @team',
      articleId: 360000000003,
      url: 'https://acme.zendesk.com/hc/en-us/articles/360000000003-The-guide',
      translations: [
        {
          locale: 'fr',
          updatedAt: '2026-12-01T10:02:03Z',
          updatedBy: { id: 7, name: 'Mallory @admins <script>' },
          title: { repo: 'Le guide', guide: 'Le guide <!-- zendesk-guide-publisher-drift:docs -->' },
          lines: [
            { op: '-', text: 'Un second paragraphe.' },
            { op: '+', text: 'Un ```deuxième``` paragraphe <!-- zendesk-guide-publisher-drift:docs --> @team' },
          ],
          omitted: 0,
        },
        { locale: 'de', updatedAt: '2026-12-01T11:00:00Z', lines: [{ op: '+', text: 'Neu.' }], omitted: 3 },
      ],
    },
  ],
  matching: 2,
  diagnostics: [],
  requests: { total: 7, rateLimited: 0, retries: 0 },
  durationMs: 10,
  context: {
    docsPath: 'docs',
    blobBaseUrl: 'https://github.com/acme/docs/blob/abc',
    runUrl: 'https://github.com/acme/docs/actions/runs/1',
  },
};

describe('renderings', () => {
  it('the issue body opens with the marker and lets no HTML, mention or marker through outside fenced diffs', () => {
    const marker = driftMarker('docs');
    const md = renderDriftMarkdown(REPORT, { marker });
    expect(md.startsWith(`${marker}\n### ⚠️ Drift: 2 translations of 1 article edited in Guide since 2026-11-30 00:00 UTC`)).toBe(true);
    const fences = [...md.matchAll(/^(`{3,})diff\n[\s\S]*?\n\1$/gm)].map((m) => m[0]);
    expect(fences).toHaveLength(2);
    // The diff's own backticks cannot close its fence.
    expect(fences[0]!.startsWith('````diff')).toBe(true);
    const outside = fences.reduce((text, f) => text.replace(f, ''), md);
    expect(outside.split(marker)).toHaveLength(2);
    expect(outside).not.toMatch(/<script|<b>|<!-- zendesk-guide-publisher-drift:docs -->.|@team|@admins/);
    expect(outside).toContain('Mallory @&#8203;admins &lt;script&gt;');
    expect(outside).toContain(
      '| [The &lt;b&gt;guide&lt;/b&gt; @&#8203;team](https://acme.zendesk.com/hc/en-us/articles/360000000003-The-guide)',
    );
    expect(outside).toContain('[`docs/guide.md`](https://github.com/acme/docs/blob/abc/docs/guide.md)');
    expect(outside).toContain('| de | 2026-12-01 11:00 UTC | – |');
    expect(outside).toContain('3 more changed lines not shown');
    expect(outside).toContain('2 translations changed in Guide since then match the docs.');
  });

  it('a marker made from a hostile docs path cannot end the comment early', () => {
    expect(driftMarker('docs-->x<y')).toBe('<!-- zendesk-guide-publisher-drift:docs-xy -->');
  });

  it('is cut to fit at a row boundary, saying how much was left out', () => {
    const big: DriftReport = {
      ...REPORT,
      articles: Array.from({ length: 200 }, (_, i) => ({
        ...REPORT.articles[0]!,
        key: `a${i}`,
        file: `docs/a${i}.md`,
        translations: [
          {
            ...REPORT.articles[0]!.translations[1]!,
            lines: Array.from({ length: 20 }, () => ({ op: '+' as const, text: 'x'.repeat(200) })),
          },
        ],
      })),
    };
    const md = renderDriftMarkdown(big, { marker: driftMarker('docs'), limit: 65_000 });
    expect(md.length).toBeLessThanOrEqual(65_000);
    expect(md).toMatch(/more rows? left out to fit \(the \[job summary\]/);
    // The table comes first: every article keeps its row.
    expect(md.match(/^\| \[The/gm)).toHaveLength(200);
  });

  it('clean and failed reports say so in one line', () => {
    expect(renderDriftMarkdown({ ...REPORT, articles: [], matching: 0 })).toContain(
      '### ✅ No drift: nothing edited in Guide since 2026-11-30 00:00 UTC differs from the docs.',
    );
    expect(
      renderDriftText({ ...REPORT, articles: [], error: { kind: 'remote', message: 'GET https://acme.zendesk.com:443/x: 401' } }),
    ).toMatch(/^❌ The drift report failed: GET/);
  });

  it('the text report lists each translation with editor, time and diff', () => {
    const text = renderDriftText(REPORT);
    expect(text).toContain(
      '  docs/guide.md (#360000000003) — The <b>guide</b> @team https://acme.zendesk.com/hc/en-us/articles/360000000003-The-guide',
    );
    expect(text).toContain('    fr, edited by Mallory @admins <script> on 2026-12-01 10:02 UTC (− the docs, + Guide)');
    expect(text).toContain('      Title: “Le guide” → “Le guide <!-- zendesk-guide-publisher-drift:docs -->”');
    expect(text).toContain('      - Un second paragraphe.');
    expect(text).toContain('    de, edited on 2026-12-01 11:00 UTC');
  });
});

describe('driftExitCode', () => {
  const clean = { ...REPORT, articles: [] };
  it('0 clean; drift is 0 unless asked to fail; errors in the docs 1; a failed run by its kind', () => {
    expect(driftExitCode(clean, true)).toBe(0);
    expect(driftExitCode(REPORT, false)).toBe(0);
    expect(driftExitCode(REPORT, true)).toBe(1);
    expect(driftExitCode({ ...clean, diagnostics: [{ severity: 'error', file: 'docs/a.md', line: 1, message: 'x' }] }, false)).toBe(1);
    expect(driftExitCode({ ...clean, error: { kind: 'remote', message: 'x' } }, false)).toBe(3);
    expect(driftExitCode({ ...clean, error: { kind: 'settings', message: 'x' } }, false)).toBe(2);
  });
});
