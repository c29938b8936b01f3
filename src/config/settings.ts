import path from 'node:path';
import { ConfigError } from '../errors.js';
import { ACTION_NAMES, type SettingNames } from './names.js';
import { namespaceProblem } from './namespace.js';
import type { AuthConfig, Config, Mode, RequestedMode } from './types.js';

/**
 * Raw settings as strings, the same whether they came from action inputs, CLI flags or the
 * environment. Empty strings mean "not set".
 */
export interface RawSettings {
  zendeskUrl?: string;
  zendeskSubdomain?: string;
  oauthClientId?: string;
  oauthClientSecret?: string;
  oauthToken?: string;
  email?: string;
  apiToken?: string;
  path?: string;
  mode?: string;
  defaultLocale?: string;
  archiveRemoved?: boolean;
  maxArchive?: string;
  onDrift?: string;
  concurrency?: string;
  /** Config file, relative to the repository root. */
  configFile?: string;
  /** The source's namespace (see config/namespace.ts); empty: derived. */
  namespace?: string;
  /** Variables for this run, one `name=value` (or `name: value`) a line; they win over the config file's. */
  variables?: string;
}

const blankToUndefined = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v.trim());

const MODES = ['auto', 'dry-run', 'publish'] as const;
const ON_DRIFT = ['overwrite', 'skip', 'fail'] as const;

function integer(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  const value = blankToUndefined(raw);
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new ConfigError(`${name} must be a whole number (got "${value}")`);
  const n = Number(value);
  if (n < min || n > max) throw new ConfigError(`${name} must be between ${min} and ${max} (got ${n})`);
  return n;
}

/** Accepts `https://acme.zendesk.com[/]` or a loopback `http://127.0.0.1:PORT` (the simulator). */
export function resolveZendeskUrl(
  url: string | undefined,
  subdomain: string | undefined,
  names: SettingNames = ACTION_NAMES,
): string | undefined {
  const u = blankToUndefined(url);
  const s = blankToUndefined(subdomain);
  if (u && s) throw new ConfigError(`set ${names.zendeskUrl} or ${names.zendeskSubdomain}, not both`);
  if (s) {
    if (!/^[a-z0-9][a-z0-9-]*$/i.test(s)) {
      throw new ConfigError(`${names.zendeskSubdomain} must be the bare subdomain, like "acme" (got "${s}")`);
    }
    return `https://${s.toLowerCase()}.zendesk.com`;
  }
  if (!u) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(u);
  } catch {
    throw new ConfigError(`${names.zendeskUrl} is not a URL: "${u}"`);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(loopback && parsed.protocol === 'http:')) {
    throw new ConfigError(`${names.zendeskUrl} must use https:// (plain http is only accepted for a local simulator)`);
  }
  if (parsed.pathname !== '/' && parsed.pathname !== '') {
    throw new ConfigError(`${names.zendeskUrl} must be the account's base URL, without a path (got "${u}")`);
  }
  return parsed.origin;
}

/** Picks one auth method; mixing two is a mistake worth stopping for, not guessing. */
export function resolveAuth(raw: RawSettings, names: SettingNames = ACTION_NAMES): AuthConfig | undefined {
  const clientId = blankToUndefined(raw.oauthClientId);
  const clientSecret = blankToUndefined(raw.oauthClientSecret);
  const token = blankToUndefined(raw.oauthToken);
  const email = blankToUndefined(raw.email);
  const apiToken = blankToUndefined(raw.apiToken);
  const chosen: AuthConfig[] = [];
  if (clientId || clientSecret) {
    if (!clientId || !clientSecret) {
      throw new ConfigError(`OAuth client credentials need both ${names.oauthClientId} and ${names.oauthClientSecret}`);
    }
    chosen.push({ kind: 'oauth-client', clientId, clientSecret });
  }
  if (token) chosen.push({ kind: 'oauth-token', token });
  if (email || apiToken) {
    if (!email || !apiToken) {
      throw new ConfigError(`API-token auth needs both ${names.email} and ${names.apiToken}`);
    }
    chosen.push({ kind: 'api-token', email, token: apiToken });
  }
  if (chosen.length > 1) {
    throw new ConfigError(
      `more than one Zendesk auth method is set (${chosen.map((c) => c.kind).join(', ')}); keep one, preferably OAuth client credentials`,
    );
  }
  return chosen[0];
}

/** `auto` previews on pull requests and publishes everywhere else. */
export function resolveMode(requested: RequestedMode, eventName: string | undefined): Mode {
  if (requested !== 'auto') return requested;
  // A merge queue (merge_group) runs before the merge lands: it previews too.
  return eventName === 'pull_request' || eventName === 'pull_request_target' || eventName === 'merge_group' ? 'dry-run' : 'publish';
}

// Two enums do not need the schema library, which stays out of the startup path (see run/read.ts).
function oneOf<const T extends readonly string[]>(name: string, allowed: T, value: string): T[number] {
  if ((allowed as readonly string[]).includes(value)) return value;
  throw new ConfigError(
    `${name} must be ${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]} (got ${JSON.stringify(value)})`,
  );
}

function configFile(repoRoot: string, raw: string | undefined, names: SettingNames): string | undefined {
  const value = blankToUndefined(raw);
  if (!value) return undefined;
  const abs = path.resolve(repoRoot, value);
  const rel = path.relative(repoRoot, abs);
  if (rel.startsWith('..') || path.isAbsolute(rel))
    throw new ConfigError(`${names.configFile} must be inside the repository (got "${value}")`);
  return abs;
}

export interface SettingsContext {
  /** Where relative paths start, and the boundary no file may cross. */
  repoRoot: string;
  eventName?: string;
  /** How errors name the settings; the action's input names unless the CLI passes its flags. */
  names?: SettingNames;
}

/**
 * `name=value` lines (the `variables` input, `--var` flags) as variables. A value is one line;
 * a name is a letter or `_`, then letters, digits, `_`, `.` or `-`.
 */
export function parseVariables(raw: string | undefined, name: string): Record<string, string> | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const out: Record<string, string> = {};
  for (const line of raw.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const m = /^\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*[=:]\s?(.*)$/.exec(line);
    if (!m) throw new ConfigError(`${name} takes name=value, one a line (got ${JSON.stringify(line.trim())})`);
    out[m[1]!] = m[2]!.trimEnd();
  }
  return out;
}

/** Validates raw settings into a Config. Pure: what is on disk is checked by `checkLocalSettings`. */
export function buildConfig(raw: RawSettings, context: SettingsContext): Config {
  const names = context.names ?? ACTION_NAMES;
  const zendeskUrl = resolveZendeskUrl(raw.zendeskUrl, raw.zendeskSubdomain, names);
  const auth = resolveAuth(raw, names);
  if (auth && !zendeskUrl)
    throw new ConfigError(`Zendesk credentials are set but ${names.zendeskUrl} (or ${names.zendeskSubdomain}) is not`);
  const given = blankToUndefined(raw.mode) ?? 'auto';
  // import and drift are runs of their own, dispatched before these settings are built; a typo
  // must still hear of them.
  if (!(MODES as readonly string[]).includes(given) && names.mode === ACTION_NAMES.mode) {
    throw new ConfigError(`${names.mode} must be auto, dry-run, publish, import or drift (got ${JSON.stringify(given)})`);
  }
  const requested = oneOf(names.mode, MODES, given);
  const mode = resolveMode(requested, context.eventName);
  if (mode === 'publish' && (!zendeskUrl || !auth)) throw new ConfigError(missingConnection('publish', { zendeskUrl, auth }, names, true));
  const repoRoot = path.resolve(context.repoRoot);
  const docsRoot = path.resolve(repoRoot, blankToUndefined(raw.path) ?? 'docs');
  const rel = path.relative(repoRoot, docsRoot);
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new ConfigError(`${names.path} must be inside the repository (got "${raw.path}")`);
  }
  const defaultLocale = blankToUndefined(raw.defaultLocale)?.toLowerCase();
  const namespace = blankToUndefined(raw.namespace);
  const problem = namespace !== undefined ? namespaceProblem(namespace) : undefined;
  if (problem) throw new ConfigError(`${names.namespace} ${problem} (got ${JSON.stringify(namespace)})`);
  const variables = parseVariables(raw.variables, names.variables);
  return {
    ...(namespace !== undefined ? { namespace } : {}),
    ...(variables ? { variables } : {}),
    zendeskUrl,
    auth,
    docsRoot,
    repoRoot,
    mode,
    defaultLocale,
    archiveRemoved: raw.archiveRemoved ?? false,
    maxArchive: integer(names.maxArchive, raw.maxArchive, 10, 0, 100_000),
    onDrift: oneOf(names.onDrift, ON_DRIFT, blankToUndefined(raw.onDrift) ?? 'overwrite'),
    concurrency: integer(names.concurrency, raw.concurrency, 4, 1, 16),
    configFile: configFile(repoRoot, raw.configFile, names),
  };
}

/**
 * What a run that stopped on a settings error still knows about itself, for its report: each
 * setting that is valid on its own. A setting that is itself the error stays unknown.
 */
export function settingsSoFar(raw: RawSettings, eventName: string | undefined): Partial<Pick<Config, 'mode' | 'zendeskUrl' | 'onDrift'>> {
  const known = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch {
      return undefined;
    }
  };
  return {
    mode: known(() => resolveMode(oneOf('mode', MODES, blankToUndefined(raw.mode) ?? 'auto'), eventName)),
    zendeskUrl: known(() => resolveZendeskUrl(raw.zendeskUrl, raw.zendeskSubdomain)),
    onDrift: known(() => oneOf('on-drift', ON_DRIFT, blankToUndefined(raw.onDrift) ?? 'overwrite')),
  };
}

export type { Mode };

/**
 * What a command that reads the help center lacks, in the user's own names, or undefined when it
 * has an address and credentials. `needsAddress`: without one it cannot run at all (drift);
 * plan and preview run offline then, but not with an address and no way in.
 */
export function missingConnection(
  command: string,
  config: { zendeskUrl?: string | undefined; auth?: unknown },
  names: SettingNames,
  needsAddress: boolean,
): string | undefined {
  if (config.zendeskUrl && config.auth) return undefined;
  const credentials = `${names.oauthClientId} and ${names.oauthClientSecret} (recommended), ${names.oauthToken}, or ${names.email} and ${names.apiToken}`;
  if (config.zendeskUrl) {
    return `${command} reads the help center at ${names.zendeskUrl}, but no credentials are set: set ${credentials}${
      needsAddress ? '' : `; to check the docs without Zendesk, run validate`
    }`;
  }
  if (!needsAddress) return undefined;
  return `${command} reads the help center: set ${names.zendeskUrl} (or ${names.zendeskSubdomain}) and credentials: ${credentials}`;
}
