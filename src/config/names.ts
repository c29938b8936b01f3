/**
 * The settings a user names (every raw setting but `archiveRemoved`, which no input or flag sets
 * on its own), and the repository. Listed here rather than taken from `RawSettings` so that the
 * names do not import the settings that import them; test/unit/settings.test.ts checks the two agree.
 */
export type NamedSetting =
  | 'zendeskUrl'
  | 'zendeskSubdomain'
  | 'oauthClientId'
  | 'oauthClientSecret'
  | 'oauthToken'
  | 'email'
  | 'apiToken'
  | 'path'
  | 'mode'
  | 'defaultLocale'
  | 'maxArchive'
  | 'onDrift'
  | 'concurrency'
  | 'configFile'
  | 'namespace'
  | 'variables'
  | 'repo';

/**
 * What each setting is called where the user wrote it. A settings error must name the thing the
 * user can change: an action input (`path`) in a workflow, a flag (`--path`) on the command line.
 */
export type SettingNames = Record<NamedSetting, string>;

/** The action's inputs (action.yml); the repository is the runner's checkout. */
export const ACTION_NAMES: SettingNames = {
  zendeskUrl: 'zendesk-url',
  zendeskSubdomain: 'zendesk-subdomain',
  oauthClientId: 'zendesk-oauth-client-id',
  oauthClientSecret: 'zendesk-oauth-client-secret',
  oauthToken: 'zendesk-oauth-token',
  email: 'zendesk-email',
  apiToken: 'zendesk-api-token',
  path: 'path',
  mode: 'mode',
  defaultLocale: 'default-locale',
  maxArchive: 'max-archive',
  onDrift: 'on-drift',
  concurrency: 'concurrency',
  configFile: 'config',
  namespace: 'namespace',
  variables: 'variables',
  repo: 'GITHUB_WORKSPACE',
};

/** The CLI's flags. The mode is the command (`plan` or `publish`), not a flag. */
export const CLI_NAMES: SettingNames = {
  zendeskUrl: '--zendesk-url',
  zendeskSubdomain: '--zendesk-subdomain',
  oauthClientId: '--zendesk-oauth-client-id',
  oauthClientSecret: '--zendesk-oauth-client-secret',
  oauthToken: '--zendesk-oauth-token',
  email: '--zendesk-email',
  apiToken: '--zendesk-api-token',
  path: '--path',
  mode: 'the command',
  defaultLocale: '--default-locale',
  maxArchive: '--max-archive',
  onDrift: '--on-drift',
  concurrency: '--concurrency',
  configFile: '--config',
  namespace: '--namespace',
  variables: '--var',
  repo: '--repo',
};
