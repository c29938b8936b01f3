// Zendesk Help Center simulator: a real HTTP server that behaves like the parts of the
// Zendesk API this project uses (see /work/shared/zendesk-api.md), with knobs for latency,
// rate limits, token expiry, HTML reformatting and faults. Start one per test file.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { Auth } from './auth.js';
import { Faults } from './faults.js';
import { RateLimiter } from './ratelimit.js';
import { createSimServer, type AdminHandlers, type SimCore } from './server.js';
import { createStorageServer } from './storage.js';
import { MediaLibrary, type StorageRequest } from './media.js';
import { Store } from './store.js';
import type { Counters, FailRule, Integrity, RequestLogEntry, SeedCredentials, SeedData, SimOptions } from './types.js';
import { isRecord, type Json } from './util.js';

export type * from './types.js';
export { Store, MAX_ATTACHMENT_BYTES, MAX_BULK_ATTACHMENTS, type DirectArticleInput } from './store.js';
export { reformatHtml } from './html.js';
export { MAX_BODY_BYTES, MAX_ARTICLE_ATTACHMENTS } from './inline.js';
export type { StorageRequest, MediaRecord } from './media.js';

export type SimDump = Json;

export interface Simulator {
  url: string;
  /** The upload storage: a second listener, another origin, as Zendesk's presigned upload URLs are. */
  storageUrl: string;
  /** Every request the storage received (PUTs of media bytes). */
  storage: StorageRequest[];
  credentials: SeedCredentials;
  /** every request, in arrival order (admin /__sim routes excluded); same array across resetLog() */
  requests: RequestLogEntry[];
  writes(): RequestLogEntry[];
  counters(): Counters;
  resetLog(): void;
  store: Store;
  dump(): SimDump;
  setOptions(partial: Partial<SimOptions>): void;
  expireTokens(): void;
  failNext(rule: FailRule): void;
  /** What a publisher must never leave behind: unassociated uploads, duplicates, attachments no body uses. */
  integrity(): Integrity;
  close(): Promise<void>;
}

export function loadDefaultSeed(): SeedData {
  const text = readFileSync(new URL('./fixtures/seed.json', import.meta.url), 'utf8');
  return JSON.parse(text) as SeedData;
}

export const DEFAULT_OPTIONS: Omit<SimOptions, 'seed'> = {
  port: 0,
  latencyMs: 0,
  rateLimitPerMinute: 700,
  incrementalRateLimitPerMinute: 10,
  rateLimitWindowMs: 60_000,
  tokenTtlSeconds: 7200,
  exportPageSize: 1000,
  translationTouchesArticle: true,
  offsetRecordsLimit: 10_000,
  reformatHtml: true,
  mediaLibrary: 'on',
  mediaSearchDelayMs: 0,
  mediaUploadHeadersAs: 'string',
  faults: { seed: 1, error5xxRate: 0, resetRate: 0, slowRate: 0, slowMs: 0 },
  now: () => Date.now(),
};

function isWrite(entry: RequestLogEntry): boolean {
  return entry.method !== 'GET' && entry.method !== 'HEAD' && entry.path.startsWith('/api/v2/');
}

export async function startSimulator(options: Partial<SimOptions> = {}): Promise<Simulator> {
  const opts: SimOptions = {
    ...DEFAULT_OPTIONS,
    ...options,
    faults: { ...DEFAULT_OPTIONS.faults, ...options.faults },
    seed: options.seed ?? loadDefaultSeed(),
  };
  let baseUrl = 'http://127.0.0.1';
  let storageUrl = 'http://127.0.0.1';
  const media = new MediaLibrary({
    now: () => opts.now(),
    storageUrl: () => storageUrl,
    searchDelayMs: () => opts.mediaSearchDelayMs,
    headersAs: () => opts.mediaUploadHeadersAs,
  });
  // The seed is cloned so tests that mutate the store never leak into each other.
  const seed = structuredClone(opts.seed);
  const store = new Store(seed, {
    media,
    now: () => opts.now(),
    baseUrl: () => baseUrl,
    reformat: () => opts.reformatHtml,
    translationTouchesArticle: () => opts.translationTouchesArticle,
    oneSegmentPlan: () => opts.oneSegmentPlan === true,
  });
  const auth = new Auth(
    () => store.credentials,
    () => store.users,
    () => opts.now(),
    () => opts.tokenTtlSeconds,
  );
  const core: SimCore = {
    options: opts,
    store,
    auth,
    faults: new Faults(opts.faults),
    general: new RateLimiter(
      () => opts.rateLimitPerMinute,
      () => opts.rateLimitWindowMs,
      () => opts.now(),
    ),
    incremental: new RateLimiter(
      () => opts.incrementalRateLimitPerMinute,
      () => opts.rateLimitWindowMs,
      () => opts.now(),
    ),
    requests: [],
    nextSeq: 1,
    baseUrl,
  };

  const setOptions = (partial: Partial<SimOptions>): void => {
    // seed and port only matter at start; everything else is read live.
    const { seed: _seed, port: _port, faults, ...rest } = partial;
    Object.assign(opts, rest);
    // New limits start from a fresh window: what was counted under the old ones does not carry over.
    if ('rateLimitPerMinute' in rest || 'incrementalRateLimitPerMinute' in rest || 'rateLimitWindowMs' in rest) {
      core.general.reset();
      core.incremental.reset();
    }
    if (faults) {
      opts.faults = { ...opts.faults, ...faults };
      core.faults.configure(opts.faults);
    }
  };

  const counters = (): Counters => {
    const byRoute: Record<string, number> = {};
    for (const r of core.requests) byRoute[`${r.method} ${r.route}`] = (byRoute[`${r.method} ${r.route}`] ?? 0) + 1;
    return {
      total: core.requests.length,
      writes: core.requests.filter(isWrite).length,
      status429: core.requests.filter((r) => r.status === 429).length,
      faults: core.requests.filter((r) => r.fault !== undefined && r.fault !== 'slow').length,
      byRoute,
    };
  };

  const resetLog = (): void => {
    core.requests.length = 0;
  };

  const dump = (): SimDump => {
    const { seed: _seed, now: _now, onRequest: _onRequest, onStorage: _onStorage, ...knobs } = opts;
    return { url: baseUrl, options: knobs, ...store.dump() };
  };

  const failNext = (rule: FailRule): void => core.faults.failNext(rule);

  const admin: AdminHandlers = {
    handle(method, path, body) {
      if (method === 'GET' && path === '/__sim/state') return { status: 200, json: dump() };
      if (method === 'GET' && path === '/__sim/requests') return { status: 200, json: core.requests };
      if (method === 'GET' && path === '/__sim/counters') return { status: 200, json: counters() };
      if (method === 'GET' && path === '/__sim/integrity') return { status: 200, json: store.integrity() };
      if (method === 'POST' && path === '/__sim/reset-log') {
        resetLog();
        return { status: 204 };
      }
      if (method === 'POST' && path === '/__sim/expire-tokens') {
        auth.expireTokens();
        return { status: 204 };
      }
      if (method === 'POST' && path === '/__sim/options') {
        if (!isRecord(body)) return { status: 400, json: { error: 'expected a JSON object of options' } };
        setOptions(body);
        const { seed: _seed, now: _now, onRequest: _onRequest, onStorage: _onStorage, ...knobs } = opts;
        return { status: 200, json: knobs };
      }
      if (method === 'POST' && path === '/__sim/fail-next') {
        // JSON cannot carry a RegExp: {"pathRegex": "articles/\\d+"} or {"path": "/api/v2/..."}.
        if (!isRecord(body) || (typeof body['status'] !== 'number' && body['status'] !== 'reset'))
          return { status: 400, json: { error: 'expected {path|pathRegex, status} (status a number or "reset")' } };
        const path =
          typeof body['pathRegex'] === 'string' ? new RegExp(body['pathRegex']) : typeof body['path'] === 'string' ? body['path'] : '';
        const rule: FailRule = { path, status: body['status'] };
        if (body['after'] === true) rule.after = true;
        if (typeof body['method'] === 'string') rule.method = body['method'];
        if (typeof body['times'] === 'number') rule.times = body['times'];
        if (body['body'] !== undefined) rule.body = body['body'];
        failNext(rule);
        return { status: 204 };
      }
      return undefined;
    },
  };

  const server = createSimServer(core, admin);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://127.0.0.1:${port}`;
  core.baseUrl = baseUrl;
  const storage = await createStorageServer(media, (entry) => opts.onStorage?.(entry));
  storageUrl = storage.url;

  return {
    url: baseUrl,
    storageUrl,
    storage: media.storageRequests,
    credentials: { ...store.credentials },
    requests: core.requests,
    writes: () => core.requests.filter(isWrite),
    counters,
    resetLog,
    store,
    dump,
    setOptions,
    expireTokens: () => auth.expireTokens(),
    failNext,
    integrity: () => store.integrity(),
    close: async () => {
      await storage.close();
      await new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
