import type { Diagnostic } from '../diagnostics.js';
import type { Logger } from '../logger.js';
import { ReusePlanner } from '../plan/reuse.js';
import { AssetReader } from '../render/assets.js';
import type { PreparedArticle, ReuseCheck } from '../render/prepare.js';
import { plural } from '../report/plural.js';
import { localFilePolicy } from '../shared/local-file.js';
import type { RunRead } from './read.js';

export interface RunRendered {
  prepared: PreparedArticle[];
  diagnostics: Diagnostic[];
}

/**
 * The second stage: every file's body as Zendesk will store it. A file whose Zendesk copy
 * records the same source (its fingerprint, and the hashes of the files it uses) is not
 * rendered again: a no-op renders nothing.
 */
export async function renderRun(read: RunRead, logger: Logger): Promise<RunRendered> {
  const { settings, source, remote } = read;
  return logger.group('Rendering', async () => {
    const reader = new AssetReader(localFilePolicy(settings));
    let reuse: ReuseCheck | undefined;
    if (remote) {
      const planner = new ReusePlanner(source.articles, remote.snapshot, remote.index, {
        docsRoot: settings.docsRoot,
        defaultLocale: settings.defaultLocale ?? remote.snapshot.defaultLocale,
      });
      const files = planner.filesToHash();
      const shas = await Promise.all(files.map((f) => reader.shaOf(f)));
      reuse = planner.check(new Map(files.map((f, i) => [f, shas[i]])));
    }
    // Loaded on demand: the Markdown toolchain is the bulk of the bundle, and the help center
    // is already being read while it loads.
    const { prepareArticles } = await import('../render/prepare.js');
    const defaultLocale = settings.defaultLocale ?? remote?.snapshot.defaultLocale;
    const result = await prepareArticles(source.articles, {
      docsRoot: settings.docsRoot,
      repoRoot: settings.repoRoot,
      render: settings.render,
      ...(defaultLocale ? { defaultLocale } : {}),
      reader,
      ...(reuse ? { reuse } : {}),
    });
    const reused = result.prepared.reduce((n, p) => n + p.bodies.filter((b) => b.reused).length, 0);
    if (reused) logger.info(`${plural(reused, 'unchanged file')} not rendered again (their Zendesk copy records the same source)`);
    return result;
  });
}
