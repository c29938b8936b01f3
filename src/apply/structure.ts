import type { Logger } from '../logger.js';
import type { StructureChange, StructureOperation } from '../plan/types.js';
import type { ZendeskClient } from '../remote/client.js';

/** The requests the structure step makes. */
export type StructureClient = Pick<
  ZendeskClient,
  'createCategory' | 'createSection' | 'updateContainer' | 'createContainerTranslation' | 'updateContainerTranslation'
>;

export interface StructureOutcome {
  key: string;
  status: 'created' | 'updated';
  id: number;
  requests: number;
}

export interface StructureApplied {
  /** Ids of the sections and categories created in this run, by their change's key. */
  ids: Map<string, number>;
  outcomes: Map<string, StructureOutcome>;
}

/** How the report and the error name a change: `section "FAQ" in category "Billing"`. */
export function describeChange(change: StructureChange): string {
  return change.kind === 'section' && change.category !== undefined
    ? `section "${change.name}" in category "${change.category}"`
    : `${change.kind} "${change.name}"`;
}

/**
 * Creates and updates sections and categories, one request at a time, before any article is
 * written: articles go into the sections made here. The first failure stops the run (the
 * error names what was being written and, for a 403, the Guide right it needs), so no article
 * is written into a structure that is not there. Whatever was created before is found by name
 * next time, so a re-run never makes two.
 */
export async function applyStructure(
  changes: readonly StructureChange[],
  client: StructureClient,
  logger: Logger,
): Promise<StructureApplied> {
  const ids = new Map<string, number>();
  const outcomes = new Map<string, StructureOutcome>();
  for (const change of changes) {
    let id = change.id;
    let requests = 0;
    for (const op of change.operations) {
      try {
        requests++;
        id = await run(op, change, id, ids, client);
      } catch (error) {
        if (error instanceof Error)
          error.message = `${change.action === 'create' ? 'creating' : 'updating'} ${describeChange(change)}: ${error.message}`;
        throw error;
      }
    }
    if (id === undefined) throw new Error(`internal: ${change.key} has no id after its operations`);
    if (change.action === 'create') ids.set(change.key, id);
    outcomes.set(change.key, { key: change.key, status: change.action === 'create' ? 'created' : 'updated', id, requests });
    logger.info(`${change.action === 'create' ? 'Created' : 'Updated'} ${describeChange(change)} (${id})`);
  }
  return { ids, outcomes };
}

async function run(
  op: StructureOperation,
  change: StructureChange,
  id: number | undefined,
  ids: ReadonlyMap<string, number>,
  client: StructureClient,
): Promise<number> {
  const own = () => {
    if (id === undefined) throw new Error(`internal: ${change.key} is written before it exists`);
    return id;
  };
  switch (op.kind) {
    case 'create-category':
      return (await client.createCategory(op.category)).id;
    case 'create-section': {
      const target = op.categoryId;
      const categoryId = typeof target === 'number' ? target : ids.get(target.newCategory);
      if (categoryId === undefined) throw new Error(`internal: the category of ${change.key} was not created first`);
      return (await client.createSection(categoryId, op.section)).id;
    }
    case 'update-container':
      await client.updateContainer(change.kind, own(), { position: op.position });
      return own();
    case 'create-container-translation':
      await client.createContainerTranslation(change.kind, own(), op.translation);
      return own();
    case 'update-container-translation':
      await client.updateContainerTranslation(change.kind, own(), op.locale, op.changes);
      return own();
  }
}
