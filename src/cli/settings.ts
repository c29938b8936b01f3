import type { SettingNames } from '../config/names.js';
import { CLI_NAMES } from '../config/names.js';
import type { RawSettings } from '../config/settings.js';

/** The flags for Zendesk, as commander names them (camel case of `--zendesk-url` and so on). */
export interface ConnectionFlags {
  zendeskUrl?: string;
  zendeskSubdomain?: string;
  zendeskOauthClientId?: string;
  zendeskOauthClientSecret?: string;
  zendeskOauthToken?: string;
  zendeskEmail?: string;
  zendeskApiToken?: string;
}

type ConnectionKey = 'zendeskUrl' | 'zendeskSubdomain' | 'oauthClientId' | 'oauthClientSecret' | 'oauthToken' | 'email' | 'apiToken';

/**
 * Each setting that an environment variable can give, with its flag. One row each: the order of
 * precedence (flag, then variable, then the config file) is applied here and nowhere else.
 */
export const ENVIRONMENT: readonly { setting: ConnectionKey; flag: keyof ConnectionFlags; variable: string }[] = [
  { setting: 'zendeskUrl', flag: 'zendeskUrl', variable: 'ZENDESK_URL' },
  { setting: 'zendeskSubdomain', flag: 'zendeskSubdomain', variable: 'ZENDESK_SUBDOMAIN' },
  { setting: 'oauthClientId', flag: 'zendeskOauthClientId', variable: 'ZENDESK_OAUTH_CLIENT_ID' },
  { setting: 'oauthClientSecret', flag: 'zendeskOauthClientSecret', variable: 'ZENDESK_OAUTH_CLIENT_SECRET' },
  { setting: 'oauthToken', flag: 'zendeskOauthToken', variable: 'ZENDESK_OAUTH_TOKEN' },
  { setting: 'email', flag: 'zendeskEmail', variable: 'ZENDESK_EMAIL' },
  { setting: 'apiToken', flag: 'zendeskApiToken', variable: 'ZENDESK_API_TOKEN' },
];

/**
 * The Zendesk settings from flags, else from the environment, and how errors must name each: a
 * setting given through the environment is named by its variable, not by a flag the user never
 * typed.
 */
export function connectionSettings(
  flags: ConnectionFlags,
  env: NodeJS.ProcessEnv,
): { raw: Pick<RawSettings, ConnectionKey>; names: SettingNames } {
  const names: SettingNames = { ...CLI_NAMES };
  const raw: Pick<RawSettings, ConnectionKey> = {};
  let byFlag = false;
  let byVariable = false;
  for (const row of ENVIRONMENT) {
    const flag = flags[row.flag];
    const fromEnv = env[row.variable];
    if (flag === undefined && fromEnv !== undefined) names[row.setting] = row.variable;
    byFlag ||= flag !== undefined;
    byVariable ||= flag === undefined && fromEnv !== undefined;
    raw[row.setting] = flag ?? fromEnv;
  }
  // A setting still missing is named the way the user gives the others: "set
  // ZENDESK_OAUTH_CLIENT_SECRET" to someone who exported ZENDESK_OAUTH_CLIENT_ID, not a flag.
  if (byVariable && !byFlag) {
    for (const row of ENVIRONMENT) if (raw[row.setting] === undefined) names[row.setting] = row.variable;
  }
  return { raw, names };
}

export { missingConnection } from '../config/settings.js';
