import type { ZendeskClient } from '../remote/client.js';
import { newArticle } from '../remote/client.js';
import type { StoredArticle } from '../remote/types.js';
import { ROOT_SHARD, shardLabel, stateHtml, stateTitle, type ShardId, type StateRecord } from '../plan/state.js';

/** Where a new state article goes: a section this docs root publishes into, agents only. */
export interface StatePlace {
  sectionId: number;
  permissionGroupId: number;
  /** The staff-only segment when the help center has one; a draft is agents-only anyway. */
  userSegmentId: number | null;
  locale: string;
}

/** Zendesk's limit on one translation's body ("approximately 1,000,000 characters"): a part of the record never goes past it. */
export const BODY_LIMIT = 1_000_000;

/**
 * Saves one part of the state record: one request, an update of its article's body, or its
 * creation (a draft) when the part is new. Returns what it did.
 */
export async function writeState(
  client: Pick<ZendeskClient, 'createArticle' | 'updateTranslation'>,
  existing: StoredArticle | undefined,
  state: StateRecord,
  place: StatePlace | undefined,
  shard: ShardId = ROOT_SHARD,
): Promise<'created' | 'updated'> {
  const body = stateHtml(state, shard);
  if (body.length >= BODY_LIMIT)
    throw new Error(`part ${shardLabel(shard)} of the state record is ${body.length} characters, over Zendesk's limit of ${BODY_LIMIT}`);
  const title = stateTitle(state.ns ?? state.root, shard);
  if (existing) {
    await client.updateTranslation(existing.id, existing.source_locale, { title, body, draft: true });
    return 'updated';
  }
  if (!place) throw new Error('no section to keep the state record in (no article of this docs root exists yet)');
  await client.createArticle(
    place.sectionId,
    newArticle({ permission_group_id: place.permissionGroupId, user_segment_id: place.userSegmentId }, [
      { locale: place.locale, title, body, draft: true },
    ]),
  );
  return 'created';
}
