import type { AuthConfig } from '../config/types.js';
import type { Logger } from '../logger.js';
import { AuthProvider } from './auth.js';
import { describeRequest, RemoteError, ZendeskApiError, ZendeskNetworkError } from './errors.js';
import { Pacer } from './pacer.js';
import { Slots } from './slots.js';
import { checkStopped, stoppableSleep } from './stop.js';

export interface HttpOptions {
  baseUrl: string;
  auth: AuthConfig | undefined;
  logger: Logger;
  /** Requests in flight at once. */
  concurrency?: number;
  /** Retries of one request after a 5xx or a network failure (429s are always waited out). */
  maxRetries?: number;
  /**
   * Retries the whole run may spend at the start; every five requests that succeed without one
   * earn one back, up to this many in hand (see `RetryBudget`).
   */
  retryBudget?: number;
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
   * Whether sending twice is harmless (by default: every method but POST). A POST that creates
   * something is not: sent again after a lost answer it makes a second one.
   */
  idempotent?: boolean;
  /**
   * For a write that is not idempotent: after a failure that leaves open whether it landed (no
   * answer, a timeout, a 5xx), asks Zendesk whether it did, before sending it again. An answer
   * (shaped like the request's own) ends the request as if it had succeeded; `undefined` means
   * the write did not land, and it is sent again. Without it such a write is never retried.
   */
  landed?: () => Promise<unknown>;
  /** Goes before requests not sent yet: a check of whether a write landed (retries always do). */
  urgent?: boolean;
  /** The answer is a file, not JSON: `request` resolves to its bytes. */
  binary?: boolean;
  /**
   * On a 429, fail at once (a `ZendeskApiError` with status 429) instead of waiting out
   * `Retry-After`: for a request the caller can do without, such as one more export page while
   * the list is reading the same articles under the other limit. The pacer still pauses, so
   * requests that do wait start when the limit allows.
   */
  noWait?: boolean;
  /** Advice, by status, that replaces the general one in the error (what right a 403 lacks, say). */
  hints?: Partial<Record<number, string>>;
}

/** How one request is sent, beyond what callers of `request` choose. */
interface Route {
  pacer: Pacer;
  /** Without credentials: the token exchange, which is how credentials are made. */
  anonymous: boolean;
  /** Advice that replaces the general one for a status. */
  hints: Partial<Record<number, string>>;
  /** Counted against the requests in flight; the token exchange is not: it runs inside a request that already is. */
  limited: boolean;
}

export interface HttpStats {
  requests: number;
  /** Requests sent again after a 5xx or a network failure (429 waits are not retries). */
  retries: number;
  rateLimited: number;
  /** Writes whose answer was lost but that were found to have landed, so were not sent again. */
  landed: number;
}

/**
 * How many retries a run may still spend: `initial` at the start; every `successesPerRetry`
 * requests that succeed at the first attempt earn one back, never more than `initial` in hand.
 * A flaky network costs a few and earns them back; Zendesk down spends them all within
 * seconds, and from then on each failure fails at once instead of after a minute of backoff,
 * for every request of the run. (The shape of the retry quota in the AWS SDKs.)
 */
export class RetryBudget {
  private tokens: number;
  private earned = 0;

  constructor(
    private readonly initial: number,
    private readonly successesPerRetry = 5,
  ) {
    this.tokens = initial;
  }

  /** Takes one retry; false when none is left. */
  take(): boolean {
    if (this.tokens < 1) return false;
    this.tokens--;
    return true;
  }

  succeeded(): void {
    if (++this.earned < this.successesPerRetry) return;
    this.earned = 0;
    this.tokens = Math.min(this.initial, this.tokens + 1);
  }

  get left(): number {
    return this.tokens;
  }
}

const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);
const MAX_429_WAITS = 20;
const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RETRIES = 4;
const DEFAULT_RETRY_BUDGET = 50;

/** A failure that another attempt may cure, and whether the write may have landed all the same. */
interface Retryable {
  failure: RemoteError;
  /** The request may have been carried out (no answer, a timeout, a 5xx), so a write must be checked first. */
  outcomeUnknown: boolean;
  delayMs: number;
}

/**
 * Fetch-based transport: auth, pacing, bounded concurrency, and the one retry policy of the
 * tool. A 5xx or a transient network failure is retried with exponential backoff and jitter
 * (or after `Retry-After` when the answer says), at most `maxRetries` times per request and
 * within the run's `RetryBudget`; a 429 is waited out. An idempotent request is simply sent
 * again; a create is sent again only once its `landed` check says it did not land.
 */
export class ZendeskHttp {
  readonly stats: HttpStats = { requests: 0, retries: 0, rateLimited: 0, landed: 0 };
  private readonly budget: RetryBudget;
  private budgetWarned = false;
  private readonly authProvider: AuthProvider;
  private readonly slots: Slots;
  private readonly pacer: Pacer;
  /** The incremental export has its own, much lower limit: its 429s must not stall everything. */
  private readonly exportPacer: Pacer;
  /** The token endpoint is not a Help Center endpoint; it must never wait behind their budget. */
  private readonly tokenPacer: Pacer;
  /** Also how the client reaches the upload storage (remote/storage.ts), without any of this transport's credentials. */
  readonly fetchImpl: typeof fetch;
  readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: HttpOptions) {
    this.fetchImpl = options.fetch ?? fetch;
    // Every wait ends early when the writes under way are asked to stop (see remote/stop.ts).
    this.sleep = (ms) => stoppableSleep(ms, options.sleep);
    const concurrency = options.concurrency ?? 4;
    this.slots = new Slots(concurrency);
    const onWait = (seconds: number) => options.logger.progress?.({ kind: 'wait', seconds, reason: 'Zendesk rate limit, ratelimit-reset' });
    this.pacer = new Pacer({ reserve: concurrency, sleep: this.sleep, onWait });
    this.exportPacer = new Pacer({ reserve: 0, sleep: this.sleep, onWait });
    this.tokenPacer = new Pacer({ reserve: 0, sleep: this.sleep });
    this.budget = new RetryBudget(options.retryBudget ?? DEFAULT_RETRY_BUDGET);
    this.authProvider = new AuthProvider(options.baseUrl, options.auth, options.logger, (path, json, hints) =>
      this.send('POST', path, { json, idempotent: true }, { pacer: this.tokenPacer, anonymous: true, hints, limited: false }),
    );
  }

  get baseUrl(): string {
    return this.options.baseUrl;
  }

  /** Sends one request (path relative to the base URL, or an absolute URL from `next_page`). */
  request<T>(method: string, pathOrUrl: string, options: RequestOptions = {}): Promise<T> {
    const pacer = new URL(pathOrUrl, this.options.baseUrl).pathname.includes('/incremental/') ? this.exportPacer : this.pacer;
    return this.send<T>(method, pathOrUrl, options, { pacer, anonymous: false, hints: options.hints ?? {}, limited: true });
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
   * One attempt: take a slot among the requests in flight, wait for the pacer, send, read the
   * whole answer. Only the attempt holds the slot, not the backoff after it, nor the `landed`
   * check (a request of its own, which would otherwise wait for a slot its caller holds).
   * Network failures come back as `{ error }` so the caller decides about retrying in one place.
   */
  private attempt(route: Route, method: string, url: URL, options: RequestOptions, retry: boolean): Promise<Attempt> {
    const send = () => this.attemptNow(route, method, url, options);
    return route.limited ? this.slots.run(send, retry || options.urgent === true) : send();
  }

  private async attemptNow(route: Route, method: string, url: URL, options: RequestOptions): Promise<Attempt> {
    const { pacer } = route;
    // A write not sent yet stays unsent once the run is asked to stop, retries included.
    checkStopped();
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
        if (options.binary && res.ok)
          return { status: res.status, headers: res.headers, text: '', bytes: new Uint8Array(await res.arrayBuffer()), generation };
        return { status: res.status, headers: res.headers, text: await readText(res), generation };
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
    const maxRetries = this.options.maxRetries ?? DEFAULT_MAX_RETRIES;
    const { pacer } = route;
    let attempt = 0;
    let waits429 = 0;
    let refreshed = false;
    for (;;) {
      const res = await this.attempt(route, method, url, options, attempt > 0);
      let retryable: Retryable;
      if ('error' in res) {
        const failure = new ZendeskNetworkError({
          method,
          url,
          error: res.error,
          attempts: attempt + 1,
          timeoutMs: res.timedOut ? this.timeoutMs : undefined,
        });
        if (!failure.transient) throw failure;
        // A refused connection never reached the server; anything else may have been carried out.
        retryable = { failure, outcomeUnknown: failure.kind !== 'refused', delayMs: backoff(attempt + 1) };
      } else {
        const retryAfter = Number(res.headers.get('retry-after'));
        const hasRetryAfter = Number.isFinite(retryAfter) && retryAfter > 0;
        if (res.status === 429 && waits429 < MAX_429_WAITS) {
          waits429++;
          this.stats.rateLimited++;
          pacer.pause(hasRetryAfter ? retryAfter : 10);
          if (options.noWait) throw apiError(method, url, res, parseJson(res.text), route);
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
        const data = parseJson(res.text);
        if (res.status >= 200 && res.status < 300) {
          if (attempt === 0) this.budget.succeeded();
          return (res.bytes ?? data) as T;
        }
        const failure = apiError(method, url, res, data, route);
        if (!RETRYABLE_STATUS.has(res.status)) throw failure;
        retryable = { failure, outcomeUnknown: true, delayMs: hasRetryAfter ? retryAfter * 1000 : backoff(attempt + 1) };
      }

      const { failure } = retryable;
      if (!idempotent && !options.landed) throw failure;
      if (attempt >= maxRetries) throw failure;
      if (!this.budget.take()) {
        if (!this.budgetWarned) {
          this.budgetWarned = true;
          this.options.logger.warning(`Zendesk failed too often in this run: failures are no longer retried (${failure.message})`);
        }
        throw failure;
      }
      attempt++;
      this.stats.retries++;
      this.options.logger.debug(`${failure.message}; retry ${attempt} of ${maxRetries}`);
      await this.sleep(retryable.delayMs);
      if (!idempotent && retryable.outcomeUnknown && options.landed) {
        const found = await options.landed();
        if (found !== undefined) {
          this.stats.landed++;
          this.options.logger.debug(`${describeRequest(method, url)}: the answer was lost, but the write had landed`);
          return found as T;
        }
      }
    }
  }
}

type Attempt =
  { status: number; headers: Headers; text: string; bytes?: Uint8Array; generation: number } | { error: unknown; timedOut: boolean };

/**
 * `res.text()`, decoded chunk by chunk as it arrives. `text()` gathers the chunks and copies
 * them into one buffer of the whole answer before decoding; for pages of megabytes, read six at
 * a time, those buffers live outside V8's heap until a full collection, and on Node 24 they
 * added 50–80 MB to the peak of the largest help center's dry run.
 */
async function readText(res: Response): Promise<string> {
  if (!res.body) return '';
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** What Zendesk said, as an error: Help Center errors say `description`, OAuth errors (RFC 6749) `error_description`. */
function apiError(method: string, url: URL, res: { status: number; text: string }, data: unknown, route: Route): ZendeskApiError {
  const err = (data ?? {}) as { error?: unknown; description?: string; error_description?: string; details?: unknown };
  const code = typeof err.error === 'string' ? err.error : (err.error as { title?: string } | undefined)?.title;
  return new ZendeskApiError({
    status: res.status,
    method,
    url,
    code,
    description: err.description ?? err.error_description ?? (data ? undefined : res.text.slice(0, 200)),
    details: err.details,
    hint: route.hints[res.status],
  });
}

/** Exponential backoff with jitter: 0.5 s, 1 s, 2 s, 4 s... capped at 15 s. */
function backoff(attempt: number): number {
  const base = Math.min(15_000, 500 * 2 ** (attempt - 1));
  return base / 2 + Math.random() * (base / 2);
}
