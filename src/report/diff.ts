import type { OnDrift } from '../config/types.js';
import type { DiffLine, TranslationDiff } from '../diff/types.js';
import { escapeText } from './escape.js';
import { plural } from './plural.js';

/**
 * The comment shows at most this many characters of diffs; the rest of the articles point at
 * the job summary (which holds the report's full share) and the preview, so the table and the
 * problems always fit in GitHub's 65,536 characters.
 */
export const COMMENT_DIFF_CHARS = 20_000;

/**
 * Text that could pretend to be something else once shown: bidirectional controls (overrides,
 * embeddings, isolates and marks: a line that reads differently from what it holds) and control
 * characters. Shown as `�`.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f\p{Bidi_Control}]/gu;

/** A diff line as code-block text: one line, nothing that changes how it displays. */
export function codeText(line: DiffLine): string {
  return `${line.op} ${line.text.replace(/\r?\n|\r|\t/g, ' ').replace(UNSAFE_CHARS, '\uFFFD')}`;
}

/**
 * A fenced block that no line inside can close: its fence is longer than any run of backticks
 * in the text. Inside it nothing is Markdown or HTML, and GitHub notifies nobody of an @mention.
 */
export function fencedDiff(lines: readonly DiffLine[]): string {
  const body = lines.map(codeText);
  const longest = Math.max(0, ...body.flatMap((l) => l.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}diff`, ...body, fence].join('\n');
}

/** What the two sides are, in words, with what the `on-drift` policy does about a Guide edit. */
export function diffCaption(d: TranslationDiff, onDrift: OnDrift | undefined): string {
  const sides = `${d.locale} (− live in Guide, + this file)`;
  if (d.basis === 'update') return sides;
  const what =
    d.basis === 'guide-edit'
      ? "edited in Guide; this file is unchanged since the last publish, so this is exactly Guide's edit"
      : 'edited in Guide, and this file changed since the last publish too: this holds both';
  const policy =
    onDrift === 'skip'
      ? 'left as it is in Guide (on-drift: skip)'
      : onDrift === 'fail'
        ? 'blocks the publish (on-drift: fail): bring the − lines into this file, or overwrite them'
        : 'a publish overwrites it (on-drift: overwrite): the − lines would be lost';
  return `${sides}: ⚠️ ${what}. ${policy[0]!.toUpperCase()}${policy.slice(1)}.`;
}

/** "Title: “old” → “new”", or undefined when the title stays. */
export function titleChange(d: TranslationDiff): string | undefined {
  return d.title ? `Title: “${d.title.from}” → “${d.title.to}”` : undefined;
}

/** How many changed lines the per-article cap left out. */
export function omittedNote(d: TranslationDiff): string | undefined {
  return d.omitted ? `${plural(d.omitted, 'more changed line')} not shown` : undefined;
}

/**
 * One translation's diff as Markdown: caption, title change, the fenced diff. Every word of the
 * user's is escaped; `more` is Markdown of ours, saying where lines the cap left out can be read.
 */
export function diffMarkdown(d: TranslationDiff, onDrift: OnDrift | undefined, more: string | undefined): string {
  const parts = [`**${escapeText(diffCaption(d, onDrift))}**`];
  const title = titleChange(d);
  if (title) parts.push(escapeText(title));
  if (d.lines.length) parts.push(fencedDiff(d.lines));
  const omitted = omittedNote(d);
  if (omitted) parts.push(`<sub>${escapeText(omitted)}${more ? `: ${more}` : ''}</sub>`);
  return parts.join('\n\n');
}

/** The same for the log: indented lines, nothing to escape. */
export function diffText(d: TranslationDiff, onDrift: OnDrift | undefined, indent: string): string[] {
  const lines = [`${indent}${diffCaption(d, onDrift)}`];
  const title = titleChange(d);
  if (title) lines.push(`${indent}  ${title}`);
  for (const l of d.lines) lines.push(`${indent}  ${codeText(l)}`);
  const omitted = omittedNote(d);
  if (omitted) lines.push(`${indent}  (${omitted})`);
  return lines;
}
