import type { Diagnostic } from '../diagnostics.js';
import { expandIncludes, hasIncludes, originOf, type FragmentReader, type Included } from './include.js';
import { hasVariables, positionAt, substitute, type Variables } from './variables.js';

/** What a run expands bodies with: its fragments (read once) and its variables. */
export interface ExpandContext {
  fragments: FragmentReader;
  variables: Variables;
  /** Code ranges of a Markdown text; loaded on demand (it needs the Markdown parser). */
  codeRanges: (markdown: string) => [number, number][];
}

export interface Expanded {
  /** The body to render; undefined when an include failed (the errors say why). */
  markdown: string | undefined;
  included: Included | undefined;
  /** Names of the variables the body uses. */
  variables: string[];
  diagnostics: Diagnostic[];
}

/**
 * A file's body as it is rendered: includes replaced by their fragments (recursively), then
 * `{{ name }}` by the variable's value in `locale`, outside code. Problems are errors at the
 * file and line they are written at, which for a fragment's line is the fragment's.
 */
export function expandBody(
  raw: string,
  doc: { file: string; absPath: string; bodyLine: number },
  locale: string | undefined,
  ctx: ExpandContext,
): Expanded {
  let markdown = raw;
  let included: Included | undefined;
  const failed: Diagnostic[] = [];
  if (hasIncludes(raw)) {
    const result = expandIncludes(raw, doc, locale, ctx.fragments);
    failed.push(...result.diagnostics);
    markdown = result.markdown;
    // The segments are needed whenever lines moved, even if every include failed.
    if (result.included.segments.length > 1 || result.included.fragments.length) included = result.included;
  }
  if (!hasVariables(markdown)) return { markdown: failed.length ? undefined : markdown, included, variables: [], diagnostics: failed };
  const replaced = substitute(markdown, ctx.variables, locale, { skip: ctx.codeRanges(markdown) });
  const diagnostics: Diagnostic[] = replaced.problems.map((p) => {
    const pos = positionAt(markdown, p.offset);
    const origin = originOf({ ...doc, ...(included ? { included } : {}) }, pos.line + doc.bodyLine - 1);
    return {
      severity: 'error',
      file: origin.file,
      line: origin.line,
      column: pos.column,
      message: p.message,
      ...(p.hint ? { hint: p.hint } : {}),
    };
  });
  return {
    markdown: failed.length ? undefined : replaced.text,
    included,
    variables: replaced.used,
    diagnostics: [...failed, ...diagnostics],
  };
}

/** A title with its variables replaced; `at` is where the title is written. */
export function expandTitle(
  title: string,
  at: { file: string; line: number; column: number },
  locale: string | undefined,
  variables: Variables,
): { title: string; diagnostics: Diagnostic[]; variables: string[] } {
  if (!hasVariables(title)) return { title, diagnostics: [], variables: [] };
  const replaced = substitute(title, variables, locale, { plain: true });
  const diagnostics: Diagnostic[] = replaced.problems.map((p) => ({
    severity: 'error',
    ...at,
    message: `title: ${p.message}`,
    ...(p.hint ? { hint: p.hint } : {}),
  }));
  return { title: replaced.text, diagnostics, variables: replaced.used };
}
