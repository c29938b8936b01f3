import { ZendeskApiError } from '../remote/errors.js';
import type { ArticleMetadata } from '../remote/types.js';

/**
 * Several user segments on one article are for Enterprise plans; other plans answer with a
 * validation error ("For Enterprise plans only this may contain more than one user_segment_id",
 * developer.zendesk.com/api-reference/help_center/help-center-api/articles/). Nothing tells the
 * plan in advance, so the refusal is turned into words the writer can act on; the logger puts
 * the file in front of it.
 */
export async function explainSegments<T>(metadata: ArticleMetadata, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const several = (metadata.user_segment_ids?.length ?? 0) > 1;
    if (several && error instanceof ZendeskApiError && (error.status === 422 || error.status === 400)) {
      throw new Error(
        `user_segments lists ${metadata.user_segment_ids!.length} segments, and this help center's plan allows one segment per article (Zendesk: ${error.message}); keep one segment, or use user_segment`,
        { cause: error },
      );
    }
    throw error;
  }
}
