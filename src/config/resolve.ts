import type { Diagnostic } from '../diagnostics.js';
import { ConfigError } from '../errors.js';
import { checkLocalSettings } from './local.js';
import { ACTION_NAMES, type SettingNames } from './names.js';
import { detectRepositories } from './repository.js';
import { buildConfig, missingConnection, type RawSettings } from './settings.js';
import type { Config, RenderOptions } from './types.js';

/**
 * What came from the action's inputs, the CLI's flags or the environment, validated, with the
 * names the user typed them by (for messages). Read-only: nothing changes it after this module.
 */
export type GivenSettings = Readonly<Config> & { readonly names: SettingNames };

/** The settings a run uses: the given ones with the config file merged in and every default applied. */
export type Settings = GivenSettings &
  Readonly<{
    labelsMode: 'replace' | 'merge';
    createSections: boolean;
    outdatedTranslations: 'flag' | 'ignore';
    render: RenderOptions;
  }>;

/** What a command asks of the settings, besides the raw values. */
export interface SettingsRequest {
  raw: RawSettings;
  /** Where relative paths start, and the boundary no file may cross. */
  repoRoot: string;
  names?: SettingNames;
  env: NodeJS.ProcessEnv;
  /** The workflow's event (`auto` previews on pull requests). */
  eventName?: string;
  /** The command, for messages ("plan reads the help center at …"). */
  command: string;
  /**
   * What the command needs of Zendesk: `unchecked` (validate reads no credentials; the action's
   * dry run in a fork's pull request has none and checks the docs offline; a publish without them
   * is refused by config/settings.ts), `optional` (plan, preview: offline without an address,
   * but an address without a way in is a mistake), `required` (drift, namespace).
   */
  connection: 'unchecked' | 'optional' | 'required';
  /**
   * Where the repository (part of the default namespace) is looked for: `workflow` (the action:
   * GITHUB_REPOSITORY, else a remote), `clone` (the CLI: every remote, so that a fork clone plans
   * against its source; see run/plan.ts).
   */
  repository: 'workflow' | 'clone';
  /** `--create-sections`, `create-sections: true`: set here only when given (the config file may set it too). */
  createSections?: boolean;
  /** The footer's links, when asked for: how they are found differs between the action and the CLI. */
  provenance?: (repoRoot: string) => Promise<Config['provenance']> | Config['provenance'];
}

/**
 * The one place settings are resolved, for every entry point (the action's modes, each CLI
 * command, import): the raw values are validated (config/settings.ts), the folders and a named
 * config file checked on disk before the first request, the repository found (the workflow's,
 * else the clone's remotes), and the result frozen. The config file is merged in by
 * `completeSettings`, at the start of the run: its errors are the run's diagnostics.
 */
export async function resolveSettings(request: SettingsRequest): Promise<GivenSettings> {
  const names = request.names ?? ACTION_NAMES;
  const config = buildConfig(request.raw, {
    repoRoot: request.repoRoot,
    names,
    ...(request.eventName ? { eventName: request.eventName } : {}),
  });
  await checkLocalSettings(config, names);
  if (request.connection !== 'unchecked') {
    const missing = missingConnection(request.command, config, names, request.connection === 'required');
    if (missing) throw new ConfigError(missing);
  }
  const sources = await detectRepositories(config.repoRoot, request.env);
  const provenance = request.provenance ? await request.provenance(config.repoRoot) : undefined;
  return Object.freeze({
    ...config,
    names,
    ...(request.repository === 'clone' ? { repositorySources: sources } : {}),
    ...(sources.candidates[0] ? { repository: sources.candidates[0].repository } : {}),
    ...(request.createSections ? { createSections: true } : {}),
    ...(provenance ? { provenance } : {}),
  });
}

/** The settings with the config file merged in, and what reading it found. */
export interface CompletedSettings {
  settings: Settings;
  /** Repo-relative path of the config file in use, if any. */
  file: string | undefined;
  /** The file's text was read (it may still have errors). */
  read: boolean;
  diagnostics: Diagnostic[];
}

/**
 * The config file (the one named, else `zendesk-guide.yml` or `.yaml` at the docs root) merged
 * into the given settings: what was given wins, what neither sets takes its default here and
 * nowhere else. An invalid file changes nothing and its errors come back as diagnostics.
 */
export async function completeSettings(given: GivenSettings | Readonly<Config>): Promise<CompletedSettings> {
  // Loaded here, not at startup: the schema library and the YAML parser are most of what the
  // settings code would otherwise load before the first request.
  const { loadConfigFile } = await import('./file.js');
  const loaded = await loadConfigFile({ ...given });
  return { settings: withDefaults(loaded.config, given), file: loaded.file, read: loaded.read, diagnostics: loaded.diagnostics };
}

/** Every default of a setting the config file may give, applied once. */
export function withDefaults(config: Config, given: GivenSettings | Readonly<Config>): Settings {
  return Object.freeze({
    ...config,
    names: 'names' in given ? given.names : ACTION_NAMES,
    labelsMode: config.labelsMode ?? 'replace',
    createSections: config.createSections ?? false,
    outdatedTranslations: config.outdatedTranslations ?? 'flag',
    render: config.render ?? { alerts: true, allowUnsafeHtml: false },
  });
}
