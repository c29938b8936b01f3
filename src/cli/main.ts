import { parseArgs } from 'node:util';
import { checkLocalSettings } from '../config/local.js';
import { CLI_NAMES, type SettingNames } from '../config/names.js';
import { buildConfig, settingsSoFar, type RawSettings } from '../config/settings.js';
import type { Config } from '../config/types.js';
import { errorMessage } from '../errors.js';
import { createConsoleLogger } from '../logger.js';
import { exitCodeOf, runPipeline } from '../pipeline.js';
import { renderReportMarkdown } from '../report/markdown.js';
import { renderText } from '../report/text.js';
import { failedReport, type Report } from '../report/model.js';
import { writeJsonReport } from '../report/write.js';
import { writeBackIds } from '../apply/writeback.js';

const USAGE = `Usage: zendesk-guide-publisher <command> [options]

Commands:
  plan       validate, render and compare with Zendesk; write nothing (a dry run)
  publish    the same, then apply the changes
  preview    render every article into a static site (compared with Zendesk when credentials are set)

Options (each also read from the environment variable in brackets):
  --path DIR                      docs root, relative to --repo (default: docs)
  --repo DIR                      repository root; nothing outside it is read (default: .)
  --zendesk-url URL               e.g. https://acme.zendesk.com [ZENDESK_URL]
  --zendesk-subdomain NAME        alternative to --zendesk-url [ZENDESK_SUBDOMAIN]
  --zendesk-oauth-client-id ID    OAuth client credentials, recommended [ZENDESK_OAUTH_CLIENT_ID]
  --zendesk-oauth-client-secret S                                   [ZENDESK_OAUTH_CLIENT_SECRET]
  --zendesk-oauth-token TOKEN     a ready OAuth access token [ZENDESK_OAUTH_TOKEN]
  --zendesk-email EMAIL           legacy API-token auth [ZENDESK_EMAIL]
  --zendesk-api-token TOKEN       (retired by Zendesk on 2027-04-30) [ZENDESK_API_TOKEN]
  --default-locale LOCALE         source locale when a file sets none
  --archive-removed               archive published articles whose file is gone
  --max-archive N                 refuse to archive more than N in one run (default: 10)
  --on-drift overwrite|skip|fail  what to do with articles edited in Guide (default: overwrite)
  --config FILE                   config file (default: <path>/zendesk-guide.yml if present)
  --json FILE                     also write the JSON report to FILE
  --write-back-ids                add the id of each new article to its file's front matter
  --markdown                      print the report as Markdown instead of text
  --out DIR                       preview: the site's folder (default: zendesk-preview)
  --open                          preview: open it in the browser when done
  --verbose                       debug output
  -h, --help                      this help

Secrets are better passed through the environment than as flags (shell history).

Exit codes: 0 done, 1 errors in the docs or an article failed, 2 bad usage or settings,
3 Zendesk could not be used (auth, network or server).`;

/** The CLI: the same pipeline as the action, with flags and environment instead of inputs. */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        path: { type: 'string' },
        repo: { type: 'string' },
        'zendesk-url': { type: 'string' },
        'zendesk-subdomain': { type: 'string' },
        'zendesk-oauth-client-id': { type: 'string' },
        'zendesk-oauth-client-secret': { type: 'string' },
        'zendesk-oauth-token': { type: 'string' },
        'zendesk-email': { type: 'string' },
        'zendesk-api-token': { type: 'string' },
        'default-locale': { type: 'string' },
        'archive-removed': { type: 'boolean' },
        'max-archive': { type: 'string' },
        'on-drift': { type: 'string' },
        concurrency: { type: 'string' },
        config: { type: 'string' },
        json: { type: 'string' },
        'write-back-ids': { type: 'boolean' },
        markdown: { type: 'boolean' },
        out: { type: 'string' },
        open: { type: 'boolean' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`${errorMessage(error)}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.help || !command) {
    process.stdout.write(USAGE + '\n');
    return values.help ? 0 : 2;
  }
  if (command !== 'plan' && command !== 'publish' && command !== 'preview') {
    process.stderr.write(`unknown command "${command}"\n\n${USAGE}\n`);
    return 2;
  }
  const logger = createConsoleLogger({ verbose: values.verbose ?? false });
  // A setting given through the environment is named by its variable in errors, not by a flag
  // the user never typed.
  const names: SettingNames = { ...CLI_NAMES };
  const pick = (flag: string | undefined, name: string, key: keyof SettingNames) => {
    if (flag === undefined && env[name] !== undefined) names[key] = name;
    return flag ?? env[name];
  };
  const raw: RawSettings = {
    zendeskUrl: pick(values['zendesk-url'], 'ZENDESK_URL', 'zendeskUrl'),
    zendeskSubdomain: pick(values['zendesk-subdomain'], 'ZENDESK_SUBDOMAIN', 'zendeskSubdomain'),
    oauthClientId: pick(values['zendesk-oauth-client-id'], 'ZENDESK_OAUTH_CLIENT_ID', 'oauthClientId'),
    oauthClientSecret: pick(values['zendesk-oauth-client-secret'], 'ZENDESK_OAUTH_CLIENT_SECRET', 'oauthClientSecret'),
    oauthToken: pick(values['zendesk-oauth-token'], 'ZENDESK_OAUTH_TOKEN', 'oauthToken'),
    email: pick(values['zendesk-email'], 'ZENDESK_EMAIL', 'email'),
    apiToken: pick(values['zendesk-api-token'], 'ZENDESK_API_TOKEN', 'apiToken'),
    path: values.path,
    mode: command === 'publish' ? 'publish' : 'dry-run',
    defaultLocale: values['default-locale'],
    archiveRemoved: values['archive-removed'] ?? false,
    maxArchive: values['max-archive'],
    onDrift: values['on-drift'],
    concurrency: values.concurrency,
    configFile: values.config,
  };
  for (const secret of [raw.oauthClientSecret, raw.oauthToken, raw.apiToken]) if (secret) logger.setSecret(secret);

  const started = Date.now();
  let config: Config | undefined;
  let report: Report;
  try {
    config = buildConfig(raw, { repoRoot: values.repo ?? process.cwd(), names });
    // Before the first request: a missing repository, docs folder or config file is a usage error.
    await checkLocalSettings(config, names);
    if (command === 'preview') {
      // Loaded on demand: the preview's page templates and highlighter serve no other command.
      const { runPreview, DEFAULT_PREVIEW_DIR } = await import('../preview/command.js');
      report = await runPreview(config, logger, { out: values.out ?? DEFAULT_PREVIEW_DIR, open: values.open ?? false });
    } else {
      report = await runPipeline(config, logger);
    }
  } catch (error) {
    const known = config ?? settingsSoFar(raw, undefined);
    const offline = config ? !(config.zendeskUrl && config.auth) : false;
    report = failedReport(error, { ...known, offline, durationMs: Date.now() - started });
    logger.error(report.error!.message);
  }

  let code = exitCodeOf(report);
  if (values.json) {
    try {
      await writeJsonReport(report, values.json);
    } catch (error) {
      logger.error(`could not write the JSON report to ${values.json}: ${errorMessage(error)}`);
      // The run may have gone well; the report asked for is missing all the same: a usage problem.
      if (code === 0) code = 2;
    }
  }
  if (!report.error && values['write-back-ids'] && Object.keys(report.newIds).length) {
    try {
      const changed = await writeBackIds(report.newIds, config!.repoRoot);
      logger.info(`wrote ids into ${changed.length} file(s): ${changed.join(', ')}`);
    } catch (error) {
      logger.error(`could not write the new ids into the files: ${errorMessage(error)}`);
      if (code === 0) code = 1;
    }
  }
  // The text of a failed run is its error, which the log (stderr) already has; Markdown is asked
  // for to be posted somewhere, where the failure must replace an older report.
  if (values.markdown) process.stdout.write(renderReportMarkdown(report) + '\n');
  else if (!report.error) process.stdout.write(renderText(report) + '\n');
  return code;
}
