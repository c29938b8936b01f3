import fs from 'node:fs/promises';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { mediaName } from '../plan/media.js';
import type { AssetFile } from '../render/assets.js';
import type { ZendeskClient } from '../remote/client.js';
import { ZendeskApiError } from '../remote/errors.js';
import type { ZdMedia } from '../remote/types.js';
import { Slots } from '../remote/slots.js';

export type MediaClient = Pick<ZendeskClient, 'mediaUploadUrl' | 'putUpload' | 'createMedia' | 'searchMedia'>;

export interface MediaMade {
  /** Media URL by content hash. */
  urls: Map<string, string>;
  /** Why a file could not be made into a media, by content hash: the articles embedding it fail, naming it. */
  failed: Map<string, string>;
  /** Files PUT to the upload storage, and their bytes. */
  uploaded: { files: number; bytes: number };
}

/** How long to look for a media whose create lost its answer ("a slight delay" before search shows it). */
const FIND_DELAYS_MS = [500, 1000, 2000, 4000];

/** The media this tool named for a file, if search shows it. */
async function findMedia(client: MediaClient, asset: AssetFile, sleep: (ms: number) => Promise<void>, patient: boolean) {
  const name = mediaName(asset);
  for (const delay of patient ? [0, ...FIND_DELAYS_MS] : [0]) {
    if (delay) await sleep(delay);
    const found = (await client.searchMedia(name, true)).find((m) => m.name === name);
    if (found) return found;
  }
  return undefined;
}

/**
 * One file into the media library: the upload URL, the bytes PUT to the storage host with
 * exactly the headers it names, then the media. A create whose answer was lost is looked for by
 * name before it is sent again; a 409 (the asset was used: that create had landed) is answered
 * by finding the media it made.
 */
async function makeMedia(client: MediaClient, asset: AssetFile, sleep: (ms: number) => Promise<void>): Promise<ZdMedia> {
  const data = asset.data ?? (await fs.readFile(asset.absPath));
  const target = await client.mediaUploadUrl(asset.contentType, data.length);
  await client.putUpload(target, data);
  try {
    return await client.createMedia(target.assetUploadId, mediaName(asset), () => findMedia(client, asset, sleep, false));
  } catch (error) {
    if (!(error instanceof ZendeskApiError && error.status === 409)) throw error;
    const found = await findMedia(client, asset, sleep, true);
    if (!found) throw error;
    return found;
  }
}

/**
 * Makes each file a Guide Media object, before any article: bodies then embed the media's URL,
 * and a new article is created with its final bodies. At most `atOnce` files at a time.
 */
export async function uploadMedia(
  client: MediaClient & Pick<ZendeskClient, 'uploaded'>,
  uploads: readonly AssetFile[],
  logger: Logger,
  options: { atOnce?: number; sleep?: (ms: number) => Promise<void> } = {},
): Promise<MediaMade> {
  const made: MediaMade = { urls: new Map(), failed: new Map(), uploaded: { files: 0, bytes: 0 } };
  const before = { ...client.uploaded };
  const slots = new Slots(options.atOnce ?? 4);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  await Promise.all(
    uploads.map((asset) =>
      slots.run(async () => {
        try {
          made.urls.set(asset.sha, (await makeMedia(client, asset, sleep)).url);
        } catch (error) {
          made.failed.set(asset.sha, errorMessage(error));
          logger.error(`${asset.file}: could not be uploaded to the media library: ${errorMessage(error)}`, { file: asset.file });
        }
      }),
    ),
  );
  made.uploaded = { files: client.uploaded.files - before.files, bytes: client.uploaded.bytes - before.bytes };
  return made;
}
