import { didYouMean } from '../suggest.js';

/** A variable's value: one for every locale, or per locale with an optional `default`. */
export type VariableValue = string | Readonly<Record<string, string>>;
export type Variables = Readonly<Record<string, VariableValue>>;

/** `{{ name }}`; a backslash before it (`\{{ name }}`) keeps it as written. */
const REFERENCE = /(\\?)\{\{[ \t]*([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*\}\}/g;

/** Names start with a letter or `_`, then letters, digits, `_`, `.` and `-`. */
export const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Cheap test before any work: most files use no variable. */
export function hasVariables(text: string): boolean {
  return text.includes('{{');
}

/**
 * A variable's value in `locale`: the locale's own (`fr-ca`), else its language's (`fr`), else
 * `default`. Undefined when none applies. `locale` undefined (a source file whose locale is the
 * help center's default, unknown before Zendesk is asked) takes `default`.
 */
export function valueIn(value: VariableValue, locale: string | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (locale) {
    const lower = locale.toLowerCase();
    for (const [k, v] of Object.entries(value)) if (k.toLowerCase() === lower) return v;
    const language = lower.split('-')[0]!;
    for (const [k, v] of Object.entries(value)) if (k.toLowerCase() === language) return v;
  }
  return value.default;
}

export interface VariableProblem {
  /** Offset in the text of the `{{`. */
  offset: number;
  message: string;
  hint?: string;
}

/**
 * Replaces `{{ name }}` with the variable's value in `locale`, except inside the `skip` ranges
 * (code spans and fences: a `{{` there is code, shown as written). With `plain` (a title, which
 * is not Markdown), `\{{` becomes `{{`; in Markdown the backslash is Markdown's own escape, so it
 * stays and the reader sees `{{`.
 */
export function substitute(
  text: string,
  variables: Variables,
  locale: string | undefined,
  options: { skip?: readonly (readonly [number, number])[]; plain?: boolean } = {},
): { text: string; problems: VariableProblem[]; used: string[] } {
  const problems: VariableProblem[] = [];
  const used = new Set<string>();
  const skip = options.skip ?? [];
  const names = Object.keys(variables);
  const out = text.replace(REFERENCE, (match: string, escape: string, name: string, offset: number) => {
    if (skip.some(([from, to]) => offset >= from && offset < to)) return match;
    if (escape) return options.plain ? match.slice(1) : match;
    const at = offset;
    if (!Object.hasOwn(variables, name)) {
      const hint = didYouMean(name, names);
      problems.push({
        offset: at,
        message: `unknown variable "${name}"`,
        hint: hint ?? (names.length ? `known: ${names.join(', ')}` : 'set it under `variables:` in zendesk-guide.yml'),
      });
      return match;
    }
    const value = valueIn(variables[name]!, locale);
    if (value === undefined) {
      problems.push({
        offset: at,
        message: `variable "${name}" has no value for locale ${locale ?? '(the default)'}`,
        hint: `add ${locale ? `"${locale}" or ` : ''}"default" under variables.${name} in zendesk-guide.yml`,
      });
      return match;
    }
    used.add(name);
    return value;
  });
  return { text: out, problems, used: [...used].sort() };
}

/** 1-based line and column of `offset` in `text`. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}
