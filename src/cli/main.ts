import { Command, CommanderError, Option } from 'commander';
import { errorMessage } from '../errors.js';
import { HOMEPAGE, NAME, VERSION } from './package-info.js';
import type { CliContext } from './run.js';
import { UsageError } from './usage.js';

// The commands load their code when they run, so --help and --version answer at once.
const runReportCommand: typeof import('./run.js').runReportCommand = async (...args) =>
  (await import('./run.js')).runReportCommand(...args);
const runInit: typeof import('./init.js').runInit = async (...args) => (await import('./init.js')).runInit(...args);
const runImportCommand: typeof import('./import.js').runImportCommand = async (...args) =>
  (await import('./import.js')).runImportCommand(...args);
const runDriftCommand: typeof import('./drift.js').runDriftCommand = async (...args) =>
  (await import('./drift.js')).runDriftCommand(...args);
const runNamespaceCommand: typeof import('./namespace.js').runNamespaceCommand = async (...args) =>
  (await import('./namespace.js')).runNamespaceCommand(...args);

const ZENDESK = 'Zendesk (flag, else the environment variable in brackets):';
const DOCS = 'Docs:';
const PUBLISHING = 'What a publish may do:';
const DRIFT = 'Drift:';
const OUTPUT = 'Output:';
const IMPORTING = 'What to import:';

/** A repeatable flag's values, in order. */
const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** Every option any command takes, built fresh for each command that lists it. */
const OPTIONS = {
  zendeskUrl: () => new Option('--zendesk-url <url>', 'e.g. https://acme.zendesk.com [ZENDESK_URL]').helpGroup(ZENDESK),
  zendeskSubdomain: () =>
    new Option('--zendesk-subdomain <name>', 'instead of --zendesk-url: acme for acme.zendesk.com [ZENDESK_SUBDOMAIN]').helpGroup(ZENDESK),
  zendeskOauthClientId: () =>
    new Option('--zendesk-oauth-client-id <id>', 'OAuth client credentials, recommended [ZENDESK_OAUTH_CLIENT_ID]').helpGroup(ZENDESK),
  zendeskOauthClientSecret: () =>
    new Option('--zendesk-oauth-client-secret <secret>', 'the client secret [ZENDESK_OAUTH_CLIENT_SECRET]').helpGroup(ZENDESK),
  zendeskOauthToken: () =>
    new Option('--zendesk-oauth-token <token>', 'a ready OAuth access token [ZENDESK_OAUTH_TOKEN]').helpGroup(ZENDESK),
  zendeskEmail: () =>
    new Option('--zendesk-email <email>', 'legacy API-token auth, retired on 2027-04-30 [ZENDESK_EMAIL]').helpGroup(ZENDESK),
  zendeskApiToken: () => new Option('--zendesk-api-token <token>', 'the legacy API token [ZENDESK_API_TOKEN]').helpGroup(ZENDESK),
  repo: () => new Option('--repo <dir>', 'repository root; nothing outside it is read (default: .)').helpGroup(DOCS),
  path: () => new Option('--path <dir>', 'docs root, relative to --repo (default: docs)').helpGroup(DOCS),
  config: () =>
    new Option('--config <file>', 'config file, relative to --repo (default: <path>/zendesk-guide.yml if present)').helpGroup(DOCS),
  namespace: () =>
    new Option(
      '--namespace <name>',
      "which articles are this source's (default: the config file's, else owner/repo:docs-path from git)",
    ).helpGroup(DOCS),
  var: () =>
    new Option('--var <name=value>', 'a {{ name }} variable for this run, over the config file (repeat for more)')
      .argParser(collect)
      .helpGroup(DOCS),
  defaultLocale: () =>
    new Option(
      '--default-locale <locale>',
      "source locale of files that set none (default: the config file's, else the help center's)",
    ).helpGroup(DOCS),
  onDrift: () =>
    new Option(
      '--on-drift <policy>',
      'articles edited in Guide since the last publish: overwrite, skip or fail (default: overwrite)',
    ).helpGroup(PUBLISHING),
  archiveRemoved: () => new Option('--archive-removed', 'archive published articles whose file is gone').helpGroup(PUBLISHING),
  maxArchive: () => new Option('--max-archive <n>', 'refuse to archive more than n in one run (default: 10)').helpGroup(PUBLISHING),
  concurrency: () => new Option('--concurrency <n>', 'requests in flight at once, 1 to 16 (default: 4)').helpGroup(PUBLISHING),
  provenance: () =>
    new Option('--provenance', 'add an "edit this article on GitHub" footer (repository and branch from git)').helpGroup(PUBLISHING),
  createSections: () =>
    new Option(
      '--create-sections',
      'create missing sections and categories, keep _section.yml in step (needs Guide manager rights)',
    ).helpGroup(PUBLISHING),
  writeBackIds: () => new Option('--write-back-ids', "add each new article's id to its file's front matter").helpGroup(PUBLISHING),
  driftSince: () =>
    new Option(
      '--since <time>',
      'edits at or after: epoch seconds, ISO date (2026-11-30) or date-time, or a span (24h, 7d); 0 for all',
    ).helpGroup(DRIFT),
  failOnDrift: () => new Option('--fail-on-drift', 'exit 1 when something drifted').helpGroup(DRIFT),
  json: () => new Option('--json <file>', 'write the JSON report to file, or - to print it on standard output').helpGroup(OUTPUT),
  markdown: () => new Option('--markdown', 'print the report as Markdown (for a comment or a summary)').helpGroup(OUTPUT),
  quiet: () => new Option('--quiet', 'warnings and errors only').conflicts('verbose').helpGroup(OUTPUT),
  verbose: () => new Option('--verbose', 'debug output too').helpGroup(OUTPUT),
  out: () => new Option('--out <dir>', "the site's folder, relative to the current one (default: zendesk-preview)").helpGroup(OUTPUT),
  open: () => new Option('--open', 'open the index in the browser when done').helpGroup(OUTPUT),
  since: () =>
    new Option(
      '--since <when>',
      'only what changed in Guide since: last (the previous import), a Unix time, an ISO date or a span such as 7d',
    ).helpGroup(IMPORTING),
  category: () => new Option('--category <name-or-id>', 'only this category (repeat for more)').argParser(collect).helpGroup(IMPORTING),
  section: () => new Option('--section <name-or-id>', 'only this section (repeat for more)').argParser(collect).helpGroup(IMPORTING),
  label: () => new Option('--label <name>', 'only articles with this label (repeat for more)').argParser(collect).helpGroup(IMPORTING),
  locale: () =>
    new Option('--locale <locale>', 'only these translations (repeat for more; the source locale always)')
      .argParser(collect)
      .helpGroup(IMPORTING),
  moveFrom: () =>
    new Option('--move-from <namespace>', "re-key that namespace's record to this run's (a renamed repository)").helpGroup(DOCS),
  yes: () => new Option('--yes', 'with --move-from: do it (default: say what would change)').helpGroup(DOCS),
  force: () => new Option('--force', 'overwrite files changed since the import wrote them').helpGroup(IMPORTING),
} satisfies Record<string, () => Option>;

type OptionName = keyof typeof OPTIONS;

const CONNECTION: OptionName[] = [
  'zendeskUrl',
  'zendeskSubdomain',
  'zendeskOauthClientId',
  'zendeskOauthClientSecret',
  'zendeskOauthToken',
  'zendeskEmail',
  'zendeskApiToken',
];
const DOCS_OPTIONS: OptionName[] = ['repo', 'path', 'config', 'namespace', 'var', 'defaultLocale'];
const PLAN_OPTIONS: OptionName[] = ['onDrift', 'archiveRemoved', 'maxArchive', 'concurrency', 'provenance', 'createSections'];

interface CommandSpec {
  name: string;
  summary: string;
  description: string;
  options: OptionName[];
  examples: string[];
  run(flags: Record<string, unknown>, ctx: CliContext): Promise<number>;
}

/**
 * The commands, one row each: the help, the parser and the README's command table follow this.
 */
export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'validate',
    summary: 'check the docs offline: front matter, links, images, rendering',
    description:
      'Checks every file as a publish would, without Zendesk: no credentials, no network, quick ' +
      'enough for a pre-commit hook. Names that only the help center knows (sections, permission ' +
      'groups, user segments) are checked by plan. Exits 1 when a file has an error.',
    options: [...DOCS_OPTIONS, 'json', 'quiet', 'verbose'],
    examples: [`${NAME} validate`, `${NAME} validate --path handbook --quiet`, `${NAME} validate --json - | jq .diagnostics`],
    run: (flags, ctx) => runReportCommand('validate', flags, ctx),
  },
  {
    name: 'plan',
    summary: 'compare the docs with Zendesk and say what publish would change (writes nothing)',
    description:
      'A dry run: validates and renders the docs, reads the help center and reports, per article, ' +
      'what publish would create, update or archive, and why. Nothing is written to Zendesk.',
    options: [...CONNECTION, ...DOCS_OPTIONS, ...PLAN_OPTIONS, 'json', 'markdown', 'quiet', 'verbose'],
    examples: [
      `export ZENDESK_SUBDOMAIN=acme ZENDESK_OAUTH_CLIENT_ID=... ZENDESK_OAUTH_CLIENT_SECRET=...`,
      `${NAME} plan`,
      `${NAME} plan --on-drift fail --json plan.json`,
    ],
    run: (flags, ctx) => runReportCommand('plan', flags, ctx),
  },
  {
    name: 'publish',
    summary: 'apply that plan: create, update and archive articles in Zendesk',
    description:
      'Plans as plan does, then applies exactly that plan. Any error in the docs stops it before ' +
      'its first write; one article that Zendesk refuses does not stop the others.',
    options: [...CONNECTION, ...DOCS_OPTIONS, ...PLAN_OPTIONS, 'writeBackIds', 'json', 'markdown', 'quiet', 'verbose'],
    examples: [
      `${NAME} publish`,
      `${NAME} publish --archive-removed --max-archive 5`,
      `${NAME} publish --write-back-ids --json report.json`,
    ],
    run: (flags, ctx) => runReportCommand('publish', flags, ctx),
  },
  {
    name: 'import',
    summary: 'write the help center as Markdown: the tree publish reads, attachments and links included',
    description:
      'Reads every article and translation (the incremental export, or only what changed --since), ' +
      'and writes one folder per category and section, one file per article and locale with its ' +
      'front matter, the images and files beside them and links between articles made relative. ' +
      'Publishing the result changes nothing. Refuses a folder with files that no import made; never ' +
      'overwrites a file changed since the import wrote it without --force. Writes nothing to Zendesk.',
    options: [
      ...CONNECTION,
      'repo',
      'path',
      'config',
      'since',
      'category',
      'section',
      'label',
      'locale',
      'force',
      'concurrency',
      'json',
      'quiet',
      'verbose',
    ],
    examples: [
      `${NAME} import --path docs`,
      `${NAME} import --since last`,
      `${NAME} import --category "Getting started" --locale fr --path handbook`,
    ],
    run: (flags, ctx) => runImportCommand(flags, ctx),
  },
  {
    name: 'preview',
    summary: 'render every article in every locale into a static site to read offline',
    description:
      'Renders the docs as a small help center: an index by category and section, one page per ' +
      'article and locale, local images copied in, links between articles working. With ' +
      'credentials each page says what publish would do to it (create, update with the text that ' +
      'changes, unchanged, drifted); without, "not compared". Files with errors are listed on the ' +
      'index; the rest still renders. Writes nothing to Zendesk.',
    options: [...CONNECTION, ...DOCS_OPTIONS, 'onDrift', 'out', 'open', 'json', 'quiet', 'verbose'],
    examples: [`${NAME} preview --open`, `${NAME} preview --path handbook --out site`],
    run: (flags, ctx) => runReportCommand('preview', flags, ctx),
  },
  {
    name: 'drift',
    summary: 'list what was edited in Guide since a time and no longer matches the docs',
    description:
      'Reads the docs and the help center as plan does and lists each translation edited in Guide ' +
      'at or after --since whose content differs from its file, judged as plan judges drift (an ' +
      'edit undone, or one the docs already have, is not listed), with a short diff of the text ' +
      '(− the docs, + Guide), when and by whom. Writes nothing. Exits 0 unless --fail-on-drift ' +
      'and something drifted (1).',
    options: [...CONNECTION, ...DOCS_OPTIONS, 'driftSince', 'failOnDrift', 'concurrency', 'json', 'markdown', 'quiet', 'verbose'],
    examples: [
      `${NAME} drift --since 7d`,
      `${NAME} drift --since 2026-11-30 --fail-on-drift`,
      `${NAME} drift --since 0 --json - | jq '.articles[].file'`,
    ],
    run: (flags, ctx) => runDriftCommand(flags, ctx),
  },
  {
    name: 'namespace',
    summary: "show this docs root's namespace and the help center's; move one to this root",
    description:
      'Prints the namespace this docs root publishes as (which articles are its own) and how it was ' +
      'chosen, and each namespace with a record in the help center and its article count. With ' +
      "--move-from, re-keys that namespace's record to this one, so a renamed repository keeps its " +
      'articles: a dry run unless --yes. Exits 1 when there is nothing to move or this namespace has a record already.',
    options: [...CONNECTION, 'repo', 'path', 'config', 'namespace', 'moveFrom', 'yes', 'quiet', 'verbose'],
    examples: [
      `${NAME} namespace`,
      `${NAME} namespace --move-from acme/old-name:docs`,
      `${NAME} namespace --move-from acme/old-name:docs --yes`,
    ],
    run: (flags, ctx) => runNamespaceCommand(flags, ctx),
  },
  {
    name: 'init',
    summary: 'start a docs tree, its config file and a GitHub workflow (never overwrites)',
    description:
      "Writes docs/_defaults.yml, two sample articles, docs/zendesk-guide.yml and .github/workflows/help-center.yml (the README's quick start). " +
      "With the help center's address and credentials, _defaults.yml names its own section, permission group and user segment " +
      '(reads only); without, placeholders that plan explains. zendesk-guide.yml gets the namespace. ' +
      'A file that exists is kept; a docs folder that already has Markdown gets no sample articles.',
    options: [...CONNECTION, 'repo', 'path', 'quiet'],
    examples: [`${NAME} init --zendesk-subdomain acme`, `${NAME} init --path handbook`],
    run: (flags, ctx) => runInit(flags, ctx),
  },
];

const EXIT_CODES = `Exit codes:
  0  done
  1  errors in the docs, or articles that failed to publish
  2  usage or settings (checked before any request)
  3  Zendesk could not be used: authentication, network or server`;

const GLOBAL_HELP = `
Settings: a flag wins over its environment variable, which wins over the config file.
Each command has its own help with examples: ${NAME} <command> --help

${EXIT_CODES}

Documentation: ${HOMEPAGE}`;

/** Commander's error, reworded to one line, plus where to look; never the whole manual. */
function usageLine(message: string, command: string | undefined): string {
  let oneLine = message
    .trim()
    .replace(/\n\(Did you mean (.+)\?\)$/, ' (did you mean $1?)')
    .replace(/\s*\n\s*/g, ' ');
  // The commonest slip with validate: flags for Zendesk, which it never asks.
  if (command === 'validate' && /unknown option '--zendesk-/.test(oneLine))
    oneLine += ': validate works offline; plan compares with Zendesk';
  const help = command ? `${NAME} ${command} --help` : `${NAME} --help`;
  return `${oneLine.startsWith('error:') ? oneLine : `error: ${oneLine}`}\nRun "${help}" for the options and examples.\n`;
}

/** The parser, with each command's options, help and examples; exported so tests can read it. */
export function buildProgram(ctx: CliContext, chosen: { run?: () => Promise<number> }): Command {
  const program = new Command(NAME)
    .description('Publish Markdown from a git repository to the Zendesk Help Center (Guide).')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addHelpText('after', GLOBAL_HELP)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void ctx.stdout.write(s),
      writeErr: (s) => void ctx.stderr.write(s),
      outputError: (s, write) => write(usageLine(s, undefined)),
    });
  for (const spec of COMMANDS) {
    const command = program
      .command(spec.name)
      .summary(spec.summary)
      .description(spec.description)
      // Checked below, to name the stray word rather than count it.
      .allowExcessArguments(true)
      .configureOutput({
        writeOut: (s) => void ctx.stdout.write(s),
        writeErr: (s) => void ctx.stderr.write(s),
        outputError: (s, write) => write(usageLine(s, spec.name)),
      })
      .addHelpText('after', `\nExamples:\n${spec.examples.map((e) => `  $ ${e}`).join('\n')}\n\n${EXIT_CODES}`);
    for (const name of spec.options) command.addOption(OPTIONS[name]());
    command.action((flags: Record<string, unknown>, cmd: Command) => {
      const [stray] = cmd.args;
      if (stray !== undefined) {
        const hint = stray.startsWith('-')
          ? ''
          : ` (${spec.name} takes no arguments; a value belongs after its flag, as in --path ${stray})`;
        cmd.error(`error: unexpected argument "${stray}"${hint}`, { code: 'zgp.excessArguments', exitCode: 2 });
      }
      chosen.run = () => spec.run(flags, ctx);
    });
  }
  return program;
}

/** The CLI: commands over the same pipeline as the action, with flags and environment instead of inputs. */
export async function main(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  io: Pick<CliContext, 'stdout' | 'stderr'> = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const ctx: CliContext = { env, ...io };
  const chosen: { run?: () => Promise<number> } = {};
  const program = buildProgram(ctx, chosen);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    // --help, help <command> and --version end here with 0; no command at all shows the overview
    // (the answer to "what now?") and is still a usage error.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (!chosen.run) {
    program.outputHelp({ error: true });
    return 2;
  }
  try {
    return await chosen.run();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    ctx.stderr.write(
      usageLine(
        errorMessage(error),
        argv.find((a) => COMMANDS.some((c) => c.name === a)),
      ),
    );
    return 2;
  }
}
