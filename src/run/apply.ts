import { applyPlan, type Outcome } from '../apply/apply.js';
import { createContentTags } from '../apply/content-tags.js';
import { stateWouldChange, syncState } from '../apply/state-sync.js';
import { applyStructure, type StructureApplied } from '../apply/structure.js';
import type { WriteGate } from '../apply/write-gate.js';
import type { Logger } from '../logger.js';
import type { RemoteIndex } from '../plan/remote-index.js';
import type { Plan } from '../plan/types.js';
import { setRedirectRule } from '../remote/article-extras.js';
import type { ZendeskClient } from '../remote/client.js';
import { InterruptedError } from '../remote/stop.js';
import { interruptedLine, type Interrupted } from '../report/model.js';
import { plural } from '../report/plural.js';
import { gitHead } from '../source/git.js';
import type { RunDeps } from './deps.js';
import type { RunPlanned } from './plan.js';
import type { HelpCenterRead, RunRead } from './read.js';

/** Thrown by a reading that is out of date: another publish wrote after it (the lease is held by then). */
export class ReadAgain extends Error {}

export interface RunApplied {
  outcomes: Map<string, Outcome>;
  structure: StructureApplied | undefined;
  createdTags: Map<string, string> | undefined;
  interrupted: Interrupted | undefined;
}

/**
 * The fourth stage, a publish's only: the lease when the plan writes, then sections, content
 * tags, articles, and the state record. Throws ReadAgain when another publish wrote after this
 * run read the help center; an interruption before the first write ends the run at once.
 */
export async function applyRun(
  read: RunRead & { remote: HelpCenterRead },
  planned: RunPlanned,
  logger: Logger,
  deps: RunDeps,
  gate: WriteGate | undefined,
): Promise<RunApplied> {
  const { settings, remote } = read;
  const { client, index, snapshot } = remote;
  const { plan, namespace, root } = planned;
  const writes = gate !== undefined && writesSomething(plan, index, namespace.value, root);
  // Nothing written yet: an interruption here ends the run at once (see runErrorOf).
  if (deps.interrupt?.aborted) throw new InterruptedError('interrupted before anything was written');
  if (writes || plan.articles.some((a) => a.operations.length > 0)) deps.onWriting?.();
  if (
    writes &&
    (await gate.beforeWrites({ client, logger, namespace: namespace.value, plan, snapshot, stop: deps.interrupt })) === 'read-again'
  )
    throw new ReadAgain();
  const stop = anySignal([deps.interrupt, gate?.lost]);
  const applied = await publishPlan({ concurrency: settings.concurrency, client, logger, plan, stop });
  await syncState({
    client,
    logger,
    root,
    namespace: namespace.value,
    ...(settings.namespace !== undefined ? { namespaceExplicit: true } : {}),
    index,
    snapshot,
    plan,
    outcomes: applied.outcomes,
    commit: await gitHead(settings.repoRoot),
    shardBudget: deps.stateShardChars,
  });
  return { ...applied, interrupted: stop?.aborted ? interruptedSummary(plan, applied.outcomes, logger) : undefined };
}

/** Whether publishing this plan writes anything: an article, a section, a content tag, or the state record. */
function writesSomething(plan: Plan, index: RemoteIndex, namespace: string, root: string): boolean {
  return (
    plan.articles.some((a) => a.operations.length > 0) ||
    (plan.structure ?? []).length > 0 ||
    (plan.contentTags ?? []).length > 0 ||
    stateWouldChange(index, namespace, root, plan)
  );
}

/** One signal that aborts when any of them does. */
function anySignal(signals: readonly (AbortSignal | undefined)[]): AbortSignal | undefined {
  const present = signals.filter((s): s is AbortSignal => s !== undefined);
  return present.length > 1 ? AbortSignal.any(present) : present[0];
}

/** The sections, then the content tags, then the articles: what apply/ does with a plan, with the log around it. */
async function publishPlan(ctx: {
  concurrency: number;
  client: ZendeskClient;
  logger: Logger;
  plan: Plan;
  stop: AbortSignal | undefined;
}): Promise<Omit<RunApplied, 'interrupted'>> {
  const { client, logger, plan } = ctx;
  const changes = plan.structure ?? [];
  // Before any article: articles go into the sections made here, and a refusal (a 403 for
  // want of Guide manager rights) stops the run before a single article is written.
  const structure = changes.length
    ? await logger.group('Sections and categories', () => applyStructure(changes, client, logger))
    : undefined;
  const sections = structure?.ids;
  // Before any article, like sections: the articles refer to the tags by id.
  const tags = plan.contentTags?.length ? await createContentTags(plan.contentTags, client, logger) : undefined;
  const writes = plan.articles.filter((a) => a.operations.length > 0).length;
  const outcomes = await logger.group('Publishing', async () => {
    logger.progress?.({ kind: 'start', what: 'publishing', total: writes, unit: 'article' });
    try {
      return await applyPlan(plan, client, logger, {
        articlesAtOnce: 2 * ctx.concurrency,
        ...(sections ? { sections } : {}),
        ...(tags ? { contentTags: tags } : {}),
        redirect: (rule) => setRedirectRule(client, rule),
        ...(ctx.stop ? { stop: ctx.stop } : {}),
      });
    } finally {
      logger.progress?.({ kind: 'end' });
      logRetries(client, logger);
    }
  });
  return { outcomes, structure, createdTags: tags };
}

function logRetries(client: ZendeskClient, logger: Logger): void {
  const { retries, landed } = client.http.stats;
  if (!retries) return;
  const found = landed
    ? `; ${plural(landed, 'write')} whose answer was lost had landed and ${landed === 1 ? 'was' : 'were'} not sent again`
    : '';
  logger.info(`${plural(retries, 'request')} retried after a failure of Zendesk or the network${found}`);
}

/** What an interrupted publish wrote, said once on the log (the report's first line says it too). */
function interruptedSummary(plan: Plan, outcomes: ReadonlyMap<string, Outcome>, logger: Logger): Interrupted {
  let total = 0;
  let written = 0;
  let partly = 0;
  for (const a of plan.articles) {
    if (a.operations.length === 0) continue;
    total++;
    const o = outcomes.get(a.key);
    if (o?.interrupted) partly += o.requests > 0 ? 1 : 0;
    else if (o && o.status !== 'failed') written++;
  }
  const summary: Interrupted = { written, partly, total };
  logger.warning(interruptedLine(summary));
  return summary;
}
