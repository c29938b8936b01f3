export const id = 315;
export const ids = [315];
export const modules = {

/***/ 7696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ commandLogger),
/* harmony export */   QU: () => (/* binding */ maskSecrets),
/* harmony export */   dc: () => (/* binding */ checkOutputFlags)
/* harmony export */ });
/* harmony import */ var _terminal_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1340);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1794);


/**
 * `--json -` prints the report; anything else starting with `-` is a flag that took its place.
 * `example` names the file the hint suggests, after the command's report.
 */
function checkOutputFlags(flags, example = 'report.json') {
    if (flags.json !== undefined && flags.json !== '-' && (flags.json === '' || flags.json.startsWith('-'))) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`--json needs a file name, or - for standard output (got "${flags.json}")`);
    }
    if (flags.json === '-' && flags.markdown) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`--json - and --markdown both print to standard output: write the JSON to a file (--json ${example})`);
    }
}
/** The log of a command: on standard error, live and coloured in a terminal, plain otherwise. */
function commandLogger(flags, ctx) {
    return (0,_terminal_js__WEBPACK_IMPORTED_MODULE_1__/* .createTerminalLogger */ .nH)({
        stream: ctx.stderr,
        rich: (0,_terminal_js__WEBPACK_IMPORTED_MODULE_1__/* .isRichTerminal */ .Jn)(ctx.stderr, ctx.env),
        verbose: flags.verbose ?? false,
        quiet: flags.quiet ?? false,
    });
}
/** Every secret among the settings is masked in whatever the log prints. */
function maskSecrets(raw, logger) {
    for (const secret of [raw.oauthClientSecret, raw.oauthToken, raw.apiToken])
        if (secret)
            logger.setSecret(secret);
}


/***/ }),

/***/ 532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ checkLocalSettings)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4533);
/* harmony import */ var _shared_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7540);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2283);





const toPosix = (p) => p.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
async function statOf(p) {
    return node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().stat(p).catch(() => undefined);
}
async function isEmptyFolder(p) {
    return node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readdir(p).then((entries) => entries.length === 0, () => false);
}
/**
 * Checks that the repository, the docs folder and a named config file are where the settings
 * say, before the pipeline sends its first request: a typo in a path is a settings error (exit
 * 2, one clear message naming the flag or input), not a raw ENOENT or a finding that arrives
 * after the help center was read. The config file found by default (`<docs>/zendesk-guide.yml`)
 * is optional and not checked here.
 */
async function checkLocalSettings(config, names = _names_js__WEBPACK_IMPORTED_MODULE_4__/* .ACTION_NAMES */ .G) {
    const repo = await statOf(config.repoRoot);
    if (!repo)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${names.repo} "${config.repoRoot}": no such folder`);
    if (!repo.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${names.repo} "${config.repoRoot}" is not a folder`);
    const realRepo = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().realpath(config.repoRoot);
    const rel = (abs) => toPosix(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(config.repoRoot, abs)) || '.';
    // The commonest cause of a missing docs folder in a workflow is a job without a checkout step.
    const emptyRepo = async () => (await isEmptyFolder(config.repoRoot)) ? `; ${config.repoRoot} is empty: is the repository checked out?` : '';
    const docs = await statOf(config.docsRoot);
    if (!docs) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${names.path} "${rel(config.docsRoot)}": no such folder in the repository (${config.repoRoot})${await emptyRepo()}`);
    }
    if (!docs.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${names.path} "${rel(config.docsRoot)}" is not a folder`);
    await refuseOutside(config.docsRoot, realRepo, `${names.path} "${rel(config.docsRoot)}"`);
    if (config.configFile) {
        const file = await statOf(config.configFile);
        if (!file) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${names.configFile} "${rel(config.configFile)}": no such file in the repository (${config.repoRoot}; the path is relative to it)`);
        }
        if (!file.isFile())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${names.configFile} "${rel(config.configFile)}" is not a file`);
        await refuseOutside(config.configFile, realRepo, `${names.configFile} "${rel(config.configFile)}"`);
    }
}
/** A path inside the repository can still be a symbolic link to elsewhere; nothing outside is read. */
async function refuseOutside(abs, realRepo, what) {
    const real = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().realpath(abs);
    if (!(0,_shared_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .F)(realRepo, real))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${what} is a link to ${real}, outside the repository; refusing to read it`);
}


/***/ }),

/***/ 5238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eZ: () => (/* binding */ contentDigest),
/* harmony export */   iw: () => (/* binding */ contentForm),
/* harmony export */   sT: () => (/* binding */ articleLinkOf)
/* harmony export */ });
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6641);

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

/***/ 3449:
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

/***/ 7870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ provenanceHtml),
/* harmony export */   H3: () => (/* binding */ PROVENANCE_CLASS),
/* harmony export */   eA: () => (/* binding */ MARKER_CLASS),
/* harmony export */   fc: () => (/* binding */ analyzeBody),
/* harmony export */   kM: () => (/* binding */ markerHtml)
/* harmony export */ });
/* harmony import */ var hast_util_to_html__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8038);
/* harmony import */ var _html_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3449);
/* harmony import */ var _content_form_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5238);
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6641);




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

/***/ 6641:
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
// EXTERNAL MODULE: ../../main/node_modules/htmlparser2/dist/esm/index.js + 28 modules
var esm = __webpack_require__(6860);
// EXTERNAL MODULE: ./src/plan/html-escape.ts
var html_escape = __webpack_require__(3449);
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

/***/ 3847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ localeUrl),
/* harmony export */   EX: () => (/* binding */ isStateArticle),
/* harmony export */   Vn: () => (/* binding */ markerKeyOf),
/* harmony export */   eY: () => (/* binding */ translationsOf),
/* harmony export */   ew: () => (/* binding */ liveUrl),
/* harmony export */   qE: () => (/* binding */ dropBodies),
/* harmony export */   tW: () => (/* binding */ indexRemote),
/* harmony export */   w9: () => (/* binding */ RemoteIndexBuilder),
/* harmony export */   we: () => (/* binding */ markerOf)
/* harmony export */ });
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7870);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(175);


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
            body: article.body,
            draft: article.draft,
            updated_at: article.updated_at,
            html_url: article.html_url,
        },
    ];
}
/** Lets go of an article's stored bodies once they are indexed or spooled: 40,000 held to the end show in the peak RSS. */
function dropBodies(article) {
    article.body = null;
    for (const t of article.translations ?? [])
        t.body = null;
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
    states = new Map();
    legacyStates = new Map();
    /** `contentFor`: the articles whose markerless bodies are compared by content (the imported ones). */
    constructor(contentFor) {
        this.contentFor = contentFor;
    }
    add(article) {
        const state = stateOf(article);
        if (state) {
            // The oldest record wins should there be two (a race of two first publishes).
            const [map, id] = state.ns !== undefined ? [this.states, state.ns] : [this.legacyStates, state.root];
            const known = map.get(id);
            if (!known || known.article.id === article.id || article.id < known.article.id)
                map.set(id, { article, state });
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
            this.byKey.set(key, [...(this.byKey.get(key) ?? []), article]);
            this.keyOf.set(article.id, key);
        }
    }
    build() {
        return { byKey: this.byKey, analyzed: this.analyzed, states: this.states, legacyStates: this.legacyStates };
    }
}
/** The record in a state article (its source translation), if the article is one. */
function stateOf(article) {
    if (!article.title.startsWith(_state_js__WEBPACK_IMPORTED_MODULE_1__/* .STATE_TITLE */ .L6) && !translationsOf(article).some((t) => t.title.startsWith(_state_js__WEBPACK_IMPORTED_MODULE_1__/* .STATE_TITLE */ .L6)))
        return undefined;
    for (const t of translationsOf(article)) {
        const state = t.body?.includes(_state_js__WEBPACK_IMPORTED_MODULE_1__/* .STATE_CLASS */ .pm) ? (0,_state_js__WEBPACK_IMPORTED_MODULE_1__/* .parseState */ .Bu)(t.body) : undefined;
        if (state)
            return state;
    }
    return undefined;
}
/** Whether an article is one of the tool's state records: never an article of the docs. */
function isStateArticle(remote, articleId) {
    for (const { article } of remote.states.values())
        if (article.id === articleId)
            return true;
    for (const { article } of remote.legacyStates.values())
        if (article.id === articleId)
            return true;
    return false;
}
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

/***/ 175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ parseState),
/* harmony export */   L6: () => (/* binding */ STATE_TITLE),
/* harmony export */   VK: () => (/* binding */ nextState),
/* harmony export */   _A: () => (/* binding */ stateTitle),
/* harmony export */   pm: () => (/* binding */ STATE_CLASS),
/* harmony export */   tL: () => (/* binding */ stateHtml),
/* harmony export */   yY: () => (/* binding */ sameState)
/* harmony export */ });
/* unused harmony export emptyState */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _html_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3449);


const STATE_CLASS = 'zgp-state';
const STATE_TITLE = 'zendesk-guide-publisher state';
function emptyState(root, ns) {
    return { v: 1, root, ...(ns !== undefined ? { ns } : {}), articles: {} };
}
/** The state article's title for a docs root: what a Guide manager sees in the article list. */
function stateTitle(root) {
    return `${STATE_TITLE} (${root}): do not edit or delete`;
}
/**
 * The state article's body: a notice for people, the record for the tool (compressed JSON,
 * base64, in lines, so Guide's HTML reformatting has nothing to rewrite in it).
 */
function stateHtml(state) {
    const packed = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.deflateRawSync)(Buffer.from(JSON.stringify(state))).toString('base64');
    const lines = packed.match(/.{1,76}/g) ?? [];
    return [
        '<p>This draft is how zendesk-guide-publisher knows which article each Markdown file is and what it last published. ',
        'Editing, moving or deleting it does not lose articles, but makes the next publish slower to recognise renamed files.</p>',
        `<pre class="${STATE_CLASS}" data-zgp-root="${(0,_html_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeAttr */ .d)(state.root)}"${state.ns !== undefined ? ` data-zgp-ns="${(0,_html_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeAttr */ .d)(state.ns)}"` : ''}>${lines.join('\n')}</pre>`,
    ].join('');
}
const STATE_PRE = new RegExp(`<pre[^>]*class="[^"]*\\b${STATE_CLASS}\\b[^"]*"[^>]*>([\\s\\S]*?)</pre>`);
/** The record in a stored body, or undefined when the body holds none (or a damaged one). */
function parseState(html) {
    const m = STATE_PRE.exec(html ?? '');
    if (!m)
        return undefined;
    try {
        const json = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.inflateRawSync)(Buffer.from(m[1].replace(/[^A-Za-z0-9+/=]/g, ''), 'base64')).toString('utf8');
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
    const keys = Object.keys(b.articles);
    if (keys.length !== Object.keys(a.articles).length)
        return false;
    return keys.every((k) => {
        const x = a.articles[k];
        const y = b.articles[k];
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

/***/ 280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z2: () => (/* binding */ NEWEST_PER_PAGE),
  He: () => (/* binding */ OFFSET_RECORDS_LIMIT),
  nr: () => (/* binding */ SHOW_MANY_USERS),
  g9: () => (/* binding */ ZendeskClient),
  zj: () => (/* binding */ newArticle)
});

// UNUSED EXPORTS: STRUCTURE_HINTS

// EXTERNAL MODULE: ./src/remote/errors.ts + 1 modules
var errors = __webpack_require__(1738);
;// CONCATENATED MODULE: ./src/remote/auth.ts

const TOKEN_PATH = '/oauth/tokens';
/**
 * Worded for both the action and the CLI, whose names for the same setting differ
 * (`zendesk-oauth-client-id` and `--zendesk-oauth-client-id` / `ZENDESK_OAUTH_CLIENT_ID`).
 */
const TOKEN_HINTS = {
    401: 'check the OAuth client id and secret; the client must be a Confidential client in Admin Center, allowed the "read write" scope',
};
/**
 * Produces the Authorization header. For OAuth client credentials it exchanges the client for
 * a token on first use and again (once per failure) when Zendesk answers 401, because a token
 * can expire during a long run. Every derived credential is registered as a secret.
 */
class AuthProvider {
    baseUrl;
    auth;
    logger;
    post;
    header;
    pending;
    generation = 0;
    constructor(baseUrl, auth, logger, 
    /** The token exchange is safe to repeat, so it is sent like any idempotent request. */
    post) {
        this.baseUrl = baseUrl;
        this.auth = auth;
        this.logger = logger;
        this.post = post;
        if (auth?.kind === 'oauth-client') {
            logger.setSecret(auth.clientSecret);
        }
        else if (auth?.kind === 'oauth-token') {
            logger.setSecret(auth.token);
            this.header = `Bearer ${auth.token}`;
        }
        else if (auth?.kind === 'api-token') {
            logger.setSecret(auth.token);
            const basic = Buffer.from(`${auth.email}/token:${auth.token}`).toString('base64');
            logger.setSecret(basic);
            this.header = `Basic ${basic}`;
        }
    }
    get canRefresh() {
        return this.auth?.kind === 'oauth-client';
    }
    /** The header and the token generation it belongs to (so a 401 refreshes only once). */
    async get() {
        if (this.header || !this.auth)
            return { header: this.header, generation: this.generation };
        return { header: await this.fetchToken(), generation: this.generation };
    }
    /** Called after a 401: gets a new token unless another request already did. */
    async refresh(failedGeneration) {
        if (!this.canRefresh)
            return;
        if (failedGeneration !== this.generation)
            return;
        this.header = undefined;
        await this.fetchToken();
    }
    fetchToken() {
        if (this.pending)
            return this.pending;
        const auth = this.auth;
        this.pending = (async () => {
            const body = (await this.post(TOKEN_PATH, { grant_type: 'client_credentials', client_id: auth.clientId, client_secret: auth.clientSecret, scope: 'read write' }, TOKEN_HINTS));
            if (typeof body?.access_token !== 'string' || body.access_token === '') {
                const url = new URL(TOKEN_PATH, this.baseUrl);
                throw new errors/* RemoteError */.Hi('POST', url, `${(0,errors/* describeRequest */.Ng)('POST', url)} answered without an access_token`);
            }
            this.logger.setSecret(body.access_token);
            this.header = `Bearer ${body.access_token}`;
            this.generation++;
            return this.header;
        })().finally(() => {
            this.pending = undefined;
        });
        return this.pending;
    }
}

;// CONCATENATED MODULE: ./src/remote/pacer.ts
/**
 * Keeps a run just under Zendesk's per-minute limit instead of bouncing off it. Zendesk counts
 * requests per window and says how many are left (`X-Rate-Limit-Remaining`) but not when the
 * window resets; only a 429's `Retry-After` tells that. So: spend the budget at full speed
 * while plenty is left, send one request at a time once it runs low (so at most one request
 * meets the 429, not a whole batch), and on a 429 pause everyone for `Retry-After`.
 */
class Pacer {
    options;
    remaining;
    pausedUntil = 0;
    inFlight = 0;
    waiters = [];
    constructor(options) {
        this.options = options;
    }
    now() {
        return (this.options.now ?? Date.now)();
    }
    sleep(ms) {
        return (this.options.sleep ?? ((t) => new Promise((r) => setTimeout(r, t))))(ms);
    }
    get low() {
        return this.remaining !== undefined && this.remaining <= this.options.reserve;
    }
    /** Waits until a request may be sent; pair with `release()` once its answer is in. */
    async acquire() {
        for (;;) {
            const now = this.now();
            if (now < this.pausedUntil) {
                await this.sleep(this.pausedUntil - now);
                continue;
            }
            if (this.low && this.inFlight > 0) {
                await new Promise((resolve) => this.waiters.push(resolve));
                continue;
            }
            this.inFlight++;
            if (this.remaining !== undefined)
                this.remaining--;
            return;
        }
    }
    release() {
        this.inFlight--;
        const waiters = this.waiters;
        this.waiters = [];
        for (const w of waiters)
            w();
    }
    /** Reads the rate-limit headers of an answer. */
    observe(headers) {
        const remaining = Number(headers.get('x-rate-limit-remaining'));
        if (headers.has('x-rate-limit-remaining') && Number.isFinite(remaining))
            this.remaining = remaining;
    }
    /** After a 429: everyone waits `retryAfterS` (at least one second), then the budget is fresh. */
    pause(retryAfterS) {
        const until = this.now() + Math.max(1, retryAfterS) * 1000;
        this.pausedUntil = Math.max(this.pausedUntil, until);
        this.remaining = undefined;
    }
}

// EXTERNAL MODULE: ./src/remote/slots.ts
var slots = __webpack_require__(9450);
;// CONCATENATED MODULE: ./src/remote/http.ts




/**
 * How many retries a run may still spend: `initial` at the start; every `successesPerRetry`
 * requests that succeed at the first attempt earn one back, never more than `initial` in hand.
 * A flaky network costs a few and earns them back; Zendesk down spends them all within
 * seconds, and from then on each failure fails at once instead of after a minute of backoff,
 * for every request of the run. (The shape of the retry quota in the AWS SDKs.)
 */
class RetryBudget {
    initial;
    successesPerRetry;
    tokens;
    earned = 0;
    constructor(initial, successesPerRetry = 5) {
        this.initial = initial;
        this.successesPerRetry = successesPerRetry;
        this.tokens = initial;
    }
    /** Takes one retry; false when none is left. */
    take() {
        if (this.tokens < 1)
            return false;
        this.tokens--;
        return true;
    }
    succeeded() {
        if (++this.earned < this.successesPerRetry)
            return;
        this.earned = 0;
        this.tokens = Math.min(this.initial, this.tokens + 1);
    }
    get left() {
        return this.tokens;
    }
}
const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);
const MAX_429_WAITS = 20;
const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RETRIES = 4;
const DEFAULT_RETRY_BUDGET = 50;
/**
 * Fetch-based transport: auth, pacing, bounded concurrency, and the one retry policy of the
 * tool. A 5xx or a transient network failure is retried with exponential backoff and jitter
 * (or after `Retry-After` when the answer says), at most `maxRetries` times per request and
 * within the run's `RetryBudget`; a 429 is waited out. An idempotent request is simply sent
 * again; a create is sent again only once its `landed` check says it did not land.
 */
class ZendeskHttp {
    options;
    stats = { requests: 0, retries: 0, rateLimited: 0, landed: 0 };
    budget;
    budgetWarned = false;
    authProvider;
    slots;
    pacer;
    /** The incremental export has its own, much lower limit: its 429s must not stall everything. */
    exportPacer;
    /** The token endpoint is not a Help Center endpoint; it must never wait behind their budget. */
    tokenPacer;
    fetchImpl;
    sleep;
    constructor(options) {
        this.options = options;
        this.fetchImpl = options.fetch ?? fetch;
        this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
        const concurrency = options.concurrency ?? 4;
        this.slots = new slots/* Slots */.W(concurrency);
        this.pacer = new Pacer({ reserve: concurrency, sleep: this.sleep });
        this.exportPacer = new Pacer({ reserve: 0, sleep: this.sleep });
        this.tokenPacer = new Pacer({ reserve: 0, sleep: this.sleep });
        this.budget = new RetryBudget(options.retryBudget ?? DEFAULT_RETRY_BUDGET);
        this.authProvider = new AuthProvider(options.baseUrl, options.auth, options.logger, (path, json, hints) => this.send('POST', path, { json, idempotent: true }, { pacer: this.tokenPacer, anonymous: true, hints, limited: false }));
    }
    get baseUrl() {
        return this.options.baseUrl;
    }
    /** Sends one request (path relative to the base URL, or an absolute URL from `next_page`). */
    request(method, pathOrUrl, options = {}) {
        const pacer = new URL(pathOrUrl, this.options.baseUrl).pathname.includes('/incremental/') ? this.exportPacer : this.pacer;
        return this.send(method, pathOrUrl, options, { pacer, anonymous: false, hints: options.hints ?? {}, limited: true });
    }
    buildUrl(method, pathOrUrl, query) {
        const url = new URL(pathOrUrl, this.options.baseUrl);
        // next_page links are absolute; refuse to send credentials anywhere else.
        if (url.origin !== new URL(this.options.baseUrl).origin) {
            const base = new URL(this.options.baseUrl).origin;
            throw new errors/* RemoteError */.Hi(method, url, `${(0,errors/* describeRequest */.Ng)(method, url)} not sent: Zendesk linked to another host than ${base}, and credentials go only there`);
        }
        for (const [k, v] of Object.entries(query ?? {}))
            if (v !== undefined)
                url.searchParams.set(k, String(v));
        return url;
    }
    /**
     * One attempt: take a slot among the requests in flight, wait for the pacer, send, read the
     * whole answer. Only the attempt holds the slot, not the backoff after it, nor the `landed`
     * check (a request of its own, which would otherwise wait for a slot its caller holds).
     * Network failures come back as `{ error }` so the caller decides about retrying in one place.
     */
    attempt(route, method, url, options, retry) {
        const send = () => this.attemptNow(route, method, url, options);
        return route.limited ? this.slots.run(send, retry || options.urgent === true) : send();
    }
    async attemptNow(route, method, url, options) {
        const { pacer } = route;
        await pacer.acquire();
        try {
            const { header, generation } = route.anonymous ? { header: undefined, generation: 0 } : await this.authProvider.get();
            const headers = {
                accept: 'application/json',
                'user-agent': this.options.userAgent ?? 'zendesk-guide-publisher',
            };
            if (header)
                headers.authorization = header;
            let body;
            if (options.json !== undefined) {
                headers['content-type'] = 'application/json';
                body = JSON.stringify(options.json);
            }
            else if (options.form) {
                body = options.form;
            }
            this.stats.requests++;
            const signal = AbortSignal.timeout(this.timeoutMs);
            try {
                const res = await this.fetchImpl(url, { method, headers, body, signal });
                pacer.observe(res.headers);
                if (options.binary && res.ok)
                    return { status: res.status, headers: res.headers, text: '', bytes: new Uint8Array(await res.arrayBuffer()), generation };
                return { status: res.status, headers: res.headers, text: await readText(res), generation };
            }
            catch (error) {
                return { error, timedOut: signal.aborted };
            }
        }
        finally {
            pacer.release();
        }
    }
    get timeoutMs() {
        return this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    }
    async send(method, pathOrUrl, options, route) {
        const url = this.buildUrl(method, pathOrUrl, options.query);
        const idempotent = options.idempotent ?? method !== 'POST';
        const maxRetries = this.options.maxRetries ?? DEFAULT_MAX_RETRIES;
        const { pacer } = route;
        let attempt = 0;
        let waits429 = 0;
        let refreshed = false;
        for (;;) {
            const res = await this.attempt(route, method, url, options, attempt > 0);
            let retryable;
            if ('error' in res) {
                const failure = new errors/* ZendeskNetworkError */.d9({
                    method,
                    url,
                    error: res.error,
                    attempts: attempt + 1,
                    timeoutMs: res.timedOut ? this.timeoutMs : undefined,
                });
                if (!failure.transient)
                    throw failure;
                // A refused connection never reached the server; anything else may have been carried out.
                retryable = { failure, outcomeUnknown: failure.kind !== 'refused', delayMs: backoff(attempt + 1) };
            }
            else {
                const retryAfter = Number(res.headers.get('retry-after'));
                const hasRetryAfter = Number.isFinite(retryAfter) && retryAfter > 0;
                if (res.status === 429 && waits429 < MAX_429_WAITS) {
                    waits429++;
                    this.stats.rateLimited++;
                    pacer.pause(hasRetryAfter ? retryAfter : 10);
                    if (options.noWait)
                        throw apiError(method, url, res, parseJson(res.text), route);
                    // A wait of up to a minute with nothing on screen looks like a hang: say why.
                    this.options.logger.progress?.({
                        kind: 'wait',
                        seconds: hasRetryAfter ? retryAfter : 10,
                        reason: hasRetryAfter ? 'Zendesk rate limit, Retry-After' : 'Zendesk rate limit',
                    });
                    continue;
                }
                if (res.status === 401 && !route.anonymous && this.authProvider.canRefresh && !refreshed) {
                    refreshed = true;
                    await this.authProvider.refresh(res.generation);
                    continue;
                }
                const data = parseJson(res.text);
                if (res.status >= 200 && res.status < 300) {
                    if (attempt === 0)
                        this.budget.succeeded();
                    return (res.bytes ?? data);
                }
                const failure = apiError(method, url, res, data, route);
                if (!RETRYABLE_STATUS.has(res.status))
                    throw failure;
                retryable = { failure, outcomeUnknown: true, delayMs: hasRetryAfter ? retryAfter * 1000 : backoff(attempt + 1) };
            }
            const { failure } = retryable;
            if (!idempotent && !options.landed)
                throw failure;
            if (attempt >= maxRetries)
                throw failure;
            if (!this.budget.take()) {
                if (!this.budgetWarned) {
                    this.budgetWarned = true;
                    this.options.logger.warning(`Zendesk failed too often in this run: failures are no longer retried (${failure.message})`);
                }
                throw failure;
            }
            attempt++;
            this.stats.retries++;
            this.options.logger.debug(`${failure.message}; retry ${attempt} of ${maxRetries}`);
            await this.sleep(retryable.delayMs);
            if (!idempotent && retryable.outcomeUnknown && options.landed) {
                const found = await options.landed();
                if (found !== undefined) {
                    this.stats.landed++;
                    this.options.logger.debug(`${(0,errors/* describeRequest */.Ng)(method, url)}: the answer was lost, but the write had landed`);
                    return found;
                }
            }
        }
    }
}
/**
 * `res.text()`, decoded chunk by chunk as it arrives. `text()` gathers the chunks and copies
 * them into one buffer of the whole answer before decoding; for pages of megabytes, read six at
 * a time, those buffers live outside V8's heap until a full collection, and on Node 24 they
 * added 50–80 MB to the peak of the largest help center's dry run.
 */
async function readText(res) {
    if (!res.body)
        return '';
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    const parts = [];
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        parts.push(decoder.decode(value, { stream: true }));
    }
    parts.push(decoder.decode());
    return parts.join('');
}
function parseJson(text) {
    try {
        return text ? JSON.parse(text) : undefined;
    }
    catch {
        return undefined;
    }
}
/** What Zendesk said, as an error: Help Center errors say `description`, OAuth errors (RFC 6749) `error_description`. */
function apiError(method, url, res, data, route) {
    const err = (data ?? {});
    const code = typeof err.error === 'string' ? err.error : err.error?.title;
    return new errors/* ZendeskApiError */.Z_({
        status: res.status,
        method,
        url,
        code,
        description: err.description ?? err.error_description ?? (data ? undefined : res.text.slice(0, 200)),
        details: err.details,
        hint: route.hints[res.status],
    });
}
/** Exponential backoff with jitter: 0.5 s, 1 s, 2 s, 4 s... capped at 15 s. */
function backoff(attempt) {
    const base = Math.min(15_000, 500 * 2 ** (attempt - 1));
    return base / 2 + Math.random() * (base / 2);
}

;// CONCATENATED MODULE: ./src/remote/client.ts


/**
 * Zendesk answers 400 to an offset-paginated request past the first 10,000 records; past it
 * only cursor pagination goes, which has no sort by change time.
 */
const OFFSET_RECORDS_LIMIT = 10_000;
/** Articles a page of the list sorted by change time (the most the list gives). */
const NEWEST_PER_PAGE = 100;
/**
 * The create request for an article, given its locales' content with the source locale first:
 * the plain form for one locale, the reference's "With translations" form (every locale in
 * `translations`, nothing at the top level) for several.
 */
function newArticle(metadata, [source, ...others]) {
    if (others.length === 0)
        return { ...metadata, locale: source.locale, title: source.title, body: source.body, draft: source.draft };
    return { ...metadata, locale: source.locale, translations: [source, ...others] };
}
/** What a 403 on a structure write means: the Guide right it needs, named. */
const STRUCTURE_HINTS = {
    403: 'creating and updating sections and categories needs Guide manager rights (Guide admin): give the Zendesk user behind these credentials that role, or turn create_sections off',
};
/** Show Many Users takes at most this many ids a request. */
const SHOW_MANY_USERS = 100;
/** Typed Help Center endpoints. One method per request; no hidden fan-out. */
class ZendeskClient {
    http;
    /**
     * The answer schemas carry the schema library: loaded from the start, while the first
     * requests are in flight, and awaited only when the first answer is checked.
     */
    responses = Promise.all(/* import() */[__webpack_require__.e(645), __webpack_require__.e(493), __webpack_require__.e(391)]).then(__webpack_require__.bind(__webpack_require__, 4391));
    constructor(options) {
        this.http = new ZendeskHttp(options);
        this.responses.catch(() => undefined);
    }
    /** Sends a request and checks that the answer has the shape `kind` describes. */
    async call(kind, method, pathOrUrl, options) {
        const data = await this.http.request(method, pathOrUrl, options);
        const { checkResponse } = await this.responses;
        // Messages name the endpoint; describeRequest leaves a query (or a next_page cursor) out.
        return checkResponse(kind, data, method, new URL(pathOrUrl, this.http.baseUrl));
    }
    /** Follows cursor pagination (or offset `next_page`) and collects `key` from every page. */
    async listAll(path, key, query = {}, urgent = false) {
        const items = [];
        let next = path;
        let params = { ...query, 'page[size]': '100' };
        while (next) {
            const page = await this.call(key, 'GET', next, { query: params, urgent });
            items.push(...(page[key] ?? []));
            params = undefined;
            next = page.meta?.has_more ? (page.links?.next ?? undefined) : (page.next_page ?? undefined);
        }
        return items;
    }
    listLocales() {
        return this.call('locales', 'GET', '/api/v2/help_center/locales');
    }
    /** `withTranslations`: each with its names and descriptions in every locale (one request a page all the same). */
    listSections(withTranslations = false) {
        return this.listAll('/api/v2/help_center/sections', 'sections', withTranslations ? { include: 'translations' } : {});
    }
    listCategories(withTranslations = false) {
        return this.listAll('/api/v2/help_center/categories', 'categories', withTranslations ? { include: 'translations' } : {});
    }
    /**
     * Creates a category. Not retried after a lost answer: the next run finds it by name, so a
     * failed run never leaves two.
     */
    async createCategory(category) {
        const res = await this.call('category', 'POST', '/api/v2/help_center/categories', {
            json: { category },
            hints: STRUCTURE_HINTS,
        });
        return res.category;
    }
    /** Creates a section in a category; like `createCategory`, never sent twice. */
    async createSection(categoryId, section) {
        const res = await this.call('section', 'POST', `/api/v2/help_center/categories/${categoryId}/sections`, {
            json: { section },
            hints: STRUCTURE_HINTS,
        });
        return res.section;
    }
    /** A section's or category's own fields (position); names and descriptions are translations. */
    async updateContainer(kind, id, changes) {
        await this.call(kind, 'PUT', `/api/v2/help_center/${kind === 'section' ? 'sections' : 'categories'}/${id}`, {
            json: { [kind]: changes },
            hints: STRUCTURE_HINTS,
        });
    }
    /** Adds a locale's name and description to a section or category; a second create of one locale is refused, so never sent twice. */
    async createContainerTranslation(kind, id, translation) {
        await this.call('translation', 'POST', `/api/v2/help_center/${kind === 'section' ? 'sections' : 'categories'}/${id}/translations`, {
            json: { translation },
            hints: STRUCTURE_HINTS,
        });
    }
    async updateContainerTranslation(kind, id, locale, changes) {
        await this.call('translation', 'PUT', `/api/v2/help_center/${kind === 'section' ? 'sections' : 'categories'}/${id}/translations/${encodeURIComponent(locale)}`, { json: { translation: changes }, hints: STRUCTURE_HINTS });
    }
    /** Makes an existing translation the article's source locale. */
    async setSourceLocale(articleId, locale) {
        await this.call('done', 'PUT', `/api/v2/help_center/articles/${articleId}/source_locale`, { json: { article_locale: locale } });
    }
    listPermissionGroups() {
        return this.listAll('/api/v2/guide/permission_groups', 'permission_groups');
    }
    listUserSegments() {
        return this.listAll('/api/v2/help_center/user_segments', 'user_segments');
    }
    /**
     * One page of the incremental export, translations embedded in each article. `noWait`: a 429
     * fails at once instead of being waited out (see `RequestOptions.noWait`).
     */
    exportArticles(startTimeOrUrl, noWait = false) {
        if (typeof startTimeOrUrl === 'string')
            return this.call('export', 'GET', startTimeOrUrl, { noWait });
        return this.call('export', 'GET', '/api/v2/help_center/incremental/articles', {
            query: { start_time: startTimeOrUrl, include: 'translations' },
            noWait,
        });
    }
    /**
     * Page `page` (from 1) of every article, most recently changed first, translations embedded:
     * the other end of the export, under the account's main limit. Offset pagination, so only the
     * first `OFFSET_RECORDS_LIMIT` articles can be read this way.
     */
    recentlyChanged(page) {
        if (page < 1 || page * NEWEST_PER_PAGE > OFFSET_RECORDS_LIMIT)
            throw new Error(`internal: page ${page} is past the offset pagination limit`);
        return this.call('articles', 'GET', '/api/v2/help_center/articles', {
            query: { sort_by: 'updated_at', sort_order: 'desc', per_page: NEWEST_PER_PAGE, page, include: 'translations' },
        });
    }
    /**
     * Users by id: Support's Show Many Users, agents only, at most `SHOW_MANY_USERS` ids a
     * request. Ids that name no user (a deleted one) are simply absent from the answer.
     */
    async showUsers(ids) {
        if (ids.length > SHOW_MANY_USERS)
            throw new Error(`internal: at most ${SHOW_MANY_USERS} users a request (got ${ids.length})`);
        const page = await this.call('users', 'GET', '/api/v2/users/show_many', { query: { ids: ids.join(',') } });
        return page.users;
    }
    /** Every article through the paginated list (the fallback when the export is not allowed). */
    listArticles() {
        return this.listAll('/api/v2/help_center/articles', 'articles', { include: 'translations' });
    }
    /**
     * Creates an article in one request, all its locales included (see `newArticle`). Not
     * idempotent: after a lost answer it is sent again only once `landed` says it did not land.
     */
    async createArticle(sectionId, article, landed) {
        const res = await this.call('article', 'POST', `/api/v2/help_center/sections/${sectionId}/articles`, {
            json: { article, notify_subscribers: false },
            ...wrapLanded(landed, (article) => ({ article })),
        });
        return res.article;
    }
    /**
     * The section's articles, newest first, one page (`next` for the following one): where an
     * article whose create lost its answer would be, if it landed. Bodies in `locale`.
     */
    newestArticles(sectionId, locale, perPage, next) {
        if (next !== undefined)
            return this.call('articles', 'GET', next, { urgent: true });
        return this.call('articles', 'GET', `/api/v2/help_center/${encodeURIComponent(locale)}/sections/${sectionId}/articles`, {
            query: { sort_by: 'created_at', sort_order: 'desc', per_page: perPage },
            urgent: true,
        });
    }
    async updateArticle(id, metadata) {
        const res = await this.call('article', 'PUT', `/api/v2/help_center/articles/${id}`, {
            json: { article: metadata },
        });
        return res.article;
    }
    /** Adds a locale; not idempotent (a second create of one locale is refused), so retried only through `landed`. */
    async createTranslation(articleId, translation, landed) {
        const res = await this.call('translation', 'POST', `/api/v2/help_center/articles/${articleId}/translations`, { json: { translation }, ...wrapLanded(landed, (translation) => ({ translation })) });
        return res.translation;
    }
    /** One locale of an article, or undefined when the article has none in that locale. */
    async getTranslation(articleId, locale) {
        try {
            const res = await this.call('translation', 'GET', `/api/v2/help_center/articles/${articleId}/translations/${encodeURIComponent(locale)}`, { urgent: true });
            return res.translation;
        }
        catch (error) {
            if (error instanceof errors/* ZendeskApiError */.Z_ && error.status === 404)
                return undefined;
            throw error;
        }
    }
    async updateTranslation(articleId, locale, changes) {
        const res = await this.call('translation', 'PUT', `/api/v2/help_center/articles/${articleId}/translations/${encodeURIComponent(locale)}`, { json: { translation: changes } });
        return res.translation;
    }
    /** Archives an article; one that is gone already (a retry after a lost answer, say) counts as archived. */
    async archiveArticle(id) {
        await goneIsDone(this.http.request('DELETE', `/api/v2/help_center/articles/${id}`));
    }
    /**
     * Uploads a file onto an article: it is born associated, so no crash can leave it on no
     * article (an unassociated upload cannot be found again: Zendesk lists none). Not
     * idempotent, so retried only through `landed`.
     */
    async uploadToArticle(articleId, file, inline, landed) {
        const form = new FormData();
        form.append('inline', inline ? 'true' : 'false');
        form.append('file', new Blob([file.data], { type: file.contentType }), file.name);
        const res = await this.call('attachment', 'POST', `/api/v2/help_center/articles/${articleId}/attachments`, { form, ...wrapLanded(landed, (attachment) => ({ article_attachment: attachment })) });
        return res.article_attachment;
    }
    /** Every attachment of an article, inline and block; `urgent` when it checks whether an upload landed. */
    listAttachments(articleId, urgent = false) {
        return this.listAll(`/api/v2/help_center/articles/${articleId}/attachments`, 'article_attachments', {}, urgent);
    }
    /**
     * The bytes of an attachment, from its content_url: a Help Center URL rather than an API call,
     * fetched from the account's own host (credentials go nowhere else) with the same retries.
     */
    downloadAttachment(contentUrl) {
        const url = new URL(contentUrl, this.http.baseUrl);
        return this.http.request('GET', `${url.pathname}${url.search}`, { binary: true });
    }
    /** Deletes an attachment; one that is gone already counts as deleted. */
    async deleteAttachment(id) {
        await goneIsDone(this.http.request('DELETE', `/api/v2/help_center/articles/attachments/${id}`));
    }
}
/** The `landed` request option for a check that returns the created thing, in the answer's own envelope. */
function wrapLanded(landed, envelope) {
    if (!landed)
        return {};
    return {
        landed: async () => {
            const found = await landed();
            return found === undefined ? undefined : envelope(found);
        },
    };
}
/** A DELETE answered 404 reached its goal: what it was to remove is not there. */
async function goneIsDone(request) {
    try {
        await request;
    }
    catch (error) {
        if (error instanceof errors/* ZendeskApiError */.Z_ && error.status === 404)
            return;
        throw error;
    }
}


/***/ }),

/***/ 1738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Hi: () => (/* binding */ RemoteError),
  Z_: () => (/* binding */ ZendeskApiError),
  d9: () => (/* binding */ ZendeskNetworkError),
  Ng: () => (/* binding */ describeRequest),
  lX: () => (/* binding */ isRemoteError)
});

;// CONCATENATED MODULE: ./src/remote/network-cause.ts
const UNTRUSTED_ISSUER = "the certificate's issuer is not trusted (behind a proxy that inspects TLS, give Node its CA certificate with NODE_EXTRA_CA_CERTS)";
const CODES = {
    ECONNREFUSED: { kind: 'refused', transient: true, what: 'connection refused', hint: 'nothing accepts connections at that host and port' },
    ENOTFOUND: {
        kind: 'host-not-found',
        transient: false,
        what: 'host not found',
        hint: 'the DNS knows no such host; check the Zendesk URL or subdomain',
    },
    EAI_AGAIN: { kind: 'host-not-found', transient: true, what: 'host not found', hint: 'the DNS lookup failed, perhaps only for now' },
    ECONNRESET: {
        kind: 'reset',
        transient: true,
        what: 'connection reset',
        hint: 'the server, a proxy or the network dropped the connection',
    },
    EPIPE: { kind: 'reset', transient: true, what: 'connection reset' },
    ECONNABORTED: { kind: 'reset', transient: true, what: 'connection reset' },
    UND_ERR_SOCKET: {
        kind: 'reset',
        transient: true,
        what: 'connection closed',
        hint: 'the server closed it before the answer was complete',
    },
    UND_ERR_CLOSED: { kind: 'reset', transient: true, what: 'connection closed' },
    ETIMEDOUT: { kind: 'timeout', transient: true, what: 'timeout', hint: 'the connection could not be opened in time' },
    UND_ERR_CONNECT_TIMEOUT: { kind: 'timeout', transient: true, what: 'timeout', hint: 'the connection could not be opened in time' },
    UND_ERR_HEADERS_TIMEOUT: {
        kind: 'timeout',
        transient: true,
        what: 'timeout',
        hint: 'the server accepted the request but sent no answer in time',
    },
    UND_ERR_BODY_TIMEOUT: { kind: 'timeout', transient: true, what: 'timeout', hint: 'the answer stopped arriving' },
    EHOSTUNREACH: { kind: 'unreachable', transient: true, what: 'network unreachable' },
    ENETUNREACH: { kind: 'unreachable', transient: true, what: 'network unreachable' },
    EHOSTDOWN: { kind: 'unreachable', transient: true, what: 'network unreachable' },
    ENETDOWN: { kind: 'unreachable', transient: true, what: 'network unreachable' },
    DEPTH_ZERO_SELF_SIGNED_CERT: {
        kind: 'certificate',
        transient: false,
        what: 'certificate problem',
        hint: "the server's certificate is self-signed",
    },
    SELF_SIGNED_CERT_IN_CHAIN: { kind: 'certificate', transient: false, what: 'certificate problem', hint: UNTRUSTED_ISSUER },
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: { kind: 'certificate', transient: false, what: 'certificate problem', hint: UNTRUSTED_ISSUER },
    UNABLE_TO_GET_ISSUER_CERT: { kind: 'certificate', transient: false, what: 'certificate problem', hint: UNTRUSTED_ISSUER },
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: { kind: 'certificate', transient: false, what: 'certificate problem', hint: UNTRUSTED_ISSUER },
    CERT_HAS_EXPIRED: { kind: 'certificate', transient: false, what: 'certificate problem', hint: 'the certificate has expired' },
    CERT_NOT_YET_VALID: {
        kind: 'certificate',
        transient: false,
        what: 'certificate problem',
        hint: 'the certificate is not valid yet (is the clock right?)',
    },
    CERT_REVOKED: { kind: 'certificate', transient: false, what: 'certificate problem', hint: 'the certificate has been revoked' },
    ERR_TLS_CERT_ALTNAME_INVALID: {
        kind: 'certificate',
        transient: false,
        what: 'certificate problem',
        hint: 'the certificate is for another host name',
    },
    ERR_SSL_WRONG_VERSION_NUMBER: {
        kind: 'tls',
        transient: false,
        what: 'TLS handshake failed',
        hint: 'the server did not answer in TLS; is it plain http?',
    },
};
/** Describes a failed fetch. `timeoutMs`: the request's own time limit, when it is what fired. */
function networkCause(error, options = {}) {
    const chain = causeChain(error);
    const timeout = chain.find((e) => e.name === 'TimeoutError');
    if (timeout || options.timeoutMs !== undefined) {
        const within = options.timeoutMs !== undefined ? `within ${seconds(options.timeoutMs)}` : 'in time';
        return { kind: 'timeout', code: 'TimeoutError', text: `timeout: no answer ${within}`, transient: true };
    }
    const coded = chain.find((e) => typeof e.code === 'string' && Object.hasOwn(CODES, e.code)) ?? chain.find((e) => typeof e.code === 'string');
    const code = coded?.code;
    if (code) {
        const known = CODES[code];
        const row = known ?? fallbackRow(code);
        // A known code says it all; an unknown one is best explained by the system's own words.
        const detail = known ? row.hint : (row.hint ?? coded?.message);
        return { kind: row.kind, code, text: `${row.what} (${code})${detail ? `: ${detail}` : ''}`, transient: row.transient };
    }
    // fetch refuses, before any connection, ports the Fetch standard reserves for other protocols.
    if (chain.some((e) => e.message === 'bad port')) {
        return {
            kind: 'other',
            code: undefined,
            text: 'port refused by fetch (bad port): it is reserved for another protocol; use another port',
            transient: false,
        };
    }
    const innermost = chain.at(-1);
    return { kind: 'other', code: undefined, text: innermost?.message || String(error), transient: true };
}
/** Codes without a row of their own still fall into the right family by their prefix. */
function fallbackRow(code) {
    if (/^(CERT_|ERR_TLS_CERT|UNABLE_TO_|.*_CERT$)/.test(code))
        return { kind: 'certificate', transient: false, what: 'certificate problem' };
    if (/^(ERR_SSL_|ERR_TLS_|EPROTO$)/.test(code))
        return { kind: 'tls', transient: false, what: 'TLS handshake failed' };
    return { kind: 'other', transient: true, what: 'network error' };
}
/** The error, its `cause`s, and the errors of an AggregateError (a connection tried on several addresses). */
function causeChain(error) {
    const out = [];
    const seen = new Set();
    const visit = (e) => {
        if (!e || typeof e !== 'object' || seen.has(e) || out.length > 20)
            return;
        seen.add(e);
        const err = e;
        out.push({
            name: typeof err.name === 'string' ? err.name : '',
            message: typeof err.message === 'string' ? err.message : '',
            code: err.code,
        });
        visit(err.cause);
        if (Array.isArray(err.errors))
            for (const inner of err.errors)
                visit(inner);
    };
    visit(error);
    return out;
}
function seconds(ms) {
    return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

;// CONCATENATED MODULE: ./src/remote/errors.ts

/**
 * How a request is named in every message: method, scheme, host, port (even the default one,
 * so a firewall rule can be checked against it) and path. Never the query (a next_page link
 * could carry anything) and never credentials (`URL` keeps user:password apart from `host`).
 */
function describeRequest(method, url) {
    const port = url.port || (url.protocol === 'https:' ? '443' : url.protocol === 'http:' ? '80' : '');
    return `${method} ${url.protocol}//${url.hostname}${port ? `:${port}` : ''}${url.pathname}`;
}
/**
 * Zendesk could not be reached or did not do what was asked: auth, network or server. The CLI
 * exits with 3 for these, apart from mistakes in the files (1) and in the settings (2).
 */
class RemoteError extends Error {
    name = 'RemoteError';
    /** `describeRequest` of the request that failed. */
    request;
    constructor(method, url, message, options) {
        super(message, options);
        this.request = describeRequest(method, url);
    }
}
/** Whether `error` is a failure of Zendesk or of the way to it, rather than of the input. */
function isRemoteError(error) {
    return error instanceof RemoteError;
}
/** An answer from Zendesk that was not a success, with what the server said (never credentials). */
class ZendeskApiError extends RemoteError {
    name = 'ZendeskApiError';
    status;
    method;
    /** The URL's path, without the query. */
    path;
    code;
    description;
    details;
    constructor(init) {
        super(init.method, init.url, ZendeskApiError.describe(init));
        this.status = init.status;
        this.method = init.method;
        this.path = init.url.pathname;
        this.code = init.code;
        this.description = init.description;
        this.details = init.details;
    }
    static describe(init) {
        const { status, code, description, details } = init;
        const parts = [`${describeRequest(init.method, init.url)} answered ${status}`];
        if (code)
            parts.push(code);
        if (description && description !== code)
            parts.push(description);
        const detail = flattenDetails(details);
        if (detail)
            parts.push(detail);
        const hint = init.hint ?? GENERAL_HINTS[status];
        return parts.join(': ') + (hint ? ` (${hint})` : '');
    }
}
const GENERAL_HINTS = {
    401: 'check the Zendesk credentials; an OAuth client needs the "read write" scope',
    403: 'the Zendesk user behind these credentials needs agent or admin rights for this',
};
/** Zendesk's `details` is `{field: [{description}]}`; one line of it reads better in a report. */
function flattenDetails(details) {
    if (!details || typeof details !== 'object')
        return '';
    const out = [];
    for (const [field, list] of Object.entries(details)) {
        if (Array.isArray(list)) {
            for (const item of list) {
                const d = item?.description;
                out.push(d ?? `${field} is invalid`);
            }
        }
    }
    return out.join('; ');
}
/** The network failed before any answer: refused, unknown host, certificate, reset, timeout. */
class ZendeskNetworkError extends RemoteError {
    name = 'ZendeskNetworkError';
    kind;
    /** The system or library code, e.g. `ECONNREFUSED`. */
    code;
    /** Whether trying again may help (see `networkCause`). */
    transient;
    constructor(init) {
        const cause = networkCause(init.error, init.timeoutMs !== undefined ? { timeoutMs: init.timeoutMs } : {});
        const tries = init.attempts > 1 ? ` (tried ${init.attempts} times)` : '';
        super(init.method, init.url, `${describeRequest(init.method, init.url)} failed: ${cause.text}${tries}`, { cause: init.error });
        this.kind = cause.kind;
        this.code = cause.code;
        this.transient = cause.transient;
    }
}


/***/ }),

/***/ 9450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ Slots)
/* harmony export */ });
/**
 * Bounds how many things run at once, with two queues: urgent ones go before those that have
 * not started yet. The transport uses it for requests in flight (a retry, or a check of
 * whether a write whose answer was lost landed, is urgent: a first publish queues every
 * article's create at once, and a retry sent behind them all would be checked long after its
 * lost create, once hundreds of newer articles bury it in its section's list); apply uses it
 * for the articles being written at once.
 */
class Slots {
    size;
    active = 0;
    urgent = [];
    normal = [];
    constructor(size) {
        this.size = size;
    }
    /** Waits for a slot; pair with `release()`. */
    async acquire(urgent = false) {
        if (this.active < this.size) {
            this.active++;
            return;
        }
        await new Promise((resolve) => (urgent ? this.urgent : this.normal).push(resolve));
    }
    release() {
        const next = this.urgent.shift() ?? this.normal.shift();
        // The slot passes straight to the next in line, so `active` stays as it is.
        if (next)
            next();
        else
            this.active--;
    }
    async run(fn, urgent = false) {
        await this.acquire(urgent);
        try {
            return await fn();
        }
        finally {
            this.release();
        }
    }
}


/***/ }),

/***/ 3373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ fetchArticles),
  b: () => (/* binding */ fetchSnapshot)
});

// EXTERNAL MODULE: ./src/remote/errors.ts + 1 modules
var errors = __webpack_require__(1738);
// EXTERNAL MODULE: ./src/remote/client.ts + 3 modules
var remote_client = __webpack_require__(280);
;// CONCATENATED MODULE: ./src/remote/two-ended-read.ts


/** The export handed back a full page of one second: it cannot go on, so the caller lists instead. */
class ExportStuck extends Error {
}
const seconds = (iso) => Math.floor(Date.parse(iso) / 1000);
/** What a list page says about the help center, to tell whether it changed while being read. */
const fingerprint = (page) => `${page.count ?? ''}|${page.articles.map((a) => `${a.id}@${a.updated_at}@${(a.translations ?? []).map((t) => t.updated_at).join(',')}`).join(';')}`;
/**
 * Reads every article from both ends at once: the incremental export from the oldest change
 * (1,000 a page, under its own limit of 10 requests a minute) and the list sorted by change
 * time, newest first (100 a page, under the account's main limit), until they meet. Both are
 * ordered by the article's `updated_at`, so every article is in one of them: the export has
 * every article changed before its last page's `end_time`, the list every article changed after
 * its last page's oldest change, and they have met once the latter is earlier than the former.
 * Whatever a translation edit does to the article's `updated_at`, the article is read where it
 * sits in that one order, with its translations as they are, so a translation-only edit is seen
 * as well as by the export alone.
 *
 * An article changed, created or archived during the read moves in the list (an archived one
 * shifts the following pages up by one, so offset pagination would skip one). So the list's
 * first page is read again at the end: when it or the list's count differ from the start, the
 * export is read to its end instead, as if alone (the answer then holds what the export holds).
 * The export is asked not to wait for its limit while the list can still read; the list never
 * goes past the 10,000 records offset pagination allows, and then the export waits.
 */
async function readBothEnds(client, logger, first, onArticle, listConcurrency, 
/** The records offset pagination reaches (Zendesk's 10,000; smaller in tests). */
listRecordsLimit = remote_client/* OFFSET_RECORDS_LIMIT */.He) {
    const seen = new Map();
    const exported = new Map();
    const take = (a, fromExport) => {
        seen.set(a.id, a);
        if (fromExport)
            exported.set(a.id, a);
        onArticle(a);
    };
    let exportPages = 1;
    let listPages = 0;
    let exportEnd = first.end_time;
    let exportNext = first.next_page;
    /** Both answers in the order the meeting relies on; false ends the shortcut. */
    let orderly = true;
    const checkExport = (page, previousEnd) => {
        let last = previousEnd;
        for (const a of page.articles) {
            const t = seconds(a.updated_at);
            if (t < last)
                orderly = false;
            last = t;
        }
        if (page.articles.length && page.end_time !== last)
            orderly = false;
    };
    checkExport(first, 0);
    for (const a of first.articles)
        take(a, true);
    const maxPages = Math.floor(Math.min(listRecordsLimit, remote_client/* OFFSET_RECORDS_LIMIT */.He) / remote_client/* NEWEST_PER_PAGE */.z2);
    /** Per list page read: its changes in order, its count, whether another page follows. */
    const listed = [];
    let firstList;
    let contiguous = 0;
    /** The oldest change in the list pages read without a gap; everything changed after it is read. */
    let listLow = Number.POSITIVE_INFINITY;
    let listComplete = false;
    let nextListPage = 1;
    let stuck = false;
    const met = () => stuck || !exportNext || listComplete || listLow < exportEnd || !orderly;
    const advanceList = () => {
        for (let page = listed[contiguous + 1]; page; page = listed[contiguous + 1]) {
            contiguous++;
            let previous = listLow;
            for (const t of page.changes) {
                if (t > previous)
                    orderly = false;
                previous = t;
            }
            if (page.changes.length)
                listLow = previous;
            if (!page.more || page.changes.length < remote_client/* NEWEST_PER_PAGE */.z2)
                listComplete = true;
        }
    };
    /** The list's own count says where it ends: no page past it is asked for. */
    let lastPage = maxPages;
    const listWorker = async () => {
        while (!met() && nextListPage <= lastPage) {
            const number = nextListPage++;
            const page = await client.recentlyChanged(number);
            listPages++;
            if (page.count !== undefined)
                lastPage = Math.min(lastPage, Math.max(1, Math.ceil(page.count / remote_client/* NEWEST_PER_PAGE */.z2)));
            for (const a of page.articles)
                take(a, false);
            // Only what the checks need stays: the bodies are the caller's to keep or drop.
            if (number === 1)
                firstList = {
                    articles: page.articles.map((a) => ({ ...a, body: null, translations: a.translations?.map((t) => ({ ...t, body: null })) })),
                    count: page.count,
                };
            listed[number] = { changes: page.articles.map((a) => seconds(a.updated_at)), count: page.count, more: Boolean(page.next_page) };
            advanceList();
        }
    };
    const list = Promise.all(Array.from({ length: Math.max(1, listConcurrency) }, listWorker));
    let listDone = false;
    void list.then(() => (listDone = true), () => (listDone = true));
    const exportPage = async (wait) => {
        if (!exportNext)
            return false;
        let page;
        try {
            page = await client.exportArticles(exportNext, !wait);
        }
        catch (error) {
            if (!wait && error instanceof errors/* ZendeskApiError */.Z_ && error.status === 429)
                return false;
            throw error;
        }
        exportPages++;
        const before = exportEnd;
        checkExport(page, exportEnd);
        for (const a of page.articles)
            take(a, true);
        const next = page.next_page ? Number(new URL(page.next_page).searchParams.get('start_time')) : undefined;
        exportEnd = page.end_time;
        exportNext = page.articles.length ? page.next_page : null;
        // A full page of one second would point at itself: the list has to cover it.
        if (next !== undefined && (!Number.isFinite(next) || next <= before))
            stuck = true;
        return true;
    };
    const exportSide = async () => {
        // Without waiting while the list reads; once it can read no further, waiting is the way on.
        while (!met() && !listDone)
            if (!(await exportPage(false)))
                await list;
        await list;
        while (!met() && exportNext)
            await exportPage(true);
    };
    await Promise.all([exportSide(), list]);
    let outcome = !exportNext && !stuck ? 'export' : listComplete ? 'list' : 'met';
    if (!orderly || (stuck && !listComplete))
        outcome = 'changed';
    const start = firstList;
    if ((outcome === 'met' || outcome === 'list') && start) {
        const again = await client.recentlyChanged(1);
        listPages++;
        const counts = listed.filter((p) => p !== undefined).map((p) => p.count);
        if (fingerprint(again) !== fingerprint(start) || counts.some((c) => c !== start.count)) {
            for (const a of again.articles)
                take(a, false);
            outcome = 'changed';
        }
    }
    if (outcome === 'changed') {
        logger.debug('the help center changed while it was read (or answered out of order): reading the export to its end');
        while (exportNext && !stuck)
            await exportPage(true);
        if (stuck)
            throw new ExportStuck(`the incremental export returned a full page of articles changed in the same second (${exportEnd})`);
    }
    // When the export was read to its end, it alone says which articles exist (as when read
    // alone); each keeps the copy read last, the newest.
    const articles = outcome === 'met' || outcome === 'list' ? seen : new Map([...exported.keys()].map((id) => [id, seen.get(id)]));
    const endTime = [...articles.values()].reduce((max, a) => Math.max(max, seconds(a.updated_at)), first.end_time);
    logger.debug(`articles read from both ends: ${exportPages} export pages, ${listPages} list pages (${outcome})`);
    return { articles, endTime, exportPages, listPages, outcome };
}

;// CONCATENATED MODULE: ./src/remote/snapshot.ts


/** List pages in flight at once while reading from both ends (each in-flight page at the meeting is spent for nothing). */
const LIST_CONCURRENCY = 6;
/**
 * Reads all articles through the incremental export from time 0: up to 1,000 a page with
 * translations embedded, so a help center of thousands of articles costs a few requests. Items
 * that repeat at page boundaries are de-duplicated by id. A full page whose items share one
 * timestamp would hand back the same start_time forever, so that case (and an account that may
 * not use the export) falls back to the paginated list.
 */
async function fetchArticles(client, logger, 
/** Called for each article as its page arrives (a repeat at a page boundary comes again). */
onArticle = () => undefined, 
/**
 * `startTime`: only articles changed at or after it (the import's `--since`); `onPage`: called
 * after each page's articles with its `end_time`, where a later export can start;
 * `bothEnds`: when the export has more than one page, read the list from the newest change at
 * the same time (see `readBothEnds`) instead of waiting on the export's limit. Not with
 * `startTime` or `onPage`, which need the export's order.
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
    if (from.bothEnds && since === 0 && !from.onPage && firstNext !== undefined && firstNext > 0 && page.articles.length > 0) {
        try {
            const read = await readBothEnds(client, logger, page, onArticle, LIST_CONCURRENCY);
            return { articles: read.articles, articlesVia: 'export and list', endTime: read.endTime };
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
            articles.set(a.id, a);
            onArticle(a);
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
    for (const a of list)
        onArticle(a);
    const endTime = list.reduce((max, a) => Math.max(max, changedAt(a)), since);
    onPage?.(endTime);
    return { articles: new Map(list.map((a) => [a.id, a])), endTime };
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
    const [locales, sections, permissionGroups, userSegments, articles] = await Promise.all([
        localesRead,
        withStructure.then((yes) => client.listSections(yes)),
        client.listPermissionGroups(),
        client.listUserSegments(),
        fetchArticles(client, logger, onArticle, { bothEnds: true }),
    ]);
    const early = await categoriesEarly;
    const categories = early ?? ((await needCategories(sections)) ? await client.listCategories() : []);
    return {
        locales: locales.locales.map((l) => l.toLowerCase()),
        defaultLocale: locales.default_locale.toLowerCase(),
        categories,
        sections,
        permissionGroups,
        userSegments,
        ...articles,
    };
}


/***/ })

};
