import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import type { ArticlePlan, Plan } from '../plan/types.js';
import { Slots } from '../remote/slots.js';
import { InterruptedError, stoppable } from '../remote/stop.js';
import { articleRun, deferred, type ApplyShared, type Created, type Deferred } from './article-run.js';
import { execute } from './executors.js';
import { uploadMedia } from './media-upload.js';
import type { ApplyClient, ApplyOptions, Outcome } from './outcome.js';

export type { ApplyClient, ApplyOptions, Outcome, OutcomeStatus } from './outcome.js';

/**
 * An article the stop reached: not started (skipped), or started and left part-written (its
 * marker and the state record let the next publish complete it).
 */
function stopped(outcome: Outcome): void {
  outcome.interrupted = true;
  if (outcome.requests === 0) {
    outcome.status = 'skipped';
    outcome.error = 'not written: the run was interrupted';
  } else {
    if (outcome.status === 'unchanged') outcome.status = 'updated';
    outcome.error = 'partly written: the run was interrupted; the next publish completes it';
  }
}

/** One apply: what its articles share, and what they wait for of each other. */
interface ApplyRun extends ApplyShared {
  logger: Logger;
  outcomes: Map<string, Outcome>;
  /**
   * By the key of an article that replaces others (`redirect_from`): settled once its writes,
   * its redirect rules among them, are done (or failed). The articles it replaces are archived
   * only then, so a run that stops between the two leaves them live and findable, and the next
   * run writes the rules (a rule only takes effect once the old URL answers 404).
   */
  redirected: ReadonlyMap<string, Deferred<void>>;
}

/**
 * Before an archive of a replaced article: waits for the replacing article's rules. Returns
 * false (the outcome says why) when they were not written, so the article stays live.
 */
async function rulesWritten(run: ApplyRun, article: ArticlePlan, outcome: Outcome): Promise<boolean> {
  const by = article.replacedBy;
  const rules = by !== undefined ? run.redirected.get(by.key) : undefined;
  if (!by || !rules) return true;
  try {
    await rules.promise;
    return true;
  } catch (error) {
    if (run.options.stop?.aborted) {
      stopped(outcome);
      return false;
    }
    outcome.status = 'skipped';
    outcome.error = `not archived: the redirect rules to ${by.file} were not written (${errorMessage(error)}); the next publish archives it once they are`;
    run.logger.warning(`${by.file}: article ${article.articleId ?? article.key} ${outcome.error}`, { file: by.file });
    return false;
  }
}

/** The article's operations in order, in a slot, the stop honoured. Settles what others wait for. */
async function writeArticle(run: ApplyRun, article: ArticlePlan, outcome: Outcome): Promise<void> {
  const settle = (error?: unknown) => {
    const rules = run.redirected.get(article.key);
    if (error === undefined) rules?.resolve();
    else {
      run.targets.get(article.key)?.reject(error);
      rules?.reject(error);
    }
  };
  await run.writing.acquire();
  try {
    if (run.options.stop?.aborted) {
      stopped(outcome);
      settle(new InterruptedError());
      return;
    }
    const executing = articleRun(run, article, outcome);
    // The articles it replaces need its rules, not the rest of its writes.
    const lastRule = article.operations.map((op) => op.kind).lastIndexOf('set-redirect');
    if (lastRule === -1) run.redirected.get(article.key)?.resolve();
    await stoppable(run.options.stop, async () => {
      for (const [i, op] of article.operations.entries()) {
        await execute(op, executing);
        if (outcome.status === 'unchanged') outcome.status = 'updated';
        if (i === lastRule) run.redirected.get(article.key)?.resolve();
      }
    });
    settle();
  } catch (error) {
    settle(error);
    // Whatever failed once the run was asked to stop failed because of it (a link target not
    // created, a request not sent): the article is interrupted, not refused by Zendesk.
    if (run.options.stop?.aborted) {
      stopped(outcome);
      return;
    }
    outcome.status = 'failed';
    outcome.error = errorMessage(error);
    run.logger.error(`${article.file ?? article.key}: ${outcome.error}`, article.file ? { file: article.file } : undefined);
  } finally {
    run.writing.release();
  }
  run.logger.progress?.({ kind: 'advance', item: article.file ?? article.key, failed: outcome.status === 'failed' });
}

async function runArticle(run: ApplyRun, article: ArticlePlan): Promise<void> {
  const outcome: Outcome = { key: article.key, status: 'unchanged', articleId: article.articleId, htmlUrl: article.htmlUrl, requests: 0 };
  run.outcomes.set(article.key, outcome);
  if (article.action === 'skip') outcome.status = 'skipped';
  if (article.operations.length === 0) {
    run.redirected.get(article.key)?.resolve();
    return;
  }
  if (!(await rulesWritten(run, article, outcome))) {
    run.logger.progress?.({ kind: 'advance', item: article.file ?? article.key, failed: false });
    return;
  }
  await writeArticle(run, article, outcome);
}

/**
 * Executes a plan and nothing else, in the plan's order per article (the article, its files
 * uploaded onto it, then the bodies that reference them); across articles, a body that links
 * to a new article waits until that article exists (the plan has already broken cycles by
 * stubbing links in a draft), and an article replaced by another (`redirect_from`) is archived
 * once that one's redirect rules are written. One article failing does not stop the others;
 * what it managed to write is found by the next run through its marker and completed, so
 * re-running converges without duplicates.
 */
export async function applyPlan(
  plan: Plan,
  client: ApplyClient,
  logger: Logger,
  options: ApplyOptions = {},
): Promise<Map<string, Outcome>> {
  // Files first: every body that embeds one can then be written whole, in one request.
  if (plan.media?.uploads.length && !options.media) {
    const made = await uploadMedia(client, plan.media.uploads, logger, options.sleep ? { sleep: options.sleep } : {});
    options = { ...options, media: made };
    logger.info(`Media library: ${made.urls.size} of ${plan.media.uploads.length} new files uploaded (${made.uploaded.bytes} bytes).`);
  }
  const keys = new Set(plan.articles.map((a) => a.key));
  const run: ApplyRun = {
    plan,
    client,
    options,
    logger,
    outcomes: new Map(),
    targets: new Map(plan.articles.filter((a) => a.action === 'create').map((a) => [a.key, deferred<Created>()] as const)),
    writing: new Slots(options.articlesAtOnce ?? 8),
    redirected: new Map(
      plan.articles.flatMap((a) => (a.replacedBy && keys.has(a.replacedBy.key) ? [[a.replacedBy.key, deferred<void>()] as const] : [])),
    ),
  };
  await Promise.all(plan.articles.map((article) => runArticle(run, article)));
  return run.outcomes;
}
