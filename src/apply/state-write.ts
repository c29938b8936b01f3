import type { ZendeskClient } from '../remote/client.js';
import { newArticle } from '../remote/client.js';
import type { ZdArticle } from '../remote/types.js';
import { stateHtml, stateTitle, type StateRecord } from '../plan/state.js';

/** Where a new state article goes: a section this docs root publishes into, agents only. */
export interface StatePlace {
  sectionId: number;
  permissionGroupId: number;
  /** The staff-only segment when the help center has one; a draft is agents-only anyway. */
  userSegmentId: number | null;
  locale: string;
}

/**
 * Saves the state record: one request, an update of the state article's body, or its creation
 * (a draft) on the first publish. Returns what it did.
 */
export async function writeState(
  client: Pick<ZendeskClient, 'createArticle' | 'updateTranslation'>,
  existing: ZdArticle | undefined,
  state: StateRecord,
  place: StatePlace | undefined,
): Promise<'created' | 'updated'> {
  const body = stateHtml(state);
  if (existing) {
    await client.updateTranslation(existing.id, existing.source_locale, { title: stateTitle(state.ns ?? state.root), body, draft: true });
    return 'updated';
  }
  if (!place) throw new Error('no section to keep the state record in (no article of this docs root exists yet)');
  await client.createArticle(
    place.sectionId,
    newArticle({ permission_group_id: place.permissionGroupId, user_segment_id: place.userSegmentId }, [
      { locale: place.locale, title: stateTitle(state.ns ?? state.root), body, draft: true },
    ]),
  );
  return 'created';
}
