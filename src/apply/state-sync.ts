import type { Logger } from '../logger.js';
import type { RemoteIndex } from '../plan/remote-index.js';
import { nextState, sameState, type StateRecord } from '../plan/state.js';
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
 * After apply: saves what this run published into the docs root's state record, in one
 * request, and only when it changed (a no-op run writes nothing). A failure here loses nothing
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
}): Promise<void> {
  const held = options.index.states.get(options.namespace);
  // Taken over from the docs root's old record: it becomes this namespace's with the first
  // publish that changes it, in an article of its own (the old one stays, for other sources
  // that still read it), and not before: a no-op run writes nothing.
  const prev = held?.state ?? options.index.legacyStates.get(options.root)?.state;
  const next: StateRecord = nextState(prev, options.root, options.plan, options.outcomes, options.namespace);
  if (sameState(prev, next) && !(held === undefined && prev !== undefined && wroteSomething(options.outcomes))) return;
  if (options.commit) next.commit = options.commit;
  try {
    const done = await writeState(options.client, held?.article, next, placeOf(options.plan, options.outcomes, options.snapshot));
    options.logger.info(`State record ${done} (${Object.keys(next.articles).length} articles).`);
  } catch (error) {
    options.logger.warning(
      `could not save the state record (${error instanceof Error ? error.message : String(error)}); the articles are published, and the next publish saves it`,
      { file: options.root },
    );
  }
}

/**
 * Whether the state record would be written by a run that writes no article: a record to
 * create for articles found by their markers, say. Such a run writes, so it takes the lease.
 */
export function stateWouldChange(index: RemoteIndex, namespace: string, root: string, plan: Plan): boolean {
  const prev = index.states.get(namespace)?.state ?? index.legacyStates.get(root)?.state;
  return !sameState(prev, nextState(prev, root, plan, undefined, namespace));
}
