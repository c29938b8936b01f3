export const id = 715;
export const ids = [715];
export const modules = {

/***/ 787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runImportCommand: () => (/* binding */ runImportCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/resolve.ts + 1 modules
var resolve = __webpack_require__(3637);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/plan/content-form.ts
var content_form = __webpack_require__(6773);
// EXTERNAL MODULE: ./src/plan/marker.ts
var marker = __webpack_require__(4377);
// EXTERNAL MODULE: ./src/diff/spool.ts
var diff_spool = __webpack_require__(9592);
// EXTERNAL MODULE: ./src/plan/normalize.ts + 1 modules
var normalize = __webpack_require__(9392);
// EXTERNAL MODULE: ./src/plan/remote-index.ts
var remote_index = __webpack_require__(28);
// EXTERNAL MODULE: ./src/remote/client.ts + 4 modules
var remote_client = __webpack_require__(6640);
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
    const originals = localize(tree, options);
    const blocks = blocksOf(tree);
    const target = (0,content_form/* contentForm */.iw)(toOriginal(tree, originals));
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

// EXTERNAL MODULE: ./src/remote/article-extras.ts
var article_extras = __webpack_require__(3538);
// EXTERNAL MODULE: ./src/remote/errors.ts + 1 modules
var remote_errors = __webpack_require__(4778);
;// CONCATENATED MODULE: ./src/import/extras.ts



/**
 * Users are for agents, content tags for signed-in users: credentials that may not read them
 * (an end user's) import without `author` and `content_tags` rather than not at all.
 */
async function refusedIsNone(read) {
    try {
        return await read;
    }
    catch (error) {
        if (error instanceof remote_errors/* ZendeskApiError */.Z_ && (error.status === 403 || error.status === 404))
            return [];
        throw error;
    }
}
/**
 * Reads the content tags (one list) and the authors (Show Many Users, 100 a request) of the
 * articles an import writes, and only when some article has them.
 */
async function fetchImportNames(client, articles) {
    const tagged = articles.some((a) => a.content_tag_ids?.length);
    const ids = [...new Set(articles.flatMap((a) => (a.author_id !== undefined ? [a.author_id] : [])))];
    const chunks = [];
    for (let i = 0; i < ids.length; i += remote_client/* SHOW_MANY_USERS */.nr)
        chunks.push(ids.slice(i, i + remote_client/* SHOW_MANY_USERS */.nr));
    const [tags, users] = await Promise.all([
        tagged ? refusedIsNone((0,article_extras/* listContentTags */.Dq)(client)) : [],
        refusedIsNone(Promise.all(chunks.map((c) => client.showUsers(c))).then((pages) => pages.flat())),
    ]);
    const tagNames = new Map(tags.map((t) => [t.id, t.name]));
    // An end user or a user without email cannot be written as `author:` (publishing would refuse it).
    const emails = new Map(users.flatMap((u) => (u.email && u.role !== 'end-user' ? [[u.id, u.email]] : [])));
    return { tag: (id) => tagNames.get(id) ?? id, author: (id) => (id === undefined ? undefined : emails.get(id)) };
}

// EXTERNAL MODULE: ./src/plan/state.ts
var state = __webpack_require__(3118);
// EXTERNAL MODULE: ./src/remote/snapshot.ts + 2 modules
var snapshot = __webpack_require__(5733);
;// CONCATENATED MODULE: ./src/import/fetch.ts



/** The help center from `startTime`: the structure lookups and the export (or the list, without export rights). */
async function fetchHelpCenter(client, logger, startTime, 
/** Each article as its page arrives, before it is kept (it may drop the bodies). */
onArticle = () => undefined) {
    const pages = [[]];
    const ends = [];
    const [locales, categories, sections, permissionGroups, userSegments, exported] = await Promise.all([
        client.listLocales(),
        client.listCategories(),
        client.listSections(),
        optional(client.listPermissionGroups(), 'permission groups', logger),
        optional(client.listUserSegments(), 'user segments', logger),
        (0,snapshot/* fetchArticles */.q)(client, logger, (a) => {
            onArticle(a);
            pages[pages.length - 1].push(a);
        }, {
            startTime,
            onPage: (end) => {
                ends.push(end);
                pages.push([]);
            },
        }),
    ]);
    // An article repeated at a page boundary is written once, where it last appears.
    const last = new Map();
    pages.forEach((page, i) => page.forEach((a) => last.set(a.id, i)));
    const articles = pages.flatMap((page, i) => page.filter((a) => last.get(a.id) === i && !isPublisherState(a)).map((article) => ({ article, pageEnd: ends[i] ?? exported.endTime })));
    return {
        locales: locales.locales.map((l) => l.toLowerCase()),
        defaultLocale: locales.default_locale.toLowerCase(),
        categories,
        sections,
        permissionGroups,
        userSegments,
        articles,
        via: exported.articlesVia,
        endTime: exported.endTime,
    };
}
/** A lookup these credentials may not read (an end user's): the front matter then names records by id. */
async function optional(list, what, logger) {
    try {
        return await list;
    }
    catch (error) {
        if (!(error instanceof remote_errors/* ZendeskApiError */.Z_) || error.status !== 403)
            throw error;
        logger.warning(`these credentials may not list ${what}: the front matter names them by id`);
        return [];
    }
}
/** The publisher's own state record (a draft article, or several) is not documentation. */
const isPublisherState = (a) => (0,state/* isRecordArticle */.yx)(a);
const matches = (wanted, id, name) => /^\d+$/.test(wanted.trim()) ? Number(wanted) === id : name?.trim().toLowerCase() === wanted.trim().toLowerCase();
/**
 * Checks that every `--category` and `--section` names something, and returns the filter:
 * filters of one kind are alternatives (any of them), kinds combine (all of them).
 */
function articleFilter(filters, structure) {
    for (const c of filters.categories) {
        if (!structure.categories.some((x) => matches(c, x.id, x.name))) {
            throw new Error(`--category "${c}": no such category (there are ${structure.categories.map((x) => `"${x.name}"`).join(', ') || 'none'})`);
        }
    }
    for (const s of filters.sections) {
        if (!structure.sections.some((x) => matches(s, x.id, x.name))) {
            throw new Error(`--section "${s}": no such section (there are ${structure.sections.map((x) => `"${x.name}"`).join(', ') || 'none'})`);
        }
    }
    const sections = new Map(structure.sections.map((s) => [s.id, s]));
    const categories = new Map(structure.categories.map((c) => [c.id, c]));
    return (a) => {
        const section = sections.get(a.section_id);
        const category = section ? categories.get(section.category_id) : undefined;
        if (filters.sections.length && !filters.sections.some((s) => matches(s, a.section_id, section?.name)))
            return false;
        if (filters.categories.length && !filters.categories.some((c) => matches(c, category?.id ?? -1, category?.name)))
            return false;
        if (filters.labels.length && !filters.labels.some((l) => (a.label_names ?? []).includes(l)))
            return false;
        return true;
    };
}

;// CONCATENATED MODULE: ./src/import/layout.ts
/** A file-system friendly name: lower case, ASCII letters and digits joined by `-`. */
function slug(text, max = 60) {
    const s = text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return s.length > max ? s.slice(0, max).replace(/-+$/, '') : s;
}
/**
 * How a record is written in front matter: by name when the publisher resolves that name to
 * exactly this record (names compared without regard to case; a name of digits would read as an
 * id), else by id.
 */
class Namer {
    sectionLabel = new Map();
    groupLabel = new Map();
    segmentLabel = new Map();
    constructor(structure) {
        const categories = new Map(structure.categories.map((c) => [c.id, c.name]));
        const count = (names) => {
            const m = new Map();
            for (const n of names)
                m.set(n.toLowerCase().trim(), (m.get(n.toLowerCase().trim()) ?? 0) + 1);
            return (n) => m.get(n.toLowerCase().trim()) ?? 0;
        };
        const usable = (name) => name.trim() !== '' && !/^\d+$/.test(name.trim()) && !name.includes('/');
        const full = (s) => {
            const c = categories.get(s.category_id);
            return c === undefined ? undefined : `${c} / ${s.name}`;
        };
        const fullNames = structure.sections.map(full).filter((x) => x !== undefined);
        const bare = count([...structure.sections.map((s) => s.name), ...fullNames]);
        const qualified = count(fullNames);
        for (const s of structure.sections) {
            const f = full(s);
            const category = categories.get(s.category_id);
            if (usable(s.name) && bare(s.name) === 1)
                this.sectionLabel.set(s.id, s.name);
            else if (f && category !== undefined && usable(s.name) && usable(category) && qualified(f) === 1 && bare(f) === 1)
                this.sectionLabel.set(s.id, f);
            else
                this.sectionLabel.set(s.id, s.id);
        }
        const groups = count(structure.permissionGroups.map((g) => g.name));
        for (const g of structure.permissionGroups)
            this.groupLabel.set(g.id, usable(g.name) && groups(g.name) === 1 ? g.name : g.id);
        const segments = count([...structure.userSegments.map((s) => s.name), 'everyone']);
        for (const s of structure.userSegments)
            this.segmentLabel.set(s.id, usable(s.name) && segments(s.name) === 1 ? s.name : s.id);
    }
    section(id) {
        return this.sectionLabel.get(id) ?? id;
    }
    permissionGroup(id) {
        return this.groupLabel.get(id) ?? id;
    }
    userSegment(id) {
        return id === null ? 'everyone' : (this.segmentLabel.get(id) ?? id);
    }
}
const sourceTitleOf = (a) => a.translations?.find((t) => t.locale.toLowerCase() === a.source_locale.toLowerCase())?.title ?? a.title;
/**
 * One folder per category and section (slugged names), one file per article named after its
 * source title. An article imported before keeps its path (so an import again, or `--since`,
 * never renames a file). A name taken by another article, folder or file gets the article's (or
 * the category's, or section's) id as a suffix: stable, whatever order the export returns.
 */
function placeArticles(articles, structure, previous) {
    const sections = new Map(structure.sections.map((s) => [s.id, s]));
    const categories = new Map(structure.categories.map((c) => [c.id, c]));
    const taken = new Set([...previous.values()].map((k) => k.toLowerCase()));
    const folderOf = new Map();
    const claimFolder = (kind, id, parent, name) => {
        const known = folderOf.get(`${kind}:${id}`);
        if (known !== undefined)
            return known;
        const base = slug(name) || `${kind}-${id}`;
        const join = (n) => (parent ? `${parent}/${n}` : n);
        const used = new Set([...folderOf.values()].map((f) => f.toLowerCase()));
        const dir = used.has(join(base).toLowerCase()) ? join(`${base}-${id}`) : join(base);
        folderOf.set(`${kind}:${id}`, dir);
        return dir;
    };
    // Folders in id order, so the suffix goes to the same one every time.
    for (const c of [...structure.categories].sort((a, b) => a.id - b.id))
        claimFolder('category', c.id, '', c.name);
    for (const s of [...structure.sections].sort((a, b) => a.id - b.id)) {
        const c = categories.get(s.category_id);
        claimFolder('section', s.id, c ? claimFolder('category', c.id, '', c.name) : 'uncategorized', s.name);
    }
    const out = [];
    const fresh = [];
    for (const a of articles) {
        const key = previous.get(a.id);
        if (key !== undefined)
            out.push({ id: a.id, key, dir: key.includes('/') ? key.slice(0, key.lastIndexOf('/')) : '' });
        else
            fresh.push(a);
    }
    for (const a of [...fresh].sort((x, y) => x.id - y.id)) {
        const section = sections.get(a.section_id);
        const dir = section ? (folderOf.get(`section:${section.id}`) ?? `section-${a.section_id}`) : `section-${a.section_id}`;
        const base = slug(sourceTitleOf(a)) || `article-${a.id}`;
        let key = `${dir}/${base}`;
        if (taken.has(key.toLowerCase()))
            key = `${dir}/${base}-${a.id}`;
        taken.add(key.toLowerCase());
        out.push({ id: a.id, key, dir });
    }
    return out;
}
/** The values every article of a folder shares, for its `_defaults.yml`. */
function folderDefaults(values) {
    const out = {};
    for (const k of ['section', 'permission_group', 'user_segment']) {
        const first = values[0]?.[k];
        if (first !== undefined && values.every((v) => v[k] === first))
            out[k] = first;
    }
    return out;
}

// EXTERNAL MODULE: ./src/import/state.ts
var import_state = __webpack_require__(2284);
;// CONCATENATED MODULE: ./src/import/run.ts
















const CONFIG_FILE = 'zendesk-guide.yml';
/**
 * Articles, and milliseconds, between two saves of the record (both must pass): what an
 * interruption can cost to redo. The record is written whole, and for 40,000 translations it
 * is megabytes; saved every 25 articles it was 500 of them per import, a share of the CPU and
 * of the peak memory.
 */
const SAVE_EVERY = 25;
const SAVE_INTERVAL_MS = 2_000;
/** Files a fresh folder may hold. */
const HARMLESS = new Set(['.gitkeep', '.DS_Store', '.keep']);
/** Refuses a folder with files in it that no import made, before anything is written. */
async function checkTarget(docsRoot, state) {
    if (state)
        return;
    let entries;
    try {
        entries = await promises_default().readdir(docsRoot);
    }
    catch {
        return;
    }
    const other = entries.filter((e) => !HARMLESS.has(e));
    if (other.length) {
        throw new errors/* ConfigError */.xL(`${docsRoot} is not empty and was not made by an import (no ${import_state/* IMPORT_STATE_FILE */.pk}): import into an empty or new folder (--path), or move ${other
            .slice(0, 3)
            .join(', ')}${other.length > 3 ? ', …' : ''} away`);
    }
}
function startTimeOf(options, state) {
    if (options.since === 'last') {
        if (!state)
            throw new errors/* ConfigError */.xL(`--since last: there is no earlier import here (no ${import_state/* IMPORT_STATE_FILE */.pk})`);
        return state.endTime;
    }
    if (typeof options.since === 'number')
        return options.since;
    // An import that stopped part-way continues where it stopped.
    return state && !state.complete ? state.endTime : 0;
}
/** `--since`: `last`, epoch seconds or an ISO date. */
function parseSince(value) {
    if (value === undefined)
        return undefined;
    if (value === 'last')
        return 'last';
    if (/^\d+$/.test(value))
        return Number(value);
    const t = Date.parse(value);
    if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(t)) {
        throw new errors/* ConfigError */.xL(`--since "${value}": use last, a Unix time in seconds, or an ISO date such as 2026-01-31`);
    }
    return Math.floor(t / 1000);
}
/** The render settings the publisher will use, from the config file if there is one. */
async function renderSettings(docsRoot, config) {
    const file = config.configFile ?? external_node_path_default().join(docsRoot, CONFIG_FILE);
    let text;
    try {
        text = await promises_default().readFile(file, 'utf8');
    }
    catch {
        text = undefined;
    }
    const { parse } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const data = text ? parse(text) : undefined;
    return {
        render: { alerts: data?.render?.alerts ?? true, allowUnsafeHtml: data?.render?.allow_unsafe_html ?? false },
        exists: text !== undefined,
    };
}
const sourceOf = (a) => a.translations?.find((t) => t.locale.toLowerCase() === a.source_locale.toLowerCase()) ?? {
    id: 0,
    source_id: a.id,
    locale: a.source_locale,
    title: a.title,
    body: a.body,
    draft: a.draft,
    updated_at: a.updated_at,
};
/** Every `#anchor` some link in one article points at: the heading ids worth keeping. */
function linkedAnchors(article) {
    const out = new Set();
    for (const t of (0,remote_index/* translationsOf */.eY)(article))
        for (const m of (t.body ?? '').matchAll(/href\s*=\s*["'][^"'#]*#([^"']+)["']/gi))
            out.add(m[1]);
    return [...out];
}
const ATTACHMENT = /^(?:https?:\/\/[^/?#]+)?\/hc\/(?:[a-z-]+\/)?article_attachments\/(\d+)\/([^/?#]+)/i;
/** A relative path from one docs-relative folder to a docs-relative file, URL-encoded. */
function relativeUrl(fromDir, toFile) {
    const rel = external_node_path_default().posix.relative(fromDir || '.', toFile);
    return rel.split('/').map(encodeURIComponent).join('/');
}
function frontMatter(data) {
    return `---\n${(0,dist/* stringify */.As)(data, { lineWidth: 0 })}---\n`;
}
/**
 * `import`: the help center (or what changed in it since a time) as the Markdown tree the
 * publisher reads, with the attachments beside the articles and links between articles made
 * relative. Records what it wrote in `.zendesk-import.json` after each export page, so an
 * interrupted import continues there, and never overwrites a file changed since it wrote it
 * unless `force`.
 */
async function runImport(config, logger, options, deps = {}) {
    // The bodies wait on disk, not in memory, between their page and their turn to be written:
    // 40,000 of them held from the first page to the last showed in the peak RSS.
    const spool = new diff_spool/* BodySpool */.m();
    try {
        return await importWith(spool, config, logger, options, deps);
    }
    finally {
        spool.close();
    }
}
async function importWith(spool, config, logger, options, deps) {
    if (!config.zendeskUrl || !config.auth)
        throw new errors/* ConfigError */.xL('import needs Zendesk credentials and an account URL (see --help)');
    const docsRoot = config.docsRoot;
    const previous = await (0,import_state/* readImportState */.b3)(docsRoot);
    await checkTarget(docsRoot, previous);
    const startTime = startTimeOf(options, previous);
    const state = previous ? structuredClone(previous) : (0,import_state/* emptyImportState */.eC)(config.zendeskUrl);
    state.complete = false;
    const client = new remote_client/* ZendeskClient */.g9({
        baseUrl: config.zendeskUrl,
        auth: config.auth,
        logger,
        concurrency: config.concurrency,
        ...(deps.fetch ? { fetch: deps.fetch } : {}),
    });
    const anchorsOf = new Map();
    const fetched = await logger.group('Reading the help center', async () => {
        const f = await fetchHelpCenter(client, logger, startTime, (article) => {
            const found = linkedAnchors(article);
            if (found.length)
                anchorsOf.set(article.id, found);
            else
                anchorsOf.delete(article.id);
            spool.add(article);
            (0,remote_index/* dropBodies */.qE)(article);
        });
        logger.info(`${f.articles.length} article(s) changed since ${startTime === 0 ? 'the beginning' : new Date(startTime * 1000).toISOString()} (via ${f.via}), ${f.sections.length} section(s), locales ${f.locales.join(', ')}`);
        if (f.via === 'list')
            logger.warning('these credentials may not use the incremental export: the articles were listed page by page instead');
        return f;
    });
    const keep = articleFilter(options, fetched);
    const wantedLocales = new Set(options.locales.map((l) => l.toLowerCase()));
    // The export returns what changed at or after its start time, so the last import's newest
    // articles come again; unchanged since (same updated_at), they are not written again.
    const selected = fetched.articles.filter(({ article }) => keep(article) && (options.force || startTime === 0 || state.articles[String(article.id)]?.u !== article.updated_at));
    const { render, exists: configExists } = await renderSettings(docsRoot, config);
    const namer = new Namer(fetched);
    const extraNames = await fetchImportNames(client, selected.map((s) => s.article));
    const previousKeys = new Map(Object.entries(state.articles).map(([id, a]) => [Number(id), a.key]));
    const placements = new Map(placeArticles(selected.map((s) => s.article), fetched, previousKeys).map((p) => [p.id, p]));
    // Links resolve to every article imported, now or before.
    const keyOfArticle = new Map([...previousKeys, ...[...placements.values()].map((p) => [p.id, p.key])]);
    const anchors = new Set([...(state.anchors ?? []), ...selected.flatMap((s) => anchorsOf.get(s.article.id) ?? [])]);
    state.anchors = [...anchors].sort();
    const result = {
        via: fetched.via,
        startTime,
        endTime: startTime,
        articles: 0,
        translations: 0,
        written: [],
        unchanged: 0,
        conflicts: [],
        downloads: 0,
        failedDownloads: [],
        rawHtml: 0,
        lossy: [],
        configWritten: false,
        requests: 0,
    };
    // Folder defaults: what every article of the section shares (kept from before for folders already written).
    const byDir = new Map();
    for (const { article } of selected) {
        const dir = placements.get(article.id).dir;
        byDir.set(dir, [
            ...(byDir.get(dir) ?? []),
            {
                section: namer.section(article.section_id),
                permission_group: namer.permissionGroup(article.permission_group_id),
                user_segment: namer.userSegment(article.user_segment_id),
            },
        ]);
    }
    for (const [dir, values] of byDir)
        if (!state.folders[dir])
            state.folders[dir] = folderDefaults(values);
    /** Writes a file unless the user changed it since the import wrote it; returns whether it was written. */
    const put = async (rel, content) => {
        const abs = external_node_path_default().join(docsRoot, rel);
        const wanted = (0,import_state/* sha256 */.sc)(content);
        let current;
        try {
            current = (0,import_state/* sha256 */.sc)(await promises_default().readFile(abs));
        }
        catch {
            current = undefined;
        }
        const recorded = state.files[rel];
        if (current === wanted) {
            state.files[rel] = wanted;
            result.unchanged++;
            return true;
        }
        const userChanged = recorded !== undefined ? current !== recorded : current !== undefined;
        if (userChanged && !options.force) {
            result.conflicts.push(rel);
            return false;
        }
        await (0,import_state/* writeAtomic */.vZ)(abs, content);
        state.files[rel] = wanted;
        result.written.push(rel);
        return true;
    };
    for (const [dir, defaults] of Object.entries(state.folders)) {
        if (!byDir.has(dir) || Object.keys(defaults).length === 0)
            continue;
        await put(external_node_path_default().posix.join(dir, '_defaults.yml'), (0,dist/* stringify */.As)(defaults, { lineWidth: 0 }));
    }
    const enabled = new Set(fetched.locales);
    const downloads = new Map();
    let pageEnd;
    let sinceSaved = 0;
    let savedAt = Date.now();
    // Recorded before the first file is written: an import that stops now is still an import.
    if (!previous)
        await (0,import_state/* writeImportState */.m$)(docsRoot, state);
    const lossyRetry = [];
    const writeArticle = async (article, placement, renderMode) => {
        const source = sourceOf(article);
        const sourceLocale = article.source_locale.toLowerCase();
        const dir = placement.dir;
        const base = placement.key.slice(dir ? dir.length + 1 : 0);
        const assets = {};
        const localFiles = new Map();
        // Attachments first: a body's images must be on disk before its Markdown points at them.
        const locales = (0,remote_index/* translationsOf */.eY)(article).filter((t) => t.locale.toLowerCase() === sourceLocale ||
            ((wantedLocales.size === 0 || wantedLocales.has(t.locale.toLowerCase())) && enabled.has(t.locale.toLowerCase())));
        const bodies = new Map(locales.map((t) => [t, spool.read(article.id, t.locale) ?? '']));
        // Per-locale copies of one file (Zendesk's own, or one media embedded in several translations) are one local file.
        const bySha = new Map();
        const byName = new Map();
        // What an earlier import of this article found at each URL: a copy of a file on disk is not fetched again to compare.
        const priorSha = new Map(Object.entries(state.articles[String(article.id)]?.assets ?? {}).map(([k, u]) => [u, k.slice(k.lastIndexOf('/') + 1)]));
        for (const t of locales) {
            for (const m of bodies.get(t).matchAll(/(?:src|href)\s*=\s*["']([^"']+)["']/gi)) {
                const url = m[1].replace(/&amp;/g, '&');
                const ref = fileReference(url);
                if (!ref || localFiles.has(url))
                    continue;
                const prior = priorSha.get(url);
                const same = prior === undefined ? undefined : bySha.get(prior);
                if (prior !== undefined && same !== undefined) {
                    localFiles.set(url, same);
                    assets[`${t.locale.toLowerCase()}/${prior}`] ??= url;
                    continue;
                }
                const key = `${article.id}:${ref.id}`;
                let job = downloads.get(key);
                if (!job) {
                    job = (async () => {
                        // Downloaded before (an interrupted import, an import again) and untouched since: not fetched again.
                        const rel = ref.name === undefined ? undefined : external_node_path_default().posix.join(dir, base, ref.name);
                        const onDisk = rel && !byName.has(ref.name.toLowerCase()) ? await promises_default().readFile(external_node_path_default().join(docsRoot, rel)).catch(() => undefined) : undefined;
                        if (rel && onDisk && state.files[rel] === (0,import_state/* sha256 */.sc)(onDisk)) {
                            result.unchanged++;
                            return { sha: assetSha(onDisk), bytes: undefined };
                        }
                        return fetchBytes(client, url);
                    })();
                    downloads.set(key, job);
                }
                const done = await job;
                if ('error' in done) {
                    result.failedDownloads.push({ file: external_node_path_default().posix.join(dir, base, ref.name ?? ref.id), url, message: done.error });
                    logger.warning(`could not download ${url} (${done.error}); the article keeps the Zendesk URL`, { file: `${base}.md` });
                    continue;
                }
                let rel = bySha.get(done.sha);
                if (rel === undefined) {
                    let name = ref.name ?? `media-${ref.id.slice(-10).toLowerCase()}${extensionOf(done.bytes)}`;
                    if (byName.has(name.toLowerCase()))
                        name = `${ref.id}-${name}`;
                    rel = external_node_path_default().posix.join(dir, base, name);
                    byName.set(name.toLowerCase(), rel);
                    bySha.set(done.sha, rel);
                    if (done.bytes) {
                        result.downloads++;
                        await put(rel, done.bytes);
                    }
                }
                localFiles.set(url, rel);
                // By locale too: each translation keeps the copy Zendesk made for it, so publishing back rewrites no body.
                assets[done.sha] ??= url;
                assets[`${t.locale.toLowerCase()}/${done.sha}`] ??= url;
            }
        }
        let lossy = false;
        let raw = false;
        const texts = [];
        const hashes = {};
        for (const t of locales) {
            const locale = t.locale.toLowerCase();
            const isSource = locale === sourceLocale;
            const body = bodies.get(t);
            const converted = htmlToMarkdown(body, {
                localUrl: (url) => {
                    const local = localFiles.get(url.trim());
                    if (local)
                        return relativeUrl(dir, local);
                    const link = (0,content_form/* articleLinkOf */.sT)(url);
                    if (!link)
                        return undefined;
                    const key = keyOfArticle.get(link.id);
                    if (key === undefined)
                        return undefined;
                    return `${relativeUrl(dir, `${key}.md`)}${link.anchor ? `#${link.anchor}` : ''}`;
                },
                linkedAnchors: anchors,
                render: renderMode,
                locale,
            });
            lossy ||= converted.lossy;
            raw ||= converted.rawBlocks > 0;
            hashes[locale] = (0,normalize/* contentHash */.Ae)(t.title, (0,marker/* analyzeBody */.fc)(body).digest);
            const meta = { title: t.title };
            if (isSource) {
                const folder = state.folders[dir] ?? {};
                meta.id = article.id;
                if (sourceLocale !== fetched.defaultLocale)
                    meta.locale = sourceLocale;
                const section = namer.section(article.section_id);
                if (folder.section !== section)
                    meta.section = section;
                const group = namer.permissionGroup(article.permission_group_id);
                if (folder.permission_group !== group)
                    meta.permission_group = group;
                // Several segments (Enterprise) are written as a list, so publishing the import keeps them all.
                const segments = article.user_segment_ids ?? [];
                if (segments.length > 1)
                    meta.user_segments = segments.map((id) => namer.userSegment(id));
                else if (folder.user_segment !== namer.userSegment(article.user_segment_id))
                    meta.user_segment = namer.userSegment(article.user_segment_id);
                if (article.label_names?.length)
                    meta.labels = article.label_names;
                if (article.content_tag_ids?.length)
                    meta.content_tags = article.content_tag_ids.map((id) => extraNames.tag(id));
                const author = extraNames.author(article.author_id);
                if (author)
                    meta.author = author;
                if (t.draft)
                    meta.draft = true;
                if (article.promoted)
                    meta.promoted = true;
                if (article.position)
                    meta.position = article.position;
                if (article.comments_disabled)
                    meta.comments_disabled = true;
            }
            else if (t.draft !== source.draft) {
                meta.draft = t.draft;
            }
            const rel = isSource ? `${placement.key}.md` : `${placement.key}.${locale}.md`;
            texts.push({ rel, text: `${frontMatter(meta)}${converted.markdown ? `\n${converted.markdown}` : ''}` });
        }
        if (lossy && !renderMode.allowUnsafeHtml)
            return false;
        if (lossy)
            result.lossy.push(`${placement.key}.md`);
        if (raw)
            result.rawHtml++;
        const conflictsBefore = result.conflicts.length;
        for (const { rel, text } of texts)
            await put(rel, text);
        result.articles++;
        result.translations += texts.length - 1;
        // A file kept as the user changed it still stands for the Guide copy imported before.
        const known = state.articles[String(article.id)];
        if (result.conflicts.length === conflictsBefore || !known)
            state.articles[String(article.id)] = { key: placement.key, t: hashes, assets, u: article.updated_at };
        if (++sinceSaved >= SAVE_EVERY && Date.now() - savedAt >= SAVE_INTERVAL_MS) {
            sinceSaved = 0;
            await (0,import_state/* writeImportState */.m$)(docsRoot, state);
            savedAt = Date.now();
        }
        return true;
    };
    await logger.group('Writing Markdown', async () => {
        logger.progress?.({ kind: 'start', what: 'importing', total: selected.length, unit: 'article' });
        try {
            for (const { article, pageEnd: end } of selected) {
                // A page is done when the first article of the next one starts: record where to resume.
                if (pageEnd !== undefined && end !== pageEnd) {
                    state.endTime = pageEnd;
                    await (0,import_state/* writeImportState */.m$)(docsRoot, state);
                }
                pageEnd = end;
                const placement = placements.get(article.id);
                const ok = await writeArticle(article, placement, render);
                if (!ok)
                    lossyRetry.push({ article, placement });
                logger.progress?.({ kind: 'advance', item: `${placement.key}.md`, failed: false });
            }
            if (lossyRetry.length) {
                // Embeds, scripts or styles the publisher's sanitizer would remove: they are kept only
                // when the docs root publishes raw HTML as written, which a fresh import turns on.
                const unsafe = { ...render, allowUnsafeHtml: true };
                if (!configExists) {
                    await put(CONFIG_FILE, `render:\n  alerts: ${render.alerts}\n  allow_unsafe_html: true\n`);
                    result.configWritten = true;
                    logger.warning(`${lossyRetry.length} article(s) hold HTML that the publisher sanitizes away (an embedded video, a script, a style): ${CONFIG_FILE} now sets render.allow_unsafe_html: true so that publishing them back keeps it; see "Raw HTML" in zendesk-guide-publisher's docs/front-matter.md`);
                }
                else {
                    logger.warning(`${lossyRetry.length} article(s) hold HTML that the publisher sanitizes away with ${CONFIG_FILE}'s settings: publishing them will remove it unless render.allow_unsafe_html is true`);
                }
                for (const { article, placement } of lossyRetry)
                    await writeArticle(article, placement, configExists ? { ...render } : unsafe);
                if (configExists)
                    for (const { placement } of lossyRetry)
                        result.lossy.push(`${placement.key}.md`);
            }
        }
        finally {
            logger.progress?.({ kind: 'end' });
        }
    });
    state.endTime = Math.max(fetched.endTime, startTime);
    state.complete = true;
    state.zendeskUrl = config.zendeskUrl;
    await (0,import_state/* writeImportState */.m$)(docsRoot, state);
    result.endTime = state.endTime;
    result.requests = client.http.stats.requests;
    return result;
}
/** The publisher's identity of a local file (see render/assets.ts). */
const assetSha = (bytes) => (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex').slice(0, 16);
function decodeSafe(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}
/** Downloads one attachment or media (the transport retries failures that may pass). */
async function fetchBytes(client, url) {
    try {
        const bytes = await client.downloadAttachment(url);
        return { sha: assetSha(bytes), bytes };
    }
    catch (error) {
        return { error: (0,errors/* errorMessage */.gJ)(error) };
    }
}
const MEDIA = /^(?:https?:\/\/[^/?#]+)?\/(?:guide-media|guide_medias)\/([0-9A-Za-z]+)/;
/**
 * A file a body points at: an article attachment (`/hc/article_attachments/{id}/{name}`) or a
 * media of the library (`/guide-media/{key}`, or `/guide_medias/{key}` as the reference also writes it).
 */
function fileReference(url) {
    const att = ATTACHMENT.exec(url);
    if (att)
        return { id: att[1], name: decodeSafe(att[2]).replace(/[/\\]/g, '_') };
    const media = MEDIA.exec(url);
    return media ? { id: media[1] } : undefined;
}
/** A media URL names no file: its extension, from its first bytes. */
function extensionOf(bytes) {
    const head = Buffer.from(bytes?.subarray(0, 8) ?? []);
    if (head.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47])))
        return '.png';
    if (head[0] === 0xff && head[1] === 0xd8)
        return '.jpg';
    if (head.subarray(0, 3).toString() === 'GIF')
        return '.gif';
    if (head.subarray(0, 4).toString() === '%PDF')
        return '.pdf';
    if (/^\s*<(\?xml|svg)/.test(Buffer.from(bytes?.subarray(0, 64) ?? []).toString()))
        return '.svg';
    return '.bin';
}

;// CONCATENATED MODULE: ./src/import/summary.ts
/** The summary an import prints (and the action's log and job summary show). */
function importSummary(r) {
    const lines = [
        `Imported ${r.articles} article(s) and ${r.translations} translation(s) via ${r.via}: ${r.written.length} file(s) written, ${r.unchanged} unchanged; ${r.downloads} attachment(s) downloaded; ${r.requests} Zendesk request(s).`,
    ];
    if (r.rawHtml)
        lines.push(`${r.rawHtml} article(s) keep some blocks as raw HTML (tables with merged cells, embeds, callouts, styled text).`);
    if (r.configWritten)
        lines.push('zendesk-guide.yml sets render.allow_unsafe_html: true, so embedded videos and styles publish back as they are.');
    for (const f of r.failedDownloads)
        lines.push(`download failed: ${f.url} → ${f.file} (${f.message}); the article keeps the Zendesk URL`);
    for (const f of r.lossy)
        lines.push(`${f}: holds HTML the publisher would sanitize away (render.allow_unsafe_html is off)`);
    if (r.conflicts.length) {
        lines.push(`${r.conflicts.length} file(s) changed since the import wrote them were left as they are (--force overwrites them):`);
        for (const c of r.conflicts)
            lines.push(`  conflict  ${c}`);
    }
    lines.push(`Next: import --since last brings what changes in Guide from here (export time ${r.endTime}).`);
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/cli/settings.ts
var settings = __webpack_require__(1957);
// EXTERNAL MODULE: ./src/cli/output.ts
var output = __webpack_require__(6657);
;// CONCATENATED MODULE: ./src/cli/import.ts










/** `import`: the help center as Markdown. Exit 0 done, 1 conflicts left, 2 settings, 3 Zendesk. */
async function runImportCommand(flags, ctx) {
    (0,output/* checkOutputFlags */.dc)(flags);
    const logger = (0,output/* commandLogger */.Ay)(flags, ctx);
    const connection = (0,settings/* connectionSettings */.Q7)(flags, ctx.env);
    const raw = {
        ...connection.raw,
        path: flags.path,
        mode: 'dry-run',
        concurrency: flags.concurrency,
        configFile: flags.config,
    };
    (0,output/* maskSecrets */.QU)(raw, logger);
    let code = 0;
    let result;
    let failure;
    try {
        const since = parseSince(flags.since);
        const repoRoot = flags.repo ?? process.cwd();
        // A new docs folder is made for the import (resolveSettings then checks it is inside the repository).
        await makeDocsFolder(repoRoot, flags.path);
        const config = await (0,resolve/* resolveSettings */.Mo)({
            raw,
            repoRoot,
            names: connection.names,
            env: ctx.env,
            command: 'import',
            // The import says itself what it lacks to read the help center.
            connection: 'unchecked',
            repository: 'clone',
        });
        result = await runImport(config, logger, {
            since,
            force: flags.force ?? false,
            categories: flags.category ?? [],
            sections: flags.section ?? [],
            labels: flags.label ?? [],
            locales: flags.locale ?? [],
        });
        if (result.conflicts.length)
            code = 1;
    }
    catch (error) {
        failure = (0,errors/* errorMessage */.gJ)(error);
        logger.error(failure);
        code = error instanceof errors/* ConfigError */.xL ? 2 : error instanceof remote_errors/* RemoteError */.Hi ? 3 : 1;
    }
    logger.close();
    if (flags.json !== undefined) {
        const json = `${JSON.stringify({ version: 1, command: 'import', ...(result ?? {}), ...(failure ? { error: failure } : {}) }, null, 2)}\n`;
        if (flags.json === '-')
            ctx.stdout.write(json);
        else
            await (0,import_state/* writeAtomic */.vZ)(flags.json, json);
    }
    if (result && !flags.quiet)
        (flags.json === '-' ? ctx.stderr : ctx.stdout).write(`${importSummary(result)}\n`);
    return code;
}
/** The import's docs folder, made when missing, only when it is inside the repository. */
async function makeDocsFolder(repoRoot, docsPath) {
    const docsRoot = external_node_path_default().resolve(repoRoot, docsPath?.trim() || 'docs');
    const rel = external_node_path_default().relative(external_node_path_default().resolve(repoRoot), docsRoot);
    if (rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
        return;
    await promises_default().mkdir(docsRoot, { recursive: true }).catch(() => undefined);
}


/***/ }),

/***/ 9592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ BodySpool)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _plan_remote_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28);




/** Bodies are written in chunks of about this size: few system calls, little held in memory. */
const CHUNK_BYTES = 1 << 20;
/**
 * The stored bodies of a help center, kept on disk rather than in memory. A diff needs the live
 * text of the translations the plan updates, but which ones is known only once the plan is made,
 * long after each export page has been read and its bodies dropped (memory stays flat for help
 * centers of 40,000 translations; reading them again would cost a request each). So every body
 * is appended to one temporary file as its page arrives, and only an offset per translation is
 * kept; the few that are diffed are read back from it.
 */
class BodySpool {
    dir;
    fd;
    where = new Map();
    // One buffer, reused: each body is encoded straight into it and the buffer written when full.
    // A Buffer per body, or one joined string per chunk, allocated 40,000 times (or a megabyte at
    // a time, in V8's large-object space) memory that was given back only lazily: it showed in the
    // peak RSS of the largest help center's dry run.
    buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    filled = 0;
    written = 0;
    closed = false;
    constructor(parent = process.env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir()) {
        this.dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(parent, 'zgp-bodies-'));
        this.fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, 'bodies'), 'w+', 0o600);
    }
    /** Every translation of an article, as the snapshot has it; a repeat replaces the earlier copy. */
    add(article) {
        if (this.closed)
            return;
        const locales = new Map();
        for (const t of (0,_plan_remote_index_js__WEBPACK_IMPORTED_MODULE_3__/* .translationsOf */ .eY)(article)) {
            if (!t.body)
                continue;
            locales.set(t.locale.toLowerCase(), this.append(t.body));
        }
        this.where.set(article.id, locales);
    }
    /** The stored body of one translation, or undefined when it had none (or the spool is closed). */
    read(articleId, locale) {
        const entry = this.where.get(articleId)?.get(locale.toLowerCase());
        if (!entry || this.closed)
            return undefined;
        this.flush();
        const data = Buffer.alloc(entry.bytes);
        let done = 0;
        while (done < entry.bytes) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(this.fd, data, done, entry.bytes - done, entry.at + done);
            if (n === 0)
                break;
            done += n;
        }
        return data.subarray(0, done).toString('utf8');
    }
    /** Removes the file; safe to call more than once. */
    close() {
        if (this.closed)
            return;
        this.closed = true;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(this.dir, { recursive: true, force: true });
    }
    append(body) {
        const bytes = Buffer.byteLength(body, 'utf8');
        if (bytes > this.buffer.length - this.filled)
            this.flush();
        const at = this.written + this.filled;
        if (bytes > this.buffer.length) {
            // Larger than the buffer: written on its own.
            this.writeAll(Buffer.from(body, 'utf8'));
            return { at, bytes };
        }
        // A lone surrogate is written as U+FFFD, in the byte count above too.
        this.filled += this.buffer.write(body, this.filled, 'utf8');
        return { at, bytes };
    }
    flush() {
        if (!this.filled)
            return;
        const filled = this.filled;
        this.filled = 0;
        this.writeAll(this.buffer.subarray(0, filled));
    }
    writeAll(data) {
        let done = 0;
        while (done < data.length)
            done += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.fd, data, done, data.length - done, this.written + done);
        this.written += data.length;
    }
}


/***/ }),

/***/ 2284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b3: () => (/* binding */ readImportState),
/* harmony export */   eC: () => (/* binding */ emptyImportState),
/* harmony export */   it: () => (/* binding */ importedArticles),
/* harmony export */   m$: () => (/* binding */ writeImportState),
/* harmony export */   pk: () => (/* binding */ IMPORT_STATE_FILE),
/* harmony export */   sc: () => (/* binding */ sha256),
/* harmony export */   vZ: () => (/* binding */ writeAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




/** The import's record, in the docs root: committed with the files it describes. */
const IMPORT_STATE_FILE = '.zendesk-import.json';
function emptyImportState(zendeskUrl) {
    return { version: 1, zendeskUrl, endTime: 0, complete: false, files: {}, articles: {}, folders: {} };
}
const sha256 = (data) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
function parse(text, file) {
    const data = JSON.parse(text);
    if (data.version !== 1 || typeof data.endTime !== 'number' || typeof data.articles !== 'object' || typeof data.files !== 'object') {
        throw new Error(`${file}: not an import record of this version of zendesk-guide-publisher`);
    }
    return { folders: {}, ...data };
}
/** The docs root's import record, or undefined when it has none. */
async function readImportState(docsRoot) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(docsRoot, IMPORT_STATE_FILE);
    let text;
    try {
        text = await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().readFile(file, 'utf8');
    }
    catch {
        return undefined;
    }
    return parse(text, file);
}
/** For the publisher, which reads it at the start of a run: the imported articles by id. */
function importedArticles(docsRoot) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(docsRoot, IMPORT_STATE_FILE), 'utf8');
    }
    catch {
        return undefined;
    }
    try {
        const state = parse(text, IMPORT_STATE_FILE);
        return new Map(Object.entries(state.articles).map(([id, a]) => [Number(id), a]));
    }
    catch {
        // A damaged record adopts nothing: the articles then need `adopt: true` like any made by hand.
        return undefined;
    }
}
/** Written whole, through a temporary file, so an interrupted import never leaves half a record. */
async function writeImportState(docsRoot, state) {
    const ordered = {
        ...state,
        files: Object.fromEntries(Object.entries(state.files).sort(([a], [b]) => a.localeCompare(b))),
    };
    await writeAtomic(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(docsRoot, IMPORT_STATE_FILE), `${JSON.stringify(ordered, null, 1)}\n`);
}
async function writeAtomic(file, data) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().writeFile(tmp, data);
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().rename(tmp, file);
}


/***/ }),

/***/ 3538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dq: () => (/* binding */ listContentTags),
/* harmony export */   E3: () => (/* binding */ listRedirectRules),
/* harmony export */   c_: () => (/* binding */ createContentTag),
/* harmony export */   v7: () => (/* binding */ setRedirectRule),
/* harmony export */   x5: () => (/* binding */ searchUsers)
/* harmony export */ });
/* harmony import */ var _responses_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2814);

/**
 * The Guide records an article refers to beyond its section and groups: content tags, users
 * (authors) and redirect rules. Content tags and redirect rules live under `/api/v2/guide`,
 * with cursor pagination only and string ids
 * (developer.zendesk.com/api-reference/help_center/help-center-api/content_tags/,
 * .../redirect_rules/).
 */
const PAGE_SIZE = '100';
async function get(client, kind, path, query) {
    const data = await client.http.request('GET', path, { query });
    return (0,_responses_js__WEBPACK_IMPORTED_MODULE_0__.checkResponse)(kind, data, 'GET', new URL(path, client.http.baseUrl));
}
/** Every record of a `/api/v2/guide` list, following `meta.after_cursor`. */
async function records(client, kind, path, query = {}) {
    const out = [];
    let after;
    for (;;) {
        const page = (await get(client, kind, path, {
            ...query,
            'page[size]': PAGE_SIZE,
            ...(after ? { 'page[after]': after } : {}),
        }));
        out.push(...page.records);
        const next = page.meta?.has_more ? page.meta.after_cursor : undefined;
        // A cursor that does not move would loop forever: stop rather than ask the same page again.
        if (!next || next === after)
            return out;
        after = next;
    }
}
/** Every content tag of the account (at most 200 exist). */
async function listContentTags(client) {
    const list = await records(client, 'content_tags', '/api/v2/guide/content_tags');
    return list.map((t) => ({ id: String(t.id), name: String(t.name) }));
}
/** Creates a content tag. Not retried after a lost answer: the next run finds it by name. */
async function createContentTag(client, name) {
    const path = '/api/v2/guide/content_tags';
    const data = await client.http.request('POST', path, { json: { content_tag: { name } } });
    const res = (0,_responses_js__WEBPACK_IMPORTED_MODULE_0__.checkResponse)('content_tag', data, 'POST', new URL(path, client.http.baseUrl));
    return { id: String(res.content_tag.id), name: res.content_tag.name };
}
/** Users whose email (or name) matches `query` (Support's Search Users). */
async function searchUsers(client, query) {
    const res = await get(client, 'users', '/api/v2/users/search', { query });
    return res.users;
}
/** Every redirect rule of the brand whose `redirect_from` starts with `prefix` (Guide admins only). */
async function listRedirectRules(client, prefix) {
    const list = await records(client, 'redirect_rules', '/api/v2/guide/redirect_rules', prefix ? { 'filter[redirect_from_prefix]': prefix } : {});
    return list.map((r) => ({
        id: String(r.id),
        redirect_from: String(r.redirect_from),
        redirect_to: String(r.redirect_to),
        redirect_status: String(r.redirect_status),
    }));
}
/**
 * Creates the rule for `redirect_from`, or updates the one there is: "Creates or updates a
 * redirect rule for the URL specified in redirect_from", so sending it twice is harmless.
 * Answers 204.
 */
async function setRedirectRule(client, rule) {
    await client.http.request('POST', '/api/v2/guide/redirect_rules', {
        json: { redirect_rule: { redirect_from: rule.from, redirect_to: rule.to, redirect_status: rule.status } },
        idempotent: true,
    });
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
