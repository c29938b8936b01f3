export const id = 994;
export const ids = [994];
export const modules = {

/***/ 7529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YU: () => (/* binding */ diagramAsset),
/* harmony export */   ZM: () => (/* binding */ DIAGRAM_URL_PREFIX),
/* harmony export */   z8: () => (/* binding */ diagramSource)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Splits mermaid's accessibility lines off a diagram: `accTitle: …` is the image's alt text;
 * `accDescr: …` and `accDescr { … }` are dropped (the renderer would draw them as nodes).
 */
function diagramSource(text) {
    let title;
    const kept = [];
    let inDescr = false;
    for (const line of text.split('\n')) {
        if (inDescr) {
            if (line.includes('}'))
                inDescr = false;
            continue;
        }
        const t = /^\s*accTitle\s*:\s*(.*?)\s*$/.exec(line);
        if (t) {
            title ??= t[1] || undefined;
            continue;
        }
        if (/^\s*accDescr\s*:/.test(line))
            continue;
        if (/^\s*accDescr\s*\{/.test(line)) {
            inDescr = !line.includes('}');
            continue;
        }
        kept.push(line);
    }
    return { source: kept.join('\n'), title };
}
const rendered = new Map();
/**
 * A diagram as an image to upload: PNG bytes held in memory, named by their hash, so the same
 * source is the same attachment and a re-run uploads nothing. The renderer is loaded on the
 * first diagram of a run only; a run without diagrams never loads it.
 */
function diagramAsset(source) {
    let entry = rendered.get(source);
    if (!entry) {
        entry = (async () => {
            const { mermaidToPng } = await Promise.all(/* import() */[__webpack_require__.e(732), __webpack_require__.e(105)]).then(__webpack_require__.bind(__webpack_require__, 105));
            const data = await mermaidToPng(source);
            const sha = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex').slice(0, 16);
            const name = `diagram-${sha}.png`;
            return { absPath: '', file: name, name, sha, size: data.byteLength, contentType: 'image/png', inline: true, data };
        })();
        // A failure is not kept: the next file with the same diagram reports it again.
        entry.catch(() => rendered.delete(source));
        rendered.set(source, entry);
    }
    return entry;
}
/**
 * The `src` a diagram's image carries through the renderer until it becomes a reference
 * (markdown.ts): a bare fragment, which the sanitizer lets through and no file can be.
 */
const DIAGRAM_URL_PREFIX = '#zgp-diagram-';


/***/ }),

/***/ 994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gc: () => (/* binding */ renderMarkdown)
});

// UNUSED EXPORTS: hastHandlers, isLocalReference

// EXTERNAL MODULE: ./node_modules/mdast-util-to-string/lib/index.js
var lib = __webpack_require__(1869);
// EXTERNAL MODULE: ./node_modules/rehype-raw/lib/index.js + 2 modules
var rehype_raw_lib = __webpack_require__(6943);
// EXTERNAL MODULE: ./node_modules/rehype-sanitize/lib/index.js + 1 modules
var rehype_sanitize_lib = __webpack_require__(1408);
// EXTERNAL MODULE: ./node_modules/rehype-slug/lib/index.js + 1 modules
var rehype_slug_lib = __webpack_require__(911);
// EXTERNAL MODULE: ./node_modules/rehype-stringify/lib/index.js
var rehype_stringify_lib = __webpack_require__(9606);
// EXTERNAL MODULE: ./node_modules/remark-gfm/lib/index.js + 17 modules
var remark_gfm_lib = __webpack_require__(6550);
// EXTERNAL MODULE: ./node_modules/remark-parse/lib/index.js + 39 modules
var remark_parse_lib = __webpack_require__(6753);
// EXTERNAL MODULE: ./node_modules/remark-rehype/lib/index.js + 30 modules
var remark_rehype_lib = __webpack_require__(5993);
// EXTERNAL MODULE: ./node_modules/unified/lib/index.js + 4 modules
var unified_lib = __webpack_require__(8717);
// EXTERNAL MODULE: ./node_modules/unist-util-visit/lib/index.js
var unist_util_visit_lib = __webpack_require__(3617);
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

// EXTERNAL MODULE: ./node_modules/hast-util-sanitize/lib/schema.js
var schema = __webpack_require__(2139);
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
                warn(node, `<${node.tagName}> is not allowed in Guide articles; removed with its content`, `see "Raw HTML" in zendesk-guide-publisher's docs/front-matter.md for render.allow_unsafe_html`);
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
var ref_token = __webpack_require__(1769);
// EXTERNAL MODULE: ./src/render/diagram.ts
var diagram = __webpack_require__(7529);
;// CONCATENATED MODULE: ./src/render/list-item.ts
/**
 * mdast-util-to-hast's `listItem` handler (13.2.2), with one change: whether the parent list is
 * loose is worked out once per list instead of once per item. Upstream, every item scans its
 * siblings until it finds a loose one, so a tight list of n items costs n²/2 checks: a
 * 100,000-item list took minutes to render. Everything else is as upstream writes it, so the
 * HTML is the same byte for byte (test/unit/render-lists.test.ts compares the two).
 *
 * Passed to remark-rehype as `handlers.listItem` (render/markdown.ts).
 */
function createListItemHandler() {
    // Per render: a list's children do not change while it is turned into HTML.
    const looseLists = new WeakMap();
    const listLoose = (parent) => {
        let loose = looseLists.get(parent);
        if (loose === undefined) {
            loose = parentLoose(parent);
            looseLists.set(parent, loose);
        }
        return loose;
    };
    return (state, node, parent) => {
        const results = state.all(node);
        const loose = parent ? listLoose(parent) : listItemLoose(node);
        const properties = {};
        if (typeof node.checked === 'boolean') {
            list_item_checkbox(results, node.checked);
            // According to github-markdown-css, this class hides the bullet.
            properties.className = ['task-list-item'];
        }
        const children = itemChildren(results, loose);
        const result = { type: 'element', tagName: 'li', properties, children };
        state.patch(node, result);
        return state.applyData(node, result);
    };
}
/** Whether a list is loose: spread itself, or any of its items is. */
function parentLoose(node) {
    if (node.type !== 'list')
        return false;
    let loose = node.spread || false;
    let index = -1;
    while (!loose && ++index < node.children.length) {
        loose = listItemLoose(node.children[index]);
    }
    return loose;
}
function listItemLoose(node) {
    const { spread } = node;
    return spread === null || spread === undefined ? node.children.length > 1 : spread;
}
/** A task item's disabled checkbox, at the start of its first paragraph. */
function list_item_checkbox(results, checked) {
    const head = results[0];
    let paragraph;
    if (head && head.type === 'element' && head.tagName === 'p') {
        paragraph = head;
    }
    else {
        paragraph = { type: 'element', tagName: 'p', properties: {}, children: [] };
        results.unshift(paragraph);
    }
    if (paragraph.children.length > 0)
        paragraph.children.unshift({ type: 'text', value: ' ' });
    paragraph.children.unshift({
        type: 'element',
        tagName: 'input',
        properties: { type: 'checkbox', checked, disabled: true },
        children: [],
    });
}
/** The item's content: a tight item's paragraphs unwrapped, with line endings as upstream puts them. */
function itemChildren(results, loose) {
    const children = [];
    let index = -1;
    while (++index < results.length) {
        const child = results[index];
        // Add eols before nodes, except if this is a loose, first paragraph.
        if (loose || index !== 0 || child.type !== 'element' || child.tagName !== 'p') {
            children.push({ type: 'text', value: '\n' });
        }
        if (child.type === 'element' && child.tagName === 'p' && !loose) {
            children.push(...child.children);
        }
        else {
            children.push(child);
        }
    }
    const tail = results[results.length - 1];
    // Add a final eol.
    if (tail && (loose || tail.type !== 'element' || tail.tagName !== 'p')) {
        children.push({ type: 'text', value: '\n' });
    }
    return children;
}

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
/**
 * A ```mermaid fence becomes an image (rendered to PNG by prepare.ts). Its alt text is the
 * diagram's `accTitle`, else its caption (a paragraph of emphasis alone right after or right
 * before it), else "Diagram".
 */
function remarkDiagrams(diagrams) {
    return (tree) => {
        // A caption belongs to one diagram: the one it follows, else the one it comes before.
        const claimed = new Set();
        (0,unist_util_visit_lib/* visit */.YR)(tree, 'code', (node, index, parent) => {
            if (node.lang?.toLowerCase() !== 'mermaid' || !parent || index === undefined)
                return;
            const { source, title } = (0,diagram/* diagramSource */.z8)(node.value);
            const caption = (sibling) => {
                if (sibling?.type !== 'paragraph' || claimed.has(sibling))
                    return undefined;
                if (sibling.children.length !== 1 || sibling.children[0].type !== 'emphasis')
                    return undefined;
                claimed.add(sibling);
                return (0,lib/* toString */.d)(sibling).trim() || undefined;
            };
            const alt = title ?? caption(parent.children[index + 1]) ?? caption(parent.children[index - 1]) ?? 'Diagram';
            diagrams.push({ source, alt });
            const image = { type: 'image', url: `${diagram/* DIAGRAM_URL_PREFIX */.ZM}${diagrams.length - 1}`, alt };
            const paragraph = { type: 'paragraph', children: [image], ...(node.position ? { position: node.position } : {}) };
            image.position = node.position;
            parent.children[index] = paragraph;
        });
    };
}
function collectReferences(refs, fragments, lineOffset, diagrams) {
    return (tree) => {
        (0,unist_util_visit_lib/* visit */.YR)(tree, 'element', (node) => {
            const attr = ['img', 'video', 'source'].includes(node.tagName) ? 'src' : node.tagName === 'a' ? 'href' : undefined;
            if (!attr)
                return;
            const value = node.properties?.[attr];
            const found = node.tagName === 'img' && typeof value === 'string' && value.startsWith(diagram/* DIAGRAM_URL_PREFIX */.ZM)
                ? diagrams[Number(value.slice(diagram/* DIAGRAM_URL_PREFIX */.ZM.length))]
                : undefined;
            if (found) {
                const pos = node.position?.start;
                const index = refs.length;
                refs.push({
                    index,
                    kind: 'diagram',
                    url: String(value),
                    line: (pos?.line ?? 1) + lineOffset,
                    column: pos?.column ?? 1,
                    diagram: found,
                });
                node.properties[attr] = (0,ref_token/* refToken */.FP)(index);
                return;
            }
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
            node.properties[attr] = (0,ref_token/* refToken */.FP)(index);
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
 * remark-rehype's handlers that differ from mdast-util-to-hast's: `listItem` in linear time
 * (render/list-item.ts). Fresh per render, as the handler caches per list.
 */
function hastHandlers() {
    return { listItem: createListItemHandler() };
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
    const diagrams = [];
    const lineOffset = (options.bodyLine ?? 1) - 1;
    const labels = labelsFor(options.locale);
    const safe = !options.allowUnsafeHtml;
    const processor = (0,unified_lib/* unified */.l)()
        .use(remark_parse_lib/* default */.A)
        .use(remark_gfm_lib/* default */.A)
        .use(() => takeTitleFromH1({ enabled: options.takeH1AsTitle, found }))
        .use(options.alerts === false ? [] : [() => remarkAlerts(labels)])
        .use(remarkTaskMarks)
        .use(() => remarkDiagrams(diagrams))
        .use(remark_rehype_lib/* default */.A, { allowDangerousHtml: true, footnoteLabel: labels.footnotes, handlers: hastHandlers() })
        .use(rehype_raw_lib/* default */.A)
        .use(rehypeGuideEquivalents)
        .use(safe
        ? [() => (tree) => void warnings.push(...findUnsafe(tree, guideSchema, lineOffset)), [rehype_sanitize_lib/* default */.A, guideSchema]]
        : [])
        .use(rehype_slug_lib/* default */.A)
        .use(() => collectIds(ids))
        .use(() => collectReferences(refs, fragments, lineOffset, diagrams))
        .use(rehype_stringify_lib/* default */.A);
    const file = processor.processSync(markdown);
    return { html: String(file), h1Title: found.title, refs, warnings, ids, fragments };
}


/***/ })

};
