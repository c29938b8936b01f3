// Authentication: OAuth client-credentials tokens (POST /oauth/tokens), a pre-issued bearer
// token, and legacy API tokens over HTTP Basic ("{email}/token:{api_token}").
import { randomBytes } from 'node:crypto';
import { HttpError } from './errors.js';
import type { AuthKind, SeedCredentials, TokenRecord, UserRecord } from './types.js';

export interface Identity {
  kind: AuthKind;
  /** null for anonymous and invalid credentials */
  user: UserRecord | null;
  /** OAuth scopes; API tokens act with full rights */
  scopes: string[];
}

/** Guide admins: every admin, and agents given the Guide manager role. */
export function isGuideManager(user: { role: string; guide_manager?: boolean } | null): boolean {
  return user !== null && (user.role === 'admin' || (user.role === 'agent' && user.guide_manager === true));
}

const KNOWN_SCOPES = /^(read|write|impersonate|hc:read|hc:write|[a-z_]+:(read|write))$/;

export class Auth {
  readonly tokens = new Map<string, TokenRecord>();

  constructor(
    private credentials: () => SeedCredentials,
    private users: () => UserRecord[],
    private now: () => number,
    private ttlSeconds: () => number,
  ) {
    const admin = this.adminUser();
    if (admin) {
      this.tokens.set(credentials().oauthToken, {
        token: credentials().oauthToken,
        scopes: ['read', 'write'],
        expiresAt: null,
        userId: admin.id,
        kind: 'bearer',
        revoked: false,
      });
    }
  }

  private adminUser(): UserRecord | undefined {
    const email = this.credentials().email;
    return this.users().find((u) => u.email === email);
  }

  identify(header: string | undefined): Identity {
    if (header === undefined || header.trim() === '') return { kind: 'anonymous', user: null, scopes: [] };
    const [scheme, ...rest] = header.trim().split(/\s+/);
    const value = rest.join(' ');
    const invalid: Identity = { kind: 'invalid', user: null, scopes: [] };
    if (scheme?.toLowerCase() === 'bearer') {
      const record = this.tokens.get(value);
      if (!record || record.revoked) return invalid;
      if (record.expiresAt !== null && this.now() >= record.expiresAt) return invalid;
      const user = this.users().find((u) => u.id === record.userId) ?? null;
      return user ? { kind: record.kind, user, scopes: record.scopes } : invalid;
    }
    if (scheme?.toLowerCase() === 'basic') {
      const decoded = Buffer.from(value, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon < 0) return invalid;
      const login = decoded.slice(0, colon);
      const secret = decoded.slice(colon + 1);
      // Passwords are not supported (Zendesk turned password access off); only API tokens.
      if (!login.endsWith('/token')) return invalid;
      const email = login.slice(0, -'/token'.length).toLowerCase();
      const c = this.credentials();
      const ok =
        (email === c.email.toLowerCase() && secret === c.apiToken) ||
        (email === c.endUserEmail.toLowerCase() && secret === c.endUserApiToken);
      if (!ok) return invalid;
      const user = this.users().find((u) => u.email.toLowerCase() === email) ?? null;
      return user ? { kind: 'basic', user, scopes: ['read', 'write'] } : invalid;
    }
    return invalid;
  }

  /** POST /oauth/tokens. Accepts JSON or form-encoded fields like Zendesk. */
  issue(body: unknown): Record<string, unknown> {
    const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const oauthError = (status: number, error: string, description: string): HttpError =>
      new HttpError(status, { error, error_description: description });

    const grant = fields['grant_type'];
    if (grant === undefined) throw oauthError(400, 'invalid_request', 'The grant_type parameter is missing.');
    if (grant !== 'client_credentials') {
      throw oauthError(400, 'unsupported_grant_type', 'The authorization grant type is not supported by the authorization server.');
    }
    const c = this.credentials();
    if (fields['client_id'] !== c.oauthClientId || fields['client_secret'] !== c.oauthClientSecret) {
      throw oauthError(
        401,
        'invalid_client',
        'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.',
      );
    }
    const scopeText = typeof fields['scope'] === 'string' ? fields['scope'] : '';
    const scopes = scopeText.split(/\s+/).filter((s) => s !== '');
    if (scopes.length === 0 || !scopes.every((s) => KNOWN_SCOPES.test(s))) {
      throw oauthError(400, 'invalid_scope', 'The requested scope is invalid, unknown, or malformed.');
    }
    let ttl = this.ttlSeconds();
    const requested = fields['expires_in'];
    if (requested !== undefined && requested !== null) {
      const n = typeof requested === 'string' ? Number(requested) : requested;
      if (typeof n !== 'number' || !Number.isInteger(n) || n <= 300 || n >= 172_800) {
        throw oauthError(400, 'invalid_request', 'expires_in must be an integer greater than 300 and less than 172800.');
      }
      ttl = n;
    }
    const admin = this.adminUser();
    if (!admin) throw oauthError(401, 'invalid_client', 'The client has no owner.');
    const token = randomBytes(32).toString('hex');
    this.tokens.set(token, {
      token,
      scopes,
      expiresAt: ttl > 0 ? this.now() + ttl * 1000 : null,
      userId: admin.id,
      kind: 'oauth',
      revoked: false,
    });
    const answer: Record<string, unknown> = { access_token: token, token_type: 'bearer', scope: scopes.join(' ') };
    if (ttl > 0) answer['expires_in'] = ttl;
    return answer;
  }

  /** Every token issued by /oauth/tokens stops working (the pre-issued one is kept). */
  expireTokens(): void {
    for (const record of this.tokens.values()) if (record.kind === 'oauth') record.revoked = true;
  }
}
