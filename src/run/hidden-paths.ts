import fs from 'node:fs/promises';
import path from 'node:path';
import type { Settings } from '../config/resolve.js';
import type { Diagnostic } from '../diagnostics.js';
import { AssetReader } from '../render/assets.js';
import { localFilePolicy } from '../shared/local-file.js';
import type { SourceResult } from '../source/load.js';

/**
 * Text that may refer to a dotfile, a dot-folder or .git/: a path segment that starts with a dot
 * and is neither `.` nor `..` (`.git/config`, `../.env`), or a dot written as an escape (`%2e`,
 * `&#46;`, `&period;`). Deliberately loose: a false alarm ("see .NET") only means the files are
 * checked before Zendesk is asked instead of while it is.
 */
const MAY_BE_HIDDEN = /(?:^|[\s(<[\]"'=:/\\{|>])\.[^\s./\\)\]"'>]|%2e|&#0*46;|&#x0*2e;|&period;/i;

/** Files read side by side by the look: enough to keep the disk busy, few enough to hold little. */
const READ_AT_ONCE = 64;

/** What the files may refer to that must never leave the repository, found by reading them, not parsing them. */
interface Suspects {
  /** Markdown files (absolute paths) whose text may refer to a hidden path. */
  files: Set<string>;
  /** Names of symbolic links in the docs folder: a link may point into .git/ under a harmless name. */
  links: Set<string>;
}

/**
 * Edge I/O, before any request: the Markdown under the docs root (dot-folders are never read)
 * whose text may refer to a hidden path, and the symbolic links there. Cheap next to loading
 * the files: no YAML, no Markdown parser, only a look at each file's text.
 */
export async function mayReferToHiddenPaths(docsRoot: string): Promise<Suspects | undefined> {
  const found: Suspects = { files: new Set(), links: new Set() };
  const markdown: string[] = [];
  await walk(docsRoot, markdown, found.links);
  const links = [...found.links];
  // A few files at a time, each text let go once looked at: 120,000 files held at once would be
  // hundreds of megabytes before the run has read anything.
  for (let i = 0; i < markdown.length; i += READ_AT_ONCE) {
    await Promise.all(
      markdown.slice(i, i + READ_AT_ONCE).map(async (file) => {
        const text = await fs.readFile(file, 'utf8').catch(() => '');
        if (MAY_BE_HIDDEN.test(text) || links.some((name) => text.includes(name))) found.files.add(file);
      }),
    );
  }
  return found.files.size ? found : undefined;
}

async function walk(dir: string, markdown: string[], links: Set<string>): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  await Promise.all(
    entries.map(async (e) => {
      if (e.name.startsWith('.') || e.name === 'node_modules') return;
      const abs = path.join(dir, e.name);
      if (e.isSymbolicLink()) links.add(e.name);
      if (e.isDirectory()) await walk(abs, markdown, links);
      else if (/\.(md|markdown)$/i.test(e.name)) markdown.push(abs);
    }),
  );
}

/**
 * Whether the suspect files really refer to a path the run refuses: their includes were checked
 * as they were loaded, and their images and files are checked here by rendering them (offline,
 * nothing kept). The refusals themselves are reported by the run's render stage, once.
 */
export async function refusedBeforeRequests(
  local: { settings: Settings; source: SourceResult },
  suspects: Suspects,
  diagnostics: readonly Diagnostic[],
): Promise<boolean> {
  if (diagnostics.some((d) => d.code === 'local-path-refused')) return true;
  const { settings, source } = local;
  const inFiles = (absPath: string) => suspects.files.has(absPath);
  const articles = source.articles.filter((a) => inFiles(a.absPath) || a.translations.some((t) => inFiles(t.absPath)));
  if (!articles.length) return false;
  const { prepareArticles } = await import('../render/prepare.js');
  const checked = await prepareArticles(articles, {
    docsRoot: settings.docsRoot,
    repoRoot: settings.repoRoot,
    render: settings.render,
    ...(settings.defaultLocale ? { defaultLocale: settings.defaultLocale } : {}),
    reader: new AssetReader(localFilePolicy(settings)),
  });
  return checked.diagnostics.some((d) => d.code === 'local-path-refused');
}
