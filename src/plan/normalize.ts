import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

/** Elements around which whitespace carries no meaning. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'col', 'colgroup', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'video', 'source',
  'track', 'br',
]);

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Parsers add `<tbody>` to tables that lack one; whether it is written out carries no meaning. */
const IMPLIED = new Set(['tbody']);

const WHITESPACE = /[ \t\r\n\f]+/g;
// Most text has nothing to escape: test before replacing.
const escapeText = (s: string) =>
  s.includes('&') || s.includes('<') || s.includes('>') ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s;
const escapeAttr = (s: string) => (s.includes('&') || s.includes('"') ? s.replace(/&/g, '&amp;').replace(/"/g, '&quot;') : s);

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c;

/**
 * Runs of HTML whitespace become one space. Most text is either layout whitespace between tags
 * or words with single spaces; a scan that sees that costs a fraction of a regex replace that
 * changes nothing, and this runs for every text node of every stored body. (With the escape
 * tests above it cut canonicalizing the benchmark's 3,273 stored bodies from 450–580 to 340–365 ms.)
 */
function collapseWhitespace(v: string): string {
  let previousSpace = false;
  let onlySpace = true;
  let needsReplace = false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (isSpace(c)) {
      if (previousSpace || c !== 0x20) needsReplace = true;
      previousSpace = true;
    } else {
      previousSpace = false;
      onlySpace = false;
    }
  }
  if (onlySpace) return v === '' ? '' : ' ';
  return needsReplace ? v.replace(WHITESPACE, ' ') : v;
}

export interface Canonical {
  /** The canonical HTML. */
  html: string;
  /** Attributes of the first element matching `capture`, which is left out of `html`. */
  captured: Record<string, string> | undefined;
}

/**
 * Canonical form of an HTML fragment, so that two bodies that differ only the way a server's
 * re-serialization differs (whitespace between blocks, attribute order, quoting, entities,
 * `<br/>` vs `<br>`, an implied `<tbody>`) compare equal. Text inside `<pre>` is kept exactly.
 * A streaming tokenizer (htmlparser2) rather than a full tree keeps this cheap enough to run on
 * every stored translation of a large help center on every run.
 */
export function canonicalize(
  html: string,
  capture?: (name: string, attrs: Record<string, string>) => boolean,
  /** Elements left out of the comparison entirely (the tool's own additions). */
  ignore?: (name: string, attrs: Record<string, string>) => boolean,
): Canonical {
  // One pass, no token list: text is held until the next tag tells whether it ends at a block
  // edge (where surrounding whitespace carries no meaning). This runs over every stored
  // translation on every run, so allocations matter.
  let out = '';
  let text = '';
  let afterBlockEdge = true;
  let preDepth = 0;
  let skipDepth = 0;
  let captured: Record<string, string> | undefined;
  const flush = (beforeBlockEdge: boolean) => {
    if (text === '') return;
    let v = text;
    text = '';
    if (preDepth === 0) {
      v = collapseWhitespace(v);
      if (afterBlockEdge) v = v.trimStart();
      if (beforeBlockEdge) v = v.trimEnd();
    }
    if (v !== '') out += escapeText(v);
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (skipDepth > 0) {
          if (!VOID.has(name)) skipDepth++;
          return;
        }
        if (!captured && capture?.(name, attrs)) {
          captured = attrs;
          if (!VOID.has(name)) skipDepth = 1;
          return;
        }
        if (ignore?.(name, attrs)) {
          if (!VOID.has(name)) skipDepth = 1;
          return;
        }
        if (IMPLIED.has(name)) return;
        const block = BLOCK.has(name);
        flush(block);
        if (name === 'pre') preDepth++;
        const keys = Object.keys(attrs);
        if (keys.length > 1) keys.sort();
        let tag = `<${name}`;
        for (const k of keys) tag += ` ${k}="${escapeAttr(attrs[k]!)}"`;
        out += `${tag}>`;
        afterBlockEdge = block;
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          if (!VOID.has(name)) skipDepth--;
          return;
        }
        if (VOID.has(name) || IMPLIED.has(name)) return;
        const block = BLOCK.has(name);
        flush(block);
        if (name === 'pre') preDepth--;
        out += `</${name}>`;
        afterBlockEdge = block;
      },
      ontext(chunk) {
        if (skipDepth > 0) return;
        text += chunk;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush(true);
  return { html: out, captured };
}

export function normalizeHtml(html: string): string {
  return canonicalize(html).html;
}

/**
 * Digest of a normalized body: what is kept of each stored translation, so a large help center
 * is compared without holding every body in memory.
 */
export function bodyDigest(normalizedBody: string): string {
  return createHash('sha256').update(normalizedBody).digest('hex').slice(0, 32);
}

/** Short content fingerprint of a translation as published: its title and its body's digest. */
export function contentHash(title: string, digest: string): string {
  return createHash('sha256').update(title).update('\0').update(digest).digest('hex').slice(0, 20);
}
