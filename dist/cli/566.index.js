export const id = 566;
export const ids = [566];
export const modules = {

/***/ 5414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ renderMarkdown)
});

// UNUSED EXPORTS: isLocalReference

// EXTERNAL MODULE: ../../main/node_modules/mdast-util-to-string/lib/index.js
var lib = __webpack_require__(7487);
// EXTERNAL MODULE: ../../main/node_modules/rehype-raw/lib/index.js + 2 modules
var rehype_raw_lib = __webpack_require__(5205);
// EXTERNAL MODULE: ../../main/node_modules/rehype-sanitize/lib/index.js + 1 modules
var rehype_sanitize_lib = __webpack_require__(3686);
// EXTERNAL MODULE: ../../main/node_modules/rehype-slug/lib/index.js + 1 modules
var rehype_slug_lib = __webpack_require__(9405);
// EXTERNAL MODULE: ../../main/node_modules/rehype-stringify/lib/index.js
var rehype_stringify_lib = __webpack_require__(5976);
// EXTERNAL MODULE: ../../main/node_modules/remark-gfm/lib/index.js + 17 modules
var remark_gfm_lib = __webpack_require__(9712);
// EXTERNAL MODULE: ../../main/node_modules/remark-parse/lib/index.js + 39 modules
var remark_parse_lib = __webpack_require__(9751);
// EXTERNAL MODULE: ../../main/node_modules/remark-rehype/lib/index.js + 30 modules
var remark_rehype_lib = __webpack_require__(8919);
// EXTERNAL MODULE: ../../main/node_modules/unified/lib/index.js + 4 modules
var unified_lib = __webpack_require__(9879);
// EXTERNAL MODULE: ../../main/node_modules/unist-util-visit/lib/index.js
var unist_util_visit_lib = __webpack_require__(9363);
;// CONCATENATED MODULE: ./src/render/gfm.ts

/**
 * Markdown that GitHub previews one way and Guide would show another: alerts, task lists and
 * footnotes are rewritten into HTML that survives Guide's allowlist and that a theme can style.
 */
const ALERT = /^\[!(note|tip|important|warning|caution)\][ \t]*(?:\r?\n|$)/i;
/**
 * `> [!NOTE]` (GitHub's alert syntax, the marker alone on the first line) becomes
 * `<div class="zgp-alert zgp-alert-note"><p class="zgp-alert-title">Note</p>…</div>`. A marker
 * followed by nothing stays a plain quote, as on GitHub.
 */
function remarkAlerts(labels) {
    return (tree) => {
        (0,unist_util_visit_lib/* visit */.YR)(tree, 'blockquote', (node) => {
            const first = node.children[0];
            if (first?.type !== 'paragraph')
                return;
            const text = first.children[0];
            if (text?.type !== 'text')
                return;
            const match = ALERT.exec(text.value);
            if (!match)
                return;
            const rest = text.value.slice(match[0].length);
            const remaining = rest ? [{ ...text, value: rest }, ...first.children.slice(1)] : first.children.slice(1);
            // A hard break right after the marker belongs to the marker line.
            if (remaining[0]?.type === 'break')
                remaining.shift();
            const body = remaining.length ? [{ ...first, children: remaining }, ...node.children.slice(1)] : node.children.slice(1);
            if (body.length === 0)
                return;
            const kind = match[1].toLowerCase();
            const title = {
                type: 'paragraph',
                children: [{ type: 'text', value: labels[kind] }],
                data: { hProperties: { className: ['zgp-alert-title'] } },
            };
            node.children = [title, ...body];
            node.data = { ...node.data, hName: 'div', hProperties: { className: ['zgp-alert', `zgp-alert-${kind}`] } };
        });
    };
}
/**
 * Guide strips `<input>`, so a task list item's checkbox would vanish; a ☑/☐ character in a
 * classed span survives and reads the same in the editor.
 */
function remarkTaskMarks() {
    return (tree) => {
        (0,unist_util_visit_lib/* visit */.YR)(tree, 'list', (list) => {
            let isTaskList = false;
            for (const item of list.children) {
                if (typeof item.checked !== 'boolean')
                    continue;
                isTaskList = true;
                const done = item.checked;
                item.checked = null;
                item.data = { ...item.data, hProperties: { className: ['task-list-item'] } };
                const mark = {
                    type: 'text',
                    value: done ? '☑' : '☐',
                    data: { hName: 'span', hProperties: { className: ['zgp-task', done ? 'zgp-task-done' : 'zgp-task-open'] } },
                };
                const space = { type: 'text', value: ' ' };
                const first = item.children[0];
                if (first?.type === 'paragraph')
                    first.children.unshift(mark, space);
                else
                    item.children.unshift({ type: 'paragraph', children: [mark] });
            }
            if (isTaskList)
                list.data = { ...list.data, hProperties: { className: ['contains-task-list'] } };
        });
    };
}
/** Tags Guide does not take but that have an equivalent it does: meaning kept, not dropped. */
const EQUIVALENT = { b: 'strong', i: 'em', s: 'del', strike: 'del' };
/**
 * Before sanitizing: the footnotes `<section>` (not on Guide's list) becomes a `<div>` with the
 * same class, ids and links, and `<b>`, `<i>`, `<s>` from raw HTML become their equivalents.
 */
function rehypeGuideEquivalents() {
    return (tree) => {
        (0,unist_util_visit_lib/* visit */.YR)(tree, 'element', (node) => {
            if (node.tagName === 'section' && node.properties?.dataFootnotes !== undefined)
                node.tagName = 'div';
            const equivalent = EQUIVALENT[node.tagName];
            if (equivalent) {
                // Warnings about this element should name the tag the writer typed.
                node.data = { ...node.data, writtenAs: node.tagName };
                node.tagName = equivalent;
            }
        });
    };
}

;// CONCATENATED MODULE: ./src/render/labels.ts
const EN = { note: 'Note', tip: 'Tip', important: 'Important', warning: 'Warning', caution: 'Caution', footnotes: 'Footnotes' };
const LABELS = {
    en: EN,
    de: { note: 'Hinweis', tip: 'Tipp', important: 'Wichtig', warning: 'Warnung', caution: 'Vorsicht', footnotes: 'Fußnoten' },
    es: { note: 'Nota', tip: 'Consejo', important: 'Importante', warning: 'Advertencia', caution: 'Precaución', footnotes: 'Notas al pie' },
    fr: {
        note: 'Remarque',
        tip: 'Conseil',
        important: 'Important',
        warning: 'Avertissement',
        caution: 'Attention',
        footnotes: 'Notes de bas de page',
    },
    it: {
        note: 'Nota',
        tip: 'Suggerimento',
        important: 'Importante',
        warning: 'Avviso',
        caution: 'Attenzione',
        footnotes: 'Note a piè di pagina',
    },
    ja: { note: '注記', tip: 'ヒント', important: '重要', warning: '警告', caution: '注意', footnotes: '脚注' },
    nl: { note: 'Opmerking', tip: 'Tip', important: 'Belangrijk', warning: 'Waarschuwing', caution: 'Let op', footnotes: 'Voetnoten' },
    pt: { note: 'Nota', tip: 'Dica', important: 'Importante', warning: 'Aviso', caution: 'Cuidado', footnotes: 'Notas de rodapé' },
};
/** By language (`pt-br` → `pt`); English for any other or an unknown locale. */
function labelsFor(locale) {
    return LABELS[(locale ?? 'en').toLowerCase().split('-')[0]] ?? EN;
}

// EXTERNAL MODULE: ../../main/node_modules/hast-util-sanitize/lib/schema.js
var schema = __webpack_require__(7517);
;// CONCATENATED MODULE: ./src/render/schema.ts

/**
 * Zendesk's "Supported HTML" for articles (Guide quarantines the rest unless "Display unsafe
 * content" is on). `iframe` is left out: Guide accepts it only from domains an admin allowlists,
 * which this tool cannot know; `allow_unsafe_html` is the way to publish one.
 */
const GUIDE_TAGS = [
    'a',
    'abbr',
    'address',
    'blockquote',
    'br',
    'caption',
    'cite',
    'code',
    'col',
    'colgroup',
    'dd',
    'del',
    'dfn',
    'div',
    'dl',
    'dt',
    'em',
    'figcaption',
    'figure',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'img',
    'ins',
    'kbd',
    'li',
    'ol',
    'p',
    'pre',
    'samp',
    'small',
    'source',
    'span',
    'strong',
    'sub',
    'sup',
    'table',
    'tbody',
    'td',
    'tfoot',
    'th',
    'thead',
    'tr',
    'track',
    'ul',
    'var',
    'video',
];
/** Removed with everything inside them, not just unwrapped: their text is code, not prose. */
const STRIPPED_TAGS = ['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'textarea', 'select'];
const ARIA = [
    'ariaLabel',
    'ariaLabelledBy',
    'ariaDescribedBy',
    'ariaDescription',
    'ariaDetails',
    'ariaHidden',
    'ariaLive',
    'ariaAtomic',
    'ariaCurrent',
    'ariaExpanded',
    'ariaControls',
    'ariaHasPopup',
    'ariaLevel',
    'ariaRoleDescription',
];
/**
 * What survives in an article body. Staying inside Guide's list means what we send is what it
 * stores, so "unchanged" can be detected, and what a reader sees is what the writer previewed.
 * Starting from GitHub's schema (the rehype-sanitize default) keeps `<script>`, `on*` handlers
 * and `javascript:` URLs out.
 */
const guideSchema = {
    ...schema/* defaultSchema */.j,
    // Heading ids are added after sanitizing, so no clobber prefix is needed for them; ids written
    // by hand keep their value too (Guide allows `id`). Footnote ids carry remark's own prefix.
    clobberPrefix: '',
    clobber: [],
    strip: STRIPPED_TAGS,
    tagNames: GUIDE_TAGS,
    attributes: {
        // Guide's global attributes: id, class, aria-*, data-*, title. The sanitizer has a wildcard
        // for data-* only, so the aria-* attributes are listed.
        '*': ['id', 'className', 'title', 'data*', ...ARIA],
        a: ['href', 'target', 'rel', 'name'],
        img: ['src', 'alt', 'width', 'height'],
        td: ['align', 'colSpan', 'rowSpan'],
        th: ['align', 'colSpan', 'rowSpan', 'scope'],
        col: ['span', 'width'],
        colgroup: ['span', 'width'],
        ol: ['start', 'reversed', 'type'],
        video: ['src', 'controls', 'width', 'height', 'poster', 'loop', 'muted', 'autoPlay', 'playsInline', 'preload'],
        source: ['src', 'type'],
        track: ['src', 'kind', 'srcLang', 'label', 'default'],
        blockquote: ['cite'],
        del: ['cite', 'dateTime'],
        ins: ['cite', 'dateTime'],
    },
    protocols: {
        href: ['http', 'https', 'mailto', 'ftp', 'sftp', 'sms', 'tel'],
        src: ['http', 'https'],
        poster: ['http', 'https'],
        cite: ['http', 'https'],
    },
    required: {},
};

;// CONCATENATED MODULE: ./src/render/unsafe.ts
/** hast property name → the attribute a writer typed: `className` → `class`, `onClick` → `onclick`. */
function attributeName(property) {
    if (property === 'className')
        return 'class';
    if (property === 'htmlFor')
        return 'for';
    if (/^(aria|data)[A-Z]/.test(property))
        return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    return property.toLowerCase();
}
function findDefinition(list, key) {
    let data;
    for (const entry of list ?? []) {
        const name = typeof entry === 'string' ? entry : entry[0];
        if (name === key)
            return entry;
        if (name === 'data*')
            data = entry;
    }
    return /^data[A-Z0-9]/.test(key) ? data : undefined;
}
/** Same rule as hast-util-sanitize: a scheme before any `/`, `?` or `#` must be on the list. */
function unsafeScheme(schema, key, value) {
    const protocols = schema.protocols?.[key];
    if (!protocols?.length || typeof value !== 'string')
        return undefined;
    const colon = value.indexOf(':');
    if (colon < 0)
        return undefined;
    for (const stop of ['/', '?', '#']) {
        const at = value.indexOf(stop);
        if (at > -1 && colon > at)
            return undefined;
    }
    const scheme = value.slice(0, colon);
    return protocols.includes(scheme) ? undefined : scheme;
}
/**
 * Lists what sanitizing will take out of raw HTML, so a writer learns that their `<iframe>` or
 * `onclick` did not make it instead of finding out in Guide. Reads the tree, changes nothing;
 * must run on the same tree the sanitizer then sees.
 */
function findUnsafe(tree, schema, lineOffset) {
    const warnings = [];
    const tags = new Set(schema.tagNames ?? []);
    const strip = new Set(schema.strip ?? []);
    const attributes = (schema.attributes ?? {});
    const warn = (node, message, hint) => {
        const start = node.position?.start;
        // Only raw HTML can be unsafe, and it always has a position; generated nodes may not.
        if (!start)
            return;
        warnings.push({ line: (start?.line ?? 1) + lineOffset, column: start?.column ?? 1, message, ...(hint ? { hint } : {}) });
    };
    const walk = (children) => {
        for (const node of children) {
            if (node.type !== 'element')
                continue;
            const tag = node.data?.writtenAs ?? node.tagName;
            if (strip.has(node.tagName)) {
                warn(node, `<${node.tagName}> is not allowed in Guide articles; removed with its content`, 'see "Raw HTML" in the README for render.allow_unsafe_html');
                continue;
            }
            if (!tags.has(node.tagName)) {
                warn(node, `<${node.tagName}> is not allowed in Guide articles; removed (its content is kept)`);
            }
            else {
                for (const [key, value] of Object.entries(node.properties ?? {})) {
                    if (value === undefined || value === null || value === false)
                        continue;
                    const definition = findDefinition(attributes[node.tagName], key) ?? findDefinition(attributes['*'], key);
                    if (!definition) {
                        const name = attributeName(key);
                        warn(node, `${name.startsWith('on') ? 'event handler' : 'attribute'} ${name} on <${tag}> is not allowed in Guide articles; removed`);
                        continue;
                    }
                    const scheme = unsafeScheme(schema, key, value);
                    if (scheme)
                        warn(node, `${attributeName(key)}="${scheme}:…" on <${tag}> is not an allowed link; removed`);
                }
            }
            walk(node.children);
        }
    };
    walk(tree.children);
    return warnings;
}

// EXTERNAL MODULE: ./src/render/ref-token.ts
var ref_token = __webpack_require__(6896);
;// CONCATENATED MODULE: ./src/render/markdown.ts















/** Anything with a scheme (https:, mailto:), protocol-relative, or a pure fragment stays as it is. */
function isLocalReference(url) {
    if (url === '' || url.startsWith('#') || url.startsWith('//'))
        return false;
    return !/^[a-z][a-z0-9+.-]*:/i.test(url);
}
function takeTitleFromH1(options) {
    return (tree) => {
        if (!options.enabled)
            return;
        const index = tree.children.findIndex((n) => n.type === 'heading' && n.depth === 1);
        if (index === -1)
            return;
        // Only a leading H1 is a title; an H1 after content is part of the body.
        const before = tree.children.slice(0, index).filter((n) => n.type !== 'html' && n.type !== 'definition');
        if (before.length > 0)
            return;
        options.found.title = (0,lib/* toString */.d)(tree.children[index]).trim();
        tree.children.splice(index, 1);
    };
}
function collectReferences(refs, fragments, lineOffset) {
    return (tree) => {
        (0,unist_util_visit_lib/* visit */.YR)(tree, 'element', (node) => {
            const attr = ['img', 'video', 'source'].includes(node.tagName) ? 'src' : node.tagName === 'a' ? 'href' : undefined;
            if (!attr)
                return;
            const value = node.properties?.[attr];
            if (typeof value === 'string' && value.length > 1 && value.startsWith('#') && node.position) {
                fragments.push({ id: value.slice(1), line: node.position.start.line + lineOffset, column: node.position.start.column });
            }
            if (typeof value !== 'string' || !isLocalReference(value))
                return;
            const pathPart = value.split('#')[0].split('?')[0];
            if (pathPart === '')
                return;
            const pos = node.position?.start;
            const kind = attr === 'src' ? 'image' : /\.md$/i.test(pathPart) ? 'article' : 'file';
            const index = refs.length;
            refs.push({ index, kind, url: value, line: (pos?.line ?? 1) + lineOffset, column: pos?.column ?? 1 });
            node.properties[attr] = (0,ref_token/* refToken */.F)(index);
        });
    };
}
function collectIds(ids) {
    return (tree) => {
        (0,unist_util_visit_lib/* visit */.YR)(tree, 'element', (node) => {
            const id = node.properties?.id;
            if (typeof id === 'string' && id)
                ids.push(id);
        });
    };
}
/**
 * Markdown (CommonMark + GFM, raw HTML sanitized) to Help Center HTML. Pure: reads no file, so
 * it can run for thousands of articles and be tested with strings.
 */
function renderMarkdown(markdown, options) {
    const found = {};
    const refs = [];
    const warnings = [];
    const ids = [];
    const fragments = [];
    const lineOffset = (options.bodyLine ?? 1) - 1;
    const labels = labelsFor(options.locale);
    const safe = !options.allowUnsafeHtml;
    const processor = (0,unified_lib/* unified */.l)()
        .use(remark_parse_lib/* default */.A)
        .use(remark_gfm_lib/* default */.A)
        .use(() => takeTitleFromH1({ enabled: options.takeH1AsTitle, found }))
        .use(options.alerts === false ? [] : [() => remarkAlerts(labels)])
        .use(remarkTaskMarks)
        .use(remark_rehype_lib/* default */.A, { allowDangerousHtml: true, footnoteLabel: labels.footnotes })
        .use(rehype_raw_lib/* default */.A)
        .use(rehypeGuideEquivalents)
        .use(safe
        ? [() => (tree) => void warnings.push(...findUnsafe(tree, guideSchema, lineOffset)), [rehype_sanitize_lib/* default */.A, guideSchema]]
        : [])
        .use(rehype_slug_lib/* default */.A)
        .use(() => collectIds(ids))
        .use(() => collectReferences(refs, fragments, lineOffset))
        .use(rehype_stringify_lib/* default */.A);
    const file = processor.processSync(markdown);
    return { html: String(file), h1Title: found.title, refs, warnings, ids, fragments };
}


/***/ }),

/***/ 6566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   prepareArticles: () => (/* binding */ prepareArticles)
/* harmony export */ });
/* harmony import */ var _source_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2701);
/* harmony import */ var _assets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5748);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18);
/* harmony import */ var _release_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9248);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5414);
/* harmony import */ var _shared_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7540);






const decode = (s) => {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
};
/**
 * Renders every file of an article and reads the local files it references. Problems (no title,
 * a missing image, a path outside the repository, a link to a file that is not an article)
 * become diagnostics at the file and line; a link to a missing `#anchor` is a warning.
 */
async function prepareArticles(articles, options) {
    const reader = options.reader ?? new _assets_js__WEBPACK_IMPORTED_MODULE_0__/* .AssetReader */ .e0({ repoRoot: options.repoRoot, docsRoot: options.docsRoot });
    const diagnostics = [];
    const prepared = [];
    const rendered = [];
    const failed = new Set();
    const docsRel = (abs) => (0,_shared_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .relativeTo */ .M)(options.docsRoot, abs);
    const prefixOf = (0,_release_js__WEBPACK_IMPORTED_MODULE_2__/* .fingerprintPrefixes */ .Lq)(options);
    const prepareBody = async (article, doc, title, draft, locale) => {
        const fingerprint = (0,_release_js__WEBPACK_IMPORTED_MODULE_2__/* .fingerprintOf */ .ax)(doc, prefixOf(doc, title, locale));
        const reusable = options.reuse?.(doc, fingerprint);
        if (reusable) {
            let ids;
            const lazyIds = () => (ids ??= new Set((0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .renderMarkdown */ .G)((0,_release_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownOf */ .RQ)(doc), (0,_release_js__WEBPACK_IMPORTED_MODULE_2__/* .renderOptionsFor */ .A1)(doc, title, locale, options)).ids.map(decode)));
            rendered.push({ article, doc, locale, ids: lazyIds, links: [] });
            return {
                locale,
                file: doc.file,
                title: reusable.title,
                draft,
                template: '',
                refs: [],
                fingerprint,
                reused: { assetShas: reusable.assetShas },
            };
        }
        const renderOptions = (0,_release_js__WEBPACK_IMPORTED_MODULE_2__/* .renderOptionsFor */ .A1)(doc, title, locale, options);
        const result = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .renderMarkdown */ .G)((0,_release_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownOf */ .RQ)(doc), renderOptions);
        for (const w of result.warnings)
            diagnostics.push({ severity: 'warning', file: doc.file, ...w });
        const finalTitle = title ?? result.h1Title;
        let ok = true;
        if (!finalTitle && !(0,_source_types_js__WEBPACK_IMPORTED_MODULE_5__/* .wasInvalid */ .x)(doc, 'title')) {
            diagnostics.push({
                severity: 'error',
                ...doc.start,
                message: result.h1Title === '' ? "the article's title (its first # heading) is empty" : 'the article has no title',
                hint: 'set `title:` in the front matter or start the body with a `# Heading`',
            });
        }
        if (!finalTitle)
            ok = false;
        const ids = new Set(result.ids.map(decode));
        for (const f of result.fragments) {
            if (!ids.has(decode(f.id))) {
                diagnostics.push({
                    severity: 'warning',
                    file: doc.file,
                    line: f.line,
                    column: f.column,
                    message: `no heading or element with id "${f.id}" in this article`,
                });
            }
        }
        const refs = [];
        const links = [];
        for (const ref of result.refs) {
            if (ref.kind === 'article') {
                const { rel, anchor } = (0,_assets_js__WEBPACK_IMPORTED_MODULE_0__/* .linkTarget */ .Cm)(docsRel(doc.absPath), ref.url);
                const link = { index: ref.index, kind: 'article', target: rel, anchor, line: ref.line, column: ref.column, url: ref.url };
                refs.push(link);
                links.push(link);
                continue;
            }
            const asset = await reader.read({ ...ref, kind: ref.kind }, doc, diagnostics);
            if (!asset) {
                ok = false;
                continue;
            }
            refs.push({ index: ref.index, kind: 'asset', asset, url: ref.url });
        }
        rendered.push({ article, doc, locale, ids: () => ids, links });
        if (!ok)
            return undefined;
        return { locale, file: doc.file, title: finalTitle, draft, template: result.html, refs, fingerprint };
    };
    let sinceYield = 0;
    for (const article of articles) {
        // Rendering is synchronous CPU work; letting the event loop turn now and then keeps the
        // HTTP client's sockets healthy (a keep-alive connection the server closed meanwhile is
        // noticed and dropped, instead of failing the first write after a long render).
        if (++sinceYield >= 25) {
            sinceYield = 0;
            await new Promise((resolve) => setImmediate(resolve));
        }
        const bodies = [];
        const main = await prepareBody(article, article, article.meta.title, article.meta.draft, article.meta.locale);
        if (main)
            bodies.push(main);
        for (const t of article.translations) {
            const body = await prepareBody(article, t, t.title, t.draft, t.locale);
            if (body)
                bodies.push(body);
        }
        if (!main || bodies.length !== article.translations.length + 1)
            failed.add(article);
        else
            prepared.push({ source: article, bodies });
    }
    checkLinks(rendered, diagnostics, failed, docsRel);
    return { prepared: prepared.filter((p) => !failed.has(p.source)), diagnostics };
}
/**
 * Links between articles, checked here so a dry run without credentials catches them too: the
 * target must be an article (or translation) in the docs folder, and its `#anchor` should exist
 * in the version the link will open (the same locale when that translation exists).
 */
function checkLinks(rendered, diagnostics, failed, docsRel) {
    const byPath = new Map();
    for (const r of rendered)
        byPath.set(docsRel(r.doc.absPath).toLowerCase(), r);
    const known = [...byPath.keys()];
    for (const r of rendered) {
        for (const link of r.links) {
            const target = byPath.get(link.target.toLowerCase());
            if (!target) {
                const outside = link.target.startsWith('../');
                diagnostics.push({
                    severity: 'error',
                    file: r.doc.file,
                    line: link.line,
                    column: link.column,
                    message: outside
                        ? `link to "${link.target}", which is outside the docs folder`
                        : `link to "${link.target}", which is not an article in the docs folder`,
                    ...(outside ? {} : { hint: (0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .a)(link.target, known) ?? 'the path is relative to this file' }),
                });
                failed.add(r.article);
                continue;
            }
            if (!link.anchor)
                continue;
            // The link opens the same-locale translation when there is one, else the source.
            const sameLocale = target.article.translations.find((t) => t.locale === r.locale);
            const opened = (sameLocale && byPath.get(docsRel(sameLocale.absPath).toLowerCase())) || target;
            if (!opened.ids().has(decode(link.anchor))) {
                diagnostics.push({
                    severity: 'warning',
                    file: r.doc.file,
                    line: link.line,
                    column: link.column,
                    message: `no heading or element with id "${link.anchor}" in ${opened.doc.file}`,
                });
            }
        }
    }
}


/***/ })

};
