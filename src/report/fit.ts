/**
 * A document made of fixed text and lists of rows, so it can be cut to a size limit at a row
 * boundary instead of mid-table.
 */
export type Block =
  | { text: string }
  /** Lower `priority` gets the budget first (default 1); rows are always shown in document order. */
  | { rows: string[]; head?: string; tail?: string; separator?: string; priority?: number }
  /** Where the "rows were left out" note goes when something had to be cut. */
  | { note: true };

const GAP = '\n\n';

function renderRows(block: { rows: string[]; head?: string; tail?: string; separator?: string }, rows: string[]): string {
  if (rows.length === 0) return '';
  return [block.head, rows.join(block.separator ?? '\n'), block.tail].filter((p) => p !== undefined).join('\n');
}

function join(parts: string[]): string {
  return parts.filter((p) => p !== '').join(GAP) + '\n';
}

/**
 * Renders `blocks` within `limit` (as `measure` counts). Fixed text always stays; rows are kept
 * in order until the budget runs out, and `note(omitted)` says how many were left out.
 */
export function fitBlocks(
  blocks: Block[],
  limit: number,
  note: (omitted: number) => string,
  measure: (s: string) => number = (s) => s.length,
): { text: string; omitted: number } {
  const full = join(blocks.map((b) => ('text' in b ? b.text : 'rows' in b ? renderRows(b, b.rows) : '')));
  if (measure(full) <= limit) return { text: full, omitted: 0 };

  const totalRows = blocks.reduce((n, b) => n + ('rows' in b ? b.rows.length : 0), 0);
  // Everything that is not a row, as if every list kept its head and tail, plus the longest note.
  const skeleton = join(blocks.map((b) => ('text' in b ? b.text : 'rows' in b ? renderRows(b, ['']) : note(totalRows))));
  let budget = limit - measure(skeleton);
  let omitted = 0;
  const kept = new Map<Block, string[]>();
  const lists = blocks.filter((b): b is Extract<Block, { rows: string[] }> => 'rows' in b);
  const byPriority = [...lists].sort((a, b) => (a.priority ?? 1) - (b.priority ?? 1));
  for (const b of byPriority) {
    const rows: string[] = [];
    for (const row of b.rows) {
      const cost = measure(row) + measure(b.separator ?? '\n');
      if (cost > budget) break;
      rows.push(row);
      budget -= cost;
    }
    omitted += b.rows.length - rows.length;
    kept.set(b, rows);
  }
  const text = join(blocks.map((b) => ('text' in b ? b.text : 'rows' in b ? renderRows(b, kept.get(b) ?? []) : note(omitted))));
  return { text, omitted };
}
