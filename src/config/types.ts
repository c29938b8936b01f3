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
  /**
   * Opt-in "edit this article on GitHub" footer: links go to `{repoUrl}/blob/{ref}/{file}`.
   * Undefined = no footer. The footer never counts as a change by itself.
   */
  provenance?: { repoUrl: string; ref: string };
  /**
   * `replace`: the repo's labels are an article's whole set (labels added in Guide are removed).
   * `merge`: labels added in Guide are kept beside the repo's.
   */
  labelsMode?: 'replace' | 'merge';
  /** Create missing sections and categories, and keep _section.yml/_category.yml in step (opt-in; needs Guide manager rights). */
  createSections?: boolean;
  /** `flag`: translations whose source body changed and whose own file did not are marked outdated in Guide. */
  outdatedTranslations?: 'flag' | 'ignore';
  // The rest comes from the config file (src/config/file.ts), read at the start of the pipeline;
  // undefined means the default. Inputs and flags win over the file where both set something.
  /** The source's namespace when set explicitly (input, flag or config file); see config/namespace.ts. */
  namespace?: string;
  /** The repository (`owner/name`) the docs come from, when known: part of the default namespace. */
  repository?: string;
  /**
   * Where `repository` came from, when it was looked for (config/repository.ts): the workflow,
   * or a clone's remotes (`upstream`, `origin`, the others), so a fork clone plans against its source.
   */
  repositorySources?: {
    candidates: { repository: string; via: string }[];
    others: { repository: string; via: string }[];
    fromWorkflow: boolean;
  };
  /** Docs-relative globs of the Markdown files that are articles (default: every `.md` file). */
  include?: string[];
  /** Docs-relative globs of files and folders to leave out. */
  exclude?: string[];
  /** Names that stand for other names or ids in `section`, `permission_group`, `user_segment`. */
  aliases?: Aliases;
  render?: RenderOptions;
  /**
   * `{{ name }}` values: the config file's `variables:`, with this run's (the `variables` input,
   * `--var`) over them. A value is text for every locale, or per locale with a `default`.
   */
  variables?: Record<string, string | Record<string, string>>;
  /** `default_author` in the config file: the author of articles whose front matter names none. */
  defaultAuthor?: { value: string | number; at: SettingLocation };
  /** Repo-relative dot-paths (files or folders) the docs may read and upload; `.git` never. */
  allowDotPaths?: string[];
}

/** Where a setting was written, so errors about it point at the config file's line. */
export interface SettingLocation {
  file: string;
  line: number;
  column: number;
}

export interface Alias {
  /** A name (`Account & billing / Invoices`) or an id. */
  target: string | number;
  at: SettingLocation;
}

export interface Aliases {
  sections: Record<string, Alias>;
  permissionGroups: Record<string, Alias>;
  userSegments: Record<string, Alias>;
}

export interface RenderOptions {
  /** GitHub alert syntax (`> [!NOTE]`) becomes a styled `div.zgp-alert` (default true). */
  alerts: boolean;
  /** Publish raw HTML as written, unsanitized; needs Guide's "Display unsafe content" (default false). */
  allowUnsafeHtml: boolean;
}
