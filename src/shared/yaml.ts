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

/** A stable key for a path of keys and indexes inside a YAML document. */
export const pathKey = (path: readonly PropertyKey[]): string => JSON.stringify(path.map((p) => (typeof p === 'number' ? p : String(p))));

/**
 * Parses YAML safely: the core schema only (no custom tags, nothing executable), duplicate keys
 * rejected and alias expansion capped against "billion laughs" documents.
 */
export function parseYaml(text: string, file: string, firstLine: number, what = 'front matter'): ParsedYaml {
  return parseSimpleYaml(text, firstLine) ?? parseYamlDocument(text, file, firstLine, what);
}

/** The full parse through `yaml`; `parseYaml` tries the fast path first. */
export function parseYamlDocument(text: string, file: string, firstLine: number, what = 'front matter'): ParsedYaml {
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

const SIMPLE_KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(\S(?:.*\S)?))? *$/;
const DECIMAL = /^(?:0|[1-9][0-9]{0,14})$/;
const RESERVED = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
// A plain scalar that starts with a letter and holds no `:`, `#` or tab means itself in every
// YAML context; in a flow list it must not hold the flow indicators either.
// eslint-disable-next-line no-control-regex -- C0 control characters are exactly what must go to the library.
const PLAIN_WORDS = /^\p{L}[^:#\t\x00-\x1f\x7f\u0085\ufeff]*$/u;
const FLOW_INDICATORS = /[[\]{},]/;
const OTHER_WHITESPACE = /[^\S ]/;

function simpleScalar(raw: string, inFlow: boolean): { value: string | number } | undefined {
  if (DECIMAL.test(raw)) return { value: Number(raw) };
  if (!PLAIN_WORDS.test(raw) || RESERVED.has(raw)) return undefined;
  if (inFlow && FLOW_INDICATORS.test(raw)) return undefined;
  return { value: raw };
}

/**
 * The fast path for the front matter nearly every file has: top-level `key: value` lines whose
 * values are words, whole numbers or a one-line `[a, b]` list of those, and comment lines. Such
 * a document means the same under every YAML reading, so it is read line by line; anything else
 * (quotes, nesting, block lists, booleans, dates, a duplicate key, ...) returns undefined and
 * goes through the real parser. Parsing YAML with the library costs about 0.15 ms a file, most
 * of it the library warming up, which on a dry run of thousands of files was a sixth of the CPU.
 * A differential test holds this equal to the library on everything it accepts.
 */
export function parseSimpleYaml(text: string, firstLine: number): ParsedYaml | undefined {
  const data: Record<string, unknown> = {};
  const positions: Record<string, Position> = {};
  const paths: Record<string, Position> = {};
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line === '' || line.startsWith('#')) continue;
    // YAML's whitespace is the space and the tab, JavaScript's trim and \s know many more: a line
    // with any of the others (a tab, a no-break space) is the library's to read.
    if (OTHER_WHITESPACE.test(line)) return undefined;
    const m = SIMPLE_KEY_LINE.exec(line);
    if (!m) return undefined;
    const key = m[1]!;
    const raw = m[2];
    if (raw === undefined || key === '__proto__' || RESERVED.has(key) || Object.hasOwn(data, key)) return undefined;
    const at = { line: firstLine + n, column: 1 };
    if (raw.startsWith('[')) {
      if (!raw.endsWith(']')) return undefined;
      const inner = raw.slice(1, -1);
      const items: (string | number)[] = [];
      if (inner.trim() !== '') {
        // Only spaces stand between the colon and the value, so its first occurrence is it.
        let offset = line.indexOf(raw, key.length + 1) + 1;
        for (const part of inner.split(',')) {
          const item = part.trim();
          const scalar = simpleScalar(item, true);
          if (!scalar) return undefined;
          paths[pathKey([key, items.length])] = { line: firstLine + n, column: offset + part.indexOf(item) + 1 };
          items.push(scalar.value);
          offset += part.length + 1;
        }
      }
      data[key] = items;
    } else {
      const scalar = simpleScalar(raw, false);
      if (!scalar) return undefined;
      data[key] = scalar.value;
    }
    positions[key] = at;
    paths[pathKey([key])] = at;
  }
  if (Object.keys(data).length === 0) return undefined;
  return { data, positions, paths, diagnostics: [] };
}
