import pLimit from 'p-limit';
import type { AuthConfig } from '../config/types.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { AuthProvider } from './auth.js';
import { ZendeskApiError, ZendeskNetworkError } from './errors.js';
import { Pacer } from './pacer.js';

export interface HttpOptions {
  baseUrl: string;
  auth: AuthConfig | undefined;
  logger: Logger;
  /** Requests in flight at once. */
  concurrency?: number;
  /** Retries for 5xx and network failures of idempotent requests (429s are always waited out). */
  maxRetries?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  userAgent?: string;
}

export interface RequestOptions {
  query?: Record<string, string | number | undefined>;
  json?: unknown;
  form?: FormData;
  /**
   * Whether sending twice is harmless. Creating an article is not: if the answer is lost we
   * must not retry blindly (the next run finds the article by its marker instead).
   */
  idempotent?: boolean;
}

export interface HttpStats {
  requests: number;
  retries: number;
  rateLimited: number;
}

const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);
const MAX_429_WAITS = 20;

/** Fetch-based transport: auth, pacing, bounded concurrency, retries with backoff. */
export class ZendeskHttp {
  readonly stats: HttpStats = { requests: 0, retries: 0, rateLimited: 0 };
  private readonly authProvider: AuthProvider;
  private readonly limit: ReturnType<typeof pLimit>;
  private readonly pacer: Pacer;
  /** The incremental export has its own, much lower limit: its 429s must not stall everything. */
  private readonly exportPacer: Pacer;
  private readonly fetchImpl: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: HttpOptions) {
    this.fetchImpl = options.fetch ?? fetch;
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.authProvider = new AuthProvider(options.baseUrl, options.auth, options.logger, this.fetchImpl);
    const concurrency = options.concurrency ?? 4;
    this.limit = pLimit(concurrency);
    this.pacer = new Pacer({ reserve: concurrency, sleep: this.sleep });
    this.exportPacer = new Pacer({ reserve: 0, sleep: this.sleep });
  }

  get baseUrl(): string {
    return this.options.baseUrl;
  }

  /** Sends one request (path relative to the base URL, or an absolute URL from `next_page`). */
  request<T>(method: string, pathOrUrl: string, options: RequestOptions = {}): Promise<T> {
    return this.limit(() => this.send<T>(method, pathOrUrl, options));
  }

  private buildUrl(pathOrUrl: string, query?: RequestOptions['query']): URL {
    const url = new URL(pathOrUrl, this.options.baseUrl);
    // next_page links are absolute; refuse to send credentials anywhere else.
    if (url.origin !== new URL(this.options.baseUrl).origin) {
      throw new Error(`refusing to follow a link to another host: ${url.origin}`);
    }
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    return url;
  }

  /**
   * One attempt: wait for the pacer, send, read the whole answer. Network failures come back
   * as `{ error }` so the caller decides about retrying in one place.
   */
  private async attempt(
    pacer: Pacer,
    method: string,
    url: URL,
    options: RequestOptions,
  ): Promise<{ status: number; headers: Headers; text: string; generation: number } | { error: unknown }> {
    await pacer.acquire();
    try {
      const { header, generation } = await this.authProvider.get();
      const headers: Record<string, string> = {
        accept: 'application/json',
        'user-agent': this.options.userAgent ?? 'zendesk-guide-publisher',
      };
      if (header) headers.authorization = header;
      let body: string | FormData | undefined;
      if (options.json !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(options.json);
      } else if (options.form) {
        body = options.form;
      }
      this.stats.requests++;
      try {
        const res = await this.fetchImpl(url, { method, headers, body, signal: AbortSignal.timeout(this.options.timeoutMs ?? 60_000) });
        pacer.observe(res.headers);
        return { status: res.status, headers: res.headers, text: await res.text(), generation };
      } catch (error) {
        return { error };
      }
    } finally {
      pacer.release();
    }
  }

  private async send<T>(method: string, pathOrUrl: string, options: RequestOptions): Promise<T> {
    const url = this.buildUrl(pathOrUrl, options.query);
    const idempotent = options.idempotent ?? method !== 'POST';
    const maxRetries = this.options.maxRetries ?? 4;
    const pacer = url.pathname.includes('/incremental/') ? this.exportPacer : this.pacer;
    let attempt = 0;
    let waits429 = 0;
    let refreshed = false;
    for (;;) {
      const res = await this.attempt(pacer, method, url, options);
      if ('error' in res) {
        const cause = errorMessage((res.error as { cause?: unknown }).cause ?? res.error);
        if (idempotent && attempt < maxRetries) {
          attempt++;
          this.stats.retries++;
          this.options.logger.debug(`${method} ${url.pathname} failed (${cause}); retry ${attempt} of ${maxRetries}`);
          await this.sleep(backoff(attempt));
          continue;
        }
        throw new ZendeskNetworkError(`${method} ${url.pathname} failed without an answer: ${cause}`);
      }
      const retryAfter = Number(res.headers.get('retry-after'));
      const hasRetryAfter = Number.isFinite(retryAfter) && retryAfter > 0;
      if (res.status === 429 && waits429 < MAX_429_WAITS) {
        waits429++;
        this.stats.rateLimited++;
        pacer.pause(hasRetryAfter ? retryAfter : 10);
        continue;
      }
      if (res.status === 401 && this.authProvider.canRefresh && !refreshed) {
        refreshed = true;
        await this.authProvider.refresh(res.generation);
        continue;
      }
      if (RETRYABLE_STATUS.has(res.status) && idempotent && attempt < maxRetries) {
        attempt++;
        this.stats.retries++;
        await this.sleep(hasRetryAfter ? retryAfter * 1000 : backoff(attempt));
        continue;
      }
      let data: unknown = undefined;
      try {
        data = res.text ? JSON.parse(res.text) : undefined;
      } catch {
        data = undefined;
      }
      if (res.status < 200 || res.status >= 300) {
        const err = (data ?? {}) as { error?: unknown; description?: string; details?: unknown };
        const code = typeof err.error === 'string' ? err.error : (err.error as { title?: string } | undefined)?.title;
        throw new ZendeskApiError(res.status, method, url.pathname, code, err.description ?? (data ? undefined : res.text.slice(0, 200)), err.details);
      }
      return data as T;
    }
  }
}

/** Exponential backoff with jitter: 0.5 s, 1 s, 2 s, 4 s... capped at 15 s. */
function backoff(attempt: number): number {
  const base = Math.min(15_000, 500 * 2 ** (attempt - 1));
  return base / 2 + Math.random() * (base / 2);
}
