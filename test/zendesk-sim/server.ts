// HTTP front: body parsing, request log, latency, faults, rate limits, authentication checks
// and dispatch to the route handlers. Order per request (what a client observes):
//   log entry -> latency -> fault (failNext rule, then seeded reset/5xx/slow) -> rate limit
//   (/api/v2 only) -> 404 for unknown routes -> 401/403 -> handler.
// /__sim admin routes skip all of that: they are not logged, limited, delayed or faulted.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { isGuideManager, type Auth, type Identity } from './auth.js';
import { badRequest, forbidden, HttpError, notFound, unauthenticated } from './errors.js';
import { defaultBody, type Faults } from './faults.js';
import type { RateLimiter } from './ratelimit.js';
import { Router, type Access, type Answer, type Ctx, type Upload } from './router.js';
import { articleRoutes } from './routes-articles.js';
import { mediaRoutes } from './routes-media.js';
import { guideRoutes } from './routes-guide.js';
import { miscRoutes } from './routes-misc.js';
import type { Store } from './store.js';
import type { RequestLogEntry, SimOptions } from './types.js';
import { guessContentType, sleep } from './util.js';

const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface SimCore {
  options: SimOptions;
  store: Store;
  auth: Auth;
  faults: Faults;
  general: RateLimiter;
  incremental: RateLimiter;
  requests: RequestLogEntry[];
  nextSeq: number;
  baseUrl: string;
}

export interface AdminHandlers {
  handle(method: string, path: string, body: unknown): { status: number; json?: unknown } | undefined;
}

const router = new Router([...articleRoutes, ...mediaRoutes, ...miscRoutes, ...guideRoutes]);

export function createSimServer(core: SimCore, admin: AdminHandlers): Server {
  const server = createServer((req, res) => {
    handle(core, admin, req, res).catch((error: unknown) => {
      // A bug in the simulator: answer 500 so the test sees it instead of hanging.
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`simulator error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    });
  });
  server.keepAliveTimeout = 5_000;
  return server;
}

function readBody(req: IncomingMessage): Promise<{ data: Buffer; tooLarge: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve({ data: Buffer.concat(chunks), tooLarge }));
    req.on('error', reject);
  });
}

interface ParsedBody {
  body: unknown;
  upload?: Upload;
  logBody?: unknown;
  error?: HttpError;
}

async function parseBody(contentType: string, data: Buffer): Promise<ParsedBody> {
  if (data.length === 0) return { body: undefined };
  const ct = contentType.toLowerCase();
  if (ct.startsWith('multipart/form-data')) {
    try {
      const form = await new Request('http://sim.local/', {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: data,
      }).formData();
      const file = form.get('file');
      const inlineField = form.get('inline');
      const inline = typeof inlineField === 'string' && inlineField.toLowerCase() === 'true';
      const fields: Record<string, string> = {};
      for (const [key, value] of form.entries()) if (typeof value === 'string') fields[key] = value;
      if (file === null || typeof file === 'string') {
        return { body: fields, logBody: { fileName: null, size: 0, inline, contentType: null } };
      }
      const bytes = Buffer.from(await file.arrayBuffer());
      const fileName = file.name && file.name !== 'blob' ? file.name : 'file';
      const type = file.type && file.type !== 'application/octet-stream' ? file.type : guessContentType(fileName);
      return {
        body: fields,
        upload: { fileName, contentType: type, data: bytes, inline },
        logBody: { fileName, size: bytes.length, inline, contentType: type },
      };
    } catch {
      return { body: undefined, error: badRequest('InvalidParameter', 'Malformed multipart body') };
    }
  }
  const text = data.toString('utf8');
  if (ct.startsWith('application/x-www-form-urlencoded')) {
    const body = Object.fromEntries(new URLSearchParams(text));
    return { body, logBody: body };
  }
  try {
    const body: unknown = JSON.parse(text);
    return { body, logBody: body };
  } catch {
    return { body: undefined, logBody: text.slice(0, 1000), error: badRequest('InvalidJSON', 'The request body is not valid JSON') };
  }
}

function checkAccess(access: Access, identity: Identity, method: string): void {
  if (access === 'none') return;
  if (identity.kind === 'invalid') throw unauthenticated();
  if (access === 'public') return;
  const role = identity.user?.role;
  if (!identity.user) throw unauthenticated();
  if (role !== 'admin' && role !== 'agent') throw forbidden();
  const scopes = identity.scopes;
  const canWrite = scopes.includes('write') || scopes.includes('hc:write');
  const canRead = canWrite || scopes.includes('read') || scopes.includes('hc:read');
  if (access === 'write' || access === 'manage' || method !== 'GET') {
    if (!canWrite) throw forbidden();
  } else if (!canRead) throw forbidden();
  if ((access === 'manage' || access === 'hc-manager') && !isGuideManager(identity.user)) throw forbidden();
}

async function handle(core: SimCore, admin: AdminHandlers, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = performance.now();
  const method = (req.method ?? 'GET').toUpperCase();
  const url = new URL(req.url ?? '/', core.baseUrl);
  const { data, tooLarge } = await readBody(req);

  if (url.pathname === '/__sim' || url.pathname.startsWith('/__sim/')) {
    let body: unknown;
    try {
      body = data.length > 0 ? JSON.parse(data.toString('utf8')) : undefined;
    } catch {
      body = undefined;
    }
    const answer = admin.handle(method, url.pathname, body) ?? { status: 404, json: { error: 'unknown admin route' } };
    writeJson(res, answer.status, answer.json, {});
    return;
  }

  const path = url.pathname.length > 1 ? url.pathname.replace(/\.json$/, '') : url.pathname;
  const match = router.match(method, path);
  const identity = core.auth.identify(req.headers.authorization);
  const parsed = tooLarge
    ? { body: undefined, error: new HttpError(413, { error: 'RequestTooLarge', description: 'Request body too large' }) }
    : await parseBody(req.headers['content-type'] ?? '', data);
  const entry: RequestLogEntry = {
    seq: core.nextSeq++,
    method,
    path,
    route: match.route,
    query: Object.fromEntries(url.searchParams),
    status: 0,
    auth: identity.kind,
    at: core.options.now(),
    durationMs: 0,
  };
  if ('logBody' in parsed && parsed.logBody !== undefined) entry.body = parsed.logBody;
  core.requests.push(entry);

  const send = (status: number, answer: Answer | { json?: unknown }, headers: Record<string, string>): void => {
    entry.status = status;
    entry.durationMs = Math.round(performance.now() - started);
    if ('raw' in answer && answer.raw) {
      res.writeHead(status, { ...headers, 'content-type': answer.raw.contentType, 'content-length': String(answer.raw.data.length) });
      res.end(answer.raw.data);
      return;
    }
    writeJson(res, status, answer.json, headers);
  };

  const hook = core.options.onRequest;
  if (hook && (await hook(entry, 'received')) === 'drop') {
    entry.dropped = true;
    req.socket.destroy();
    return;
  }

  await sleep(core.options.latencyMs);

  const fault = core.faults.decide(method, path, match.route);
  const reset = fault.kind === 'reset' || (fault.kind === 'rule' && fault.status === 'reset');
  const faultAfter = (fault.kind === 'reset' || fault.kind === '5xx' || fault.kind === 'rule') && fault.after;
  if (fault.kind !== 'none') entry.fault = fault.kind === 'rule' ? 'rule' : fault.kind;
  /** The fault's answer instead of the handler's: a closed connection or an error status. */
  const strike = (): void => {
    if (reset) {
      entry.durationMs = Math.round(performance.now() - started);
      req.socket.destroy();
      return;
    }
    if (fault.kind === 'rule' && fault.status !== 'reset') {
      const headers: Record<string, string> = fault.status === 429 ? { 'retry-after': '1' } : {};
      send(fault.status, { json: fault.body }, headers);
    } else if (fault.kind === '5xx') {
      send(fault.status, { json: defaultBody(fault.status) }, {});
    }
  };
  if (fault.kind !== 'none' && fault.kind !== 'slow' && !faultAfter) {
    strike();
    return;
  }
  if (fault.kind === 'slow') await sleep(fault.ms);

  let answer: { status: number; answer: Answer | { json?: unknown }; headers: Record<string, string> };
  const headers: Record<string, string> = {};
  try {
    answer = { status: 0, answer: handleApi(core, req, match, path, url, identity, parsed, headers), headers };
    answer.status = (answer.answer as Answer).status;
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    answer = { status: error.status, answer: { json: error.body }, headers: { ...headers, ...error.headers } };
  }
  if (hook) await hook(entry, 'handled');
  if (faultAfter) {
    entry.faultAfterHandling = true;
    strike();
    return;
  }
  send(answer.status, answer.answer, answer.headers);
}

/** Rate limits, routing, access and the handler: what a request does once no fault stopped it. */
function handleApi(
  core: SimCore,
  req: IncomingMessage,
  match: ReturnType<Router['match']>,
  path: string,
  url: URL,
  identity: Identity,
  parsed: ParsedBody,
  headers: Record<string, string>,
): Answer {
  if (path.startsWith('/api/v2/')) {
    const rate = core.general.hit();
    headers['x-rate-limit'] = String(rate.limit);
    headers['x-rate-limit-remaining'] = String(rate.remaining);
    // The IETF-draft headers Zendesk sends beside them: `ratelimit-reset` is seconds to the window's end.
    headers['ratelimit-limit'] = String(rate.limit);
    headers['ratelimit-remaining'] = String(rate.remaining);
    headers['ratelimit-reset'] = String(rate.retryAfter);
    if (!rate.allowed) throw tooManyRequests(rate.retryAfter);
    if (match.def?.incremental) {
      const inc = core.incremental.hit();
      headers['zendesk-ratelimit-incremental-exports'] = `total=${inc.limit}; remaining=${inc.remaining}; resets=${inc.retryAfter}`;
      if (!inc.allowed) throw tooManyRequests(inc.retryAfter);
    }
  }
  if (!match.def) throw notFound();
  if ('locale' in match && match.locale !== undefined && !core.store.isEnabledLocale(match.locale)) throw notFound();
  checkAccess(match.def.access, identity, req.method?.toUpperCase() ?? 'GET');
  if (parsed.error) throw parsed.error;
  const ctx: Ctx = {
    method: req.method?.toUpperCase() ?? 'GET',
    params: match.params,
    query: url.searchParams,
    publicUrl: url,
    body: parsed.body,
    contentType: req.headers['content-type'] ?? '',
    identity,
    store: core.store,
    options: core.options,
    issueToken: (body) => core.auth.issue(body),
  };
  if (parsed.upload) ctx.upload = parsed.upload;
  if (match.locale !== undefined) ctx.locale = match.locale;
  return match.def.handler(ctx);
}

function tooManyRequests(retryAfter: number): HttpError {
  return new HttpError(
    429,
    { error: 'TooManyRequests', description: `Rate limit exceeded. Retry after ${retryAfter} seconds.` },
    { 'retry-after': String(retryAfter) },
  );
}

function writeJson(res: ServerResponse, status: number, json: unknown, headers: Record<string, string>): void {
  if (status === 204 || json === undefined) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  const text = JSON.stringify(json);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}
