// Guide Media (the media library) and its upload storage, as the reference describes them:
// https://developer.zendesk.com/api-reference/help_center/help-center-api/guide_medias/
//   1. POST /api/v2/guide/medias/upload_url {content_type, file_size} -> {upload_url: {asset_upload_id, url, headers}}
//   2. PUT the bytes to `url` (another host: the storage listener) with exactly `headers`
//   3. POST /api/v2/guide/medias {asset_upload_id, filename} -> {media}; 409 when the asset was used already
// Search (GET /api/v2/guide/medias, filter[name_prefix], cursor pagination) shows a media only
// after `searchDelayMs`: "There may be a slight delay between changes to guide-media objects and
// the result of the search."
import { randomBytes } from 'node:crypto';
import { badRequest, HttpError, notFound, Validation } from './errors.js';
import type { Json } from './util.js';
import { isRecord } from './util.js';

export const MAX_MEDIA_BYTES = 20 * 1024 * 1024;

export interface MediaRecord {
  id: string;
  access_key: string;
  name: string;
  content_type: string;
  size: number;
  version: number;
  /** ms */
  created_at: number;
  updated_at: number;
  data: Buffer;
}

interface PendingUpload {
  id: string;
  contentType: string;
  fileSize: number;
  headers: Record<string, string>;
  data?: Buffer;
  used: boolean;
}

/** One PUT the storage listener received, as the tests and the benchmark count them. */
export interface StorageRequest {
  method: string;
  path: string;
  status: number;
  bytes: number;
  /** Header names as received, lowercased. */
  headerNames: string[];
  authorization: boolean;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A ULID-shaped id: 10 characters of time, 16 of randomness. */
function ulid(now: number): string {
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[t % 32]! + time;
    t = Math.floor(t / 32);
  }
  const rand = [...randomBytes(16)].map((b) => CROCKFORD[b % 32]).join('');
  return time + rand;
}

export class MediaLibrary {
  readonly medias: MediaRecord[] = [];
  readonly uploads = new Map<string, PendingUpload>();
  readonly storageRequests: StorageRequest[] = [];

  constructor(
    private readonly ctx: {
      now: () => number;
      storageUrl: () => string;
      searchDelayMs: () => number;
      headersAs: () => 'string' | 'object';
    },
  ) {}

  createUploadUrl(body: unknown): Json {
    const input = isRecord(body) ? body : {};
    const v = new Validation();
    const type = input['content_type'];
    const size = input['file_size'];
    if (typeof type !== 'string' || type === '') v.blank('content_type');
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 1) v.invalid('file_size', 'must be a positive integer (bytes)');
    else if (size > MAX_MEDIA_BYTES) v.invalid('file_size', 'is too large (the limit is 20 MB)');
    v.throwIfAny();
    const id = ulid(this.ctx.now());
    const headers: Record<string, string> = {
      'Content-Disposition': 'attachment; filename="upload"',
      'Content-Type': type as string,
      'X-Amz-Server-Side-Encryption': 'AES256',
    };
    this.uploads.set(id, { id, contentType: type as string, fileSize: size as number, headers, used: false });
    const url = `${this.ctx.storageUrl()}/uploads/${id}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=${randomBytes(16).toString('hex')}`;
    // The reference's example answer gives `headers` as a JSON-encoded string; its prose as an object.
    const shown = this.ctx.headersAs() === 'string' ? JSON.stringify(headers) : headers;
    return { upload_url: { asset_upload_id: id, url, headers: shown } };
  }

  /**
   * The storage host: a presigned URL is its own authorization, so a request that also carries
   * an `Authorization` header is refused (S3: "Only one auth mechanism allowed"), and so is one
   * whose signed headers differ from those named.
   */
  storagePut(
    method: string,
    path: string,
    headers: Record<string, string | string[] | undefined>,
    data: Buffer,
  ): { status: number; body: string } {
    const names = Object.keys(headers).map((h) => h.toLowerCase());
    const entry: StorageRequest = {
      method,
      path,
      status: 0,
      bytes: data.length,
      headerNames: names,
      authorization: 'authorization' in headers,
    };
    this.storageRequests.push(entry);
    const answer = (status: number, body: string) => {
      entry.status = status;
      return { status, body };
    };
    if (method !== 'PUT') return answer(405, '<Error><Code>MethodNotAllowed</Code></Error>');
    if (entry.authorization)
      return answer(400, '<Error><Code>InvalidArgument</Code><Message>Only one auth mechanism allowed</Message></Error>');
    const id = /^\/uploads\/([0-9A-Z]+)$/.exec(path)?.[1];
    const upload = id === undefined ? undefined : this.uploads.get(id);
    if (!upload) return answer(403, '<Error><Code>AccessDenied</Code></Error>');
    for (const [name, value] of Object.entries(upload.headers)) {
      if (headers[name.toLowerCase()] !== value)
        return answer(403, `<Error><Code>SignatureDoesNotMatch</Code><Message>${name} is not the signed value</Message></Error>`);
    }
    if (data.length !== upload.fileSize) return answer(400, '<Error><Code>IncompleteBody</Code></Error>');
    upload.data = data;
    return answer(200, '');
  }

  createMedia(body: unknown): MediaRecord {
    const input = isRecord(body) ? body : {};
    const v = new Validation();
    const id = input['asset_upload_id'];
    const filename = input['filename'];
    if (typeof id !== 'string' || id === '') v.blank('asset_upload_id');
    if (typeof filename !== 'string' || filename.trim() === '') v.blank('filename');
    v.throwIfAny();
    const upload = this.uploads.get(id as string);
    if (!upload) throw notFound();
    if (upload.used) throw new HttpError(409, { error: 'Conflict', description: 'The asset upload was already used for a media object' });
    if (!upload.data) throw badRequest('InvalidParameter', 'Nothing was uploaded to this asset upload');
    upload.used = true;
    const now = this.ctx.now();
    const media: MediaRecord = {
      id: ulid(now),
      access_key: ulid(now),
      name: filename as string,
      content_type: upload.contentType,
      size: upload.data.length,
      version: 1,
      created_at: now,
      updated_at: now,
      data: upload.data,
    };
    this.medias.push(media);
    return media;
  }

  media(id: string): MediaRecord {
    const m = this.medias.find((x) => x.id === id);
    if (!m) throw notFound();
    return m;
  }

  byKey(key: string): MediaRecord | undefined {
    return this.medias.find((x) => x.access_key === key);
  }

  delete(id: string): void {
    this.medias.splice(this.medias.indexOf(this.media(id)), 1);
  }

  /** What search shows: names starting with the prefix, sorted, and only once the delay has passed. */
  search(prefix: string, sort: string): MediaRecord[] {
    const visibleBefore = this.ctx.now() - this.ctx.searchDelayMs();
    const desc = sort.startsWith('-');
    const key = (desc ? sort.slice(1) : sort) || 'created';
    const field = (m: MediaRecord): string | number => (key === 'name' ? m.name : key === 'updated' ? m.updated_at : m.created_at);
    const list = this.medias.filter((m) => m.created_at <= visibleBefore && m.name.startsWith(prefix));
    list.sort((a, b) => (field(a) < field(b) ? -1 : field(a) > field(b) ? 1 : a.id.localeCompare(b.id)));
    return desc ? list.reverse() : list;
  }
}

export function mediaView(m: MediaRecord): Json {
  return {
    id: m.id,
    access_key: m.access_key,
    name: m.name,
    content_type: m.content_type,
    size: m.size,
    url: `/guide-media/${m.access_key}`,
    version: m.version,
    created_at: new Date(m.created_at).toISOString(),
    updated_at: new Date(m.updated_at).toISOString(),
  };
}

/** Media keys a body embeds, in either spelling the reference uses (`/guide-media/` in its JSON, `/guide_medias/` in its prose). */
export function embeddedMediaKeys(html: string): string[] {
  return [
    ...new Set(
      [...html.matchAll(/(?:src|href)\s*=\s*["'](?:https?:\/\/[^"'/]+)?\/(?:guide-media|guide_medias)\/([0-9A-Za-z]+)/g)].map((m) => m[1]!),
    ),
  ];
}
