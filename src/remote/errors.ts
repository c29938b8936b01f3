import { networkCause, type NetworkCause, type NetworkCauseKind } from './network-cause.js';

/**
 * How a request is named in every message: method, scheme, host, port (even the default one,
 * so a firewall rule can be checked against it) and path. Never the query (a next_page link
 * could carry anything) and never credentials (`URL` keeps user:password apart from `host`).
 */
export function describeRequest(method: string, url: URL): string {
  const port = url.port || (url.protocol === 'https:' ? '443' : url.protocol === 'http:' ? '80' : '');
  return `${method} ${url.protocol}//${url.hostname}${port ? `:${port}` : ''}${url.pathname}`;
}

/**
 * Zendesk could not be reached or did not do what was asked: auth, network or server. The CLI
 * exits with 3 for these, apart from mistakes in the files (1) and in the settings (2).
 */
export class RemoteError extends Error {
  override name = 'RemoteError';
  /** `describeRequest` of the request that failed. */
  readonly request: string;
  constructor(method: string, url: URL, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.request = describeRequest(method, url);
  }
}

/** Whether `error` is a failure of Zendesk or of the way to it, rather than of the input. */
export function isRemoteError(error: unknown): error is RemoteError {
  return error instanceof RemoteError;
}

/** An answer from Zendesk that was not a success, with what the server said (never credentials). */
export class ZendeskApiError extends RemoteError {
  override name = 'ZendeskApiError';
  readonly status: number;
  readonly method: string;
  /** The URL's path, without the query. */
  readonly path: string;
  readonly code: string | undefined;
  readonly description: string | undefined;
  readonly details: unknown;

  constructor(init: {
    status: number;
    method: string;
    url: URL;
    code?: string | undefined;
    description?: string | undefined;
    details?: unknown;
    /** What to check, in place of the general advice for this status. */
    hint?: string | undefined;
  }) {
    super(init.method, init.url, ZendeskApiError.describe(init));
    this.status = init.status;
    this.method = init.method;
    this.path = init.url.pathname;
    this.code = init.code;
    this.description = init.description;
    this.details = init.details;
  }

  private static describe(init: ConstructorParameters<typeof ZendeskApiError>[0]): string {
    const { status, code, description, details } = init;
    const parts = [`${describeRequest(init.method, init.url)} answered ${status}`];
    if (code) parts.push(code);
    if (description && description !== code) parts.push(description);
    const detail = flattenDetails(details);
    if (detail) parts.push(detail);
    const hint = init.hint ?? GENERAL_HINTS[status];
    return parts.join(': ') + (hint ? ` (${hint})` : '');
  }
}

const GENERAL_HINTS: Partial<Record<number, string>> = {
  401: 'check the Zendesk credentials; an OAuth client needs the "read write" scope',
  403: 'the Zendesk user behind these credentials needs agent or admin rights for this',
};

/** Zendesk's `details` is `{field: [{description}]}`; one line of it reads better in a report. */
function flattenDetails(details: unknown): string {
  if (!details || typeof details !== 'object') return '';
  const out: string[] = [];
  for (const [field, list] of Object.entries(details as Record<string, unknown>)) {
    if (Array.isArray(list)) {
      for (const item of list) {
        const d = (item as { description?: string })?.description;
        out.push(d ?? `${field} is invalid`);
      }
    }
  }
  return out.join('; ');
}

/** The network failed before any answer: refused, unknown host, certificate, reset, timeout. */
export class ZendeskNetworkError extends RemoteError {
  override name = 'ZendeskNetworkError';
  readonly kind: NetworkCauseKind;
  /** The system or library code, e.g. `ECONNREFUSED`. */
  readonly code: string | undefined;
  /** Whether trying again may help (see `networkCause`). */
  readonly transient: boolean;

  constructor(init: {
    method: string;
    url: URL;
    /** What fetch threw. */
    error: unknown;
    /** How many times the request was sent, this one included. */
    attempts: number;
    /** The request's time limit, when it is what ended it. */
    timeoutMs?: number | undefined;
  }) {
    const cause: NetworkCause = networkCause(init.error, init.timeoutMs !== undefined ? { timeoutMs: init.timeoutMs } : {});
    const tries = init.attempts > 1 ? ` (tried ${init.attempts} times)` : '';
    super(init.method, init.url, `${describeRequest(init.method, init.url)} failed: ${cause.text}${tries}`, { cause: init.error });
    this.kind = cause.kind;
    this.code = cause.code;
    this.transient = cause.transient;
  }
}
