import fs from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, errorMessage } from '../errors.js';
import { resolveZendeskUrl } from '../config/settings.js';
import { isInside } from '../shared/paths.js';
import { detectRepository } from '../config/repository.js';
import type { CliContext } from './run.js';
import { connectionSettings } from './settings.js';
import {
  configTemplate,
  DEFAULTS_TEMPLATE,
  GETTING_STARTED_TEMPLATE,
  WRITING_TEMPLATE,
  workflowTemplate,
  type ZendeskTarget,
} from './templates.js';
import { createTerminalLogger, isRichTerminal } from './terminal.js';
import pc from 'picocolors';
import { NAME } from './package-info.js';

/** The namespace the repository's publish uses (its repository and docs path), when known. */
async function namespaceToWrite(repo: string, docsPath: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const repository = await detectRepository(repo, env);
  return repository ? `${repository}:${docsPath}` : undefined;
}

export interface InitFlags {
  repo?: string;
  path?: string;
  zendeskUrl?: string;
  zendeskSubdomain?: string;
  quiet?: boolean;
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
    const target: ZendeskTarget = subdomain ? { subdomain: subdomain.toLowerCase() } : url ? { url } : undefined;

    const repo = path.resolve(flags.repo ?? process.cwd());
    const stat = await fs.stat(repo).catch(() => undefined);
    if (!stat?.isDirectory()) throw new ConfigError(`--repo "${repo}": no such folder`);
    const realRepo = await fs.realpath(repo);
    const docs = path.resolve(repo, flags.path?.trim() || 'docs');
    if (!isInside(repo, docs) || docs === repo)
      throw new ConfigError(`--path must be a folder inside the repository (got "${flags.path}")`);
    const docsPath = toPosix(path.relative(repo, docs));

    const samples = !(await hasMarkdown(docs));
    const files: [string, string][] = [
      [`${docsPath}/_defaults.yml`, DEFAULTS_TEMPLATE],
      ...(samples
        ? ([
            [`${docsPath}/getting-started.md`, GETTING_STARTED_TEMPLATE],
            [`${docsPath}/writing-articles.md`, WRITING_TEMPLATE],
          ] as [string, string][])
        : []),
      [`${docsPath}/zendesk-guide.yml`, configTemplate(await namespaceToWrite(repo, docsPath, ctx.env))],
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
    say(created ? 'Next:' : 'Nothing to write: every file is already there. Next:');
    if (!target) say('  - set zendesk-subdomain in .github/workflows/help-center.yml');
    say('  - set section, permission_group and user_segment in ' + `${docsPath}/_defaults.yml to names your help center has`);
    say('  - add the repository secrets ZENDESK_OAUTH_CLIENT_ID and ZENDESK_OAUTH_CLIENT_SECRET (README, "Quick start")');
    say(`  - check the docs: npx ${NAME} validate${docsPath === 'docs' ? '' : ` --path ${docsPath}`}`);
    return 0;
  } catch (error) {
    logger.error(errorMessage(error));
    return error instanceof ConfigError ? 2 : 1;
  } finally {
    logger.close();
  }
}
