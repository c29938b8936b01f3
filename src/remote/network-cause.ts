/**
 * Why a request got no answer, in plain words. fetch (undici) rejects with a bare
 * `TypeError: fetch failed` and puts the system error in `cause`; printed alone it says
 * nothing, so this reads the error code wherever in the chain it is.
 */
export type NetworkCauseKind = 'refused' | 'host-not-found' | 'certificate' | 'tls' | 'reset' | 'timeout' | 'unreachable' | 'other';

export interface NetworkCause {
  kind: NetworkCauseKind;
  /** The system or library code (`ECONNREFUSED`, `CERT_HAS_EXPIRED`, `TimeoutError`...), when there is one. */
  code: string | undefined;
  /** One line for the user, e.g. `connection refused (ECONNREFUSED): nothing accepts connections there`. */
  text: string;
  /**
   * Whether the same request may succeed a moment later. A certificate, a TLS mismatch or a
   * host name the DNS says does not exist will not change within a run's retries, so those fail
   * at once instead of after the whole backoff.
   */
  transient: boolean;
}

interface Row {
  kind: NetworkCauseKind;
  transient: boolean;
  /** The words before the code. */
  what: string;
  /** Said after the code, when it helps. */
  hint?: string;
}

const UNTRUSTED_ISSUER =
  "the certificate's issuer is not trusted (behind a proxy that inspects TLS, give Node its CA certificate with NODE_EXTRA_CA_CERTS)";

const CODES: Record<string, Row> = {
  ECONNREFUSED: { kind: 'refused', transient: true, what: 'connection refused', hint: 'nothing accepts connections at that host and port' },
  ENOTFOUND: {
    kind: 'host-not-found',
    transient: false,
    what: 'host not found',
    hint: 'the DNS knows no such host; check the Zendesk URL or subdomain',
  },
  EAI_AGAIN: { kind: 'host-not-found', transient: true, what: 'host not found', hint: 'the DNS lookup failed, perhaps only for now' },
  ECONNRESET: {
    kind: 'reset',
    transient: true,
    what: 'connection reset',
    hint: 'the server, a proxy or the network dropped the connection',
  },
  EPIPE: { kind: 'reset', transient: true, what: 'connection reset' },
  ECONNABORTED: { kind: 'reset', transient: true, what: 'connection reset' },
  UND_ERR_SOCKET: {
    kind: 'reset',
    transient: true,
    what: 'connection closed',
    hint: 'the server closed it before the answer was complete',
  },
  UND_ERR_CLOSED: { kind: 'reset', transient: true, what: 'connection closed' },
  ETIMEDOUT: { kind: 'timeout', transient: true, what: 'timeout', hint: 'the connection could not be opened in time' },
  UND_ERR_CONNECT_TIMEOUT: { kind: 'timeout', transient: true, what: 'timeout', hint: 'the connection could not be opened in time' },
  UND_ERR_HEADERS_TIMEOUT: {
    kind: 'timeout',
    transient: true,
    what: 'timeout',
    hint: 'the server accepted the request but sent no answer in time',
  },
  UND_ERR_BODY_TIMEOUT: { kind: 'timeout', transient: true, what: 'timeout', hint: 'the answer stopped arriving' },
  EHOSTUNREACH: { kind: 'unreachable', transient: true, what: 'network unreachable' },
  ENETUNREACH: { kind: 'unreachable', transient: true, what: 'network unreachable' },
  EHOSTDOWN: { kind: 'unreachable', transient: true, what: 'network unreachable' },
  ENETDOWN: { kind: 'unreachable', transient: true, what: 'network unreachable' },
  DEPTH_ZERO_SELF_SIGNED_CERT: {
    kind: 'certificate',
    transient: false,
    what: 'certificate problem',
    hint: "the server's certificate is self-signed",
  },
  SELF_SIGNED_CERT_IN_CHAIN: { kind: 'certificate', transient: false, what: 'certificate problem', hint: UNTRUSTED_ISSUER },
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: { kind: 'certificate', transient: false, what: 'certificate problem', hint: UNTRUSTED_ISSUER },
  UNABLE_TO_GET_ISSUER_CERT: { kind: 'certificate', transient: false, what: 'certificate problem', hint: UNTRUSTED_ISSUER },
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: { kind: 'certificate', transient: false, what: 'certificate problem', hint: UNTRUSTED_ISSUER },
  CERT_HAS_EXPIRED: { kind: 'certificate', transient: false, what: 'certificate problem', hint: 'the certificate has expired' },
  CERT_NOT_YET_VALID: {
    kind: 'certificate',
    transient: false,
    what: 'certificate problem',
    hint: 'the certificate is not valid yet (is the clock right?)',
  },
  CERT_REVOKED: { kind: 'certificate', transient: false, what: 'certificate problem', hint: 'the certificate has been revoked' },
  ERR_TLS_CERT_ALTNAME_INVALID: {
    kind: 'certificate',
    transient: false,
    what: 'certificate problem',
    hint: 'the certificate is for another host name',
  },
  ERR_SSL_WRONG_VERSION_NUMBER: {
    kind: 'tls',
    transient: false,
    what: 'TLS handshake failed',
    hint: 'the server did not answer in TLS; is it plain http?',
  },
};

/** Describes a failed fetch. `timeoutMs`: the request's own time limit, when it is what fired. */
export function networkCause(error: unknown, options: { timeoutMs?: number } = {}): NetworkCause {
  const chain = causeChain(error);
  const timeout = chain.find((e) => e.name === 'TimeoutError');
  if (timeout || options.timeoutMs !== undefined) {
    const within = options.timeoutMs !== undefined ? `within ${seconds(options.timeoutMs)}` : 'in time';
    return { kind: 'timeout', code: 'TimeoutError', text: `timeout: no answer ${within}`, transient: true };
  }
  const coded =
    chain.find((e) => typeof e.code === 'string' && Object.hasOwn(CODES, e.code)) ?? chain.find((e) => typeof e.code === 'string');
  const code = coded?.code as string | undefined;
  if (code) {
    const known = CODES[code];
    const row = known ?? fallbackRow(code);
    // A known code says it all; an unknown one is best explained by the system's own words.
    const detail = known ? row.hint : (row.hint ?? coded?.message);
    return { kind: row.kind, code, text: `${row.what} (${code})${detail ? `: ${detail}` : ''}`, transient: row.transient };
  }
  // fetch refuses, before any connection, ports the Fetch standard reserves for other protocols.
  if (chain.some((e) => e.message === 'bad port')) {
    return {
      kind: 'other',
      code: undefined,
      text: 'port refused by fetch (bad port): it is reserved for another protocol; use another port',
      transient: false,
    };
  }
  const innermost = chain.at(-1);
  return { kind: 'other', code: undefined, text: innermost?.message || String(error), transient: true };
}

/** Codes without a row of their own still fall into the right family by their prefix. */
function fallbackRow(code: string): Row {
  if (/^(CERT_|ERR_TLS_CERT|UNABLE_TO_|.*_CERT$)/.test(code)) return { kind: 'certificate', transient: false, what: 'certificate problem' };
  if (/^(ERR_SSL_|ERR_TLS_|EPROTO$)/.test(code)) return { kind: 'tls', transient: false, what: 'TLS handshake failed' };
  return { kind: 'other', transient: true, what: 'network error' };
}

interface ErrorLike {
  name: string;
  message: string;
  code?: unknown;
}

/** The error, its `cause`s, and the errors of an AggregateError (a connection tried on several addresses). */
function causeChain(error: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  const seen = new Set<unknown>();
  const visit = (e: unknown) => {
    if (!e || typeof e !== 'object' || seen.has(e) || out.length > 20) return;
    seen.add(e);
    const err = e as { name?: unknown; message?: unknown; code?: unknown; cause?: unknown; errors?: unknown };
    out.push({
      name: typeof err.name === 'string' ? err.name : '',
      message: typeof err.message === 'string' ? err.message : '',
      code: err.code,
    });
    visit(err.cause);
    if (Array.isArray(err.errors)) for (const inner of err.errors) visit(inner);
  };
  visit(error);
  return out;
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
