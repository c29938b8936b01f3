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
  /** Length of Zendesk's rate-limit window (a minute); the limit header counts per window. */
  rateWindowMs?: number;
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
  byMethod: Record<string, number>;
}

const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);
const MAX_429_WAITS = 20;

/** Fetch-based transport: auth, pacing, bounded concurrency, retries with backoff. */
export class ZendeskHttp {
  readonly stats: HttpStats = { requests: 0, retries: 0, rateLimited: 0, byMethod: {} };
  private readonly authProvider: AuthProvider;
  private readonly limit: ReturnType<typeof pLimit>;
  private readonly pacer: Pacer;
  private readonly fetchImpl: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: HttpOptions) {
    this.fetchImpl = options.fetch ?? fetch;
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.authProvider = new AuthProvider(options.baseUrl, options.auth, options.logger, this.fetchImpl);
    const concurrency = options.concurrency ?? 4;
    this.limit = pLimit(concurrency);
    this.pacer = new Pacer({ windowMs: options.rateWindowMs ?? 60_000, reserve: concurrency * 2, sleep: this.sleep });
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

  private async send<T>(method: string, pathOrUrl: string, options: RequestOptions): Promise<T> {
    const url = this.buildUrl(pathOrUrl, options.query);
    const idempotent = options.idempotent ?? method !== 'POST';
    const maxRetries = this.options.maxRetries ?? 4;
    let attempt = 0;
    let waits429 = 0;
    let refreshed = false;
    for (;;) {
      await this.pacer.acquire();
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
      this.stats.byMethod[method] = (this.stats.byMethod[method] ?? 0) + 1;
      let res: Response;
      try {
        res = await this.fetchImpl(url, {
          method,
          headers,
          body,
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 60_000),
        });
      } catch (error) {
        const cause = errorMessage((error as { cause?: unknown }).cause ?? error);
        if (idempotent && attempt < maxRetries) {
          attempt++;
          this.stats.retries++;
          this.options.logger.debug(`${method} ${url.pathname} failed (${cause}); retry ${attempt} of ${maxRetries}`);
          await this.sleep(backoff(attempt));
          continue;
        }
        throw new ZendeskNetworkError(`${method} ${url.pathname} failed without an answer: ${cause}`);
      }
      this.pacer.observe(res.headers);

      if (res.status === 429 && waits429 < MAX_429_WAITS) {
        waits429++;
        this.stats.rateLimited++;
        const retryAfter = Number(res.headers.get('retry-after'));
        this.pacer.pause(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : 10);
        await res.arrayBuffer().catch(() => undefined);
        continue;
      }
      if (res.status === 401 && this.authProvider.canRefresh && !refreshed) {
        refreshed = true;
        await res.arrayBuffer().catch(() => undefined);
        await this.authProvider.refresh(generation);
        continue;
      }
      if (RETRYABLE_STATUS.has(res.status) && idempotent && attempt < maxRetries) {
        attempt++;
        this.stats.retries++;
        await res.arrayBuffer().catch(() => undefined);
        const retryAfter = Number(res.headers.get('retry-after'));
        await this.sleep(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : backoff(attempt));
        continue;
      }
      const text = await res.text();
      let data: unknown = undefined;
      if (text) {
        try {
          data = JSON.parse(text);
        } catch {
          data = undefined;
        }
      }
      if (!res.ok) {
        const err = (data ?? {}) as { error?: unknown; description?: string; details?: unknown };
        const code = typeof err.error === 'string' ? err.error : (err.error as { title?: string } | undefined)?.title;
        throw new ZendeskApiError(res.status, method, url.pathname, code, err.description ?? (data ? undefined : text.slice(0, 200)), err.details);
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
