import type { DiffLine } from './types.js';

/**
 * A diagram's image in the text a reader sees: its alt text and the start of its image's hash
 * (its attachment's name is `diagram-<hash>.png`, see render/diagram.ts), so a redrawn
 * diagram is a changed line even when its alt text stays.
 */
export const diagramText = (alt: string, sha: string): string => `[diagram: ${alt || 'Diagram'} @${sha.slice(0, 8)}]`;

/** The hash in a diagram image's file name, or undefined for any other image. */
export function diagramShaOf(src: string | undefined): string | undefined {
  return /diagram-([0-9a-f]{16})\.png(?:[?#]|$)/.exec(src ?? '')?.[1];
}

const HASHED = /\[diagram: (.*?) @[0-9a-f]{8}\]/g;
const plain = (text: string) => text.replace(HASHED, '[diagram: $1]');

/**
 * The hashes are for telling diagrams apart, not for reading: a line whose only change is a
 * diagram's image becomes one `+` line that says "diagram changed", and the others lose them.
 */
export function markDiagramChanges(lines: DiffLine[]): DiffLine[] {
  const removed = new Set<number>();
  const out = lines.map((l) => ({ ...l }));
  out.forEach((line) => {
    if (line.op !== '+' || !HASHED.test(line.text)) return;
    HASHED.lastIndex = 0;
    const twin = out.findIndex((o, j) => o.op === '-' && !removed.has(j) && o.text !== line.text && plain(o.text) === plain(line.text));
    if (twin === -1) return;
    removed.add(twin);
    line.text = line.text.replace(HASHED, (match, alt: string) =>
      out[twin]!.text.includes(match) ? `[diagram: ${alt}]` : `[diagram changed: ${alt}]`,
    );
  });
  return out.filter((_, i) => !removed.has(i)).map((l) => ({ ...l, text: plain(l.text) }));
}
