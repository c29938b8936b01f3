export interface SplitFile {
  /** YAML text between the fences, or undefined when the file has no front matter. */
  yaml: string | undefined;
  /** 1-based line of the first YAML line in the file. */
  yamlLine: number;
  body: string;
  /** 1-based line where the body starts in the file. */
  bodyLine: number;
  /** The file opens a `---` fence that is never closed: almost certainly a mistake. */
  unclosed: boolean;
}

const FENCE = /^---[ \t]*$/;
const CLOSING_DOTS = /^\.\.\.[ \t]*$/;

/**
 * Splits `---` fenced front matter from the Markdown body, keeping line numbers. Only the lines
 * up to the closing fence are looked at one by one; the body is sliced off whole.
 */
export function splitFrontMatter(text: string): SplitFile {
  const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lineEnd = (from: number) => {
    const nl = content.indexOf('\n', from);
    return nl === -1 ? content.length : nl;
  };
  // A line's "\r" is part of its end only when "\n" follows, as with split(/\r?\n/).
  const lineAt = (from: number, to: number) =>
    content.slice(from, to > from && content[to - 1] === '\r' && content[to] === '\n' ? to - 1 : to);
  const firstEnd = lineEnd(0);
  if (!FENCE.test(lineAt(0, firstEnd))) return { yaml: undefined, yamlLine: 1, body: content, bodyLine: 1, unclosed: false };
  const yamlLines: string[] = [];
  let start = firstEnd + 1;
  let lineNumber = 2;
  while (start <= content.length) {
    const end = lineEnd(start);
    const line = lineAt(start, end);
    if (FENCE.test(line) || CLOSING_DOTS.test(line)) {
      const rest = end >= content.length ? '' : content.slice(end + 1);
      return {
        yaml: yamlLines.join('\n'),
        yamlLine: 2,
        // Line ends in the body are made "\n", as in the front matter.
        body: rest.includes('\r') ? rest.replace(/\r\n/g, '\n') : rest,
        bodyLine: lineNumber + 1,
        unclosed: false,
      };
    }
    yamlLines.push(line);
    if (end >= content.length) break;
    start = end + 1;
    lineNumber++;
  }
  return { yaml: undefined, yamlLine: 2, body: content, bodyLine: 1, unclosed: true };
}
