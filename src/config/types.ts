/** How the client proves who it is. OAuth client credentials first: API tokens retire on 2027-04-30. */
export type AuthConfig =
  | { kind: 'oauth-client'; clientId: string; clientSecret: string }
  | { kind: 'oauth-token'; token: string }
  | { kind: 'api-token'; email: string; token: string };

export type Mode = 'dry-run' | 'publish';
export type RequestedMode = Mode | 'auto';
export type OnDrift = 'overwrite' | 'skip' | 'fail';

/** Everything the pipeline needs, validated once at the boundary. */
export interface Config {
  /** Base URL of the help center's Zendesk account, without a trailing slash; undefined = offline. */
  zendeskUrl: string | undefined;
  auth: AuthConfig | undefined;
  /** Absolute path of the docs root. */
  docsRoot: string;
  /** Absolute path of the repository root; nothing outside it is ever read. */
  repoRoot: string;
  mode: Mode;
  /** Source locale when a file and the config file set none; undefined = the help center's default. */
  defaultLocale: string | undefined;
  archiveRemoved: boolean;
  maxArchive: number;
  onDrift: OnDrift;
  /** Requests in flight at once. */
  concurrency: number;
  /** Absolute path of the config file to read, if one was named; else `<docsRoot>/zendesk-guide.yml` when present. */
  configFile: string | undefined;
}
