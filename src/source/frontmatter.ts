import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { Diagnostic, Position } from '../diagnostics.js';

export interface ParsedYaml {
  /** The plain data, or undefined when the YAML could not be read. */
  data: Record<string, unknown> | undefined;
  /** Where each top-level key is, in file coordinates. */
  positions: Record<string, Position>;
  /** Where every nested key and list item is, by `pathKey(path)`, so deep errors get a line too. */
  paths: Record<string, Position>;
  diagnostics: Diagnostic[];
}

export interface SplitFile {
  /** YAML text between the fences, or undefined when the file has no front matter. */
  yaml: string | undefined;
  /** 1-based line of the first YAML line in the file. */
  yamlLine: number;
  body: string;
  /** 1-based line where the body starts in the file. */
  bodyLine: number;
  /** The file opens a `---` fence that is never closed: almost certainly a mistake. */
  unclosed: boolean;
}

/** A stable key for a path of keys and indexes inside a YAML document. */
export const pathKey = (path: readonly PropertyKey[]): string => JSON.stringify(path.map((p) => (typeof p === 'number' ? p : String(p))));

const FENCE = /^---[ \t]*$/;

/** Splits `---` fenced front matter from the Markdown body, keeping line numbers. */
export function splitFrontMatter(text: string): SplitFile {
  const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lines = content.split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) return { yaml: undefined, yamlLine: 1, body: content, bodyLine: 1, unclosed: false };
  const end = lines.findIndex((line, i) => i > 0 && (FENCE.test(line) || /^\.\.\.[ \t]*$/.test(line)));
  if (end === -1) return { yaml: undefined, yamlLine: 2, body: content, bodyLine: 1, unclosed: true };
  return {
    yaml: lines.slice(1, end).join('\n'),
    yamlLine: 2,
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
    unclosed: false,
  };
}

/**
 * Parses YAML safely: the core schema only (no custom tags, nothing executable), duplicate keys
 * rejected and alias expansion capped against "billion laughs" documents.
 */
export function parseYaml(text: string, file: string, firstLine: number, what = 'front matter'): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false, strict: true });
  const at = (offset: number): Position => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + firstLine - 1, column: pos.col };
  };
  const diagnostics: Diagnostic[] = [];
  for (const error of [...doc.errors, ...doc.warnings]) {
    const pos = at(error.pos[0]);
    diagnostics.push({
      severity: 'error',
      file,
      ...pos,
      message: `invalid YAML: ${error.message.split('\n')[0]}`,
    });
  }
  if (diagnostics.length > 0) return { data: undefined, positions: {}, paths: {}, diagnostics };

  const positions: Record<string, Position> = {};
  const paths: Record<string, Position> = {};
  // Keys point at the key, list items at the item: where a reader looks for the mistake.
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const p = [...path, String(pair.key.value)];
        paths[pathKey(p)] = at(pair.key.range[0]);
        walk(pair.value, p);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const range = (item as YamlNode | null)?.range;
        if (range) paths[pathKey([...path, i])] = at(range[0]);
        walk(item, [...path, i]);
      });
    }
  };
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) positions[String(pair.key.value)] = at(pair.key.range[0]);
    }
    walk(doc.contents, []);
  } else if (doc.contents !== null) {
    return {
      data: undefined,
      positions,
      paths,
      diagnostics: [{ severity: 'error', file, line: firstLine, column: 1, message: `${what} must be a mapping of keys to values` }],
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    return {
      data: undefined,
      positions,
      paths,
      diagnostics: [{ severity: 'error', file, line: firstLine, column: 1, message: `invalid YAML: ${(error as Error).message}` }],
    };
  }
  return { data: (data ?? {}) as Record<string, unknown>, positions, paths, diagnostics };
}
