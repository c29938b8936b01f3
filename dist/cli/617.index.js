export const id = 617;
export const ids = [617];
export const modules = {

/***/ 945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _i: () => (/* binding */ earlyStillHolds),
  aT: () => (/* binding */ headingIdsIn),
  u4: () => (/* binding */ linkedArticleIds),
  IL: () => (/* binding */ runConvertJob),
  F1: () => (/* binding */ runEarlyConvertJob)
});

// UNUSED EXPORTS: relativeUrl

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/plan/content-form.ts
var content_form = __webpack_require__(6773);
// EXTERNAL MODULE: ./node_modules/github-slugger/index.js + 1 modules
var github_slugger = __webpack_require__(2710);
// EXTERNAL MODULE: ./node_modules/hast-util-to-html/lib/index.js + 20 modules
var lib = __webpack_require__(7864);
// EXTERNAL MODULE: ./node_modules/hast-util-to-string/lib/index.js
var hast_util_to_string_lib = __webpack_require__(9046);
// EXTERNAL MODULE: ./node_modules/rehype-parse/lib/index.js + 2 modules
var rehype_parse_lib = __webpack_require__(672);
// EXTERNAL MODULE: ./node_modules/rehype-remark/lib/index.js + 50 modules
var rehype_remark_lib = __webpack_require__(5794);
// EXTERNAL MODULE: ./node_modules/remark-gfm/lib/index.js + 17 modules
var remark_gfm_lib = __webpack_require__(6550);
// EXTERNAL MODULE: ./node_modules/remark-stringify/lib/index.js + 10 modules
var remark_stringify_lib = __webpack_require__(3361);
// EXTERNAL MODULE: ./node_modules/unified/lib/index.js + 4 modules
var unified_lib = __webpack_require__(8717);
// EXTERNAL MODULE: ./node_modules/unist-util-visit/lib/index.js
var unist_util_visit_lib = __webpack_require__(3617);
// EXTERNAL MODULE: ./src/render/markdown.ts + 5 modules
var render_markdown = __webpack_require__(994);
;// CONCATENATED MODULE: ./src/import/convert.ts











const parser = (0,unified_lib/* unified */.l)().use(rehype_parse_lib/* default */.A, { fragment: true });
const toMarkdown = (0,unified_lib/* unified */.l)()
    .use(rehype_remark_lib/* default */.A)
    .use(remark_gfm_lib/* default */.A)
    .use(remark_stringify_lib/* default */.A, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-', listItemIndent: 'one' });
const stringifier = (0,unified_lib/* unified */.l)().use(remark_gfm_lib/* default */.A).use(remark_stringify_lib/* default */.A, {
    bullet: '-',
    emphasis: '_',
    strong: '*',
    fences: true,
    rule: '-',
    listItemIndent: 'one',
});
/** Elements Markdown writes, with the attributes it can carry; anything else stays raw HTML. */
const EXPRESSIBLE = {
    p: [],
    blockquote: [],
    ul: [],
    ol: ['start'],
    li: [],
    hr: [],
    br: [],
    a: ['href', 'title'],
    img: ['src', 'alt', 'title'],
    strong: [],
    b: [],
    em: [],
    i: [],
    del: [],
    s: [],
    code: [],
    pre: [],
    table: [],
    thead: [],
    tbody: [],
    tr: [],
    th: ['align'],
    td: ['align'],
    h1: ['id'],
    h2: ['id'],
    h3: ['id'],
    h4: ['id'],
    h5: ['id'],
    h6: ['id'],
};
const HAST_NAME = { class: 'className' };
const CELL_BLOCKS = new Set(['p', 'div', 'ul', 'ol', 'pre', 'blockquote', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr']);
/** Whether Markdown can hold this element and everything inside it (verified afterwards by rendering). */
function expressible(node, headingIds) {
    if (node.type === 'text')
        return true;
    if (node.type !== 'element')
        return false;
    const allowed = EXPRESSIBLE[node.tagName];
    if (!allowed)
        return false;
    if (headingIds.get(node) === 'keep-raw')
        return false;
    for (const key of Object.keys(node.properties)) {
        if (node.tagName === 'code' && key === 'className') {
            const classes = node.properties.className;
            if (Array.isArray(classes) && classes.length === 1 && /^language-[\w+#.-]+$/.test(String(classes[0])))
                continue;
            return false;
        }
        if (!allowed.some((a) => (HAST_NAME[a] ?? a) === key))
            return false;
    }
    if (node.tagName === 'pre') {
        const [code, ...rest] = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
        if (rest.length || !code || code.type !== 'element' || code.tagName !== 'code')
            return false;
        return code.children.every((c) => c.type === 'text') && expressible(code, headingIds);
    }
    if (node.tagName === 'code')
        return node.children.every((c) => c.type === 'text');
    if ((node.tagName === 'th' || node.tagName === 'td') && node.children.some((c) => c.type === 'element' && CELL_BLOCKS.has(c.tagName)))
        return false;
    return node.children.every((c) => expressible(c, headingIds));
}
/**
 * Decides for each heading with an id: Markdown gives every heading GitHub's slug of its text,
 * so an id that a link points at and that is not that slug is kept by writing the heading as HTML.
 */
function headingIdsOf(tree, linked) {
    const slugger = new github_slugger/* default */.A();
    const out = new Map();
    (0,unist_util_visit_lib/* visit */.YR)(tree, 'element', (node) => {
        if (!/^h[1-6]$/.test(node.tagName))
            return;
        const id = node.properties.id;
        const slug = slugger.slug((0,hast_util_to_string_lib/* toString */.d)(node));
        out.set(node, typeof id === 'string' && id !== slug && linked.has(id) ? 'keep-raw' : 'ok');
    });
    return out;
}
/** The publisher's marker and "edit on GitHub" footer are its own: it writes them again, they are not content. */
function dropOwnElements(tree) {
    (0,unist_util_visit_lib/* visit */.YR)(tree, 'element', (node, index, parent) => {
        const classes = node.properties.className;
        if (parent && index !== undefined && Array.isArray(classes) && classes.some((c) => c === 'zgp-source' || c === 'zgp-provenance')) {
            parent.children.splice(index, 1);
            return index;
        }
        return undefined;
    });
}
/** Replaces attachment and article URLs with local paths; returns local path → original URL, to verify with. */
function localize(tree, options) {
    const originals = new Map();
    (0,unist_util_visit_lib/* visit */.YR)(tree, 'element', (node) => {
        const attr = node.tagName === 'img' ? 'src' : node.tagName === 'a' ? 'href' : undefined;
        if (!attr)
            return;
        const value = node.properties[attr];
        if (typeof value !== 'string')
            return;
        const local = options.localUrl(value, attr === 'src' ? 'image' : 'link');
        if (local === undefined)
            return;
        originals.set(local, value);
        node.properties[attr] = local;
    });
    return originals;
}
const isBlank = (n) => n.type === 'text' && n.value.trim() === '';
/** Top-level blocks; a run of inline content at the root becomes one block of its own. */
function blocksOf(tree) {
    const blocks = [];
    let inline = [];
    const endInline = () => {
        while (inline.length && isBlank(inline[inline.length - 1]))
            inline.pop();
        if (inline.length)
            blocks.push(inline);
        inline = [];
    };
    for (const node of tree.children) {
        if (node.type === 'doctype' || node.type === 'comment')
            continue;
        const block = node.type === 'element' && BLOCK_LEVEL.has(node.tagName);
        if (block) {
            endInline();
            blocks.push([node]);
        }
        else if (!(inline.length === 0 && isBlank(node))) {
            inline.push(node);
        }
    }
    endInline();
    return blocks;
}
const BLOCK_LEVEL = new Set('address article aside blockquote details dialog div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr iframe li main nav ol p pre section table ul video audio object embed center'.split(' '));
/** One block as raw HTML, on lines Markdown keeps together as one HTML block. */
function rawHtml(nodes) {
    const html = (0,lib/* toHtml */.V)({ type: 'root', children: nodes }).trim();
    // A blank line would end the HTML block; inside <pre> (its own kind of block) it is content.
    const first = nodes[0];
    return nodes.length === 1 && first?.type === 'element' && first.tagName === 'pre' ? html : html.replace(/\n[ \t]*\n/g, '\n');
}
function mdastOf(nodes) {
    const tree = toMarkdown.runSync({ type: 'root', children: nodes });
    return tree.children;
}
function stringify(children) {
    return stringifier.stringify({ type: 'root', children });
}
/** What the publisher makes of this Markdown, in content form, with local paths back to the URLs they replaced. */
function renderedContent(markdown, originals, options) {
    const rendered = (0,render_markdown/* renderMarkdown */.Gc)(markdown, {
        takeH1AsTitle: false,
        alerts: options.render.alerts,
        allowUnsafeHtml: options.render.allowUnsafeHtml,
        locale: options.locale,
    });
    let html = rendered.html;
    for (const ref of rendered.refs)
        html = html.replace(`zgp-ref:${ref.index}"`, `${escapeQuote(originals.get(ref.url) ?? ref.url)}"`);
    return (0,content_form/* contentForm */.iw)(html);
}
const escapeQuote = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
/**
 * A stored body as Markdown the publisher renders back to the same content: each top-level
 * block that Markdown can hold (checked by rendering it with the publisher's own renderer and
 * comparing content forms) becomes Markdown, and every other block stays raw HTML, so nothing is
 * dropped. Attachment and article URLs become local paths.
 */
function htmlToMarkdown(html, options) {
    const tree = parser.parse(html);
    dropOwnElements(tree);
    const headingIds = headingIdsOf(tree, options.linkedAnchors);
    // What the body must come back as, from the tree before its URLs become local paths (no copy of it).
    const target = (0,content_form/* contentForm */.iw)((0,lib/* toHtml */.V)(tree));
    const originals = localize(tree, options);
    const blocks = blocksOf(tree);
    const parts = blocks.map((nodes) => ({
        nodes,
        md: nodes.every((n) => n.type !== 'doctype' && expressible(n, headingIds)) ? mdastOf(nodes) : undefined,
    }));
    const assemble = () => stringify(parts.flatMap((p) => p.md ?? [{ type: 'html', value: rawHtml(p.nodes) }])).replace(/\n+$/, '') + '\n';
    let markdown = assemble();
    let lossy = false;
    if (renderedContent(markdown, originals, options) !== target) {
        // Find the blocks that do not come back the same, one by one, and keep those as HTML.
        for (const part of parts) {
            if (!part.md)
                continue;
            const alone = (0,content_form/* contentForm */.iw)(toOriginal({ type: 'root', children: part.nodes }, originals));
            if (renderedContent(stringify(part.md), originals, options) !== alone)
                part.md = undefined;
        }
        markdown = assemble();
        if (renderedContent(markdown, originals, options) !== target) {
            // Blocks that change each other (two lists that would merge): all HTML, if that comes back.
            const saved = parts.map((p) => p.md);
            for (const part of parts)
                part.md = undefined;
            const raw = assemble();
            if (renderedContent(raw, originals, options) === target)
                markdown = raw;
            else {
                parts.forEach((p, i) => (p.md = saved[i]));
                lossy = true;
            }
        }
    }
    const rawBlocks = parts.filter((p) => !p.md).length;
    return { markdown: markdown === '\n' ? '' : markdown, rawBlocks, lossy };
}
/** The tree as HTML with the original URLs, for the content it must come back as. */
function toOriginal(tree, originals) {
    const copy = structuredClone(tree);
    (0,unist_util_visit_lib/* visit */.YR)(copy, 'element', (node) => {
        const attr = node.tagName === 'img' ? 'src' : node.tagName === 'a' ? 'href' : undefined;
        const value = attr ? node.properties[attr] : undefined;
        if (attr && typeof value === 'string' && originals.has(value))
            node.properties[attr] = originals.get(value);
    });
    return (0,lib/* toHtml */.V)(copy);
}

;// CONCATENATED MODULE: ./src/import/convert-job.ts



/** A relative path from one docs-relative folder to a docs-relative file, URL-encoded. */
function relativeUrl(fromDir, toFile) {
    const rel = external_node_path_default().posix.relative(fromDir || '.', toFile);
    return rel.split('/').map(encodeURIComponent).join('/');
}
/** The local path a URL of this job's body becomes: a downloaded file, or another imported article. */
function localUrlOf(job, keyOfArticle) {
    return (url) => {
        const local = job.localFiles.get(url.trim());
        if (local)
            return relativeUrl(job.dir, local);
        const link = (0,content_form/* articleLinkOf */.sT)(url);
        if (!link)
            return undefined;
        const key = keyOfArticle.get(link.id);
        if (key === undefined)
            return undefined;
        return `${relativeUrl(job.dir, `${key}.md`)}${link.anchor ? `#${link.anchor}` : ''}`;
    };
}
/** Converts one body: the same in the main thread and in a worker. */
function runConvertJob(job, shared) {
    return htmlToMarkdown(job.html, {
        localUrl: localUrlOf(job, shared.keyOfArticle),
        linkedAnchors: shared.linkedAnchors,
        render: job.render,
        locale: job.locale,
    });
}
/** Converts one body before the export has ended, with what is known so far, recording each question and its answer. */
function runEarlyConvertJob(job, known) {
    const asked = { urls: [], anchors: [] };
    const localUrl = localUrlOf(job, known.keys);
    const anchors = new Set(known.anchors);
    const converted = htmlToMarkdown(job.html, {
        localUrl: (url) => {
            const answer = localUrl(url);
            asked.urls.push([url, answer ?? null]);
            return answer;
        },
        linkedAnchors: {
            has: (id) => {
                const answer = anchors.has(id);
                asked.anchors.push([id, answer]);
                return answer;
            },
        },
        render: job.render,
        locale: job.locale,
    });
    return { converted, asked };
}
/** Whether an early conversion is what converting `job` now, with everything known, would give. */
function earlyStillHolds(early, job, shared) {
    const localUrl = localUrlOf(job, shared.keyOfArticle);
    return (early.asked.urls.every(([url, answer]) => (localUrl(url) ?? null) === answer) &&
        early.asked.anchors.every(([id, answer]) => shared.linkedAnchors.has(id) === answer));
}
/** The ids a body's headings have, as written (an id with an entity in it is not found: converted again, never wrong). */
function headingIdsIn(html) {
    return [...html.matchAll(/<h[1-6]\b[^>]*?\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}
/** The article ids a body's links name: the keys an early conversion of it needs. */
function linkedArticleIds(html) {
    const ids = new Set();
    for (const m of html.matchAll(/href\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
        const link = (0,content_form/* articleLinkOf */.sT)(m[1] ?? m[2] ?? '');
        if (link)
            ids.add(link.id);
    }
    return [...ids];
}


/***/ }),

/***/ 4009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveConversions: () => (/* binding */ serveConversions)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _convert_job_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(945);


/** Answers each job the pool sends, until the pool ends the thread. */
function serveConversions() {
    let shared;
    node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.on('message', (m) => {
        if ('shared' in m) {
            shared = m.shared;
            return;
        }
        try {
            if (!m.known && !shared)
                throw new Error('a conversion was asked for before the import shared its keys');
            const converted = m.known ? (0,_convert_job_js__WEBPACK_IMPORTED_MODULE_1__/* .runEarlyConvertJob */ .F1)(m.job, m.known) : (0,_convert_job_js__WEBPACK_IMPORTED_MODULE_1__/* .runConvertJob */ .IL)(m.job, shared);
            node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.postMessage({ id: m.id, converted });
        }
        catch (error) {
            node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.postMessage({ id: m.id, error: error instanceof Error ? error.message : String(error) });
        }
    });
}


/***/ }),

/***/ 6773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eZ: () => (/* binding */ contentDigest),
/* harmony export */   iw: () => (/* binding */ contentForm),
/* harmony export */   sT: () => (/* binding */ articleLinkOf)
/* harmony export */ });
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9392);

/**
 * A link to a Help Center article, in any of the forms Guide and writers use:
 * `https://acme.zendesk.com/hc/en-us/articles/123-slug#anchor`, `/hc/fr/articles/123`,
 * `/hc/articles/123`. Undefined for anything else.
 */
function articleLinkOf(href) {
    const m = /^(?:https?:\/\/[^/?#]+)?\/hc\/(?:([a-z]{2,3}(?:-[a-z0-9]{2,8})*)\/)?articles\/(\d+)(?:-[^/?#]*)?\/?(?:\?[^#]*)?(?:#(.*))?$/i.exec(href.trim());
    if (!m)
        return undefined;
    return { id: Number(m[2]), locale: m[1]?.toLowerCase(), anchor: m[3] ?? '' };
}
/** The host part of a Help Center URL (`https://acme.zendesk.com/hc/...`). */
const HC_ORIGIN = /^https?:\/\/[^/?#]+(?=\/hc\/)/i;
const SAME_AS = { b: 'strong', i: 'em', s: 'del', strike: 'del' };
const HEADING = /^h[1-6]$/;
/** Wrappers Markdown writes (GFM tables always have a head) and hand-written HTML may not. */
const WRAPPERS = new Set(['thead', 'tbody', 'tfoot']);
/**
 * What an article says rather than how its HTML spells it, for bodies the tool did not write (an
 * article made by hand in Guide, then imported or adopted): on top of the canonical form
 * (whitespace, attribute order, quoting, entities), `<b>` is `<strong>` (and `<i>` `<em>`, `<s>`
 * `<del>`), a heading's id is not content (the renderer gives every heading one), table sections
 * are not content, and a link to an article is that article and anchor, whatever its host,
 * locale or slug (the publisher writes each link as the target's URL in the body's locale).
 */
const contentRewrite = (name, attrs) => {
    if (WRAPPERS.has(name))
        return null;
    const renamed = SAME_AS[name] ?? name;
    if (HEADING.test(name) && attrs.id !== undefined) {
        const { id: _id, ...rest } = attrs;
        return { name: renamed, attrs: rest };
    }
    if (name === 'a' && attrs.href !== undefined) {
        const link = articleLinkOf(attrs.href);
        if (link)
            return { name, attrs: { ...attrs, href: `zgp-article:${link.id}${link.anchor ? `#${link.anchor}` : ''}` } };
        if (HC_ORIGIN.test(attrs.href))
            return { name, attrs: { ...attrs, href: attrs.href.replace(HC_ORIGIN, '') } };
    }
    // An attachment is the same file whether its URL names the host or not.
    if ((name === 'img' || name === 'video' || name === 'source') && attrs.src !== undefined && HC_ORIGIN.test(attrs.src)) {
        return { name, attrs: { ...attrs, src: attrs.src.replace(HC_ORIGIN, '') } };
    }
    return renamed === name ? { name, attrs } : { name: renamed, attrs };
};
/** The content form of a body (see `contentRewrite`); the tool's own elements are left out by `ignore`. */
function contentForm(html, ignore) {
    // A code block's last line break is how Markdown ends one, not content.
    return (0,_normalize_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalize */ .dw)(html, undefined, ignore, contentRewrite).html.replace(/\n(<\/code>)?<\/pre>/g, '$1</pre>');
}
function contentDigest(html, ignore) {
    return (0,_normalize_js__WEBPACK_IMPORTED_MODULE_0__/* .bodyDigest */ .rr)(contentForm(html, ignore));
}


/***/ }),

/***/ 1552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ escapeText),
/* harmony export */   d: () => (/* binding */ escapeAttr)
/* harmony export */ });
// Most strings have nothing to escape: test before replacing (these run per text node and
// attribute of every stored body).
/** Escapes text content for HTML. */
const escapeText = (s) => s.includes('&') || s.includes('<') || s.includes('>') ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s;
/** Escapes a value for a double-quoted HTML attribute. */
const escapeAttr = (s) => (s.includes('&') || s.includes('"') ? s.replace(/&/g, '&amp;').replace(/"/g, '&quot;') : s);


/***/ }),

/***/ 9392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rr: () => (/* binding */ bodyDigest),
  dw: () => (/* binding */ canonicalize),
  Ae: () => (/* binding */ contentHash),
  No: () => (/* binding */ normalizeHtml)
});

// UNUSED EXPORTS: CanonicalWriter

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/htmlparser2/dist/esm/index.js + 22 modules
var esm = __webpack_require__(6013);
// EXTERNAL MODULE: ./src/plan/html-escape.ts
var html_escape = __webpack_require__(1552);
;// CONCATENATED MODULE: ./src/shared/own-string.ts
/**
 * A copy of `s` that holds nothing of the string it was cut from. V8 keeps a substring of 13 or
 * more characters as a view into its parent ("sliced string"), so a 40-character key cut from a
 * stored body keeps the whole body alive for as long as the key lives: across a help center of
 * 40,000 translations, that was every body, 70 MB of them. Copy what outlives its source.
 */
function ownString(s) {
    // Shorter substrings are copied by V8 already.
    return s.length < 13 ? s : Buffer.from(s, 'utf8').toString('utf8');
}
/** `attrs` with every value its own copy (see ownString). */
function ownStrings(attrs) {
    const out = {};
    for (const [k, v] of Object.entries(attrs))
        out[k] = ownString(v);
    return out;
}

;// CONCATENATED MODULE: ./src/plan/normalize.ts




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
const isSpace = (c) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c;
/**
 * Runs of HTML whitespace become one space. Most text is either layout whitespace between tags
 * or words with single spaces; a scan that sees that costs a fraction of a regex replace that
 * changes nothing, and this runs for every text node of every stored body. (With the escape
 * tests in html-escape.ts it cut canonicalizing the benchmark's 3,273 stored bodies from 450–580 to 340–365 ms.)
 */
function collapseWhitespace(v) {
    let previousSpace = false;
    let onlySpace = true;
    let needsReplace = false;
    for (let i = 0; i < v.length; i++) {
        const c = v.charCodeAt(i);
        if (isSpace(c)) {
            if (previousSpace || c !== 0x20)
                needsReplace = true;
            previousSpace = true;
        }
        else {
            previousSpace = false;
            onlySpace = false;
        }
    }
    if (onlySpace)
        return v === '' ? '' : ' ';
    return needsReplace ? v.replace(WHITESPACE, ' ') : v;
}
const NO_ATTRS = Object.freeze({});
// Tag and attribute names are nearly always lower case already: skip the copy then.
const UPPER = /[A-Z]/;
const lower = (s) => (UPPER.test(s) ? s.toLowerCase() : s);
/**
 * Writes the canonical form from a stream of start tags, end tags and text, whichever parser
 * produces it. Text is held until the next tag tells whether it ends at a block edge (where
 * surrounding whitespace carries no meaning).
 */
class CanonicalWriter {
    capture;
    ignore;
    rewrite;
    out = '';
    text = '';
    afterBlockEdge = true;
    preDepth = 0;
    skipDepth = 0;
    captured;
    constructor(capture, 
    /** Elements left out of the comparison entirely (the tool's own additions). */
    ignore, rewrite) {
        this.capture = capture;
        this.ignore = ignore;
        this.rewrite = rewrite;
    }
    /** Text, entities already decoded. */
    addText(value) {
        if (this.skipDepth === 0)
            this.text += value;
    }
    open(name, attrs) {
        if (this.skipDepth > 0) {
            if (!VOID.has(name))
                this.skipDepth++;
            return;
        }
        if (!this.captured && this.capture?.(name, attrs)) {
            // Kept beyond the body (the marker lives in the index): not views into it.
            this.captured = ownStrings(attrs);
            if (!VOID.has(name))
                this.skipDepth = 1;
            return;
        }
        if (this.ignore?.(name, attrs)) {
            if (!VOID.has(name))
                this.skipDepth = 1;
            return;
        }
        if (IMPLIED.has(name))
            return;
        if (this.rewrite) {
            const r = this.rewrite(name, attrs);
            if (!r)
                return;
            ({ name, attrs } = r);
        }
        const block = BLOCK.has(name);
        this.flush(block);
        if (name === 'pre')
            this.preDepth++;
        if (attrs === NO_ATTRS) {
            this.out += `<${name}>`;
        }
        else {
            const keys = Object.keys(attrs);
            if (keys.length > 1)
                keys.sort();
            let tag = `<${name}`;
            for (const k of keys)
                tag += ` ${k}="${(0,html_escape/* escapeAttr */.d)(attrs[k])}"`;
            this.out += `${tag}>`;
        }
        this.afterBlockEdge = block;
    }
    /** An end tag; void elements have none, so one reported for them is ignored. */
    close(name) {
        if (VOID.has(name))
            return;
        if (this.skipDepth > 0) {
            this.skipDepth--;
            return;
        }
        if (IMPLIED.has(name))
            return;
        if (this.rewrite) {
            const r = this.rewrite(name, NO_ATTRS);
            if (!r)
                return;
            name = r.name;
        }
        const block = BLOCK.has(name);
        this.flush(block);
        if (name === 'pre')
            this.preDepth--;
        this.out += `</${name}>`;
        this.afterBlockEdge = block;
    }
    finish() {
        this.flush(true);
        return { html: this.out, captured: this.captured };
    }
    flush(beforeBlockEdge) {
        if (this.text === '')
            return;
        let v = this.text;
        this.text = '';
        if (this.preDepth === 0) {
            v = collapseWhitespace(v);
            if (this.afterBlockEdge)
                v = v.trimStart();
            if (beforeBlockEdge)
                v = v.trimEnd();
        }
        if (v !== '')
            this.out += (0,html_escape/* escapeText */.X)(v);
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
function canonicalize(html, capture, 
/** Elements left out of the comparison entirely (the tool's own additions). */
ignore, rewrite) {
    const writer = new CanonicalWriter(capture, ignore, rewrite);
    const stack = [];
    let tagName = '';
    let attrs = NO_ATTRS;
    let attribName = '';
    let attribValue = '';
    const open = () => {
        writer.open(tagName, attrs);
        if (!VOID.has(tagName))
            stack.push(tagName);
    };
    const tokenizer = new esm/* Tokenizer */._F({ decodeEntities: true }, {
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
            if (attrs === NO_ATTRS)
                attrs = {};
            // The first of duplicate attributes wins, as in browsers.
            if (!Object.hasOwn(attrs, attribName))
                attrs[attribName] = attribValue;
        },
        onopentagend: open,
        // `<div/>` is an open tag in HTML; for void elements it makes no difference.
        onselfclosingtag: open,
        onclosetag(start, end) {
            const name = lower(html.slice(start, end));
            const at = stack.lastIndexOf(name);
            if (at >= 0) {
                while (stack.length > at)
                    writer.close(stack.pop());
            }
            else if (name === 'br') {
                writer.open('br', NO_ATTRS);
            }
            else if (name === 'p') {
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
    });
    tokenizer.write(html);
    tokenizer.end();
    while (stack.length > 0)
        writer.close(stack.pop());
    return writer.finish();
}
const noop = () => undefined;
function normalizeHtml(html) {
    return canonicalize(html).html;
}
/**
 * Digest of a normalized body: what is kept of each stored translation, so a large help center
 * is compared without holding every body in memory.
 */
function bodyDigest(normalizedBody) {
    return (0,external_node_crypto_.createHash)('sha256').update(normalizedBody).digest('hex').slice(0, 32);
}
/** Short content fingerprint of a translation as published: its title and its body's digest. */
function contentHash(title, digest) {
    return (0,external_node_crypto_.createHash)('sha256').update(title).update('\0').update(digest).digest('hex').slice(0, 20);
}


/***/ }),

/***/ 1769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FP: () => (/* binding */ refToken),
/* harmony export */   MD: () => (/* binding */ REF_TOKEN),
/* harmony export */   mO: () => (/* binding */ DIAGRAM_REF)
/* harmony export */ });
/**
 * How a rendered body marks a local reference until the planner knows its final URL. Kept apart
 * from the renderer so the planner can read tokens without loading the Markdown toolchain.
 */
const refToken = (index) => `zgp-ref:${index}`;
/** Matches every token; the capture is the reference's index. */
const REF_TOKEN = /zgp-ref:(\d+)/g;
/** How a diagram's image is recorded in a marker's references, by its hash (plan/reuse.ts reads it back). */
const DIAGRAM_REF = 'zgp-diagram:';


/***/ })

};
