import type { AuthConfig } from '../config/types.js';
import type { Logger } from '../logger.js';
import { describeRequest, RemoteError } from './errors.js';

/**
 * Sends one request without credentials through the same transport as every other request
 * (retries, timeout, error messages); `hints` replace the general advice for a status.
 */
export type AnonymousPost = (path: string, json: unknown, hints: Partial<Record<number, string>>) => Promise<unknown>;

const TOKEN_PATH = '/oauth/tokens';

/**
 * Worded for both the action and the CLI, whose names for the same setting differ
 * (`zendesk-oauth-client-id` and `--zendesk-oauth-client-id` / `ZENDESK_OAUTH_CLIENT_ID`).
 */
const TOKEN_HINTS = {
  401: 'check the OAuth client id and secret; the client must be a Confidential client in Admin Center, allowed the "read write" scope',
};

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
    /** The token exchange is safe to repeat, so it is sent like any idempotent request. */
    private readonly post: AnonymousPost,
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
      const body = (await this.post(
        TOKEN_PATH,
        { grant_type: 'client_credentials', client_id: auth.clientId, client_secret: auth.clientSecret, scope: 'read write' },
        TOKEN_HINTS,
      )) as { access_token?: unknown } | undefined;
      if (typeof body?.access_token !== 'string' || body.access_token === '') {
        const url = new URL(TOKEN_PATH, this.baseUrl);
        throw new RemoteError('POST', url, `${describeRequest('POST', url)} answered without an access_token`);
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
