import type { Logger } from '../logger.js';
import type { DuplicateRecord, HeldState, RemoteIndex } from '../plan/remote-index.js';
import { SHARD_BUDGET, planShardWrites } from '../plan/state-shards.js';
import { nextState, sameState, stateHtml, type StateEntry, type StateRecord } from '../plan/state.js';
import type { Plan } from '../plan/types.js';
import type { ZendeskClient } from '../remote/client.js';
import type { RemoteSnapshot } from '../remote/snapshot.js';
import type { Outcome } from './apply.js';
import { writeState, type StatePlace } from './state-write.js';

/** Where the first state record of a docs root goes: beside one of its articles. */
function placeOf(plan: Plan, outcomes: ReadonlyMap<string, Outcome>, snapshot: RemoteSnapshot): StatePlace | undefined {
  const staff = snapshot.userSegments.find((s) => s.user_type === 'staff')?.id ?? null;
  for (const a of plan.articles) {
    const existing = a.articleId !== undefined ? snapshot.articles.get(a.articleId) : undefined;
    if (existing)
      return {
        sectionId: existing.section_id,
        permissionGroupId: existing.permission_group_id,
        userSegmentId: staff,
        locale: snapshot.defaultLocale,
      };
    const create = a.operations.find((o) => o.kind === 'create-article');
    const outcome = outcomes.get(a.key);
    if (create?.kind === 'create-article' && outcome?.articleId !== undefined) {
      const sectionId = typeof create.sectionId === 'number' ? create.sectionId : outcome.sectionId;
      if (sectionId === undefined) continue;
      return {
        sectionId,
        permissionGroupId: create.metadata.permission_group_id,
        userSegmentId: staff,
        locale: snapshot.defaultLocale,
      };
    }
  }
  return undefined;
}

function wroteSomething(outcomes: ReadonlyMap<string, Outcome>): boolean {
  for (const o of outcomes.values()) if (o.requests > 0) return true;
  return false;
}

/**
 * After apply: saves what this run published into the docs root's state record, rewriting only
 * the parts (shards, see plan/state-shards.ts) whose entries changed: a no-op run writes nothing,
 * and a change to one article rewrites the one part that holds it. A failure here loses nothing
 * already published (markers still carry identity) and the next publish saves the record again.
 */
export async function syncState(options: {
  client: ZendeskClient;
  logger: Logger;
  root: string;
  /** The source the record is for; its docs root's record from before namespaces is the fallback. */
  namespace: string;
  index: RemoteIndex;
  snapshot: RemoteSnapshot;
  plan: Plan;
  outcomes: ReadonlyMap<string, Outcome>;
  commit: string | undefined;
  /** The most characters a part's body may have before it is split (Zendesk's limit is 1,000,000). */
  shardBudget?: number | undefined;
}): Promise<void> {
  const held = options.index.states.get(options.namespace);
  // Taken over from the docs root's old record: it becomes this namespace's with the first
  // publish that changes it, in articles of its own (the old one stays, for other sources
  // that still read it), and not before: a no-op run writes nothing.
  const prev = held?.state ?? options.index.legacyStates.get(options.root)?.state;
  const next: StateRecord = nextState(prev, options.root, options.plan, options.outcomes, options.namespace);
  if (held === undefined && sameState(prev, next) && !(prev !== undefined && wroteSomething(options.outcomes))) return;
  if (options.commit) next.commit = options.commit;
  const duplicates = held?.duplicates ?? [];
  const writes = planShardWrites({
    held: [...(held?.shards.values() ?? [])],
    prev: storedEntries(held),
    next,
    budget: options.shardBudget ?? SHARD_BUDGET,
    size: (state, shard) => stateHtml(state, shard).length,
  });
  if (writes.length === 0 && duplicates.length === 0) return;
  const place = writes.some((w) => w.article === undefined) ? placeOf(options.plan, options.outcomes, options.snapshot) : undefined;
  let done = 0;
  try {
    for (const w of writes) {
      await writeState(options.client, w.article, w.state, place, w.shard);
      done++;
    }
    // Only once the kept copies hold every entry: an extra copy archived before would lose some.
    await archiveExtraCopies(options.client, options.logger, options.namespace, duplicates);
    if (writes.length === 0) return;
    const parts =
      held === undefined
        ? writes.length
        : new Set([...held.shards.keys(), ...writes.map((w) => `${w.shard.depth}/${w.shard.prefix}`)]).size;
    options.logger.info(
      `State record saved (${Object.keys(next.articles).length} articles; ${done} of its ${parts} part${parts === 1 ? '' : 's'} written).`,
    );
  } catch (error) {
    options.logger.warning(
      `could not save the state record (${error instanceof Error ? error.message : String(error)}; ${done} of ${writes.length} parts written); the articles are published, and the next publish saves it`,
      { file: options.root },
    );
  }
}

/**
 * The entries as the record's articles store them: what the run read, less the entries merged
 * in from a second copy of a part (the kept article lacks them, so its part is rewritten).
 */
function storedEntries(held: HeldState | undefined): Record<string, StateEntry> {
  const stored = { ...(held?.state.articles ?? {}) };
  for (const d of held?.duplicates ?? []) for (const key of d.added) delete stored[key];
  return stored;
}

/** Archives the second copies of the record's parts (restorable in Guide), saying which were kept. */
async function archiveExtraCopies(
  client: Pick<ZendeskClient, 'archiveArticle'>,
  logger: Logger,
  namespace: string,
  duplicates: readonly DuplicateRecord[],
): Promise<void> {
  for (const d of duplicates) {
    for (const id of d.extra) await client.archiveArticle(id);
    const n = d.added.length;
    const merged = n ? `, merging in the ${n === 1 ? 'entry' : `${n} entries`} only ${d.extra.length === 1 ? 'it' : 'they'} held` : '';
    logger.info(
      `State record of ${namespace}: kept #${d.kept} for part ${d.label} (${d.why}) and archived the extra copy ${d.extra.map((x) => `#${x}`).join(', ')}${merged}.`,
    );
  }
}

/**
 * Whether the state record would be written by a run that writes no article: a record to
 * create for articles found by their markers, say. Such a run writes, so it takes the lease.
 */
export function stateWouldChange(index: RemoteIndex, namespace: string, root: string, plan: Plan): boolean {
  const held = index.states.get(namespace);
  // A second copy of a part is merged and archived: a write, under the lease.
  if (held?.duplicates.length) return true;
  const prev = held?.state ?? index.legacyStates.get(root)?.state;
  return !sameState(prev, nextState(prev, root, plan, undefined, namespace));
}
