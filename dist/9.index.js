export const id = 9;
export const ids = [9];
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


/***/ })

};
