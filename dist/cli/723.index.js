export const id = 723;
export const ids = [723];
export const modules = {

/***/ 3637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b_: () => (/* binding */ completeSettings),
  Mo: () => (/* binding */ resolveSettings)
});

// UNUSED EXPORTS: withDefaults

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/shared/paths.ts
var paths = __webpack_require__(405);
// EXTERNAL MODULE: ./src/config/names.ts
var config_names = __webpack_require__(6234);
;// CONCATENATED MODULE: ./src/config/local.ts





const toPosix = (p) => p.split((external_node_path_default()).sep).join('/');
async function statOf(p) {
    return promises_default().stat(p).catch(() => undefined);
}
async function isEmptyFolder(p) {
    return promises_default().readdir(p).then((entries) => entries.length === 0, () => false);
}
/**
 * Checks that the repository, the docs folder and a named config file are where the settings
 * say, before the pipeline sends its first request: a typo in a path is a settings error (exit
 * 2, one clear message naming the flag or input), not a raw ENOENT or a finding that arrives
 * after the help center was read. The config file found by default (`<docs>/zendesk-guide.yml`)
 * is optional and not checked here.
 */
async function checkLocalSettings(config, names = config_names/* ACTION_NAMES */.G) {
    const repo = await statOf(config.repoRoot);
    if (!repo)
        throw new errors/* ConfigError */.xL(`${names.repo} "${config.repoRoot}": no such folder`);
    if (!repo.isDirectory())
        throw new errors/* ConfigError */.xL(`${names.repo} "${config.repoRoot}" is not a folder`);
    const realRepo = await promises_default().realpath(config.repoRoot);
    const rel = (abs) => toPosix(external_node_path_default().relative(config.repoRoot, abs)) || '.';
    // The commonest cause of a missing docs folder in a workflow is a job without a checkout step.
    const emptyRepo = async () => (await isEmptyFolder(config.repoRoot)) ? `; ${config.repoRoot} is empty: is the repository checked out?` : '';
    const docs = await statOf(config.docsRoot);
    if (!docs) {
        throw new errors/* ConfigError */.xL(`${names.path} "${rel(config.docsRoot)}": no such folder in the repository (${config.repoRoot})${await emptyRepo()}`);
    }
    if (!docs.isDirectory())
        throw new errors/* ConfigError */.xL(`${names.path} "${rel(config.docsRoot)}" is not a folder`);
    await refuseOutside(config.docsRoot, realRepo, `${names.path} "${rel(config.docsRoot)}"`);
    if (config.configFile) {
        const file = await statOf(config.configFile);
        if (!file) {
            throw new errors/* ConfigError */.xL(`${names.configFile} "${rel(config.configFile)}": no such file in the repository (${config.repoRoot}; the path is relative to it)`);
        }
        if (!file.isFile())
            throw new errors/* ConfigError */.xL(`${names.configFile} "${rel(config.configFile)}" is not a file`);
        await refuseOutside(config.configFile, realRepo, `${names.configFile} "${rel(config.configFile)}"`);
    }
}
/** A path inside the repository can still be a symbolic link to elsewhere; nothing outside is read. */
async function refuseOutside(abs, realRepo, what) {
    const real = await promises_default().realpath(abs);
    if (!(0,paths/* isInside */.F)(realRepo, real))
        throw new errors/* ConfigError */.xL(`${what} is a link to ${real}, outside the repository; refusing to read it`);
}

// EXTERNAL MODULE: ./src/config/repository.ts
var repository = __webpack_require__(2352);
// EXTERNAL MODULE: ./src/config/settings.ts
var settings = __webpack_require__(4661);
;// CONCATENATED MODULE: ./src/config/resolve.ts





/**
 * The one place settings are resolved, for every entry point (the action's modes, each CLI
 * command, import): the raw values are validated (config/settings.ts), the folders and a named
 * config file checked on disk before the first request, the repository found (the workflow's,
 * else the clone's remotes), and the result frozen. The config file is merged in by
 * `completeSettings`, at the start of the run: its errors are the run's diagnostics.
 */
async function resolveSettings(request) {
    const names = request.names ?? config_names/* ACTION_NAMES */.G;
    const config = (0,settings/* buildConfig */.fD)(request.raw, {
        repoRoot: request.repoRoot,
        names,
        ...(request.eventName ? { eventName: request.eventName } : {}),
    });
    await checkLocalSettings(config, names);
    if (request.connection !== 'unchecked') {
        const missing = (0,settings/* missingConnection */.tp)(request.command, config, names, request.connection === 'required');
        if (missing)
            throw new errors/* ConfigError */.xL(missing);
    }
    const sources = await (0,repository/* detectRepositories */.sw)(config.repoRoot, request.env);
    const provenance = request.provenance ? await request.provenance(config.repoRoot) : undefined;
    return Object.freeze({
        ...config,
        names,
        ...(request.repository === 'clone' ? { repositorySources: sources } : {}),
        ...(sources.candidates[0] ? { repository: sources.candidates[0].repository } : {}),
        ...(request.createSections ? { createSections: true } : {}),
        ...(provenance ? { provenance } : {}),
    });
}
/**
 * The config file (the one named, else `zendesk-guide.yml` or `.yaml` at the docs root) merged
 * into the given settings: what was given wins, what neither sets takes its default here and
 * nowhere else. An invalid file changes nothing and its errors come back as diagnostics.
 */
async function completeSettings(given) {
    // Loaded here, not at startup: the schema library and the YAML parser are most of what the
    // settings code would otherwise load before the first request.
    const { loadConfigFile } = await Promise.all(/* import() */[__webpack_require__.e(584), __webpack_require__.e(6), __webpack_require__.e(974)]).then(__webpack_require__.bind(__webpack_require__, 1974));
    const loaded = await loadConfigFile({ ...given });
    return { settings: withDefaults(loaded.config, given), file: loaded.file, read: loaded.read, diagnostics: loaded.diagnostics };
}
/** Every default of a setting the config file may give, applied once. */
function withDefaults(config, given) {
    return Object.freeze({
        ...config,
        names: 'names' in given ? given.names : config_names/* ACTION_NAMES */.G,
        labelsMode: config.labelsMode ?? 'replace',
        createSections: config.createSections ?? false,
        outdatedTranslations: config.outdatedTranslations ?? 'flag',
        render: config.render ?? { alerts: true, allowUnsafeHtml: false },
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

/***/ 4377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ provenanceHtml),
/* harmony export */   H3: () => (/* binding */ PROVENANCE_CLASS),
/* harmony export */   eA: () => (/* binding */ MARKER_CLASS),
/* harmony export */   fc: () => (/* binding */ analyzeBody),
/* harmony export */   kM: () => (/* binding */ markerHtml)
/* harmony export */ });
/* harmony import */ var hast_util_to_html__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7864);
/* harmony import */ var _html_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1552);
/* harmony import */ var _content_form_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6773);
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9392);




const MARKER_CLASS = 'zgp-source';
function markerHtml(marker) {
    const assets = Object.entries(marker.assets)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([h, url]) => `${h}=${url}`)
        .join(' ');
    const refs = Object.entries(marker.refs ?? {})
        .map(([written, value]) => `${encodeURIComponent(written)}=${encodeURIComponent(value)}`)
        .join(' ');
    const node = {
        type: 'element',
        tagName: 'div',
        properties: {
            className: [MARKER_CLASS],
            dataZgpKey: marker.key,
            ...(marker.ns !== undefined ? { dataZgpNs: marker.ns } : {}),
            dataZgpHash: marker.hash,
            ...(assets ? { dataZgpAssets: assets } : {}),
            ...(marker.src ? { dataZgpSrc: marker.src } : {}),
            ...(refs ? { dataZgpRefs: refs } : {}),
        },
        children: [],
    };
    return (0,hast_util_to_html__WEBPACK_IMPORTED_MODULE_2__/* .toHtml */ .V)(node);
}
// Called for every element of every stored body: the substring test spares the split nearly always.
const hasClass = (attrs, cls) => attrs.class !== undefined && attrs.class.includes(cls) && attrs.class.split(/\s+/).includes(cls);
const isMarker = (name, attrs) => name === 'div' && hasClass(attrs, MARKER_CLASS);
/** The optional "edit this article on GitHub" footer: the tool's own, never compared. */
const PROVENANCE_CLASS = 'zgp-provenance';
const isProvenance = (_name, attrs) => hasClass(attrs, PROVENANCE_CLASS);
/** The footer linking a body to its source file, appended after the content, before the marker. */
function provenanceHtml(url) {
    return `<p class="${PROVENANCE_CLASS}"><a href="${(0,_html_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeAttr */ .d)(url)}">Edit this article on GitHub</a></p>`;
}
/**
 * Splits a stored body into its marker (if any) and the normalized rest, in one pass; with
 * `content`, a body without a marker also gets its content form's digest (a second pass, only
 * for the articles that need it).
 */
function analyzeBody(html, content = false) {
    const { html: normalized, captured } = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalize */ .dw)(html ?? '', isMarker, isProvenance);
    const digest = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .bodyDigest */ .rr)(normalized);
    if (!captured || captured['data-zgp-key'] === undefined) {
        return content ? { digest, marker: undefined, content: (0,_content_form_js__WEBPACK_IMPORTED_MODULE_0__/* .contentDigest */ .eZ)(html ?? '', isProvenance) } : { digest, marker: undefined };
    }
    const assets = {};
    for (const pair of (captured['data-zgp-assets'] ?? '').split(/\s+/).filter(Boolean)) {
        const eq = pair.indexOf('=');
        if (eq > 0)
            assets[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    const refs = {};
    for (const pair of (captured['data-zgp-refs'] ?? '').split(/\s+/).filter(Boolean)) {
        const eq = pair.indexOf('=');
        if (eq > 0)
            refs[safeDecode(pair.slice(0, eq))] = safeDecode(pair.slice(eq + 1));
    }
    const marker = { key: captured['data-zgp-key'], hash: captured['data-zgp-hash'] ?? '', assets, refs };
    if (captured['data-zgp-src'])
        marker.src = captured['data-zgp-src'];
    if (captured['data-zgp-ns'])
        marker.ns = captured['data-zgp-ns'];
    return { digest, marker };
}
function safeDecode(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}


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

/***/ 28:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ localeUrl),
/* harmony export */   EX: () => (/* binding */ isStateArticle),
/* harmony export */   Vn: () => (/* binding */ markerKeyOf),
/* harmony export */   eY: () => (/* binding */ translationsOf),
/* harmony export */   ew: () => (/* binding */ liveUrl),
/* harmony export */   tW: () => (/* binding */ indexRemote),
/* harmony export */   w9: () => (/* binding */ RemoteIndexBuilder),
/* harmony export */   we: () => (/* binding */ markerOf)
/* harmony export */ });
/* harmony import */ var _remote_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4499);
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4377);
/* harmony import */ var _state_shards_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2266);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3118);




function translationsOf(article) {
    if (article.translations?.length)
        return article.translations;
    // Without sideloaded translations the article itself carries its source locale's copy.
    return [
        {
            id: 0,
            source_id: article.id,
            locale: article.source_locale ?? article.locale,
            title: article.title,
            ...('body' in article ? { body: article.body } : {}),
            draft: article.draft,
            updated_at: article.updated_at,
            html_url: article.html_url,
        },
    ];
}
/**
 * Parses every remote body once: markers give identity, normalized text gives comparison.
 * Incremental, so the snapshot can be indexed page by page as it arrives and each raw body
 * dropped right after (the normalized form is all the plan needs).
 */
class RemoteIndexBuilder {
    contentFor;
    byKey = new Map();
    analyzed = new Map();
    keyOf = new Map();
    /** The parts of each record by `ns:` namespace or `root:` docs root, then by shard label. */
    parts = new Map();
    stateArticles = new Set();
    records = new Set();
    /** `contentFor`: the articles whose markerless bodies are compared by content (the imported ones). */
    constructor(contentFor) {
        this.contentFor = contentFor;
    }
    /** `kept`: the bodiless copy the snapshot keeps; the index keeps it too (never the bodies: 40,000 × 3 of them were 275 MB). */
    add(article, kept = (0,_remote_types_js__WEBPACK_IMPORTED_MODULE_3__/* .withoutBodies */ .Z)(article)) {
        // Looked at before the bodies go: the record's class is in its body.
        if ((0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecordArticle */ .yx)(article))
            this.records.add(article.id);
        else
            this.records.delete(article.id);
        const stored = stateOf(article);
        if (stored) {
            this.addShard(article, stored.part, stored.updatedAt);
            return;
        }
        // The export can repeat an article at a page boundary: the later copy wins.
        const previous = this.keyOf.get(article.id);
        if (previous !== undefined) {
            const list = (this.byKey.get(previous) ?? []).filter((a) => a.id !== article.id);
            if (list.length)
                this.byKey.set(previous, list);
            else
                this.byKey.delete(previous);
            this.keyOf.delete(article.id);
        }
        const perLocale = new Map();
        let key;
        const content = this.contentFor?.(article.id) ?? false;
        for (const t of translationsOf(article)) {
            const a = (0,_marker_js__WEBPACK_IMPORTED_MODULE_0__/* .analyzeBody */ .fc)(t.body, content);
            perLocale.set(t.locale.toLowerCase(), a);
            if (a.marker && (key === undefined || t.locale === article.source_locale))
                key = a.marker.key;
        }
        this.analyzed.set(article.id, perLocale);
        if (key !== undefined) {
            this.byKey.set(key, [...(this.byKey.get(key) ?? []), kept]);
            this.keyOf.set(article.id, key);
        }
    }
    /** How many of the articles added so far are the tool's own record: no article of the user's. */
    recordArticles() {
        return this.records.size;
    }
    addShard(article, part, updatedAt) {
        const owner = part.ns !== undefined ? `ns:${part.ns}` : part.root !== undefined ? `root:${part.root}` : undefined;
        if (owner === undefined)
            return;
        this.stateArticles.add(article.id);
        const label = (0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .shardLabel */ .$_)(part.shard);
        const shards = this.parts.get(owner) ?? new Map();
        this.parts.set(owner, shards);
        // Every article that holds this part is kept: two may (a race of two first publishes).
        // The export can repeat an article at a page boundary: the later copy wins.
        const copies = (shards.get(label) ?? []).filter((c) => c.held.article.id !== article.id);
        copies.push({
            held: { article, shard: part.shard, damaged: part.state === undefined },
            read: { shard: part.shard, state: part.state, updatedAt },
        });
        shards.set(label, copies);
    }
    build() {
        const states = new Map();
        const legacyStates = new Map();
        for (const [owner, copies] of this.parts) {
            const duplicates = [];
            const shards = new Map([...copies].map(([label, list]) => [label, keepOne(label, list, duplicates)]));
            const reads = [...shards.values()].map((s) => s.read);
            const named = reads.find((r) => r.state)?.state;
            // A record whose every part is damaged still names its namespace, so its articles are
            // rewritten rather than joined by new ones.
            const ns = owner.startsWith('ns:') ? owner.slice(3) : undefined;
            const root = named?.root ?? (ns === undefined ? owner.slice(5) : '.');
            const held = {
                state: (0,_state_shards_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeShards */ .Ox)(reads, root, ns),
                shards: new Map([...shards].map(([label, s]) => [label, s.held])),
                duplicates,
            };
            if (ns !== undefined)
                states.set(ns, held);
            else
                legacyStates.set(root, held);
        }
        return { byKey: this.byKey, analyzed: this.analyzed, states, legacyStates, stateArticles: this.stateArticles };
    }
}
/**
 * Of the articles that hold one part, the one kept: the oldest that reads, with the entries only
 * the others hold merged in (the kept one's win, then the older's). Notes the others in `duplicates`.
 */
function keepOne(label, copies, duplicates) {
    const ordered = [...copies].sort((a, b) => Number(a.held.damaged) - Number(b.held.damaged) || a.held.article.id - b.held.article.id);
    const kept = ordered[0];
    if (ordered.length === 1)
        return kept;
    const own = kept.read.state?.articles ?? {};
    const articles = { ...own };
    for (const copy of ordered.slice(1))
        for (const [key, entry] of Object.entries(copy.read.state?.articles ?? {}))
            articles[key] ??= entry;
    const oldest = ordered.every((c) => c.held.article.id >= kept.held.article.id);
    duplicates.push({
        label,
        kept: kept.held.article.id,
        extra: ordered.slice(1).map((c) => c.held.article.id),
        why: oldest ? 'the oldest' : 'the others cannot be read',
        added: Object.keys(articles).filter((k) => !(k in own)),
    });
    const state = kept.read.state ? { ...kept.read.state, articles } : undefined;
    return { held: kept.held, read: { ...kept.read, state } };
}
/** The record part in a state article (any translation), if the article is one. */
function stateOf(article) {
    if (!article.title.startsWith(_state_js__WEBPACK_IMPORTED_MODULE_2__/* .STATE_TITLE */ .L6) && !translationsOf(article).some((t) => t.title.startsWith(_state_js__WEBPACK_IMPORTED_MODULE_2__/* .STATE_TITLE */ .L6)))
        return undefined;
    let damaged;
    for (const t of translationsOf(article)) {
        const part = t.body?.includes(_state_js__WEBPACK_IMPORTED_MODULE_2__/* .STATE_CLASS */ .pm) ? (0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .parseStateShard */ .Ho)(t.body) : undefined;
        const updatedAt = t.updated_at > article.updated_at ? t.updated_at : article.updated_at;
        if (part?.state)
            return { part, updatedAt };
        damaged ??= part ? { part, updatedAt } : undefined;
    }
    return damaged;
}
/** Whether an article is one of the tool's state records: never an article of the docs. */
function isStateArticle(remote, articleId) {
    return remote.stateArticles.has(articleId);
}
/** The index of a snapshot that kept its bodies (a test's, made by hand). */
function indexRemote(snapshot) {
    const builder = new RemoteIndexBuilder();
    for (const article of snapshot.articles.values())
        builder.add(article);
    return builder.build();
}
/** The marker of an article's source translation, else of any translation. */
function markerOf(remote, article) {
    const perLocale = remote.analyzed.get(article.id);
    const source = perLocale?.get(article.source_locale?.toLowerCase() ?? '')?.marker;
    if (source)
        return source;
    for (const a of perLocale?.values() ?? [])
        if (a.marker)
            return a.marker;
    return undefined;
}
/** The key in the first marker found on any of an article's translations, if it has one. */
function markerKeyOf(remote, articleId) {
    for (const a of remote.analyzed.get(articleId)?.values() ?? [])
        if (a.marker)
            return a.marker.key;
    return undefined;
}
/** The URL of an existing article in a locale (its translation's own URL when it has one). */
function liveUrl(article, locale) {
    const t = translationsOf(article).find((x) => x.locale.toLowerCase() === locale);
    return t?.html_url ?? localeUrl(article.html_url, article.source_locale ?? article.locale, locale);
}
/** The live URL of an article in a locale (the source locale when that translation is missing). */
function localeUrl(htmlUrl, fromLocale, toLocale) {
    return htmlUrl.replace(`/hc/${fromLocale}/`, `/hc/${toLocale}/`);
}


/***/ }),

/***/ 2266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FW: () => (/* binding */ SHARD_BUDGET),
/* harmony export */   Fg: () => (/* binding */ ShardLayout),
/* harmony export */   Ox: () => (/* binding */ mergeShards),
/* harmony export */   _f: () => (/* binding */ planShardWrites),
/* harmony export */   jB: () => (/* binding */ partition)
/* harmony export */ });
/* unused harmony exports keyHash, splitShard, entriesIn */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3118);


/**
 * The most characters a shard's stored body may have: Zendesk keeps a translation's body to
 * about 1,000,000 characters, and this leaves it more than half of it as margin.
 */
const SHARD_BUDGET = 400_000;
/** The 32-bit hash of a file key that places it in a shard (md5: stable across Node versions and platforms). */
function keyHash(key) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5').update(key).digest().readUInt32BE(0);
}
function prefixOf(hash, depth) {
    return depth === 0 ? 0 : hash >>> (32 - depth);
}
/** Whether one shard's range holds the other's (or the same). */
function covers(outer, inner) {
    if (outer.depth === 0)
        return true;
    // A JavaScript shift counts modulo 32: a shift by 32 would leave the number as it is.
    return outer.depth <= inner.depth && Math.floor(inner.prefix / 2 ** (inner.depth - outer.depth)) === outer.prefix;
}
/** The shards a record is kept in, to look up which one holds a key: the deepest that covers it. */
class ShardLayout {
    byLabel = new Map();
    maxDepth = 0;
    constructor(shards = []) {
        for (const s of shards)
            this.add(s);
    }
    add(s) {
        this.byLabel.set((0,_state_js__WEBPACK_IMPORTED_MODULE_1__/* .shardLabel */ .$_)(s), s);
        this.maxDepth = Math.max(this.maxDepth, s.depth);
    }
    has(s) {
        return this.byLabel.has((0,_state_js__WEBPACK_IMPORTED_MODULE_1__/* .shardLabel */ .$_)(s));
    }
    get shards() {
        return [...this.byLabel.values()];
    }
    /** The deepest shard whose range holds the hash, if any does. */
    ownerOf(hash) {
        for (let d = this.maxDepth; d >= 0; d--) {
            const found = this.byLabel.get(`${d}/${prefixOf(hash, d)}`);
            if (found)
                return found;
        }
        return undefined;
    }
    /**
     * A new shard for a hash no shard covers (the first write, or a shard deleted in Guide): the
     * widest range that overlaps no existing shard, so it never takes keys another one holds.
     */
    gapFor(hash) {
        const shards = this.shards;
        for (let depth = 0; depth <= _state_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SHARD_DEPTH */ .U9; depth++) {
            const candidate = { depth, prefix: prefixOf(hash, depth) };
            if (!shards.some((s) => covers(s, candidate) || covers(candidate, s)))
                return candidate;
        }
        throw new Error('internal: no free shard range (the layout covers every key)');
    }
}
/** The two halves of a shard, one bit deeper. */
function splitShard(s) {
    if (s.depth >= _state_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SHARD_DEPTH */ .U9)
        throw new Error(`the state record does not fit in ${2 ** _state_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SHARD_DEPTH */ .U9} parts`);
    return [
        { depth: s.depth + 1, prefix: s.prefix * 2 },
        { depth: s.depth + 1, prefix: s.prefix * 2 + 1 },
    ];
}
/** The entries of a record that a shard's range holds. */
function entriesIn(articles, shard) {
    const out = {};
    for (const [key, entry] of Object.entries(articles))
        if (covers(shard, { depth: 32, prefix: keyHash(key) }))
            out[key] = entry;
    return out;
}
/** Groups a record's entries by the shard of the layout that holds each; keys no shard covers get a new one (added to the layout). */
function partition(articles, layout) {
    const out = new Map();
    for (const s of layout.shards)
        out.set((0,_state_js__WEBPACK_IMPORTED_MODULE_1__/* .shardLabel */ .$_)(s), {});
    for (const [key, entry] of Object.entries(articles)) {
        const hash = keyHash(key);
        let owner = layout.ownerOf(hash);
        if (!owner) {
            owner = layout.gapFor(hash);
            layout.add(owner);
            out.set((0,_state_js__WEBPACK_IMPORTED_MODULE_1__/* .shardLabel */ .$_)(owner), {});
        }
        out.get((0,_state_js__WEBPACK_IMPORTED_MODULE_1__/* .shardLabel */ .$_)(owner))[key] = entry;
    }
    return out;
}
/**
 * The record that shards make together: each key from the deepest shard covering it (a shallower
 * one left over from an interrupted split holds older copies), the commit of the newest shard.
 */
function mergeShards(shards, root, ns) {
    const layout = new ShardLayout(shards.map((s) => s.shard));
    const articles = {};
    let newest;
    for (const s of shards) {
        if (!s.state)
            continue;
        if (s.state.commit && (!newest || s.updatedAt > newest.updatedAt))
            newest = s;
        for (const [key, entry] of Object.entries(s.state.articles)) {
            const owner = layout.ownerOf(keyHash(key));
            if (owner && owner.depth === s.shard.depth && owner.prefix === s.shard.prefix)
                articles[key] = entry;
        }
    }
    const commit = newest?.state?.commit;
    return { v: 1, root, ...(ns !== undefined ? { ns } : {}), ...(commit ? { commit } : {}), articles };
}
/**
 * What to write after a run: each shard whose entries changed, split while its body (measured
 * by `size`) is over `budget`, and a new shard for keys no shard covers. New shards come first:
 * a run interrupted after creating them and before rewriting the shard they split from leaves
 * both, and the deeper ones win for their keys, so no entry is lost. A no-op writes nothing.
 */
function planShardWrites(options) {
    const held = new Map([...options.held].map((h) => [(0,_state_js__WEBPACK_IMPORTED_MODULE_1__/* .shardLabel */ .$_)(h.shard), h]));
    const layout = new ShardLayout([...held.values()].map((h) => h.shard));
    const before = partition(options.prev, new ShardLayout(layout.shards));
    const after = partition(options.next.articles, layout);
    const { articles: _all, ...meta } = options.next;
    const creates = [];
    const updates = [];
    const fit = (shard, articles, article) => {
        // An empty new half is left out: its keys, once there are some, make a shard of their own.
        if (article === undefined && Object.keys(articles).length === 0)
            return;
        const state = { ...meta, articles };
        if (options.size(state, shard) <= options.budget || shard.depth >= _state_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SHARD_DEPTH */ .U9) {
            (article === undefined ? creates : updates).push({ shard, state, article });
            return;
        }
        const [low, high] = splitShard(shard);
        fit(high, entriesIn(articles, high), undefined);
        fit(low, entriesIn(articles, low), article);
    };
    for (const [label, articles] of after) {
        const existing = held.get(label);
        if (existing && (0,_state_js__WEBPACK_IMPORTED_MODULE_1__/* .sameEntries */ .lq)(before.get(label) ?? {}, articles))
            continue;
        if (!existing && Object.keys(articles).length === 0)
            continue;
        fit(layout.shards.find((s) => (0,_state_js__WEBPACK_IMPORTED_MODULE_1__/* .shardLabel */ .$_)(s) === label), articles, existing?.article);
    }
    return [...creates, ...updates];
}


/***/ }),

/***/ 3118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ shardLabel),
/* harmony export */   Ho: () => (/* binding */ parseStateShard),
/* harmony export */   I$: () => (/* binding */ LEASE_TITLE),
/* harmony export */   L6: () => (/* binding */ STATE_TITLE),
/* harmony export */   SV: () => (/* binding */ LEASE_CLASS),
/* harmony export */   U9: () => (/* binding */ MAX_SHARD_DEPTH),
/* harmony export */   VK: () => (/* binding */ nextState),
/* harmony export */   W5: () => (/* binding */ ROOT_SHARD),
/* harmony export */   _A: () => (/* binding */ stateTitle),
/* harmony export */   lq: () => (/* binding */ sameEntries),
/* harmony export */   pm: () => (/* binding */ STATE_CLASS),
/* harmony export */   tL: () => (/* binding */ stateHtml),
/* harmony export */   yY: () => (/* binding */ sameState),
/* harmony export */   yx: () => (/* binding */ isRecordArticle)
/* harmony export */ });
/* unused harmony exports parseShardLabel, emptyState, parseState */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _html_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1552);


const ROOT_SHARD = { depth: 0, prefix: 0 };
/** Deeper than any help center needs (2^12 shards of 400 kB is 1.6 GB of record); bounds a damaged attribute. */
const MAX_SHARD_DEPTH = 12;
function shardLabel(s) {
    return `${s.depth}/${s.prefix}`;
}
function parseShardLabel(text) {
    const m = /^(\d{1,2})\/(\d{1,10})$/.exec(text ?? '');
    if (!m)
        return undefined;
    const depth = Number(m[1]);
    const prefix = Number(m[2]);
    if (depth > MAX_SHARD_DEPTH || prefix >= 2 ** depth)
        return undefined;
    return { depth, prefix };
}
const STATE_CLASS = 'zgp-state';
/**
 * A publish lease's claim (apply/lease.ts): a draft of the tool's own while a publish writes. Like
 * the record's parts it is never a user's article: not counted, not imported.
 */
const LEASE_TITLE = 'zendesk-guide-publisher lease';
const LEASE_CLASS = 'zgp-lease';
const STATE_TITLE = 'zendesk-guide-publisher state';
/**
 * Whether an article is the tool's own rather than one of the user's: (a part of) the record, or
 * a publish lease's claim. Known by the class in a body, or the title, never by there being one
 * record, so it holds however many articles the record takes. Such an article is never counted
 * as the user's, nor imported.
 */
function isRecordArticle(article) {
    const copies = [article, ...(article.translations ?? [])];
    return copies.some((t) => t.title?.startsWith(STATE_TITLE) ||
        t.title?.startsWith(LEASE_TITLE) ||
        (t.body?.includes(`class="${STATE_CLASS}`) ?? false) ||
        (t.body?.includes(`class="${LEASE_CLASS}`) ?? false));
}
function emptyState(root, ns) {
    return { v: 1, root, ...(ns !== undefined ? { ns } : {}), articles: {} };
}
/**
 * The state article's title for a docs root: what a Guide manager sees in the article list. A
 * part of the record other than the first (see state-shards.ts) names its range.
 */
function stateTitle(root, shard = ROOT_SHARD) {
    const part = shard.depth === 0 ? '' : `, part ${shardLabel(shard)}`;
    return `${STATE_TITLE} (${root}${part}): do not edit or delete`;
}
/**
 * The state article's body: a notice for people, the record for the tool (compressed JSON,
 * base64, in lines, so Guide's HTML reformatting has nothing to rewrite in it). A shard other
 * than the whole record says which in `data-zgp-shard`, outside the compressed part, so a
 * damaged payload still tells which keys it held.
 */
function stateHtml(state, shard = ROOT_SHARD) {
    const packed = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.deflateRawSync)(Buffer.from(JSON.stringify(state))).toString('base64');
    const lines = packed.match(/.{1,76}/g) ?? [];
    const attrs = [
        `data-zgp-root="${(0,_html_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeAttr */ .d)(state.root)}"`,
        ...(state.ns !== undefined ? [`data-zgp-ns="${(0,_html_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeAttr */ .d)(state.ns)}"`] : []),
        ...(shard.depth > 0 ? [`data-zgp-shard="${shardLabel(shard)}"`] : []),
    ];
    return [
        '<p>This draft is how zendesk-guide-publisher knows which article each Markdown file is and what it last published. ',
        'Editing, moving or deleting it does not lose articles, but makes the next publish slower to recognise renamed files.</p>',
        `<pre class="${STATE_CLASS}" ${attrs.join(' ')}>${lines.join('\n')}</pre>`,
    ].join('');
}
const STATE_PRE = new RegExp(`<pre([^>]*class="[^"]*\\b${STATE_CLASS}\\b[^"]*"[^>]*)>([\\s\\S]*?)</pre>`);
const attr = (tag, name) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const unescape = (s) => s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
function parseStateShard(html) {
    const m = STATE_PRE.exec(html ?? '');
    if (!m)
        return undefined;
    const tag = m[1];
    const label = attr(tag, 'data-zgp-shard');
    const shard = label === undefined ? ROOT_SHARD : parseShardLabel(label);
    if (!shard)
        return undefined;
    const state = decode(m[2]);
    const ns = attr(tag, 'data-zgp-ns');
    const root = attr(tag, 'data-zgp-root');
    return {
        shard,
        ns: state ? state.ns : ns === undefined ? undefined : unescape(ns),
        root: state ? state.root : root === undefined ? undefined : unescape(root),
        state,
    };
}
/** The record in a stored body, or undefined when the body holds none (or a damaged one). */
function parseState(html) {
    return parseStateShard(html)?.state;
}
function decode(payload) {
    try {
        const json = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.inflateRawSync)(Buffer.from(payload.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64')).toString('utf8');
        const data = JSON.parse(json);
        if (data.v !== 1 || typeof data.root !== 'string' || typeof data.articles !== 'object' || data.articles === null)
            return undefined;
        const articles = {};
        for (const [key, e] of Object.entries(data.articles)) {
            if (typeof e?.id === 'number' && e.t && typeof e.t === 'object')
                articles[key] = { id: e.id, t: { ...e.t }, ...(e.s ? { s: e.s } : {}) };
        }
        const ns = typeof data.ns === 'string' && data.ns !== '' ? { ns: data.ns } : {};
        return { v: 1, root: data.root, ...ns, ...(typeof data.commit === 'string' ? { commit: data.commit } : {}), articles };
    }
    catch {
        return undefined;
    }
}
/** Whether two records say the same (the commit aside: a no-op publish must not write). */
function sameState(a, b) {
    if (!a)
        return Object.keys(b.articles).length === 0;
    return sameEntries(a.articles, b.articles);
}
/** Whether two sets of entries say the same (ids, published hashes, source fingerprints). */
function sameEntries(a, b) {
    const keys = Object.keys(b);
    if (keys.length !== Object.keys(a).length)
        return false;
    return keys.every((k) => {
        const x = a[k];
        const y = b[k];
        if (!x || x.id !== y.id || x.s !== y.s)
            return false;
        const locales = Object.keys(y.t);
        return locales.length === Object.keys(x.t).length && locales.every((l) => x.t[l] === y.t[l]);
    });
}
/**
 * The record after a run: the previous one, with each planned article's id and what Zendesk now
 * holds that this tool published (what apply wrote, else what the plan found unchanged, else
 * what was published before, so a skipped Guide edit stays drift). Moved files take their entry
 * along; archived articles leave the record. Files that were not planned (unreadable) keep theirs.
 */
function nextState(prev, root, plan, outcomes, ns) {
    const articles = { ...(prev?.articles ?? {}) };
    for (const a of plan.articles) {
        const outcome = outcomes?.get(a.key);
        if (a.action === 'archive') {
            if (outcome?.status === 'archived') {
                for (const [key, e] of Object.entries(articles))
                    if (e.id === a.articleId)
                        delete articles[key];
            }
            continue;
        }
        const id = outcome?.articleId ?? a.articleId;
        if (!a.file || id === undefined)
            continue;
        if (a.unrecorded && !articles[a.key])
            continue;
        const before = articles[a.key] ?? (a.movedFrom !== undefined ? articles[a.movedFrom] : undefined);
        if (a.movedFrom !== undefined && articles[a.movedFrom]?.id === id)
            delete articles[a.movedFrom];
        const t = {
            ...(before?.id === id ? before.t : {}),
            ...(a.record?.hashes ?? {}),
            ...(outcome?.published ?? {}),
        };
        const sourceWritten = outcome?.published?.[a.sourceLocale] !== undefined;
        const s = sourceWritten ? a.sourceFingerprint : (a.record?.fingerprint ?? (before?.id === id ? before.s : undefined));
        articles[a.key] = { id, t, ...(s ? { s } : {}) };
    }
    return { v: 1, root, ...(ns !== undefined ? { ns } : {}), ...(prev?.commit ? { commit: prev.commit } : {}), articles };
}


/***/ }),

/***/ 4908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ fetchArticles),
  b: () => (/* binding */ fetchSnapshot)
});

// EXTERNAL MODULE: ./src/remote/errors.ts + 1 modules
var errors = __webpack_require__(4778);
// EXTERNAL MODULE: ./src/remote/client.ts + 4 modules
var remote_client = __webpack_require__(6640);
// EXTERNAL MODULE: ./src/remote/types.ts
var types = __webpack_require__(4499);
;// CONCATENATED MODULE: ./src/remote/section-read.ts



/** The export handed back a full page of one second: it cannot go on, so the caller lists instead. */
class ExportStuck extends Error {
}
const seconds = (iso) => Math.floor(Date.parse(iso) / 1000);
/** What the newest changes say about the help center, to tell whether it changed while being read. */
const fingerprint = (page) => `${page.count ?? ''}|${page.articles.map((a) => `${a.id}@${a.updated_at}@${(a.translations ?? []).map((t) => t.updated_at).join(',')}`).join(';')}`;
/** The export's side: pages from the oldest change, each checked for the order the sections rely on. */
class ExportSide {
    client;
    take;
    pages = 1;
    end;
    next;
    orderly = true;
    stuck = false;
    articles = new Map();
    constructor(client, first, take) {
        this.client = client;
        this.take = take;
        this.end = first.end_time;
        this.next = first.articles.length ? first.next_page : null;
        this.check(first, 0);
        this.keep(first);
    }
    check(page, previousEnd) {
        let last = previousEnd;
        for (const a of page.articles) {
            const t = seconds(a.updated_at);
            if (t < last)
                this.orderly = false;
            last = t;
        }
        if (page.articles.length && page.end_time !== last)
            this.orderly = false;
    }
    keep(page) {
        for (const a of page.articles) {
            // One bodiless copy, shared by both maps: 40,000 articles are not copied twice.
            const stored = (0,types/* withoutBodies */.Z)(a);
            this.articles.set(a.id, stored);
            this.take(a, stored);
        }
    }
    /** One more page; false when there is none, or (`wait` false) when the export's limit is reached. */
    async read(wait) {
        if (!this.next || this.stuck)
            return false;
        let page;
        try {
            page = await this.client.exportArticles(this.next, !wait);
        }
        catch (error) {
            if (!wait && error instanceof errors/* ZendeskApiError */.Z_ && error.status === 429)
                return false;
            throw error;
        }
        this.pages++;
        const before = this.end;
        this.check(page, before);
        this.keep(page);
        const next = page.next_page ? Number(new URL(page.next_page).searchParams.get('start_time')) : undefined;
        this.end = page.end_time;
        this.next = page.articles.length ? page.next_page : null;
        // A full page of one second would point at itself: the sections have to cover it.
        if (next !== undefined && (!Number.isFinite(next) || next <= before))
            this.stuck = true;
        return true;
    }
}
/**
 * Reads every article: the incremental export from the oldest change, 1,000 a page, as long as
 * its own limit (10 requests a minute) lets it go on without waiting; then, when articles are
 * left, the rest from the sections' lists, newest change first (a section holds at most 5,000
 * articles, within offset pagination's 10,000 records), every section at once under the
 * account's main limit. Each section is read until its page reaches changes older than the
 * export's `end_time`: the export holds every article changed before it, so every article is in
 * one of the two, with its translations as they were when it was read (an edit to one
 * translation is seen as well as by the export alone).
 *
 * An article changed, created, moved or archived during the read moves in the lists (an
 * archived one shifts the next pages up by one, so offset pagination would skip one). Any of
 * these puts an article at the top of the help center's newest changes, or changes their count,
 * so those are read before the sections and again after: when they differ, the export is read
 * to its end instead, as if alone (the answer then holds what the export holds).
 */
async function readArticles(client, logger, first, onArticle, sections) {
    const seen = new Map();
    const take = (a, stored = (0,types/* withoutBodies */.Z)(a)) => {
        seen.set(a.id, stored);
        onArticle(a, stored);
    };
    const exp = new ExportSide(client, first, take);
    while (await exp.read(false))
        ;
    let listPages = 0;
    let outcome = 'export';
    if (exp.next || exp.stuck) {
        const read = await readSections(client, await sections(), exp.end, take);
        listPages = read.pages;
        outcome = read.consistent && exp.orderly ? 'sections' : 'changed';
    }
    if (outcome === 'changed') {
        logger.debug('the help center changed while it was read (or answered out of order): reading the export to its end');
        while (await exp.read(true))
            ;
        if (exp.stuck)
            throw new ExportStuck(`the incremental export returned a full page of articles changed in the same second (${exp.end})`);
    }
    // When the export was read to its end, it alone says which articles exist (as when read
    // alone); each keeps the copy read last, the newest.
    const articles = outcome === 'changed' ? new Map([...exp.articles.keys()].map((id) => [id, seen.get(id)])) : seen;
    const endTime = [...articles.values()].reduce((max, a) => Math.max(max, seconds(a.updated_at)), first.end_time);
    logger.debug(`articles read: ${exp.pages} export pages, ${listPages} list pages (${outcome})`);
    return { articles, endTime, exportPages: exp.pages, listPages, outcome };
}
/**
 * Every section's articles changed at or after `from`, newest first, all sections at once (the
 * transport bounds the requests in flight), between two reads of the help center's newest
 * changes. `consistent` is false when those differ, a section's count changed between its pages,
 * or a list was not in the order relied on.
 */
async function readSections(client, sections, from, take) {
    let pages = 0;
    let consistent = true;
    const newest = async () => {
        const page = await client.recentlyChanged(1);
        pages++;
        // Only what the check needs stays: the bodies are not kept.
        return fingerprint(page);
    };
    const before = await newest();
    const readSection = async (section) => {
        let count;
        let previous = Number.POSITIVE_INFINITY;
        for (let number = 1;; number++) {
            if (number * remote_client/* NEWEST_PER_PAGE */.z2 > remote_client/* OFFSET_RECORDS_LIMIT */.He) {
                // More than a section may hold (5,000): the export has to read the rest.
                consistent = false;
                return;
            }
            const page = await client.sectionArticlesByChange(section.id, number);
            pages++;
            count ??= page.count;
            if (page.count !== count)
                consistent = false;
            for (const a of page.articles) {
                const t = seconds(a.updated_at);
                if (t > previous)
                    consistent = false;
                previous = t;
                take(a);
            }
            if (!page.next_page || page.articles.length < remote_client/* NEWEST_PER_PAGE */.z2 || previous < from)
                return;
        }
    };
    await Promise.all(sections.map(readSection));
    if ((await newest()) !== before)
        consistent = false;
    return { pages, consistent };
}

;// CONCATENATED MODULE: ./src/remote/snapshot.ts



/**
 * Reads all articles through the incremental export from time 0: up to 1,000 a page with
 * translations embedded, so a help center of thousands of articles costs a few requests. Items
 * that repeat at page boundaries are de-duplicated by id. A full page whose items share one
 * timestamp would hand back the same start_time forever, so that case (and an account that may
 * not use the export) falls back to the paginated list.
 */
async function fetchArticles(client, logger, 
/**
 * Called for each article as its page arrives (a repeat at a page boundary comes again), with
 * the bodiless copy the snapshot keeps: whoever keeps the article too keeps that one.
 */
onArticle = () => undefined, 
/**
 * `startTime`: only articles changed at or after it (the import's `--since`); `onPage`: called
 * after each page's articles with its `end_time`, where a later export can start;
 * `sections`: when the export would wait for its limit, read the rest from these sections'
 * lists instead (see `readArticles`). Not with `startTime` or `onPage`, which need the
 * export's order.
 */
from = {}) {
    const articles = new Map();
    let startTime = from.startTime ?? 0;
    const since = startTime;
    let page;
    try {
        page = await client.exportArticles(startTime);
    }
    catch (error) {
        if (error instanceof errors/* ZendeskApiError */.Z_ && (error.status === 403 || error.status === 404)) {
            logger.warning(`the incremental article export is not available to these credentials (${error.status}); listing articles page by page instead`);
            return { ...(await listFallback(client, onArticle, since, from.onPage)), articlesVia: 'list' };
        }
        throw error;
    }
    const firstNext = page.next_page ? Number(new URL(page.next_page).searchParams.get('start_time')) : undefined;
    if (from.sections && since === 0 && !from.onPage && firstNext !== undefined && firstNext > 0 && page.articles.length > 0) {
        try {
            const read = await readArticles(client, logger, page, onArticle, from.sections);
            return { articles: read.articles, articlesVia: read.listPages ? 'export and sections' : 'incremental-export', endTime: read.endTime };
        }
        catch (error) {
            if (!(error instanceof ExportStuck))
                throw error;
            logger.warning(`${error.message}; listing articles page by page instead`);
            return { ...(await listFallback(client, onArticle, since, from.onPage)), articlesVia: 'list' };
        }
    }
    for (;;) {
        for (const a of page.articles) {
            const stored = (0,types/* withoutBodies */.Z)(a);
            articles.set(a.id, stored);
            onArticle(a, stored);
        }
        from.onPage?.(page.end_time);
        if (!page.next_page || page.articles.length === 0)
            break;
        const next = Number(new URL(page.next_page).searchParams.get('start_time'));
        if (!Number.isFinite(next) || next <= startTime) {
            logger.warning(`the incremental export returned a full page of articles changed in the same second (${startTime}); listing articles page by page instead`);
            return { ...(await listFallback(client, onArticle, since, from.onPage)), articlesVia: 'list' };
        }
        startTime = next;
        page = await client.exportArticles(page.next_page);
    }
    return { articles, articlesVia: 'incremental-export', endTime: Math.max(page.end_time, since) };
}
/** The paginated list, kept to what changed since `since` (the export's rule), with the newest change as its end time. */
async function listFallback(client, onArticle, since, onPage) {
    const changedAt = (a) => Math.floor(Date.parse(a.updated_at) / 1000);
    const list = (await client.listArticles()).filter((a) => since === 0 || changedAt(a) >= since);
    const articles = new Map();
    for (const a of list) {
        const stored = (0,types/* withoutBodies */.Z)(a);
        articles.set(a.id, stored);
        onArticle(a, stored);
    }
    const endTime = list.reduce((max, a) => Math.max(max, changedAt(a)), since);
    onPage?.(endTime);
    return { articles, endTime };
}
/**
 * A list only Help Center managers may read (the reference's "Allowed for: Help Center
 * managers"): a 403 is a missing right, said once, not a failed run.
 */
async function managerList(request, what) {
    try {
        return { list: await request };
    }
    catch (error) {
        if (error instanceof errors/* ZendeskApiError */.Z_ && error.status === 403)
            return { list: [], refused: `${what} answered 403: these credentials lack the Help Center manager right (Guide admin) it needs` };
        throw error;
    }
}
/**
 * The structure lookups and the articles, fetched concurrently: one picture per run. Categories
 * are only needed to tell apart sections that share a name (`Category / Section`), so they are
 * fetched only when `needCategories` says the section names in use call for it.
 */
async function fetchSnapshot(client, logger, needCategories = () => true, onArticle, 
/**
 * Sections and categories as code (known once the config file is read): both lists, with
 * their translations, in the same number of requests.
 */
structure = () => false, 
/** Called with the help center's default locale as soon as it is known, long before the articles. */
onDefaultLocale) {
    const withStructure = Promise.resolve(structure());
    const categoriesEarly = withStructure.then((yes) => (yes ? client.listCategories(true) : undefined));
    categoriesEarly.catch(() => undefined);
    const localesRead = client.listLocales();
    if (onDefaultLocale)
        localesRead.then((l) => onDefaultLocale(l.default_locale.toLowerCase()), () => undefined);
    const sectionsRead = withStructure.then((yes) => client.listSections(yes));
    sectionsRead.catch(() => undefined);
    const [locales, sections, groups, segments, articles] = await Promise.all([
        localesRead,
        sectionsRead,
        managerList(client.listPermissionGroups(), 'GET /api/v2/guide/permission_groups'),
        managerList(client.listUserSegments(), 'GET /api/v2/help_center/user_segments'),
        fetchArticles(client, logger, onArticle, { sections: () => sectionsRead }),
    ]);
    const early = await categoriesEarly;
    const categories = early ?? ((await needCategories(sections)) ? await client.listCategories() : []);
    const unreadable = {
        ...(groups.refused ? { permissionGroups: groups.refused } : {}),
        ...(segments.refused ? { userSegments: segments.refused } : {}),
    };
    for (const why of Object.values(unreadable))
        logger.warning(`${why}: names cannot be resolved, ids in front matter still work`);
    const permissionGroups = groups.list;
    const userSegments = segments.list;
    return {
        ...(Object.keys(unreadable).length ? { unreadable } : {}),
        locales: locales.locales.map((l) => l.toLowerCase()),
        defaultLocale: locales.default_locale.toLowerCase(),
        categories,
        sections,
        permissionGroups,
        userSegments,
        ...articles,
    };
}


/***/ }),

/***/ 4499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ withoutBodies)
/* harmony export */ });
/** The article without its bodies, for a snapshot to keep. */
function withoutBodies(article) {
    const { body: _body, translations, ...rest } = article;
    return translations ? { ...rest, translations: translations.map(({ body: _b, ...t }) => t) } : rest;
}


/***/ })

};
