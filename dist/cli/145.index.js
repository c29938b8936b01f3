export const id = 145;
export const ids = [145];
export const modules = {

/***/ 9171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ writeState)
/* harmony export */ });
/* unused harmony export BODY_LIMIT */
/* harmony import */ var _remote_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6640);
/* harmony import */ var _plan_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3118);


/** Zendesk's limit on one translation's body ("approximately 1,000,000 characters"): a part of the record never goes past it. */
const BODY_LIMIT = 1_000_000;
/**
 * Saves one part of the state record: one request, an update of its article's body, or its
 * creation (a draft) when the part is new. Returns what it did.
 */
async function writeState(client, existing, state, place, shard = _plan_state_js__WEBPACK_IMPORTED_MODULE_1__/* .ROOT_SHARD */ .W5) {
    const body = (0,_plan_state_js__WEBPACK_IMPORTED_MODULE_1__/* .stateHtml */ .tL)(state, shard);
    if (body.length >= BODY_LIMIT)
        throw new Error(`part ${(0,_plan_state_js__WEBPACK_IMPORTED_MODULE_1__/* .shardLabel */ .$_)(shard)} of the state record is ${body.length} characters, over Zendesk's limit of ${BODY_LIMIT}`);
    const title = (0,_plan_state_js__WEBPACK_IMPORTED_MODULE_1__/* .stateTitle */ ._A)(state.ns ?? state.root, shard);
    if (existing) {
        await client.updateTranslation(existing.id, existing.source_locale, { title, body, draft: true });
        return 'updated';
    }
    if (!place)
        throw new Error('no section to keep the state record in (no article of this docs root exists yet)');
    await client.createArticle(place.sectionId, (0,_remote_client_js__WEBPACK_IMPORTED_MODULE_0__/* .newArticle */ .zj)({ permission_group_id: place.permissionGroupId, user_segment_id: place.userSegmentId }, [
        { locale: place.locale, title, body, draft: true },
    ]));
    return 'created';
}


/***/ }),

/***/ 4851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ hasErrors),
/* harmony export */   Ds: () => (/* binding */ sortDiagnostics),
/* harmony export */   TX: () => (/* binding */ mergeRepeated),
/* harmony export */   YQ: () => (/* binding */ withArticles),
/* harmony export */   lt: () => (/* binding */ attribute)
/* harmony export */ });
/* unused harmony export formatDiagnostic */
function hasErrors(diagnostics) {
    return diagnostics.some((d) => d.severity === 'error');
}
/** `file:line:column: message (hint)` as compilers print it. */
function formatDiagnostic(d) {
    const where = [d.file, d.line, d.line ? d.column : undefined].filter((p) => p !== undefined).join(':');
    return `${where}: ${d.severity}: ${d.message}${d.hint ? ` (${d.hint})` : ''}`;
}
/** Stable order: by file, then line, then column. */
function sortDiagnostics(list) {
    return [...list].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
const NAMED = 3;
/** `2 articles: docs/a.md, docs/b.md`, naming the first few. */
function articlesText(files) {
    const named = files.slice(0, NAMED).join(', ');
    const more = files.length > NAMED ? ` and ${files.length - NAMED} more` : '';
    return `${files.length} ${files.length === 1 ? 'article' : 'articles'}: ${named}${more}`;
}
/** The diagnostic with the articles it holds back (an error) or concerns (a warning) named in its message. */
function withArticles(d, files) {
    const articles = [...new Set(files)].sort();
    if (!articles.length)
        return d;
    const which = d.severity === 'error' ? 'it holds back' : 'for';
    return { ...d, message: `${d.message}; ${which} ${articlesText(articles)}`, articles };
}
/**
 * The same problem found once per article (a name in a `_defaults.yml` that every article below
 * it inherits) as one diagnostic naming those articles. Order is kept: each at its first place.
 */
function mergeRepeated(list) {
    const groups = new Map();
    for (const d of list) {
        const key = JSON.stringify([d.severity, d.code, d.file, d.line, d.column, d.message, d.hint]);
        const group = groups.get(key);
        if (group)
            group.articles.push(...(d.articles ?? []));
        else
            groups.set(key, { first: d, articles: [...(d.articles ?? [])] });
    }
    return [...groups.values()].map(({ first, articles }) => {
        const plain = { ...first };
        delete plain.articles;
        return withArticles(plain, articles);
    });
}
/**
 * Marks the diagnostics from `from` on, found while planning one article, that are in a file
 * other than the article's own: a shared file, whose one mistake every article below it meets.
 */
function attribute(list, from, article) {
    for (let i = from; i < list.length; i++) {
        const d = list[i];
        if (!article.own.has(d.file))
            list[i] = { ...d, articles: [...(d.articles ?? []), article.file] };
    }
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

/***/ 6394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ REPORT_DIFF_CAPS)
/* harmony export */ });
/**
 * The report's caps: the job summary may hold 1 MB, and 1,500 lines of at most 300 characters
 * stay well inside it beside the tables. The PR comment shows less (see report/diff.ts).
 */
const REPORT_DIFF_CAPS = { linesPerArticle: 40, lineChars: 300, totalLines: 1500 };


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
/** The order of localeCompare, from one collator: 120,000 files sort 15 % faster. */
const byName = new Intl.Collator().compare;
async function writeImportState(docsRoot, state) {
    const ordered = {
        ...state,
        files: Object.fromEntries(Object.entries(state.files).sort(([a], [b]) => byName(a, b))),
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

/***/ 3919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nz: () => (/* binding */ STUB_URL),
/* harmony export */   lJ: () => (/* binding */ finalBody),
/* harmony export */   ou: () => (/* binding */ fillTemplate)
/* harmony export */ });
/* harmony import */ var _render_ref_token_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1769);
/* harmony import */ var _html_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1552);
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4377);
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9392);




/**
 * What a reference points at while its target does not exist yet (a new article in a link
 * cycle, a file not uploaded yet): only ever in a draft, rewritten in the same run.
 */
const STUB_URL = '#';
/** Replaces each `zgp-ref:<n>` token; undefined if any reference has no URL yet. */
function fillTemplate(spec, lookup) {
    const urls = new Map();
    for (const ref of spec.refs) {
        const url = lookup(ref);
        if (url === undefined)
            return undefined;
        urls.set(ref.index, url);
    }
    return spec.template.replace(_render_ref_token_js__WEBPACK_IMPORTED_MODULE_2__/* .REF_TOKEN */ .MD, (token, n) => {
        const url = urls.get(Number(n));
        return url === undefined ? token : (0,_html_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeAttr */ .d)(url);
    });
}
/** The body as published: filled template plus the marker recording key, fingerprint and assets. */
function finalBody(spec, key, lookup, ns) {
    const filled = fillTemplate(spec, lookup);
    if (filled === undefined)
        return undefined;
    const digest = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .bodyDigest */ .rr)((0,_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeHtml */ .No)(filled));
    const hash = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .contentHash */ .Ae)(spec.title, digest);
    const assets = {};
    const refs = {};
    for (const ref of spec.refs) {
        if (ref.kind === 'asset') {
            // A stubbed file is not recorded as uploaded: if the run dies before the real body is
            // written, the next run sees the file as missing from Zendesk and uploads (or reuses) it.
            const url = lookup(ref);
            if (url !== STUB_URL)
                assets[ref.sha] = url;
            refs[ref.written] = ref.sha;
        }
        else {
            refs[ref.written] = lookup(ref);
        }
    }
    const footer = spec.sourceUrl ? `\n${(0,_marker_js__WEBPACK_IMPORTED_MODULE_0__/* .provenanceHtml */ .FD)(spec.sourceUrl)}` : '';
    return {
        html: `${filled}${footer}\n${(0,_marker_js__WEBPACK_IMPORTED_MODULE_0__/* .markerHtml */ .kM)({ key, ...(ns !== undefined ? { ns } : {}), hash, assets, refs, src: spec.fingerprint })}`,
        digest,
        hash,
    };
}


/***/ }),

/***/ 8315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ sectionNamesNeedCategories),
/* harmony export */   OT: () => (/* binding */ NEW_TAG),
/* harmony export */   Pc: () => (/* binding */ normalizeName),
/* harmony export */   Pn: () => (/* binding */ resolveContentTags),
/* harmony export */   Z7: () => (/* binding */ resolvePermissionGroup),
/* harmony export */   _T: () => (/* binding */ resolveUserSegments),
/* harmony export */   iY: () => (/* binding */ resolveAuthor),
/* harmony export */   o2: () => (/* binding */ resolveSection),
/* harmony export */   rR: () => (/* binding */ resolveUserSegment)
/* harmony export */ });
/* unused harmony export MAX_TAGS_PER_ARTICLE */
/* harmony import */ var _shared_placeholders_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8995);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2969);


const fail = (at, message, hint, code) => ({
    ok: false,
    diagnostic: { severity: 'error', ...(code ? { code } : {}), ...at, message, ...(hint ? { hint } : {}) },
});
/** `Account & billing/FAQ` and `account & billing /  faq` name the same section. */
const normalizeName = (s) => s
    .toLowerCase()
    .replace(/\s*\/\s*/g, ' / ')
    .replace(/\s+/g, ' ')
    .trim();
/** ` (alias "Billing" in docs/zendesk-guide.yml:4)`, so an error about a target names its alias too. */
const viaAlias = (ref) => (ref.via ? ` (alias "${ref.via.alias}" in ${ref.via.file}:${ref.via.line})` : '');
/**
 * Each list's items by normalized name and label, made once per list and labelling: every
 * article names its section, group and segment, and normalizing every candidate for each of
 * 13,334 articles was 30 MB of garbage in the largest help center's plan.
 */
const nameIndexes = new WeakMap();
function namesOf(list, label) {
    const known = nameIndexes.get(list);
    if (known && known.label === label && known.length === list.length)
        return known.index;
    const index = new Map();
    for (const n of list) {
        for (const name of new Set([normalizeName(n.name), normalizeName(label(n))]))
            index.set(name, [...(index.get(name) ?? []), n]);
    }
    nameIndexes.set(list, { label, length: list.length, index });
    return index;
}
// One function, not a default closure per call: the name index is cached per list and label.
const ownName = (n) => n.name;
function byIdOrName(ref, list, what, at, label = ownName) {
    const plural = what.endsWith('y') ? `${what.slice(0, -1)}ies` : `${what}s`;
    const some = (items) => `existing ${plural}: ${items
        .slice(0, 5)
        .map((n) => `"${label(n)}" (${n.id})`)
        .join(', ')}${items.length > 5 ? ', …' : ''}`;
    if (ref.kind === 'id') {
        if (list.some((n) => n.id === ref.id))
            return { ok: true, value: ref.id };
        return fail(at, `${what} ${ref.id} does not exist in the help center${viaAlias(ref)}`, list.length ? some(list) : `the help center has no ${plural}`);
    }
    if ((0,_shared_placeholders_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlaceholder */ .w)(ref.name)) {
        // init wrote it without a help center to read: say what goes there, not "did you mean".
        return fail(at, `${what} is still the placeholder "${ref.name}" that init wrote: set it to one of the help center's ${plural}`, list.length ? some(list) : `the help center has no ${plural}`);
    }
    const matches = namesOf(list, label).get(normalizeName(ref.name)) ?? [];
    if (matches.length === 1)
        return { ok: true, value: matches[0].id };
    if (matches.length > 1) {
        return fail(at, `${what} "${ref.name}" is ambiguous: ${matches.length} match${viaAlias(ref)}`, `use one of ${matches.map((m) => `"${label(m)}"`).join(', ')} or the id`, 'ambiguous-name');
    }
    // A typo is usually in the last part: compare with bare names too, then show the full labels.
    const near = new Set([
        ...(0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .k)(ref.name, list.map(label)),
        ...(0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .k)(ref.name, list.map((n) => n.name)),
    ].map((x) => x.toLowerCase()));
    const suggestions = list.filter((n) => near.has(n.name.toLowerCase()) || near.has(label(n).toLowerCase())).map(label);
    const hint = suggestions.length
        ? `did you mean ${suggestions
            .slice(0, 4)
            .map((x) => `"${x}"`)
            .join(', ')}?`
        : list.length
            ? some(list)
            : `the help center has no ${plural}`;
    return fail(at, `unknown ${what} "${ref.name}"${viaAlias(ref)}`, hint, 'unknown-name');
}
/** Sections are named `Section` or, where names repeat across categories, `Category / Section`. */
const sectionLabels = new WeakMap();
/** `Category / Section`, or the bare name for a section whose category is not known. */
function sectionLabel(categoryList) {
    let label = sectionLabels.get(categoryList);
    if (!label) {
        const categories = new Map(categoryList.map((c) => [c.id, c.name]));
        label = (s) => {
            const category = categories.get(s.category_id ?? -1);
            return category ? `${category} / ${s.name}` : s.name;
        };
        sectionLabels.set(categoryList, label);
    }
    return label;
}
function resolveSection(ref, snapshot, at) {
    const label = sectionLabel(snapshot.categories);
    const result = byIdOrName(ref, snapshot.sections, 'section', at, label);
    // A `Category / Section` that does not exist may be meant to be made: say how.
    const placeholder = ref.kind === 'name' && (0,_shared_placeholders_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlaceholder */ .w)(ref.name);
    if (!result.ok && placeholder && snapshot.sections.length === 0) {
        result.diagnostic.hint =
            'the help center has no sections: name one as `Category / Section` and set `create_sections: true` in zendesk-guide.yml';
    }
    if (!result.ok && ref.kind === 'name' && ref.name.includes('/') && result.diagnostic.code === 'unknown-name') {
        const hint = result.diagnostic.hint;
        result.diagnostic.hint = `${hint ? `${hint}; ` : ''}to create it, set \`create_sections: true\` in zendesk-guide.yml (or the action's create-sections input, or --create-sections on the CLI)`;
    }
    return result;
}
/** A list the credentials may not read: an id is taken as given, a name cannot be resolved and the error says which right is missing. */
function unlisted(ref, what, refused, at) {
    if (ref.kind === 'id')
        return { ok: true, value: ref.id };
    return fail(at, `${what} "${ref.name}" could not be resolved${viaAlias(ref)}: ${refused}`, `use the ${what}'s id instead of its name, or publish with a Help Center manager's credentials`);
}
function resolvePermissionGroup(ref, snapshot, at) {
    const refused = snapshot.unreadable?.permissionGroups;
    if (refused)
        return unlisted(ref, 'permission group', refused, at);
    return byIdOrName(ref, snapshot.permissionGroups, 'permission group', at);
}
/** `everyone` is Zendesk's null segment. */
function resolveUserSegment(ref, snapshot, at) {
    if (ref.kind === 'name' && ref.name.toLowerCase() === 'everyone')
        return { ok: true, value: null };
    const refused = snapshot.unreadable?.userSegments;
    if (refused)
        return unlisted(ref, 'user segment', refused, at);
    return byIdOrName(ref, snapshot.userSegments, 'user segment', at);
}
/**
 * True when some section name in the files does not name exactly one section by itself
 * (`Category / Section`, a duplicate name, or a typo that deserves category-qualified hints).
 */
function sectionNamesNeedCategories(articles, sections) {
    const counts = new Map();
    for (const s of sections)
        counts.set(s.name.toLowerCase(), (counts.get(s.name.toLowerCase()) ?? 0) + 1);
    return articles.some((a) => a.meta.section?.kind === 'name' && counts.get(a.meta.section.name.toLowerCase()) !== 1);
}
/** Several segments; `everyone` alone is Zendesk's empty list. Every unknown name is reported. */
function resolveUserSegments(refs, snapshot, at) {
    const ids = [];
    for (const ref of refs) {
        const one = resolveUserSegment(ref, snapshot, at);
        if (!one.ok)
            return one;
        if (one.value === null) {
            if (refs.length > 1)
                return fail(at, '"everyone" cannot be combined with other user segments', 'everyone already sees the article');
            continue;
        }
        if (!ids.includes(one.value))
            ids.push(one.value);
    }
    return { ok: true, value: ids };
}
/** Zendesk's limit of content tags on one article (Guide product limits, support.zendesk.com article 4408831783962). */
const MAX_TAGS_PER_ARTICLE = 25;
/** A content tag this run creates is `new:<name>` until apply knows its id. */
const NEW_TAG = 'new:';
/** Content tag names to ids; a name the account lacks becomes `new:<name>`, created once before the articles. */
function resolveContentTags(names, snapshot, at) {
    if (names.length > MAX_TAGS_PER_ARTICLE) {
        return fail(at, `${names.length} content tags, more than the ${MAX_TAGS_PER_ARTICLE} an article may have`, 'keep 25 at most');
    }
    const byName = new Map((snapshot.extras?.contentTags ?? []).map((t) => [t.name.toLowerCase(), t.id]));
    return { ok: true, value: names.map((n) => byName.get(n.toLowerCase()) ?? `${NEW_TAG}${n}`) };
}
const STAFF = new Set(['agent', 'admin']);
/** An author by email or id: an agent or admin, else an error with the closest staff member. */
function resolveAuthor(ref, snapshot, at) {
    const users = snapshot.extras?.users ?? [];
    const user = ref.kind === 'id' ? users.find((u) => u.id === ref.id) : users.find((u) => u.email?.toLowerCase() === ref.email.toLowerCase());
    const written = ref.kind === 'id' ? `user ${ref.id}` : ref.email;
    const staff = (snapshot.extras?.staff ?? []).filter((u) => STAFF.has(u.role ?? ''));
    const near = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .k)(ref.kind === 'email' ? ref.email : String(ref.id), staff.map((u) => u.email ?? '').filter(Boolean));
    const hint = near.length
        ? `did you mean ${near.map((e) => `"${e}"`).join(', ')}?`
        : 'an author must be an agent or admin of this Zendesk account';
    if (!user)
        return fail(at, `author ${written} is not a user of this Zendesk account`, hint);
    if (!STAFF.has(user.role ?? '')) {
        return fail(at, `author ${written} is an end user: an article's author must be an agent or admin`, hint);
    }
    return { ok: true, value: user.id };
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

/***/ 3475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ linkTarget),
/* harmony export */   Z8: () => (/* binding */ referencePath),
/* harmony export */   e0: () => (/* binding */ AssetReader)
/* harmony export */ });
/* unused harmony exports MAX_ATTACHMENT_BYTES, contentTypeOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _shared_local_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6237);





/** Zendesk refuses attachments over 20 MB. */
const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
const TYPES = {
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.jpeg': 'image/jpeg',
    '.gif': 'image/gif',
    '.svg': 'image/svg+xml',
    '.webp': 'image/webp',
    '.pdf': 'application/pdf',
    '.zip': 'application/zip',
    '.csv': 'text/csv',
    '.txt': 'text/plain',
    '.json': 'application/json',
    '.mp4': 'video/mp4',
    '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
function contentTypeOf(name) {
    return TYPES[node_path__WEBPACK_IMPORTED_MODULE_3___default().extname(name).toLowerCase()] ?? 'application/octet-stream';
}
/** Strips `?query` and `#fragment` and decodes %20 and friends. */
function referencePath(url) {
    const bare = url.split('#')[0].split('?')[0];
    try {
        return decodeURIComponent(bare);
    }
    catch {
        return bare;
    }
}
/**
 * Where a link to another Markdown file points: the target's docs-relative path and the
 * `#anchor`, resolved from the linking file's own docs-relative path.
 */
function linkTarget(fromDocsRel, url) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.join(node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.dirname(fromDocsRel), referencePath(url)));
    const anchor = url.includes('#') ? url.slice(url.indexOf('#') + 1) : '';
    return { rel, anchor };
}
/**
 * Reads the local files an article references. Edge I/O: resolves each path relative to the
 * Markdown file, refuses anything that leaves the repository (`..`, absolute paths, symlinks)
 * or lies under `.git/`, a dot-folder or is a dotfile (src/shared/local-file.ts), and hashes the bytes so an unchanged file is never uploaded twice.
 */
class AssetReader {
    /** By absolute path; whether a file is inline depends on how it is referenced, so it is not cached. */
    cache = new Map();
    realRepo;
    policy;
    repoRoot;
    /** A repository root alone, or the whole policy (docs root, `allow_dot_paths`). */
    constructor(policy) {
        this.policy = typeof policy === 'string' ? { repoRoot: policy } : policy;
        this.repoRoot = this.policy.repoRoot;
        this.realRepo = node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().realpath(this.repoRoot);
    }
    async read(ref, fromFile, diagnostics) {
        const at = { severity: 'error', file: fromFile.file, line: ref.line, column: ref.column };
        const rel = referencePath(ref.url);
        if (node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(rel) || rel.startsWith('/') || rel.startsWith('\\')) {
            diagnostics.push({ ...at, message: `absolute path "${ref.url}" is not allowed`, hint: 'use a path relative to this file' });
            return undefined;
        }
        const abs = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(fromFile.absPath), rel);
        const result = await this.cached(abs);
        if ('problem' in result) {
            diagnostics.push({
                ...at,
                message: result.problem.replace('%s', ref.url),
                ...(result.hint ? { hint: result.hint } : {}),
                ...(result.refused ? { code: 'local-path-refused' } : {}),
            });
            return undefined;
        }
        return { ...result, inline: ref.kind === 'image' };
    }
    cached(abs) {
        let entry = this.cache.get(abs);
        if (!entry) {
            entry = this.load(abs);
            this.cache.set(abs, entry);
        }
        return entry;
    }
    /** Content hash of a file inside the repository, or undefined when it cannot be read there. */
    async shaOf(abs) {
        if ((0,_shared_local_file_js__WEBPACK_IMPORTED_MODULE_4__/* .hiddenPathProblem */ .PN)(this.policy, abs))
            return undefined;
        const result = await this.cached(abs);
        return 'problem' in result ? undefined : result.sha;
    }
    // Synchronous file calls: a large tree references thousands of small files, and a thread-pool
    // round trip per call cost more than the calls themselves.
    // The path is checked (src/shared/local-file.ts) before anything touches the file.
    async load(abs) {
        const checked = (0,_shared_local_file_js__WEBPACK_IMPORTED_MODULE_4__/* .checkLocalFile */ .eI)(this.policy, await this.realRepo, abs);
        if ('missing' in checked)
            return { problem: 'file "%s" does not exist' };
        if ('problem' in checked)
            return checked;
        const real = checked.real;
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(real);
        if (!stat.isFile())
            return { problem: '"%s" is not a file' };
        if (stat.size > MAX_ATTACHMENT_BYTES) {
            return { problem: `"%s" is ${(stat.size / 1024 / 1024).toFixed(1)} MB; Zendesk takes attachments up to 20 MB` };
        }
        const data = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(real);
        const name = node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(abs);
        return {
            absPath: real,
            file: node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(this.repoRoot, abs).split((node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)).join('/'),
            name,
            sha: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex').slice(0, 16),
            size: stat.size,
            contentType: contentTypeOf(name),
        };
    }
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


/***/ }),

/***/ 8232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ax: () => (/* binding */ fingerprintOf),
  Lq: () => (/* binding */ fingerprintPrefixes),
  RQ: () => (/* binding */ markdownOf),
  KR: () => (/* binding */ releaseBodies),
  A1: () => (/* binding */ renderOptionsFor)
});

// UNUSED EXPORTS: ChangedDuringRunError, fingerprintPrefixFor

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/source/frontmatter.ts
var frontmatter = __webpack_require__(8743);
;// CONCATENATED MODULE: ./src/source/body.ts


/**
 * Lets go of a file's Markdown once what the run needs of it is known (its fingerprint, see
 * render/release.ts). The largest help centers have 40,000 files: held while the help center
 * is read, their text was a fifth of the dry run's live heap at its peak.
 */
function releaseBody(doc, released) {
    doc.released = released;
    doc.body = undefined;
}
/**
 * The Markdown of a file as it is on disk now, read and split as the loader did; undefined when
 * it can no longer be read or split the same way. The caller checks it is the text it let go.
 */
function readBodyAgain(doc) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(doc.absPath, 'utf8');
    }
    catch {
        return undefined;
    }
    const split = (0,frontmatter/* splitFrontMatter */.v)(text);
    if (split.unclosed || split.bodyLine !== doc.bodyLine)
        return undefined;
    return doc.expand ? doc.expand(split.body) : split.body;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/render/fingerprint.ts

/**
 * Bump whenever the same Markdown would render to different HTML (a new plugin, a changed
 * sanitizer list): every article is then rendered and compared again on the next run.
 */
const RENDER_VERSION = 1;
/**
 * What a body's HTML depends on besides the files and articles it references: the renderer,
 * its options, the Markdown and whether the title comes from front matter. Recorded in the
 * marker, it lets a later run skip rendering a file that did not change.
 */
function sourceFingerprint(markdown, titleFromFrontMatter, renderOptions) {
    return fingerprintWith(fingerprintPrefix(titleFromFrontMatter, renderOptions), markdown);
}
/** The part of a fingerprint that is not the Markdown: the same for most files of a run. */
function fingerprintPrefix(titleFromFrontMatter, renderOptions) {
    return `${RENDER_VERSION}\0${JSON.stringify(renderOptions ?? {})}\0${titleFromFrontMatter ? 'fm' : 'h1'}\0`;
}
function fingerprintWith(prefix, markdown) {
    return (0,external_node_crypto_.createHash)('sha256').update(prefix).update(markdown).digest('hex').slice(0, 20);
}

;// CONCATENATED MODULE: ./src/render/release.ts


/** How one file is rendered; the preview renders with the same options as the publish. */
function renderOptionsFor(doc, 
/** The title from front matter; undefined takes it from a leading `# Heading`. */
title, locale, options) {
    return {
        takeH1AsTitle: title === undefined,
        bodyLine: doc.bodyLine,
        alerts: options.render?.alerts ?? true,
        allowUnsafeHtml: options.render?.allowUnsafeHtml ?? false,
        locale: locale ?? options.defaultLocale,
    };
}
/** What a file's fingerprint is made of besides its Markdown (the line it starts on is not part of it). */
function fingerprintPrefixFor(doc, title, locale, options) {
    return fingerprintPrefix(title !== undefined, { ...renderOptionsFor(doc, title, locale, options), bodyLine: undefined });
}
/**
 * `fingerprintPrefixFor` for many files of one run: the prefix depends only on whether the title
 * is from front matter and on the locale, so each distinct one is made once and shared.
 */
function fingerprintPrefixes(options) {
    const made = new Map();
    return (doc, title, locale) => {
        const key = `${title !== undefined}\0${locale ?? options.defaultLocale}`;
        let prefix = made.get(key);
        if (prefix === undefined)
            made.set(key, (prefix = fingerprintPrefixFor(doc, title, locale, options)));
        return prefix;
    };
}
/**
 * Computes every file's fingerprint and lets go of its Markdown, while the help center is still
 * being read: a no-op renders nothing, and a file that is rendered after all is read again
 * (`markdownOf`). The prefixes are shared strings: one per combination of options, not per file.
 */
function releaseBodies(articles, options) {
    const prefixOf = fingerprintPrefixes(options);
    const release = (doc, title, locale) => {
        if (doc.body === undefined)
            return;
        const prefix = prefixOf(doc, title, locale);
        releaseBody(doc, { fingerprint: fingerprintWith(prefix, doc.body), prefix });
    };
    for (const article of articles) {
        release(article, article.meta.title, article.meta.locale);
        for (const t of article.translations)
            release(t, t.title, t.locale);
    }
}
/** A file's fingerprint under the given prefix: the one recorded when it was let go, if it matches. */
function fingerprintOf(doc, prefix) {
    if (doc.released?.prefix === prefix)
        return doc.released.fingerprint;
    return fingerprintWith(prefix, markdownOf(doc));
}
/** The file was changed on disk after the run read it: what it renders would not be what it checked. */
class ChangedDuringRunError extends Error {
    name = 'ChangedDuringRunError';
}
/**
 * A file's Markdown: the text held, or for a file let go, the text read again and checked
 * against the fingerprint recorded when it was let go, so a run never renders what it did not read.
 */
function markdownOf(doc) {
    if (doc.body !== undefined)
        return doc.body;
    const released = doc.released;
    const text = readBodyAgain(doc);
    if (text === undefined || !released || fingerprintWith(released.prefix, text) !== released.fingerprint) {
        throw new ChangedDuringRunError(`${doc.file} changed while this run was reading it: run again`);
    }
    return text;
}


/***/ }),

/***/ 227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FG: () => (/* binding */ fencedDiff),
/* harmony export */   NI: () => (/* binding */ diffText),
/* harmony export */   VY: () => (/* binding */ titleChange),
/* harmony export */   Vg: () => (/* binding */ omittedNote),
/* harmony export */   ph: () => (/* binding */ codeText),
/* harmony export */   sV: () => (/* binding */ diffCaption),
/* harmony export */   xb: () => (/* binding */ diffMarkdown)
/* harmony export */ });
/* unused harmony export COMMENT_DIFF_CHARS */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1190);


/**
 * The comment shows at most this many characters of diffs; the rest of the articles point at
 * the job summary (which holds the report's full share) and the preview, so the table and the
 * problems always fit in GitHub's 65,536 characters.
 */
const COMMENT_DIFF_CHARS = 20_000;
/**
 * Text that could pretend to be something else once shown: bidirectional controls (overrides,
 * embeddings, isolates and marks: a line that reads differently from what it holds) and control
 * characters. Shown as `�`.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f\p{Bidi_Control}]/gu;
/** A diff line as code-block text: one line, nothing that changes how it displays. */
function codeText(line) {
    return `${line.op} ${line.text.replace(/\r?\n|\r|\t/g, ' ').replace(UNSAFE_CHARS, '\uFFFD')}`;
}
/**
 * A fenced block that no line inside can close: its fence is longer than any run of backticks
 * in the text. Inside it nothing is Markdown or HTML, and GitHub notifies nobody of an @mention.
 */
function fencedDiff(lines) {
    const body = lines.map(codeText);
    const longest = Math.max(0, ...body.flatMap((l) => l.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return [`${fence}diff`, ...body, fence].join('\n');
}
/** What the two sides are, in words, with what the `on-drift` policy does about a Guide edit. */
function diffCaption(d, onDrift) {
    const sides = `${d.locale} (− live in Guide, + this file)`;
    if (d.basis === 'update')
        return sides;
    const what = d.basis === 'guide-edit'
        ? "edited in Guide; this file is unchanged since the last publish, so this is exactly Guide's edit"
        : 'edited in Guide, and this file changed since the last publish too: this holds both';
    const policy = onDrift === 'skip'
        ? 'left as it is in Guide (on-drift: skip)'
        : onDrift === 'fail'
            ? 'blocks the publish (on-drift: fail): bring the − lines into this file, or overwrite them'
            : 'a publish overwrites it (on-drift: overwrite): the − lines would be lost';
    return `${sides}: ⚠️ ${what}. ${policy[0].toUpperCase()}${policy.slice(1)}.`;
}
/** "Title: “old” → “new”", or undefined when the title stays. */
function titleChange(d) {
    return d.title ? `Title: “${d.title.from}” → “${d.title.to}”` : undefined;
}
/** How many changed lines the per-article cap left out. */
function omittedNote(d) {
    return d.omitted ? `${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(d.omitted, 'more changed line')} not shown` : undefined;
}
/**
 * One translation's diff as Markdown: caption, title change, the fenced diff. Every word of the
 * user's is escaped; `more` is Markdown of ours, saying where lines the cap left out can be read.
 */
function diffMarkdown(d, onDrift, more) {
    const parts = [`**${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(diffCaption(d, onDrift))}**`];
    const title = titleChange(d);
    if (title)
        parts.push((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(title));
    if (d.lines.length)
        parts.push(fencedDiff(d.lines));
    const omitted = omittedNote(d);
    if (omitted)
        parts.push(`<sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(omitted)}${more ? `: ${more}` : ''}</sub>`);
    return parts.join('\n\n');
}
/** The same for the log: indented lines, nothing to escape. */
function diffText(d, onDrift, indent) {
    const lines = [`${indent}${diffCaption(d, onDrift)}`];
    const title = titleChange(d);
    if (title)
        lines.push(`${indent}  ${title}`);
    for (const l of d.lines)
        lines.push(`${indent}  ${codeText(l)}`);
    const omitted = omittedNote(d);
    if (omitted)
        lines.push(`${indent}  (${omitted})`);
    return lines;
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hx: () => (/* binding */ sourceUrl),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   ml: () => (/* binding */ shorten),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   oy: () => (/* binding */ showBidi)
/* harmony export */ });
/* unused harmony export stripBidi */
/**
 * Unicode's bidirectional controls (U+202E RIGHT-TO-LEFT OVERRIDE, the embeddings, isolates and
 * marks): text holding them displays in another order than it reads, so a title or file name
 * could show a reviewer something other than what it says. Every kind of text from the files or
 * from Guide passes through one of the two functions below before it reaches GitHub.
 */
const BIDI_CONTROLS = /\p{Bidi_Control}/gu;
/** Each bidirectional control as its visible code point, `⟨U+202E⟩`: for titles, names, messages. */
function showBidi(text) {
    return text.replace(BIDI_CONTROLS, (c) => `⟨U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
}
/**
 * The last guard on a whole document (comment, summary, issue): any bidirectional control left
 * becomes U+FFFD, one UTF-16 unit for one, so a body already fitted to GitHub's limit still fits.
 */
function stripBidi(text) {
    return text.replace(BIDI_CONTROLS, '\uFFFD');
}
/**
 * Titles, file names and messages come from the pull request, so they are escaped before they
 * reach a comment: no raw HTML (a fake marker, an image beacon), no table breakage, no @mentions,
 * no bidirectional controls.
 */
function escapeText(text) {
    return (showBidi(text)
        .replace(/\r?\n/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]|#~])/g, '\\$1')
        // A zero-width space after @ keeps "@team" readable without notifying anyone.
        .replace(/@/g, '@&#8203;'));
}
/** A code span that survives any backticks inside it, kept on one line for table cells. */
function code(text) {
    const flat = showBidi(text).replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/** Shortens to `max` characters on a word boundary when possible. */
function shorten(text, max) {
    if (text.length <= max)
        return text;
    const cut = text.slice(0, max - 1);
    const space = cut.lastIndexOf(' ');
    return (space > max * 0.6 ? cut.slice(0, space) : cut) + '…';
}
/** A Markdown link; the URL's spaces and parentheses are encoded so the link cannot break. */
function link(label, url) {
    return `[${label}](${url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
}
/** `{blobBase}/{file}#L{line}`, each path segment encoded (a `#` in a file name stays a file name). */
function sourceUrl(blobBase, file, line) {
    const encoded = file.split('/').map(encodeURIComponent).join('/');
    return `${blobBase}/${encoded}${line ? `#L${line}` : ''}`;
}


/***/ }),

/***/ 877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ fitBlocks)
/* harmony export */ });
const GAP = '\n\n';
function renderRows(block, rows) {
    if (rows.length === 0)
        return '';
    return [block.head, rows.join(block.separator ?? '\n'), block.tail].filter((p) => p !== undefined).join('\n');
}
function join(parts) {
    return parts.filter((p) => p !== '').join(GAP) + '\n';
}
/**
 * Renders `blocks` within `limit` (as `measure` counts). Fixed text always stays; rows are kept
 * in order until the budget runs out, and `note(omitted)` says how many were left out.
 */
function fitBlocks(blocks, limit, note, measure = (s) => s.length) {
    const full = join(blocks.map((b) => ('text' in b ? b.text : 'rows' in b ? renderRows(b, b.rows) : '')));
    if (measure(full) <= limit)
        return { text: full, omitted: 0 };
    const totalRows = blocks.reduce((n, b) => n + ('rows' in b ? b.rows.length : 0), 0);
    // Everything that is not a row, as if every list kept its head and tail, plus the longest note.
    const skeleton = join(blocks.map((b) => ('text' in b ? b.text : 'rows' in b ? renderRows(b, ['']) : note(totalRows))));
    let budget = limit - measure(skeleton);
    let omitted = 0;
    const kept = new Map();
    const lists = blocks.filter((b) => 'rows' in b);
    const byPriority = [...lists].sort((a, b) => (a.priority ?? 1) - (b.priority ?? 1));
    for (const b of byPriority) {
        const rows = [];
        for (const row of b.rows) {
            const cost = measure(row) + measure(b.separator ?? '\n');
            if (cost > budget)
                break;
            rows.push(row);
            budget -= cost;
        }
        omitted += b.rows.length - rows.length;
        kept.set(b, rows);
    }
    const text = join(blocks.map((b) => ('text' in b ? b.text : 'rows' in b ? renderRows(b, kept.get(b) ?? []) : note(omitted))));
    return { text, omitted };
}


/***/ }),

/***/ 6867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BI: () => (/* binding */ runErrorOf),
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   Rr: () => (/* binding */ interruptedLine),
/* harmony export */   Ww: () => (/* binding */ structureLine),
/* harmony export */   kS: () => (/* binding */ failedReport),
/* harmony export */   oF: () => (/* binding */ contentTagLine),
/* harmony export */   xg: () => (/* binding */ mediaLine)
/* harmony export */ });
/* unused harmony exports changesOf, countRows */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _remote_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4778);
/* harmony import */ var _remote_stop_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3580);
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6425);




/** "create section FAQ in category Billing", "update section FAQ: description": one line of the report. */
function contentTagLine(tag) {
    return `${tag.status ? 'created' : 'create'} content tag ${tag.name}`;
}
function structureLine(row) {
    const what = row.kind === 'section' && row.category !== undefined ? `section ${row.name} in category ${row.category}` : `${row.kind} ${row.name}`;
    if (row.action === 'create')
        return `${row.status ? 'created' : 'create'} ${what}`;
    return `${row.status ? 'updated' : 'update'} ${row.kind} ${row.name}: ${row.reasons.join(', ')}`;
}
/** "interrupted: 57 of 120 articles written; run publish again to finish". */
function interruptedLine(i) {
    const partly = i.partly ? ` (${i.partly} more partly)` : '';
    return `interrupted: ${i.written} of ${i.total} articles written${partly}; run publish again to finish`;
}
/** Sums up an article's operations by kind. */
function changesOf(operations) {
    if (operations.length === 0)
        return undefined;
    const changes = { metadata: false, translationsAdded: [], translationsUpdated: [], uploads: 0 };
    for (const op of operations) {
        if (op.kind === 'update-metadata')
            changes.metadata = true;
        else if (op.kind === 'create-translation')
            changes.translationsAdded.push(op.body.locale);
        else if (op.kind === 'update-translation')
            changes.translationsUpdated.push(op.body.locale);
        else if (op.kind === 'mark-outdated')
            changes.translationsOutdated = [...(changes.translationsOutdated ?? []), op.locale];
        else if (op.kind === 'set-source-locale')
            changes.sourceLocale = op.locale;
        else if (op.kind === 'attach-files')
            changes.uploads += op.files.length;
    }
    return changes;
}
const statusFromAction = {
    create: 'created',
    update: 'updated',
    unchanged: 'unchanged',
    archive: 'archived',
    skip: 'skipped',
    offline: undefined,
};
/**
 * The counts of a table of rows: what happened (`planned` false, from each row's outcome) or what
 * would happen (from each row's plan). A row the table shows as an error counts as `failed`,
 * whatever its plan, so the counts never disagree with the rows they sum up.
 */
function countRows(rows, diagnostics, planned) {
    const counts = zeroCounts();
    const errorFiles = (0,_rows_js__WEBPACK_IMPORTED_MODULE_3__/* .filesWithErrors */ .Li)(diagnostics);
    for (const row of rows) {
        const status = (0,_rows_js__WEBPACK_IMPORTED_MODULE_3__/* .rowKind */ .Ji)(row, errorFiles) === 'error' ? 'failed' : planned ? statusFromAction[row.action] : row.status;
        if (status)
            counts[status]++;
    }
    return counts;
}
function buildReport(input) {
    const rows = (input.plan?.articles ?? []).map((a) => {
        const outcome = input.outcomes?.get(a.key);
        return {
            key: a.key,
            file: a.file,
            title: a.title,
            articleId: outcome?.articleId ?? a.articleId,
            url: outcome?.htmlUrl ?? a.htmlUrl,
            action: a.action,
            status: outcome?.status,
            reasons: a.reasons,
            drifted: a.drifted,
            error: outcome?.error,
            ...(a.operations.length ? { changes: changesOf(a.operations) } : {}),
            ...diffFields(input.diffs?.get(a.key)),
        };
    });
    const structure = (input.plan?.structure ?? []).map((c) => {
        const done = input.structure?.get(c.key);
        const id = done?.id ?? c.id;
        return {
            kind: c.kind,
            action: c.action,
            name: c.name,
            ...(c.category !== undefined ? { category: c.category } : {}),
            ...(id !== undefined ? { id } : {}),
            ...(c.file !== undefined ? { file: c.file } : {}),
            reasons: c.reasons,
            ...(done ? { status: done.status } : {}),
        };
    });
    const counts = countRows(rows, input.diagnostics, !input.outcomes);
    const newIds = {};
    for (const row of rows)
        if (row.status === 'created' && row.file && row.articleId)
            newIds[row.file] = row.articleId;
    return {
        version: 1,
        mode: input.mode,
        offline: input.plan?.offline ?? true,
        blocked: input.blocked,
        zendeskUrl: input.zendeskUrl,
        onDrift: input.plan?.onDrift,
        counts,
        planned: !input.outcomes,
        rows,
        ...(structure.length ? { structure } : {}),
        ...(input.plan?.contentTags?.length
            ? {
                contentTags: input.plan.contentTags.map((name) => ({
                    name,
                    ...(input.contentTags?.has(name.toLowerCase()) ? { status: 'created' } : {}),
                })),
            }
            : {}),
        diagnostics: input.diagnostics,
        requests: input.requests,
        ...(input.plan?.media && !input.plan.offline ? { media: mediaSummary(input.plan.media, input.uploaded) } : {}),
        newIds,
        durationMs: input.durationMs,
        ...(input.interrupted ? { interrupted: input.interrupted } : {}),
        ...(input.notes?.length ? { notes: input.notes } : {}),
    };
}
function mediaSummary(media, uploaded) {
    return { mode: media.mode, newFiles: media.uploads.length, uploaded: uploaded?.files ?? 0, bytes: uploaded?.bytes ?? 0 };
}
/** The report's line on files: which path they took, and what was uploaded. */
function mediaLine(report) {
    const m = report.media;
    if (!m || (m.mode === 'library' && m.newFiles === 0))
        return undefined;
    if (m.mode === 'attachments')
        return 'Files: article attachments (this help center has no media library: unassociated uploads, then bulk_attachments)';
    return report.planned
        ? `Files: media library, ${m.newFiles} new file(s) to upload`
        : `Files: media library, ${m.uploaded} of ${m.newFiles} new file(s) uploaded (${m.bytes} bytes)`;
}
function diffFields(d) {
    if (!d)
        return {};
    return { ...(d.translations.length ? { diffs: d.translations } : {}), ...(d.leftOut ? { diffsLeftOut: d.leftOut } : {}) };
}
const zeroCounts = () => ({ created: 0, updated: 0, unchanged: 0, archived: 0, skipped: 0, failed: 0 });
/** What kind of failure stopped a run; the CLI's exit code and the report's advice follow from it. */
function runErrorOf(error) {
    const cause = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC ? error.cause : error;
    const kind = cause instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL
        ? 'settings'
        : (0,_remote_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isRemoteError */ .lX)(cause)
            ? 'remote'
            : cause instanceof _remote_stop_js__WEBPACK_IMPORTED_MODULE_2__/* .InterruptedError */ .p4
                ? 'interrupted'
                : 'internal';
    return { kind, message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(cause) };
}
/**
 * The report of a run that stopped on an exception: the error, and whatever was known by then
 * (the settings that were valid, problems found in the files, requests made). Nothing was
 * written: the pipeline throws only before its first write (apply records each article's
 * failure in its outcome instead).
 */
function failedReport(error, known) {
    const partial = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC ? error : undefined;
    return {
        version: 1,
        mode: known.mode,
        offline: known.offline ?? false,
        blocked: true,
        error: runErrorOf(error),
        zendeskUrl: known.zendeskUrl,
        onDrift: known.onDrift,
        counts: zeroCounts(),
        planned: true,
        rows: [],
        diagnostics: partial?.diagnostics ?? [],
        requests: partial?.requests ?? { total: 0, rateLimited: 0, retries: 0 },
        newIds: {},
        durationMs: known.durationMs,
    };
}


/***/ }),

/***/ 6425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ classifyRows),
/* harmony export */   Ji: () => (/* binding */ rowKind),
/* harmony export */   Li: () => (/* binding */ filesWithErrors),
/* harmony export */   xZ: () => (/* binding */ rowLabel)
/* harmony export */ });
/* unused harmony export KIND_ORDER */
/* harmony import */ var _shared_locale_suffix_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1109);

/** Most urgent first: the order rows are listed in. */
const KIND_ORDER = [
    'error',
    'drifted',
    'create',
    'update',
    'translation',
    'attachments',
    'archive',
    'rendered',
    'unchanged',
];
const PLANNED = {
    error: '❌ error',
    drifted: '⚠️ drifted',
    create: '🆕 create',
    update: '✏️ update',
    translation: '🌐 translation',
    attachments: '📎 attachments',
    archive: '🗄️ archive',
    rendered: '📄 rendered',
    unchanged: '✅ unchanged',
};
const DONE = {
    error: '❌ failed',
    drifted: '⚠️ drifted',
    create: '🆕 created',
    update: '✏️ updated',
    translation: '🌐 translation added',
    attachments: '📎 attachments updated',
    archive: '🗄️ archived',
    rendered: '📄 rendered',
    unchanged: '✅ unchanged',
};
/** Source files (as rows name them) that have at least one error diagnostic. */
function filesWithErrors(diagnostics) {
    const files = new Set();
    for (const d of diagnostics) {
        if (d.severity !== 'error')
            continue;
        files.add(d.file);
        files.add((0,_shared_locale_suffix_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceFileOf */ .X)(d.file));
        for (const a of d.articles ?? [])
            files.add(a);
    }
    return files;
}
function rowKind(row, errorFiles) {
    if (row.status === 'failed' || row.error || (row.file && errorFiles.has(row.file)))
        return 'error';
    if (row.drifted.length || row.action === 'skip')
        return 'drifted';
    switch (row.action) {
        case 'create':
        case 'archive':
        case 'unchanged':
            return row.action;
        case 'offline':
            return 'rendered';
        case 'update': {
            const c = row.changes;
            if (!c || c.metadata || c.translationsUpdated.length)
                return 'update';
            if (c.translationsAdded.length)
                return 'translation';
            return c.uploads ? 'attachments' : 'update';
        }
        default:
            return 'update';
    }
}
/** The label for a row: what will happen in a dry run, what happened in a publish. */
function rowLabel(kind, report) {
    return report.planned ? PLANNED[kind] : DONE[kind];
}
/** Rows with their kinds, most urgent first, then by file. */
function classifyRows(report) {
    const errorFiles = filesWithErrors(report.diagnostics);
    return report.rows
        .map((row) => ({ row, kind: rowKind(row, errorFiles) }))
        .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.row.file ?? a.row.key).localeCompare(b.row.file ?? b.row.key));
}


/***/ }),

/***/ 1693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ writeJsonReport)
/* harmony export */ });
/* unused harmony export defaultReportPath */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/** Where the JSON report goes: the runner's temp folder, or the system's. */
function defaultReportPath() {
    return path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'zendesk-guide-publisher', 'report.json');
}
/** A report (the pipeline's, or a command's own, like drift's) as JSON, its folder made when missing. */
async function writeJsonReport(report, file) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), { recursive: true });
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().writeFile(file, JSON.stringify(report, null, 2) + '\n');
}


/***/ }),

/***/ 2449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ diffsOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/** The text that changes, for the report; only when something does. */
async function diffsOf(made, remote, caps, logger) {
    const { plan, prepared } = made;
    if (!remote.spool || !plan.articles.some((a) => a.operations.length || a.drifted.length))
        return undefined;
    // Loaded on demand: the diff library is needed only when something changes.
    const { collectDiffs: collect } = await Promise.all(/* import() */[__webpack_require__.e(975), __webpack_require__.e(941)]).then(__webpack_require__.bind(__webpack_require__, 1941));
    try {
        return collect({ plan, prepared, snapshot: remote.snapshot, index: remote.index, live: remote.spool }, caps);
    }
    catch (error) {
        // The diffs only illustrate the plan: without them the report is still true.
        logger.warning(`could not show the text that changes: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
        return undefined;
    }
}


/***/ }),

/***/ 3516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gz: () => (/* binding */ failed),
  Cs: () => (/* binding */ makePlan),
  EI: () => (/* binding */ reportOf),
  jN: () => (/* binding */ runPublish)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/plan/html-escape.ts
var html_escape = __webpack_require__(1552);
// EXTERNAL MODULE: ./src/plan/state.ts
var plan_state = __webpack_require__(3118);
// EXTERNAL MODULE: ./src/remote/client.ts + 4 modules
var remote_client = __webpack_require__(6640);
// EXTERNAL MODULE: ./src/remote/errors.ts + 1 modules
var errors = __webpack_require__(4778);
// EXTERNAL MODULE: ./src/remote/stop.ts
var remote_stop = __webpack_require__(3580);
;// CONCATENATED MODULE: ./src/apply/lease.ts








function leaseTitle(ns) {
    return `${plan_state/* LEASE_TITLE */.I$} (${ns}): do not edit`;
}
function claimHtml(info) {
    // Base64 in a <pre>: nothing in it for Guide's HTML reformatting to rewrite.
    const packed = Buffer.from(JSON.stringify(info)).toString('base64');
    return (`<p>A publish of ${(0,html_escape/* escapeText */.X)(info.ns)} by ${(0,html_escape/* escapeText */.X)(info.who)} is writing to this help center. ` +
        'zendesk-guide-publisher removes this draft when the publish ends.</p>' +
        `<pre class="${plan_state/* LEASE_CLASS */.SV}">${packed}</pre>`);
}
const CLAIM_PRE = new RegExp(`<pre[^>]*class="[^"]*\\b${plan_state/* LEASE_CLASS */.SV}\\b[^"]*"[^>]*>([\\s\\S]*?)</pre>`);
/** The claim an article holds, if it is one. */
function parseClaim(article) {
    if (!article.title.startsWith(plan_state/* LEASE_TITLE */.I$))
        return undefined;
    const m = CLAIM_PRE.exec(article.body ?? '');
    if (!m)
        return undefined;
    try {
        const data = JSON.parse(Buffer.from(m[1].replace(/[^A-Za-z0-9+/=]/g, ''), 'base64').toString('utf8'));
        if (typeof data.ns !== 'string' || typeof data.run !== 'string')
            return undefined;
        return {
            ns: data.ns,
            run: data.run,
            host: typeof data.host === 'string' ? data.host : '',
            pid: typeof data.pid === 'number' ? data.pid : 0,
            who: typeof data.who === 'string' ? data.who : 'another publish',
            since: typeof data.since === 'string' ? data.since : '',
        };
    }
    catch {
        return undefined;
    }
}
/**
 * Sorts the claims seen (pure): `nowMs` is Zendesk's time; `alive` says whether a claim's
 * process still runs when it can tell (this machine), undefined when it cannot.
 */
function judgeClaims(seen, ns, mine, nowMs, ttlMs, alive) {
    const out = { rivals: [], dead: [] };
    for (const c of seen) {
        if (c.article.id === mine || c.info.ns !== ns)
            continue;
        if (nowMs - c.updatedMs > ttlMs || alive(c.info) === false)
            out.dead.push(c);
        else
            out.rivals.push(c);
    }
    return out;
}
/** Whether a claim's process still runs: known only for this machine's processes. */
function aliveHere(info) {
    if (info.host !== external_node_os_default().hostname() || info.pid <= 0)
        return undefined;
    try {
        process.kill(info.pid, 0);
        return true;
    }
    catch (error) {
        return error.code !== 'ESRCH';
    }
}
const DEFAULT_LEASE_TIMING = {
    ttlMs: 120_000,
    renewMs: 30_000,
    pollMs: 5_000,
    settleMs: 1_000,
    maxWaitMs: 30 * 60_000,
};
/** Runs out of patience: another publish has held the lease for `maxWaitMs`. */
class LeaseTimeoutError extends errors/* RemoteError */.Hi {
    name = 'LeaseTimeoutError';
}
const SCAN_PAGE = 100;
const SCAN_PAGES = 20;
class PublishLease {
    client;
    logger;
    ns;
    place;
    timing;
    deps;
    claimId;
    /** Zendesk's clock minus ours, from the answer to our claim. */
    offsetMs = 0;
    timer;
    renewals = 0;
    lastRenewed = 0;
    renewing = false;
    runId = (0,external_node_crypto_.randomUUID)();
    controller = new AbortController();
    constructor(client, logger, ns, place, timing = DEFAULT_LEASE_TIMING, deps = {}) {
        this.client = client;
        this.logger = logger;
        this.ns = ns;
        this.place = place;
        this.timing = timing;
        this.deps = deps;
    }
    /** Aborted when the lease is lost (not renewed in time, or removed): no write may start after it. */
    get lost() {
        return this.controller.signal;
    }
    get held() {
        return this.claimId !== undefined && this.timer !== undefined;
    }
    sleep(ms) {
        return (this.deps.sleep ?? ((t) => new Promise((r) => setTimeout(r, t))))(ms);
    }
    random() {
        return (this.deps.random ?? Math.random)();
    }
    /** Takes the lease, waiting for other runs as long as `maxWaitMs`. */
    async acquire(stop) {
        const started = Date.now();
        const waitedFor = new Map();
        let othersSeen = false;
        for (;;) {
            await this.claim();
            await this.sleep(this.timing.settleMs);
            let seen = await this.look();
            othersSeen ||= seen.dead.length > 0;
            if (seen.rivals.length === 0) {
                this.startRenewing();
                return { waitedMs: waitedFor.size ? Date.now() - started : 0, waitedFor: [...waitedFor.values()], othersSeen };
            }
            othersSeen = true;
            await this.drop();
            if (waitedFor.size === 0)
                this.logger.info(`Waiting for another publish of ${this.ns} to finish: ${describeClaims(seen.rivals)}.`);
            for (const r of seen.rivals)
                waitedFor.set(r.info.run, r.info);
            while (seen.rivals.length) {
                if (stop?.aborted)
                    throw new remote_stop/* InterruptedError */.p4('interrupted while waiting for another publish: nothing was written');
                if (Date.now() - started > this.timing.maxWaitMs) {
                    const url = new URL(`/api/v2/help_center/sections/${this.place.sectionId}/articles`, 'https://zendesk.invalid');
                    throw new LeaseTimeoutError('GET', url, `another publish of ${this.ns} has been writing for over ${Math.round(this.timing.maxWaitMs / 60_000)} min (${describeClaims(seen.rivals)}); nothing was written: run publish again once it is done`);
                }
                await this.sleep(this.timing.pollMs * (1 + this.random()));
                seen = await this.look();
                for (const r of seen.rivals)
                    waitedFor.set(r.info.run, r.info);
            }
            // Runs that waited together must not claim in step again.
            await this.sleep(this.timing.settleMs * 2 * this.random());
        }
    }
    /** Gives the lease back (removes the claim); a failure leaves a claim that dies after `ttlMs`. */
    async release() {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = undefined;
        await this.drop();
    }
    /**
     * Whether anything in the help center changed after the snapshot was read, as far as its most
     * recently changed articles tell (claims aside): an article that is not in the snapshot, or
     * not as it was there. One request.
     */
    async changedSince(articles) {
        const { articles: recent } = await this.client.recentlyUpdated(undefined, 30);
        return recent.some((a) => !parseClaim(a) && articles.get(a.id)?.updated_at !== a.updated_at);
    }
    info() {
        const ci = process.env.GITHUB_ACTIONS === 'true' && process.env.GITHUB_RUN_ID;
        const who = ci
            ? `workflow run ${process.env.GITHUB_RUN_ID} of ${process.env.GITHUB_REPOSITORY ?? 'a repository'} (${process.env.GITHUB_REF ?? 'a ref'})`
            : `${external_node_os_default().userInfo().username}@${external_node_os_default().hostname()}, process ${process.pid}`;
        return { ns: this.ns, run: this.runId, host: external_node_os_default().hostname(), pid: process.pid, who, since: new Date().toISOString() };
    }
    async claim() {
        const before = Date.now();
        const translation = { locale: this.place.locale, title: leaseTitle(this.ns), body: claimHtml(this.info()), draft: true };
        const article = await this.client.createArticle(this.place.sectionId, (0,remote_client/* newArticle */.zj)({ permission_group_id: this.place.permissionGroupId, user_segment_id: this.place.userSegmentId }, [translation]), async () => (await this.scan()).find((c) => c.info.run === this.runId)?.article);
        this.claimId = article.id;
        // Zendesk's times have whole seconds: the offset errs by at most one, far inside `ttlMs`.
        this.offsetMs = Date.parse(article.updated_at) - (before + Date.now()) / 2;
    }
    /** Claims in the lease's section, changed recently enough to be live (newest first). */
    async scan() {
        const out = [];
        const cutoff = Date.now() + this.offsetMs - this.timing.ttlMs - this.timing.renewMs;
        let next;
        for (let page = 0; page < SCAN_PAGES; page++) {
            const { articles, next_page } = await this.client.recentlyUpdated(this.place.sectionId, SCAN_PAGE, next);
            for (const article of articles) {
                const info = parseClaim(article);
                if (info)
                    out.push({ article, info, updatedMs: Date.parse(article.updated_at) });
            }
            const oldest = articles.at(-1);
            if (!next_page || !oldest || Date.parse(oldest.updated_at) < cutoff)
                break;
            next = next_page;
        }
        return out;
    }
    /** Reads the claims; removes dead ones (best effort: another run may remove them first). */
    async look() {
        const seen = judgeClaims(await this.scan(), this.ns, this.claimId, Date.now() + this.offsetMs, this.timing.ttlMs, this.deps.alive ?? aliveHere);
        for (const d of seen.dead) {
            try {
                await this.client.archiveArticle(d.article.id);
                this.logger.info(`Removed the lease of a publish that ended without giving it back (${d.info.who}).`);
            }
            catch (error) {
                this.logger.debug(`could not remove the dead lease #${d.article.id}: ${String(error)}`);
            }
        }
        return seen;
    }
    async drop() {
        const id = this.claimId;
        if (id === undefined)
            return;
        this.claimId = undefined;
        try {
            await this.client.archiveArticle(id);
        }
        catch (error) {
            this.logger.warning(`could not remove the publish lease (article ${id}): ${String(error)}; it lapses by itself within ${Math.round(this.timing.ttlMs / 1000)} s`);
        }
    }
    startRenewing() {
        this.lastRenewed = Date.now();
        this.timer = setInterval(() => void this.renew(), this.timing.renewMs);
        // The lease never keeps a finished process alive.
        this.timer.unref();
    }
    async renew() {
        const id = this.claimId;
        if (this.renewing || id === undefined)
            return;
        this.renewing = true;
        try {
            // A changed position changes the claim, and so its time (an unchanged one would not).
            await this.client.updateArticle(id, { position: ++this.renewals % 1000 });
            this.lastRenewed = Date.now();
        }
        catch (error) {
            if (error instanceof errors/* ZendeskApiError */.Z_ && error.status === 404)
                this.lose('another run removed it as dead');
            else
                this.logger.debug(`could not renew the publish lease: ${String(error)}`);
        }
        finally {
            this.renewing = false;
        }
        if (Date.now() - this.lastRenewed > this.timing.ttlMs - this.timing.renewMs)
            this.lose('it could not be renewed in time');
    }
    lose(why) {
        if (this.controller.signal.aborted)
            return;
        this.logger.warning(`lost the publish lease (${why}): no further article is written; run publish again to finish`);
        this.controller.abort();
    }
}
function describeClaims(claims) {
    return claims.map((c) => `${c.info.who}${c.info.since ? `, since ${c.info.since}` : ''}`).join('; ');
}

;// CONCATENATED MODULE: ./src/apply/write-gate.ts

/**
 * Where every run of every source of a help center keeps its claims: the section with the
 * lowest id (the oldest; sections made later never come before it). The claim's permission
 * group is one this run writes with, so its credentials may create there.
 */
function leasePlace(plan, snapshot) {
    const first = snapshot.sections.reduce((min, s) => (min === undefined || s.id < min ? s.id : min), undefined);
    if (first === undefined)
        return undefined;
    let group;
    for (const a of plan.articles) {
        const existing = a.articleId !== undefined ? snapshot.articles.get(a.articleId) : undefined;
        const create = a.operations.find((o) => o.kind === 'create-article');
        group = existing?.permission_group_id ?? (create?.kind === 'create-article' ? create.metadata.permission_group_id : undefined);
        if (group !== undefined)
            break;
    }
    group ??= snapshot.articles.values().next().value?.permission_group_id ?? snapshot.permissionGroups[0]?.id;
    if (group === undefined)
        return undefined;
    const staff = snapshot.userSegments.find((s) => s.user_type === 'staff')?.id ?? null;
    return { sectionId: first, permissionGroupId: group, userSegmentId: staff, locale: snapshot.defaultLocale };
}
/**
 * Guards the writes of one publish: takes the publish lease before the first write (never in
 * a run that writes nothing, so a no-op costs no request), and says when what the run read
 * must be read again because another publish wrote after it. Held across that second reading;
 * given back by `release`, whatever happened.
 */
class WriteGate {
    timing;
    deps;
    lease;
    /** Lines for the report: a wait for another publish, and what came of it. */
    notes = [];
    constructor(timing, deps) {
        this.timing = timing;
        this.deps = deps;
    }
    /** Aborted when the lease is lost while writing. */
    get lost() {
        return this.lease?.lost;
    }
    async beforeWrites(ctx) {
        // Taken in the first reading: this reading was made with the lease held, so it is current.
        if (this.lease)
            return 'write';
        const place = leasePlace(ctx.plan, ctx.snapshot);
        if (!place) {
            ctx.logger.warning('no section to keep the publish lease in: this publish is not guarded against another at the same time');
            return 'write';
        }
        const lease = new PublishLease(ctx.client, ctx.logger, ctx.namespace, place, this.timing, this.deps);
        const got = await lease.acquire(ctx.stop);
        this.lease = lease;
        if (got.waitedFor.length) {
            const seconds = Math.max(1, Math.round(got.waitedMs / 1000));
            const whom = got.waitedFor.map((w) => w.who).join('; ');
            const line = `Waited ${seconds} s for another publish of ${ctx.namespace} to finish (${whom}).`;
            ctx.logger.info(line);
            this.notes.push(line);
        }
        if (got.othersSeen || (await lease.changedSince(ctx.snapshot.articles))) {
            ctx.logger.info('Another publish wrote after this run read the help center: reading it again before writing.');
            this.notes.push('The help center was read again before writing, as another publish had written after the first reading.');
            return 'read-again';
        }
        return 'write';
    }
    async release() {
        const lease = this.lease;
        this.lease = undefined;
        await lease?.release();
    }
}

// EXTERNAL MODULE: ./src/diagnostics.ts
var src_diagnostics = __webpack_require__(4851);
// EXTERNAL MODULE: ./src/diff/types.ts
var types = __webpack_require__(6394);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
// EXTERNAL MODULE: ./src/remote/slots.ts
var remote_slots = __webpack_require__(8655);
// EXTERNAL MODULE: ./src/plan/body.ts
var plan_body = __webpack_require__(3919);
// EXTERNAL MODULE: ./src/plan/remote-index.ts
var remote_index = __webpack_require__(28);
// EXTERNAL MODULE: ./src/plan/resolve.ts
var resolve = __webpack_require__(8315);
// EXTERNAL MODULE: ./src/remote/article-extras.ts
var article_extras = __webpack_require__(3538);
;// CONCATENATED MODULE: ./src/apply/content-tags.ts


/**
 * Creates the content tags the plan names that the account lacks, once each and before any
 * article: the articles then refer to them by id. A failure stops the run before an article is
 * written, like a section that cannot be made.
 */
async function createContentTags(names, client, logger) {
    const ids = new Map();
    for (const name of names) {
        const tag = await (0,article_extras/* createContentTag */.c_)(client, name);
        ids.set(name.toLowerCase(), tag.id);
        logger.info(`Created content tag ${name}`);
    }
    return ids;
}
/** The metadata with each `new:<name>` replaced by the id of the tag created for it. */
function withTagIds(metadata, created) {
    const tags = metadata.content_tag_ids;
    if (!tags?.some((t) => t.startsWith(resolve/* NEW_TAG */.OT)))
        return metadata;
    return {
        ...metadata,
        content_tag_ids: tags.map((t) => {
            if (!t.startsWith(resolve/* NEW_TAG */.OT))
                return t;
            const id = created?.get(t.slice(resolve/* NEW_TAG */.OT.length).toLowerCase());
            if (id === undefined)
                throw new Error(`internal: content tag ${t.slice(resolve/* NEW_TAG */.OT.length)} was not created before its articles`);
            return id;
        }),
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: ./src/shared/locale-suffix.ts
var locale_suffix = __webpack_require__(1109);
;// CONCATENATED MODULE: ./src/plan/structure.ts

const NO_STRUCTURE = { changes: [], byFile: new Map(), byName: new Map() };
const CREATE_HINT = "set `create_sections: true` in zendesk-guide.yml (or the action's create-sections input, or --create-sections on the CLI) to create it";
const categoryKey = (name) => `category:${(0,resolve/* normalizeName */.Pc)(name)}`;
const sectionKey = (category, name) => `section:${(0,resolve/* normalizeName */.Pc)(category)} / ${(0,resolve/* normalizeName */.Pc)(name)}`;
/**
 * Pure: which sections and categories the files name or describe, and what to create or update
 * so Guide has them. Without `create_sections` nothing is planned; a `_section.yml` still
 * places the articles beneath it, in a section that must exist.
 */
function planStructure(files, sources, snapshot, options, diagnostics) {
    if (files.length === 0 && !options.createSections)
        return NO_STRUCTURE;
    const p = {
        snapshot,
        options,
        error: (at, message, hint) => diagnostics.push({ severity: 'error', ...at, message, ...(hint ? { hint } : {}) }),
        changes: new Map(),
        byFile: new Map(),
        byName: new Map(),
        categoryOfFile: new Map(),
    };
    for (const f of files.filter((x) => x.kind === 'category'))
        planCategoryFile(p, f);
    const seenSections = new Map();
    for (const f of files.filter((x) => x.kind === 'section'))
        planSectionFile(p, f, seenSections);
    if (options.createSections)
        for (const source of sources)
            planNamedSection(p, source);
    const ordered = [...p.changes.values()].filter((c) => c.operations.length > 0);
    return {
        changes: [...ordered.filter((c) => c.kind === 'category'), ...ordered.filter((c) => c.kind === 'section')],
        byFile: p.byFile,
        byName: p.byName,
    };
}
/** An existing category by id or name; 'missing' when there is none, 'failed' for an unknown id or an ambiguous name (reported). */
function findCategory(p, ref, at) {
    if (ref.kind === 'id') {
        const found = p.snapshot.categories.find((c) => c.id === ref.id);
        if (found)
            return found;
        p.error(at, `category ${ref.id} does not exist in the help center`);
        return 'failed';
    }
    const matches = p.snapshot.categories.filter((c) => (0,resolve/* normalizeName */.Pc)(c.name) === (0,resolve/* normalizeName */.Pc)(ref.name));
    if (matches.length > 1) {
        p.error(at, `category "${ref.name}" is ambiguous: ${matches.length} match`, `use the id: ${matches.map((c) => c.id).join(', ')}`);
        return 'failed';
    }
    return matches[0] ?? 'missing';
}
/** A category to create from a name alone (a `section:` of an article, a `category:` of a _section.yml). */
function newCategory(p, name) {
    const key = categoryKey(name);
    if (!p.changes.has(key)) {
        p.changes.set(key, {
            key,
            kind: 'category',
            action: 'create',
            id: undefined,
            name,
            file: undefined,
            reasons: [],
            operations: [{ kind: 'create-category', category: { name, locale: p.options.baseLocale } }],
        });
    }
    return { newCategory: key, name: p.changes.get(key).name };
}
/** A category described by a `_category.yml`: found, created (with the option) or an error. */
function planCategoryFile(p, f) {
    const { options, error } = p;
    const found = f.id !== undefined
        ? findCategory(p, { kind: 'id', id: f.id }, f.at.id ?? f.at.start)
        : findCategory(p, { kind: 'name', name: f.name }, f.at.name ?? f.at.start);
    if (found === 'failed') {
        p.categoryOfFile.set(f.file, undefined);
        return;
    }
    if (found === 'missing') {
        if (!options.createSections) {
            error(f.at.name ?? f.at.start, `category "${f.name}" does not exist in the help center`, CREATE_HINT);
            p.categoryOfFile.set(f.file, undefined);
            return;
        }
        const key = categoryKey(f.name);
        p.changes.set(key, createChange('category', key, f, options, error));
        p.categoryOfFile.set(f.file, { newCategory: key, name: f.name });
        return;
    }
    p.categoryOfFile.set(f.file, { id: found.id, name: found.name });
    if (options.createSections)
        addUpdate(p.changes, updateChange('category', categoryKey(found.name), found, f, options, error));
}
/** The category a section goes in: its folder's `_category.yml`, an existing one, or one to create. */
function categoryFor(p, ref, at, fromFile) {
    if (fromFile !== undefined)
        return p.categoryOfFile.get(fromFile);
    const found = findCategory(p, ref, at);
    if (found === 'failed')
        return undefined;
    if (found !== 'missing')
        return { id: found.id, name: found.name };
    if (ref.kind === 'id')
        return undefined;
    if (!p.options.createSections) {
        p.error(at, `category "${ref.name}" does not exist in the help center`, CREATE_HINT);
        return undefined;
    }
    return newCategory(p, ref.name);
}
/** The existing section a `_section.yml` describes, by id or by name in its category; 'failed' when reported. */
function existingSection(p, f, category) {
    if (f.id !== undefined) {
        const found = p.snapshot.sections.find((s) => s.id === f.id);
        if (found)
            return found;
        p.error(f.at.id ?? f.at.start, `section ${f.id} does not exist in the help center`);
        return 'failed';
    }
    if (!('id' in category))
        return undefined;
    const matches = p.snapshot.sections.filter((s) => s.category_id === category.id && (0,resolve/* normalizeName */.Pc)(s.name) === (0,resolve/* normalizeName */.Pc)(f.name));
    if (matches.length > 1) {
        p.error(f.at.name ?? f.at.start, `section "${f.name}" is ambiguous in category "${category.name}"`, `set id: to one of ${matches.map((s) => s.id).join(', ')}`);
        return 'failed';
    }
    return matches[0];
}
/** A section described by a `_section.yml`: found (and updated with the option), created, or an error. */
function planSectionFile(p, f, seenSections) {
    const { options, error, changes, byFile } = p;
    byFile.set(f.file, undefined);
    if (!f.category)
        return; // reported when the file was read
    const category = categoryFor(p, f.category, f.at.category ?? f.at.start, f.categoryFile);
    if (!category)
        return;
    const found = existingSection(p, f, category);
    if (found === 'failed')
        return;
    const key = found ? `section:${found.id}` : sectionKey(category.name, f.name);
    const twin = seenSections.get(key);
    if (twin) {
        error(f.at.start, `this folder describes the same section as ${twin}`, 'one _section.yml per section');
        return;
    }
    seenSections.set(key, f.file);
    if (found) {
        byFile.set(f.file, found.id);
        if (options.createSections)
            addUpdate(changes, updateChange('section', key, found, f, options, error, category.name));
        return;
    }
    if (!options.createSections) {
        error(f.at.name ?? f.at.start, `section "${f.name}" does not exist in category "${category.name}"`, CREATE_HINT);
        return;
    }
    const change = createChange('section', key, f, options, error, category);
    changes.set(key, change);
    byFile.set(f.file, { newSection: key });
    p.byName.set((0,resolve/* normalizeName */.Pc)(`${category.name} / ${f.name}`), key);
}
/** `section: Category / Section` in front matter or _defaults.yml that names no section yet: one to create. */
function planNamedSection(p, source) {
    const ref = source.meta.section;
    if (source.sectionFile || ref?.kind !== 'name')
        return;
    const wanted = (0,resolve/* normalizeName */.Pc)(ref.name);
    if (p.byName.has(wanted))
        return;
    const at = source.locations.section ?? source.start;
    const split = wanted.indexOf(' / ');
    if (split < 0)
        return;
    const resolved = (0,resolve/* resolveSection */.o2)(ref, p.snapshot, at);
    if (resolved.ok || resolved.diagnostic.code === 'ambiguous-name')
        return;
    const raw = ref.name.split('/');
    const categoryName = raw[0].trim();
    const sectionName = raw.slice(1).join('/').trim();
    const category = categoryFor(p, { kind: 'name', name: categoryName }, at, undefined);
    if (!category)
        return;
    const key = sectionKey(category.name, sectionName);
    if (!p.changes.has(key)) {
        p.changes.set(key, {
            key,
            kind: 'section',
            action: 'create',
            id: undefined,
            name: sectionName,
            category: category.name,
            file: undefined,
            reasons: [],
            operations: [
                {
                    kind: 'create-section',
                    categoryId: 'id' in category ? category.id : { newCategory: category.newCategory },
                    section: { name: sectionName, locale: p.options.baseLocale },
                },
            ],
        });
    }
    p.byName.set(wanted, key);
}
function addUpdate(changes, change) {
    if (change)
        changes.set(change.key, change);
}
/** Locales a file names beyond its own: each must be enabled and not be the base locale. */
function otherLocales(f, options, error) {
    const out = [];
    for (const [locale, t] of Object.entries(f.translations)) {
        if (locale === options.baseLocale) {
            error(t.at, `translations.${locale} is the default locale`, 'name and description at the top of the file are already in it');
        }
        else if (!options.enabledLocales.has(locale)) {
            error(t.at, `locale "${locale}" is not enabled in the help center`, `enabled: ${[...options.enabledLocales].join(', ')}`);
        }
        else
            out.push([locale, t]);
    }
    return out;
}
function createChange(kind, key, f, options, error, category) {
    const fields = {
        name: f.name,
        locale: options.baseLocale,
        ...(f.description !== undefined ? { description: f.description } : {}),
        ...(f.position !== undefined ? { position: f.position } : {}),
    };
    const first = kind === 'category'
        ? { kind: 'create-category', category: fields }
        : {
            kind: 'create-section',
            categoryId: category && 'id' in category ? category.id : { newCategory: category.newCategory },
            section: fields,
        };
    return {
        key,
        kind,
        action: 'create',
        id: undefined,
        name: f.name,
        ...(category ? { category: category.name } : {}),
        file: f.file,
        reasons: [],
        operations: [
            first,
            ...otherLocales(f, options, error).map(([locale, t]) => ({
                kind: 'create-container-translation',
                translation: { locale, title: t.name, ...(t.description !== undefined ? { body: t.description } : {}) },
            })),
        ],
    };
}
/** What differs between a file and the section or category it describes; undefined when nothing does. */
function updateChange(kind, key, remote, f, options, error, category) {
    const operations = [];
    const reasons = [];
    const stored = (locale) => {
        const t = remote.translations?.find((x) => x.locale.toLowerCase() === locale);
        if (t)
            return { title: t.title, body: t.body ?? '' };
        // Without translations listed, the record itself shows its source locale.
        const source = (remote.source_locale ?? remote.locale ?? options.baseLocale).toLowerCase();
        return !remote.translations && source === locale ? { title: remote.name, body: remote.description ?? '' } : undefined;
    };
    const wanted = [
        { locale: options.baseLocale, name: f.name, description: f.description, suffix: '' },
        ...otherLocales(f, options, error).map(([locale, t]) => ({ locale, name: t.name, description: t.description, suffix: ` (${locale})` })),
    ];
    for (const w of wanted) {
        const have = stored(w.locale);
        if (!have) {
            operations.push({
                kind: 'create-container-translation',
                translation: { locale: w.locale, title: w.name, ...(w.description !== undefined ? { body: w.description } : {}) },
            });
            reasons.push(`translation added (${w.locale})`);
            continue;
        }
        const changes = {};
        if (have.title !== w.name) {
            changes.title = w.name;
            reasons.push(`name${w.suffix}`);
        }
        if (w.description !== undefined && have.body !== w.description) {
            changes.body = w.description;
            reasons.push(`description${w.suffix}`);
        }
        if (changes.title !== undefined || changes.body !== undefined) {
            operations.push({
                kind: 'update-container-translation',
                locale: w.locale,
                changes: { title: changes.title ?? have.title, ...(changes.body !== undefined ? { body: changes.body } : {}) },
            });
        }
    }
    if (f.position !== undefined && remote.position !== f.position) {
        operations.unshift({ kind: 'update-container', position: f.position });
        reasons.unshift('position');
    }
    if (!operations.length)
        return undefined;
    return {
        key,
        kind,
        action: 'update',
        id: remote.id,
        name: remote.name,
        ...(category ? { category } : {}),
        file: f.file,
        reasons,
        operations,
    };
}
/**
 * The section an article goes to when the structure step decides it: its folder's
 * `_section.yml`, or a `Category / Section` this run creates. `failed`: its `_section.yml`
 * could not be resolved (reported there). Undefined: the front matter's `section:` as usual.
 */
function sectionTargetOf(source, structure) {
    if (source.sectionFile !== undefined)
        return structure.byFile.get(source.sectionFile) ?? 'failed';
    const ref = source.meta.section;
    if (ref?.kind !== 'name')
        return undefined;
    const key = structure.byName.get((0,resolve/* normalizeName */.Pc)(ref.name));
    return key === undefined ? undefined : { newSection: key };
}

;// CONCATENATED MODULE: ./src/plan/context.ts


function createContext(snapshot, remote, options, unavailable) {
    const root = options.root ?? '.';
    const namespace = options.namespace ?? root;
    const own = remote.states.get(namespace)?.state;
    // Until this namespace writes its own record, the record of its docs root from before
    // namespaces stands in for it: existing users keep their articles without a write.
    const state = own ?? remote.legacyStates.get(root)?.state;
    const recordedBy = new Map();
    for (const [ns, held] of remote.states)
        for (const e of Object.values(held.state.articles))
            if (!recordedBy.has(e.id))
                recordedBy.set(e.id, ns);
    if (own)
        for (const e of Object.values(own.articles))
            recordedBy.set(e.id, namespace);
    const legacyBy = new Map();
    for (const [r, held] of remote.legacyStates)
        for (const e of Object.values(held.state.articles))
            if (!legacyBy.has(e.id) || r === root)
                legacyBy.set(e.id, r);
    const alone = [...remote.states.keys()].every((ns) => ns === namespace) && [...remote.legacyStates.keys()].every((r) => r === root);
    const ownerOf = (article) => recordedBy.get(article.id) ??
        (0,remote_index/* markerOf */.we)(remote, article)?.ns ??
        (legacyBy.has(article.id) ? `${legacyBy.get(article.id)} (before namespaces)` : undefined);
    const claim = (article) => {
        const ns = recordedBy.get(article.id) ?? (0,remote_index/* markerOf */.we)(remote, article)?.ns;
        if (ns !== undefined)
            return ns === namespace ? 'own' : 'foreign';
        const legacyRoot = legacyBy.get(article.id);
        if (legacyRoot !== undefined)
            return legacyRoot === root && !own ? 'own' : legacyRoot === root ? 'legacy' : 'foreign';
        // Markers from before namespaces, in a help center no other source has a record in: this
        // source's, as they always were. With other sources about, nothing says whose they are.
        return alone ? 'own' : 'legacy';
    };
    const stateByArticle = new Map(Object.entries(state?.articles ?? {}).map(([key, entry]) => [entry.id, { key, entry }]));
    const inSomeState = new Set([
        ...remote.stateArticles,
        ...[...remote.states.values(), ...remote.legacyStates.values()].flatMap(({ state: s }) => Object.values(s.articles).map((e) => e.id)),
    ]);
    return {
        state,
        namespace,
        claim,
        ownerOf,
        stateByArticle,
        managed: (id) => inSomeState.has(id) || (0,remote_index/* markerKeyOf */.Vn)(remote, id) !== undefined,
        snapshot,
        remote,
        options,
        enabledLocales: new Set(snapshot.locales),
        defaultLocale: options.defaultLocale ?? snapshot.defaultLocale,
        unavailable: new Set(unavailable),
        structure: NO_STRUCTURE,
        diagnostics: [],
    };
}
function reportError(ctx, at, message, hint) {
    ctx.diagnostics.push({ severity: 'error', ...at, message, ...(hint ? { hint } : {}) });
}

// EXTERNAL MODULE: ./src/plan/marker.ts
var plan_marker = __webpack_require__(4377);
;// CONCATENATED MODULE: ./src/plan/fields.ts

/** A front-matter value that is already the API value. */
const plain = (key) => (meta) => meta[key] === undefined ? undefined : { ok: true, value: meta[key] };
const keep = (value) => value;
const refName = (r) => (r.kind === 'id' ? String(r.id) : r.name);
/** What an article's segments are, however Zendesk answered: `user_segment_ids`, else the one `user_segment_id`. */
const segmentsOf = (a) => a.user_segment_ids ?? (a.user_segment_id === null || a.user_segment_id === undefined ? [] : [a.user_segment_id]);
const sameNumbers = (a, b) => sameSet(a.map(String), b.map(String));
const sameSet = (a = [], b = []) => a.length === b.length && [...a].sort().join('\0') === [...b].sort().join('\0');
function row(field) {
    return field;
}
const METADATA_FIELDS = [
    row({
        key: 'section',
        api: 'section_id',
        label: 'section',
        requiredToCreate: true,
        resolve: (meta, snapshot, at) => (meta.section ? (0,resolve/* resolveSection */.o2)(meta.section, snapshot, at) : undefined),
        desired: keep,
        same: (v, a) => v === a.section_id,
    }),
    row({
        key: 'permission_group',
        api: 'permission_group_id',
        label: 'permission group',
        requiredToCreate: true,
        resolve: (meta, snapshot, at) => (meta.permission_group ? (0,resolve/* resolvePermissionGroup */.Z7)(meta.permission_group, snapshot, at) : undefined),
        desired: keep,
        same: (v, a) => v === a.permission_group_id,
    }),
    row({
        key: 'user_segment',
        api: 'user_segment_id',
        label: 'user segment',
        requiredToCreate: true,
        orKey: 'user_segments',
        resolve: (meta, snapshot, at) => (meta.user_segment ? (0,resolve/* resolveUserSegment */.rR)(meta.user_segment, snapshot, at) : undefined),
        desired: keep,
        // An article with several segments that the file names one of is not "the same": it narrows.
        same: (v, a) => v !== undefined && sameNumbers(v === null ? [] : [v], segmentsOf(a)),
    }),
    row({
        key: 'user_segments',
        api: 'user_segment_ids',
        label: 'segments',
        requiredToCreate: false,
        resolve: (meta, snapshot, at) => (meta.user_segments ? (0,resolve/* resolveUserSegments */._T)(meta.user_segments, snapshot, at) : undefined),
        desired: keep,
        same: (v, a) => v !== undefined && sameNumbers(v, segmentsOf(a)),
        describe: (meta) => (meta.user_segments ? `segments: ${meta.user_segments.map(refName).join(', ') || 'everyone'}` : undefined),
    }),
    row({
        key: 'content_tags',
        api: 'content_tag_ids',
        label: 'tags',
        requiredToCreate: false,
        resolve: (meta, snapshot, at) => (meta.content_tags ? (0,resolve/* resolveContentTags */.Pn)(meta.content_tags, snapshot, at) : undefined),
        desired: keep,
        same: (v, a) => sameSet(v, a.content_tag_ids),
        describe: (meta) => (meta.content_tags ? `tags: ${meta.content_tags.join(', ') || 'none'}` : undefined),
    }),
    row({
        key: 'author',
        api: 'author_id',
        label: 'author',
        requiredToCreate: false,
        resolve: (meta, snapshot, at) => (meta.author ? (0,resolve/* resolveAuthor */.iY)(meta.author, snapshot, at) : undefined),
        desired: keep,
        same: (v, a) => v === a.author_id,
        describe: (meta) => (meta.author ? `author: ${meta.author.kind === 'id' ? meta.author.id : meta.author.email}` : undefined),
    }),
    row({
        key: 'labels',
        api: 'label_names',
        label: 'labels',
        requiredToCreate: false,
        resolve: plain('labels'),
        desired: (v, a, mode) => (mode === 'merge' && v ? [...new Set([...(a.label_names ?? []), ...v])] : v),
        same: (v, a) => sameSet(v, a.label_names),
    }),
    row({
        key: 'promoted',
        api: 'promoted',
        label: 'promoted',
        requiredToCreate: false,
        resolve: plain('promoted'),
        desired: keep,
        same: (v, a) => v === a.promoted,
    }),
    row({
        key: 'position',
        api: 'position',
        label: 'position',
        requiredToCreate: false,
        resolve: plain('position'),
        desired: keep,
        same: (v, a) => v === a.position,
    }),
    row({
        key: 'comments_disabled',
        api: 'comments_disabled',
        label: 'comments',
        requiredToCreate: false,
        resolve: plain('comments_disabled'),
        desired: keep,
        same: (v, a) => v === a.comments_disabled,
    }),
];
/** The report's name of an API field ("permission group"). */
function fieldLabel(api) {
    return METADATA_FIELDS.find((f) => f.api === api)?.label ?? api;
}

// EXTERNAL MODULE: ./src/source/types.ts
var source_types = __webpack_require__(5832);
;// CONCATENATED MODULE: ./src/plan/metadata.ts





/** The source locale of a file, and of each translation beside it; errors for locales the help center lacks. */
function checkLocales(source, ctx) {
    let ok = true;
    const sourceLocale = source.meta.locale ?? ctx.defaultLocale;
    const all = [
        { locale: sourceLocale, at: source.locations.locale ?? source.start },
        ...source.translations.map((t) => ({ locale: t.locale, at: t.start })),
    ];
    const enabled = [...ctx.enabledLocales].join(', ');
    const seen = new Set();
    for (const { locale, at } of all) {
        if (!ctx.enabledLocales.has(locale)) {
            reportError(ctx, at, `locale "${locale}" is not enabled in the help center`, `enabled: ${enabled}`);
            ok = false;
        }
        if (seen.has(locale)) {
            reportError(ctx, at, `locale "${locale}" appears twice for ${source.file}`);
            ok = false;
        }
        seen.add(locale);
    }
    return ok;
}
/** A key a new article needs and no file or _defaults.yml gives: the same for every such article. */
const requiredMessage = (key) => `${key} is required to create an article`;
/** The error for a key a new article needs and does not get (`missing-required`, which mergeMissing merges). */
function missingRequired(at, key) {
    return {
        severity: 'error',
        code: 'missing-required',
        ...at,
        message: requiredMessage(key),
        hint: `set \`${key}:\` in the front matter or in a _defaults.yml`,
    };
}
/**
 * The same key missing from several new articles is one mistake (a `_defaults.yml` that does not
 * set it): one diagnostic, at the first file, naming the others.
 */
function mergeMissing(list) {
    const first = new Map();
    const out = [];
    for (const d of list) {
        const missing = d.severity === 'error' && d.code === 'missing-required';
        const group = missing ? first.get(d.message) : undefined;
        if (group) {
            group.files.push(d.file);
            continue;
        }
        if (missing)
            first.set(d.message, { at: out.length, files: [d.file] });
        out.push(d);
    }
    for (const { at, files } of first.values())
        if (files.length > 1)
            out[at] = (0,src_diagnostics/* withArticles */.YQ)(out[at], files);
    return out;
}
/**
 * Front matter to API metadata: names to ids, through the field table. A new article also
 * needs the fields the create request requires (not asked of a file whose identity is in
 * error: it is not known to be new). Undefined when any of it failed (reported).
 */
function resolveMetadata(source, intent, ctx) {
    const metadata = {};
    let ok = true;
    // A folder's _section.yml, or a section this run creates, decides the section instead.
    const target = sectionTargetOf(source, ctx.structure);
    for (const field of METADATA_FIELDS) {
        if (field.key === 'section' && target !== undefined) {
            if (target === 'failed')
                ok = false;
            else if (typeof target === 'number')
                metadata[field.api] = target;
            continue;
        }
        const result = field.resolve(source.meta, ctx.snapshot, source.locations[field.key] ?? source.start);
        if (result === undefined) {
            // A key that was set but invalid is already an error; "required" would only repeat it.
            const covered = field.orKey !== undefined && (source.meta[field.orKey] !== undefined || (0,source_types/* wasInvalid */.x)(source, field.orKey));
            if (intent.creating && field.requiredToCreate && !covered && !(0,source_types/* wasInvalid */.x)(source, field.key)) {
                ctx.diagnostics.push(missingRequired(source.start, field.key));
                ok = false;
            }
            continue;
        }
        if (!result.ok) {
            ctx.diagnostics.push(result.diagnostic);
            ok = false;
            continue;
        }
        metadata[field.api] = result.value;
    }
    return ok ? metadata : undefined;
}
/** The fields whose wanted value the article does not hold yet, with the values to write. */
function diffMetadata(metadata, article, labelsMode) {
    const changes = {};
    const labels = [];
    for (const field of METADATA_FIELDS) {
        if (!(field.api in metadata))
            continue;
        const wanted = field.desired(metadata[field.api], article, labelsMode);
        if (field.same(wanted, article))
            continue;
        changes[field.api] = wanted;
        labels.push(field.label);
    }
    return { changes: changes, labels };
}

// EXTERNAL MODULE: ./src/plan/content-form.ts
var content_form = __webpack_require__(6773);
// EXTERNAL MODULE: ./src/plan/normalize.ts + 1 modules
var normalize = __webpack_require__(9392);
;// CONCATENATED MODULE: ./src/plan/media.ts
/** Media URLs as bodies embed them; the reference writes both spellings. */
const MEDIA_URL = /^(?:https?:\/\/[^/]+)?\/(?:guide-media|guide_medias)\/([0-9A-Za-z]+)/;
function isMediaUrl(url) {
    return MEDIA_URL.test(url);
}
/** The access key in a media URL. */
function mediaKeyOf(url) {
    return MEDIA_URL.exec(url)?.[1];
}
/**
 * The media's name in the library: the content hash first, so `filter[name_prefix]` finds the
 * file again on any later run and from any clone, then the file's own name for people.
 */
function mediaName(asset) {
    return `${asset.sha}-${asset.name}`;
}
/** The content hash a media name starts with, if it is one of this tool's. */
function shaOfMediaName(name) {
    return /^([0-9a-f]{16})-/.exec(name)?.[1];
}
/**
 * Where an article's body finds a file's URL, by file: in the library one URL serves every
 * translation; with attachments, an inline image has one per translation, a linked file one per article.
 */
function assetKey(mode, locale, sha, inline) {
    return mode === 'attachments' && inline ? `${locale}/${sha}` : sha;
}
/**
 * The URL of each file that an article's stored markers record, by `assetKey`. In library mode
 * only media URLs count (an attachment URL left by an older version is replaced); with
 * attachments, only attachment URLs, each under its locale and under the file alone.
 */
function knownAssetsOf(mode, analyzed) {
    const known = {};
    for (const [locale, a] of analyzed) {
        for (const [sha, url] of Object.entries(a.marker?.assets ?? {})) {
            if (isMediaUrl(url) !== (mode === 'library'))
                continue;
            if (mode === 'library')
                known[sha] = url;
            else {
                known[`${locale}/${sha}`] = url;
                known[sha] ??= url;
            }
        }
    }
    return known;
}
/** Media URLs that any stored marker records, by content hash: files the library has, found without a request. */
function mediaFromMarkers(analyzed) {
    const urls = new Map();
    for (const byLocale of analyzed)
        for (const a of byLocale.values())
            for (const [sha, url] of Object.entries(a.marker?.assets ?? {}))
                if (isMediaUrl(url))
                    urls.set(sha, url);
    return urls;
}

;// CONCATENATED MODULE: ./src/plan/article.ts











/**
 * Turns each rendered body into a spec: assets by hash, links to other articles by their live
 * URL (or, for an article created in this run, by key: apply fills it in). Undefined when a
 * link points at no article (reported, unless its target is a file that could not be read).
 */
function resolveBodies(p, targets, ctx) {
    const sourceLocale = p.source.meta.locale ?? ctx.defaultLocale;
    const out = { specs: [], assets: new Map(), reused: new Set(), reusedShas: new Set() };
    let ok = true;
    for (const [i, b] of p.bodies.entries()) {
        const locale = i === 0 ? sourceLocale : (b.locale ?? sourceLocale);
        const refs = [];
        for (const r of b.refs) {
            if (r.kind === 'asset') {
                out.assets.set(r.asset.sha, r.asset);
                refs.push({ index: r.index, kind: 'asset', sha: r.asset.sha, inline: r.asset.inline, written: r.url });
                continue;
            }
            const target = targets.get(r.target.toLowerCase());
            if (!target) {
                // A link to a file that could not be read is that file's problem, reported there.
                if (!ctx.unavailable.has((0,locale_suffix/* splitLocaleSuffix */.G)(r.target).base) && !ctx.unavailable.has(r.target.replace(/\.md$/i, ''))) {
                    reportError(ctx, { file: b.file, line: r.line, column: r.column }, `link to "${r.target}", which is not an article in the docs folder`);
                }
                ok = false;
                continue;
            }
            const targetLocale = target.locales.has(locale) ? locale : target.sourceLocale;
            const live = target.article ? (0,remote_index/* liveUrl */.ew)(target.article, targetLocale) : undefined;
            const url = live === undefined ? undefined : live + (r.anchor ? `#${r.anchor}` : '');
            refs.push({ index: r.index, kind: 'article', targetKey: target.key, locale: targetLocale, anchor: r.anchor, url, written: r.url });
        }
        const provenance = ctx.options.provenance;
        const spec = {
            locale,
            file: b.file,
            title: b.title,
            draft: b.draft ?? p.source.meta.draft ?? false,
            template: b.template,
            refs,
            fingerprint: b.fingerprint,
            ...viaOf(b.fragments, ctx.options.changedFiles),
            ...(provenance
                ? { sourceUrl: `${provenance.repoUrl}/blob/${encodeURI(provenance.ref)}/${b.file.split('/').map(encodeURIComponent).join('/')}` }
                : {}),
        };
        out.specs.push(spec);
        if (b.reused) {
            out.reused.add(spec);
            for (const sha of b.reused.assetShas)
                out.reusedShas.add(sha);
        }
    }
    return ok ? out : undefined;
}
/**
 * Where a body's file references find their URLs: the translation's own copy first (an inline
 * image on the attachments path, or an imported article's per-locale copy), else the file's.
 */
function assetLookup(known, locale) {
    return (ref) => (ref.kind === 'asset' ? (known[`${locale}/${ref.sha}`] ?? known[ref.sha]) : ref.url);
}
/**
 * The files an article's bodies need and Zendesk does not hold yet. Library: none per article
 * (media are made for the whole run, see `Plan.media`). Attachments: one per translation for an
 * inline image, one per article for a linked file.
 */
function attachmentsNeeded(mode, specs, assets, known) {
    if (mode === 'library')
        return [];
    const needed = new Map();
    for (const spec of specs)
        for (const ref of spec.refs) {
            if (ref.kind !== 'asset')
                continue;
            const key = assetKey(mode, spec.locale, ref.sha, ref.inline);
            const asset = assets.get(ref.sha);
            if (known[key] === undefined && asset && !needed.has(key))
                needed.set(key, { asset: { ...asset, inline: ref.inline }, ...(ref.inline ? { locale: spec.locale } : {}) });
        }
    return [...needed.values()];
}
/**
 * The URL of each file the article can use now, by `assetKey`: what its markers record (and an
 * import took it from), and in library mode the media this run found or remembered.
 */
function knownFiles(mode, analyzed, imported, assets, media) {
    const known = {};
    // What an import took an article from stays as it is, whichever path new files take.
    Object.assign(known, imported ?? {});
    Object.assign(known, knownAssetsOf(mode, analyzed));
    if (media)
        for (const sha of assets.keys())
            if (media.has(sha))
                known[sha] = media.get(sha);
    return known;
}
/** New articles whose URL these bodies need before they can be written. */
function waitsForOf(specs) {
    return [...new Set(specs.flatMap((s) => s.refs.flatMap((r) => (r.kind === 'article' && r.url === undefined ? [r.targetKey] : []))))];
}
/**
 * The operations that make one article match its files, in an order where a run that dies
 * after any of them leaves a state the next run completes (see `Operation`):
 * - new: the create (a draft with file references stubbed when it has files), the uploads onto
 *   it, then the bodies that reference them;
 * - existing: the metadata, the uploads of files Zendesk does not have (after listing what the
 *   article holds), then the translations, each attachment nothing references any more deleted
 *   just before the last write of a locale whose marker still records it.
 * `on-drift` decides about Guide edits.
 */
function diffArticle(p, article, metadata, bodies, ctx, movedFrom) {
    const { source } = p;
    const { specs, assets } = bodies;
    const analyzed = article ? (ctx.remote.analyzed.get(article.id) ?? new Map()) : new Map();
    const imported = article ? ctx.options.imported?.get(article.id) : undefined;
    const mode = ctx.options.media?.mode ?? 'library';
    const knownAssets = knownFiles(mode, analyzed, imported?.assets, assets, ctx.options.media?.urls);
    const uploads = attachmentsNeeded(mode, specs, assets, knownAssets);
    const base = {
        key: source.key,
        file: source.file,
        title: specs[0]?.title ?? source.key,
        sourceLocale: source.meta.locale ?? ctx.defaultLocale,
        knownAssets,
        waitsFor: waitsForOf(specs),
        drifted: [],
        ...(specs[0] ? { sourceFingerprint: specs[0].fingerprint } : {}),
    };
    const target = sectionTargetOf(source, ctx.structure);
    const newSection = typeof target === 'object' ? target.newSection : undefined;
    if (!article)
        return planCreate(base, p, metadata, specs, uploads, newSection);
    return planUpdate({ base, p, article, metadata, bodies, analyzed, imported, mode, uploads, newSection, movedFrom }, ctx);
}
/** A new article: the create (a draft with file references stubbed when it has files), the uploads onto it, then the bodies that reference them. */
function planCreate(base, p, metadata, specs, uploads, newSection) {
    const operations = [
        {
            kind: 'create-article',
            // resolveMetadata guarantees the fields a create requires (the section, or one made first).
            sectionId: newSection !== undefined ? { newSection } : metadata.section_id,
            metadata: {
                ...metadata,
                permission_group_id: metadata.permission_group_id,
                // "Either user_segment_id or user_segment_ids must be specified": one of them, never both.
                ...(metadata.user_segment_ids ? {} : { user_segment_id: metadata.user_segment_id ?? null }),
            },
            bodies: specs,
            stubLinks: false,
            stubFiles: uploads.length > 0,
        },
    ];
    if (uploads.length) {
        operations.push({ kind: 'attach-files', files: uploads, reconcile: false }, ...specs.filter(referencesFiles).map((body) => ({ kind: 'update-translation', body })));
    }
    const reasons = [specs.length > 1 ? `new file, ${specs.length} locales` : 'new file', ...describeFields(p.source.meta)];
    return { ...base, articleId: undefined, htmlUrl: undefined, action: 'create', reasons, operations };
}
/**
 * An existing article: the metadata, the uploads of files Zendesk does not have, then the
 * translations (flags first), the source locale last; unchanged when there is nothing to write.
 */
function planUpdate(input, ctx) {
    const { base, article, metadata, bodies, analyzed, imported, mode, uploads, newSection, movedFrom } = input;
    const { source } = input.p;
    const { specs } = bodies;
    const knownAssets = base.knownAssets;
    const operations = [];
    const reasons = [];
    if (movedFrom !== undefined) {
        // The old path, as the file is named now: same docs folder, the key it was published under.
        const docsPrefix = source.file.slice(0, source.file.length - `${source.key}.md`.length);
        reasons.push(`moved from ${docsPrefix}${movedFrom}.md`);
    }
    const { changes, labels } = diffMetadata(metadata, article, ctx.options.labelsMode ?? 'replace');
    if (labels.length || newSection !== undefined) {
        operations.push({ kind: 'update-metadata', changes, ...(newSection !== undefined ? { newSection } : {}) });
        reasons.push(`${[...(newSection !== undefined ? ['section'] : []), ...labels].join(', ')} changed`);
        reasons.push(...describeFields(source.meta, Object.keys(changes)));
    }
    if (uploads.length)
        operations.push({ kind: 'attach-files', files: uploads, reconcile: true });
    const entry = ctx.stateByArticle.get(article.id)?.entry;
    const translations = diffTranslations(source.key, article, analyzed, bodies, { mode, known: knownAssets }, entry?.t, imported?.t, ctx.namespace);
    reasons.push(...translations.reasons);
    const outdated = ctx.options.outdatedTranslations === 'ignore' ? [] : flagOutdated(article, bodies, translations, entry?.s);
    reasons.push(...outdated.map((op) => `${op.locale} marked outdated`));
    // Flags go first: a run that dies after them and before the source body still writes the body
    // next time, while one that wrote the body first would leave the translations unflagged for good.
    const writes = [...outdated, ...translations.operations];
    const stale = staleAttachments(knownAssetsOf('attachments', analyzed), knownAssets, bodies);
    if (operations.length || writes.length)
        operations.push(...withStaleDeletes(writes, stale, analyzed));
    const switchTo = sourceLocaleChange(article, specs[0]?.locale, translations.operations);
    if (switchTo) {
        // After the translation writes: the new source locale's translation may be created by them.
        operations.push(switchTo);
        reasons.push(`source locale ${switchTo.from} → ${switchTo.locale}`);
    }
    const sourceUnchanged = specs[0] !== undefined && translations.record[specs[0].locale] !== undefined && !translations.changed.has(specs[0].locale);
    const record = { fingerprint: sourceUnchanged ? specs[0]?.fingerprint : entry?.s, hashes: translations.record };
    const common = {
        ...base,
        articleId: article.id,
        htmlUrl: article.html_url,
        drifted: translations.drifted,
        record,
        ...(movedFrom !== undefined ? { movedFrom } : {}),
    };
    if (operations.length === 0) {
        const unrecorded = entry === undefined && ![...analyzed.values()].some((a) => a.marker);
        return { ...common, action: 'unchanged', reasons: [], operations, ...(unrecorded ? { unrecorded } : {}) };
    }
    return applyDriftPolicy({ ...common, action: 'update', reasons, operations }, ctx, source.start);
}
/** "segments: …", "tags: …", "author: …": what the file sets, for the fields a reader checks in a plan (all, or those in `apis`). */
function describeFields(meta, apis) {
    return METADATA_FIELDS.flatMap((f) => (f.describe && (!apis || apis.includes(f.api)) ? (f.describe(meta) ?? []) : []));
}
function referencesFiles(spec) {
    return spec.refs.some((r) => r.kind === 'asset');
}
/**
 * The translation writes with each stale attachment's delete placed just before the last
 * write of a locale whose stored marker records it: until then a marker still names it (so a
 * run that dies first leaves the delete for the next run to plan), and from then on no body
 * written by this tool points at it but the one about to be rewritten. Deletes that no write
 * covers go last.
 */
function withStaleDeletes(writes, deletes, analyzed) {
    const before = new Map();
    const last = [];
    for (const del of deletes) {
        let at = -1;
        writes.forEach((op, i) => {
            if (op.kind === 'update-translation' && analyzed.get(op.body.locale)?.marker?.assets[del.sha] !== undefined)
                at = i;
        });
        if (at < 0)
            last.push(del);
        else
            before.set(at, [...(before.get(at) ?? []), del]);
    }
    return [...writes.flatMap((op, i) => [...(before.get(i) ?? []), op]), ...last];
}
/**
 * Per locale: create the missing translation, or update what differs (title, body, draft, or only
 * the marker). A locale is drifted when what Guide holds is not what was last published: the
 * state record's hash, else the marker's. A translation whose marker is gone, on an article the
 * tool published, whose text differs from the file, is drifted too: nothing says the difference
 * is the file's, and an edit in Guide's editor is what removes markers.
 */
function diffTranslations(key, article, analyzed, bodies, files, published, 
/** Per locale, the Guide copy an import took this article from. */
imported, ns) {
    const operations = [];
    const reasons = [];
    const drifted = [];
    const record = {};
    const changed = new Set();
    const content = new Set();
    const bodyChanged = new Set();
    const remoteByLocale = new Map((0,remote_index/* translationsOf */.eY)(article).map((t) => [t.locale.toLowerCase(), t]));
    const managedElsewhere = [...analyzed.values()].some((a) => a.marker) || published !== undefined;
    for (const spec of bodies.specs) {
        const remoteT = remoteByLocale.get(spec.locale);
        if (!remoteT) {
            operations.push({ kind: 'create-translation', body: spec });
            reasons.push(`translation added (${spec.locale})`);
            changed.add(spec.locale);
            continue;
        }
        // The index analyzed every stored translation as it arrived (the snapshot keeps no body);
        // the fallback, an empty body, only keeps this function total.
        const stored = analyzed.get(spec.locale) ?? (0,plan_marker/* analyzeBody */.fc)(null);
        const current = (0,normalize/* contentHash */.Ae)(remoteT.title, stored.digest);
        if (bodies.reused.has(spec)) {
            record[spec.locale] = current;
            continue;
        }
        const last = published?.[spec.locale] ?? stored.marker?.hash ?? imported?.[spec.locale];
        const lookup = assetLookup(files.known, spec.locale);
        const desired = (0,plan_body/* finalBody */.lJ)(spec, key, lookup, ns);
        // What differs, as typed words that are also the reason's text.
        const why = [];
        if (remoteT.title !== spec.title)
            why.push('title');
        if (!desired || (desired.digest !== stored.digest && !sameContent(stored, spec, lookup)))
            why.push('body');
        if (last !== undefined ? current !== last : managedElsewhere && why.length > 0)
            drifted.push(spec.locale);
        if (remoteT.draft !== spec.draft)
            why.push(spec.draft ? 'unpublished' : 'published');
        // A body the tool never wrote (adopted) gets its marker with its first real change, not before;
        // an imported article is known by its id, so a locale without a marker is not a stripped one.
        const markerOwed = imported !== undefined ? managedElsewhere && stored.marker !== undefined : true;
        if (why.length === 0 && markerOwed && !markerCurrent(stored, key, ns, desired?.hash, spec, lookup)) {
            why.push('publisher marker');
        }
        // What the record keeps if this write does not happen: Guide's copy where it is the file's.
        if (why.length === 0 || (why.length === 1 && why[0] === 'publisher marker'))
            record[spec.locale] = current;
        else if (last !== undefined)
            record[spec.locale] = last;
        if (why.includes('title') || why.includes('body'))
            content.add(spec.locale);
        if (why.includes('body'))
            bodyChanged.add(spec.locale);
        if (why.length) {
            operations.push({ kind: 'update-translation', body: spec });
            const via = why.includes('body') && spec.via?.length ? ` via ${spec.via.join(', ')}` : '';
            reasons.push(`${why.join(', ')} changed (${spec.locale})${via}`);
            changed.add(spec.locale);
        }
    }
    return { operations, reasons, drifted, record, changed, content, bodyChanged };
}
/**
 * When the source body changes, each translation whose own file did not is flagged outdated
 * (once: one Guide already flags is left alone); one whose content is written is up to date
 * again, so a flag it has is cleared in that same request. Returns the flags to set on their
 * own; the updates that set or clear one carry it (`outdated`).
 */
function flagOutdated(article, bodies, diff, 
/** The source file's fingerprint when it was last published (the state record's). */
published) {
    const [source, ...others] = bodies.specs;
    if (!source)
        return [];
    const remote = new Map((0,remote_index/* translationsOf */.eY)(article).map((t) => [t.locale.toLowerCase(), t]));
    // The file changed since it was published, not only Guide's copy (a half-made article being
    // completed, an edit in Guide being overwritten): only then have the translations fallen behind.
    const sourceChanged = diff.bodyChanged.has(source.locale) && published !== undefined && published !== source.fingerprint;
    const marks = [];
    for (const spec of others) {
        const stored = remote.get(spec.locale);
        if (!stored)
            continue;
        const update = diff.operations.find((op) => op.kind === 'update-translation' && op.body.locale === spec.locale);
        if (diff.content.has(spec.locale)) {
            if (stored.outdated && update)
                update.outdated = false;
        }
        else if (sourceChanged && !stored.outdated) {
            if (update)
                update.outdated = true;
            else
                marks.push({ kind: 'mark-outdated', locale: spec.locale });
        }
    }
    return marks;
}
/** The file's locale names another translation than the article's source: switch, once that translation exists. */
function sourceLocaleChange(article, wanted, writes) {
    const from = article.source_locale.toLowerCase();
    if (wanted === undefined || wanted === from)
        return undefined;
    const exists = (0,remote_index/* translationsOf */.eY)(article).some((t) => t.locale.toLowerCase() === wanted) ||
        writes.some((op) => op.kind === 'create-translation' && op.body.locale === wanted);
    return exists ? { kind: 'set-source-locale', locale: wanted, from } : undefined;
}
/**
 * For a body the tool did not write (no marker: made in Guide, then imported or adopted):
 * whether it says what the file says, however its HTML is spelled (see content-form.ts).
 */
function sameContent(stored, spec, lookup) {
    if (stored.marker || stored.content === undefined)
        return false;
    const filled = (0,plan_body/* fillTemplate */.ou)(spec, lookup);
    return filled !== undefined && (0,content_form/* contentDigest */.eZ)(filled) === stored.content;
}
/** Whether the stored marker already records this key, content hash and these attachments. */
function markerCurrent(stored, key, ns, hash, spec, lookup) {
    const marker = stored.marker;
    if (!marker || marker.key !== key || marker.hash !== hash)
        return false;
    // A marker from before namespaces on an article this source claims is current: it gets the
    // namespace with the next real write, so upgrading costs no request.
    if (marker.ns !== undefined && marker.ns !== ns)
        return false;
    const wanted = spec.refs.filter((r) => r.kind === 'asset');
    return (Object.keys(marker.assets).length === new Set(wanted.map((r) => r.sha)).size && wanted.every((r) => marker.assets[r.sha] === lookup(r)));
}
/** The id in an attachment's content_url (`.../hc/article_attachments/{id}/{name}`). */
function attachmentIdOf(url) {
    const id = /\/article_attachments\/(\d+)\//.exec(url)?.[1];
    return id === undefined ? undefined : Number(id);
}
/**
 * Attachments the markers record that no body will reference any more (their file changed or
 * went, or, in library mode, bodies embed media URLs now): every attachment URL among
 * `candidates` that no desired body uses.
 */
function staleAttachments(candidates, known, bodies) {
    const used = new Set();
    for (const spec of bodies.specs) {
        const lookup = assetLookup(known, spec.locale);
        for (const r of spec.refs)
            if (r.kind === 'asset')
                used.add(lookup(r) ?? '');
    }
    const out = new Map();
    for (const [key, url] of Object.entries(candidates)) {
        const sha = key.slice(key.lastIndexOf('/') + 1);
        const id = attachmentIdOf(url);
        if (id === undefined || used.has(url) || bodies.reusedShas.has(sha))
            continue;
        out.set(id, { kind: 'delete-attachment', attachmentId: id, sha });
    }
    return [...out.values()];
}
/** An update of an article edited in Guide since the last publish: `on-drift` decides. */
function applyDriftPolicy(plan, ctx, at) {
    if (!plan.drifted.length)
        return plan;
    const locales = plan.drifted.join(', ');
    switch (ctx.options.onDrift) {
        case 'skip':
            return {
                ...plan,
                action: 'skip',
                reasons: [`edited in Guide since the last publish (${locales}); on-drift is skip`],
                operations: [],
            };
        case 'fail':
            reportError(ctx, at, `article ${plan.articleId} was edited in Guide since the last publish (${locales})`, 'on-drift is fail: bring the edit into this file, or run with on-drift: overwrite');
            return plan;
        case 'overwrite':
            return plan;
    }
}
/** The fragments a changed body is put down to: those git saw change, or all of them when it cannot tell. */
function viaOf(fragments, changed) {
    if (!fragments?.length)
        return {};
    const via = changed ? fragments.filter((f) => changed.has(f)) : [...fragments];
    return via.length ? { via } : {};
}

;// CONCATENATED MODULE: ./src/apply/segments.ts

/**
 * Several user segments on one article are for Enterprise plans; other plans answer with a
 * validation error ("For Enterprise plans only this may contain more than one user_segment_id",
 * developer.zendesk.com/api-reference/help_center/help-center-api/articles/). Nothing tells the
 * plan in advance, so the refusal is turned into words the writer can act on; the logger puts
 * the file in front of it.
 */
async function explainSegments(metadata, write) {
    try {
        return await write();
    }
    catch (error) {
        const several = (metadata.user_segment_ids?.length ?? 0) > 1;
        if (several && error instanceof errors/* ZendeskApiError */.Z_ && (error.status === 422 || error.status === 400)) {
            throw new Error(`user_segments lists ${metadata.user_segment_ids.length} segments, and this help center's plan allows one segment per article (Zendesk: ${error.message}); keep one segment, or use user_segment`, { cause: error });
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/apply/executors.ts






const NO_STUBS = { links: false, files: false };
/** The id of the article being written; only missing if the plan is out of order (a bug). */
function idOf(run) {
    if (run.outcome.articleId === undefined)
        throw new Error(`internal: ${run.article.key} has no article id yet`);
    return run.outcome.articleId;
}
const NEWEST_PAGE_SIZE = 30;
const NEWEST_PAGES = 5;
const CLOCK_MARGIN_MS = 60_000;
/**
 * Where a create that lost its answer would be if it landed: among the section's newest
 * articles, the one whose marker carries this key. Small pages, newest first, stopping at
 * articles older than the first attempt (a minute's margin for the clocks of both sides).
 */
async function findCreated(client, sectionId, locale, key, sentAt, sent) {
    // Another docs root may create an article with the same key at the same time: its namespace tells them apart.
    const ns = (0,plan_marker/* analyzeBody */.fc)(sent).marker?.ns;
    let next;
    for (let page = 0; page < NEWEST_PAGES; page++) {
        const { articles, next_page } = await client.newestArticles(sectionId, locale, NEWEST_PAGE_SIZE, next);
        const found = articles.find((a) => {
            const marker = (0,plan_marker/* analyzeBody */.fc)(a.body).marker;
            return marker?.key === key && (marker.ns === undefined || marker.ns === ns);
        });
        if (found)
            return found;
        const oldest = articles.at(-1);
        if (!next_page || !oldest || Date.parse(oldest.created_at) < sentAt - CLOCK_MARGIN_MS)
            return undefined;
        next = next_page;
    }
    return undefined;
}
/** Whether an attachment Zendesk holds is this local file, as far as its answer tells: name, size, kind and locale. */
function holds(attachment, file) {
    const { asset } = file;
    const sameLocale = !asset.inline || attachment.locale === undefined || attachment.locale === null || attachment.locale === file.locale;
    return attachment.file_name === asset.name && attachment.size === asset.size && attachment.inline === asset.inline && sameLocale;
}
const fileKey = (f) => `${f.asset.name}\u0000${f.asset.size}\u0000${f.asset.inline}\u0000${f.locale ?? ''}`;
/** One executor per operation kind: the compiler refuses a kind without one. */
const EXECUTORS = {
    'create-article': async (op, run) => {
        const stubs = { links: op.stubLinks, files: op.stubFiles };
        const [main, ...rest] = await Promise.all(op.bodies.map((b) => run.render(b, stubs)));
        if (!main)
            throw new Error(`internal: ${run.article.key} has no body to create`);
        const sentAt = Date.now();
        const sectionId = run.section(op.sectionId);
        const metadata = { ...run.tags(op.metadata), section_id: sectionId };
        const zd = await explainSegments(metadata, () => run.write(() => run.client.createArticle(sectionId, (0,remote_client/* newArticle */.zj)(metadata, [main, ...rest]), () => findCreated(run.client, sectionId, main.locale, run.article.key, sentAt, main.body))));
        run.outcome.articleId = zd.id;
        run.outcome.sectionId = sectionId;
        run.outcome.htmlUrl = zd.html_url;
        run.outcome.status = 'created';
        run.created(zd.html_url, main.locale);
        for (const b of [main, ...rest])
            run.written(b.locale);
    },
    'attach-files': async (op, run) => {
        const id = idOf(run);
        const listed = op.reconcile ? await run.client.listAttachments(id) : [];
        const known = new Set(Object.values(run.article.knownAssets).flatMap((url) => attachmentIdOf(url) ?? []));
        // What a marker records belongs to its body, and what Zendesk made for a media URL to the
        // body embedding it; the rest was left by a run that died, or is stale.
        const unaccounted = listed.filter((a) => !known.has(a.id) && !a.guide_media_id);
        const keys = op.files.map(fileKey);
        // Two local files that look alike from outside cannot be told apart on Zendesk: upload both.
        const alike = new Set(keys.filter((k, i) => keys.indexOf(k) !== i));
        const mine = new Set();
        const fresh = [];
        const associate = async () => {
            const batch = fresh.splice(0, remote_client/* BULK_ATTACHMENTS */.IL);
            if (batch.length)
                await run.write(() => run.client.bulkAttach(id, batch));
        };
        for (const file of op.files) {
            let attachment = alike.has(fileKey(file)) ? undefined : unaccounted.find((a) => !mine.has(a.id) && holds(a, file));
            if (!attachment) {
                const data = file.asset.data ?? (await promises_default().readFile(file.asset.absPath));
                const upload = { name: file.asset.name, contentType: file.asset.contentType, data };
                attachment = await run.write(() => run.client.uploadUnassociated(upload, file.asset.inline, file.locale));
                fresh.push(attachment.id);
                // Associated at once, a batch at a time: an upload on no article cannot be found again.
                if (fresh.length === remote_client/* BULK_ATTACHMENTS */.IL)
                    await associate();
            }
            mine.add(attachment.id);
            run.assets[assetKey('attachments', file.locale ?? '', file.asset.sha, file.asset.inline)] = attachment.content_url;
        }
        await associate();
        for (const a of unaccounted)
            if (!mine.has(a.id))
                await run.write(() => run.client.deleteAttachment(a.id));
    },
    'update-metadata': async (op, run) => {
        const changes = run.tags(op.newSection !== undefined ? { ...op.changes, section_id: run.section({ newSection: op.newSection }) } : op.changes);
        await explainSegments(changes, () => run.write(() => run.client.updateArticle(idOf(run), changes)));
    },
    'create-translation': async (op, run) => {
        const b = await run.render(op.body);
        const id = idOf(run);
        await run.write(() => run.client.createTranslation(id, b, () => run.client.getTranslation(id, b.locale)));
        run.written(b.locale);
    },
    'update-translation': async (op, run) => {
        const b = await run.render(op.body);
        const flag = op.outdated !== undefined ? { outdated: op.outdated } : {};
        await run.write(() => run.client.updateTranslation(idOf(run), b.locale, { title: b.title, body: b.body, draft: b.draft, ...flag }));
        run.written(b.locale);
    },
    'mark-outdated': async (op, run) => {
        await run.write(() => run.client.updateTranslation(idOf(run), op.locale, { outdated: true }));
    },
    'set-source-locale': async (op, run) => {
        await run.write(() => run.client.setSourceLocale(idOf(run), op.locale));
    },
    'delete-attachment': async (op, run) => {
        await run.write(() => run.client.deleteAttachment(op.attachmentId));
    },
    'set-redirect': async (op, run) => {
        // To the article by path, without its slug: a later change of title does not break the rule.
        const to = `/hc/${op.locale}/articles/${idOf(run)}`;
        if (!run.redirect)
            throw new Error('internal: no way to write redirect rules');
        const redirect = run.redirect;
        await run.write(() => redirect({ from: op.from, to, status: op.status }));
    },
    archive: async (_op, run) => {
        await run.write(() => run.client.archiveArticle(idOf(run)));
        run.outcome.status = 'archived';
    },
};
/** The bodies an operation writes. */
function bodiesOf(op) {
    if (op.kind === 'create-article')
        return op.bodies;
    if (op.kind === 'create-translation' || op.kind === 'update-translation')
        return [op.body];
    return [];
}
function execute(op, run) {
    return EXECUTORS[op.kind](op, run);
}

;// CONCATENATED MODULE: ./src/apply/article-run.ts




function deferred() {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
        resolve = res;
        reject = rej;
    });
    // A promise nobody waits for must not become an unhandled rejection.
    promise.catch(() => undefined);
    const d = {
        promise,
        settled: false,
        resolve: (v) => {
            d.settled = true;
            resolve(v);
        },
        reject: (e) => {
            d.settled = true;
            reject(e);
        },
    };
    return d;
}
/**
 * The URL of a linked article, once it exists. While the article waits for it, its slot goes
 * to another: the target may need it.
 */
function linkResolver(shared) {
    let waits = 0;
    return async (ref, stub) => {
        if (ref.url !== undefined)
            return ref.url;
        if (stub)
            return plan_body/* STUB_URL */.Nz;
        const target = shared.targets.get(ref.targetKey);
        if (!target)
            throw new Error(`internal: no URL for linked article ${ref.targetKey}`);
        let created;
        const wait = !target.settled;
        if (wait && waits++ === 0)
            shared.writing.release();
        try {
            created = await target.promise;
        }
        catch {
            throw new Error(`not written: it links to ${ref.targetKey}, which could not be created`);
        }
        finally {
            // Back before articles not started yet: finishing what is under way comes first.
            if (wait && --waits === 0)
                await shared.writing.acquire(true);
        }
        return (0,remote_index/* localeUrl */.EJ)(created.htmlUrl, created.sourceLocale, ref.locale) + (ref.anchor ? `#${ref.anchor}` : '');
    };
}
/** Attachment URL by content hash: the article's known ones, then the media made this run (they serve every article that embeds them). */
function assetsOf(article, options) {
    const assets = { ...article.knownAssets };
    for (const spec of article.operations.flatMap(bodiesOf))
        for (const ref of spec.refs)
            if (ref.kind === 'asset' && options.media?.urls.has(ref.sha))
                assets[ref.sha] ??= options.media.urls.get(ref.sha);
    return assets;
}
/** Renders a body as sent, recording its hash in `rendered` for the state record. */
function bodyRenderer(shared, article, assets, rendered) {
    const linkUrl = linkResolver(shared);
    const { options } = shared;
    return async (spec, stubs = NO_STUBS) => {
        const links = new Map();
        for (const ref of spec.refs)
            if (ref.kind === 'article')
                links.set(ref.index, await linkUrl(ref, stubs.links));
        const known = (ref) => assets[`${spec.locale}/${ref.sha}`] ?? assets[ref.sha];
        for (const ref of spec.refs) {
            const failed = ref.kind === 'asset' && known(ref) === undefined ? options.media?.failed.get(ref.sha) : undefined;
            if (failed !== undefined)
                throw new Error(`not written: "${ref.written}" could not be uploaded (${failed})`);
        }
        const final = (0,plan_body/* finalBody */.lJ)(spec, article.key, (ref) => (ref.kind === 'asset' ? (known(ref) ?? (stubs.files ? plan_body/* STUB_URL */.Nz : undefined)) : links.get(ref.index)), shared.plan.namespace);
        if (!final)
            throw new Error(`internal: unresolved reference in ${spec.file}`);
        rendered.set(spec.locale, final.hash);
        const stubbed = spec.refs.some((r) => r.kind === 'article' ? stubs.links && r.url === undefined : stubs.files && known(r) === undefined);
        return { locale: spec.locale, title: spec.title, body: final.html, draft: spec.draft || stubbed };
    };
}
/** What the executors of one article share (see executors.ts). */
function articleRun(shared, article, outcome) {
    const { options } = shared;
    const assets = assetsOf(article, options);
    const rendered = new Map();
    return {
        article,
        outcome,
        client: shared.client,
        assets,
        tags: (metadata) => withTagIds(metadata, options.contentTags),
        redirect: options.redirect,
        section(target) {
            if (typeof target === 'number')
                return target;
            const id = options.sections?.get(target.newSection);
            if (id === undefined)
                throw new Error(`internal: section ${target.newSection} was not created before its articles`);
            return id;
        },
        render: bodyRenderer(shared, article, assets, rendered),
        written(locale) {
            const hash = rendered.get(locale);
            if (hash !== undefined)
                outcome.published = { ...outcome.published, [locale]: hash };
        },
        write(fn) {
            outcome.requests++;
            return fn();
        },
        created(htmlUrl, sourceLocale) {
            shared.targets.get(article.key)?.resolve({ htmlUrl, sourceLocale });
        },
    };
}

;// CONCATENATED MODULE: ./src/apply/media-upload.ts





/** How long to look for a media whose create lost its answer ("a slight delay" before search shows it). */
const FIND_DELAYS_MS = [500, 1000, 2000, 4000];
/** The media this tool named for a file, if search shows it. */
async function findMedia(client, asset, sleep, patient) {
    const name = mediaName(asset);
    for (const delay of patient ? [0, ...FIND_DELAYS_MS] : [0]) {
        if (delay)
            await sleep(delay);
        const found = (await client.searchMedia(name, true)).find((m) => m.name === name);
        if (found)
            return found;
    }
    return undefined;
}
/**
 * One file into the media library: the upload URL, the bytes PUT to the storage host with
 * exactly the headers it names, then the media. A create whose answer was lost is looked for by
 * name before it is sent again; a 409 (the asset was used: that create had landed) is answered
 * by finding the media it made.
 */
async function makeMedia(client, asset, sleep) {
    const data = asset.data ?? (await promises_default().readFile(asset.absPath));
    const target = await client.mediaUploadUrl(asset.contentType, data.length);
    await client.putUpload(target, data);
    try {
        return await client.createMedia(target.assetUploadId, mediaName(asset), () => findMedia(client, asset, sleep, false));
    }
    catch (error) {
        if (!(error instanceof errors/* ZendeskApiError */.Z_ && error.status === 409))
            throw error;
        const found = await findMedia(client, asset, sleep, true);
        if (!found)
            throw error;
        return found;
    }
}
/**
 * Makes each file a Guide Media object, before any article: bodies then embed the media's URL,
 * and a new article is created with its final bodies. At most `atOnce` files at a time.
 */
async function uploadMedia(client, uploads, logger, options = {}) {
    const made = { urls: new Map(), failed: new Map(), uploaded: { files: 0, bytes: 0 } };
    const before = { ...client.uploaded };
    const slots = new remote_slots/* Slots */.W(options.atOnce ?? 4);
    const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    await Promise.all(uploads.map((asset) => slots.run(async () => {
        try {
            made.urls.set(asset.sha, (await makeMedia(client, asset, sleep)).url);
        }
        catch (error) {
            made.failed.set(asset.sha, (0,src_errors/* errorMessage */.gJ)(error));
            logger.error(`${asset.file}: could not be uploaded to the media library: ${(0,src_errors/* errorMessage */.gJ)(error)}`, { file: asset.file });
        }
    })));
    made.uploaded = { files: client.uploaded.files - before.files, bytes: client.uploaded.bytes - before.bytes };
    return made;
}

;// CONCATENATED MODULE: ./src/apply/apply.ts






/**
 * An article the stop reached: not started (skipped), or started and left part-written (its
 * marker and the state record let the next publish complete it).
 */
function stopped(outcome) {
    outcome.interrupted = true;
    if (outcome.requests === 0) {
        outcome.status = 'skipped';
        outcome.error = 'not written: the run was interrupted';
    }
    else {
        if (outcome.status === 'unchanged')
            outcome.status = 'updated';
        outcome.error = 'partly written: the run was interrupted; the next publish completes it';
    }
}
/**
 * Before an archive of a replaced article: waits for the replacing article's rules. Returns
 * false (the outcome says why) when they were not written, so the article stays live.
 */
async function rulesWritten(run, article, outcome) {
    const by = article.replacedBy;
    const rules = by !== undefined ? run.redirected.get(by.key) : undefined;
    if (!by || !rules)
        return true;
    try {
        await rules.promise;
        return true;
    }
    catch (error) {
        if (run.options.stop?.aborted) {
            stopped(outcome);
            return false;
        }
        outcome.status = 'skipped';
        outcome.error = `not archived: the redirect rules to ${by.file} were not written (${(0,src_errors/* errorMessage */.gJ)(error)}); the next publish archives it once they are`;
        run.logger.warning(`${by.file}: article ${article.articleId ?? article.key} ${outcome.error}`, { file: by.file });
        return false;
    }
}
/** The article's operations in order, in a slot, the stop honoured. Settles what others wait for. */
async function writeArticle(run, article, outcome) {
    const settle = (error) => {
        const rules = run.redirected.get(article.key);
        if (error === undefined)
            rules?.resolve();
        else {
            run.targets.get(article.key)?.reject(error);
            rules?.reject(error);
        }
    };
    await run.writing.acquire();
    try {
        if (run.options.stop?.aborted) {
            stopped(outcome);
            settle(new remote_stop/* InterruptedError */.p4());
            return;
        }
        const executing = articleRun(run, article, outcome);
        // The articles it replaces need its rules, not the rest of its writes.
        const lastRule = article.operations.map((op) => op.kind).lastIndexOf('set-redirect');
        if (lastRule === -1)
            run.redirected.get(article.key)?.resolve();
        await (0,remote_stop/* stoppable */.pZ)(run.options.stop, async () => {
            for (const [i, op] of article.operations.entries()) {
                await execute(op, executing);
                if (outcome.status === 'unchanged')
                    outcome.status = 'updated';
                if (i === lastRule)
                    run.redirected.get(article.key)?.resolve();
            }
        });
        settle();
    }
    catch (error) {
        settle(error);
        // Whatever failed once the run was asked to stop failed because of it (a link target not
        // created, a request not sent): the article is interrupted, not refused by Zendesk.
        if (run.options.stop?.aborted) {
            stopped(outcome);
            return;
        }
        outcome.status = 'failed';
        outcome.error = (0,src_errors/* errorMessage */.gJ)(error);
        run.logger.error(`${article.file ?? article.key}: ${outcome.error}`, article.file ? { file: article.file } : undefined);
    }
    finally {
        run.writing.release();
    }
    run.logger.progress?.({ kind: 'advance', item: article.file ?? article.key, failed: outcome.status === 'failed' });
}
async function runArticle(run, article) {
    const outcome = { key: article.key, status: 'unchanged', articleId: article.articleId, htmlUrl: article.htmlUrl, requests: 0 };
    run.outcomes.set(article.key, outcome);
    if (article.action === 'skip')
        outcome.status = 'skipped';
    if (article.operations.length === 0) {
        run.redirected.get(article.key)?.resolve();
        return;
    }
    if (!(await rulesWritten(run, article, outcome))) {
        run.logger.progress?.({ kind: 'advance', item: article.file ?? article.key, failed: false });
        return;
    }
    await writeArticle(run, article, outcome);
}
/**
 * Executes a plan and nothing else, in the plan's order per article (the article, its files
 * uploaded onto it, then the bodies that reference them); across articles, a body that links
 * to a new article waits until that article exists (the plan has already broken cycles by
 * stubbing links in a draft), and an article replaced by another (`redirect_from`) is archived
 * once that one's redirect rules are written. One article failing does not stop the others;
 * what it managed to write is found by the next run through its marker and completed, so
 * re-running converges without duplicates.
 */
async function applyPlan(plan, client, logger, options = {}) {
    // Files first: every body that embeds one can then be written whole, in one request.
    if (plan.media?.uploads.length && !options.media) {
        const made = await uploadMedia(client, plan.media.uploads, logger, options.sleep ? { sleep: options.sleep } : {});
        options = { ...options, media: made };
        logger.info(`Media library: ${made.urls.size} of ${plan.media.uploads.length} new files uploaded (${made.uploaded.bytes} bytes).`);
    }
    const keys = new Set(plan.articles.map((a) => a.key));
    const run = {
        plan,
        client,
        options,
        logger,
        outcomes: new Map(),
        targets: new Map(plan.articles.filter((a) => a.action === 'create').map((a) => [a.key, deferred()])),
        writing: new remote_slots/* Slots */.W(options.articlesAtOnce ?? 8),
        redirected: new Map(plan.articles.flatMap((a) => (a.replacedBy && keys.has(a.replacedBy.key) ? [[a.replacedBy.key, deferred()]] : []))),
    };
    await Promise.all(plan.articles.map((article) => runArticle(run, article)));
    return run.outcomes;
}

// EXTERNAL MODULE: ./src/plan/state-shards.ts
var state_shards = __webpack_require__(2266);
// EXTERNAL MODULE: ./src/apply/state-write.ts
var state_write = __webpack_require__(9171);
;// CONCATENATED MODULE: ./src/apply/state-sync.ts



/** Where the first state record of a docs root goes: beside one of its articles. */
function placeOf(plan, outcomes, snapshot) {
    const staff = snapshot.userSegments.find((s) => s.user_type === 'staff')?.id ?? null;
    for (const a of plan.articles) {
        const existing = a.articleId !== undefined ? snapshot.articles.get(a.articleId) : undefined;
        if (existing)
            return {
                sectionId: existing.section_id,
                permissionGroupId: existing.permission_group_id,
                userSegmentId: staff,
                locale: snapshot.defaultLocale,
            };
        const create = a.operations.find((o) => o.kind === 'create-article');
        const outcome = outcomes.get(a.key);
        if (create?.kind === 'create-article' && outcome?.articleId !== undefined) {
            const sectionId = typeof create.sectionId === 'number' ? create.sectionId : outcome.sectionId;
            if (sectionId === undefined)
                continue;
            return {
                sectionId,
                permissionGroupId: create.metadata.permission_group_id,
                userSegmentId: staff,
                locale: snapshot.defaultLocale,
            };
        }
    }
    return undefined;
}
function wroteSomething(outcomes) {
    for (const o of outcomes.values())
        if (o.requests > 0)
            return true;
    return false;
}
/**
 * After apply: saves what this run published into the docs root's state record, rewriting only
 * the parts (shards, see plan/state-shards.ts) whose entries changed: a no-op run writes nothing,
 * and a change to one article rewrites the one part that holds it. A failure here loses nothing
 * already published (markers still carry identity) and the next publish saves the record again.
 */
async function syncState(options) {
    const held = options.index.states.get(options.namespace);
    // Taken over from the docs root's old record: it becomes this namespace's with the first
    // publish that changes it, in articles of its own (the old one stays, for other sources
    // that still read it), and not before: a no-op run writes nothing.
    const prev = held?.state ?? options.index.legacyStates.get(options.root)?.state;
    const next = (0,plan_state/* nextState */.VK)(prev, options.root, options.plan, options.outcomes, options.namespace);
    if (held === undefined && (0,plan_state/* sameState */.yY)(prev, next) && !(prev !== undefined && wroteSomething(options.outcomes)))
        return;
    if (options.commit)
        next.commit = options.commit;
    const duplicates = held?.duplicates ?? [];
    const writes = (0,state_shards/* planShardWrites */._f)({
        held: [...(held?.shards.values() ?? [])],
        prev: storedEntries(held),
        next,
        budget: options.shardBudget ?? state_shards/* SHARD_BUDGET */.FW,
        size: (state, shard) => (0,plan_state/* stateHtml */.tL)(state, shard).length,
    });
    if (writes.length === 0 && duplicates.length === 0)
        return;
    const place = writes.some((w) => w.article === undefined) ? placeOf(options.plan, options.outcomes, options.snapshot) : undefined;
    let done = 0;
    try {
        for (const w of writes) {
            await (0,state_write/* writeState */.J)(options.client, w.article, w.state, place, w.shard);
            done++;
        }
        // Only once the kept copies hold every entry: an extra copy archived before would lose some.
        await archiveExtraCopies(options.client, options.logger, options.namespace, duplicates);
        if (writes.length === 0)
            return;
        const parts = held === undefined
            ? writes.length
            : new Set([...held.shards.keys(), ...writes.map((w) => `${w.shard.depth}/${w.shard.prefix}`)]).size;
        options.logger.info(`State record saved (${Object.keys(next.articles).length} articles; ${done} of its ${parts} part${parts === 1 ? '' : 's'} written).`);
    }
    catch (error) {
        options.logger.warning(`could not save the state record (${error instanceof Error ? error.message : String(error)}; ${done} of ${writes.length} parts written); the articles are published, and the next publish saves it`, { file: options.root });
    }
}
/**
 * The entries as the record's articles store them: what the run read, less the entries merged
 * in from a second copy of a part (the kept article lacks them, so its part is rewritten).
 */
function storedEntries(held) {
    const stored = { ...(held?.state.articles ?? {}) };
    for (const d of held?.duplicates ?? [])
        for (const key of d.added)
            delete stored[key];
    return stored;
}
/** Archives the second copies of the record's parts (restorable in Guide), saying which were kept. */
async function archiveExtraCopies(client, logger, namespace, duplicates) {
    for (const d of duplicates) {
        for (const id of d.extra)
            await client.archiveArticle(id);
        const n = d.added.length;
        const merged = n ? `, merging in the ${n === 1 ? 'entry' : `${n} entries`} only ${d.extra.length === 1 ? 'it' : 'they'} held` : '';
        logger.info(`State record of ${namespace}: kept #${d.kept} for part ${d.label} (${d.why}) and archived the extra copy ${d.extra.map((x) => `#${x}`).join(', ')}${merged}.`);
    }
}
/**
 * Whether the state record would be written by a run that writes no article: a record to
 * create for articles found by their markers, say. Such a run writes, so it takes the lease.
 */
function stateWouldChange(index, namespace, root, plan) {
    const held = index.states.get(namespace);
    // A second copy of a part is merged and archived: a write, under the lease.
    if (held?.duplicates.length)
        return true;
    const prev = held?.state ?? index.legacyStates.get(root)?.state;
    return !(0,plan_state/* sameState */.yY)(prev, (0,plan_state/* nextState */.VK)(prev, root, plan, undefined, namespace));
}

;// CONCATENATED MODULE: ./src/apply/structure.ts
/** How the report and the error name a change: `section "FAQ" in category "Billing"`. */
function describeChange(change) {
    return change.kind === 'section' && change.category !== undefined
        ? `section "${change.name}" in category "${change.category}"`
        : `${change.kind} "${change.name}"`;
}
/**
 * Creates and updates sections and categories, one request at a time, before any article is
 * written: articles go into the sections made here. The first failure stops the run (the
 * error names what was being written and, for a 403, the Guide right it needs), so no article
 * is written into a structure that is not there. Whatever was created before is found by name
 * next time, so a re-run never makes two.
 */
async function applyStructure(changes, client, logger) {
    const ids = new Map();
    const outcomes = new Map();
    for (const change of changes) {
        let id = change.id;
        let requests = 0;
        for (const op of change.operations) {
            try {
                requests++;
                id = await run(op, change, id, ids, client);
            }
            catch (error) {
                if (error instanceof Error)
                    error.message = `${change.action === 'create' ? 'creating' : 'updating'} ${describeChange(change)}: ${error.message}`;
                throw error;
            }
        }
        if (id === undefined)
            throw new Error(`internal: ${change.key} has no id after its operations`);
        if (change.action === 'create')
            ids.set(change.key, id);
        outcomes.set(change.key, { key: change.key, status: change.action === 'create' ? 'created' : 'updated', id, requests });
        logger.info(`${change.action === 'create' ? 'Created' : 'Updated'} ${describeChange(change)} (${id})`);
    }
    return { ids, outcomes };
}
async function run(op, change, id, ids, client) {
    const own = () => {
        if (id === undefined)
            throw new Error(`internal: ${change.key} is written before it exists`);
        return id;
    };
    switch (op.kind) {
        case 'create-category':
            return (await client.createCategory(op.category)).id;
        case 'create-section': {
            const target = op.categoryId;
            const categoryId = typeof target === 'number' ? target : ids.get(target.newCategory);
            if (categoryId === undefined)
                throw new Error(`internal: the category of ${change.key} was not created first`);
            return (await client.createSection(categoryId, op.section)).id;
        }
        case 'update-container':
            await client.updateContainer(change.kind, own(), { position: op.position });
            return own();
        case 'create-container-translation':
            await client.createContainerTranslation(change.kind, own(), op.translation);
            return own();
        case 'update-container-translation':
            await client.updateContainerTranslation(change.kind, own(), op.locale, op.changes);
            return own();
    }
}

// EXTERNAL MODULE: ./src/report/plural.ts
var plural = __webpack_require__(1190);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/source/git.ts


/** Runs git in the repository; undefined when git is missing or the command fails. */
function git(repoRoot, args) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', ['-C', repoRoot, ...args], { maxBuffer: 64 * 1024 * 1024, windowsHide: true }, (error, stdout) => resolve(error ? undefined : stdout));
    });
}
/** The commit checked out, when the docs are in a git repository. */
async function gitHead(repoRoot) {
    return (await git(repoRoot, ['rev-parse', '--verify', '--quiet', 'HEAD']))?.trim() || undefined;
}
/**
 * Markdown files git sees moved under the docs root since `fromCommit` (the state record's),
 * committed or staged: old key → new key (docs-relative paths without `.md`). A shallow clone
 * (actions/checkout's default) does not reach an older commit: then renames are found by
 * content and title instead, and the caller says so.
 */
async function gitRenames(repoRoot, fromCommit, docsRoot) {
    if (!/^[0-9a-f]{7,64}$/i.test(fromCommit))
        return { unavailable: 'the recorded commit is not a commit id' };
    if ((await git(repoRoot, ['cat-file', '-e', `${fromCommit}^{commit}`])) === undefined) {
        return { unavailable: `git history here does not reach commit ${fromCommit.slice(0, 7)} (a shallow clone? use fetch-depth: 0)` };
    }
    const docsRel = external_node_path_default().relative(repoRoot, docsRoot).split((external_node_path_default()).sep).join('/') || '.';
    const out = await git(repoRoot, ['diff', '-M', '--name-status', '-z', fromCommit, '--', docsRel]);
    if (out === undefined)
        return { unavailable: 'git diff failed' };
    const renames = new Map();
    const changed = new Set();
    const docsRelOf = (file) => external_node_path_default().posix.relative(docsRel === '.' ? '' : docsRel, file);
    const fields = out.split('\0');
    const keyOf = (file) => {
        const rel = external_node_path_default().posix.relative(docsRel === '.' ? '' : docsRel, file);
        return /\.md$/i.test(rel) && !rel.startsWith('..') ? rel.replace(/\.md$/i, '') : undefined;
    };
    for (let i = 0; i < fields.length;) {
        const status = fields[i++];
        if (!status)
            continue;
        if (status.startsWith('R') || status.startsWith('C')) {
            const fromFile = fields[i++] ?? '';
            const toFile = fields[i++] ?? '';
            changed.add(docsRelOf(fromFile)).add(docsRelOf(toFile));
            const from = keyOf(fromFile);
            const to = keyOf(toFile);
            if (status.startsWith('R') && from !== undefined && to !== undefined)
                renames.set(from, to);
        }
        else {
            changed.add(docsRelOf(fields[i++] ?? ''));
        }
    }
    return { renames, changed };
}

;// CONCATENATED MODULE: ./src/run/apply.ts









/** Thrown by a reading that is out of date: another publish wrote after it (the lease is held by then). */
class ReadAgain extends Error {
}
/**
 * The fourth stage, a publish's only: the lease when the plan writes, then sections, content
 * tags, articles, and the state record. Throws ReadAgain when another publish wrote after this
 * run read the help center; an interruption before the first write ends the run at once.
 */
async function applyRun(read, planned, logger, deps, gate) {
    const { settings, remote } = read;
    const { client, index, snapshot } = remote;
    const { plan, namespace, root } = planned;
    const writes = gate !== undefined && writesSomething(plan, index, namespace.value, root);
    // Nothing written yet: an interruption here ends the run at once (see runErrorOf).
    if (deps.interrupt?.aborted)
        throw new remote_stop/* InterruptedError */.p4('interrupted before anything was written');
    if (writes || plan.articles.some((a) => a.operations.length > 0))
        deps.onWriting?.();
    if (writes &&
        (await gate.beforeWrites({ client, logger, namespace: namespace.value, plan, snapshot, stop: deps.interrupt })) === 'read-again')
        throw new ReadAgain();
    const stop = anySignal([deps.interrupt, gate?.lost]);
    const applied = await publishPlan({ concurrency: settings.concurrency, client, logger, plan, stop });
    await syncState({
        client,
        logger,
        root,
        namespace: namespace.value,
        ...(settings.namespace !== undefined ? { namespaceExplicit: true } : {}),
        index,
        snapshot,
        plan,
        outcomes: applied.outcomes,
        commit: await gitHead(settings.repoRoot),
        shardBudget: deps.stateShardChars,
    });
    return { ...applied, interrupted: stop?.aborted ? interruptedSummary(plan, applied.outcomes, logger) : undefined };
}
/** Whether publishing this plan writes anything: an article, a section, a content tag, or the state record. */
function writesSomething(plan, index, namespace, root) {
    return (plan.articles.some((a) => a.operations.length > 0) ||
        (plan.structure ?? []).length > 0 ||
        (plan.contentTags ?? []).length > 0 ||
        stateWouldChange(index, namespace, root, plan));
}
/** One signal that aborts when any of them does. */
function anySignal(signals) {
    const present = signals.filter((s) => s !== undefined);
    return present.length > 1 ? AbortSignal.any(present) : present[0];
}
/** The sections, then the content tags, then the articles: what apply/ does with a plan, with the log around it. */
async function publishPlan(ctx) {
    const { client, logger, plan } = ctx;
    const changes = plan.structure ?? [];
    // Before any article: articles go into the sections made here, and a refusal (a 403 for
    // want of Guide manager rights) stops the run before a single article is written.
    const structure = changes.length
        ? await logger.group('Sections and categories', () => applyStructure(changes, client, logger))
        : undefined;
    const sections = structure?.ids;
    // Before any article, like sections: the articles refer to the tags by id.
    const tags = plan.contentTags?.length ? await createContentTags(plan.contentTags, client, logger) : undefined;
    const writes = plan.articles.filter((a) => a.operations.length > 0).length;
    const outcomes = await logger.group('Publishing', async () => {
        logger.progress?.({ kind: 'start', what: 'publishing', total: writes, unit: 'article' });
        try {
            return await applyPlan(plan, client, logger, {
                articlesAtOnce: 2 * ctx.concurrency,
                ...(sections ? { sections } : {}),
                ...(tags ? { contentTags: tags } : {}),
                redirect: (rule) => (0,article_extras/* setRedirectRule */.v7)(client, rule),
                ...(ctx.stop ? { stop: ctx.stop } : {}),
            });
        }
        finally {
            logger.progress?.({ kind: 'end' });
            logRetries(client, logger);
        }
    });
    return { outcomes, structure, createdTags: tags };
}
function logRetries(client, logger) {
    const { retries, landed } = client.http.stats;
    if (!retries)
        return;
    const found = landed
        ? `; ${(0,plural/* plural */.L)(landed, 'write')} whose answer was lost had landed and ${landed === 1 ? 'was' : 'were'} not sent again`
        : '';
    logger.info(`${(0,plural/* plural */.L)(retries, 'request')} retried after a failure of Zendesk or the network${found}`);
}
/** What an interrupted publish wrote, said once on the log (the report's first line says it too). */
function interruptedSummary(plan, outcomes, logger) {
    let total = 0;
    let written = 0;
    let partly = 0;
    for (const a of plan.articles) {
        if (a.operations.length === 0)
            continue;
        total++;
        const o = outcomes.get(a.key);
        if (o?.interrupted)
            partly += o.requests > 0 ? 1 : 0;
        else if (o && o.status !== 'failed')
            written++;
    }
    const summary = { written, partly, total };
    logger.warning((0,model/* interruptedLine */.Rr)(summary));
    return summary;
}

// EXTERNAL MODULE: ./src/run/diffs.ts
var run_diffs = __webpack_require__(2449);
// EXTERNAL MODULE: ./src/config/namespace.ts
var namespace = __webpack_require__(8093);
;// CONCATENATED MODULE: ./src/plan/limits.ts




/**
 * Zendesk's documented limits (Guide product limits, support.zendesk.com article 4408831783962),
 * checked before the first write so a run never stops halfway on a 422: 1 MB per translation
 * body ("approximately 1,000,000 characters", counted here strictly, in bytes), 500 attachments
 * per article, 50 labels per article, 5,000 articles per section, 40,000 live articles in the help
 * center. 20 MB per file is checked
 * where files are read (render/assets.ts).
 */
const MAX_BODY_BYTES = 1_000_000;
const MAX_ARTICLE_ATTACHMENTS = 500;
const MAX_LABELS = 50;
const MAX_SECTION_ARTICLES = 5_000;
/** Live articles in one help center: archived articles and translations are not counted (the same page). */
const MAX_ACCOUNT_ARTICLES = 40_000;
/** As long as any URL the tool writes for a reference not known yet: a media URL, an attachment or article URL. */
const LONGEST_URL = `https://${'x'.repeat(40)}.zendesk.com/hc/article_attachments/360000000000/${'x'.repeat(60)}`;
function checkLabels(source, ctx) {
    const labels = source.meta.labels ?? [];
    if (labels.length <= MAX_LABELS)
        return true;
    reportError(ctx, source.locations.labels ?? source.start, `${labels.length} labels (with those of _defaults.yml); Zendesk takes at most ${MAX_LABELS} per article`);
    return false;
}
/** Each body as it would be sent (the marker included, unknown URLs at their longest) must fit in 1 MB. */
function checkBodySizes(specs, key, ctx) {
    let ok = true;
    for (const spec of specs) {
        const body = (0,plan_body/* finalBody */.lJ)(spec, key, (ref) => (ref.kind === 'article' ? (ref.url ?? LONGEST_URL) : LONGEST_URL), ctx.namespace);
        const bytes = body ? Buffer.byteLength(body.html) : 0;
        if (bytes <= MAX_BODY_BYTES)
            continue;
        reportError(ctx, { file: spec.file, line: 1, column: 1 }, `the ${spec.locale} body is ${(bytes / 1_000_000).toFixed(2)} MB once rendered; Zendesk takes at most 1 MB per translation`, 'split the article, or move large content (tables, embedded data) into attached files');
        ok = false;
    }
    return ok;
}
/**
 * The attachments an article would hold: in the library, Zendesk makes one per translation for
 * each media it embeds; with attachments, one per translation for an inline image and one per
 * article for a linked file. Reported at the reference that goes past 500.
 */
function checkAttachmentCount(p, mode, sourceLocale, ctx) {
    const keys = new Set();
    for (const [i, b] of p.bodies.entries()) {
        const locale = i === 0 ? sourceLocale : (b.locale ?? sourceLocale);
        for (const r of b.refs) {
            if (r.kind !== 'asset')
                continue;
            keys.add(mode === 'library' ? `${locale}/${r.asset.sha}` : assetKey(mode, locale, r.asset.sha, r.asset.inline));
            if (keys.size <= MAX_ARTICLE_ATTACHMENTS)
                continue;
            reportError(ctx, { file: b.file, line: r.line ?? 1, column: 1 }, `this file would be the article's attachment number ${keys.size} (one per translation for each file a body embeds); Zendesk holds at most ${MAX_ARTICLE_ATTACHMENTS} per article`, 'split the article, or link to fewer files');
            return false;
        }
    }
    return true;
}
/** A section that would hold more than 5,000 articles after this run's creates and moves. */
function checkSectionSizes(articles, sources, ctx) {
    const count = new Map();
    const reported = new Set();
    for (const a of ctx.snapshot.articles.values())
        count.set(a.section_id, (count.get(a.section_id) ?? 0) + 1);
    for (const plan of articles) {
        for (const op of plan.operations) {
            const into = op.kind === 'create-article' ? op.sectionId : op.kind === 'update-metadata' ? op.changes.section_id : undefined;
            if (typeof into !== 'number')
                continue;
            if (op.kind === 'update-metadata' && plan.articleId !== undefined) {
                const from = ctx.snapshot.articles.get(plan.articleId)?.section_id;
                if (from !== undefined)
                    count.set(from, (count.get(from) ?? 1) - 1);
            }
            const n = (count.get(into) ?? 0) + 1;
            count.set(into, n);
            if (n <= MAX_SECTION_ARTICLES || reported.has(into))
                continue;
            reported.add(into);
            const source = sources.get(plan.key);
            reportError(ctx, source?.locations.section ?? source?.start ?? { file: plan.file ?? plan.key, line: 1, column: 1 }, `section ${into} would hold more than ${MAX_SECTION_ARTICLES} articles; Zendesk takes at most ${MAX_SECTION_ARTICLES} per section`, 'move some articles into another section');
        }
    }
}
/**
 * The help center would hold more than 40,000 live articles after this run's creates: every
 * live article counts, whoever made it, the tool's own articles included: the state record's
 * parts, a first part to come when there is none yet, and the publish lease's claim (a draft
 * that lives while the run writes; a claim already there is a dead run's, removed first).
 * Archived articles and translations do not count. What this run archives is not subtracted:
 * its creates come first.
 */
function checkAccountSize(articles, sources, ctx) {
    const max = ctx.options.maxAccountArticles ?? MAX_ACCOUNT_ARTICLES;
    const creates = articles.filter((a) => a.operations.some((op) => op.kind === 'create-article'));
    if (!creates.length)
        return;
    let live = 0;
    for (const a of ctx.snapshot.articles.values())
        if (!a.title?.startsWith(plan_state/* LEASE_TITLE */.I$))
            live++;
    const own = (ctx.state === undefined ? 1 : 0) + 1;
    const total = live + own + creates.length;
    if (total <= max)
        return;
    // Named at the first create past the limit (or the first, when the help center is already full).
    const first = creates[Math.max(0, Math.min(creates.length - 1, max - live - own))];
    const source = sources.get(first.key);
    reportError(ctx, source?.start ?? { file: first.file ?? first.key, line: 1, column: 1 }, `this run would create ${creates.length} article(s) in a help center of ${live} live articles, with ${own} of the tool's own (${ctx.state === undefined ? "the state record's first part and " : ''}the publish lease): ${total} in all, past the ${max} Zendesk holds (archived articles and translations not counted)`, 'archive articles in Guide first, or publish fewer new files');
}

;// CONCATENATED MODULE: ./src/plan/cycles.ts
/**
 * New articles that link to each other in a cycle (or to themselves) cannot all wait for one
 * another: each such article is created first with those links stubbed and as a draft, and
 * its bodies are rewritten with the real links once every target exists. The rewrites go last,
 * after the article's files are uploaded; a body rewritten for its files already is not
 * rewritten twice.
 */
function breakLinkCycles(articles) {
    const creating = new Map(articles.filter((a) => a.action === 'create').map((a) => [a.key, a]));
    const inCycle = new Set();
    // Depth-first search over "waits for" edges between new articles; a back edge closes a cycle.
    const state = new Map();
    const stack = [];
    const visit = (key) => {
        state.set(key, 'open');
        stack.push(key);
        for (const next of creating.get(key)?.waitsFor ?? []) {
            if (!creating.has(next))
                continue;
            if (state.get(next) === 'open')
                for (const k of stack.slice(stack.indexOf(next)))
                    inCycle.add(k);
            else if (!state.has(next))
                visit(next);
        }
        stack.pop();
        state.set(key, 'done');
    };
    for (const key of creating.keys())
        if (!state.has(key))
            visit(key);
    for (const key of inCycle) {
        const article = creating.get(key);
        const at = article?.operations.findIndex((o) => o.kind === 'create-article') ?? -1;
        const create = article?.operations[at];
        if (!article || create?.kind !== 'create-article')
            continue;
        create.stubLinks = true;
        const rewritten = new Set(article.operations.flatMap((o) => (o.kind === 'update-translation' ? [o.body] : [])));
        const pending = create.bodies.filter((b) => !rewritten.has(b) && b.refs.some((r) => r.kind === 'article' && r.url === undefined));
        article.operations.push(...pending.map((body) => ({ kind: 'update-translation', body })));
        article.reasons.push('links to other new articles: created as a draft, then linked');
    }
}

;// CONCATENATED MODULE: ./src/plan/identity.ts



/**
 * Which Zendesk article each file is, from the carriers that survive different accidents:
 * its front-matter `id` (which must exist and be the tool's, unless `adopt`); else the state
 * record's entry for its key (it survives any edit in Guide); else the key in an article's
 * marker (it survives a lost state record; the oldest article, should there be several). An
 * article claimed by two files is an error on the second. Files with an identity error are
 * absent from the result.
 */
function matchIdentities(sources, ctx) {
    const identities = new Map();
    const claimedBy = new Map();
    for (const source of sources) {
        const { meta, key } = source;
        let article;
        if (meta.id !== undefined) {
            const at = source.locations.id ?? source.start;
            article = ctx.snapshot.articles.get(meta.id);
            if (!article || (0,remote_index/* isStateArticle */.EX)(ctx.remote, meta.id)) {
                reportError(ctx, at, `article ${meta.id} does not exist in Zendesk (or is archived)`, 'remove the id to create a new article, or restore it in Guide');
                continue;
            }
            if (!ctx.managed(article.id) && !meta.adopt && !ctx.options.imported?.has(article.id)) {
                reportError(ctx, at, `article ${meta.id} ("${article.title}") was not published by this tool`, 'set `adopt: true` to take it over; its Guide copy will be replaced');
                continue;
            }
            if (ctx.claim(article) === 'foreign' && !meta.adopt) {
                reportError(ctx, at, `article ${meta.id} ("${article.title}") is published by another source (namespace ${ctx.ownerOf(article)}), not by this one (${ctx.namespace})`, 'remove the id to make this file its own article, or set `adopt: true` to take the article over from that source');
                continue;
            }
        }
        else {
            const recorded = ctx.state?.articles[key];
            article = recorded ? ctx.snapshot.articles.get(recorded.id) : undefined;
            // Another source's claim wins over the record kept from before namespaces (two roots
            // that once collided): this file gets its own article.
            if (article && ctx.claim(article) === 'foreign')
                article = undefined;
            // Markers count only when they are this source's, or old ones no other source claims.
            const byMarker = [...(ctx.remote.byKey.get(key) ?? [])].filter((a) => ctx.claim(a) !== 'foreign');
            article ??= byMarker.filter((a) => ctx.claim(a) === 'own').sort((a, b) => a.id - b.id)[0] ?? byMarker.sort((a, b) => a.id - b.id)[0];
        }
        if (article) {
            const other = claimedBy.get(article.id);
            if (other) {
                // Two equal explicit ids were already reported by the source stage, once per file.
                if (other.meta.id !== meta.id) {
                    reportError(ctx, source.locations.id ?? source.start, `this file and ${other.file} both claim article ${article.id}`, 'each article must have exactly one source file');
                }
                continue;
            }
            claimedBy.set(article.id, source);
        }
        identities.set(source, { article });
    }
    return identities;
}
function orphansOf(identities, ctx, present) {
    const claimed = new Set([...identities.values()].flatMap((i) => (i.article ? [i.article.id] : [])));
    const out = new Map();
    const consider = (key, article, fingerprint) => {
        if (!article ||
            ctx.claim(article) !== 'own' ||
            claimed.has(article.id) ||
            present.has(key) ||
            ctx.unavailable.has(key) ||
            out.has(article.id))
            return;
        out.set(article.id, { key, article, fingerprint });
    };
    for (const [key, entry] of Object.entries(ctx.state?.articles ?? {}))
        consider(key, ctx.snapshot.articles.get(entry.id), entry.s);
    for (const [key, list] of ctx.remote.byKey) {
        for (const article of list) {
            const source = ctx.remote.analyzed.get(article.id)?.get(article.source_locale.toLowerCase());
            consider(key, article, source?.marker?.src);
        }
    }
    return [...out.values()];
}
/** The one item of a list, or undefined when there are none or several (no guessing). */
const single = (list) => (list.length === 1 ? list[0] : undefined);
const sameTitle = (a, b) => a.trim().toLowerCase() === b.trim().toLowerCase();
/** The section a file names, resolved quietly: a wrong name is reported by the metadata step. */
function sectionOf(source, ctx) {
    if (!source.meta.section)
        return undefined;
    const r = (0,resolve/* resolveSection */.o2)(source.meta.section, ctx.snapshot, source.start);
    return r.ok ? r.value : undefined;
}
const sourceTitle = (article) => (0,remote_index/* translationsOf */.eY)(article).find((t) => t.locale.toLowerCase() === article.source_locale.toLowerCase())?.title ?? article.title;
/**
 * A file without an article may be one that moved (renamed without `id`): it keeps its article,
 * and so its id and URL. Known from git (a rename since the state record's commit), else from
 * the content (the same Markdown as last published), else from the same title in the same
 * section. Each only when exactly one orphan fits.
 */
function matchMoves(identities, prepared, ctx) {
    const present = new Set([...identities.keys()].map((s) => s.key));
    let orphans = orphansOf(identities, ctx, present);
    if (orphans.length === 0)
        return;
    const movedFrom = new Map([...(ctx.options.renames ?? [])].map(([from, to]) => [to, from]));
    for (const [source, identity] of identities) {
        if (identity.article || source.meta.id !== undefined)
            continue;
        const body = prepared.get(source.key)?.bodies[0];
        const from = movedFrom.get(source.key);
        const orphan = (from !== undefined ? orphans.find((o) => o.key === from) : undefined) ??
            (body ? single(orphans.filter((o) => o.fingerprint !== undefined && o.fingerprint === body.fingerprint)) : undefined) ??
            (body
                ? single(orphans.filter((o) => sameTitle(sourceTitle(o.article), body.title) && o.article.section_id === (sectionOf(source, ctx) ?? o.article.section_id)))
                : undefined);
        if (!orphan)
            continue;
        identities.set(source, { article: orphan.article, movedFrom: orphan.key });
        orphans = orphans.filter((o) => o !== orphan);
    }
}
/**
 * Before any create: rule out that the article exists already. An article in the target section
 * with the same title that nothing records as the tool's (its marker stripped and the state
 * record lost, or made by hand) stops the run with a conflict naming both, instead of a copy.
 */
function guardCreates(identities, prepared, ctx) {
    guardRenamedSource(identities, ctx);
    const unmanaged = [...ctx.snapshot.articles.values()].filter((a) => !ctx.managed(a.id) && !(0,remote_index/* isStateArticle */.EX)(ctx.remote, a.id));
    if (unmanaged.length === 0)
        return;
    for (const [source, identity] of identities) {
        if (identity.article)
            continue;
        const title = prepared.get(source.key)?.bodies[0]?.title;
        const section = sectionOf(source, ctx);
        if (title === undefined || section === undefined)
            continue;
        const twin = unmanaged.find((a) => a.section_id === section && (0,remote_index/* translationsOf */.eY)(a).some((t) => sameTitle(t.title, title)));
        if (!twin)
            continue;
        reportError(ctx, source.start, `would create a new article, but article ${twin.id} ("${sourceTitle(twin)}") in the same section has this title and nothing records it as this file's (its marker stripped and the state record lost, or made by hand)`, `if it is this article, set \`id: ${twin.id}\` and \`adopt: true\`; if not, give this file another title`);
        identities.delete(source);
    }
}
/**
 * A source whose derived namespace has no record, while another namespace with the same docs
 * path has published the same files: most likely the repository was renamed (or the CLI runs
 * where the action did), and creating would copy every article. Refused, naming the other
 * namespace, unless this namespace was set explicitly (a second source that says it is one).
 * When the other namespace belongs to another remote of this clone (a writer's fork clone), the
 * hint is to commit that namespace, never to move or take over its articles; and a read-only
 * run whose namespace was guessed from the clone only warns.
 */
function guardRenamedSource(identities, ctx) {
    if (ctx.options.namespaceExplicit || ctx.remote.states.has(ctx.namespace))
        return;
    const root = ctx.options.root ?? '.';
    const others = [...ctx.remote.states].filter(([ns, held]) => ns !== ctx.namespace && held.state.root === root);
    if (others.length === 0)
        return;
    const guessed = ctx.options.cloneNamespaces;
    const warnOnly = guessed !== undefined && ctx.options.readOnly === true;
    for (const [source, identity] of identities) {
        if (identity.article || source.meta.id !== undefined)
            continue;
        const other = others.find(([, held]) => held.state.articles[source.key] !== undefined);
        if (!other)
            continue;
        const [ns, held] = other;
        const owner = guessed?.get(ns);
        const message = `would create a new article, but namespace ${ns}${owner ? ` (this clone's ${owner})` : ''} (the same docs path, ${root}) published ${source.key} as article ${held.state.articles[source.key].id}, and this namespace (${ctx.namespace}) has no record yet`;
        const hint = owner
            ? `this clone's ${owner} publishes these articles: commit \`namespace: ${ns}\` in zendesk-guide.yml (\`zendesk-guide-publisher init\` writes it) so every clone and fork plans against them`
            : `if this repository was renamed, run \`zendesk-guide-publisher namespace --move-from ${ns}\` or set \`namespace: ${ns}\`; if it is another source, set \`namespace: ${ctx.namespace}\` in zendesk-guide.yml to confirm`;
        if (warnOnly) {
            ctx.diagnostics.push({ severity: 'warning', ...source.start, message: `${message}; a publish would stop here`, hint });
            continue;
        }
        reportError(ctx, source.start, message, hint);
        identities.delete(source);
    }
}

;// CONCATENATED MODULE: ./src/plan/duplicates.ts
/**
 * Duplicates left from before the publish lease (two first publishes at once): several articles
 * of this source carrying one file's marker. Each
 * file keeps the article its identity chose (the front matter's id, the state record's entry,
 * else the oldest); the run says which, and which are left over for a person to archive (they
 * may have been edited in Guide meanwhile, so they are not archived without asking).
 */
function reportDuplicates(sources, identities, ctx) {
    const chosen = new Set([...identities.values()].flatMap((i) => (i.article ? [i.article.id] : [])));
    for (const source of sources) {
        const kept = identities.get(source)?.article;
        if (!kept)
            continue;
        const others = (ctx.remote.byKey.get(source.key) ?? []).filter((a) => a.id !== kept.id && !chosen.has(a.id) && ctx.claim(a) === 'own');
        if (!others.length)
            continue;
        const why = source.meta.id === kept.id
            ? 'its id is in the front matter'
            : ctx.state?.articles[source.key]?.id === kept.id
                ? 'the state record names it'
                : 'the oldest';
        ctx.diagnostics.push({
            severity: 'warning',
            ...source.start,
            message: `duplicates in Zendesk: ${others.map((a) => `#${a.id}`).join(', ')} also carry this file's marker; #${kept.id} is kept (${why})`,
            hint: `archive ${others.length === 1 ? 'it' : 'them'} in Guide; this tool leaves ${others.length === 1 ? 'it' : 'them'} alone`,
        });
    }
}
/**
 * Second copies of the state record (two first publishes at once, before the publish lease):
 * the run reads the kept copy with the entries only the others hold merged in, and says so. A
 * publish writes those entries into the kept copy and archives the others (apply/state-sync.ts);
 * a record from before namespaces is only read, never rewritten, so its copies are left alone.
 */
function reportDuplicateRecords(ctx) {
    const root = ctx.options.root ?? '.';
    const own = ctx.remote.states.get(ctx.namespace);
    const legacy = own ? undefined : ctx.remote.legacyStates.get(root);
    for (const d of (own ?? legacy)?.duplicates ?? []) {
        const extra = d.extra.map((id) => `#${id}`).join(', ');
        const n = d.added.length;
        const merged = n
            ? `; the ${n === 1 ? 'entry' : `${n} entries`} only ${extra} ${d.extra.length === 1 ? 'holds' : 'hold'} ${n === 1 ? 'is' : 'are'} read from ${d.extra.length === 1 ? 'it' : 'them'}`
            : '';
        const part = d.label === '0/0' ? '' : ` (part ${d.label})`;
        ctx.diagnostics.push({
            severity: 'warning',
            file: root,
            message: `the state record of ${own ? ctx.namespace : `${root} (before namespaces)`}${part} is held twice: #${d.kept} and ${extra}; #${d.kept} is kept (${d.why})${merged}`,
            hint: own
                ? `a publish merges them into #${d.kept} and archives ${extra}`
                : `this record is only read; publishing writes this source's own record, and ${extra} can be archived in Guide`,
        });
    }
}

;// CONCATENATED MODULE: ./src/plan/links.ts
/** Every file of every article by docs-relative path (lower case), source files and translations. */
function linkTargets(matched, defaultLocale) {
    const byRelPath = new Map();
    for (const [source, article] of matched) {
        const sourceLocale = source.meta.locale ?? defaultLocale;
        const entry = {
            key: source.key,
            locales: new Set([sourceLocale, ...source.translations.map((t) => t.locale)]),
            article,
            sourceLocale,
        };
        // Keys are docs-relative paths without the extension.
        byRelPath.set(`${source.key}.md`.toLowerCase(), entry);
        for (const t of source.translations)
            byRelPath.set(`${t.key}.${t.locale}.md`.toLowerCase(), entry);
    }
    return byRelPath;
}

;// CONCATENATED MODULE: ./src/plan/content-tags.ts


/** Zendesk's limit of content tags in one account (Guide product limits, support.zendesk.com article 4408831783962). */
const MAX_TAGS_PER_ACCOUNT = 200;
/**
 * Collects the content tags the files name that the account lacks: each is created once,
 * before any article. More than the account may hold is an error at the file that names the
 * first tag past the limit, before anything is written.
 */
class NewContentTags {
    names = new Map();
    add(source, metadata, ctx) {
        for (const id of metadata?.content_tag_ids ?? []) {
            if (!id.startsWith(resolve/* NEW_TAG */.OT))
                continue;
            const name = id.slice(resolve/* NEW_TAG */.OT.length);
            if (this.names.has(name.toLowerCase()))
                continue;
            this.names.set(name.toLowerCase(), name);
            const existing = ctx.snapshot.extras?.contentTags?.length ?? 0;
            if (existing + this.names.size === MAX_TAGS_PER_ACCOUNT + 1) {
                reportError(ctx, source.locations.content_tags ?? source.start, `content tag "${name}" would be the account's ${MAX_TAGS_PER_ACCOUNT + 1}st: Zendesk allows ${MAX_TAGS_PER_ACCOUNT} (${existing} exist)`, 'use an existing tag, or delete unused tags in Guide');
            }
        }
    }
    /** The names to create, in the order the files named them. */
    list() {
        return [...this.names.values()];
    }
}

;// CONCATENATED MODULE: ./src/plan/redirects.ts


/** Zendesk's limit: "There is a limit of 50,000 redirect rules per brand" (Redirect Rules API reference). */
const MAX_REDIRECT_RULES = 50_000;
/** A permanent redirect. An existing rule with 308 (permanent as well) is left as it is. */
const REDIRECT_STATUS = 301;
const PERMANENT = new Set(['301', '308']);
/** `/hc/en-us/articles/123` or `/hc/en-us/articles/123-Some-title`: the locale and the id. */
const ARTICLE_PATH = /^\/hc\/([a-z]{2,3}(?:-[a-z0-9]{2,8})*)\/articles\/(\d+)(?:-[^/]*)?\/?$/i;
/**
 * `redirect_from`: each article a file replaces is archived (when it is this source's) and every
 * locale of it redirected here. Rules are created or updated, never deleted: a redirect outlives
 * the file that asked for it. Returns the archive plans of the replaced articles; the redirect
 * operations go on the replacing articles' plans.
 */
function planRedirects(input, ctx) {
    const users = input.sources.filter((s) => s.meta.redirect_from?.length);
    if (!users.length)
        return [];
    const rules = new Map((ctx.snapshot.extras?.redirectRules ?? []).map((r) => [r.redirect_from.toLowerCase(), r]));
    const error = ctx.snapshot.extras?.redirectRulesError;
    const keys = new Set(input.sources.map((s) => s.key.toLowerCase()));
    const claimedBy = new Map();
    for (const [s, a] of input.matched)
        if (a)
            claimedBy.set(a.id, s);
    const archives = new Map();
    const seen = new Map();
    let added = 0;
    for (const source of users) {
        const at = source.locations.redirect_from ?? source.start;
        if (error) {
            reportError(ctx, at, error, 'redirect_from needs a Guide admin; leave it out, or publish with an admin');
            continue;
        }
        const plan = input.plans.get(source.key);
        const self = input.matched.get(source);
        const replaced = (source.meta.redirect_from ?? []).flatMap((entry) => resolveEntry(entry, self, at, keys, claimedBy, ctx, rules) ?? []);
        const locales = new Set([plan?.sourceLocale ?? ctx.defaultLocale, ...source.translations.map((t) => t.locale)]);
        const ops = [];
        for (const r of replaced) {
            // Archived only with a plan to write its rules: apply archives it after them (apply.ts).
            if (r.kind === 'article' && r.archive && plan && !archives.has(r.id))
                archives.set(r.id, archivePlan(r.archive, r.key, source));
            for (const from of fromsOf(r)) {
                const twin = seen.get(from.path.toLowerCase());
                if (twin === source)
                    continue;
                if (twin) {
                    reportError(ctx, at, `${from.path} is also redirected by ${twin.file}`, 'one article can replace it, not two');
                    continue;
                }
                seen.set(from.path.toLowerCase(), source);
                const locale = from.locale !== undefined && locales.has(from.locale) ? from.locale : (plan?.sourceLocale ?? ctx.defaultLocale);
                const rule = rules.get(from.path.toLowerCase());
                if (rule && self && pointsAt(rule, locale, self.id))
                    continue;
                if (!rule && ++added + rules.size === MAX_REDIRECT_RULES + 1) {
                    reportError(ctx, at, `more than the ${MAX_REDIRECT_RULES} redirect rules Zendesk allows per brand`, `${rules.size} exist already`);
                }
                ops.push({ kind: 'set-redirect', from: from.path, locale, status: REDIRECT_STATUS, update: rule !== undefined });
            }
        }
        if (plan && ops.length)
            addRedirects(plan, ops);
    }
    return [...archives.values()];
}
/** The locale and id of the article a rule sends to (by path or full URL, with or without slug). */
function targetOf(rule) {
    let path;
    try {
        path = new URL(rule.redirect_to, 'https://placeholder.invalid').pathname;
    }
    catch {
        return undefined;
    }
    const m = ARTICLE_PATH.exec(path);
    return m ? { locale: m[1].toLowerCase(), id: Number(m[2]) } : undefined;
}
const pointsAtId = (rule, id) => targetOf(rule)?.id === id;
/** The rule already sends its path, permanently, to the article in that locale. */
function pointsAt(rule, locale, id) {
    const target = targetOf(rule);
    return PERMANENT.has(String(rule.redirect_status)) && target?.locale === locale && target.id === id;
}
/** The paths to redirect for one replaced thing, each with the locale it is in (if any). */
function fromsOf(r) {
    if (r.kind === 'path') {
        const m = ARTICLE_PATH.exec(r.path);
        return [{ path: m ? `/hc/${m[1].toLowerCase()}/articles/${m[2]}` : r.path, locale: m?.[1]?.toLowerCase() }];
    }
    return r.locales.map((locale) => ({ path: `/hc/${locale}/articles/${r.id}`, locale }));
}
function addRedirects(plan, ops) {
    plan.operations.push(...ops);
    plan.reasons.push(`redirects from ${ops.map((o) => o.from).join(', ')}`);
    if (plan.action === 'unchanged') {
        plan.action = 'update';
        delete plan.unrecorded;
    }
}
function archivePlan(article, key, by) {
    return {
        key: key ?? `replaced/${article.id}`,
        file: undefined,
        title: article.title,
        articleId: article.id,
        htmlUrl: article.html_url,
        sourceLocale: article.source_locale,
        action: 'archive',
        reasons: [`replaced by ${by.file}`],
        drifted: [],
        operations: [{ kind: 'archive' }],
        knownAssets: {},
        waitsFor: [],
        replacedBy: { key: by.key, file: by.file },
    };
}
function localesOf(article, ctx) {
    const out = (0,remote_index/* translationsOf */.eY)(article)
        .map((t) => t.locale.toLowerCase())
        .filter((l) => ctx.enabledLocales.has(l));
    return out.length ? out : [article.source_locale.toLowerCase()];
}
/**
 * The locales of the rules that already send `/hc/{locale}/articles/{id}` to this article: what an
 * earlier run redirected for an article that is archived now, so a re-run redirects the same set.
 */
function redirectedLocales(id, self, rules) {
    if (!self)
        return [];
    const out = [];
    for (const r of rules) {
        const from = ARTICLE_PATH.exec(r.redirect_from);
        if (from && Number(from[2]) === id && pointsAtId(r, self.id))
            out.push(from[1].toLowerCase());
    }
    return out;
}
/** The rules that send an article's URLs to this one: what a file entry stood for once its file's article was archived. */
function rulesTo(self, rules) {
    if (!self)
        return [];
    return rules
        .filter((r) => ARTICLE_PATH.test(r.redirect_from) && pointsAtId(r, self.id))
        .map((r) => ({ kind: 'path', path: r.redirect_from }));
}
// One branch per kind of entry; each error names the entry as written.
function resolveEntry(entry, self, at, keys, claimedBy, ctx, rules) {
    const all = [...rules.values()];
    if (entry.kind === 'file') {
        const key = entry.file.replace(/^\.\//, '').replace(/\.md$/i, '');
        if (keys.has(key.toLowerCase())) {
            reportError(ctx, at, `redirect_from names ${entry.file}, which is still a file here`, 'remove that file first: a file that exists keeps its article');
            return undefined;
        }
        const id = ctx.state?.articles[key]?.id ?? ownByMarker(key, ctx)?.id;
        // Archived by an earlier run, its entry left the state record: the rules that run made stand for it.
        if (id === undefined && rulesTo(self, all).length)
            return rulesTo(self, all);
        if (id === undefined) {
            reportError(ctx, at, `redirect_from names ${entry.file}, which is not a file this source published`, 'name the article by id or by its Help Center path');
            return undefined;
        }
        return byId(id, undefined, self, at, claimedBy, ctx, entry.file, all);
    }
    if (entry.kind === 'id')
        return byId(entry.id, undefined, self, at, claimedBy, ctx, `article ${entry.id}`, all);
    const m = ARTICLE_PATH.exec(entry.path);
    if (!m)
        return { kind: 'path', path: entry.path.replace(/\/+$/, '') || '/' };
    return byId(Number(m[2]), m[1].toLowerCase(), self, at, claimedBy, ctx, entry.path, all);
}
function ownByMarker(key, ctx) {
    return ctx.remote.byKey.get(key)?.find((a) => ctx.claim(a) === 'own');
}
function byId(id, pathLocale, self, at, claimedBy, ctx, written, rules) {
    if (self?.id === id) {
        reportError(ctx, at, `redirect_from names this article itself (${written})`);
        return undefined;
    }
    const live = ctx.snapshot.articles.get(id);
    if (!live) {
        // Archived (or deleted): its URL answers 404, so a rule takes effect. Its locales: those an
        // earlier run redirected (it knew them while the article was live), else the path's, else every one.
        const before = redirectedLocales(id, self, rules);
        const locales = before.length ? before : pathLocale ? [pathLocale] : [...ctx.enabledLocales];
        return { kind: 'article', id, locales, archive: undefined, key: undefined };
    }
    const holder = claimedBy.get(id);
    if (holder) {
        reportError(ctx, at, `redirect_from names ${written}, which is still published from ${holder.file}`, 'remove that file, or drop it from redirect_from');
        return undefined;
    }
    // Made by hand in Guide (nothing records it as published) or another source's: not ours to archive.
    if (!ctx.managed(live.id) || ctx.claim(live) !== 'own') {
        const owner = ctx.ownerOf(live);
        reportError(ctx, at, `redirect_from names ${written}, which is not this source's${owner ? ` (it is ${owner}'s)` : ''} and is not archived`, 'archive it in Guide first, or adopt it (a file with its `id` and `adopt: true`)');
        return undefined;
    }
    const key = ctx.stateByArticle.get(id)?.key ?? [...ctx.remote.byKey].find(([, l]) => l.some((a) => a.id === id))?.[0];
    return { kind: 'article', id, locales: localesOf(live, ctx), archive: live, key };
}

;// CONCATENATED MODULE: ./src/plan/removals.ts

/**
 * Articles this tool published whose file is gone: archived when `archive-removed` is on, and
 * never more than `max-archive` at once (more is an error, so nothing is written). A file that
 * exists but could not be read still holds its article.
 */
function planRemovals(claimed, ctx) {
    if (!ctx.options.archiveRemoved)
        return [];
    // This root's record, and markers (which also cover articles published before there was a record).
    const candidates = new Map();
    for (const [key, entry] of Object.entries(ctx.state?.articles ?? {})) {
        const article = ctx.snapshot.articles.get(entry.id);
        if (article && !ctx.unavailable.has(key) && ctx.claim(article) === 'own')
            candidates.set(article.id, article);
    }
    // Only this source's articles: another docs root's or repository's are never archived.
    for (const [key, list] of ctx.remote.byKey)
        if (!ctx.unavailable.has(key))
            for (const a of list)
                if (ctx.claim(a) === 'own')
                    candidates.set(a.id, a);
    const orphans = [...candidates.values()].filter((a) => !claimed.has(a.id)).sort((a, b) => a.id - b.id);
    return orphans.map((a) => ({
        key: ctx.stateByArticle.get(a.id)?.key ?? (0,remote_index/* markerKeyOf */.Vn)(ctx.remote, a.id) ?? '',
        file: undefined,
        title: a.title,
        articleId: a.id,
        htmlUrl: a.html_url,
        sourceLocale: a.source_locale,
        action: 'archive',
        reasons: ['its file was removed'],
        drifted: [],
        operations: [{ kind: 'archive' }],
        knownAssets: {},
        waitsFor: [],
    }));
}
/** Never more than `max-archive` articles archived at once, whether their file was removed or a file replaces them. */
function checkArchiveLimit(archives, ctx) {
    const { replaced, removed } = archives;
    const total = replaced + removed;
    if (total <= ctx.options.maxArchive)
        return;
    const parts = [removed ? `${removed} whose file was removed` : '', replaced ? `${replaced} replaced (redirect_from)` : ''].filter(Boolean);
    ctx.diagnostics.push({
        severity: 'error',
        file: '.',
        message: replaced
            ? `${total} articles would be archived (${parts.join(', ')}), more than max-archive (${ctx.options.maxArchive}); refusing to archive them`
            : `${removed} published articles have no file any more, more than max-archive (${ctx.options.maxArchive}); refusing to archive them`,
        hint: 'restore the files, or raise max-archive if this is intended',
    });
}

;// CONCATENATED MODULE: ./src/plan/plan.ts














function buildPlan(input, snapshot, options, index) {
    if (!snapshot)
        return offlinePlan(input.prepared, options);
    const preparedByKey = new Map(input.prepared.map((p) => [p.source.key, p]));
    const notRendered = input.sources.filter((s) => !preparedByKey.has(s.key)).map((s) => s.key);
    const ctx = createContext(snapshot, index ?? (0,remote_index/* indexRemote */.tW)(snapshot), options, [
        ...(options.unavailableKeys ?? []),
        ...notRendered,
    ]);
    ctx.structure = planStructure(input.structure ?? [], input.sources, snapshot, { createSections: options.createSections ?? false, baseLocale: ctx.defaultLocale, enabledLocales: ctx.enabledLocales }, ctx.diagnostics);
    const identities = matchIdentities(input.sources, ctx);
    matchMoves(identities, preparedByKey, ctx);
    guardCreates(identities, preparedByKey, ctx);
    reportDuplicates(input.sources, identities, ctx);
    reportDuplicateRecords(ctx);
    const matched = new Map([...identities].map(([source, identity]) => [source, identity.article]));
    const targets = linkTargets(matched, ctx.defaultLocale);
    const articles = [];
    const uploads = new Map();
    const newTags = new NewContentTags();
    for (const source of input.sources) {
        // These run for every file, even one whose identity or rendering failed, so one run
        // reports its identity, locale, name, image and link errors together.
        const found = ctx.diagnostics.length;
        const own = new Set([source.file, ...source.translations.map((t) => t.file)]);
        const localesOk = checkLocales(source, ctx);
        const labelsOk = checkLabels(source, ctx);
        const article = matched.get(source);
        const metadata = resolveMetadata(source, { creating: matched.has(source) && !article }, ctx);
        newTags.add(source, metadata, ctx);
        const prepared = preparedByKey.get(source.key);
        const bodies = prepared && matched.has(source) ? resolveBodies(prepared, targets, ctx) : undefined;
        (0,src_diagnostics/* attribute */.lt)(ctx.diagnostics, found, { file: source.file, own });
        if (!prepared || !matched.has(source))
            continue;
        if (!localesOk || !labelsOk || !metadata || !bodies)
            continue;
        const sourceLocale = source.meta.locale ?? ctx.defaultLocale;
        const fits = checkBodySizes(bodies.specs, source.key, ctx);
        if (!checkAttachmentCount(prepared, ctx.options.media?.mode ?? 'library', sourceLocale, ctx) || !fits)
            continue;
        const planned = diffArticle(prepared, article, metadata, bodies, ctx, identities.get(source)?.movedFrom);
        articles.push(planned);
        if (planned.operations.length)
            for (const [sha, asset] of bodies.assets)
                if (planned.knownAssets[sha] === undefined)
                    uploads.set(sha, asset);
    }
    const sourcesByKey = new Map(input.sources.map((s) => [s.key, s]));
    checkSectionSizes(articles, sourcesByKey, ctx);
    checkAccountSize(articles, sourcesByKey, ctx);
    const replaced = planRedirects({ sources: input.sources, matched, plans: new Map(articles.map((a) => [a.key, a])) }, ctx);
    const claimed = new Set([
        ...[...matched.values()].flatMap((a) => (a ? [a.id] : [])),
        ...replaced.flatMap((a) => (a.articleId !== undefined ? [a.articleId] : [])),
    ]);
    const removed = planRemovals(claimed, ctx);
    // A replaced article counts toward max-archive even with archive-removed off: the file asks for it.
    checkArchiveLimit({ replaced: replaced.length, removed: removed.length }, ctx);
    articles.push(...replaced, ...removed);
    breakLinkCycles(articles);
    return {
        articles,
        ...(ctx.structure.changes.length ? { structure: ctx.structure.changes } : {}),
        ...(newTags.list().length ? { contentTags: newTags.list() } : {}),
        // A name in a _defaults.yml is met by every article below it: one line, naming them.
        diagnostics: mergeMissing((0,src_diagnostics/* mergeRepeated */.TX)(ctx.diagnostics)),
        offline: false,
        onDrift: options.onDrift,
        media: { mode: options.media?.mode ?? 'library', uploads: options.media?.mode === 'attachments' ? [] : [...uploads.values()] },
        namespace: ctx.namespace,
    };
}
/** Without a snapshot nothing can be compared: every rendered article is listed as such. */
function offlinePlan(prepared, options) {
    return {
        offline: true,
        onDrift: options.onDrift,
        diagnostics: [],
        articles: prepared.map((p) => ({
            key: p.source.key,
            file: p.source.file,
            title: p.bodies[0]?.title ?? p.source.key,
            articleId: p.source.meta.id,
            htmlUrl: undefined,
            sourceLocale: p.source.meta.locale ?? options.defaultLocale ?? '',
            action: 'offline',
            reasons: ['not compared with Zendesk (no credentials)'],
            drifted: [],
            operations: [],
            knownAssets: {},
            waitsFor: [],
        })),
    };
}

;// CONCATENATED MODULE: ./src/remote/media-lookup.ts


/** Above this many files to find, they are searched by their hash's first character (16 searches) instead of one by one. */
const ONE_BY_ONE = 16;
/**
 * Which of the files the bodies use the help center's media library holds already, found by
 * their content-addressed names (`filter[name_prefix]`), and whether it has a media library at
 * all: a 403 or 404 there means a plan without it, and files go the `attachments` way. Files
 * some marker (or the state record) records cost no request; a run with nothing new asks nothing.
 */
async function lookupMedia(client, files, known, logger) {
    const urls = new Map(known);
    const unknown = [...files.values()].filter((f) => !urls.has(f.sha));
    if (unknown.length === 0)
        return { mode: 'library', urls };
    const prefixes = unknown.length <= ONE_BY_ONE ? unknown.map((f) => `${f.sha}-`) : [...new Set(unknown.map((f) => f.sha[0]))];
    const wanted = new Map(unknown.map((f) => [mediaName(f), f.sha]));
    let found;
    try {
        // The first search also tells whether there is a media library: asked alone, then the rest at once.
        const first = await client.searchMedia(prefixes[0]);
        found = [first, ...(await Promise.all(prefixes.slice(1).map((p) => client.searchMedia(p))))].flat();
    }
    catch (error) {
        if (error instanceof errors/* ZendeskApiError */.Z_ && (error.status === 403 || error.status === 404)) {
            logger.info(`No media library (Guide Media answered ${error.status}): files are uploaded as article attachments (unassociated, then bulk_attachments).`);
            return { mode: 'attachments', urls: new Map() };
        }
        throw error;
    }
    for (const media of found) {
        const sha = wanted.get(media.name);
        if (sha !== undefined && !urls.has(sha))
            urls.set(sha, media.url);
    }
    const again = unknown.filter((f) => urls.has(f.sha)).length;
    if (again)
        logger.info(`${again} of ${unknown.length} new file references found in the media library by content; not uploaded again.`);
    return { mode: 'library', urls };
}

;// CONCATENATED MODULE: ./src/run/plan.ts







/**
 * The third stage: the plan, pure (plan/plan.ts), from what the first two found plus what only
 * the outside can say: this source's namespace, the renames git knows since the last publish,
 * and which files the help center's media library already holds.
 */
async function planRun(read, rendered, logger, deps, diagnostics) {
    const { settings, source, remote } = read;
    const root = external_node_path_default().relative(settings.repoRoot, settings.docsRoot).split((external_node_path_default()).sep).join('/') || '.';
    const namespace = await namespaceOf(settings, root, remote?.index, deps);
    logger.info(`Namespace: ${namespace.value} (${namespace.how})`);
    // The docs root's state record names the commit of its last publish: git says what moved since.
    const recordedCommit = (remote?.index.states.get(namespace.value) ?? remote?.index.legacyStates.get(root))?.state.commit;
    let renames;
    let changedFiles;
    if (recordedCommit) {
        const found = await gitRenames(settings.repoRoot, recordedCommit, settings.docsRoot);
        if ('renames' in found)
            ({ renames, changed: changedFiles } = found);
        else
            logger.info(`Renames are found by content and title only: ${found.unavailable}.`);
    }
    const media = remote ? await lookupFiles(remote, rendered.prepared, logger) : undefined;
    const clones = cloneNamespaces(settings, root);
    const plan = buildPlan({ sources: source.articles, prepared: rendered.prepared, structure: source.structure }, remote?.snapshot, {
        onDrift: settings.onDrift,
        archiveRemoved: settings.archiveRemoved,
        maxArchive: settings.maxArchive,
        defaultLocale: settings.defaultLocale,
        labelsMode: settings.labelsMode,
        createSections: settings.createSections,
        outdatedTranslations: settings.outdatedTranslations,
        ...(settings.provenance ? { provenance: settings.provenance } : {}),
        unavailableKeys: source.failedKeys,
        root,
        namespace: namespace.value,
        ...(settings.namespace !== undefined ? { namespaceExplicit: true } : {}),
        ...(clones ? { cloneNamespaces: clones } : {}),
        ...(settings.mode === 'dry-run' ? { readOnly: true } : {}),
        ...(renames ? { renames } : {}),
        ...(changedFiles ? { changedFiles } : {}),
        ...(read.imported ? { imported: read.imported } : {}),
        ...(media ? { media } : {}),
    }, remote?.index);
    return { plan, root, namespace, diagnostics: (0,src_diagnostics/* sortDiagnostics */.Ds)([...diagnostics, ...plan.diagnostics]) };
}
/** The files the bodies use, and which of them the help center's media library holds (see remote/media-lookup.ts). */
async function lookupFiles(remote, prepared, logger) {
    const files = new Map();
    for (const p of prepared)
        for (const b of p.bodies)
            for (const r of b.refs)
                if (r.kind === 'asset')
                    files.set(r.asset.sha, r.asset);
    return lookupMedia(remote.client, files, mediaFromMarkers(remote.index.analyzed.values()), logger);
}
/**
 * This run's namespace. Explicit, or from the workflow's repository, as set; from a clone's
 * remotes, the first whose namespace holds this docs path's record (`upstream` before `origin`),
 * then the repository origin is a GitHub fork of: a writer's fork clone plans against the source.
 */
async function namespaceOf(settings, root, index, deps) {
    const sources = settings.repositorySources;
    if (settings.namespace !== undefined || !sources || sources.fromWorkflow || !index)
        return (0,namespace/* resolveNamespace */.uP)(settings.namespace, settings.repository, root);
    const hasRecord = (ns) => index.states.has(ns);
    const chosen = (0,namespace/* chooseNamespace */.X6)(undefined, sources.candidates, root, hasRecord);
    if (hasRecord(chosen.value) || !deps.forkParent)
        return chosen;
    const origin = sources.candidates.find((c) => c.via === 'git remote "origin"');
    const parent = origin ? await deps.forkParent(origin.repository) : undefined;
    if (parent && hasRecord(`${parent}:${root}`)) {
        return {
            value: `${parent}:${root}`,
            how: `repository ${parent} (the GitHub repository ${origin.repository} is a fork of) and docs path ${root}`,
        };
    }
    return chosen;
}
/** The namespaces of every remote of the clone, by remote, when the namespace was guessed from them. */
function cloneNamespaces(settings, root) {
    const sources = settings.repositorySources;
    if (settings.namespace !== undefined || !sources || sources.fromWorkflow)
        return undefined;
    return new Map([...sources.candidates, ...sources.others].map((c) => [`${c.repository}:${root}`, `${c.via} (${c.repository})`]));
}

// EXTERNAL MODULE: ./src/config/resolve.ts + 1 modules
var config_resolve = __webpack_require__(3637);
// EXTERNAL MODULE: ./src/diff/spool.ts
var diff_spool = __webpack_require__(9592);
// EXTERNAL MODULE: ./src/import/state.ts
var state = __webpack_require__(2284);
// EXTERNAL MODULE: ./src/render/release.ts + 2 modules
var release = __webpack_require__(8232);
;// CONCATENATED MODULE: ./src/remote/extras-fetch.ts




/**
 * Reads what the files' `content_tags`, `author` and `redirect_from` refer to, and nothing when
 * no file uses them: a help center that uses none of these costs no request more.
 */
async function fetchArticleExtras(client, sources) {
    const tags = sources.some((s) => s.meta.content_tags?.length);
    const redirects = sources.some((s) => s.meta.redirect_from?.length);
    const emails = new Set();
    const ids = new Set();
    for (const s of sources) {
        const a = s.meta.author;
        if (a?.kind === 'email')
            emails.add(a.email.toLowerCase());
        else if (a?.kind === 'id')
            ids.add(a.id);
    }
    const [contentTags, users, rules] = await Promise.all([
        tags ? (0,article_extras/* listContentTags */.Dq)(client) : undefined,
        emails.size || ids.size ? fetchUsers(client, [...emails], [...ids]) : undefined,
        redirects ? readRules(client) : undefined,
    ]);
    const extras = {};
    if (contentTags)
        extras.contentTags = contentTags;
    if (users) {
        extras.users = users;
        const unknown = [...emails].some((e) => !users.some((u) => u.email?.toLowerCase() === e && u.role !== 'end-user')) ||
            [...ids].some((id) => !users.some((u) => u.id === id && u.role !== 'end-user'));
        // Suggestions for an author that is not an agent: the staff, two searches at most.
        if (unknown)
            extras.staff = (await Promise.all([(0,article_extras/* searchUsers */.x5)(client, 'role:agent'), (0,article_extras/* searchUsers */.x5)(client, 'role:admin')])).flat();
    }
    if (rules)
        Object.assign(extras, rules);
    return extras;
}
async function fetchUsers(client, emails, ids) {
    const chunks = [];
    for (let i = 0; i < ids.length; i += remote_client/* SHOW_MANY_USERS */.nr)
        chunks.push(ids.slice(i, i + remote_client/* SHOW_MANY_USERS */.nr));
    const found = await Promise.all([
        ...emails.map(async (e) => (await (0,article_extras/* searchUsers */.x5)(client, e)).filter((u) => u.email?.toLowerCase() === e)),
        ...chunks.map((c) => client.showUsers(c)),
    ]);
    const byId = new Map();
    for (const u of found.flat())
        byId.set(u.id, u);
    return [...byId.values()];
}
/** Only Guide admins may list redirect rules: a 403 is reported at each file that needs them, before any write. */
async function readRules(client) {
    try {
        return { redirectRules: await (0,article_extras/* listRedirectRules */.E3)(client) };
    }
    catch (error) {
        if (error instanceof errors/* ZendeskApiError */.Z_ && (error.status === 403 || error.status === 404)) {
            return {
                redirectRulesError: error.status === 403
                    ? 'the redirect rules cannot be read with these credentials (403): redirects need a Guide admin'
                    : `the Redirect Rules API is not available here (404): it is on every Guide plan but Guide Lite Legacy (${(0,src_errors/* errorMessage */.gJ)(error)})`,
            };
        }
        throw error;
    }
}

// EXTERNAL MODULE: ./src/remote/snapshot.ts + 1 modules
var remote_snapshot = __webpack_require__(4908);
// EXTERNAL MODULE: ./src/render/assets.ts
var assets = __webpack_require__(3475);
// EXTERNAL MODULE: ./src/shared/local-file.ts
var local_file = __webpack_require__(6237);
;// CONCATENATED MODULE: ./src/run/hidden-paths.ts




/**
 * Text that may refer to a dotfile, a dot-folder or .git/: a path segment that starts with a dot
 * and is neither `.` nor `..` (`.git/config`, `../.env`), or a dot written as an escape (`%2e`,
 * `&#46;`, `&period;`). Deliberately loose: a false alarm ("see .NET") only means the files are
 * checked before Zendesk is asked instead of while it is.
 */
const MAY_BE_HIDDEN = /(?:^|[\s(<[\]"'=:/\\{|>])\.[^\s./\\)\]"'>]|%2e|&#0*46;|&#x0*2e;|&period;/i;
/** Files read side by side by the look: enough to keep the disk busy, few enough to hold little. */
const READ_AT_ONCE = 64;
/**
 * Edge I/O, before any request: the Markdown under the docs root (dot-folders are never read)
 * whose text may refer to a hidden path, and the symbolic links there. Cheap next to loading
 * the files: no YAML, no Markdown parser, only a look at each file's text.
 */
async function mayReferToHiddenPaths(docsRoot) {
    const found = { files: new Set(), links: new Set() };
    const markdown = [];
    await walk(docsRoot, markdown, found.links);
    const links = [...found.links];
    // A few files at a time, each text let go once looked at: 120,000 files held at once would be
    // hundreds of megabytes before the run has read anything.
    for (let i = 0; i < markdown.length; i += READ_AT_ONCE) {
        await Promise.all(markdown.slice(i, i + READ_AT_ONCE).map(async (file) => {
            const text = await promises_default().readFile(file, 'utf8').catch(() => '');
            if (MAY_BE_HIDDEN.test(text) || links.some((name) => text.includes(name)))
                found.files.add(file);
        }));
    }
    return found.files.size ? found : undefined;
}
async function walk(dir, markdown, links) {
    const entries = await promises_default().readdir(dir, { withFileTypes: true }).catch(() => []);
    await Promise.all(entries.map(async (e) => {
        if (e.name.startsWith('.') || e.name === 'node_modules')
            return;
        const abs = external_node_path_default().join(dir, e.name);
        if (e.isSymbolicLink())
            links.add(e.name);
        if (e.isDirectory())
            await walk(abs, markdown, links);
        else if (/\.(md|markdown)$/i.test(e.name))
            markdown.push(abs);
    }));
}
/**
 * Whether the suspect files really refer to a path the run refuses: their includes were checked
 * as they were loaded, and their images and files are checked here by rendering them (offline,
 * nothing kept). The refusals themselves are reported by the run's render stage, once.
 */
async function refusedBeforeRequests(local, suspects, diagnostics) {
    if (diagnostics.some((d) => d.code === 'local-path-refused'))
        return true;
    const { settings, source } = local;
    const inFiles = (absPath) => suspects.files.has(absPath);
    const articles = source.articles.filter((a) => inFiles(a.absPath) || a.translations.some((t) => inFiles(t.absPath)));
    if (!articles.length)
        return false;
    const { prepareArticles } = await Promise.all(/* import() */[__webpack_require__.e(24), __webpack_require__.e(711), __webpack_require__.e(994), __webpack_require__.e(431)]).then(__webpack_require__.bind(__webpack_require__, 9431));
    const checked = await prepareArticles(articles, {
        docsRoot: settings.docsRoot,
        repoRoot: settings.repoRoot,
        render: settings.render,
        ...(settings.defaultLocale ? { defaultLocale: settings.defaultLocale } : {}),
        reader: new assets/* AssetReader */.e0((0,local_file/* localFilePolicy */.cL)(settings)),
    });
    return checked.diagnostics.some((d) => d.code === 'local-path-refused');
}

;// CONCATENATED MODULE: ./src/run/read.ts











/**
 * The first stage: settings in; the config file, the Markdown and the help center out. Reading
 * the files and reading the help center overlap (one is disk, the other network): Zendesk is
 * asked first, and the modules that read the config file and the Markdown load while its first
 * requests are in flight. Except when a file may refer to a path that must never leave the
 * repository (a dot-folder, .git/): the files are then read and checked first, and a refused
 * path stops the run before any request.
 */
async function readRun(given, logger, deps, options, trace) {
    const online = !deps.offline && given.zendeskUrl !== undefined && given.auth !== undefined;
    if (deps.offline)
        logger.debug('Offline: validating and rendering; Zendesk is not asked.');
    else if (!online)
        logger.info('No Zendesk credentials: validating and rendering offline; nothing is compared with Zendesk.');
    const imported = (0,state/* importedArticles */.it)(given.docsRoot);
    const suspects = online ? await mayReferToHiddenPaths(given.docsRoot) : undefined;
    if (suspects) {
        const local = await readLocal(given, logger, trace);
        if (await refusedBeforeRequests(local, suspects, trace.diagnostics)) {
            logger.info('A file refers to a path that never leaves the repository: Zendesk is not asked.');
            return { ...local, remote: undefined, imported };
        }
        const remote = startRemote(given, logger, deps, options, trace, imported, Promise.resolve(local));
        return { ...local, remote: await finishRemote(remote, local, logger), imported };
    }
    if (!online)
        return { ...(await readLocal(given, logger, trace)), remote: undefined, imported };
    let localRead;
    const localPromise = new Promise((resolve) => (localRead = resolve));
    const remote = startRemote(given, logger, deps, options, trace, imported, localPromise);
    const reading = readLocal(given, logger, trace);
    localRead(reading);
    let local;
    try {
        local = await reading;
        if (!options.keepMarkdown)
            await releaseWhileReading(local, remote);
    }
    catch (error) {
        remote.spool?.close();
        throw error;
    }
    return { ...local, remote: await finishRemote(remote, local, logger), imported };
}
/** The config file, then the Markdown; their problems join the run's diagnostics. */
async function readLocal(given, logger, trace) {
    const completed = await (0,config_resolve/* completeSettings */.b_)(given);
    const settings = completed.settings;
    trace.diagnostics.push(...completed.diagnostics);
    if (completed.read)
        logger.info(`Config file: ${completed.file}`);
    const { duplicateIds, loadSource } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(266)]).then(__webpack_require__.bind(__webpack_require__, 6266));
    const source = await logger.group('Reading Markdown', async () => {
        const result = await loadSource(settings.docsRoot, settings.repoRoot, {
            include: settings.include,
            exclude: settings.exclude,
            aliases: settings.aliases,
            ...(settings.variables ? { variables: settings.variables } : {}),
            ...(settings.defaultLocale ? { defaultLocale: settings.defaultLocale } : {}),
            ...(settings.defaultAuthor ? { defaultAuthor: settings.defaultAuthor } : {}),
            ...(settings.allowDotPaths ? { allowDotPaths: settings.allowDotPaths } : {}),
        });
        trace.diagnostics.push(...result.diagnostics, ...duplicateIds(result.articles));
        const translations = result.articles.reduce((n, a) => n + a.translations.length, 0);
        logger.info(`${(0,plural/* plural */.L)(result.articles.length, 'article')}, ${(0,plural/* plural */.L)(translations, 'translation')}`);
        return result;
    });
    return { settings, source };
}
/** Starts reading the help center; each stored body is indexed (and spooled) as its page arrives, then let go. */
function startRemote(given, logger, deps, options, trace, imported, local) {
    const client = new remote_client/* ZendeskClient */.g9({
        baseUrl: given.zendeskUrl,
        auth: given.auth,
        logger,
        concurrency: given.concurrency,
        ...(deps.fetch ? { fetch: deps.fetch } : {}),
        ...(deps.sleep ? { sleep: deps.sleep } : {}),
    });
    trace.client = client;
    const builder = new remote_index/* RemoteIndexBuilder */.w9(imported ? (id) => imported.has(id) : undefined);
    const spool = options.spool ? new diff_spool/* BodySpool */.m() : undefined;
    let defaultLocaleRead;
    const defaultLocale = new Promise((resolve) => (defaultLocaleRead = resolve));
    const snapshot = (0,remote_snapshot/* fetchSnapshot */.b)(client, logger, async (sections) => {
        const { source } = await local;
        // A _section.yml names its category: categories are needed to find its section.
        return options.categories === true || source.structure.length > 0 || (0,resolve/* sectionNamesNeedCategories */.GE)(source.articles, sections);
    }, (article, stored) => {
        builder.add(article, stored);
        spool?.add(article);
    }, async () => (await local).settings.createSections, (locale) => defaultLocaleRead(locale));
    // Awaited in finishRemote; this only stops Node from reporting it as unhandled while the files load.
    snapshot.catch(() => undefined);
    return { client, builder, spool, snapshot, defaultLocale };
}
/**
 * While the help center is read, the files' Markdown is let go: only its fingerprint is needed
 * to tell an unchanged file, and a file that is rendered after all is read again.
 */
async function releaseWhileReading(local, remote) {
    const defaultLocale = local.settings.defaultLocale ??
        (await Promise.race([
            remote.defaultLocale,
            remote.snapshot.then((s) => s.defaultLocale, () => undefined),
        ]));
    if (defaultLocale !== undefined)
        (0,release/* releaseBodies */.KR)(local.source.articles, { render: local.settings.render, defaultLocale });
}
async function finishRemote(remote, local, logger) {
    try {
        const snapshot = await logger.group('Reading the help center', async () => {
            const s = await remote.snapshot;
            logger.info(`${(0,plural/* plural */.L)(s.articles.size - remote.builder.recordArticles(), 'article')} in Zendesk (via ${s.articlesVia}), ${(0,plural/* plural */.L)(s.sections.length, 'section')}, locales ${s.locales.join(', ')}`);
            // Content tags, authors and redirect rules: only what the files name, once both are read.
            return { ...s, extras: await fetchArticleExtras(remote.client, local.source.articles) };
        });
        return { client: remote.client, snapshot, index: remote.builder.build(), spool: remote.spool };
    }
    catch (error) {
        remote.spool?.close();
        throw error;
    }
}

// EXTERNAL MODULE: ./src/render/ref-token.ts
var ref_token = __webpack_require__(1769);
// EXTERNAL MODULE: ./src/shared/paths.ts
var paths = __webpack_require__(405);
;// CONCATENATED MODULE: ./src/plan/reuse.ts






/**
 * Decides, before rendering, which bodies are certainly unchanged in Zendesk: the marker of
 * the stored translation records the same source fingerprint, every local file it referenced
 * still has the same content, every linked article still resolves to the same URL, the title
 * and draft state match, and nobody edited it in Guide since. Such a body needs no rendering
 * and no comparison, which is what makes a no-op run cheap. Any doubt means "render it".
 */
class ReusePlanner {
    snapshot;
    index;
    options;
    docs = new Map();
    byRelPath = new Map();
    recorded = new Map();
    // Looked up again for every link to an article and every body checked: at 40,000 files,
    // recomputing them was a tenth of a no-op's planning allocations.
    remotes = new Map();
    stored = new Map();
    constructor(articles, snapshot, index, options) {
        this.snapshot = snapshot;
        this.index = index;
        this.options = options;
        for (const article of articles) {
            const sourceLocale = article.meta.locale ?? options.defaultLocale;
            const draft = article.meta.draft ?? false;
            this.docs.set(article.file, { article, doc: article, locale: sourceLocale, title: article.meta.title, draft });
            this.byRelPath.set(this.docsRel(article.absPath).toLowerCase(), article);
            for (const t of article.translations) {
                this.docs.set(t.file, { article, doc: t, locale: t.locale, title: t.title, draft: t.draft ?? draft });
                this.byRelPath.set(this.docsRel(t.absPath).toLowerCase(), article);
            }
        }
        for (const info of this.docs.values()) {
            const marker = this.storedBody(info)?.analyzed.marker;
            if (!marker?.refs)
                continue;
            const list = [];
            for (const [written, value] of Object.entries(marker.refs)) {
                const ref = (0,assets/* referencePath */.Z8)(written);
                if (written.startsWith(ref_token/* DIAGRAM_REF */.mO)) {
                    list.push({ kind: 'diagram', sha: value });
                }
                else if (/\.md$/i.test(ref)) {
                    const { rel, anchor } = (0,assets/* linkTarget */.Cm)(this.docsRel(info.doc.absPath), written);
                    list.push({ kind: 'article', rel, anchor, url: value });
                }
                else {
                    list.push({ kind: 'asset', abs: external_node_path_default().resolve(external_node_path_default().dirname(info.doc.absPath), ref), sha: value });
                }
            }
            this.recorded.set(info.doc.file, list);
        }
    }
    docsRel(abs) {
        return (0,paths/* relativeTo */.M)(this.options.docsRoot, abs);
    }
    /** The remote article a source file is: by id, else by the key in a marker. */
    remoteOf(article) {
        return cached(this.remotes, article, () => this.findRemote(article));
    }
    findRemote(article) {
        if (article.meta.id !== undefined)
            return this.snapshot.articles.get(article.meta.id);
        let first;
        for (const a of this.index.byKey.get(article.key) ?? [])
            if (!first || a.id < first.id)
                first = a;
        return first;
    }
    storedBody(info) {
        return cached(this.stored, info, () => this.findStoredBody(info));
    }
    findStoredBody(info) {
        const remote = this.remoteOf(info.article);
        if (!remote)
            return undefined;
        const analyzed = this.index.analyzed.get(remote.id)?.get(info.locale);
        const translation = (0,remote_index/* translationsOf */.eY)(remote).find((t) => t.locale.toLowerCase() === info.locale);
        if (!analyzed || !translation)
            return undefined;
        return { analyzed, translation };
    }
    /** Files whose content hash the check needs; the caller reads them (I/O stays at the edge). */
    filesToHash() {
        const files = new Set();
        for (const list of this.recorded.values())
            for (const r of list)
                if (r.kind === 'asset')
                    files.add(r.abs);
        return [...files];
    }
    /** A reuse check for prepareArticles, given the content hashes of `filesToHash()`. */
    check(shaOf) {
        return (doc, fingerprint) => {
            const info = this.docs.get(doc.file);
            if (!info)
                return undefined;
            const stored = this.storedBody(info);
            const marker = stored?.analyzed.marker;
            if (!stored || !marker || marker.key !== info.article.key || marker.src !== fingerprint)
                return undefined;
            const { translation, analyzed } = stored;
            if (translation.draft !== info.draft)
                return undefined;
            if (info.title !== undefined && translation.title !== info.title)
                return undefined;
            if ((0,normalize/* contentHash */.Ae)(translation.title, analyzed.digest) !== marker.hash)
                return undefined;
            const assetShas = [];
            for (const r of this.recorded.get(doc.file) ?? []) {
                if (r.kind === 'asset' || r.kind === 'diagram') {
                    if ((r.kind === 'asset' && shaOf.get(r.abs) !== r.sha) || marker.assets[r.sha] === undefined)
                        return undefined;
                    assetShas.push(r.sha);
                    continue;
                }
                const target = this.byRelPath.get(r.rel.toLowerCase());
                const remote = target && this.remoteOf(target);
                if (!target || !remote)
                    return undefined;
                const hasLocale = target.translations.some((t) => t.locale === info.locale) || (target.meta.locale ?? this.options.defaultLocale) === info.locale;
                const locale = hasLocale ? info.locale : (target.meta.locale ?? this.options.defaultLocale);
                if ((0,remote_index/* liveUrl */.ew)(remote, locale) + (r.anchor ? `#${r.anchor}` : '') !== r.url)
                    return undefined;
            }
            return { title: translation.title, assetShas };
        };
    }
}
/** The value for `key`, computed once (undefined included). */
function cached(map, key, compute) {
    if (map.has(key))
        return map.get(key);
    const value = compute();
    map.set(key, value);
    return value;
}

;// CONCATENATED MODULE: ./src/run/render.ts




/**
 * The second stage: every file's body as Zendesk will store it. A file whose Zendesk copy
 * records the same source (its fingerprint, and the hashes of the files it uses) is not
 * rendered again: a no-op renders nothing.
 */
async function renderRun(read, logger) {
    const { settings, source, remote } = read;
    return logger.group('Rendering', async () => {
        const reader = new assets/* AssetReader */.e0((0,local_file/* localFilePolicy */.cL)(settings));
        let reuse;
        if (remote) {
            const planner = new ReusePlanner(source.articles, remote.snapshot, remote.index, {
                docsRoot: settings.docsRoot,
                defaultLocale: settings.defaultLocale ?? remote.snapshot.defaultLocale,
            });
            const files = planner.filesToHash();
            const shas = await Promise.all(files.map((f) => reader.shaOf(f)));
            reuse = planner.check(new Map(files.map((f, i) => [f, shas[i]])));
        }
        // Loaded on demand: the Markdown toolchain is the bulk of the bundle, and the help center
        // is already being read while it loads.
        const { prepareArticles } = await Promise.all(/* import() */[__webpack_require__.e(24), __webpack_require__.e(711), __webpack_require__.e(994), __webpack_require__.e(431)]).then(__webpack_require__.bind(__webpack_require__, 9431));
        const defaultLocale = settings.defaultLocale ?? remote?.snapshot.defaultLocale;
        const result = await prepareArticles(source.articles, {
            docsRoot: settings.docsRoot,
            repoRoot: settings.repoRoot,
            render: settings.render,
            ...(defaultLocale ? { defaultLocale } : {}),
            reader,
            ...(reuse ? { reuse } : {}),
        });
        const reused = result.prepared.reduce((n, p) => n + p.bodies.filter((b) => b.reused).length, 0);
        if (reused)
            logger.info(`${(0,plural/* plural */.L)(reused, 'unchanged file')} not rendered again (their Zendesk copy records the same source)`);
        return result;
    });
}

;// CONCATENATED MODULE: ./src/run/publish.ts










/**
 * read → render → plan, with the diagnostics logged once the plan is made. An exception (the
 * credentials refused, the network down) comes out as a PipelineError carrying the problems
 * found so far and the requests made. The caller closes `read.remote.spool`, if it asked for one.
 */
async function makePlan(given, logger, deps, options) {
    const started = Date.now();
    const trace = { diagnostics: [], client: undefined };
    let read;
    try {
        read = await readRun(given, logger, deps, options, trace);
        const rendered = await renderRun(read, logger);
        trace.diagnostics.push(...rendered.diagnostics);
        const planned = await planRun(read, rendered, logger, deps, trace.diagnostics);
        trace.diagnostics = [...planned.diagnostics];
        logDiagnostics(planned.diagnostics, logger);
        return { read, rendered, planned, started, trace };
    }
    catch (error) {
        read?.remote?.spool?.close();
        throw failed(error, trace, logger);
    }
}
/** A run's failure as a whole, with what it found so far (logged here: the plan that logs them was not made). */
function failed(error, trace, logger) {
    if (error instanceof ReadAgain || error instanceof src_errors/* PipelineError */.zC)
        return error;
    const sorted = (0,src_diagnostics/* sortDiagnostics */.Ds)(trace.diagnostics);
    if (logger)
        logDiagnostics(sorted, logger);
    const stats = trace.client?.http.stats;
    return new src_errors/* PipelineError */.zC(error, sorted, {
        total: stats?.requests ?? 0,
        rateLimited: stats?.rateLimited ?? 0,
        retries: stats?.retries ?? 0,
    });
}
/**
 * `plan` and `publish` (the action's dry run and publish): read → render → plan → apply →
 * report. Any error in the files or the plan stops the run before the first write; the report
 * says why. Apply records each article's failure in its outcome instead of throwing.
 */
async function runPublish(given, logger, deps = {}, options = {}) {
    const diffs = options.diffs ?? (given.mode === 'dry-run' ? types/* REPORT_DIFF_CAPS */.N : false);
    // Only a publish writes; the gate takes the lease only if its plan does.
    const gate = given.mode === 'publish' && !deps.offline && deps.lease !== false ? new WriteGate(deps.lease?.timing, deps.lease?.deps) : undefined;
    try {
        // A second reading, once, when another publish wrote after the first (the lease is held by then).
        for (let pass = 1;; pass++) {
            try {
                return await publishOnce(given, logger, deps, { ...options, diffs }, gate);
            }
            catch (error) {
                if (!(error instanceof ReadAgain) || pass > 1)
                    throw error;
            }
        }
    }
    finally {
        await gate?.release();
    }
}
async function publishOnce(given, logger, deps, options, gate) {
    const withCredentials = given.zendeskUrl !== undefined && given.auth !== undefined;
    const made = await makePlan(given, logger, deps, {
        spool: options.diffs !== false && withCredentials,
        ...(options.categories ? { categories: true } : {}),
        ...(options.keepMarkdown ? { keepMarkdown: true } : {}),
    });
    const { read, planned, trace } = made;
    try {
        const blocked = (0,src_diagnostics/* hasErrors */.Cs)(planned.diagnostics);
        const diffs = options.diffs && read.remote
            ? await (0,run_diffs/* diffsOf */.e)({ plan: made.planned.plan, prepared: made.rendered.prepared }, read.remote, options.diffs, logger)
            : undefined;
        let applied;
        if (!blocked && read.settings.mode === 'publish' && read.remote)
            applied = await applyRun({ ...read, remote: read.remote }, planned, logger, deps, gate);
        return reportOf(made, { blocked, diffs, applied, gate });
    }
    catch (error) {
        throw failed(error, trace, undefined);
    }
    finally {
        read.remote?.spool?.close();
    }
}
/** The report of a run that read, planned and maybe applied. */
function reportOf(made, extra) {
    const { read, planned } = made;
    const { applied, diffs, gate } = extra;
    const client = read.remote?.client;
    const stats = client?.http.stats;
    return (0,model/* buildReport */.FK)({
        mode: read.settings.mode,
        zendeskUrl: read.settings.zendeskUrl,
        plan: planned.plan,
        outcomes: applied?.outcomes,
        ...(applied?.structure ? { structure: applied.structure.outcomes } : {}),
        ...(applied?.createdTags ? { contentTags: applied.createdTags } : {}),
        diagnostics: planned.diagnostics,
        blocked: extra.blocked,
        requests: { total: stats?.requests ?? 0, rateLimited: stats?.rateLimited ?? 0, retries: stats?.retries ?? 0 },
        ...(applied && client ? { uploaded: { ...client.uploaded } } : {}),
        durationMs: Date.now() - made.started,
        ...(diffs ? { diffs } : {}),
        ...(applied?.interrupted ? { interrupted: applied.interrupted } : {}),
        ...(gate?.notes.length ? { notes: gate.notes } : {}),
    });
}
function logDiagnostics(sorted, logger) {
    for (const d of sorted) {
        const where = { file: d.file, ...(d.line ? { line: d.line } : {}), ...(d.column ? { column: d.column } : {}) };
        const text = d.hint ? `${d.message} (${d.hint})` : d.message;
        if (d.severity === 'error')
            logger.error(text, where);
        else
            logger.warning(text, where);
    }
}


/***/ }),

/***/ 6237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PN: () => (/* binding */ hiddenPathProblem),
/* harmony export */   cL: () => (/* binding */ localFilePolicy),
/* harmony export */   eI: () => (/* binding */ checkLocalFile),
/* harmony export */   gf: () => (/* binding */ allowedDotPathProblem)
/* harmony export */ });
/* unused harmony export HIDDEN_HINT */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(405);



/** Never allowed, whatever the config says. */
const GIT_DIR = '.git';
const segmentsOf = (root, abs) => node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, abs)
    .split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep))
    .filter((s) => s !== '' && s !== '.');
const isHidden = (segment) => segment.startsWith('.') && segment !== '.' && segment !== '..';
/** Why `allow_dot_paths` cannot hold `value`, or undefined when it is fine. */
function allowedDotPathProblem(value) {
    if (value.startsWith('/') || /^[a-z]:[\\/]/i.test(value))
        return 'must be relative to the repository root';
    if (value.includes('\\'))
        return 'must use forward slashes';
    const segments = value.split('/').filter((s) => s !== '' && s !== '.');
    if (segments.includes('..'))
        return 'must not leave the repository (..)';
    if (segments.some((s) => s.toLowerCase() === GIT_DIR))
        return "must not name .git: it holds the checkout's credentials and is never read";
    if (!segments.some(isHidden))
        return 'names no dot-folder or dotfile (only those need allowing)';
    return undefined;
}
/** The repo-relative path an allowed entry covers, normalised. */
const normalise = (p) => p
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .join('/');
/**
 * Pure: why the file at `abs` (lexically, no file system) may not be read, or undefined. `abs`
 * must already be absolute.
 */
function hiddenPathProblem(policy, abs) {
    const root = policy.repoRoot;
    if (!(0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .F)(root, abs))
        return 'outside';
    const segments = segmentsOf(root, abs);
    // Case-insensitive: on macOS and Windows `.GIT/config` is `.git/config`.
    if (segments.some((s) => s.toLowerCase() === GIT_DIR))
        return 'git';
    let from = 0;
    const docsRoot = policy.docsRoot;
    if (docsRoot && (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .F)(docsRoot, abs))
        from = segmentsOf(root, docsRoot).length;
    if (!segments.slice(from).some(isHidden))
        return undefined;
    const rel = segments.join('/');
    const allowed = (policy.allowDotPaths ?? []).map(normalise).some((a) => rel === a || rel.startsWith(`${a}/`));
    return allowed ? undefined : 'hidden';
}
/** The refusal a diagnostic shows, `%s` standing for the path as written. */
const MESSAGES = {
    outside: '"%s" points outside the repository; refusing to read it',
    git: '"%s" is inside .git/, which holds the checkout\'s credentials; refusing to read it',
    hidden: '"%s" is a dotfile or inside a dot-folder; refusing to read or upload it',
    linkOutside: '"%s" is a link to a file outside the repository; refusing to read it',
    linkHidden: '"%s" is a link to a dotfile, a dot-folder or .git/; refusing to read it',
};
const HIDDEN_HINT = 'files under .git/, dot-folders and dotfiles never leave the repository; allow a named path with `allow_dot_paths` in zendesk-guide.yml (never .git)';
/**
 * Edge I/O: where `abs` really is when the docs may read it, else why not (a message with `%s`
 * for the path as written). `realRepo` is the repository root with its links resolved.
 */
function checkLocalFile(policy, realRepo, abs) {
    const lexical = hiddenPathProblem(policy, abs);
    if (lexical)
        return { problem: MESSAGES[lexical], refused: true, ...(lexical === 'outside' ? {} : { hint: HIDDEN_HINT }) };
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(abs);
    }
    catch {
        return { missing: true };
    }
    const realPolicy = {
        ...policy,
        repoRoot: realRepo,
        ...(policy.docsRoot ? { docsRoot: realOr(policy.docsRoot) } : {}),
    };
    const resolved = hiddenPathProblem(realPolicy, real);
    if (resolved === 'outside')
        return { problem: MESSAGES.linkOutside, refused: true };
    if (resolved)
        return { problem: MESSAGES.linkHidden, hint: HIDDEN_HINT, refused: true };
    return { real };
}
function realOr(p) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(p);
    }
    catch {
        return p;
    }
}
/** The policy a run's settings make. */
function localFilePolicy(config) {
    return { repoRoot: config.repoRoot, docsRoot: config.docsRoot, allowDotPaths: config.allowDotPaths ?? [] };
}


/***/ }),

/***/ 1109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ splitLocaleSuffix),
/* harmony export */   X: () => (/* binding */ sourceFileOf)
/* harmony export */ });
/** `guide.fr.md` → { base: 'guide', locale: 'fr' }; two-part codes such as `pt-br` too. */
function splitLocaleSuffix(rel) {
    const noExt = rel.replace(/\.md$/i, '');
    const m = /^(.*)\.([a-z]{2,3}(?:-[a-z0-9]{2,4})?)$/i.exec(noExt);
    if (!m)
        return { base: noExt, locale: undefined };
    return { base: m[1], locale: m[2].toLowerCase() };
}
/** `docs/guide.fr.md` → `docs/guide.md`: the file whose report row a translation's problems belong to. */
function sourceFileOf(file) {
    if (!/\.md$/i.test(file))
        return file;
    const { base, locale } = splitLocaleSuffix(file);
    return locale === undefined ? file : `${base}.md`;
}


/***/ }),

/***/ 8995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ PLACEHOLDERS),
/* harmony export */   w: () => (/* binding */ isPlaceholder)
/* harmony export */ });
/**
 * The values `init` writes where it could not read the help center: names no help center has,
 * which `validate` accepts (it knows no names) and `plan` recognises, to say what to put there.
 */
const PLACEHOLDERS = {
    section: '<a section of your help center>',
    permission_group: '<a permission group of your help center>',
};
/** Whether a name is one of init's placeholders, or written like one (`<...>`). */
const isPlaceholder = (name) => /^<[^<>]*>$/.test(name.trim());


/***/ }),

/***/ 8743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ splitFrontMatter)
/* harmony export */ });
const FENCE = /^---[ \t]*$/;
const CLOSING_DOTS = /^\.\.\.[ \t]*$/;
/**
 * Splits `---` fenced front matter from the Markdown body, keeping line numbers. Only the lines
 * up to the closing fence are looked at one by one; the body is sliced off whole.
 */
function splitFrontMatter(text) {
    const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
    const lineEnd = (from) => {
        const nl = content.indexOf('\n', from);
        return nl === -1 ? content.length : nl;
    };
    // A line's "\r" is part of its end only when "\n" follows, as with split(/\r?\n/).
    const lineAt = (from, to) => content.slice(from, to > from && content[to - 1] === '\r' && content[to] === '\n' ? to - 1 : to);
    const firstEnd = lineEnd(0);
    if (!FENCE.test(lineAt(0, firstEnd)))
        return { yaml: undefined, yamlLine: 1, body: content, bodyLine: 1, unclosed: false };
    const yamlLines = [];
    let start = firstEnd + 1;
    let lineNumber = 2;
    while (start <= content.length) {
        const end = lineEnd(start);
        const line = lineAt(start, end);
        if (FENCE.test(line) || CLOSING_DOTS.test(line)) {
            const rest = end >= content.length ? '' : content.slice(end + 1);
            return {
                yaml: yamlLines.join('\n'),
                yamlLine: 2,
                // Line ends in the body are made "\n", as in the front matter.
                body: rest.includes('\r') ? rest.replace(/\r\n/g, '\n') : rest,
                bodyLine: lineNumber + 1,
                unclosed: false,
            };
        }
        yamlLines.push(line);
        if (end >= content.length)
            break;
        start = end + 1;
        lineNumber++;
    }
    return { yaml: undefined, yamlLine: 2, body: content, bodyLine: 1, unclosed: true };
}


/***/ }),

/***/ 5832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ ALL_KEYS_INVALID),
/* harmony export */   x: () => (/* binding */ wasInvalid)
/* harmony export */ });
/** The front matter could not be read at all (malformed YAML): every key counts as invalid. */
const ALL_KEYS_INVALID = '*';
/** True when `key` was set but invalid, so an error about it being missing would only repeat that one. */
function wasInvalid(doc, key) {
    return doc.invalidKeys !== undefined && (doc.invalidKeys.includes(key) || doc.invalidKeys.includes(ALL_KEYS_INVALID));
}


/***/ })

};
