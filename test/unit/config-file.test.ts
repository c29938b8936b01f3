import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { applyConfigFile, configJsonSchema, loadConfigFile } from '../../src/config/file.js';
import { buildConfig } from '../../src/config/settings.js';
import type { Config } from '../../src/config/types.js';
import { parseYaml } from '../../src/shared/yaml.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FILE = 'docs/zendesk-guide.yml';

function settings(overrides: Partial<Config> = {}): Config {
  return { ...buildConfig({ path: 'docs', mode: 'dry-run' }, { repoRoot: '/repo' }), ...overrides };
}

const apply = (yaml: string, config = settings()) => applyConfigFile(config, parseYaml(yaml, FILE, 1, 'the config file'), FILE);

describe('config file: applying zendesk-guide.yml', () => {
  it('sets the labels mode, replace by default, and rejects anything else at its line', () => {
    expect(apply('labels_mode: merge').config.labelsMode).toBe('merge');
    expect(apply('default_locale: en-us').config.labelsMode).toBe('replace');
    expect(apply('\nlabels_mode: keep').diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: FILE,
        line: 2,
        message: expect.stringContaining('labels_mode must be replace or merge'),
      }),
    ]);
  });

  it('reads every setting, with the line of each alias kept for error messages', () => {
    const { config, diagnostics } = apply(
      [
        'default_locale: EN-US',
        'include: ["**/*.md"]',
        'exclude: [drafts/**, README.md]',
        'aliases:',
        '  sections:',
        '    Billing: Account & billing / Invoices',
        '    Legacy: 360000200001',
        '  permission_groups: { Editors: Agents }',
        '  user_segments: { Public: everyone }',
        'render:',
        '  alerts: false',
      ].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    expect(config.defaultLocale).toBe('en-us');
    expect(config.include).toEqual(['**/*.md']);
    expect(config.exclude).toEqual(['drafts/**', 'README.md']);
    expect(config.render).toEqual({ alerts: false, allowUnsafeHtml: false });
    expect(config.aliases?.sections).toEqual({
      Billing: { target: 'Account & billing / Invoices', at: { file: FILE, line: 6, column: 5 } },
      Legacy: { target: 360000200001, at: { file: FILE, line: 7, column: 5 } },
    });
    expect(config.aliases?.permissionGroups.Editors?.target).toBe('Agents');
    expect(config.aliases?.userSegments.Public?.target).toBe('everyone');
  });

  it('lets an explicit input or flag win over the file, and the file over the help center default', () => {
    expect(apply('default_locale: fr', settings({ defaultLocale: 'de' })).config.defaultLocale).toBe('de');
    expect(apply('default_locale: fr').config.defaultLocale).toBe('fr');
    // Nothing set anywhere: undefined, so the planner uses the help center's default locale.
    expect(apply('render: { alerts: true }').config.defaultLocale).toBeUndefined();
  });

  it('accepts an empty file and keeps every default', () => {
    const { config, diagnostics } = apply('# nothing yet\n');
    expect(diagnostics).toEqual([]);
    expect(config.render).toEqual({ alerts: true, allowUnsafeHtml: false });
    expect(config.include).toBeUndefined();
  });

  it('reports every problem at its own line, nested keys included, and changes nothing', () => {
    const before = settings();
    const { config, diagnostics } = apply(
      [
        'default_locale: english please',
        'exclude:',
        '  - /abs/**',
        'render:',
        '  alerts: "yes"',
        '  allow_unsafe: true',
        'labels_mod: merge',
      ].join('\n'),
      before,
    );
    expect(config).toBe(before);
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: FILE, line: 1, column: 1, message: 'default_locale must be a locale code such as en-us' }),
      expect.objectContaining({ line: 3, column: 5, message: 'exclude[0] must be relative to the docs folder' }),
      expect.objectContaining({ line: 5, column: 3, message: 'render.alerts must be true or false' }),
      expect.objectContaining({
        line: 6,
        column: 3,
        message: 'unknown key "render.allow_unsafe"',
        hint: 'did you mean "allow_unsafe_html"?',
      }),
      expect.objectContaining({ line: 7, column: 1, message: 'unknown key "labels_mod"', hint: 'did you mean "labels_mode"?' }),
    ]);
  });

  it('never relaxes sanitizing silently: allow_unsafe_html is a warning at its line on every run', () => {
    const { config, diagnostics } = apply('render:\n  allow_unsafe_html: true\n');
    expect(config.render?.allowUnsafeHtml).toBe(true);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: FILE,
        line: 2,
        column: 3,
        message: expect.stringContaining('published unsanitized'),
      }),
    ]);
  });

  it('parses YAML safely: no custom tags, bounded aliases', () => {
    expect(apply('default_locale: !!js/function "x"').diagnostics[0]?.message).toMatch(/invalid YAML/);
  });
});

describe('config file: finding and reading it', () => {
  let repo: string;
  afterEach(async () => {
    if (repo) await fs.rm(repo, { recursive: true, force: true });
  });
  const tree = async (files: Record<string, string>) => {
    repo = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-config-'));
    for (const [rel, text] of Object.entries(files)) {
      await fs.mkdir(path.dirname(path.join(repo, rel)), { recursive: true });
      await fs.writeFile(path.join(repo, rel), text);
    }
    return repo;
  };

  it('reads zendesk-guide.yml at the docs root when no file is named', async () => {
    const root = await tree({ 'docs/zendesk-guide.yml': 'default_locale: fr\n' });
    const loaded = await loadConfigFile(buildConfig({ path: 'docs', mode: 'dry-run' }, { repoRoot: root }));
    expect(loaded.file).toBe('docs/zendesk-guide.yml');
    expect(loaded.config.defaultLocale).toBe('fr');
  });

  it('reads the file named by the config input or --config, relative to the repository', async () => {
    const root = await tree({ '.github/guide.yml': 'default_locale: ja\n', 'docs/zendesk-guide.yml': 'default_locale: fr\n' });
    const loaded = await loadConfigFile(
      buildConfig({ path: 'docs', mode: 'dry-run', configFile: '.github/guide.yml' }, { repoRoot: root }),
    );
    expect(loaded.file).toBe('.github/guide.yml');
    expect(loaded.config.defaultLocale).toBe('ja');
  });

  it('is optional, unless a missing file was named explicitly', async () => {
    const root = await tree({ 'docs/a.md': '# A\n' });
    const none = await loadConfigFile(buildConfig({ path: 'docs', mode: 'dry-run' }, { repoRoot: root }));
    expect(none).toMatchObject({ file: undefined, diagnostics: [] });
    const named = await loadConfigFile(buildConfig({ path: 'docs', mode: 'dry-run', configFile: 'nope.yml' }, { repoRoot: root }));
    expect(named.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', file: 'nope.yml', line: 1, message: 'the config file does not exist' }),
    ]);
  });

  it('refuses a config file that is a symlink out of the repository', async () => {
    const root = await tree({ 'docs/a.md': '# A\n' });
    const outside = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-outside-'));
    try {
      await fs.writeFile(path.join(outside, 'secret.yml'), 'default_locale: fr\n');
      await fs.symlink(path.join(outside, 'secret.yml'), path.join(root, 'docs/zendesk-guide.yml'));
      const loaded = await loadConfigFile(buildConfig({ path: 'docs', mode: 'dry-run' }, { repoRoot: root }));
      expect(loaded.diagnostics[0]?.message).toMatch(/outside the repository/);
      expect(loaded.config.defaultLocale).toBeUndefined();
    } finally {
      await fs.rm(outside, { recursive: true, force: true });
    }
  });
});

describe('zendesk-guide.schema.json', () => {
  it('is generated from the same zod schema and committed up to date (run `npm run schema`)', async () => {
    const committed = JSON.parse(await fs.readFile(path.join(ROOT, 'zendesk-guide.schema.json'), 'utf8'));
    expect(committed).toEqual(configJsonSchema());
  });

  it('describes every key the validator accepts, and nothing else', () => {
    const schema = configJsonSchema() as { properties: Record<string, unknown>; additionalProperties: boolean };
    expect(Object.keys(schema.properties).sort()).toEqual([
      'aliases',
      'allow_dot_paths',
      'create_sections',
      'default_author',
      'default_locale',
      'exclude',
      'include',
      'labels_mode',
      'namespace',
      'outdated_translations',
      'render',
      'variables',
    ]);
    expect(schema.additionalProperties).toBe(false);
  });

  it('is what examples/docs/zendesk-guide.yml is written against', async () => {
    const text = await fs.readFile(path.join(ROOT, 'examples/docs/zendesk-guide.yml'), 'utf8');
    const { diagnostics } = applyConfigFile(
      settings(),
      parseYaml(text, 'examples/docs/zendesk-guide.yml', 1),
      'examples/docs/zendesk-guide.yml',
    );
    expect(diagnostics).toEqual([]);
  });
});

describe('docs/front-matter.md', () => {
  it('shows a config file that validates', async () => {
    const reference = await fs.readFile(path.join(ROOT, 'docs/front-matter.md'), 'utf8');
    const section = reference.slice(reference.indexOf('## Config file'));
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(yaml).toBeDefined();
    const { config, diagnostics } = apply(yaml!);
    expect(diagnostics).toEqual([]);
    expect(Object.keys(config.aliases?.sections ?? {})).toEqual(['Billing', 'FAQ']);
  });
});
