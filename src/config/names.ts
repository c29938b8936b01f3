import type { RawSettings } from './settings.js';

/**
 * What each setting is called where the user wrote it. A settings error must name the thing the
 * user can change: an action input (`path`) in a workflow, a flag (`--path`) on the command line.
 */
export type SettingNames = Record<Exclude<keyof RawSettings, 'archiveRemoved'> | 'repo', string>;

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
