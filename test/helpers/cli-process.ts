/**
 * The real CLI as a child process, for the tests that need processes (two publishes at once,
 * Ctrl-C): `src/cli.ts` bundled once with esbuild as `npm run build` bundles it with ncc, its
 * packages left to node_modules (tsx would compile the source on every start).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Simulator } from '../zendesk-sim/index.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Bundles the CLI inside the repository (so its imports of packages resolve); returns its path and a cleanup. */
export async function bundleCli(name: string): Promise<{ cli: string; cleanup: () => Promise<void> }> {
  const dir = path.join(ROOT, '.tmp', `${name}-${process.pid}`);
  const cli = path.join(dir, 'cli.mjs');
  await build({
    entryPoints: [path.join(ROOT, 'src/cli.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    target: 'node20',
    outfile: cli,
    logLevel: 'warning',
  });
  return { cli, cleanup: () => fs.rm(dir, { recursive: true, force: true }) };
}

export interface CliProcess {
  child: ChildProcess;
  /** Everything it wrote, both streams, as it comes. */
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts `zendesk-guide-publisher <args>` against the simulator (plain output, no colour). */
export function startCli(cli: string, sim: Simulator, args: string[]): CliProcess {
  let output = '';
  const child = spawn(process.execPath, [cli, ...args], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      TMPDIR: process.env.TMPDIR ?? '',
      NO_COLOR: '1',
      ZENDESK_URL: sim.url,
      ZENDESK_OAUTH_TOKEN: sim.credentials.oauthToken,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}
