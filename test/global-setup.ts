import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Every temporary folder the tests make (docs trees, workspaces, event payloads, the runner's
 * temp) goes under one folder per run, removed at the end, so test runs leave nothing behind.
 */
export default function setup(): () => void {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'zgp-tests-'));
  process.env.TMPDIR = root;
  return () => fs.rmSync(root, { recursive: true, force: true });
}
