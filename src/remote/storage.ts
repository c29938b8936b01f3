import { describeRequest, RemoteError } from './errors.js';
import type { UploadTarget } from './types.js';

export interface StorageOptions {
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  timeoutMs?: number;
  /** Attempts after the first, on a 5xx or a network failure (a PUT of the same bytes is idempotent). */
  retries?: number;
}

/**
 * PUTs a file's bytes to the presigned upload URL Guide Media gave: another host than Zendesk's
 * (its upload storage), so the request carries exactly the headers the URL was signed with and
 * nothing of the tool's own: no `Authorization` (the credentials never leave Zendesk's host, and
 * the storage refuses a second auth mechanism), no cookie, no user agent of ours to sign for.
 */
export async function putToStorage(target: UploadTarget, data: Uint8Array, options: StorageOptions): Promise<void> {
  const url = new URL(target.url);
  const headers = new Headers();
  for (const [name, value] of Object.entries(target.headers)) {
    // A header named by the answer that would carry credentials is refused rather than sent.
    if (name.toLowerCase() === 'authorization' || name.toLowerCase() === 'cookie')
      throw new RemoteError('PUT', url, `${describeRequest('PUT', url)} not sent: the upload URL asks for a ${name} header`);
    headers.set(name, value);
  }
  const retries = options.retries ?? 3;
  for (let attempt = 0; ; attempt++) {
    let failure: string;
    try {
      const res = await options.fetch(url, {
        method: 'PUT',
        headers,
        body: data,
        signal: AbortSignal.timeout(options.timeoutMs ?? 120_000),
      });
      const text = await res.text();
      if (res.ok) return;
      failure = `answered ${res.status}${text ? `: ${text.slice(0, 200)}` : ''}`;
      if (res.status < 500) throw new RemoteError('PUT', url, `${describeRequest('PUT', url)} (upload storage) ${failure}`);
    } catch (error) {
      if (error instanceof RemoteError) throw error;
      failure = `failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (attempt >= retries) throw new RemoteError('PUT', url, `${describeRequest('PUT', url)} (upload storage) ${failure}`);
    await options.sleep(500 * 2 ** attempt);
  }
}
