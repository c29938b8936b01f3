import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Diagnostic, Position } from '../diagnostics.js';
import { globProblem } from '../shared/globs.js';
import { isInside } from '../shared/paths.js';
import { parseYaml, pathKey, type ParsedYaml } from '../shared/yaml.js';
import { localeSchema } from '../shared/locale-schema.js';
import { namespaceProblem } from './namespace.js';
import { allowedDotPathProblem } from '../shared/local-file.js';
import { validateWithSchema } from '../shared/validate.js';
import type { Alias, Aliases, Config } from './types.js';
import { VARIABLE_NAME } from '../source/variables.js';

/** Looked for at the docs root when no `config` input or `--config` flag names a file. */
export const CONFIG_FILE_NAMES = ['zendesk-guide.yml', 'zendesk-guide.yaml'] as const;

/** A config file is a handful of lines; anything near this size is not one. */
const MAX_CONFIG_BYTES = 256 * 1024;

const glob = z
  .string({ error: 'must be a glob pattern (text)' })
  .trim()
  .min(1, { error: 'must not be empty' })
  .superRefine((value, ctx) => {
    const problem = globProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const globs = (description: string) => z.array(glob, { error: 'must be a list of glob patterns' }).meta({ description });

const aliasMap = (what: string, example: string) =>
  z
    .record(z.string().min(1), z.union([z.string().trim().min(1), z.number().int().positive()], { error: 'must be a name or an id' }), {
      error: 'must be a mapping of alias: name or id',
    })
    .meta({
      description: `Names usable in \`${what}\` (front matter and _defaults.yml) for a ${what.replace('_', ' ')} name or id, e.g. ${example}. Checked before the help center's own names.`,
    });

/** A variable's value: one line of text (numbers and booleans are taken as written). */
const oneLine = z
  .union([z.string(), z.number(), z.boolean()], { error: 'must be text' })
  .transform((v) => String(v))
  .refine((v) => !/[\r\n]/.test(v), { error: 'must be one line' });

const toggle = (description: string) => z.boolean({ error: 'must be true or false' }).meta({ description });

/**
 * `zendesk-guide.yml`: settings for the whole docs tree. The same schema validates the file
 * (errors at file:line) and generates zendesk-guide.schema.json for editors, so the two never
 * disagree. Keys are snake_case like front matter; new settings are new optional keys.
 */
export const configFileSchema = z
  .strictObject({
    default_locale: localeSchema
      .meta({
        description:
          'Source locale of files that set no `locale`. The `default-locale` input or flag wins over this; the help center default applies when neither is set.',
      })
      .optional(),
    include: globs('Docs-relative glob patterns of the Markdown files that are articles. Default: every .md file.').optional(),
    exclude: globs(
      'Docs-relative glob patterns of files or folders to leave out (e.g. "drafts/**", "README.md"). A pattern without a slash matches at any depth.',
    ).optional(),
    aliases: z
      .strictObject({
        sections: aliasMap('section', '{ Billing: "Account & billing / Invoices" }').optional(),
        permission_groups: aliasMap('permission_group', '{ Editors: "Agents" }').optional(),
        user_segments: aliasMap('user_segment', '{ Customers: "Signed-in users" }').optional(),
      })
      .meta({ description: 'Short or stable names that stand for help center names or ids.' })
      .optional(),
    namespace: z
      .string({ error: 'must be text' })
      .superRefine((value, ctx) => {
        const problem = namespaceProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .meta({
        description:
          "Which articles are this source's: its state record and markers carry it. Default: the repository and the docs path (acme/docs-site:docs). Set it to keep the articles of a renamed or forked repository; the namespace input or --namespace flag wins over this.",
      })
      .optional(),
    default_author: z
      .union(
        [
          z.number().int().positive(),
          z
            .string()
            .trim()
            .regex(/^[^\s@]+@[^\s@]+$/),
        ],
        {
          error: 'must be an email address or a user id',
        },
      )
      .meta({
        description:
          "The author of every article whose front matter names no `author`: an agent's or admin's email, or a user id. Without it, a new article is written by the user the tool signs in as, and an existing article keeps its author.",
      })
      .optional(),
    labels_mode: z
      .enum(['replace', 'merge'], { error: 'must be replace or merge' })
      .meta({
        description:
          "replace (default): the labels from front matter and _defaults.yml are an article's whole set, so labels added in Guide are removed. merge: labels added in Guide are kept.",
      })
      .optional(),
    create_sections: toggle(
      'Create a `section:` named "Category / Section" that does not exist (and its category), and keep sections and categories described by _section.yml and _category.yml files in step with them. Needs Guide manager rights. Default false.',
    ).optional(),
    outdated_translations: z
      .enum(['flag', 'ignore'], { error: 'must be flag or ignore' })
      .meta({
        description:
          "flag (default): when an article's source body changes and a translation's file does not, the translation is marked outdated in Guide (and the flag is cleared when it is next updated). ignore: translations are never flagged.",
      })
      .optional(),
    variables: z
      .record(
        z.string().regex(VARIABLE_NAME, { error: 'a variable name is a letter or _, then letters, digits, _, . or -' }),
        z.union(
          [
            oneLine,
            z.record(z.string().min(1), oneLine, { error: 'must be text, or a mapping of locale: text' }).meta({
              description: 'The value per locale (fr, fr-ca, ...), with `default` for the others.',
            }),
          ],
          { error: 'must be text, or a mapping of locale: text (with `default` for the other locales)' },
        ),
        { error: 'must be a mapping of name: value, where a name is a letter or _, then letters, digits, _, . or -' },
      )
      .meta({
        description:
          'Values for {{ name }} in bodies, titles and fragments (never in code), e.g. { product: "Acme Cloud" }; a value may differ per locale ({ support: { default: help@acme.com, fr: aide@acme.fr } }). The `variables` input or --var flag sets them for one run.',
      })
      .optional(),
    allow_dot_paths: z
      .array(
        z
          .string({ error: 'must be a path (text)' })
          .trim()
          .min(1, { error: 'must not be empty' })
          .superRefine((value, ctx) => {
            const problem = allowedDotPathProblem(value);
            if (problem) ctx.addIssue({ code: 'custom', message: problem });
          }),
        { error: 'must be a list of paths' },
      )
      .meta({
        description:
          'Repository-relative paths of dotfiles or files under dot-folders that Markdown may link to, embed or include (e.g. ".well-known/security.txt", "docs/.assets"). A folder allows everything beneath it. Everything else under a dot-folder or named as a dotfile is refused; .git/ always is.',
      })
      .optional(),
    render: z
      .strictObject({
        alerts: toggle(
          'Render GitHub alerts (> [!NOTE], [!TIP], [!IMPORTANT], [!WARNING], [!CAUTION]) as <div class="zgp-alert zgp-alert-note"> blocks. Default true.',
        ).optional(),
        allow_unsafe_html: toggle(
          'Publish raw HTML unsanitized (scripts, iframes, event handlers). Guide shows it only with "Display unsafe content" turned on in Guide settings. Every run warns while this is on. Default false.',
        ).optional(),
      })
      .meta({ description: 'How Markdown becomes Help Center HTML.' })
      .optional(),
  })
  .meta({
    title: 'zendesk-guide-publisher config file',
    description: 'zendesk-guide.yml at the docs root: settings for every article beneath it.',
  });

export type ConfigFile = z.infer<typeof configFileSchema>;

/** The JSON Schema editors use for zendesk-guide.yml (committed as zendesk-guide.schema.json). */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configFileSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://raw.githubusercontent.com/zendesk-guide-publisher/zendesk-guide-publisher/main/zendesk-guide.schema.json',
    ...schema,
  };
}

export interface LoadedConfigFile {
  /** The settings with the file applied (unchanged when there is no file or it is invalid). */
  config: Config;
  /** Repo-relative path of the config file in use, if any. */
  file: string | undefined;
  /** The file's text was read (it may still have errors); false when it could not be. */
  read: boolean;
  diagnostics: Diagnostic[];
}

const toPosix = (p: string) => p.split(path.sep).join('/');

/**
 * Pure: applies a parsed config file to settings. Inputs and flags already in `config` win;
 * what the file does not set keeps its default. An invalid file changes nothing and reports
 * every problem at its line.
 */
export function applyConfigFile(config: Config, parsed: ParsedYaml, file: string): LoadedConfigFile {
  const diagnostics: Diagnostic[] = [...parsed.diagnostics];
  if (!parsed.data) return { config, file, read: true, diagnostics };
  const { value, diagnostics: found } = validateWithSchema(configFileSchema, parsed.data, {
    file,
    positions: parsed.positions,
    paths: parsed.paths,
    fallback: { line: 1, column: 1 },
    allowedKeys: Object.keys(configFileSchema.shape),
  });
  diagnostics.push(...found);
  if (!value) return { config, file, read: true, diagnostics };

  const at = (...p: string[]): Position => parsed.paths[pathKey(p)] ?? { line: 1, column: 1 };
  const aliases = (key: 'sections' | 'permission_groups' | 'user_segments'): Record<string, Alias> => {
    const out: Record<string, Alias> = {};
    for (const [name, target] of Object.entries(value.aliases?.[key] ?? {})) {
      out[name] = { target, at: { file, ...at('aliases', key, name) } };
    }
    return out;
  };
  const allAliases: Aliases = {
    sections: aliases('sections'),
    permissionGroups: aliases('permission_groups'),
    userSegments: aliases('user_segments'),
  };
  const render = {
    alerts: config.render?.alerts ?? value.render?.alerts ?? true,
    allowUnsafeHtml: config.render?.allowUnsafeHtml ?? value.render?.allow_unsafe_html ?? false,
  };
  if (value.render?.allow_unsafe_html) {
    // Never silently: unsanitized HTML is a decision someone should see on every run.
    diagnostics.push({
      severity: 'warning',
      file,
      ...at('render', 'allow_unsafe_html'),
      message: 'render.allow_unsafe_html is on: raw HTML is published unsanitized (scripts, iframes and event handlers included)',
      hint: 'Guide shows it only with "Display unsafe content" turned on; keep this off unless every writer is trusted',
    });
  }
  return {
    config: {
      ...config,
      defaultLocale: config.defaultLocale ?? value.default_locale,
      include: config.include ?? value.include,
      exclude: config.exclude ?? value.exclude,
      aliases: config.aliases ?? allAliases,
      labelsMode: config.labelsMode ?? value.labels_mode ?? 'replace',
      ...(value.default_author !== undefined
        ? { defaultAuthor: { value: value.default_author, at: { file, ...at('default_author') } } }
        : {}),
      ...((config.namespace ?? value.namespace) !== undefined ? { namespace: config.namespace ?? value.namespace } : {}),
      createSections: config.createSections ?? value.create_sections ?? false,
      outdatedTranslations: config.outdatedTranslations ?? value.outdated_translations ?? 'flag',
      render,
      ...(value.variables || config.variables ? { variables: { ...value.variables, ...config.variables } } : {}),
      ...((config.allowDotPaths ?? value.allow_dot_paths) ? { allowDotPaths: config.allowDotPaths ?? value.allow_dot_paths } : {}),
    },
    file,
    read: true,
    diagnostics,
  };
}

async function exists(p: string): Promise<boolean> {
  return fs.stat(p).then(
    (s) => s.isFile(),
    () => false,
  );
}

/**
 * Edge I/O of the config stage: finds the config file (the one named by the `config` input or
 * `--config`, else `zendesk-guide.yml` at the docs root), reads it safely and applies it.
 */
export async function loadConfigFile(config: Config): Promise<LoadedConfigFile> {
  const explicit = config.configFile;
  let abs = explicit;
  if (!abs) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(config.docsRoot, name);
      if (await exists(candidate)) {
        abs = candidate;
        break;
      }
    }
  }
  if (!abs) return { config, file: undefined, read: false, diagnostics: [] };
  const file = toPosix(path.relative(config.repoRoot, abs));
  const fail = (message: string, hint?: string): LoadedConfigFile => ({
    config,
    file,
    read: false,
    diagnostics: [{ severity: 'error', file, line: 1, column: 1, message, ...(hint ? { hint } : {}) }],
  });

  let real: string;
  try {
    real = await fs.realpath(abs);
  } catch {
    return fail('the config file does not exist', 'check the `config` input or `--config` flag (relative to the repository root)');
  }
  if (!isInside(await fs.realpath(config.repoRoot), real))
    return fail('the config file is a link to outside the repository; refusing to read it');
  const stat = await fs.stat(real);
  if (!stat.isFile()) return fail('the config file is not a file');
  if (stat.size > MAX_CONFIG_BYTES)
    return fail(`the config file is ${Math.round(stat.size / 1024)} KB; a config file over ${MAX_CONFIG_BYTES / 1024} KB is refused`);
  const text = await fs.readFile(real, 'utf8');
  return applyConfigFile(config, parseYaml(text, file, 1, 'the config file'), file);
}
