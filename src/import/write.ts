import type { Logger } from '../logger.js';
import type { StoredArticle } from '../remote/types.js';
import { convertArticle, type ArticleContext, type ConvertedArticle } from './article.js';
import type { ConvertRender } from './convert.js';
import type { Placement } from './layout.js';
import { writeImportState } from './state.js';

/**
 * Articles, and milliseconds, between two saves of the record (both must pass): what an
 * interruption can cost to redo. The record is written whole, and for 40,000 translations it
 * is megabytes; saved every 25 articles it was 500 of them per import, a share of the CPU and
 * of the peak memory.
 */
const SAVE_EVERY = 25;
const SAVE_INTERVAL_MS = 2_000;
/**
 * And at least this many times as long as the last save took: a record of 120,000 files takes
 * most of a second to sort and write, and saved every 2 seconds (and at each of 41 page ends)
 * it took a third of the thread that hands the bodies to the converting threads. So saving
 * costs at most a twentieth of the run, whatever its size.
 */
const SAVE_COST_FACTOR = 20;
/** Articles converted ahead of the one being written, per worker: keeps every worker busy. */
const AHEAD_PER_THREAD = 4;

export interface WriteContext extends ArticleContext {
  logger: Logger;
  render: ConvertRender;
  /** Repo-relative path of the config file in use; undefined when there is none. */
  configFile: string | undefined;
  /** Docs-relative path of the config file an import writes when there is none. */
  newConfigFile: string;
}

type Selected = { article: StoredArticle; pageEnd: number; placement: Placement };

/** Writes the selected articles in the export's order, recording after each page where to resume. */
export async function writeArticles(ctx: WriteContext, selected: Selected[]): Promise<void> {
  const saver = periodicSaver(ctx);
  const lossy: Selected[] = [];
  let pageEnd: number | undefined;
  const ahead = Math.max(1, ctx.pool.threads * AHEAD_PER_THREAD);
  const pending: Promise<ConvertedArticle>[] = [];
  const start = (i: number) => {
    const s = selected[i];
    if (s) pending.push(convertArticle(ctx, s.article, s.placement, ctx.render));
  };
  for (let i = 0; i < ahead; i++) start(i);
  for (let i = 0; i < selected.length; i++) {
    const { placement, pageEnd: end } = selected[i]!;
    const converted = await pending.shift()!;
    start(i + ahead);
    // A page is done when the first article of the next one starts: record where to resume.
    if (pageEnd !== undefined && end !== pageEnd) {
      ctx.state.endTime = pageEnd;
      await saver.atPageEnd();
    }
    pageEnd = end;
    if (await commitArticle(ctx, converted, ctx.render)) await saver.maybe();
    else lossy.push(selected[i]!);
    ctx.logger.progress?.({ kind: 'advance', item: `${placement.key}.md`, failed: false });
  }
  if (lossy.length) await writeLossy(ctx, lossy, saver);
}

/**
 * Embeds, scripts or styles the publisher's sanitizer would remove: they are kept only when the
 * docs root publishes raw HTML as written, which a fresh import turns on.
 */
async function writeLossy(ctx: WriteContext, lossy: Selected[], saver: ReturnType<typeof periodicSaver>): Promise<void> {
  const { render, configFile } = ctx;
  if (!configFile) {
    await ctx.files.put(ctx.newConfigFile, `render:\n  alerts: ${render.alerts}\n  allow_unsafe_html: true\n`);
    ctx.result.configWritten = true;
    ctx.logger.warning(
      `${lossy.length} article(s) hold HTML that the publisher sanitizes away (an embedded video, a script, a style): ${ctx.newConfigFile} now sets render.allow_unsafe_html: true so that publishing them back keeps it; see "Raw HTML" in zendesk-guide-publisher's docs/front-matter.md`,
    );
  } else {
    ctx.logger.warning(
      `${lossy.length} article(s) hold HTML that the publisher sanitizes away with ${configFile}'s settings: publishing them will remove it unless render.allow_unsafe_html is true`,
    );
  }
  const mode = configFile ? { ...render } : { ...render, allowUnsafeHtml: true };
  for (const { article, placement } of lossy) {
    if (await commitArticle(ctx, await convertArticle(ctx, article, placement, mode), mode)) await saver.maybe();
  }
  if (configFile) for (const { placement } of lossy) ctx.result.lossy.push(`${placement.key}.md`);
}

/**
 * Writes one converted article's files and records it. Returns false, writing nothing, when the
 * publisher would not give its content back with these settings (left for writeLossy).
 */
async function commitArticle(ctx: WriteContext, converted: ConvertedArticle, mode: ConvertRender): Promise<boolean> {
  const { result, state } = ctx;
  if (converted.lossy && !mode.allowUnsafeHtml) return false;
  if (converted.lossy) result.lossy.push(`${converted.placement.key}.md`);
  if (converted.raw) result.rawHtml++;
  const conflictsBefore = result.conflicts.length;
  for (const { rel, text } of converted.texts) await ctx.files.put(rel, text);
  result.articles++;
  result.translations += converted.texts.length - 1;
  // A file kept as the user changed it still stands for the Guide copy imported before.
  const id = String(converted.article.id);
  if (result.conflicts.length === conflictsBefore || !state.articles[id]) state.articles[id] = converted.record;
  return true;
}

/** Saves the record every SAVE_EVERY articles and SAVE_INTERVAL_MS (and SAVE_COST_FACTOR times its cost), or at a page's end when due. */
function periodicSaver(ctx: WriteContext) {
  let since = 0;
  let savedAt = Date.now();
  let cost = 0;
  const now = async () => {
    const started = Date.now();
    await writeImportState(ctx.docsRoot, ctx.state);
    since = 0;
    savedAt = Date.now();
    cost = savedAt - started;
  };
  const due = () => Date.now() - savedAt >= Math.max(SAVE_INTERVAL_MS, cost * SAVE_COST_FACTOR);
  return {
    now,
    // The end time recorded with it is where an interrupted import resumes: a later save records it just as well.
    atPageEnd: async () => {
      if (due()) await now();
    },
    maybe: async () => {
      if (++since >= SAVE_EVERY && due()) await now();
    },
  };
}
