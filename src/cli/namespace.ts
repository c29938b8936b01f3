import path from 'node:path';
import { chooseNamespace, resolveNamespace, type Namespace } from '../config/namespace.js';
import { completeSettings, resolveSettings } from '../config/resolve.js';
import type { RawSettings } from '../config/settings.js';
import { ConfigError, errorMessage } from '../errors.js';
import { writeState } from '../apply/state-write.js';
import { RemoteIndexBuilder, type HeldState } from '../plan/remote-index.js';
import { partition, ShardLayout } from '../plan/state-shards.js';
import { isRemoteError } from '../remote/errors.js';
import { ZendeskClient } from '../remote/client.js';
import { fetchSnapshot } from '../remote/snapshot.js';
import { plural } from '../report/plural.js';
import type { CliContext, ReportFlags } from './run.js';
import { commandLogger, maskSecrets } from './output.js';
import { connectionSettings, missingConnection } from './settings.js';

export interface NamespaceFlags extends ReportFlags {
  moveFrom?: string;
  yes?: boolean;
}

/**
 * `namespace`: this docs root's namespace and how it was chosen, and the namespaces whose
 * records the help center holds. With `--move-from OLD`, re-keys OLD's record to this
 * namespace (a renamed repository keeps its articles): a dry run unless `--yes`.
 */
export async function runNamespaceCommand(flags: NamespaceFlags, ctx: CliContext): Promise<number> {
  const logger = commandLogger(flags, ctx);
  const out = (line: string) => void ctx.stdout.write(line + '\n');
  const connection = connectionSettings(flags, ctx.env);
  const raw: RawSettings = { ...connection.raw, path: flags.path, mode: 'dry-run', configFile: flags.config, namespace: flags.namespace };
  maskSecrets(raw, logger);
  try {
    const given = await resolveSettings({
      raw,
      repoRoot: flags.repo ?? process.cwd(),
      names: connection.names,
      env: ctx.env,
      command: 'namespace',
      // Without a connection it still says the namespace, then what is missing.
      connection: 'unchecked',
      repository: 'clone',
    });
    const loaded = await completeSettings(given);
    const problems = loaded.diagnostics.filter((d) => d.severity === 'error');
    if (problems.length) {
      for (const d of problems) logger.error(d.message, { file: d.file, ...(d.line ? { line: d.line } : {}) });
      return 1;
    }
    const config = loaded.settings;
    const sources = config.repositorySources!;
    const root = path.relative(config.repoRoot, config.docsRoot).split(path.sep).join('/') || '.';
    let ns: Namespace = resolveNamespace(config.namespace, config.repository, root);
    if (!config.zendeskUrl || !config.auth) {
      out(`namespace: ${ns.value} (${ns.how})`);
      throw new ConfigError(missingConnection('namespace', config, connection.names, true));
    }

    const client = new ZendeskClient({ baseUrl: config.zendeskUrl, auth: config.auth, logger, concurrency: config.concurrency });
    const builder = new RemoteIndexBuilder();
    await fetchSnapshot(
      client,
      logger,
      () => false,
      (article, stored) => builder.add(article, stored),
    );
    const index = builder.build();
    // As a plan chooses it: a fork clone's remotes, `upstream` first, by which holds a record.
    if (config.namespace === undefined && !sources.fromWorkflow)
      ns = chooseNamespace(undefined, sources.candidates, root, (name) => index.states.has(name));
    out(`namespace: ${ns.value} (${ns.how})`);
    const rows = [
      ...[...index.states].map(([name, held]) => ({ name, label: name, held })),
      ...[...index.legacyStates].map(([r, held]) => ({ name: r, label: `${r} (record from before namespaces)`, held })),
    ];
    out(rows.length ? 'in the help center:' : 'in the help center: no records yet');
    for (const row of rows) {
      const mine = row.held.state.ns === ns.value ? ' ← this run' : '';
      out(`  ${row.label}: ${plural(Object.keys(row.held.state.articles).length, 'article')}, docs path ${row.held.state.root}${mine}`);
    }
    if (flags.moveFrom === undefined) return 0;

    const from: HeldState | undefined = index.states.get(flags.moveFrom) ?? index.legacyStates.get(flags.moveFrom);
    if (!from) {
      logger.error(`no record of namespace ${flags.moveFrom} in the help center; the namespaces are listed above`);
      return 1;
    }
    const owner = sources.fromWorkflow
      ? undefined
      : [...sources.candidates, ...sources.others].find((c) => `${c.repository}:${root}` === flags.moveFrom);
    if (owner) {
      logger.error(
        `namespace ${flags.moveFrom} is this clone's ${owner.via} (${owner.repository}): moving it would take its articles from that repository's publish`,
      );
      return 1;
    }
    if (index.states.has(ns.value)) {
      logger.error(`namespace ${ns.value} already has a record; moving ${flags.moveFrom} onto it would mix two sources`);
      return 1;
    }
    const count = plural(Object.keys(from.state.articles).length, 'article');
    if (!flags.yes) {
      const writes = plural(from.shards.size, 'write');
      out(`would move ${count} from ${flags.moveFrom} to ${ns.value} (${writes}); run again with --yes to do it`);
      return 0;
    }
    // Every part is re-keyed in its own article, with the entries it holds.
    const parts = partition(from.state.articles, new ShardLayout([...from.shards.values()].map((s) => s.shard)));
    for (const [label, held] of from.shards)
      await writeState(
        client,
        held.article,
        { ...from.state, ns: ns.value, root, articles: parts.get(label) ?? {} },
        undefined,
        held.shard,
      );
    out(`moved ${count} from ${flags.moveFrom} to ${ns.value}`);
    return 0;
  } catch (error) {
    logger.error(errorMessage(error));
    return error instanceof ConfigError ? 2 : isRemoteError(error) ? 3 : 1;
  } finally {
    logger.close();
  }
}
