import pLimit from 'p-limit';
import type { AuthConfig } from '../config/types.js';
import type { Logger } from '../logger.js';
import { AuthProvider } from './auth.js';
import { describeRequest, RemoteError, ZendeskApiError, ZendeskNetworkError } from './errors.js';
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

/** How one request is sent, beyond what callers of `request` choose. */
interface Route {
  pacer: Pacer;
  /** Without credentials: the token exchange, which is how credentials are made. */
  anonymous: boolean;
  /** Advice that replaces the general one for a status. */
  hints: Partial<Record<number, string>>;
}

export interface HttpStats {
  requests: number;
  retries: number;
  rateLimited: number;
}

const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);
const MAX_429_WAITS = 20;
const DEFAULT_TIMEOUT_MS = 60_000;

/** Fetch-based transport: auth, pacing, bounded concurrency, retries with backoff. */
export class ZendeskHttp {
  readonly stats: HttpStats = { requests: 0, retries: 0, rateLimited: 0 };
  private readonly authProvider: AuthProvider;
  private readonly limit: ReturnType<typeof pLimit>;
  private readonly pacer: Pacer;
  /** The incremental export has its own, much lower limit: its 429s must not stall everything. */
  private readonly exportPacer: Pacer;
  /** The token endpoint is not a Help Center endpoint; it must never wait behind their budget. */
  private readonly tokenPacer: Pacer;
  private readonly fetchImpl: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: HttpOptions) {
    this.fetchImpl = options.fetch ?? fetch;
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const concurrency = options.concurrency ?? 4;
    this.limit = pLimit(concurrency);
    this.pacer = new Pacer({ reserve: concurrency, sleep: this.sleep });
    this.exportPacer = new Pacer({ reserve: 0, sleep: this.sleep });
    this.tokenPacer = new Pacer({ reserve: 0, sleep: this.sleep });
    // Not through `limit`: the exchange runs inside a request that already holds a slot.
    this.authProvider = new AuthProvider(options.baseUrl, options.auth, options.logger, (path, json, hints) =>
      this.send('POST', path, { json, idempotent: true }, { pacer: this.tokenPacer, anonymous: true, hints }),
    );
  }

  get baseUrl(): string {
    return this.options.baseUrl;
  }

  /** Sends one request (path relative to the base URL, or an absolute URL from `next_page`). */
  request<T>(method: string, pathOrUrl: string, options: RequestOptions = {}): Promise<T> {
    return this.limit(() => {
      const pacer = new URL(pathOrUrl, this.options.baseUrl).pathname.includes('/incremental/') ? this.exportPacer : this.pacer;
      return this.send<T>(method, pathOrUrl, options, { pacer, anonymous: false, hints: {} });
    });
  }

  private buildUrl(method: string, pathOrUrl: string, query?: RequestOptions['query']): URL {
    const url = new URL(pathOrUrl, this.options.baseUrl);
    // next_page links are absolute; refuse to send credentials anywhere else.
    if (url.origin !== new URL(this.options.baseUrl).origin) {
      const base = new URL(this.options.baseUrl).origin;
      throw new RemoteError(
        method,
        url,
        `${describeRequest(method, url)} not sent: Zendesk linked to another host than ${base}, and credentials go only there`,
      );
    }
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    return url;
  }

  /**
   * One attempt: wait for the pacer, send, read the whole answer. Network failures come back
   * as `{ error }` so the caller decides about retrying in one place.
   */
  private async attempt(
    route: Route,
    method: string,
    url: URL,
    options: RequestOptions,
  ): Promise<{ status: number; headers: Headers; text: string; generation: number } | { error: unknown; timedOut: boolean }> {
    const { pacer } = route;
    await pacer.acquire();
    try {
      const { header, generation } = route.anonymous ? { header: undefined, generation: 0 } : await this.authProvider.get();
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
      const signal = AbortSignal.timeout(this.timeoutMs);
      try {
        const res = await this.fetchImpl(url, { method, headers, body, signal });
        pacer.observe(res.headers);
        return { status: res.status, headers: res.headers, text: await res.text(), generation };
      } catch (error) {
        return { error, timedOut: signal.aborted };
      }
    } finally {
      pacer.release();
    }
  }

  private get timeoutMs(): number {
    return this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  private async send<T>(method: string, pathOrUrl: string, options: RequestOptions, route: Route): Promise<T> {
    const url = this.buildUrl(method, pathOrUrl, options.query);
    const idempotent = options.idempotent ?? method !== 'POST';
    const maxRetries = this.options.maxRetries ?? 4;
    const { pacer } = route;
    let attempt = 0;
    let waits429 = 0;
    let refreshed = false;
    for (;;) {
      const res = await this.attempt(route, method, url, options);
      if ('error' in res) {
        const failure = new ZendeskNetworkError({
          method,
          url,
          error: res.error,
          attempts: attempt + 1,
          timeoutMs: res.timedOut ? this.timeoutMs : undefined,
        });
        if (idempotent && failure.transient && attempt < maxRetries) {
          attempt++;
          this.stats.retries++;
          this.options.logger.debug(`${failure.message}; retry ${attempt} of ${maxRetries}`);
          await this.sleep(backoff(attempt));
          continue;
        }
        throw failure;
      }
      const retryAfter = Number(res.headers.get('retry-after'));
      const hasRetryAfter = Number.isFinite(retryAfter) && retryAfter > 0;
      if (res.status === 429 && waits429 < MAX_429_WAITS) {
        waits429++;
        this.stats.rateLimited++;
        pacer.pause(hasRetryAfter ? retryAfter : 10);
        // A wait of up to a minute with nothing on screen looks like a hang: say why.
        this.options.logger.progress?.({
          kind: 'wait',
          seconds: hasRetryAfter ? retryAfter : 10,
          reason: hasRetryAfter ? 'Zendesk rate limit, Retry-After' : 'Zendesk rate limit',
        });
        continue;
      }
      if (res.status === 401 && !route.anonymous && this.authProvider.canRefresh && !refreshed) {
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
      let data: unknown;
      try {
        data = res.text ? JSON.parse(res.text) : undefined;
      } catch {
        data = undefined;
      }
      if (res.status < 200 || res.status >= 300) {
        // Help Center errors say `description`; OAuth errors (RFC 6749) say `error_description`.
        const err = (data ?? {}) as { error?: unknown; description?: string; error_description?: string; details?: unknown };
        const code = typeof err.error === 'string' ? err.error : (err.error as { title?: string } | undefined)?.title;
        throw new ZendeskApiError({
          status: res.status,
          method,
          url,
          code,
          description: err.description ?? err.error_description ?? (data ? undefined : res.text.slice(0, 200)),
          details: err.details,
          hint: route.hints[res.status],
        });
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
