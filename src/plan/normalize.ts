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

type Token = { t: 'open'; name: string; attrs: Record<string, string> } | { t: 'close'; name: string } | { t: 'text'; value: string };

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

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
  const tokens: Token[] = [];
  let preDepth = 0;
  let skipDepth = 0;
  let captured: Record<string, string> | undefined;
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
        if (name === 'pre') preDepth++;
        if (!IMPLIED.has(name)) tokens.push({ t: 'open', name, attrs });
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          if (!VOID.has(name)) skipDepth--;
          return;
        }
        if (VOID.has(name) || IMPLIED.has(name)) return;
        if (name === 'pre') preDepth--;
        tokens.push({ t: 'close', name });
      },
      ontext(text) {
        if (skipDepth > 0) return;
        const value = preDepth > 0 ? text : text.replace(/[ \t\r\n\f]+/g, ' ');
        const last = tokens[tokens.length - 1];
        if (last?.t === 'text') last.value += value;
        else tokens.push({ t: 'text', value });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  const isBlockEdge = (tok: Token | undefined) => tok === undefined || (tok.t !== 'text' && BLOCK.has(tok.name));
  let out = '';
  let inPre = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.t === 'open') {
      if (tok.name === 'pre') inPre++;
      const attrs = Object.keys(tok.attrs)
        .sort()
        .map((k) => ` ${k}="${escapeAttr(tok.attrs[k]!)}"`)
        .join('');
      out += `<${tok.name}${attrs}>`;
    } else if (tok.t === 'close') {
      if (tok.name === 'pre') inPre--;
      out += `</${tok.name}>`;
    } else {
      let v = tok.value;
      if (inPre === 0) {
        if (isBlockEdge(tokens[i - 1])) v = v.trimStart();
        if (isBlockEdge(tokens[i + 1])) v = v.trimEnd();
      }
      out += escapeText(v);
    }
  }
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
