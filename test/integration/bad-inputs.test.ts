/**
 * The broken-input corpus: every case under test/fixtures/bad/<case>/ is a small repository
 * (docs/ and sometimes a config file) plus expected.json. Each runs through the real pipeline
 * in publish mode against the simulator over HTTP, and must end with exactly the expected
 * diagnostics (file, line, column, message), a non-zero exit and not one write request.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawSettings } from '../../src/config/settings.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { exitCodeOf } from '../../src/run/exit.js';
import type { Report } from '../../src/report/model.js';
import { isLeaseWrite, isStateWrite, publish } from '../helpers/docs-tree.js';
import { startSimulator, type RequestLogEntry, type Simulator } from '../zendesk-sim/index.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
const BAD = path.join(FIXTURES, 'bad');

interface ExpectedDiagnostic {
  severity?: 'error' | 'warning';
  file: string;
  line?: number;
  column?: number;
  /** A substring of the message. */
  message: string;
  /** A substring of the hint. */
  hint?: string;
}

interface Expected {
  description: string;
  /** Something git should not carry (a symlink out of the repo, 1 MB, case twins), made per run. */
  setup?: keyof typeof SETUPS;
  /** Extra settings, as inputs or flags would give them. */
  settings?: Partial<RawSettings>;
  /** Every error the run must report, and no other error. Warnings listed here must appear too. */
  diagnostics: ExpectedDiagnostic[];
}

/** What actions/checkout leaves in .git/config with `persist-credentials: true` (the token is made up). */
const FAKE_GIT_CONFIG = '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX25vdGFyZWFsdG9rZW4=\n';

/** `repo` is the case's copy; its parent is a scratch folder that is outside the repository. */
const SETUPS = {
  'duplicate-locale': async (repo: string) => {
    await fs.writeFile(path.join(repo, 'docs/a.FR.md'), '---\ntitle: A FR\n---\n\nTexte.\n');
  },
  'case-twins': async (repo: string) => {
    await fs.writeFile(path.join(repo, 'docs/Guide.md'), '---\ntitle: Guide\n---\n\nOne.\n');
    await fs.writeFile(path.join(repo, 'docs/guide.md'), '---\ntitle: guide\n---\n\nTwo.\n');
  },
  'symlink-image-outside': async (repo: string) => {
    const outside = path.join(path.dirname(repo), 'outside');
    await fs.mkdir(outside, { recursive: true });
    await fs.writeFile(path.join(outside, 'logo.png'), 'not really a png');
    await fs.mkdir(path.join(repo, 'docs/images'), { recursive: true });
    await fs.symlink(path.join(outside, 'logo.png'), path.join(repo, 'docs/images/logo.png'));
  },
  'symlink-markdown-outside': async (repo: string) => {
    const outside = path.join(path.dirname(repo), 'outside');
    await fs.mkdir(outside, { recursive: true });
    await fs.writeFile(path.join(outside, 'secret.md'), '---\ntitle: Secret\n---\n\nPrivate.\n');
    await fs.symlink(path.join(outside, 'secret.md'), path.join(repo, 'docs/secret.md'));
  },
  oversize: async (repo: string) => {
    // Generated, not committed: 1 MB of fixture would weigh on every clone.
    const line = 'All work and no play makes a very long article indeed. '.repeat(2) + '\n';
    await fs.writeFile(
      path.join(repo, 'docs/big.md'),
      '---\ntitle: Big\n---\n\n' + line.repeat(Math.ceil((1.1 * 1024 * 1024) / line.length)),
    );
  },
  // Dot-paths are made here: git would not carry a .git/ folder inside a fixture, and a
  // committed .env would look like a leaked secret.
  'git-dir': async (repo: string) => {
    await fs.mkdir(path.join(repo, '.git'), { recursive: true });
    await fs.writeFile(path.join(repo, '.git/config'), FAKE_GIT_CONFIG);
  },
  dotfiles: async (repo: string) => {
    await fs.writeFile(path.join(repo, '.env'), 'ZENDESK_API_TOKEN=not-a-real-token\n');
    await fs.writeFile(path.join(repo, 'docs/.npmrc'), '//registry.npmjs.org/:_authToken=not-a-real-token\n');
  },
  'dot-folder': async (repo: string) => {
    await fs.mkdir(path.join(repo, 'docs/.private'), { recursive: true });
    await fs.writeFile(path.join(repo, 'docs/.private/key.png'), 'not really a png');
    await fs.mkdir(path.join(repo, '.ssh'), { recursive: true });
    await fs.writeFile(path.join(repo, '.ssh/id_ed25519'), 'not a real key');
    await fs.mkdir(path.join(repo, '.git'), { recursive: true });
    await fs.writeFile(path.join(repo, '.git/HEAD'), 'ref: refs/heads/main\n');
  },
  'symlink-into-git': async (repo: string) => {
    await fs.mkdir(path.join(repo, '.git'), { recursive: true });
    await fs.writeFile(path.join(repo, '.git/config'), FAKE_GIT_CONFIG);
    await fs.mkdir(path.join(repo, 'docs/images'), { recursive: true });
    await fs.symlink('../../.git/config', path.join(repo, 'docs/images/logo.png'));
  },
  'nul-bytes': async (repo: string) => {
    await fs.writeFile(path.join(repo, 'docs/binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]));
  },
};

async function loadCases(): Promise<{ name: string; expected: Expected }[]> {
  const names = (await fs.readdir(BAD, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => ({
      name,
      expected: JSON.parse(await fs.readFile(path.join(BAD, name, 'expected.json'), 'utf8')) as Expected,
    })),
  );
}

const cases = await loadCases();
let scratch: string;

beforeAll(async () => {
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-bad-'));
});
afterAll(async () => {
  if (scratch) await fs.rm(scratch, { recursive: true, force: true });
});

/**
 * Copies a fixture into a scratch repository and runs the whole pipeline on it against a fresh
 * simulator, so one case that wrongly writes cannot change what the next one sees.
 */
async function run(
  fixture: string,
  expected: Pick<Expected, 'setup' | 'settings'>,
): Promise<{ report: Report; log: string[]; writes: RequestLogEntry[] }> {
  const sim = await startSimulator();
  try {
    return { ...(await runAgainst(sim, fixture, expected)), writes: sim.writes() };
  } finally {
    await sim.close();
  }
}

async function runAgainst(
  sim: Simulator,
  fixture: string,
  expected: Pick<Expected, 'setup' | 'settings'>,
): Promise<{ report: Report; log: string[] }> {
  const repo = path.join(scratch, path.basename(fixture), 'repo');
  await fs.cp(fixture, repo, { recursive: true, filter: (src) => path.basename(src) !== 'expected.json' });
  if (expected.setup) await SETUPS[expected.setup](repo);
  return publish(sim, { repo }, expected.settings);
}

const matches = (d: Diagnostic, e: ExpectedDiagnostic) =>
  d.severity === (e.severity ?? 'error') &&
  d.file === e.file &&
  (e.line === undefined || d.line === e.line) &&
  (e.column === undefined || d.column === e.column) &&
  d.message.includes(e.message) &&
  (e.hint === undefined || (d.hint ?? '').includes(e.hint));

const show = (list: Diagnostic[]) =>
  list.map((d) => `${d.severity} ${d.file}:${d.line ?? '-'}:${d.column ?? '-'} ${d.message}${d.hint ? ` (${d.hint})` : ''}`).join('\n');

describe('broken inputs: every problem at file:line, all in one run, zero writes', () => {
  it('has a corpus of at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('$name', async ({ name, expected }) => {
    const { report, log, writes } = await run(path.join(BAD, name), expected);
    const errors = report.diagnostics.filter((d) => d.severity === 'error');

    for (const e of expected.diagnostics) {
      expect(
        report.diagnostics.some((d) => matches(d, e)),
        `expected ${JSON.stringify(e)}\nin:\n${show(report.diagnostics)}`,
      ).toBe(true);
    }
    // Nothing else went wrong: a cascade of follow-up errors would bury the real one.
    const unexpected = errors.filter((d) => !expected.diagnostics.some((e) => matches(d, e)));
    expect(unexpected, `unexpected errors:\n${show(unexpected)}`).toEqual([]);

    expect(report.blocked).toBe(true);
    expect(exitCodeOf(report)).toBe(1);
    expect(writes).toEqual([]);
    // The log names the place as compilers do, so a terminal or an editor can jump to it.
    for (const d of errors) {
      const where = [d.file, d.line, d.line ? d.column : undefined].filter((p) => p !== undefined).join(':');
      expect(log).toContainEqual(expect.stringContaining(`error: ${where}: ${d.message}`));
    }
  });
});

describe('the same harness on a valid tree', () => {
  it('publishes it, using the config file, aliases, include/exclude and a translation', async () => {
    const { report, log, writes } = await run(path.join(FIXTURES, 'good'), {});
    expect(
      report.diagnostics.filter((d) => d.severity === 'error'),
      log.join('\n'),
    ).toEqual([]);
    expect(report.blocked).toBe(false);
    expect(report.counts).toMatchObject({ created: 3, failed: 0 });
    // Proof that the zero-write assertions above can fail: this run does write.
    const creates = writes.filter(
      (w) => w.method === 'POST' && /\/sections\/\d+\/articles$/.test(w.path) && !isStateWrite(w) && !isLeaseWrite()(w),
    );
    expect(creates.map((w) => w.path).sort()).toEqual(
      [
        // `Billing` is an alias for "Account & billing / Invoices"; `FAQ` one for "Account & billing / FAQ".
        '/api/v2/help_center/sections/360000200003/articles',
        '/api/v2/help_center/sections/360000200004/articles',
        '/api/v2/help_center/sections/360000200001/articles',
      ].sort(),
    );
    const titles = report.rows.map((r) => r.title).sort();
    expect(titles).toEqual(['Change where invoices are sent', 'Install the app', 'Refunds']);
    expect(report.rows.some((r) => r.file?.includes('drafts/'))).toBe(false);
  });
});
