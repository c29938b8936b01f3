import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Two limits of the codebase checked on every run: no import circle among src/ modules, and no
// function over 100 lines. Each has an allow-list of today's exceptions, named precisely, that
// the engineers splitting them empty; a new exception fails the test. Type-only imports count
// as edges too: two modules that need each other's types are still read as one.

const ROOT = path.resolve(import.meta.dirname, '../..');
const SRC = path.join(ROOT, 'src');
const MAX_LINES = 100;

/**
 * Import circles still being removed, each as its modules (src-relative, no extension) in
 * sorted order. Empty: a new circle fails the test.
 */
const ALLOWED_CYCLES: readonly (readonly string[])[] = [];

/**
 * Functions over 100 lines being split now, as `file: name` (a method or inner function as
 * `outer > inner`). Remove an entry when its function is split.
 */
const ALLOWED_LONG: readonly string[] = [];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

const files = sourceFiles(SRC).sort();
const parsed = new Map(files.map((file) => [file, ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)]));
const moduleName = (file: string) => path.relative(SRC, file).replace(/\\/g, '/').replace(/\.ts$/, '');

/** Relative specifiers a module imports, statically (import, export from) or with `import()`. */
function importSpecifiers(source: ts.SourceFile): string[] {
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      out.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) out.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out.filter((s) => s.startsWith('.'));
}

/** `./x.js` from src/a/b.ts as src/a/x.ts (or src/a/x/index.ts), when it is a src/ module. */
function resolveImport(from: string, specifier: string): string | undefined {
  const target = path.resolve(path.dirname(from), specifier);
  const candidates = [target.replace(/\.js$/, '.ts'), `${target}.ts`, path.join(target, 'index.ts')];
  return candidates.find((c) => parsed.has(c));
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const [file, source] of parsed) {
    const targets = importSpecifiers(source).flatMap((s) => resolveImport(file, s) ?? []);
    graph.set(moduleName(file), [...new Set(targets.map(moduleName))]);
  }
  return graph;
}

/** Strongly connected components of more than one module (or one importing itself): Tarjan's. */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const connect = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) connect(v);
  return out.sort((a, b) => a.join().localeCompare(b.join()));
}

interface FunctionSpan {
  name: string;
  lines: number;
}

function functionName(node: ts.FunctionLikeDeclaration): string {
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) return parent.name.getText();
  if (ts.isCallExpression(parent)) return `(argument of ${parent.expression.getText().slice(0, 40)})`;
  return '(anonymous)';
}

const isFunction = (node: ts.Node): node is ts.FunctionLikeDeclaration =>
  ts.isFunctionDeclaration(node) ||
  ts.isMethodDeclaration(node) ||
  ts.isArrowFunction(node) ||
  ts.isFunctionExpression(node) ||
  ts.isConstructorDeclaration(node) ||
  ts.isGetAccessorDeclaration(node) ||
  ts.isSetAccessorDeclaration(node);

/** Every function in a module with its span in lines, first line to last, inner functions included. */
function functionSpans(source: ts.SourceFile): FunctionSpan[] {
  const out: FunctionSpan[] = [];
  const visit = (node: ts.Node, outer: string[]) => {
    let names = outer;
    if (isFunction(node) && node.body) {
      const fn = node;
      names = [...outer, functionName(fn)];
      const first = source.getLineAndCharacterOfPosition(fn.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(fn.getEnd()).line;
      out.push({ name: names.join(' > '), lines: last - first + 1 });
    }
    ts.forEachChild(node, (child) => visit(child, names));
  };
  visit(source, []);
  return out;
}

function longFunctions(): { id: string; lines: number }[] {
  return [...parsed].flatMap(([file, source]) =>
    functionSpans(source)
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => ({ id: `src/${moduleName(file)}.ts: ${f.name}`, lines: f.lines })),
  );
}

describe('import circles', () => {
  it('finds a circle through a dynamic import() and reports each circle once', () => {
    const source = ts.createSourceFile(
      'a.ts',
      "import type { X } from './b.js';\nexport * from './c.js';\nconst m = await import('./d.js');\nimport fs from 'node:fs';",
      ts.ScriptTarget.Latest,
      true,
    );
    expect(importSpecifiers(source)).toEqual(['./b.js', './c.js', './d.js']);
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['d']],
      ['e', ['a']],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('has none among src/ modules beyond the allow-list', () => {
    const found = cycles(importGraph());
    const allowed = new Set(ALLOWED_CYCLES.map((c) => c.join(' <-> ')));
    expect(found.map((c) => c.join(' <-> ')).filter((c) => !allowed.has(c))).toEqual([]);
  });

  it('lists only circles that still exist, so a removed one leaves the allow-list', () => {
    const found = new Set(cycles(importGraph()).map((c) => c.join(' <-> ')));
    expect(ALLOWED_CYCLES.map((c) => c.join(' <-> ')).filter((c) => !found.has(c))).toEqual([]);
  });
});

describe('function length', () => {
  it('counts a function from its first line to its last, inner functions within it and on their own', () => {
    const body = Array.from({ length: 101 }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const source = ts.createSourceFile(
      'x.ts',
      `export function outer() {\n  const inner = () => {\n${body}\n  };\n  return inner;\n}\nclass C {\n  m() {\n    return 1;\n  }\n}`,
      ts.ScriptTarget.Latest,
      true,
    );
    expect(functionSpans(source)).toEqual([
      { name: 'outer', lines: 106 },
      { name: 'outer > inner', lines: 103 },
      { name: 'm', lines: 3 },
    ]);
  });

  it(`has no function in src/ over ${MAX_LINES} lines beyond the allow-list`, () => {
    const allowed = new Set(ALLOWED_LONG);
    expect(longFunctions().filter((f) => !allowed.has(f.id))).toEqual([]);
  });

  it('lists only functions still over the limit, so a split one leaves the allow-list', () => {
    const long = new Set(longFunctions().map((f) => f.id));
    expect(ALLOWED_LONG.filter((id) => !long.has(id))).toEqual([]);
  });
});
