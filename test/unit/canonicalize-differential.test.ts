/**
 * The canonicalizer drives htmlparser2's Tokenizer without its Parser, for speed (see
 * src/plan/normalize.ts), and keeps its own stack of open elements. Its output decides whether a
 * stored body counts as edited in Guide, so on well-formed HTML it must agree byte for byte with
 * the full Parser. The oracle below feeds the same CanonicalWriter from the Parser, so what is
 * compared is exactly the part that differs: tokens, attributes, entities and which elements the
 * end tags close. The inputs are the golden renders, the simulator's re-serialization of them,
 * and seeded random well-formed fragments with every quoting, entity and whitespace variant.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { CanonicalWriter, canonicalize } from '../../src/plan/normalize.js';
import { analyzeBody, markerHtml, provenanceHtml } from '../../src/plan/marker.js';
import { reformatHtml } from '../zendesk-sim/html.js';
import { mulberry32 } from '../zendesk-sim/faults.js';

type Attrs = Record<string, string>;

/** The same writer, driven by htmlparser2's full Parser instead of its bare Tokenizer. */
function oracle(html: string, capture?: (n: string, a: Attrs) => boolean, ignore?: (n: string, a: Attrs) => boolean) {
  const writer = new CanonicalWriter(capture, ignore);
  const parser = new Parser(
    {
      onopentag: (name, attrs) => writer.open(name, attrs),
      onclosetag: (name) => writer.close(name),
      ontext: (text) => writer.addText(text),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  const { html: out, captured } = writer.finish();
  return { html: out, captured: captured ? { ...captured } : undefined };
}

const same = (html: string) => {
  const isMarker = (n: string, a: Attrs) => n === 'div' && (a.class ?? '').split(/\s+/).includes('zgp-source');
  const isFooter = (_n: string, a: Attrs) => (a.class ?? '').split(/\s+/).includes('zgp-provenance');
  const ours = canonicalize(html, isMarker, isFooter);
  expect({ html: ours.html, captured: ours.captured ? { ...ours.captured } : undefined }).toEqual(oracle(html, isMarker, isFooter));
};

const here = path.dirname(fileURLToPath(import.meta.url));
const goldens = fs.readdirSync(path.join(here, '__golden__')).filter((f) => f.endsWith('.html'));

describe('canonicalize agrees with a real HTML parser', () => {
  it.each(goldens)('on the golden render %s, as written and as the simulator stores it', (name) => {
    const html = fs.readFileSync(path.join(here, '__golden__', name), 'utf8');
    same(html);
    same(reformatHtml(html));
    expect(canonicalize(reformatHtml(html)).html).toBe(canonicalize(html).html);
  });

  it('on 2,000 random well-formed fragments', () => {
    const random = mulberry32(7);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const words = [
      'alpha',
      'Beta',
      'x',
      '&amp;',
      '&lt;tag&gt;',
      '&#39;',
      '&#x27;',
      '&nbsp;',
      '&copy;',
      '&amp',
      '"q"',
      "it's",
      'a>b',
      '€',
      '  ',
      '\n',
      '\t',
    ];
    const space = () => pick(['', ' ', '\n', '\n  ', '\t', '  ']);
    const attrValue = () =>
      pick(['x', 'a b', 'https://e.com/?a=1&amp;b=2', 'it&#39;s', '&quot;q&quot;', '', 'A&B', 'zgp-source', 'zgp-provenance extra']);
    const attr = () => {
      const name = pick(['href', 'class', 'title', 'data-zgp-key', 'ID', 'alt', 'data-x']);
      const value = attrValue();
      const quoted = pick(['"', "'", 'bare']);
      if (quoted === 'bare' && /^[^\s"'=<>`&]+$/.test(value)) return `${name}=${value}`;
      if (quoted === "'" && !value.includes("'")) return `${name}${pick(['=', ' = '])}'${value}'`;
      return `${name}="${value.replace(/"/g, '&quot;')}"`;
    };
    const phrasing = ['em', 'strong', 'a', 'code', 'span', 'sup', 'del'];
    const flow = ['div', 'blockquote', 'section'];
    const headings = ['p', 'h2'];
    // Well-formed by the content model too (no block inside a paragraph), which is what a
    // serializer produces and where a parser has nothing to repair.
    const element = (tag: string, inner: string) => {
      const attrs = Array.from({ length: Math.floor(random() * 3) }, attr)
        .map((a) => pick([' ', '\n', '  ']) + a)
        .join('');
      const name = random() < 0.1 ? tag.toUpperCase() : tag;
      return `<${name}${attrs}${space()}>${inner}</${name}${space()}>`;
    };
    const gen = (depth: number, onlyPhrasing: boolean): string => {
      const parts: string[] = [];
      const count = 1 + Math.floor(random() * 4);
      for (let k = 0; k < count; k++) {
        const r = random();
        if (depth > 3 || r < 0.35)
          parts.push(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(words)).join(pick([' ', '', '\n'])));
        else if (r < 0.45)
          parts.push(pick(['<br>', '<br/>', '<br />', '<img src="a.png" alt="x">', '<!-- note -->', onlyPhrasing ? '' : '<hr>']));
        else if (onlyPhrasing || r < 0.6) parts.push(element(pick(phrasing), gen(depth + 1, true)));
        else if (r < 0.67)
          parts.push(`<pre><code${random() < 0.5 ? ' class="language-sh"' : ''}>${pick(['a\n  b', ' x &amp; y ', '\n\nz'])}</code></pre>`);
        else if (r < 0.74)
          parts.push(
            `<table>${random() < 0.5 ? '<tbody>' : ''}<tr><td>${gen(depth + 1, false)}</td></tr>${random() < 0.5 ? '</tbody>' : ''}</table>`,
          );
        else if (r < 0.8) parts.push(`<ul>${space()}<li>${gen(depth + 1, false)}</li>${space()}<li>${gen(depth + 1, false)}</li></ul>`);
        else if (r < 0.9) parts.push(element(pick(headings), gen(depth + 1, true)));
        else parts.push(element(pick(flow), gen(depth + 1, false)));
        parts.push(space());
      }
      return parts.join('');
    };
    for (let n = 0; n < 2000; n++) same(gen(0, false));
  });

  it('on bodies carrying the tool’s marker and footer', () => {
    const marker = markerHtml({
      key: 'a/b',
      hash: 'h',
      assets: { abc: 'https://z/x.png?a=1&b=2' },
      src: 's',
      refs: { 'x y.md': 'https://z/1' },
    });
    const body = `<p>Hi</p>\n${provenanceHtml('https://github.com/o/r/blob/main/a&b.md')}\n${marker}`;
    same(body);
    same(reformatHtml(body));
    expect(analyzeBody(reformatHtml(body))).toEqual(analyzeBody(body));
  });
});

describe('canonicalize on markup a browser would repair (without the Parser)', () => {
  it('closes what is left open and what an end tag encloses', () => {
    expect(canonicalize('<div><p>a<em>b</div>c').html).toBe('<div><p>a<em>b</em></p></div>c');
  });

  it('treats stray end tags as browsers do', () => {
    expect(canonicalize('a</br>b</p></span>').html).toBe('a<br>b<p></p>');
  });

  it('drops a tag cut off by the end of input, comments, declarations and processing instructions', () => {
    expect(canonicalize('<!DOCTYPE html><?xml x?><p>a<!-- b -->c</p><![CDATA[d]]><a href="x').html).toBe('<p>ac</p>');
  });

  it('keeps raw-text element content as text, as the Parser does', () => {
    expect(canonicalize('<style>a<b>&amp;</style>').html).toBe('<style>a&lt;b&gt;&amp;amp;</style>');
    same('<textarea>&lt;b&gt; <i></textarea><style>a&amp;b</style><script>if (a<b) {}</script><title>x &amp; y</title>');
  });

  it('keeps the first of duplicate attributes and lower-cases names', () => {
    expect(canonicalize("<A HREF=x href=y Title='t'>k</A>").html).toBe('<a href="x" title="t">k</a>');
  });
});
