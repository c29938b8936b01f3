import type { ArticlePlan, Plan } from '../plan/types.js';
import type { Marker } from '../plan/marker.js';
import type { RemoteIndex } from '../plan/remote-index.js';
import { translationsOf } from '../plan/remote-index.js';
import type { PreparedArticle } from '../render/prepare.js';
import type { RemoteSnapshot } from '../remote/snapshot.js';
import { htmlToText } from './html-text.js';
import { markDiagramChanges } from './diagram-text.js';
import { DIAGRAM_REF, REF_TOKEN } from '../render/ref-token.js';
import type { BodySpool } from './spool.js';
import { diffText } from './text-diff.js';
import type { ArticleDiffs, DiffCaps, TranslationDiff } from './types.js';

export interface DiffInput {
  plan: Plan;
  prepared: readonly PreparedArticle[];
  snapshot: RemoteSnapshot;
  index: RemoteIndex;
  /** The stored bodies, as read with the snapshot. */
  live: Pick<BodySpool, 'read'>;
}

/** What the file says for one locale: the rendered body, its title, what it was rendered from. */
interface Desired {
  template: string;
  title: string;
  fingerprint: string;
  /** Diagram images by reference index: their hash, for the text to tell a redrawn diagram. */
  diagrams?: Map<number, string>;
}

/** The template with each diagram's reference filled with its image's name, as Guide will hold it. */
function withDiagramNames(want: Desired): string {
  const diagrams = want.diagrams;
  if (!diagrams?.size) return want.template;
  return want.template.replace(REF_TOKEN, (token, n: string) => {
    const sha = diagrams.get(Number(n));
    return sha ? `diagram-${sha}.png` : token;
  });
}

/**
 * The stored body with each diagram's image named as `withDiagramNames` names the desired one.
 * A Guide Media URL carries no file name, so which image is a diagram (and of which source) comes
 * from the body's marker: its references record a diagram by hash, its assets that hash's URL.
 */
function withLiveDiagramNames(html: string, marker: Marker | undefined): string {
  let out = html;
  for (const [written, sha] of Object.entries(marker?.refs ?? {})) {
    const url = written.startsWith(DIAGRAM_REF) ? marker?.assets[sha] : undefined;
    if (url) out = out.split(`"${url}"`).join(`"diagram-${sha}.png"`);
  }
  return out;
}

/**
 * The text that changes, per article, for every translation the plan updates and every one
 * edited in Guide (a skipped one too: the reviewer should see what stays in Guide). Rendered
 * text against rendered text (see html-text.ts), so Zendesk's reformatting of stored HTML never
 * shows as a change. Drifted articles come first, so the total cap never hides them.
 */
export function collectDiffs(input: DiffInput, caps: DiffCaps): Map<string, ArticleDiffs> {
  const out = new Map<string, ArticleDiffs>();
  const prepared = new Map(input.prepared.map((p) => [p.source.key, p]));
  const order = [...input.plan.articles].sort(
    (a, b) => Number(b.drifted.length > 0) - Number(a.drifted.length > 0) || (a.file ?? a.key).localeCompare(b.file ?? b.key),
  );
  let total = 0;
  for (const plan of order) {
    const locales = localesToDiff(plan);
    const article = plan.articleId === undefined ? undefined : input.snapshot.articles.get(plan.articleId);
    if (!locales.length || !article) continue;
    if (total >= caps.totalLines) {
      out.set(plan.key, { translations: [], leftOut: locales.length });
      continue;
    }
    const desired = desiredBodies(plan, prepared.get(plan.key));
    const liveTitles = new Map(translationsOf(article).map((t) => [t.locale.toLowerCase(), t.title]));
    const translations: TranslationDiff[] = [];
    let budget = Math.min(caps.linesPerArticle, caps.totalLines - total);
    for (const locale of locales) {
      const want = desired.get(locale);
      const liveHtml = input.live.read(article.id, locale);
      if (!want || liveHtml === undefined) continue;
      const marker = input.index.analyzed.get(article.id)?.get(locale)?.marker;
      const diffed = diffText(htmlToText(withLiveDiagramNames(liveHtml, marker)), htmlToText(withDiagramNames(want)), {
        maxLines: budget,
        maxLineChars: caps.lineChars,
      });
      const { omitted } = diffed;
      const lines = markDiagramChanges(diffed.lines);
      const liveTitle = liveTitles.get(locale) ?? '';
      const title = liveTitle !== want.title ? { from: liveTitle, to: want.title } : undefined;
      const changed = lines.filter((l) => l.op !== ' ').length;
      budget -= changed;
      total += changed;
      if (!changed && !omitted && !title) continue;
      const drifted = plan.drifted.includes(locale);
      const src = marker?.src;
      translations.push({
        locale,
        basis: !drifted ? 'update' : src !== undefined && src === want.fingerprint ? 'guide-edit' : 'drift',
        ...(title ? { title } : {}),
        lines,
        omitted,
      });
    }
    if (translations.length) out.set(plan.key, { translations, leftOut: 0 });
  }
  return out;
}

/** The translations a diff is wanted for: those the plan writes, and those edited in Guide. */
function localesToDiff(plan: ArticlePlan): string[] {
  if (plan.action === 'create' || plan.action === 'archive' || plan.action === 'unchanged' || plan.action === 'offline') return [];
  const updated = plan.operations.flatMap((op) => (op.kind === 'update-translation' ? [op.body.locale] : []));
  return [...new Set([...plan.drifted, ...updated])];
}

/** Each locale's desired body: from the plan's writes, else (a skipped article) from the render. */
function desiredBodies(plan: ArticlePlan, prepared: PreparedArticle | undefined): Map<string, Desired> {
  const out = new Map<string, Desired>();
  const sourceLocale = plan.sourceLocale;
  for (const [i, b] of (prepared?.bodies ?? []).entries()) {
    if (b.reused) continue;
    const diagrams = new Map(
      b.refs.flatMap((r) => (r.kind === 'asset' && r.url.startsWith(DIAGRAM_REF) ? [[r.index, r.asset.sha] as const] : [])),
    );
    out.set(i === 0 ? sourceLocale : (b.locale ?? sourceLocale), {
      template: b.template,
      title: b.title,
      fingerprint: b.fingerprint,
      diagrams,
    });
  }
  for (const op of plan.operations) {
    if (op.kind !== 'update-translation') continue;
    const diagrams = new Map(
      op.body.refs.flatMap((r) => (r.kind === 'asset' && r.written.startsWith(DIAGRAM_REF) ? [[r.index, r.sha] as const] : [])),
    );
    out.set(op.body.locale, { ...op.body, diagrams });
  }
  return out;
}
