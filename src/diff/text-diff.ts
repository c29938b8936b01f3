import { diffArrays, diffSentences, diffWords } from 'diff';
import type { DiffLine } from './types.js';

export interface TextDiffOptions {
  /** Changed lines kept; the rest are counted in `omitted`. */
  maxLines: number;
  /** A longer line is shortened around its change. */
  maxLineChars: number;
}

export interface TextDiff {
  lines: DiffLine[];
  /** Changed lines left out to stay within `maxLines`. */
  omitted: number;
}

/** Lines of context shown before a change, shortened: enough to say where it is. */
const CONTEXT_CHARS = 80;
/** Two paragraphs are one edited paragraph when at least this share of their words is common. */
const SAME_PARAGRAPH = 0.5;

const ELLIPSIS = '…';

/**
 * A compact diff of two texts given as lines (paragraphs, list items, table rows). Lines that
 * were edited rather than replaced show only the sentences that changed, old and new, so a
 * reviewer reads "the sentence before → the sentence after" instead of two whole paragraphs.
 * Each change gets its preceding line as context; `…` stands between changes that are apart.
 */
export function diffText(from: readonly string[], to: readonly string[], options: TextDiffOptions): TextDiff {
  const hunks: { context: string | undefined; gap: number; lines: DiffLine[] }[] = [];
  const changes = diffArrays([...from], [...to]);
  let common: string[] = [];
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    if (!change.added && !change.removed) {
      common = change.value;
      continue;
    }
    const removed = change.removed ? change.value : [];
    const next = changes[i + 1];
    let added: string[] = change.added ? change.value : [];
    if (change.removed && next?.added) {
      added = next.value;
      i++;
    }
    hunks.push({ context: common[common.length - 1], gap: common.length, lines: hunkLines(removed, added, options.maxLineChars) });
    common = [];
  }

  const lines: DiffLine[] = [];
  let kept = 0;
  let omitted = 0;
  for (const hunk of hunks) {
    // The first changes are shown up to the cap, the rest counted: a long rewrite still shows how it starts.
    const shown = hunk.lines.slice(0, Math.max(0, options.maxLines - kept));
    omitted += hunk.lines.length - shown.length;
    if (!shown.length) continue;
    // Common lines between two changes that are not shown stand as one `…`.
    if (lines.length && hunk.gap > 1) lines.push({ op: ' ', text: ELLIPSIS });
    if (hunk.context !== undefined) lines.push({ op: ' ', text: shorten(hunk.context, CONTEXT_CHARS) });
    lines.push(...shown);
    kept += shown.length;
  }
  return { lines, omitted };
}

/** A run of removed lines and the run of added lines that replaced it. */
function hunkLines(removed: readonly string[], added: readonly string[], maxChars: number): DiffLine[] {
  const out: DiffLine[] = [];
  // Edited paragraphs pair up in order, each shown old then new; the rest was removed or added whole.
  const paired = Math.min(removed.length, added.length);
  for (let k = 0; k < paired; k++) {
    const o = removed[k]!;
    const n = added[k]!;
    const excerpts = similarity(o, n) >= SAME_PARAGRAPH ? changedSentences(o, n) : [{ from: o, to: n }];
    for (const s of excerpts) {
      if (s.from !== undefined) out.push({ op: '-', text: shorten(s.from, maxChars) });
      if (s.to !== undefined) out.push({ op: '+', text: shorten(s.to, maxChars) });
    }
  }
  for (const o of removed.slice(paired)) out.push({ op: '-', text: shorten(o, maxChars) });
  for (const n of added.slice(paired)) out.push({ op: '+', text: shorten(n, maxChars) });
  return out;
}

/** Share of words the two lines have in common, by a word diff. */
function similarity(a: string, b: string): number {
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  let common = 0;
  for (const part of diffWords(a, b)) if (!part.added && !part.removed) common += 2 * words(part.value);
  const all = words(a) + words(b);
  return all === 0 ? 1 : common / all;
}

/**
 * The sentences of an edited paragraph that differ, each change as the old and the new
 * sentences; `…` marks that the paragraph goes on before or after the excerpt.
 */
function changedSentences(from: string, to: string): { from?: string; to?: string }[] {
  const parts = diffSentences(from, to);
  const out: { from?: string; to?: string }[] = [];
  let before = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!part.added && !part.removed) {
      before += part.value;
      continue;
    }
    let removed = '';
    let added = '';
    while (i < parts.length && (parts[i]!.added || parts[i]!.removed)) {
      if (parts[i]!.removed) removed += parts[i]!.value;
      else added += parts[i]!.value;
      i++;
    }
    const after = parts.slice(i).some((p) => !p.added && !p.removed && p.value.trim() !== '');
    i--;
    const lead = before.trim() !== '' ? `${ELLIPSIS} ` : '';
    const tail = after ? ` ${ELLIPSIS}` : '';
    out.push({
      ...(removed.trim() ? { from: `${lead}${removed.trim()}${tail}` } : {}),
      ...(added.trim() ? { to: `${lead}${added.trim()}${tail}` } : {}),
    });
    before = '';
  }
  return out;
}

/** Keeps the start of a line; a sentence-level excerpt is short already, a whole line may not be. */
function shorten(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1).trimEnd() + ELLIPSIS;
}
