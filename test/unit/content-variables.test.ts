import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyConfigFile } from '../../src/config/file.js';
import { buildConfig, parseVariables } from '../../src/config/settings.js';
import { ConfigError } from '../../src/errors.js';
import { parseYaml } from '../../src/shared/yaml.js';
import { codeRanges } from '../../src/source/code-ranges.js';
import { loadSource } from '../../src/source/load.js';
import { substitute, valueIn } from '../../src/source/variables.js';

const vars = { product: 'Acme Cloud', support: { default: 'help@acme.com', fr: 'aide@acme.fr', 'pt-br': 'ajuda@acme.br' } };

describe('variables', () => {
  it('replaces {{ name }} in text, never in code spans or fences', () => {
    const md = 'Use {{product}} or {{ product }}.\n\nRun `{{ product }}`.\n\n```\n{{ product }}\n```\n\n    {{ product }}\n';
    const out = substitute(md, vars, undefined, { skip: codeRanges(md) });
    expect(out.text).toBe('Use Acme Cloud or Acme Cloud.\n\nRun `{{ product }}`.\n\n```\n{{ product }}\n```\n\n    {{ product }}\n');
    expect(out.used).toEqual(['product']);
    expect(out.problems).toEqual([]);
  });

  it('\\{{ keeps a literal {{: Markdown shows it without the backslash, a title drops it', () => {
    expect(substitute('\\{{ product }} is {{ product }}', vars, undefined).text).toBe('\\{{ product }} is Acme Cloud');
    expect(substitute('\\{{ product }}', vars, undefined, { plain: true }).text).toBe('{{ product }}');
  });

  it('takes the locale, then its language, then default', () => {
    expect(valueIn(vars.support, 'fr-ca')).toBe('aide@acme.fr');
    expect(valueIn(vars.support, 'pt-BR')).toBe('ajuda@acme.br');
    expect(valueIn(vars.support, 'de')).toBe('help@acme.com');
    expect(valueIn(vars.support, undefined)).toBe('help@acme.com');
    expect(valueIn({ fr: 'x' }, 'de')).toBeUndefined();
  });

  it('an unknown name is a problem with the closest name; a missing locale value too', () => {
    const out = substitute('A {{ prodcut }}\nB {{ only_fr }}', { ...vars, only_fr: { fr: 'x' } }, 'de');
    expect(out.problems).toEqual([
      { offset: 2, message: 'unknown variable "prodcut"', hint: 'did you mean "product"?' },
      {
        offset: 18,
        message: 'variable "only_fr" has no value for locale de',
        hint: 'add "de" or "default" under variables.only_fr in zendesk-guide.yml',
      },
    ]);
  });

  it('loadSource replaces them in bodies, titles and fragments, with errors at file:line', async () => {
    const repo = await fs.mkdtemp(path.join(os.tmpdir(), 'zgp-vars-'));
    const files: Record<string, string> = {
      'docs/_s/contact.md': 'Mail {{ support }}.\n\nOops {{ suport }}\n',
      'docs/a.md': '---\ntitle: About {{ product }}\nsection: 1\n---\n# Hi\n\n`{{ x }}` {{ product }}\n\n<!-- include: _s/contact.md -->\n',
      'docs/a.fr.md': '---\ntitle: À propos de {{ product }}\n---\n<!-- include: _s/contact.md -->\n',
      'docs/b.md': '---\ntitle: "{{ nope }}"\nsection: 1\n---\nText {{ prodct }}.\n',
    };
    for (const [rel, text] of Object.entries(files)) {
      await fs.mkdir(path.dirname(path.join(repo, rel)), { recursive: true });
      await fs.writeFile(path.join(repo, rel), text);
    }
    const result = await loadSource(path.join(repo, 'docs'), repo, { variables: vars });
    const a = result.articles.find((x) => x.key === 'a')!;
    expect(a.meta.title).toBe('About Acme Cloud');
    expect(a.translations[0]!.title).toBe('À propos de Acme Cloud');
    expect(a.variables).toEqual(['product', 'support']);
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message} (${d.hint})`)).toEqual([
      'docs/_s/contact.md:3:6: unknown variable "suport" (did you mean "support"?)',
      'docs/b.md:2:1: title: unknown variable "nope" (known: product, support)',
      'docs/b.md:5:6: unknown variable "prodct" (did you mean "product"?)',
    ]);
  });

  it('the config file declares them; the run input wins over it', () => {
    const yaml = 'variables:\n  product: Acme Cloud\n  year: 2026\n  support:\n    default: help@acme.com\n    fr: aide@acme.fr\n';
    const base = buildConfig({ path: 'docs', mode: 'dry-run', variables: 'product=Acme Pro\nextra: x=y' }, { repoRoot: '/r' });
    const applied = applyConfigFile(base, parseYaml(yaml, 'docs/zendesk-guide.yml', 1), 'docs/zendesk-guide.yml');
    expect(applied.diagnostics).toEqual([]);
    expect(applied.config.variables).toEqual({
      product: 'Acme Pro',
      year: '2026',
      support: { default: 'help@acme.com', fr: 'aide@acme.fr' },
      extra: 'x=y',
    });
    const bad = applyConfigFile(base, parseYaml('variables:\n  "bad name": x\n  ok: [1]\n', 'z.yml', 1), 'z.yml');
    expect(bad.diagnostics.map((d) => `${d.line}: ${d.message}`)).toEqual([
      expect.stringMatching(/^2: variables.bad name must be a mapping of name: value, where a name is a letter/),
      expect.stringMatching(/^3: .*must be text/),
    ]);
  });

  it('a malformed variables line is a settings error naming the input', () => {
    expect(parseVariables('product=A\n\n  b: c\n', 'variables')).toEqual({ product: 'A', b: 'c' });
    expect(() => parseVariables('no separator', '--var')).toThrow(ConfigError);
    expect(() => parseVariables('no separator', '--var')).toThrow(/--var takes name=value/);
  });
});
