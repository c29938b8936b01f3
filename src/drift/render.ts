import { codeText, fencedDiff } from '../report/diff.js';
import { code, escapeText, link, sourceUrl } from '../report/escape.js';
import { fitBlocks, type Block } from '../report/fit.js';
import { plural } from '../report/plural.js';
import type { DriftedArticle, DriftedTranslation, DriftReport, Editor } from './model.js';

/** `2026-12-01 10:02 UTC`: minutes are enough to find the edit in Guide's history. */
export function shortTime(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

const editorName = (e: Editor | undefined) => (e ? (e.name ?? `user ${e.id}`) : undefined);

const translationCount = (report: DriftReport) => report.articles.reduce((n, a) => n + a.translations.length, 0);

/** The one-line verdict every rendering starts with. */
export function driftVerdict(report: DriftReport): string {
  if (report.error) return `❌ The drift report failed: ${report.error.message}`;
  const since = report.since ? ` since ${shortTime(report.since)}` : '';
  if (!report.articles.length) return `✅ No drift: nothing edited in Guide${since} differs from the docs.`;
  return `⚠️ Drift: ${plural(translationCount(report), 'translation')} of ${plural(report.articles.length, 'article')} edited in Guide${since} no longer match the docs.`;
}

/** "fr, edited by Alan Agent on 2026-12-01 10:02 UTC", as far as Zendesk says. */
export function editedLine(t: DriftedTranslation): string {
  const by = editorName(t.updatedBy);
  return `${t.locale}, edited${by ? ` by ${by}` : ''} on ${shortTime(t.updatedAt)}`;
}

function textDetail(t: DriftedTranslation): string[] {
  const out: string[] = [];
  if (t.title) out.push(`Title: “${t.title.repo}” → “${t.title.guide}”`);
  out.push(...t.lines.map(codeText));
  if (t.omitted) out.push(`(${plural(t.omitted, 'more changed line')} not shown)`);
  if (t.markupOnly) out.push('(the text is the same: a link, an image or other markup differs)');
  return out;
}

/** Plain text for the log and the terminal. */
export function renderDriftText(report: DriftReport): string {
  const lines = [driftVerdict(report)];
  for (const a of report.articles) {
    lines.push(`  ${a.file} (#${a.articleId}) — ${a.title}${a.url ? ` ${a.url}` : ''}`);
    for (const t of a.translations) {
      lines.push(`    ${editedLine(t)} (− the docs, + Guide)`);
      lines.push(...textDetail(t).map((l) => `      ${l}`));
    }
  }
  if (report.matching) lines.push(`  ${plural(report.matching, 'translation')} changed in Guide since then match the docs`);
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors) lines.push(`  ${plural(errors, 'error')} in the docs: those files could not be compared (see above)`);
  lines.push(`  ${report.requests.total} Zendesk requests, ${report.requests.rateLimited} rate-limited`);
  return lines.join('\n');
}

/** The hidden first line of the drift issue: it names the docs root, so two roots keep two issues. */
export function driftMarker(docsPath: string): string {
  const safe = docsPath.replace(/-{2,}/g, '-').replace(/[<>]/g, '') || '.';
  return `<!-- zendesk-guide-publisher-drift:${safe} -->`;
}

export interface DriftMarkdownOptions {
  /** The hidden first line (the issue's). */
  marker?: string;
  /** Characters at most (GitHub's issue body holds 65,536); rows past it are counted, not shown. */
  limit?: number;
}

function articleLabel(a: DriftedArticle, report: DriftReport): string {
  const title = a.url ? link(escapeText(a.title), a.url) : escapeText(a.title);
  const blob = report.context?.blobBaseUrl;
  const file = blob ? link(code(a.file), sourceUrl(blob, a.file)) : code(a.file);
  return `${title} · ${file}`;
}

function tableRow(a: DriftedArticle, t: DriftedTranslation, report: DriftReport): string {
  const by = editorName(t.updatedBy);
  return `| ${articleLabel(a, report)} | ${escapeText(t.locale)} | ${shortTime(t.updatedAt)} | ${by ? escapeText(by) : '–'} |`;
}

function detailBlock(a: DriftedArticle, report: DriftReport): string {
  const parts = [`#### ${articleLabel(a, report)}`];
  for (const t of a.translations) {
    parts.push(`**${escapeText(editedLine(t))}** (− the docs, + Guide)`);
    if (t.title) parts.push(escapeText(`Title: “${t.title.repo}” → “${t.title.guide}”`));
    if (t.lines.length) parts.push(fencedDiff(t.lines));
    if (t.omitted) parts.push(`<sub>${escapeText(`${plural(t.omitted, 'more changed line')} not shown`)}</sub>`);
    if (t.markupOnly) parts.push('<sub>The text is the same: a link, an image or other markup differs.</sub>');
  }
  return parts.join('\n\n');
}

/**
 * The report as Markdown: the job summary, and the body of the drift issue. Everything that
 * comes from Zendesk or the files is escaped (titles, names, locales) or sits in a fenced block
 * no line can close (the diffs), so no HTML, @mention or fake marker gets through.
 */
export function renderDriftMarkdown(report: DriftReport, options: DriftMarkdownOptions = {}): string {
  const head = [...(options.marker ? [options.marker] : []), `### ${escapeText(driftVerdict(report))}`].join('\n');
  const where = [
    report.zendeskUrl ? `Guide: ${escapeText(report.zendeskUrl)}` : undefined,
    report.context ? `docs: ${code(report.context.docsPath)}` : undefined,
    report.context?.runUrl ? link('workflow run', report.context.runUrl) : undefined,
  ].filter(Boolean);
  const blocks: Block[] = [{ text: head }];
  if (where.length) blocks.push({ text: where.join(' · ') });
  if (report.articles.length) {
    blocks.push({
      rows: report.articles.flatMap((a) => a.translations.map((t) => tableRow(a, t, report))),
      head: '| article | locale | edited in Guide | by |\n| --- | --- | --- | --- |',
      priority: 0,
    });
    blocks.push({
      rows: report.articles.map((a) => detailBlock(a, report)),
      head: '<details open><summary>What changed in Guide, article by article</summary>\n',
      tail: '\n</details>',
      separator: '\n\n',
      priority: 1,
    });
    blocks.push({
      text:
        'To settle it, bring each edit into its file (the `+` lines are what Guide has), or publish with ' +
        '`on-drift: overwrite` to put the file’s text back in Guide.',
    });
    blocks.push({ note: true });
  }
  if (report.matching) blocks.push({ text: `${plural(report.matching, 'translation')} changed in Guide since then match the docs.` });
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) {
    blocks.push({
      text: `${plural(errors.length, 'error')} in the docs: those files could not be compared. ${errors
        .slice(0, 10)
        .map((d) => code(`${d.file}${d.line ? `:${d.line}` : ''}`) + ' ' + escapeText(d.message))
        .join('; ')}`,
    });
  }
  const more = report.context?.runUrl ? ` (the ${link('job summary', report.context.runUrl)} has them all)` : '';
  return fitBlocks(blocks, options.limit ?? 1_000_000, (n) => `<sub>${plural(n, 'more row')} left out to fit${more}.</sub>`).text;
}
