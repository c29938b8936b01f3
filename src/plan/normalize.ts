import { createHash } from 'node:crypto';
import { Tokenizer } from 'htmlparser2';
import { escapeAttr, escapeText } from './html-escape.js';
import { ownStrings } from '../shared/own-string.js';

/** Elements around which whitespace carries no meaning. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'col',
  'colgroup',
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
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'video',
  'source',
  'track',
  'br',
]);

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Parsers add `<tbody>` to tables that lack one; whether it is written out carries no meaning. */
const IMPLIED = new Set(['tbody']);

const WHITESPACE = /[ \t\r\n\f]+/g;

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c;

/**
 * Runs of HTML whitespace become one space. Most text is either layout whitespace between tags
 * or words with single spaces; a scan that sees that costs a fraction of a regex replace that
 * changes nothing, and this runs for every text node of every stored body. (With the escape
 * tests in html-escape.ts it cut canonicalizing the benchmark's 3,273 stored bodies from 450–580 to 340–365 ms.)
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

/**
 * Renames an element (or drops attributes) before it is written; `null` leaves the tag out and
 * keeps what is inside it. Used for comparing content rather than markup (see content-form.ts).
 */
export type Rewrite = (name: string, attrs: Attrs) => { name: string; attrs: Attrs } | null;

const NO_ATTRS: Attrs = Object.freeze({});
// Tag and attribute names are nearly always lower case already: skip the copy then.
const UPPER = /[A-Z]/;
const lower = (s: string) => (UPPER.test(s) ? s.toLowerCase() : s);

/**
 * Writes the canonical form from a stream of start tags, end tags and text, whichever parser
 * produces it. Text is held until the next tag tells whether it ends at a block edge (where
 * surrounding whitespace carries no meaning).
 */
export class CanonicalWriter {
  private out = '';
  private text = '';
  private afterBlockEdge = true;
  private preDepth = 0;
  private skipDepth = 0;
  private captured: Attrs | undefined;

  constructor(
    private readonly capture?: (name: string, attrs: Attrs) => boolean,
    /** Elements left out of the comparison entirely (the tool's own additions). */
    private readonly ignore?: (name: string, attrs: Attrs) => boolean,
    private readonly rewrite?: Rewrite,
  ) {}

  /** Text, entities already decoded. */
  addText(value: string): void {
    if (this.skipDepth === 0) this.text += value;
  }

  open(name: string, attrs: Attrs): void {
    if (this.skipDepth > 0) {
      if (!VOID.has(name)) this.skipDepth++;
      return;
    }
    if (!this.captured && this.capture?.(name, attrs)) {
      // Kept beyond the body (the marker lives in the index): not views into it.
      this.captured = ownStrings(attrs);
      if (!VOID.has(name)) this.skipDepth = 1;
      return;
    }
    if (this.ignore?.(name, attrs)) {
      if (!VOID.has(name)) this.skipDepth = 1;
      return;
    }
    if (IMPLIED.has(name)) return;
    if (this.rewrite) {
      const r = this.rewrite(name, attrs);
      if (!r) return;
      ({ name, attrs } = r);
    }
    const block = BLOCK.has(name);
    this.flush(block);
    if (name === 'pre') this.preDepth++;
    if (attrs === NO_ATTRS) {
      this.out += `<${name}>`;
    } else {
      const keys = Object.keys(attrs);
      if (keys.length > 1) keys.sort();
      let tag = `<${name}`;
      for (const k of keys) tag += ` ${k}="${escapeAttr(attrs[k]!)}"`;
      this.out += `${tag}>`;
    }
    this.afterBlockEdge = block;
  }

  /** An end tag; void elements have none, so one reported for them is ignored. */
  close(name: string): void {
    if (VOID.has(name)) return;
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    if (IMPLIED.has(name)) return;
    if (this.rewrite) {
      const r = this.rewrite(name, NO_ATTRS);
      if (!r) return;
      name = r.name;
    }
    const block = BLOCK.has(name);
    this.flush(block);
    if (name === 'pre') this.preDepth--;
    this.out += `</${name}>`;
    this.afterBlockEdge = block;
  }

  finish(): Canonical {
    this.flush(true);
    return { html: this.out, captured: this.captured };
  }

  private flush(beforeBlockEdge: boolean): void {
    if (this.text === '') return;
    let v = this.text;
    this.text = '';
    if (this.preDepth === 0) {
      v = collapseWhitespace(v);
      if (this.afterBlockEdge) v = v.trimStart();
      if (beforeBlockEdge) v = v.trimEnd();
    }
    if (v !== '') this.out += escapeText(v);
  }
}

/**
 * Canonical form of an HTML fragment, so that two bodies that differ only the way a server's
 * re-serialization differs (whitespace between blocks, attribute order, quoting, entities,
 * `<br/>` vs `<br>`, an implied `<tbody>`, comments) compare equal. Text inside `<pre>` is kept
 * exactly.
 *
 * This runs over every stored translation on every run, dry runs included, where it was the
 * largest single cost. So it drives htmlparser2's Tokenizer (states, quoting, entities, raw-text
 * elements: the hard part stays the library's) and writes the canonical form straight from its
 * events, without htmlparser2's Parser on top, which spent a third of the time on tree-building
 * repairs a comparison of two serializer outputs never needs. End tags still close what they
 * enclose, stray `</p>` and `</br>` read as browsers read them, and the end closes what is open;
 * what is not done is closing a `<p>` implicitly when a block starts inside it.
 */
export function canonicalize(
  html: string,
  capture?: (name: string, attrs: Attrs) => boolean,
  /** Elements left out of the comparison entirely (the tool's own additions). */
  ignore?: (name: string, attrs: Attrs) => boolean,
  rewrite?: Rewrite,
): Canonical {
  const writer = new CanonicalWriter(capture, ignore, rewrite);
  const stack: string[] = [];
  let tagName = '';
  let attrs = NO_ATTRS;
  let attribName = '';
  let attribValue = '';
  const open = () => {
    writer.open(tagName, attrs);
    if (!VOID.has(tagName)) stack.push(tagName);
  };
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname(start, end) {
        tagName = lower(html.slice(start, end));
        attrs = NO_ATTRS;
      },
      onattribname(start, end) {
        attribName = lower(html.slice(start, end));
        attribValue = '';
      },
      onattribdata(start, end) {
        attribValue += html.slice(start, end);
      },
      onattribentity(codepoint) {
        attribValue += String.fromCodePoint(codepoint);
      },
      onattribend() {
        if (attrs === NO_ATTRS) attrs = {};
        // The first of duplicate attributes wins, as in browsers.
        if (!Object.hasOwn(attrs, attribName)) attrs[attribName] = attribValue;
      },
      onopentagend: open,
      // `<div/>` is an open tag in HTML; for void elements it makes no difference.
      onselfclosingtag: open,
      onclosetag(start, end) {
        const name = lower(html.slice(start, end));
        const at = stack.lastIndexOf(name);
        if (at >= 0) {
          while (stack.length > at) writer.close(stack.pop()!);
        } else if (name === 'br') {
          writer.open('br', NO_ATTRS);
        } else if (name === 'p') {
          writer.open('p', NO_ATTRS);
          writer.close('p');
        }
      },
      ontext(start, end) {
        writer.addText(html.slice(start, end));
      },
      ontextentity(codepoint) {
        writer.addText(String.fromCodePoint(codepoint));
      },
      oncdata: noop,
      oncomment: noop,
      ondeclaration: noop,
      onprocessinginstruction: noop,
      onend: noop,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  while (stack.length > 0) writer.close(stack.pop()!);
  return writer.finish();
}

const noop = () => undefined;

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
