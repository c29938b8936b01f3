import fs from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, errorMessage } from '../errors.js';
import { detectRepository } from '../config/repository.js';
import { resolveAuth, resolveZendeskUrl } from '../config/settings.js';
import { isRemoteError } from '../remote/errors.js';
import { isInside } from '../shared/paths.js';
import { placeholderStarter, readHelpCenterNames, starterFrom, starterNamespace, type Starter } from './init-starter.js';
import type { CliContext } from './run.js';
import { maskSecrets } from './output.js';
import { connectionSettings, type ConnectionFlags } from './settings.js';
import {
  configTemplate,
  defaultsTemplate,
  GETTING_STARTED_TEMPLATE,
  WRITING_TEMPLATE,
  workflowTemplate,
  type ZendeskTarget,
} from './templates.js';
import { createTerminalLogger, isRichTerminal, type TerminalLogger } from './terminal.js';
import pc from 'picocolors';
import { NAME } from './package-info.js';

export interface InitFlags extends ConnectionFlags {
  repo?: string;
  path?: string;
  quiet?: boolean;
}

const LOOPBACK = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/;

/**
 * The starter's values: read from the help center when init has its address and credentials,
 * placeholders otherwise. Credentials that do not work stop init before it writes a file.
 */
async function starterFor(
  url: string | undefined,
  flags: InitFlags,
  ctx: CliContext,
  logger: TerminalLogger,
): Promise<{ starter: Starter; read: boolean }> {
  const { raw, names } = connectionSettings(flags, ctx.env);
  maskSecrets(raw, logger);
  const auth = resolveAuth(raw, names);
  if (!url || !auth) return { starter: placeholderStarter(), read: false };
  const lists = await logger.group('Reading the help center', () => readHelpCenterNames(url, auth, logger));
  return { starter: starterFrom(lists), read: true };
}

const toPosix = (p: string) => p.split(path.sep).join('/');

/** Whether a folder holds Markdown anywhere below it: a docs tree that is already in use. */
async function hasMarkdown(dir: string): Promise<boolean> {
  const entries = await fs.readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return entries.some((e) => e.toLowerCase().endsWith('.md'));
}

/** The nearest part of `abs` that exists, through links: what a write would really land in. */
async function realExisting(abs: string): Promise<string> {
  for (let p = abs; ; p = path.dirname(p)) {
    const real = await fs.realpath(p).catch(() => undefined);
    if (real) return path.join(real, path.relative(p, abs));
    if (path.dirname(p) === p) return abs;
  }
}

/**
 * `init`: a starter docs tree, its config file and the quick-start workflow. A file that exists
 * is kept as it is, and a docs folder that already has Markdown gets no sample articles (they
 * would be published beside the real ones).
 */
export async function runInit(flags: InitFlags, ctx: CliContext): Promise<number> {
  const logger = createTerminalLogger({ stream: ctx.stderr, rich: isRichTerminal(ctx.stderr, ctx.env), quiet: flags.quiet ?? false });
  const c = pc.createColors(isRichTerminal(ctx.stdout, ctx.env));
  const say = (line: string) => {
    if (!flags.quiet) ctx.stdout.write(line + '\n');
  };
  try {
    const { raw, names } = connectionSettings(flags, ctx.env);
    const url = resolveZendeskUrl(raw.zendeskUrl, raw.zendeskSubdomain, names);
    const subdomain = raw.zendeskSubdomain?.trim();
    // A simulator on this machine is no address for a workflow on GitHub's runners.
    const target: ZendeskTarget = subdomain ? { subdomain: subdomain.toLowerCase() } : url && !LOOPBACK.test(url) ? { url } : undefined;

    const repo = path.resolve(flags.repo ?? process.cwd());
    const stat = await fs.stat(repo).catch(() => undefined);
    if (!stat?.isDirectory()) throw new ConfigError(`--repo "${repo}": no such folder`);
    const realRepo = await fs.realpath(repo);
    const docs = path.resolve(repo, flags.path?.trim() || 'docs');
    if (!isInside(repo, docs) || docs === repo)
      throw new ConfigError(`--path must be a folder inside the repository (got "${flags.path}")`);
    const docsPath = toPosix(path.relative(repo, docs));

    const samples = !(await hasMarkdown(docs));
    const { starter, read } = await starterFor(url, flags, ctx, logger);
    const namespace = starterNamespace(await detectRepository(realRepo, ctx.env), realRepo, docsPath);
    const files: [string, string][] = [
      [
        `${docsPath}/_defaults.yml`,
        defaultsTemplate({
          section: starter.section,
          permissionGroup: starter.permissionGroup,
          userSegment: starter.userSegment,
          placeholders: !read,
        }),
      ],
      ...(samples
        ? ([
            [`${docsPath}/getting-started.md`, GETTING_STARTED_TEMPLATE],
            [`${docsPath}/writing-articles.md`, WRITING_TEMPLATE],
          ] as [string, string][])
        : []),
      [`${docsPath}/zendesk-guide.yml`, configTemplate({ namespace, createSections: starter.createSections })],
      ['.github/workflows/help-center.yml', workflowTemplate(docsPath, target)],
    ];
    for (const [rel] of files) {
      if (!isInside(realRepo, await realExisting(path.join(repo, rel)))) {
        throw new ConfigError(`${rel} would be written outside the repository (through a link); refusing`);
      }
    }

    if (!samples) say(`${c.dim('kept   ')} ${docsPath}/ already has Markdown files: no sample articles added`);
    let created = 0;
    for (const [rel, text] of files) {
      const abs = path.join(repo, rel);
      await fs.mkdir(path.dirname(abs), { recursive: true });
      try {
        // `wx`: created here or not at all, even if the file appeared since it was looked for.
        await fs.writeFile(abs, text, { flag: 'wx' });
        created++;
        say(`${c.green('created')} ${rel}`);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        say(`${c.dim('kept   ')} ${rel} (it exists; init never overwrites a file)`);
      }
    }
    say('');
    if (starter.notes.length) say(`Read from the help center, in ${docsPath}/_defaults.yml:`);
    for (const note of starter.notes) say(`  - ${note}`);
    say(`Namespace, in ${docsPath}/zendesk-guide.yml: ${namespace} (which articles in the help center are this folder's)`);
    say('');
    nextSteps({ say, created, target, read, docsPath });
    return 0;
  } catch (error) {
    logger.error(errorMessage(error));
    return error instanceof ConfigError ? 2 : isRemoteError(error) ? 3 : 1;
  } finally {
    logger.close();
  }
}

/** What to do after init: the one step still missing comes first. */
function nextSteps(at: { say: (line: string) => void; created: number; target: ZendeskTarget; read: boolean; docsPath: string }): void {
  const { say, docsPath } = at;
  const flag = docsPath === 'docs' ? '' : ` --path ${docsPath}`;
  say(at.created ? 'Next:' : 'Nothing to write: every file is already there. Next:');
  if (!at.read) say(`  - put names your help center has in ${docsPath}/_defaults.yml, in place of the <placeholders>`);
  say(`  - see what a publish would do, writing nothing: npx ${NAME} plan${flag}`);
  say(`  - publish: npx ${NAME} publish${flag}`);
  if (!at.target) say('  - set zendesk-subdomain in .github/workflows/help-center.yml');
  say('  - add the repository secrets ZENDESK_OAUTH_CLIENT_ID and ZENDESK_OAUTH_CLIENT_SECRET (README, "Quick start")');
}
