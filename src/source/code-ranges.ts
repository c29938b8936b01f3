import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * Where the code is in a Markdown text (fenced and indented blocks, code spans), as
 * [start, end) offsets: variables are not replaced there. Loaded only for a file that has a `{{`.
 */
export function codeRanges(markdown: string): [number, number][] {
  const tree = parser.parse(markdown);
  const ranges: [number, number][] = [];
  visit(tree, (node) => {
    if ((node.type === 'code' || node.type === 'inlineCode') && node.position) {
      ranges.push([node.position.start.offset ?? 0, node.position.end.offset ?? 0]);
    }
  });
  return ranges;
}
