import type { PreparedArticle } from '../render/prepare.js';
import type { SourceArticle } from '../source/types.js';
import { finalBody } from './body.js';
import { LEASE_TITLE } from './state.js';
import { reportError, type PlanContext } from './context.js';
import { assetKey, type MediaMode } from './media.js';
import type { ArticlePlan, BodySpec } from './types.js';

/**
 * Zendesk's documented limits (Guide product limits, support.zendesk.com article 4408831783962),
 * checked before the first write so a run never stops halfway on a 422: 1 MB per translation
 * body ("approximately 1,000,000 characters", counted here strictly, in bytes), 500 attachments
 * per article, 50 labels per article, 5,000 articles per section, 40,000 live articles in the help
 * center. 20 MB per file is checked
 * where files are read (render/assets.ts).
 */
export const MAX_BODY_BYTES = 1_000_000;
export const MAX_ARTICLE_ATTACHMENTS = 500;
export const MAX_LABELS = 50;
export const MAX_SECTION_ARTICLES = 5_000;
/** Live articles in one help center: archived articles and translations are not counted (the same page). */
export const MAX_ACCOUNT_ARTICLES = 40_000;

/** As long as any URL the tool writes for a reference not known yet: a media URL, an attachment or article URL. */
const LONGEST_URL = `https://${'x'.repeat(40)}.zendesk.com/hc/article_attachments/360000000000/${'x'.repeat(60)}`;

export function checkLabels(source: SourceArticle, ctx: PlanContext): boolean {
  const labels = source.meta.labels ?? [];
  if (labels.length <= MAX_LABELS) return true;
  reportError(
    ctx,
    source.locations.labels ?? source.start,
    `${labels.length} labels (with those of _defaults.yml); Zendesk takes at most ${MAX_LABELS} per article`,
  );
  return false;
}

/** Each body as it would be sent (the marker included, unknown URLs at their longest) must fit in 1 MB. */
export function checkBodySizes(specs: readonly BodySpec[], key: string, ctx: PlanContext): boolean {
  let ok = true;
  for (const spec of specs) {
    const body = finalBody(spec, key, (ref) => (ref.kind === 'article' ? (ref.url ?? LONGEST_URL) : LONGEST_URL), ctx.namespace);
    const bytes = body ? Buffer.byteLength(body.html) : 0;
    if (bytes <= MAX_BODY_BYTES) continue;
    reportError(
      ctx,
      { file: spec.file, line: 1, column: 1 },
      `the ${spec.locale} body is ${(bytes / 1_000_000).toFixed(2)} MB once rendered; Zendesk takes at most 1 MB per translation`,
      'split the article, or move large content (tables, embedded data) into attached files',
    );
    ok = false;
  }
  return ok;
}

/**
 * The attachments an article would hold: in the library, Zendesk makes one per translation for
 * each media it embeds; with attachments, one per translation for an inline image and one per
 * article for a linked file. Reported at the reference that goes past 500.
 */
export function checkAttachmentCount(p: PreparedArticle, mode: MediaMode, sourceLocale: string, ctx: PlanContext): boolean {
  const keys = new Set<string>();
  for (const [i, b] of p.bodies.entries()) {
    const locale = i === 0 ? sourceLocale : (b.locale ?? sourceLocale);
    for (const r of b.refs) {
      if (r.kind !== 'asset') continue;
      keys.add(mode === 'library' ? `${locale}/${r.asset.sha}` : assetKey(mode, locale, r.asset.sha, r.asset.inline));
      if (keys.size <= MAX_ARTICLE_ATTACHMENTS) continue;
      reportError(
        ctx,
        { file: b.file, line: r.line ?? 1, column: 1 },
        `this file would be the article's attachment number ${keys.size} (one per translation for each file a body embeds); Zendesk holds at most ${MAX_ARTICLE_ATTACHMENTS} per article`,
        'split the article, or link to fewer files',
      );
      return false;
    }
  }
  return true;
}

/** A section that would hold more than 5,000 articles after this run's creates and moves. */
export function checkSectionSizes(articles: readonly ArticlePlan[], sources: ReadonlyMap<string, SourceArticle>, ctx: PlanContext): void {
  const count = new Map<number, number>();
  const reported = new Set<number>();
  for (const a of ctx.snapshot.articles.values()) count.set(a.section_id, (count.get(a.section_id) ?? 0) + 1);
  for (const plan of articles) {
    for (const op of plan.operations) {
      const into = op.kind === 'create-article' ? op.sectionId : op.kind === 'update-metadata' ? op.changes.section_id : undefined;
      if (typeof into !== 'number') continue;
      if (op.kind === 'update-metadata' && plan.articleId !== undefined) {
        const from = ctx.snapshot.articles.get(plan.articleId)?.section_id;
        if (from !== undefined) count.set(from, (count.get(from) ?? 1) - 1);
      }
      const n = (count.get(into) ?? 0) + 1;
      count.set(into, n);
      if (n <= MAX_SECTION_ARTICLES || reported.has(into)) continue;
      reported.add(into);
      const source = sources.get(plan.key);
      reportError(
        ctx,
        source?.locations.section ?? source?.start ?? { file: plan.file ?? plan.key, line: 1, column: 1 },
        `section ${into} would hold more than ${MAX_SECTION_ARTICLES} articles; Zendesk takes at most ${MAX_SECTION_ARTICLES} per section`,
        'move some articles into another section',
      );
    }
  }
}

/**
 * The help center would hold more than 40,000 live articles after this run's creates: every
 * live article counts, whoever made it, the tool's own articles included: the state record's
 * parts, a first part to come when there is none yet, and the publish lease's claim (a draft
 * that lives while the run writes; a claim already there is a dead run's, removed first).
 * Archived articles and translations do not count. What this run archives is not subtracted:
 * its creates come first.
 */
export function checkAccountSize(articles: readonly ArticlePlan[], sources: ReadonlyMap<string, SourceArticle>, ctx: PlanContext): void {
  const max = ctx.options.maxAccountArticles ?? MAX_ACCOUNT_ARTICLES;
  const creates = articles.filter((a) => a.operations.some((op) => op.kind === 'create-article'));
  if (!creates.length) return;
  let live = 0;
  for (const a of ctx.snapshot.articles.values()) if (!a.title?.startsWith(LEASE_TITLE)) live++;
  const own = (ctx.state === undefined ? 1 : 0) + 1;
  const total = live + own + creates.length;
  if (total <= max) return;
  // Named at the first create past the limit (or the first, when the help center is already full).
  const first = creates[Math.max(0, Math.min(creates.length - 1, max - live - own))]!;
  const source = sources.get(first.key);
  reportError(
    ctx,
    source?.start ?? { file: first.file ?? first.key, line: 1, column: 1 },
    `this run would create ${creates.length} article(s) in a help center of ${live} live articles, with ${own} of the tool's own (${ctx.state === undefined ? "the state record's first part and " : ''}the publish lease): ${total} in all, past the ${max} Zendesk holds (archived articles and translations not counted)`,
    'archive articles in Guide first, or publish fewer new files',
  );
}
