import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GivenSettings } from '../config/resolve.js';
import type { Config } from '../config/types.js';
import { ConfigError } from '../errors.js';
import type { DiffCaps } from '../diff/types.js';
import type { Logger } from '../logger.js';
import type { Report } from '../report/model.js';
import type { RunDeps } from '../run/deps.js';
import { diffsOf } from '../run/diffs.js';
import { makePlan, reportOf } from '../run/publish.js';
import { hasErrors } from '../diagnostics.js';
import { articlePage, indexPage } from './page.js';
import { buildSite, MISSING_IMAGE } from './site.js';
import { MISSING_IMAGE_SVG, STYLESHEET } from './style.js';

export const DEFAULT_PREVIEW_DIR = 'zendesk-preview';

/** Left in every preview folder, so a later run knows it may replace the folder's contents. */
const STAMP = '.zendesk-guide-preview';

/** The preview shows every changed line: it is read page by page, not squeezed into a comment. */
const PREVIEW_DIFF_CAPS: DiffCaps = { linesPerArticle: 2000, lineChars: 2000, totalLines: Number.POSITIVE_INFINITY };

export interface PreviewOptions {
  /** Output folder; replaced if an earlier preview made it, refused if it holds anything else. */
  out: string;
  /** Open the index in the default browser when done. */
  open?: boolean;
}

/**
 * `preview`: a dry run (compared with Zendesk when there are credentials) whose every article,
 * in every locale, is rendered into a static site in `out`: an index by category and section,
 * and a page per article and locale with a banner saying what a publish would do to it and the
 * text that changes. Needs no network to view. Returns the dry run's report.
 */
export async function runPreview(
  given: GivenSettings | Readonly<Config>,
  logger: Logger,
  options: PreviewOptions,
  deps: RunDeps = {},
): Promise<Report> {
  const out = path.resolve(options.out);
  await checkOutputFolder(out);
  const withCredentials = given.zendeskUrl !== undefined && given.auth !== undefined;
  const made = await makePlan({ ...given, mode: 'dry-run' }, logger, deps, {
    spool: withCredentials,
    categories: true,
    keepMarkdown: true,
  });
  const { read } = made;
  let report: Report;
  try {
    const blocked = hasErrors(made.planned.diagnostics);
    const diffs = read.remote
      ? await diffsOf({ plan: made.planned.plan, prepared: made.rendered.prepared }, read.remote, PREVIEW_DIFF_CAPS, logger)
      : undefined;
    report = reportOf(made, { blocked, diffs });
  } finally {
    read.remote?.spool?.close();
  }
  const snapshot = read.remote?.snapshot;
  const config = read.settings;
  const source = read.source;
  const site = await logger.group('Writing the preview', async () => {
    const built = await buildSite({ config, source, snapshot, report });
    await fs.rm(out, { recursive: true, force: true });
    await fs.mkdir(path.join(out, 'assets'), { recursive: true });
    await fs.writeFile(path.join(out, STAMP), 'Made by zendesk-guide-publisher preview; the next preview replaces this folder.\n');
    await fs.writeFile(path.join(out, 'assets/style.css'), STYLESHEET);
    await fs.writeFile(path.join(out, MISSING_IMAGE), MISSING_IMAGE_SVG);
    await fs.writeFile(path.join(out, 'index.html'), indexPage(built));
    for (const doc of built.docs) {
      const file = path.join(out, doc.page);
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, articlePage(doc, built));
    }
    for (const [from, to] of built.files) {
      await fs.mkdir(path.dirname(path.join(out, to)), { recursive: true });
      await fs.copyFile(from, path.join(out, to));
    }
    for (const [to, data] of built.blobs) {
      await fs.mkdir(path.dirname(path.join(out, to)), { recursive: true });
      await fs.writeFile(path.join(out, to), data);
    }
    return built;
  });
  const index = path.join(out, 'index.html');
  logger.info(`Preview: ${site.docs.length} pages, ${site.files.size + site.blobs.size} files copied: ${index}`);
  if (options.open) openInBrowser(index, logger);
  return report;
}

/** An existing folder is replaced only when an earlier preview made it: `--out .` must never empty a repository. */
async function checkOutputFolder(out: string): Promise<void> {
  let entries: string[];
  try {
    entries = await fs.readdir(out);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') throw new ConfigError(`--out "${out}" is a file, not a folder`);
    throw error;
  }
  if (entries.length && !entries.includes(STAMP)) {
    throw new ConfigError(`--out "${out}" holds files that no preview made; refusing to replace them (name an empty or new folder)`);
  }
}

function openInBrowser(file: string, logger: Logger): void {
  const url = pathToFileURL(file).href;
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  const child = spawn(command, args, { detached: true, stdio: 'ignore' });
  child.on('error', (error) => logger.warning(`could not open a browser (${error.message}); open ${url}`));
  child.unref();
}
