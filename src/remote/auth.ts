import type { AuthConfig } from '../config/types.js';
import type { Logger } from '../logger.js';
import { ZendeskApiError } from './errors.js';

/**
 * Produces the Authorization header. For OAuth client credentials it exchanges the client for
 * a token on first use and again (once per failure) when Zendesk answers 401, because a token
 * can expire during a long run. Every derived credential is registered as a secret.
 */
export class AuthProvider {
  private header: string | undefined;
  private pending: Promise<string> | undefined;
  private generation = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly auth: AuthConfig | undefined,
    private readonly logger: Logger,
    private readonly fetchImpl: typeof fetch,
  ) {
    if (auth?.kind === 'oauth-client') {
      logger.setSecret(auth.clientSecret);
    } else if (auth?.kind === 'oauth-token') {
      logger.setSecret(auth.token);
      this.header = `Bearer ${auth.token}`;
    } else if (auth?.kind === 'api-token') {
      logger.setSecret(auth.token);
      const basic = Buffer.from(`${auth.email}/token:${auth.token}`).toString('base64');
      logger.setSecret(basic);
      this.header = `Basic ${basic}`;
    }
  }

  get canRefresh(): boolean {
    return this.auth?.kind === 'oauth-client';
  }

  /** The header and the token generation it belongs to (so a 401 refreshes only once). */
  async get(): Promise<{ header: string | undefined; generation: number }> {
    if (this.header || !this.auth) return { header: this.header, generation: this.generation };
    return { header: await this.fetchToken(), generation: this.generation };
  }

  /** Called after a 401: gets a new token unless another request already did. */
  async refresh(failedGeneration: number): Promise<void> {
    if (!this.canRefresh) return;
    if (failedGeneration !== this.generation) return;
    this.header = undefined;
    await this.fetchToken();
  }

  private fetchToken(): Promise<string> {
    if (this.pending) return this.pending;
    const auth = this.auth as Extract<AuthConfig, { kind: 'oauth-client' }>;
    this.pending = (async () => {
      const res = await this.fetchImpl(`${this.baseUrl}/oauth/tokens`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({
          grant_type: 'client_credentials',
          client_id: auth.clientId,
          client_secret: auth.clientSecret,
          scope: 'read write',
        }),
      });
      const body = (await res.json().catch(() => ({}))) as { access_token?: string; error?: string; error_description?: string };
      if (!res.ok || !body.access_token) {
        throw new ZendeskApiError(res.status, 'POST', '/oauth/tokens', body.error, body.error_description ?? 'could not get an OAuth access token', undefined);
      }
      this.logger.setSecret(body.access_token);
      this.header = `Bearer ${body.access_token}`;
      this.generation++;
      return this.header;
    })().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }
}
