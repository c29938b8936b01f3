import { Parser } from 'htmlparser2';
import { MARKER_CLASS, PROVENANCE_CLASS } from '../plan/marker.js';
import { diagramShaOf, diagramText } from './diagram-text.js';

/** Elements that start and end a line of text. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

/** Nothing a reader sees: the tool's own marker and footer, and what browsers never show. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const hasClass = (attrs: Record<string, string>, cls: string) => (attrs.class ?? '').split(/\s+/).includes(cls);

/**
 * The text a reader sees in an article body, one line per block (paragraph, heading, list item,
 * table row; each line of a code block), so two bodies can be compared as text. Zendesk reformats
 * the HTML it stores (attribute order, entities, whitespace), which changes none of this; a
 * changed word does. Headings keep a `#` per level and list items a `- `, so a diff line says
 * where it is; an image is its alt text in brackets. The tool's marker and footer are left out,
 * as the comparison leaves them out.
 */
export function htmlToText(html: string): string[] {
  const lines: string[] = [];
  let line = '';
  let pre = 0;
  let skip = 0;
  const stack: { name: string; skipped: boolean }[] = [];
  const cells: number[] = [];

  const breakLine = () => {
    const text = pre > 0 ? line.replace(/\s+$/, '') : line.replace(/\s+/g, ' ').trim();
    if (text !== '' && !/^(#+|-)$/.test(text)) lines.push(text);
    line = '';
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const skipped = skip > 0 || HIDDEN.has(name) || ((name === 'div' || name === 'p') && isToolElement(attrs));
        if (!VOID.has(name)) stack.push({ name, skipped });
        if (skipped) {
          if (!VOID.has(name)) skip++;
          return;
        }
        if (name === 'br') {
          breakLine();
          return;
        }
        if (name === 'img') {
          const alt = (attrs.alt ?? '').trim();
          const diagram = diagramShaOf(attrs.src);
          line += diagram ? ` ${diagramText(alt, diagram)} ` : ` [${alt ? `image: ${alt}` : 'image'}] `;
          return;
        }
        if (BLOCK.has(name)) breakLine();
        if (name === 'pre') pre++;
        if (/^h[1-6]$/.test(name)) line += `${'#'.repeat(Number(name[1]))} `;
        else if (name === 'li') line += '- ';
        else if (name === 'tr') cells.push(0);
        else if ((name === 'td' || name === 'th') && cells.length) {
          if (cells[cells.length - 1]!++ > 0) line += ' | ';
        }
      },
      onclosetag(name, implied) {
        if (VOID.has(name)) return;
        const top = stack.pop();
        if (top?.skipped) {
          skip--;
          return;
        }
        if (name === 'pre') {
          // Each line of code is a line of the comparison, so a changed command shows alone.
          const code = line;
          line = '';
          for (const l of code.replace(/\n$/, '').split('\n')) {
            line = l;
            breakLine();
          }
          pre--;
          return;
        }
        if (name === 'tr') cells.pop();
        if (BLOCK.has(name) || implied) breakLine();
      },
      ontext(text) {
        if (skip > 0) return;
        line += text;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  breakLine();
  return lines;
}

function isToolElement(attrs: Record<string, string>): boolean {
  return hasClass(attrs, MARKER_CLASS) || hasClass(attrs, PROVENANCE_CLASS);
}
