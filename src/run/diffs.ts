import type { ArticleDiffs, DiffCaps } from '../diff/types.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Plan } from '../plan/types.js';
import type { PreparedArticle } from '../render/prepare.js';
import type { HelpCenterRead } from './read.js';

/** The text that changes, for the report; only when something does. */
export async function diffsOf(
  made: { plan: Plan; prepared: readonly PreparedArticle[] },
  remote: HelpCenterRead,
  caps: DiffCaps,
  logger: Logger,
): Promise<Map<string, ArticleDiffs> | undefined> {
  const { plan, prepared } = made;
  if (!remote.spool || !plan.articles.some((a) => a.operations.length || a.drifted.length)) return undefined;
  // Loaded on demand: the diff library is needed only when something changes.
  const { collectDiffs: collect } = await import('../diff/collect.js');
  try {
    return collect({ plan, prepared, snapshot: remote.snapshot, index: remote.index, live: remote.spool }, caps);
  } catch (error) {
    // The diffs only illustrate the plan: without them the report is still true.
    logger.warning(`could not show the text that changes: ${errorMessage(error)}`);
    return undefined;
  }
}
