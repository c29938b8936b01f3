import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import type { Simulator } from '../zendesk-sim/index.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A copy of examples/ to edit, so a test can change a sentence the way a pull request would. */
export async function copyOfExamples(): Promise<string> {
  const repo = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-examples-'));
  await fs.cp(path.join(ROOT, 'examples'), repo, { recursive: true });
  return repo;
}

export const simEnv = (sim: Simulator) => ({
  ZENDESK_URL: sim.url,
  ZENDESK_OAUTH_CLIENT_ID: sim.credentials.oauthClientId,
  ZENDESK_OAUTH_CLIENT_SECRET: sim.credentials.oauthClientSecret,
});

/** Runs the CLI as a person would, with its output captured rather than printed. */
export async function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = (chunk: string | Uint8Array) => ((stdout += String(chunk)), true);
  process.stderr.write = (chunk: string | Uint8Array) => ((stderr += String(chunk)), true);
  try {
    const code = await main(args, env);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

/** Every file under a folder, relative to it, forward slashes. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}
