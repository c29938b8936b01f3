import type { z } from 'zod';
import type { Diagnostic, Position } from '../diagnostics.js';
import { didYouMean } from '../suggest.js';
import { pathKey } from './yaml.js';

export interface ValidationContext {
  file: string;
  /** Top-level keys. */
  positions: Record<string, Position>;
  /** Nested keys and list items by `pathKey(path)` (from parseYaml); optional for flat files. */
  paths?: Record<string, Position>;
  fallback: Position;
  /** Top-level keys, for "did you mean" on an unknown top-level key. */
  allowedKeys: readonly string[];
  /** Top-level keys that belong in another file, with the hint that says where (instead of "did you mean"). */
  misplaced?: { keys: readonly string[]; hint: string };
}

/** The hint for an unknown key: where it belongs, else the closest allowed key, else the allowed keys. */
function unknownKeyHint(key: string, topLevel: boolean, allowed: readonly string[], context: ValidationContext): string | undefined {
  if (topLevel && context.misplaced?.keys.includes(key)) return context.misplaced.hint;
  return allowed.length ? (didYouMean(key, allowed) ?? `allowed keys: ${allowed.join(', ')}`) : undefined;
}

/** `aliases.sections.Billing`, `labels[2]`: the path as a writer would point at it. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

/** The deepest located prefix of `path`: a wrong list item points at the item, not the list. */
function locate(path: readonly PropertyKey[], context: ValidationContext): Position {
  for (let n = path.length; n > 0; n--) {
    const prefix = path.slice(0, n);
    const pos = context.paths?.[pathKey(prefix)] ?? (n === 1 ? context.positions[String(prefix[0])] : undefined);
    if (pos) return pos;
  }
  return context.fallback;
}

/** The keys a strict object at `path` accepts, for "did you mean" on nested unknown keys. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  for (const p of path) {
    node = unwrap(node);
    const shape = (node as { shape?: Record<string, unknown> }).shape;
    if (!shape || typeof p !== 'string') return [];
    node = shape[p];
  }
  const shape = (unwrap(node) as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

/** Looks through optional/default/pipe wrappers to the object inside. */
function unwrap(node: unknown): unknown {
  let current = node as { def?: { innerType?: unknown; in?: unknown; type?: string } } | undefined;
  for (let i = 0; i < 10 && current?.def; i++) {
    const next = current.def.innerType ?? (current.def.type === 'pipe' ? current.def.in : undefined);
    if (!next) break;
    current = next;
  }
  return current;
}

/** What validation found; `partial` is set when the data minus its offending keys is valid. */
export interface Validated<T> {
  value: T | undefined;
  diagnostics: Diagnostic[];
  /**
   * The valid part of invalid data: every top-level key an issue points at is left out. The
   * caller can read on with it (render the body, resolve the other names) so one run reports
   * every problem of a file, not one layer per run; it must never be written anywhere.
   */
  partial?: T;
  /** Top-level keys that had an issue (unknown keys included). */
  badKeys: string[];
  /** Top-level keys the schema does not know. */
  unknownKeys: string[];
}

/**
 * Runs a schema over parsed YAML and turns every issue into a diagnostic at the line of the key
 * (or list item) it concerns, so one run reports all of a file's problems.
 */
export function validateWithSchema<T>(schema: z.ZodType<T>, data: Record<string, unknown>, context: ValidationContext): Validated<T> {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, diagnostics: [], badKeys: [], unknownKeys: [] };
  const diagnostics: Diagnostic[] = [];
  const badKeys = new Set<string>();
  const unknownKeys: string[] = [];
  let rootIssue = false;
  for (const issue of result.error.issues) {
    if (issue.path.length) badKeys.add(String(issue.path[0]));
    if (issue.code === 'unrecognized_keys') {
      const allowed = issue.path.length === 0 ? context.allowedKeys : keysAt(schema, issue.path);
      for (const key of issue.keys) {
        const full = [...issue.path, key];
        if (issue.path.length === 0) {
          badKeys.add(key);
          unknownKeys.push(key);
        }
        const hint = unknownKeyHint(key, issue.path.length === 0, allowed, context);
        diagnostics.push({
          severity: 'error',
          code: 'unknown-key',
          file: context.file,
          ...locate(full, context),
          message: `unknown key "${formatPath(full)}"`,
          ...(hint ? { hint } : {}),
        });
      }
      continue;
    }
    if (issue.path.length === 0) rootIssue = true;
    const where = formatPath(issue.path);
    diagnostics.push({
      severity: 'error',
      file: context.file,
      ...locate(issue.path, context),
      message: where ? `${where} ${issue.message}` : issue.message,
    });
  }
  const out: Validated<T> = { value: undefined, diagnostics, badKeys: [...badKeys], unknownKeys };
  if (!rootIssue) {
    const rest = Object.fromEntries(Object.entries(data).filter(([key]) => !badKeys.has(key)));
    const again = schema.safeParse(rest);
    if (again.success) out.partial = again.data;
  }
  return out;
}
