import fs from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { isInside } from '../shared/paths.js';
import { ACTION_NAMES, type SettingNames } from './names.js';
import type { Config } from './types.js';

const toPosix = (p: string) => p.split(path.sep).join('/');

async function statOf(p: string) {
  return fs.stat(p).catch(() => undefined);
}

async function isEmptyFolder(p: string): Promise<boolean> {
  return fs.readdir(p).then(
    (entries) => entries.length === 0,
    () => false,
  );
}

/**
 * Checks that the repository, the docs folder and a named config file are where the settings
 * say, before the pipeline sends its first request: a typo in a path is a settings error (exit
 * 2, one clear message naming the flag or input), not a raw ENOENT or a finding that arrives
 * after the help center was read. The config file found by default (`<docs>/zendesk-guide.yml`)
 * is optional and not checked here.
 */
export async function checkLocalSettings(config: Config, names: SettingNames = ACTION_NAMES): Promise<void> {
  const repo = await statOf(config.repoRoot);
  if (!repo) throw new ConfigError(`${names.repo} "${config.repoRoot}": no such folder`);
  if (!repo.isDirectory()) throw new ConfigError(`${names.repo} "${config.repoRoot}" is not a folder`);
  const realRepo = await fs.realpath(config.repoRoot);
  const rel = (abs: string) => toPosix(path.relative(config.repoRoot, abs)) || '.';
  // The commonest cause of a missing docs folder in a workflow is a job without a checkout step.
  const emptyRepo = async () =>
    (await isEmptyFolder(config.repoRoot)) ? `; ${config.repoRoot} is empty: is the repository checked out?` : '';

  const docs = await statOf(config.docsRoot);
  if (!docs) {
    throw new ConfigError(
      `${names.path} "${rel(config.docsRoot)}": no such folder in the repository (${config.repoRoot})${await emptyRepo()}`,
    );
  }
  if (!docs.isDirectory()) throw new ConfigError(`${names.path} "${rel(config.docsRoot)}" is not a folder`);
  await refuseOutside(config.docsRoot, realRepo, `${names.path} "${rel(config.docsRoot)}"`);

  if (config.configFile) {
    const file = await statOf(config.configFile);
    if (!file) {
      throw new ConfigError(
        `${names.configFile} "${rel(config.configFile)}": no such file in the repository (${config.repoRoot}; the path is relative to it)`,
      );
    }
    if (!file.isFile()) throw new ConfigError(`${names.configFile} "${rel(config.configFile)}" is not a file`);
    await refuseOutside(config.configFile, realRepo, `${names.configFile} "${rel(config.configFile)}"`);
  }
}

/** A path inside the repository can still be a symbolic link to elsewhere; nothing outside is read. */
async function refuseOutside(abs: string, realRepo: string, what: string): Promise<void> {
  const real = await fs.realpath(abs);
  if (!isInside(realRepo, real)) throw new ConfigError(`${what} is a link to ${real}, outside the repository; refusing to read it`);
}
