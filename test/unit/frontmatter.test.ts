import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseSimpleYaml, parseYaml, parseYamlDocument, pathKey } from '../../src/shared/yaml.js';
import { splitFrontMatter } from '../../src/source/frontmatter.js';
import { mulberry32 } from '../zendesk-sim/faults.js';
import { frontMatterSchema, FRONT_MATTER_KEYS } from '../../src/source/schema.js';
import { validateWithSchema } from '../../src/shared/validate.js';

function parse(text: string) {
  const split = splitFrontMatter(text);
  const yaml = parseYaml(split.yaml ?? '', 'docs/a.md', split.yamlLine);
  if (!yaml.data) return { split, yaml, value: undefined, diagnostics: yaml.diagnostics };
  const v = validateWithSchema(frontMatterSchema, yaml.data, {
    file: 'docs/a.md',
    positions: yaml.positions,
    fallback: { line: split.yamlLine, column: 1 },
    allowedKeys: FRONT_MATTER_KEYS,
  });
  return { split, yaml, value: v.value, diagnostics: v.diagnostics };
}

describe('splitFrontMatter', () => {
  it('separates the YAML and tells where the body starts', () => {
    const s = splitFrontMatter('---\ntitle: A\nlabels: [x]\n---\n\nHello\n');
    expect(s.yaml).toBe('title: A\nlabels: [x]');
    expect(s.yamlLine).toBe(2);
    expect(s.bodyLine).toBe(5);
    expect(s.body).toBe('\nHello\n');
  });

  it('treats a file without fences as all body', () => {
    const s = splitFrontMatter('# Title\n\ntext');
    expect(s.yaml).toBeUndefined();
    expect(s.bodyLine).toBe(1);
  });

  it('ignores a byte-order mark and CRLF line ends', () => {
    const s = splitFrontMatter('\uFEFF---\r\ntitle: A\r\n---\r\nBody');
    expect(s.yaml).toBe('title: A');
    expect(s.body).toBe('Body');
  });
});

describe('front matter', () => {
  it('parses the whole contract, ids and names', () => {
    const { value, diagnostics } = parse(
      [
        '---',
        'title: Reset your password',
        'id: 360001234567',
        'section: Account & billing / FAQ',
        'permission_group: 360000300001',
        'user_segment: everyone',
        'labels: [password, account]',
        'draft: false',
        'promoted: true',
        'position: 3',
        'comments_disabled: true',
        'locale: EN-US',
        '---',
        'Body',
      ].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    expect(value).toEqual({
      title: 'Reset your password',
      id: 360001234567,
      section: { kind: 'name', name: 'Account & billing / FAQ' },
      permission_group: { kind: 'id', id: 360000300001 },
      user_segment: { kind: 'name', name: 'everyone' },
      labels: ['password', 'account'],
      draft: false,
      promoted: true,
      position: 3,
      comments_disabled: true,
      locale: 'en-us',
    });
  });

  it('reports every problem at the line of its key, with a hint for typos', () => {
    const { diagnostics } = parse('---\ntitle: A\ndraft: yes please\npermision_group: Agents\nposition: -1\n---\n');
    expect(diagnostics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 3, message: 'draft must be true or false' }),
        expect.objectContaining({ line: 4, message: 'unknown key "permision_group"', hint: 'did you mean "permission_group"?' }),
        expect.objectContaining({ line: 5, message: expect.stringContaining('position') }),
      ]),
    );
    expect(diagnostics).toHaveLength(3);
  });

  it('gives a top-level key that belongs in another file the hint where it goes, and every unknown key its code', () => {
    const yaml = parseYaml('title: A\nsection: FAQ\nsectoin: FAQ\nextra:\n  section: 1\n', 'docs/a.fr.md', 2);
    const schema = z.strictObject({ title: z.string(), extra: z.strictObject({}).optional() });
    const { diagnostics } = validateWithSchema(schema, yaml.data!, {
      file: 'docs/a.fr.md',
      positions: yaml.positions,
      paths: yaml.paths,
      fallback: { line: 2, column: 1 },
      allowedKeys: ['title', 'extra'],
      misplaced: { keys: ['section'], hint: 'set it in the source file' },
    });
    expect(diagnostics.map((d) => [d.code, d.line, d.message, d.hint])).toEqual([
      ['unknown-key', 6, 'unknown key "extra.section"', undefined],
      ['unknown-key', 3, 'unknown key "section"', 'set it in the source file'],
      ['unknown-key', 4, 'unknown key "sectoin"', 'allowed keys: title, extra'],
    ]);
  });

  it('points malformed YAML at its line', () => {
    const { diagnostics } = parse('---\ntitle: A\nlabels: [a, b\ndraft: false\n---\n');
    expect(diagnostics[0]).toMatchObject({ severity: 'error', file: 'docs/a.md', message: expect.stringContaining('invalid YAML') });
    expect(diagnostics[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('refuses duplicate keys and custom tags (no code execution)', () => {
    expect(parse('---\ntitle: A\ntitle: B\n---\n').diagnostics[0]?.message).toMatch(/invalid YAML/);
    const tagged = parse('---\ntitle: !!js/function "function(){}"\n---\n');
    expect(tagged.value).toBeUndefined();
    expect(tagged.diagnostics[0]?.message).toMatch(/invalid YAML|title must be text/);
  });

  it('bounds alias expansion', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`,
      );
    const result = parseYaml(bomb.join('\n'), 'docs/a.md', 1);
    expect(result.data).toBeUndefined();
    expect(result.diagnostics[0]?.message).toMatch(/alias/i);
  });
});

describe('README', () => {
  it('shows front matter that validates', async () => {
    const { readFile } = await import('node:fs/promises');
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Front matter'));
    const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(block).toBeDefined();
    expect(parse(block!).diagnostics).toEqual([]);
  });
});

describe('parseYaml positions', () => {
  it('locates nested keys and list items, for errors deep in a file', () => {
    const { paths } = parseYaml('render:\n  alerts: true\nexclude:\n  - a/**\n  - b\n', 'docs/zendesk-guide.yml', 1);
    expect(paths['["render","alerts"]']).toEqual({ line: 2, column: 3 });
    expect(paths['["exclude",1]']).toEqual({ line: 5, column: 5 });
  });

  it('offsets lines by where the front matter starts in the file', () => {
    const { positions } = parseYaml('title: A\ndraft: true', 'docs/a.md', 2);
    expect(positions).toEqual({ title: { line: 2, column: 1 }, draft: { line: 3, column: 1 } });
  });
});

describe('the simple front matter fast path', () => {
  it('reads the common shapes without the YAML library, with the same data and positions', () => {
    const text =
      '# set by the docs team\ntitle: Install the app\nposition: 3\n\nlabels: [setup, Mac OS, über-app]\nsection: Getting started';
    const fast = parseSimpleYaml(text, 2);
    expect(fast).toBeDefined();
    expect(fast).toEqual(parseYamlDocument(text, 'a.md', 2));
    expect(fast!.positions.labels).toEqual({ line: 6, column: 1 });
    expect(fast!.paths[pathKey(['labels', 1])]).toEqual({ line: 6, column: 17 });
  });

  it.each([
    ['a boolean', 'draft: true'],
    ['a float', 'position: 1.5'],
    ['a date-like value', 'title: 2024-01-01'],
    ['quotes', 'title: "A: B"'],
    ['a colon', 'title: A: B'],
    ['a comment after the value', 'title: A # note'],
    ['a duplicate key', 'title: A\ntitle: B'],
    ['a block list', 'labels:\n  - a'],
    ['an empty value', 'title:'],
    ['a nested flow list', 'labels: [a, [b]]'],
    ['an empty list item', 'labels: [a, ]'],
    ['a null', 'section: null'],
    ['a reserved key', 'true: x'],
    ['an anchor', 'title: &a A'],
    ['indentation', ' title: A'],
    ['a tab', 'title:\tA'],
    ['a no-break space at the edge of a list item', 'labels: [a\u00a0, b]'],
    ['__proto__', '__proto__: x'],
  ])('leaves %s to the library', (_what, text) => {
    expect(parseSimpleYaml(text, 2)).toBeUndefined();
  });

  it('agrees with the library on 3,000 random documents it accepts', () => {
    const random = mulberry32(11);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const values = [
      'A',
      'Install the app',
      'Über uns',
      'it’s done',
      "it's",
      'x y  z',
      '42',
      '0',
      '007',
      '1e3',
      'yes',
      'No',
      'null',
      'True',
      'a-b',
      'C++ (beta)',
      'a,b',
      'a[b]',
      '日本語',
      '-x',
      'x -',
      'a|b',
      'a>b',
      'a!b',
      'a&b',
      'a*b',
      'a%b',
      'a@b',
      'a`b',
      'a~b',
      'x\u00a0',
      '\u00a0x',
      'a\u00a0b',
      'x\u2028y',
      'x\u3000',
    ];
    const keys = ['title', 'section', 'labels', 'position', 'promoted', 'Title', 'user_segment', 'x-y', '_k'];
    let accepted = 0;
    for (let n = 0; n < 3000; n++) {
      const lines: string[] = [];
      const count = 1 + Math.floor(random() * 5);
      for (let k = 0; k < count; k++) {
        const r = random();
        if (r < 0.1) lines.push(pick(['', '# comment', '#x: y']));
        else if (r < 0.4)
          lines.push(
            `${pick(keys)}:${pick([' ', '  '])}[${Array.from({ length: Math.floor(random() * 4) }, () => pick(values)).join(pick([', ', ',', ' , ']))}]${pick(['', ' '])}`,
          );
        else lines.push(`${pick(keys)}:${pick([' ', '  '])}${pick(values)}${pick(['', ' '])}`);
      }
      const text = lines.join('\n');
      const fast = parseSimpleYaml(text, 2);
      if (!fast) continue;
      accepted++;
      expect(fast, text).toEqual(parseYamlDocument(text, 'a.md', 2));
    }
    // Most generated documents are simple; if the fast path stopped accepting them this would say so.
    expect(accepted).toBeGreaterThan(500);
  });
});

describe('splitFrontMatter on odd line ends', () => {
  // The obvious version splits every line of the file; the real one stops at the closing fence.
  const byLines = (text: string) => {
    const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
    const lines = content.split(/\r?\n/);
    if (!/^---[ \t]*$/.test(lines[0] ?? '')) return { yaml: undefined, yamlLine: 1, body: content, bodyLine: 1, unclosed: false };
    const end = lines.findIndex((line, i) => i > 0 && (/^---[ \t]*$/.test(line) || /^\.\.\.[ \t]*$/.test(line)));
    if (end === -1) return { yaml: undefined, yamlLine: 2, body: content, bodyLine: 1, unclosed: true };
    return { yaml: lines.slice(1, end).join('\n'), yamlLine: 2, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2, unclosed: false };
  };

  it('agrees with splitting every line, on 20,000 random files of fences, CRs and BOMs', () => {
    const random = mulberry32(3);
    const parts = ['---', '--- ', '...', 'title: x', '', '\r', 'body', '\uFEFF', '\r\n', '\n', '----', ' ---'];
    for (let k = 0; k < 20000; k++) {
      let text = '';
      const count = Math.floor(random() * 8);
      for (let j = 0; j < count; j++)
        text += parts[Math.floor(random() * parts.length)]! + (random() < 0.6 ? (random() < 0.3 ? '\r\n' : '\n') : '');
      expect(splitFrontMatter(text), JSON.stringify(text)).toEqual(byLines(text));
    }
  });
});
