import { mediaLine } from './model.js';
import type { Diagnostic } from '../diagnostics.js';
import { code, escapeText, link, shorten, sourceUrl } from './escape.js';
import { fitBlocks, type Block } from './fit.js';
import { contentTagLine, interruptedLine, structureLine, type Report, type ReportRow } from './model.js';
import { classifyRows, rowLabel, type ClassifiedRow, type RowKind } from './rows.js';
import { plural } from './plural.js';
import { sourceFileOf } from '../shared/locale-suffix.js';
import { REPORT_DIFF_CAPS } from '../diff/types.js';
import { COMMENT_DIFF_CHARS, diffMarkdown } from './diff.js';

/** GitHub refuses comments over 65,536 characters; stay clear of it. */
export const COMMENT_LIMIT = 65_000;
/** The job summary of one step may hold 1 MiB. */
export const SUMMARY_LIMIT_BYTES = 1_000_000;

const UPDATE_KINDS: ReadonlySet<RowKind> = new Set(['update', 'translation', 'attachments', 'drifted']);

/** What the counts say, in the tense of the report: planned ("2 to create") or done ("2 created"). */
function tally(report: Report): string[] {
  const c = report.counts;
  const drifted = report.rows.filter((r) => r.drifted.length).length;
  if (report.offline) {
    const rendered = report.rows.length - c.failed;
    return [`${plural(rendered, 'article')} rendered`, ...(c.failed ? [`${c.failed} with errors`] : [])];
  }
  if (report.planned) {
    const would = [`${c.created} to create`, `${c.updated} to update`, `${c.unchanged} unchanged`];
    if (c.archived) would.push(`${c.archived} to archive`);
    if (drifted) would.push(`${drifted} edited in Guide`);
    if (c.skipped) would.push(`${c.skipped} skipped`);
    if (c.failed) would.push(`${c.failed} with errors`);
    return would;
  }
  const parts = [`${c.created} created`, `${c.updated} updated`, `${c.unchanged} unchanged`];
  if (c.archived) parts.push(`${c.archived} archived`);
  if (drifted) parts.push(`${drifted} had been edited in Guide`);
  if (c.skipped) parts.push(`${c.skipped} skipped`);
  if (c.failed) parts.push(`${c.failed} failed`);
  return parts;
}

/** One line: what happened or would happen, with the same counts as the table and the outputs. */
export function verdict(report: Report): string {
  if (report.error) return `❌ The run failed: ${report.error.message}`;
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  if (report.blocked) {
    const stop =
      report.mode === 'dry-run'
        ? `❌ ${plural(errors, 'error')} in the docs must be fixed first: a publish would stop before writing anything.`
        : `❌ Nothing was published: ${plural(errors, 'error')} in the docs must be fixed first.`;
    if (!report.rows.length) return stop;
    return `${stop} ${report.offline ? 'Not compared with Zendesk (no credentials)' : 'Planned'}: ${tally(report).join(', ')}.`;
  }
  if (report.offline) {
    return `📄 Offline dry run: ${plural(report.rows.length, 'article')} validated and rendered; not compared with Zendesk (no credentials).`;
  }
  if (report.planned) return `🔍 Dry run: ${tally(report).join(', ')}. Nothing was written to Zendesk.`;
  if (report.interrupted) return `⏹️ ${capitalize(interruptedLine(report.interrupted))}. So far: ${tally(report).join(', ')}.`;
  return `${report.counts.failed ? '⚠️' : '🚀'} Published: ${tally(report).join(', ')}.`;
}

/** A publish that got as far as writing: past tense from here on. */
const done = (report: Report) => !report.planned;

const MODE_NAME = { 'dry-run': 'dry run', publish: 'publish' } as const;

/** Which mode ran, and why: the first thing a reader of any report needs to know. */
export function modeLine(report: Report): string | undefined {
  if (!report.mode) return undefined;
  const ctx = report.context;
  const name = `**${MODE_NAME[report.mode]}**`;
  let why = '';
  if (ctx?.requestedMode === 'auto') {
    const event = ctx.eventName ? `a ${code(ctx.eventName)} event` : 'this event';
    why =
      report.mode === 'dry-run'
        ? ` (${code('mode: auto')} on ${event}: a preview; merging publishes)`
        : ` (${code('mode: auto')} on ${event})`;
  } else if (ctx) {
    why = ` (${code(`mode: ${ctx.requestedMode}`)} set in the workflow)`;
  }
  const commit = ctx?.commit ? ` · commit ${code(ctx.commit.slice(0, 7))}` : '';
  return `Mode: ${name}${why}${commit}`;
}

/** The verdict in bold; an error message is the user's text (a host, a file name) and is escaped. */
function verdictMarkdown(report: Report): string {
  if (report.error) return `**❌ The run failed:** ${escapeText(report.error.message)}`;
  return `**${verdict(report)}**`;
}

const FAILURE_ADVICE: Record<NonNullable<Report['error']>['kind'], string> = {
  settings: 'Nothing was sent to Zendesk: fix the setting and run again.',
  remote: 'Nothing was written to Zendesk; once the cause is fixed, running again is safe.',
  internal: 'Nothing was written to Zendesk; the log has the details.',
  interrupted: 'Nothing was written to Zendesk: the run was stopped before its first write.',
};

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function offlineNote(report: Report): string | undefined {
  if (!report.offline || report.blocked) return undefined;
  const why = report.context?.forkPullRequest
    ? 'No Zendesk credentials: secrets are not given to workflows for pull requests from forks'
    : 'No Zendesk credentials were set';
  return [
    '> [!NOTE]',
    `> **Comparison with Zendesk skipped.** ${why}, so this run only validated and rendered the Markdown. It cannot say which articles would be created or updated; a run with credentials (after merging, or from a branch of this repository) will.`,
  ].join('\n');
}

interface Links {
  source(file: string, line?: number): string | undefined;
}

function linksOf(report: Report): Links {
  const base = report.context?.blobBaseUrl;
  return { source: (file, line) => (base ? sourceUrl(base, file, line) : undefined) };
}

function fileCell(row: ReportRow, links: Links): string {
  if (!row.file) return code(row.key);
  const url = links.source(row.file);
  return url ? link(code(row.file), url) : code(row.file);
}

function titleCell(row: ReportRow): string {
  const title = escapeText(row.title || row.key);
  return row.url ? link(title, row.url) : title;
}

/** What happens to an article edited in Guide, in the words of the `on-drift` policy in force. */
export function driftText(row: ReportRow, report: Report): string {
  if (!row.drifted.length) return '';
  const edited = `edited in Guide (${row.drifted.join(', ')})`;
  // Edited in Guide to exactly what this file says: there is nothing to overwrite, skip or refuse.
  if (row.action === 'unchanged') return `${edited}; the same as this file`;
  switch (report.onDrift) {
    case 'skip':
      return `${edited}; left as is (on-drift: skip)`;
    case 'fail':
      return `${edited}; ${report.mode === 'publish' ? 'stopped the publish' : 'blocks the publish'} (on-drift: fail)`;
    case 'overwrite': {
      const verb = !done(report) ? 'will be overwritten' : row.status === 'updated' ? 'overwritten' : 'not overwritten';
      return `${edited}; ${verb} from this file (on-drift: overwrite)`;
    }
    default:
      return edited;
  }
}

function whatCell(c: ClassifiedRow, report: Report): string {
  const { row } = c;
  if (row.error) return `❌ ${escapeText(shorten(row.error, 160))}`;
  if (c.kind === 'error' && !row.error) {
    const errors = report.diagnostics.filter((d) => d.severity === 'error' && row.file && sameArticle(d.file, row.file));
    // An edit in Guide under on-drift: fail is such an error; the row says so in the policy's words.
    const drift = driftText(row, report);
    return `❌ ${plural(errors.length, 'error')} in this file${drift ? `: ${escapeText(drift)}` : ''}`;
  }
  const parts = [driftText(row, report), ...(row.action === 'skip' ? [] : row.reasons)].filter(Boolean);
  return escapeText(shorten(parts.join('; '), 120));
}

const sameArticle = (diagFile: string, rowFile: string) => diagFile === rowFile || sourceFileOf(diagFile) === rowFile;

function tableRow(c: ClassifiedRow, report: Report, links: Links): string {
  return `| ${rowLabel(c.kind, report)} | ${titleCell(c.row)} | ${fileCell(c.row, links)} | ${whatCell(c, report)} |`;
}

/** What is left of a copy's room for diffs, and where to send a reader for the rest. */
interface DiffRoom {
  chars: number;
  /** "see the job summary or the preview", as links where known; undefined when there is nowhere. */
  elsewhere: string | undefined;
}

function detailEntry(c: ClassifiedRow, report: Report, links: Links, room: DiffRoom): string {
  const lines = [`**${titleCell(c.row)}** · ${fileCell(c.row, links)}`];
  const drift = driftText(c.row, report);
  if (drift) lines.push(`- ⚠️ ${escapeText(drift)}`);
  if (c.row.action !== 'skip') for (const reason of c.row.reasons) lines.push(`- ${escapeText(reason)}`);
  const ch = c.row.changes;
  if (ch?.uploads) lines.push(`- ${plural(ch.uploads, 'file')} ${done(report) ? 'uploaded' : 'to upload'}`);
  const blocks = [lines.join('\n')];
  const left: string[] = [];
  for (const d of c.row.diffs ?? []) {
    const md = diffMarkdown(d, report.onDrift, previewPointer(report));
    if (md.length > room.chars) {
      left.push(d.locale);
      continue;
    }
    room.chars -= md.length;
    blocks.push(md);
  }
  if (left.length) {
    blocks.push(
      `<sub>The text that changes (${escapeText(left.join(', '))}) is left out to keep this short${room.elsewhere ? `: ${room.elsewhere}` : ''}.</sub>`,
    );
  }
  if (c.row.diffsLeftOut) {
    blocks.push(
      `<sub>The text that changes in ${plural(c.row.diffsLeftOut, 'more translation')} is not in this report, which holds the first ${REPORT_DIFF_CAPS.totalLines} changed lines of a run: ${previewPointer(report)}.</sub>`,
    );
  }
  return blocks.join('\n\n');
}

/** Where every changed line can be read: the preview, which is not capped per article. */
function previewPointer(report: Report): string {
  const preview = report.context?.previewUrl;
  return preview ? `the ${link('preview', preview)} has them all` : `${code('zendesk-guide-publisher preview')} shows them all`;
}

/** Where the diffs a copy leaves out can be read: the job summary and the preview, as far as known. */
function elsewhereOf(report: Report, inSummary: boolean): string | undefined {
  const ctx = report.context;
  const places = [
    ...(inSummary ? [] : [ctx?.runUrl ? `the ${link('job summary', ctx.runUrl)}` : 'the job summary']),
    ...(ctx?.previewUrl ? [`the ${link('preview', ctx.previewUrl)}`] : []),
  ];
  return places.length ? `see ${places.join(' or ')}` : undefined;
}

function diagnosticLine(d: Diagnostic, links: Links): string {
  const where = [d.file, d.line, d.line ? d.column : undefined].filter((p) => p !== undefined).join(':');
  const url = links.source(d.file, d.line);
  const icon = d.severity === 'error' ? '❌' : '⚠️';
  const hint = d.hint ? ` (${escapeText(d.hint)})` : '';
  return `- ${icon} ${url ? link(code(where), url) : code(where)} ${escapeText(d.message)}${hint}`;
}

function diagnosticsBlocks(report: Report, links: Links): Block[] {
  if (!report.diagnostics.length) return [];
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = report.diagnostics.length - errors;
  const heading = [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ');
  // Problems get the space first when the comment must be cut: they are what someone has to fix.
  return [
    { head: `#### ${errors ? '❌' : '⚠️'} ${heading}\n`, rows: report.diagnostics.map((d) => diagnosticLine(d, links)), priority: 0 },
  ];
}

export interface MarkdownOptions {
  /** Up to this many unchanged articles are listed row by row; more are summed up. Default 10. */
  maxUnchangedListed?: number;
  /** The hidden first line of a sticky PR comment. */
  marker?: string;
  /** Size limit and how it is measured; defaults fit a job summary. */
  limit?: number;
  measure?: (s: string) => number;
  /** Name the place that holds everything when this copy had to be cut. */
  fullReportHint?: string;
  /** List unchanged articles in a collapsed block when there are too many for the table. */
  collapseUnchanged?: boolean;
  /** Characters of diffs this copy shows (default: all the report holds). */
  diffChars?: number;
}

function blocksOf(report: Report, options: MarkdownOptions): Block[] {
  const links = linksOf(report);
  const classified = classifyRows(report);
  const unchanged = classified.filter((c) => c.kind === 'unchanged');
  const listUnchanged = unchanged.length <= (options.maxUnchangedListed ?? 10);
  const tableRows = classified.filter((c) => c.kind !== 'unchanged' || listUnchanged);
  const detailed = classified.filter((c) => UPDATE_KINDS.has(c.kind) && (c.row.reasons.length || c.row.drifted.length));
  const docs = report.context?.docsPath;
  const blocks: Block[] = [];

  const room: DiffRoom = { chars: options.diffChars ?? Infinity, elsewhere: elsewhereOf(report, options.diffChars === undefined) };

  if (options.marker) blocks.push({ text: options.marker });
  const heading = ['### 📚 Zendesk Guide', ...(report.mode ? [MODE_NAME[report.mode]] : []), ...(docs ? [code(docs)] : [])];
  blocks.push({ text: heading.join(' · ') });
  const mode = modeLine(report);
  const preview = report.context?.previewUrl;
  const previewLine = preview
    ? `🔎 ${link('Preview of every article', preview)}: a static site of the rendered articles (download, unzip, open ${code('index.html')})`
    : undefined;
  blocks.push({ text: [verdictMarkdown(report), ...(mode ? [mode] : []), ...(previewLine ? [previewLine] : [])].join('\n\n') });
  // A failed run replaces the preview in the sticky comment: say plainly that nothing happened.
  if (report.error) blocks.push({ text: FAILURE_ADVICE[report.error.kind] });
  if (report.notes?.length) blocks.push({ text: report.notes.map((n) => `ℹ️ ${escapeText(n)}`).join('\n\n') });
  const offline = offlineNote(report);
  if (offline) blocks.push({ text: offline });
  blocks.push({ note: true });

  // When the docs have errors, they are what the reader must act on: list them first.
  if (report.blocked) blocks.push(...diagnosticsBlocks(report, links));
  if (report.structure?.length) {
    blocks.push({
      head: `#### 🗂️ Sections and categories${done(report) ? '' : ' (made before the articles)'}
`,
      rows: report.structure.map((row) => `- ${structureLine(row)}${row.file ? ` · ${code(row.file)}` : ''}`),
    });
  }
  if (report.contentTags?.length) {
    blocks.push({
      head: `#### 🏷️ Content tags${done(report) ? '' : ' (made before the articles)'}
`,
      rows: report.contentTags.map((tag) => `- ${contentTagLine(tag)}`),
    });
  }
  if (tableRows.length) {
    blocks.push({
      head: `| | Article | Source | ${done(report) ? 'What changed' : 'What changes'} |\n| --- | --- | --- | --- |`,
      rows: tableRows.map((c) => tableRow(c, report, links)),
    });
  }
  if (!listUnchanged) {
    const line = `✅ ${plural(unchanged.length, 'article')} unchanged${options.collapseUnchanged ? '' : ' (not listed)'}.`;
    if (options.collapseUnchanged) {
      blocks.push({
        head: `<details><summary>${line}</summary>\n`,
        rows: unchanged.map((c) => `- ${titleCell(c.row)} · ${fileCell(c.row, links)}`),
        priority: 3,
        tail: '\n</details>',
      });
    } else {
      blocks.push({ text: line });
    }
  }
  if (detailed.length) {
    const withText = detailed.some((c) => c.row.diffs?.length) ? ', with the text that changes' : '';
    blocks.push({
      head: `<details><summary>${done(report) ? 'What changed' : 'What changes'}, article by article${withText} (${detailed.length})</summary>\n`,
      rows: detailed.map((c) => detailEntry(c, report, links, room)),
      separator: '\n\n',
      priority: 2,
      tail: '\n</details>',
    });
  }
  if (!report.blocked) blocks.push(...diagnosticsBlocks(report, links));

  const r = report.requests;
  const files = mediaLine(report);
  const stats = [
    ...(files ? [files] : []),
    plural(r.total, 'Zendesk request'),
    ...(r.rateLimited ? [`${r.rateLimited} rate-limited and retried`] : []),
    `${(report.durationMs / 1000).toFixed(1)} s`,
    ...(report.context?.runUrl ? [link('workflow run', report.context.runUrl)] : []),
  ];
  blocks.push({ text: `<sub>${stats.join(' · ')}</sub>` });
  return blocks;
}

function cutNote(report: Report, hint: string | undefined) {
  return (omitted: number) => {
    const where =
      hint ??
      (report.context?.runUrl
        ? `The ${link('job summary', report.context.runUrl)} has the full report.`
        : 'The job summary has the full report.');
    return `> [!WARNING]\n> Cut to fit GitHub's size limit: ${plural(omitted, 'row')} left out. ${where}`;
  };
}

/** The report as Markdown: the job summary, and what the CLI prints with `--markdown`. */
export function renderReportMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const measure = options.measure ?? ((s: string) => Buffer.byteLength(s, 'utf8'));
  const blocks = blocksOf(report, { collapseUnchanged: true, ...options });
  return fitBlocks(blocks, options.limit ?? SUMMARY_LIMIT_BYTES, cutNote(report, options.fullReportHint), measure).text.trimEnd();
}

/** The sticky PR comment: the marker first, unchanged articles summed up, cut at a row boundary to fit. */
export function renderComment(
  report: Report,
  options: { marker: string; limit?: number; maxUnchangedListed?: number; diffChars?: number },
): string {
  const blocks = blocksOf(report, { diffChars: COMMENT_DIFF_CHARS, ...options, collapseUnchanged: false });
  return fitBlocks(blocks, options.limit ?? COMMENT_LIMIT, cutNote(report, undefined)).text;
}

/** The job summary; the same report as the comment, with every unchanged article listed (collapsed). */
export function renderSummary(report: Report): string {
  return renderReportMarkdown(report) + '\n';
}
