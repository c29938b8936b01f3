import { finalBody, type UrlLookup } from '../plan/body.js';
import { translationsOf, type RemoteIndex } from '../plan/remote-index.js';
import type { ArticlePlan, BodySpec, Plan } from '../plan/types.js';
import type { RemoteSnapshot } from '../remote/snapshot.js';
import type { StoredTranslation } from '../remote/types.js';

/** One translation edited in Guide whose content no longer matches its file. */
export interface DriftFinding {
  locale: string;
  /** What the file says: its title and rendered body (references not filled in; text is all a diff needs). */
  file: BodySpec;
  /** What Guide holds now. */
  live: StoredTranslation;
}

/** An article with at least one such translation. */
export interface DriftedArticlePlan {
  plan: ArticlePlan;
  findings: DriftFinding[];
}

export interface DriftJudgement {
  drifted: DriftedArticlePlan[];
  /**
   * Translations of the docs' articles changed in Guide since then (by anyone, a publish
   * included) whose content matches the files: an edit undone, a publish, the same change made
   * in both places. Counted, not listed.
   */
  matching: number;
}

/** Unix seconds of a translation's last change, or NaN when Zendesk's answer has no usable time. */
export const changedAt = (t: Pick<StoredTranslation, 'updated_at'>): number => Date.parse(t.updated_at) / 1000;

/**
 * Which translations drifted since `since`, judged exactly as the planner judges drift, so
 * `drift` lists what `plan` would report as edited in Guide and nothing else. A translation is
 * listed when all of these hold:
 * - the planner found it drifted: Guide's copy is not what was last published (the state
 *   record's fingerprint, else the marker's), so an edit undone in Guide is no drift;
 * - its content differs from the file, title or normalized body, compared the way the planner
 *   compares (a Guide edit that made the same change as the repo is no drift either, and
 *   neither is a change of draft state or of the invisible marker alone);
 * - Zendesk says it changed at or after `since`.
 * Pure: the plan must have been made with `on-drift: overwrite`, so it keeps the writes that
 * show what differs.
 */
export function judgeDrift(input: { plan: Plan; snapshot: RemoteSnapshot; index: RemoteIndex; since: number }): DriftJudgement {
  const drifted: DriftedArticlePlan[] = [];
  let matching = 0;
  for (const plan of input.plan.articles) {
    if (plan.articleId === undefined || !plan.file) continue;
    const article = input.snapshot.articles.get(plan.articleId);
    if (!article) continue;
    const live = new Map(translationsOf(article).map((t) => [t.locale.toLowerCase(), t]));
    const writes = new Map<string, BodySpec>();
    for (const op of plan.operations) if (op.kind === 'update-translation') writes.set(op.body.locale, op.body);
    // The locales the files have that Guide has too: each is either written or recorded.
    const locales = new Set([...writes.keys(), ...Object.keys(plan.record?.hashes ?? {})]);
    const findings: DriftFinding[] = [];
    for (const locale of locales) {
      const t = live.get(locale);
      if (!t || !(changedAt(t) >= input.since)) continue;
      const file = writes.get(locale);
      if (plan.drifted.includes(locale) && file && contentDiffers(file, t, plan, input.index)) findings.push({ locale, file, live: t });
      else matching++;
    }
    if (findings.length) drifted.push({ plan, findings });
  }
  return { drifted, matching };
}

/**
 * Whether Guide's copy differs from the file in title or body, as the planner compares them:
 * the file's body with every reference filled in as it would be written, normalized, against
 * the stored body's normalized digest (the tool's marker and footer left out of both).
 */
function contentDiffers(file: BodySpec, live: StoredTranslation, plan: ArticlePlan, index: RemoteIndex): boolean {
  if (live.title !== file.title) return true;
  const stored = index.analyzed.get(plan.articleId!)?.get(file.locale);
  // Library URLs are by file, attachment URLs of inline images by locale and file (see plan/media.ts).
  const lookup: UrlLookup = (ref) =>
    ref.kind === 'asset' ? (plan.knownAssets[`${file.locale}/${ref.sha}`] ?? plan.knownAssets[ref.sha]) : ref.url;
  const desired = finalBody(file, plan.key, lookup);
  // A reference the planner cannot fill yet (a file not uploaded) is itself a difference.
  return !stored || !desired || desired.digest !== stored.digest;
}
