import type { Logger } from '../logger.js';
import { mediaName, type MediaState } from '../plan/media.js';
import type { AssetFile } from '../render/assets.js';
import type { ZendeskClient } from './client.js';
import { ZendeskApiError } from './errors.js';

/** Above this many files to find, they are searched by their hash's first character (16 searches) instead of one by one. */
const ONE_BY_ONE = 16;

/**
 * Which of the files the bodies use the help center's media library holds already, found by
 * their content-addressed names (`filter[name_prefix]`), and whether it has a media library at
 * all: a 403 or 404 there means a plan without it, and files go the `attachments` way. Files
 * some marker (or the state record) records cost no request; a run with nothing new asks nothing.
 */
export async function lookupMedia(
  client: Pick<ZendeskClient, 'searchMedia'>,
  files: ReadonlyMap<string, AssetFile>,
  known: ReadonlyMap<string, string>,
  logger: Logger,
): Promise<MediaState> {
  const urls = new Map(known);
  const unknown = [...files.values()].filter((f) => !urls.has(f.sha));
  if (unknown.length === 0) return { mode: 'library', urls };
  const prefixes = unknown.length <= ONE_BY_ONE ? unknown.map((f) => `${f.sha}-`) : [...new Set(unknown.map((f) => f.sha[0]!))];
  const wanted = new Map(unknown.map((f) => [mediaName(f), f.sha]));
  let found;
  try {
    // The first search also tells whether there is a media library: asked alone, then the rest at once.
    const first = await client.searchMedia(prefixes[0]!);
    found = [first, ...(await Promise.all(prefixes.slice(1).map((p) => client.searchMedia(p))))].flat();
  } catch (error) {
    if (error instanceof ZendeskApiError && (error.status === 403 || error.status === 404)) {
      logger.info(
        `No media library (Guide Media answered ${error.status}): files are uploaded as article attachments (unassociated, then bulk_attachments).`,
      );
      return { mode: 'attachments', urls: new Map() };
    }
    throw error;
  }
  for (const media of found) {
    const sha = wanted.get(media.name);
    if (sha !== undefined && !urls.has(sha)) urls.set(sha, media.url);
  }
  const again = unknown.filter((f) => urls.has(f.sha)).length;
  if (again) logger.info(`${again} of ${unknown.length} new file references found in the media library by content; not uploaded again.`);
  return { mode: 'library', urls };
}
