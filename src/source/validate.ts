import type { z } from 'zod';
import type { Diagnostic, Position } from '../diagnostics.js';
import { didYouMean } from '../suggest.js';

/**
 * Runs a schema over parsed YAML and turns every issue into a diagnostic at the line of the key
 * it concerns, so one run reports all of a file's problems.
 */
export function validateWithSchema<T>(
  schema: z.ZodType<T>,
  data: Record<string, unknown>,
  context: { file: string; positions: Record<string, Position>; fallback: Position; allowedKeys: readonly string[] },
): { value: T | undefined; diagnostics: Diagnostic[] } {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        diagnostics.push({
          severity: 'error',
          file: context.file,
          ...(context.positions[key] ?? context.fallback),
          message: `unknown key "${key}"`,
          hint: didYouMean(key, context.allowedKeys) ?? `allowed keys: ${context.allowedKeys.join(', ')}`,
        });
      }
      continue;
    }
    const key = String(issue.path[0] ?? '');
    diagnostics.push({
      severity: 'error',
      file: context.file,
      ...(context.positions[key] ?? context.fallback),
      message: key ? `${key} ${issue.message}` : issue.message,
    });
  }
  return { value: undefined, diagnostics };
}
