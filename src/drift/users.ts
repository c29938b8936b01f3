import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { SHOW_MANY_USERS, type ZendeskClient } from '../remote/client.js';
import { ZendeskApiError } from '../remote/errors.js';
import type { DriftedArticle } from './model.js';

/**
 * Names the editors of the drifted translations: one Show Many Users request per 100 distinct
 * users, none when nothing drifted. A refusal (credentials without access to users) or a user
 * that is gone leaves the id alone; who edited is a courtesy of the report, never a reason to
 * fail it. Other failures (the network) fail the run like any other request.
 */
export async function nameEditors(articles: DriftedArticle[], client: Pick<ZendeskClient, 'showUsers'>, logger: Logger): Promise<void> {
  const ids = [...new Set(articles.flatMap((a) => a.translations.flatMap((t) => (t.updatedBy ? [t.updatedBy.id] : []))))];
  const names = new Map<number, string>();
  for (let i = 0; i < ids.length; i += SHOW_MANY_USERS) {
    try {
      for (const user of await client.showUsers(ids.slice(i, i + SHOW_MANY_USERS))) names.set(user.id, user.name);
    } catch (error) {
      if (!(error instanceof ZendeskApiError) || (error.status !== 403 && error.status !== 404)) throw error;
      logger.warning(`could not look up who edited the articles (${errorMessage(error)}); the report gives their user ids`);
      break;
    }
  }
  for (const a of articles) {
    for (const t of a.translations) {
      const name = t.updatedBy && names.get(t.updatedBy.id);
      if (t.updatedBy && name) t.updatedBy.name = name;
    }
  }
}
