import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/action/inputs.js';
import { ACTION_YML, inputVariable, parseActionMetadata, readActionMetadata, runnerInputEnv } from '../helpers/action-metadata.js';

const ROOT = path.dirname(ACTION_YML);
const VALID = fs.readFileSync(ACTION_YML, 'utf8');

/** The `INPUT_*` variables readInputs() looks at, whatever way the code asks for them. */
function variablesReadByReadInputs(): Set<string> {
  const asked = new Set<string>();
  const real = process.env;
  // No INPUT_* from the host: with none set, the boolean inputs are not parsed (and cannot throw).
  const clean = Object.fromEntries(Object.entries(real).filter(([k]) => !k.startsWith('INPUT_')));
  process.env = new Proxy(clean, {
    get(target, key, receiver) {
      if (typeof key === 'string' && key.startsWith('INPUT_')) asked.add(key);
      return Reflect.get(target, key, receiver) as string | undefined;
    },
  });
  try {
    readInputs();
  } finally {
    process.env = real;
  }
  return asked;
}

/** The README's "## Inputs" table: each row's input names (first cell) and its default cell. */
function readmeInputRows(): { names: string[]; default: string }[] {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = /^## Inputs\n([\s\S]*?)^## /m.exec(readme)?.[1];
  if (!section) throw new Error('README.md has no "## Inputs" section');
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const [first = '', dflt = ''] = line
        .split('|')
        .slice(1)
        .map((cell) => cell.trim());
      return { names: [...first.matchAll(/`([^`]+)`/g)].map((m) => m[1]!), default: dflt };
    });
}

describe('action.yml', () => {
  it('parses as strict YAML and matches the action metadata schema, running dist/index.js on node24', () => {
    const metadata = readActionMetadata();
    expect(metadata.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(Object.keys(metadata.inputs ?? {})).toContain('on-drift');
    expect(metadata.inputs?.['on-drift']?.description).toBe(
      'What to do with an article edited in Guide after the last publish: overwrite, skip or fail.',
    );
  });

  // The check above is only worth something if it fails on what the runner would refuse.
  it.each([
    [
      'an unquoted ": " in a description',
      ["    description: 'What to do", '    description: What to do'],
      /Nested mappings are not allowed in compact mappings/,
    ],
    ['a duplicate key', ['  path:\n', '  path:\n    default: docs\n'], /Map keys must be unique/],
    ['an unknown key in an input', ['  path:\n', '  path:\n    type: string\n'], /inputs\.path: Unrecognized key: "type"/],
    ['an unknown top-level key', ['runs:\n', 'env:\n  A: b\nruns:\n'], /\(top level\): Unrecognized key: "env"/],
    [
      'an unquoted boolean default',
      ["    default: 'false'\n", '    default: false\n'],
      /inputs\.archive-removed\.default: .*expected string/,
    ],
    ['a runtime the runner does not have', ['using: node24', 'using: node16'], /runs\.using:/],
    [
      'an input without a description',
      [
        '  mode:\n    description: auto (dry-run on pull requests, publish elsewhere), dry-run, publish, import (write the help center as Markdown into the workspace), or drift (report what was edited in Guide and no longer matches the docs; for a schedule).\n',
        '  mode:\n',
      ],
      /inputs\.mode\.description: .*expected string/,
    ],
    [
      'an output without a description',
      ['  created:\n    description: Number of articles created.\n', '  created:\n    value: x\n'],
      /outputs\.created\.description/,
    ],
    ['no runs.main', ['  main: dist/index.js\n', ''], /runs\.main/],
  ])('is refused with %s', (_what, [from, to], message) => {
    expect(VALID).toContain(from);
    expect(() => parseActionMetadata(VALID.replace(from!, to!))).toThrow(message);
  });

  it('declares exactly the inputs the action reads', () => {
    const declared = Object.keys(readActionMetadata().inputs ?? {}).map(inputVariable);
    expect([...variablesReadByReadInputs()].sort()).toEqual(declared.sort());
  });

  it("has every input in the README's input table, with action.yml's default", () => {
    const inputs = readActionMetadata().inputs ?? {};
    const rows = readmeInputRows();
    expect(rows.flatMap((r) => r.names).sort()).toEqual(Object.keys(inputs).sort());
    for (const row of rows) {
      for (const name of row.names) {
        const dflt = inputs[name]?.default;
        if (dflt !== undefined) expect(row.default, name).toBe(`\`${dflt}\``);
      }
    }
  });

  it('deprecates the API-token inputs with the date Zendesk stops them and the OAuth inputs to use', () => {
    const inputs = readActionMetadata().inputs ?? {};
    const deprecated = Object.entries(inputs).filter(([, i]) => i.deprecationMessage !== undefined);
    expect(deprecated.map(([name]) => name).sort()).toEqual(['zendesk-api-token', 'zendesk-email']);
    for (const [, input] of deprecated) {
      expect(input.deprecationMessage).toContain('2027-04-30');
      expect(input.deprecationMessage).toContain('zendesk-oauth-client-id');
      expect(input.deprecationMessage).toContain('zendesk-oauth-client-secret');
    }
  });
});

describe("the runner's inputs for a step (test/helpers/action-metadata.ts)", () => {
  const metadata = parseActionMetadata(`
name: n
description: d
inputs:
  plain: { description: no default }
  With_Default: { description: d, default: x }
  token-input: { description: t, default: '\${{ github.token }}' }
  both: { description: b, default: 'a-\${{github.token}}-b' }
runs: { using: node24, main: m.js }
`);

  it('names variables as @actions/core reads them: upper-cased, spaces to _, hyphens kept', () => {
    expect(inputVariable('zendesk-oauth-client-id')).toBe('INPUT_ZENDESK-OAUTH-CLIENT-ID');
    expect(inputVariable('a b c')).toBe('INPUT_A_B_C');
  });

  it('sets every default and lets with: win', () => {
    expect(runnerInputEnv(metadata, { plain: 'p', both: 'given' }, { githubToken: 'ghs_x' })).toEqual({
      INPUT_PLAIN: 'p',
      INPUT_WITH_DEFAULT: 'x',
      'INPUT_TOKEN-INPUT': 'ghs_x',
      INPUT_BOTH: 'given',
    });
  });

  it('evaluates ${{ github.token }} to the token given, or empty, as a run without one', () => {
    expect(runnerInputEnv(metadata, {})).toEqual({ INPUT_WITH_DEFAULT: 'x', 'INPUT_TOKEN-INPUT': '', INPUT_BOTH: 'a--b' });
  });

  it('refuses an input action.yml does not declare, and a default it cannot evaluate', () => {
    expect(() => runnerInputEnv(metadata, { 'zendesk-urll': 'x' })).toThrow(/unexpected input\(s\) zendesk-urll/);
    const other = parseActionMetadata(
      'name: n\ndescription: d\ninputs:\n  a: { description: a, default: "${{ github.sha }}" }\nruns: { using: node24, main: m.js }\n',
    );
    expect(() => runnerInputEnv(other, {})).toThrow(/cannot evaluate \$\{\{ github\.sha \}\}/);
  });
});
