import { createHash } from 'node:crypto';
import { decodeHTML, decodeHTMLAttribute } from 'entities';

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
const escapeAttr = (s: string) => (s.includes('&') || s.includes('"') ? s.replace(/&/g, '&amp;').replace(/"/g, '&quot;') : s);
const escapeText = (s: string) =>
  s.includes('&') || s.includes('<') || s.includes('>') ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s;

/**
 * Runs of HTML whitespace become one space. Most text is either whitespace alone (layout
 * between tags) or words with single spaces; a scan that sees that is several times cheaper
 * than a regex replace that changes nothing.
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

type Attrs = Record<string, string>;

/** Elements whose content is text up to their own end tag; the first three are not entity-decoded. */
const RAW_TEXT = new Set(['script', 'style', 'xmp']);
const ESCAPABLE_RAW_TEXT = new Set(['title', 'textarea']);

const isAlpha = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
// HTML whitespace: tab, LF, FF, CR, space.
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c;

/**
 * Canonical form of an HTML fragment, so that two bodies that differ only the way a server's
 * re-serialization differs (whitespace between blocks, attribute order, quoting, entities,
 * `<br/>` vs `<br>`, an implied `<tbody>`, comments) compare equal. Text inside `<pre>` is kept
 * exactly.
 *
 * This runs over every stored translation of the help center on every run, including dry runs
 * where nothing else is rendered, so it is a single forward scan with `indexOf` rather than a
 * general parser: htmlparser2's Parser did the same job at about a fifth of the speed (its
 * per-character state machine and implied-end-tag bookkeeping are what a browser-grade parse
 * needs, not a comparison). Entities are still decoded by `entities`, the decoder htmlparser2
 * and parse5 use. Tags follow the HTML tokenizer's rules (quoted and unquoted attribute values,
 * first duplicate attribute wins, comments, CDATA, `<!…>` and `<?…>` dropped, raw-text
 * elements); end tags close whatever they enclose and the end of input closes what is left
 * open. What it does not do is the tree builder's repair of misnested markup (`<p>` implicitly
 * closed by a block): both sides of every comparison are serializer output, which is well
 * formed. A differential test keeps it equal to htmlparser2 on well-formed input.
 */
export function canonicalize(
  html: string,
  capture?: (name: string, attrs: Attrs) => boolean,
  /** Elements left out of the comparison entirely (the tool's own additions). */
  ignore?: (name: string, attrs: Attrs) => boolean,
): Canonical {
  // Text is held until the next tag tells whether it ends at a block edge (where surrounding
  // whitespace carries no meaning).
  let out = '';
  let text = '';
  let afterBlockEdge = true;
  let preDepth = 0;
  let skipDepth = 0;
  let captured: Attrs | undefined;
  const stack: string[] = [];

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
  const addText = (raw: string, decode: boolean) => {
    if (skipDepth === 0 && raw !== '') text += decode && raw.includes('&') ? decodeHTML(raw) : raw;
  };
  const emitOpen = (name: string, attrs: Attrs) => {
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
    if (attrs === NO_ATTRS) {
      out += `<${name}>`;
    } else {
      const keys = Object.keys(attrs);
      if (keys.length > 1) keys.sort();
      let tag = `<${name}`;
      for (const k of keys) tag += ` ${k}="${escapeAttr(attrs[k]!)}"`;
      out += `${tag}>`;
    }
    afterBlockEdge = block;
  };
  const emitClose = (name: string) => {
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    if (IMPLIED.has(name)) return;
    const block = BLOCK.has(name);
    flush(block);
    if (name === 'pre') preDepth--;
    out += `</${name}>`;
    afterBlockEdge = block;
  };
  const open = (name: string, attrs: Attrs) => {
    emitOpen(name, attrs);
    if (!VOID.has(name)) stack.push(name);
  };
  const close = (name: string) => {
    const at = stack.lastIndexOf(name);
    if (at >= 0) {
      while (stack.length > at) emitClose(stack.pop()!);
    } else if (name === 'br') {
      // As browsers do: a stray </br> is a <br>, a stray </p> an empty paragraph.
      emitOpen('br', {});
    } else if (name === 'p') {
      emitOpen('p', {});
      emitClose('p');
    }
  };

  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      addText(html.slice(i), true);
      break;
    }
    if (lt > i) addText(html.slice(i, lt), true);
    const c = html.charCodeAt(lt + 1);
    if (isAlpha(c)) {
      const tag = readTag(html, lt + 1);
      if (!tag) break; // a tag cut off by the end of input is dropped, as a browser does
      i = tag.end;
      open(tag.name, tag.attrs);
      if (RAW_TEXT.has(tag.name) || ESCAPABLE_RAW_TEXT.has(tag.name)) {
        const endTag = findEndTag(html, i, tag.name);
        addText(html.slice(i, endTag), ESCAPABLE_RAW_TEXT.has(tag.name));
        i = endTag;
      }
    } else if (c === 0x2f /* / */ && isAlpha(html.charCodeAt(lt + 2))) {
      let j = lt + 2;
      while (j < n && !endsName(html.charCodeAt(j))) j++;
      const name = lower(html.slice(lt + 2, j));
      const gt = html.indexOf('>', j);
      if (gt === -1) break;
      i = gt + 1;
      close(name);
    } else if (html.startsWith('<!--', lt)) {
      const endComment = html.indexOf('-->', lt + 4);
      i = endComment === -1 ? n : endComment + 3;
    } else if (html.startsWith('<![CDATA[', lt)) {
      const endCdata = html.indexOf(']]>', lt + 9);
      i = endCdata === -1 ? n : endCdata + 3;
    } else if (c === 0x21 /* ! */ || c === 0x3f /* ? */ || c === 0x2f /* / */) {
      // Declarations, processing instructions and `</ …>` are bogus comments up to the next `>`.
      const gt = html.indexOf('>', lt + 2);
      i = gt === -1 ? n : gt + 1;
    } else {
      addText('<', false);
      i = lt + 1;
    }
  }
  while (stack.length > 0) emitClose(stack.pop()!);
  flush(true);
  return { html: out, captured };
}

const NO_ATTRS: Attrs = Object.freeze({}) as Attrs;
const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;
const endsName = (c: number) => isSpace(c) || c === SLASH || c === GT;

/** Reads a start tag from just after its `<`: the lower-cased name, its attributes and the index after `>`. */
function readTag(html: string, start: number): { name: string; attrs: Attrs; end: number } | undefined {
  const n = html.length;
  let i = start;
  while (i < n && !endsName(html.charCodeAt(i))) i++;
  const name = lower(html.slice(start, i));
  let attrs = NO_ATTRS;
  for (;;) {
    let c = html.charCodeAt(i);
    while (isSpace(c) || c === SLASH) c = html.charCodeAt(++i);
    if (i >= n) return undefined;
    if (c === GT) return { name, attrs, end: i + 1 };
    const nameStart = i;
    i++; // the first character belongs to the name, even a `=`
    while (i < n && !endsName((c = html.charCodeAt(i))) && c !== EQ) i++;
    const attrName = lower(html.slice(nameStart, i));
    while (i < n && isSpace(html.charCodeAt(i))) i++;
    let value = '';
    if (html.charCodeAt(i) === EQ) {
      i++;
      while (i < n && isSpace(html.charCodeAt(i))) i++;
      const q = html.charCodeAt(i);
      if (q === 0x22 || q === 0x27) {
        const close = html.indexOf(q === 0x22 ? '"' : "'", i + 1);
        if (close === -1) return undefined;
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        const valueStart = i;
        while (i < n && !isSpace((c = html.charCodeAt(i))) && c !== GT) i++;
        value = html.slice(valueStart, i);
      }
      if (value.includes('&')) value = decodeHTMLAttribute(value);
    }
    if (attrs === NO_ATTRS) attrs = {};
    if (!Object.hasOwn(attrs, attrName)) attrs[attrName] = value;
  }
}

// Tag and attribute names are nearly always lower case already: skip the copy then.
const UPPER = /[A-Z]/;
const lower = (s: string) => (UPPER.test(s) ? s.toLowerCase() : s);

/** Where the end tag of a raw-text element starts (or the end of input). */
function findEndTag(html: string, from: number, name: string): number {
  const lower = html.toLowerCase();
  let at = lower.indexOf(`</${name}`, from);
  while (at !== -1) {
    const after = html.charCodeAt(at + 2 + name.length);
    if (Number.isNaN(after) || isSpace(after) || after === 0x2f || after === 0x3e) return at;
    at = lower.indexOf(`</${name}`, at + 1);
  }
  return html.length;
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
