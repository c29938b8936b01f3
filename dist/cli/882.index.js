export const id = 882;
export const ids = [882];
export const modules = {

/***/ 1490:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = __webpack_unused_export__ = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
__webpack_unused_export__ = closest;


/***/ }),

/***/ 8360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ writeState)
/* harmony export */ });
/* harmony import */ var _remote_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(280);
/* harmony import */ var _plan_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(175);


/**
 * Saves the state record: one request, an update of the state article's body, or its creation
 * (a draft) on the first publish. Returns what it did.
 */
async function writeState(client, existing, state, place) {
    const body = (0,_plan_state_js__WEBPACK_IMPORTED_MODULE_1__/* .stateHtml */ .tL)(state);
    if (existing) {
        await client.updateTranslation(existing.id, existing.source_locale, { title: (0,_plan_state_js__WEBPACK_IMPORTED_MODULE_1__/* .stateTitle */ ._A)(state.ns ?? state.root), body, draft: true });
        return 'updated';
    }
    if (!place)
        throw new Error('no section to keep the state record in (no article of this docs root exists yet)');
    await client.createArticle(place.sectionId, (0,_remote_client_js__WEBPACK_IMPORTED_MODULE_0__/* .newArticle */ .zj)({ permission_group_id: place.permissionGroupId, user_segment_id: place.userSegmentId }, [
        { locale: place.locale, title: (0,_plan_state_js__WEBPACK_IMPORTED_MODULE_1__/* .stateTitle */ ._A)(state.ns ?? state.root), body, draft: true },
    ]));
    return 'created';
}


/***/ }),

/***/ 3836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ detectRepository)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _namespace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4076);



const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/**
 * The repository (`owner/name`) a run's docs come from, for its default namespace: the
 * workflow's `GITHUB_REPOSITORY`, else the clone's `origin` remote; undefined when neither says.
 */
async function detectRepository(repoRoot, env) {
    const fromEnv = (0,_namespace_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryOf */ ._M)(env.GITHUB_REPOSITORY);
    if (fromEnv)
        return fromEnv;
    try {
        const { stdout } = await run('git', ['remote', 'get-url', 'origin'], { cwd: repoRoot, timeout: 10_000 });
        const remote = stdout.trim();
        // git@host:owner/name.git, ssh://git@host/owner/name, https://user:token@host/owner/name.git
        const scp = /^[\w.-]+@[\w.-]+:(?!\/)(.+)$/.exec(remote);
        const path = scp ? scp[1] : new URL(remote).pathname.replace(/^\/+/, '');
        return (0,_namespace_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryOf */ ._M)(path);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 5245:
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
/* harmony import */ var _plan_remote_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3847);




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

/***/ 9479:
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

/***/ 5013:
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

/***/ 7193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ exitCodeOf),
  a: () => (/* binding */ runPipeline)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(4533);
// EXTERNAL MODULE: ./src/shared/locale-suffix.ts
var locale_suffix = __webpack_require__(2032);
// EXTERNAL MODULE: ./src/plan/body.ts
var body = __webpack_require__(1660);
// EXTERNAL MODULE: ./src/plan/remote-index.ts
var remote_index = __webpack_require__(3847);
// EXTERNAL MODULE: ./src/plan/resolve.ts
var resolve = __webpack_require__(6074);
;// CONCATENATED MODULE: ./src/plan/structure.ts

const NO_STRUCTURE = { changes: [], byFile: new Map(), byName: new Map() };
const CREATE_HINT = 'set `create_sections: true` in zendesk-guide.yml (or the create-sections input) to create it';
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
    const error = (at, message, hint) => diagnostics.push({ severity: 'error', ...at, message, ...(hint ? { hint } : {}) });
    const changes = new Map();
    const byFile = new Map();
    const byName = new Map();
    const categoryOfFile = new Map();
    /** An existing category by id or name; undefined when there is none (an error for an id or an ambiguous name, reported). */
    function findCategory(ref, at) {
        if (ref.kind === 'id') {
            const found = snapshot.categories.find((c) => c.id === ref.id);
            if (found)
                return found;
            error(at, `category ${ref.id} does not exist in the help center`);
            return 'failed';
        }
        const matches = snapshot.categories.filter((c) => (0,resolve/* normalizeName */.Pc)(c.name) === (0,resolve/* normalizeName */.Pc)(ref.name));
        if (matches.length > 1) {
            error(at, `category "${ref.name}" is ambiguous: ${matches.length} match`, `use the id: ${matches.map((c) => c.id).join(', ')}`);
            return 'failed';
        }
        return matches[0] ?? 'missing';
    }
    /** A category to create from a name alone (a `section:` of an article, a `category:` of a _section.yml). */
    function newCategory(name) {
        const key = categoryKey(name);
        if (!changes.has(key)) {
            changes.set(key, {
                key,
                kind: 'category',
                action: 'create',
                id: undefined,
                name,
                file: undefined,
                reasons: [],
                operations: [{ kind: 'create-category', category: { name, locale: options.baseLocale } }],
            });
        }
        return { newCategory: key, name: changes.get(key).name };
    }
    // Categories described by files.
    for (const f of files.filter((x) => x.kind === 'category')) {
        const found = f.id !== undefined
            ? findCategory({ kind: 'id', id: f.id }, f.at.id ?? f.at.start)
            : findCategory({ kind: 'name', name: f.name }, f.at.name ?? f.at.start);
        if (found === 'failed') {
            categoryOfFile.set(f.file, undefined);
            continue;
        }
        if (found === 'missing') {
            if (!options.createSections) {
                error(f.at.name ?? f.at.start, `category "${f.name}" does not exist in the help center`, CREATE_HINT);
                categoryOfFile.set(f.file, undefined);
                continue;
            }
            const key = categoryKey(f.name);
            changes.set(key, createChange('category', key, f, options, error));
            categoryOfFile.set(f.file, { newCategory: key, name: f.name });
            continue;
        }
        categoryOfFile.set(f.file, { id: found.id, name: found.name });
        if (options.createSections)
            addUpdate(changes, updateChange('category', categoryKey(found.name), found, f, options, error));
    }
    const categoryFor = (ref, at, fromFile) => {
        if (fromFile !== undefined)
            return categoryOfFile.get(fromFile);
        const found = findCategory(ref, at);
        if (found === 'failed')
            return undefined;
        if (found !== 'missing')
            return { id: found.id, name: found.name };
        if (ref.kind === 'id')
            return undefined;
        if (!options.createSections) {
            error(at, `category "${ref.name}" does not exist in the help center`, CREATE_HINT);
            return undefined;
        }
        return newCategory(ref.name);
    };
    // Sections described by files.
    const seenSections = new Map();
    for (const f of files.filter((x) => x.kind === 'section')) {
        byFile.set(f.file, undefined);
        if (!f.category)
            continue; // reported when the file was read
        const category = categoryFor(f.category, f.at.category ?? f.at.start, f.categoryFile);
        if (!category)
            continue;
        let found;
        if (f.id !== undefined) {
            found = snapshot.sections.find((s) => s.id === f.id);
            if (!found) {
                error(f.at.id ?? f.at.start, `section ${f.id} does not exist in the help center`);
                continue;
            }
        }
        else if ('id' in category) {
            const matches = snapshot.sections.filter((s) => s.category_id === category.id && (0,resolve/* normalizeName */.Pc)(s.name) === (0,resolve/* normalizeName */.Pc)(f.name));
            if (matches.length > 1) {
                error(f.at.name ?? f.at.start, `section "${f.name}" is ambiguous in category "${category.name}"`, `set id: to one of ${matches.map((s) => s.id).join(', ')}`);
                continue;
            }
            found = matches[0];
        }
        const key = found ? `section:${found.id}` : sectionKey(category.name, f.name);
        const twin = seenSections.get(key);
        if (twin) {
            error(f.at.start, `this folder describes the same section as ${twin}`, 'one _section.yml per section');
            continue;
        }
        seenSections.set(key, f.file);
        if (found) {
            byFile.set(f.file, found.id);
            if (options.createSections)
                addUpdate(changes, updateChange('section', key, found, f, options, error, category.name));
            continue;
        }
        if (!options.createSections) {
            error(f.at.name ?? f.at.start, `section "${f.name}" does not exist in category "${category.name}"`, CREATE_HINT);
            continue;
        }
        const change = createChange('section', key, f, options, error, category);
        changes.set(key, change);
        byFile.set(f.file, { newSection: key });
        byName.set((0,resolve/* normalizeName */.Pc)(`${category.name} / ${f.name}`), key);
    }
    // `section: Category / Section` in front matter or _defaults.yml that names no section yet.
    if (options.createSections) {
        for (const source of sources) {
            const ref = source.meta.section;
            if (source.sectionFile || ref?.kind !== 'name')
                continue;
            const wanted = (0,resolve/* normalizeName */.Pc)(ref.name);
            if (byName.has(wanted))
                continue;
            const at = source.locations.section ?? source.start;
            const split = wanted.indexOf(' / ');
            if (split < 0)
                continue;
            const resolved = (0,resolve/* resolveSection */.o2)(ref, snapshot, at);
            if (resolved.ok || /ambiguous/.test(resolved.diagnostic.message))
                continue;
            const raw = ref.name.split('/');
            const categoryName = raw[0].trim();
            const sectionName = raw.slice(1).join('/').trim();
            const category = categoryFor({ kind: 'name', name: categoryName }, at, undefined);
            if (!category)
                continue;
            const key = sectionKey(category.name, sectionName);
            if (!changes.has(key)) {
                changes.set(key, {
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
                            section: { name: sectionName, locale: options.baseLocale },
                        },
                    ],
                });
            }
            byName.set(wanted, key);
        }
    }
    const ordered = [...changes.values()].filter((c) => c.operations.length > 0);
    return {
        changes: [...ordered.filter((c) => c.kind === 'category'), ...ordered.filter((c) => c.kind === 'section')],
        byFile,
        byName,
    };
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
    const inSomeState = new Set([...remote.states.values(), ...remote.legacyStates.values()].flatMap(({ article, state: s }) => [
        article.id,
        ...Object.values(s.articles).map((e) => e.id),
    ]));
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
var plan_marker = __webpack_require__(7870);
// EXTERNAL MODULE: ./src/source/types.ts
var types = __webpack_require__(2701);
;// CONCATENATED MODULE: ./src/plan/fields.ts

/** A front-matter value that is already the API value. */
const plain = (key) => (meta) => meta[key] === undefined ? undefined : { ok: true, value: meta[key] };
const keep = (value) => value;
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
        resolve: (meta, snapshot, at) => (meta.user_segment ? (0,resolve/* resolveUserSegment */.rR)(meta.user_segment, snapshot, at) : undefined),
        desired: keep,
        same: (v, a) => v === a.user_segment_id,
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
            if (intent.creating && field.requiredToCreate && !(0,types/* wasInvalid */.x)(source, field.key)) {
                reportError(ctx, source.start, `${field.key} is required to create an article`, `set \`${field.key}:\` in the front matter or in a _defaults.yml`);
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
var content_form = __webpack_require__(5238);
// EXTERNAL MODULE: ./src/plan/normalize.ts + 1 modules
var normalize = __webpack_require__(6641);
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
                refs.push({ index: r.index, kind: 'asset', sha: r.asset.sha, written: r.url });
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
/** The attachment URL of each file an article's markers record, by content hash. */
function knownAssetsOf(analyzed) {
    const known = {};
    for (const a of analyzed.values())
        Object.assign(known, a.marker?.assets ?? {});
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
    const knownAssets = { ...imported?.assets, ...knownAssetsOf(analyzed) };
    const uploads = [...assets.values()].filter((a) => !(a.sha in knownAssets));
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
    if (!article) {
        const operations = [
            {
                kind: 'create-article',
                // resolveMetadata guarantees the fields a create requires (the section, or one made first).
                sectionId: newSection !== undefined ? { newSection } : metadata.section_id,
                metadata: {
                    ...metadata,
                    permission_group_id: metadata.permission_group_id,
                    user_segment_id: metadata.user_segment_id ?? null,
                },
                bodies: specs,
                stubLinks: false,
                stubFiles: uploads.length > 0,
            },
        ];
        if (uploads.length) {
            operations.push({ kind: 'attach-files', assets: uploads, reconcile: false }, ...specs.filter(referencesFiles).map((body) => ({ kind: 'update-translation', body })));
        }
        const reasons = [specs.length > 1 ? `new file, ${specs.length} locales` : 'new file'];
        return { ...base, articleId: undefined, htmlUrl: undefined, action: 'create', reasons, operations };
    }
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
    }
    if (uploads.length)
        operations.push({ kind: 'attach-files', assets: uploads, reconcile: true });
    const entry = ctx.stateByArticle.get(article.id)?.entry;
    const translations = diffTranslations(source.key, article, analyzed, bodies, knownAssets, entry?.t, imported?.t, ctx.namespace);
    reasons.push(...translations.reasons);
    const outdated = ctx.options.outdatedTranslations === 'ignore' ? [] : flagOutdated(article, bodies, translations, entry?.s);
    reasons.push(...outdated.map((op) => `${op.locale} marked outdated`));
    // Flags go first: a run that dies after them and before the source body still writes the body
    // next time, while one that wrote the body first would leave the translations unflagged for good.
    const writes = [...outdated, ...translations.operations];
    if (operations.length || writes.length)
        operations.push(...withStaleDeletes(writes, staleAttachments(knownAssets, bodies), analyzed));
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
function diffTranslations(key, article, analyzed, bodies, knownAssets, published, 
/** Per locale, the Guide copy an import took this article from. */
imported, ns) {
    const operations = [];
    const reasons = [];
    const drifted = [];
    const record = {};
    const changed = new Set();
    const content = new Set();
    const bodyChanged = new Set();
    const lookup = (ref) => (ref.kind === 'asset' ? knownAssets[ref.sha] : ref.url);
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
        // The index analyzed every stored translation; the fallback only keeps this function total.
        const stored = analyzed.get(spec.locale) ?? (0,plan_marker/* analyzeBody */.fc)(remoteT.body);
        const current = (0,normalize/* contentHash */.Ae)(remoteT.title, stored.digest);
        if (bodies.reused.has(spec)) {
            record[spec.locale] = current;
            continue;
        }
        const last = published?.[spec.locale] ?? stored.marker?.hash ?? imported?.[spec.locale];
        const desired = (0,body/* finalBody */.lJ)(spec, key, lookup, ns);
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
        if (why.length === 0 && markerOwed && !markerCurrent(stored, key, ns, desired?.hash, spec, knownAssets)) {
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
            reasons.push(`${why.join(', ')} changed (${spec.locale})`);
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
    const filled = (0,body/* fillTemplate */.ou)(spec, lookup);
    return filled !== undefined && (0,content_form/* contentDigest */.eZ)(filled) === stored.content;
}
/** Whether the stored marker already records this key, content hash and these attachments. */
function markerCurrent(stored, key, ns, hash, spec, known) {
    const marker = stored.marker;
    if (!marker || marker.key !== key || marker.hash !== hash)
        return false;
    // A marker from before namespaces on an article this source claims is current: it gets the
    // namespace with the next real write, so upgrading costs no request.
    if (marker.ns !== undefined && marker.ns !== ns)
        return false;
    const wanted = spec.refs.flatMap((r) => (r.kind === 'asset' ? [r.sha] : []));
    return Object.keys(marker.assets).length === new Set(wanted).size && wanted.every((sha) => marker.assets[sha] === known[sha]);
}
/** The id in an attachment's content_url (`.../hc/article_attachments/{id}/{name}`). */
function attachmentIdOf(url) {
    const id = /\/article_attachments\/(\d+)\//.exec(url)?.[1];
    return id === undefined ? undefined : Number(id);
}
/** Attachments the markers record that no body references any more (their file changed or went). */
function staleAttachments(knownAssets, bodies) {
    const out = [];
    for (const [sha, url] of Object.entries(knownAssets)) {
        const id = attachmentIdOf(url);
        if (!bodies.assets.has(sha) && !bodies.reusedShas.has(sha) && id !== undefined)
            out.push({ kind: 'delete-attachment', attachmentId: id, sha });
    }
    return out;
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

// EXTERNAL MODULE: ./src/remote/client.ts + 3 modules
var remote_client = __webpack_require__(280);
// EXTERNAL MODULE: ./src/remote/slots.ts
var slots = __webpack_require__(9450);
;// CONCATENATED MODULE: ./src/apply/apply.ts








/** A promise settled from outside: the URL of an article once it exists. */
function deferred() {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
        resolve = res;
        reject = rej;
    });
    // A target nobody waits for must not become an unhandled rejection.
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
/** Whether an attachment Zendesk holds is this local file, as far as its answer tells: name, size and kind. */
function holds(attachment, asset) {
    return attachment.file_name === asset.name && attachment.size === asset.size && attachment.inline === asset.inline;
}
const fileKey = (asset) => `${asset.name}\u0000${asset.size}\u0000${asset.inline}`;
/** One executor per operation kind: the compiler refuses a kind without one. */
const EXECUTORS = {
    'create-article': async (op, run) => {
        const stubs = { links: op.stubLinks, files: op.stubFiles };
        const [main, ...rest] = await Promise.all(op.bodies.map((b) => run.render(b, stubs)));
        if (!main)
            throw new Error(`internal: ${run.article.key} has no body to create`);
        const sentAt = Date.now();
        const sectionId = run.section(op.sectionId);
        const metadata = { ...op.metadata, section_id: sectionId };
        const zd = await run.write(() => run.client.createArticle(sectionId, (0,remote_client/* newArticle */.zj)(metadata, [main, ...rest]), () => findCreated(run.client, sectionId, main.locale, run.article.key, sentAt, main.body)));
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
        const before = new Set(listed.map((a) => a.id));
        const known = new Set(Object.values(run.article.knownAssets).flatMap((url) => attachmentIdOf(url) ?? []));
        // What a marker records belongs to its body; the rest was left by a run that died, or is stale.
        const unaccounted = listed.filter((a) => !known.has(a.id));
        const keys = op.assets.map(fileKey);
        // Two local files that look alike from outside cannot be told apart on Zendesk: upload both.
        const alike = new Set(keys.filter((k, i) => keys.indexOf(k) !== i));
        const mine = new Set();
        for (const asset of op.assets) {
            let attachment = alike.has(fileKey(asset)) ? undefined : unaccounted.find((a) => !mine.has(a.id) && holds(a, asset));
            if (!attachment) {
                const data = await promises_default().readFile(asset.absPath);
                attachment = await run.write(() => run.client.uploadToArticle(id, { name: asset.name, contentType: asset.contentType, data }, asset.inline, async () => (await run.client.listAttachments(id, true)).find((a) => !before.has(a.id) && !mine.has(a.id) && holds(a, asset))));
            }
            mine.add(attachment.id);
            run.assets[asset.sha] = attachment.content_url;
        }
        for (const a of unaccounted)
            if (!mine.has(a.id))
                await run.write(() => run.client.deleteAttachment(a.id));
    },
    'update-metadata': async (op, run) => {
        const changes = op.newSection !== undefined ? { ...op.changes, section_id: run.section({ newSection: op.newSection }) } : op.changes;
        await run.write(() => run.client.updateArticle(idOf(run), changes));
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
    archive: async (_op, run) => {
        await run.write(() => run.client.archiveArticle(idOf(run)));
        run.outcome.status = 'archived';
    },
};
function execute(op, run) {
    return EXECUTORS[op.kind](op, run);
}
/**
 * Executes a plan and nothing else, in the plan's order per article (the article, its files
 * uploaded onto it, then the bodies that reference them); across articles, a body that links
 * to a new article waits until that article exists (the plan has already broken cycles by
 * stubbing links in a draft). One article failing does not stop the others; what it managed to
 * write is found by the next run through its marker and completed, so re-running converges
 * without duplicates.
 */
async function applyPlan(plan, client, logger, options = {}) {
    const outcomes = new Map();
    const targets = new Map(plan.articles.filter((a) => a.action === 'create').map((a) => [a.key, deferred()]));
    const writing = new slots/* Slots */.W(options.articlesAtOnce ?? 8);
    async function runArticle(article) {
        const outcome = { key: article.key, status: 'unchanged', articleId: article.articleId, htmlUrl: article.htmlUrl, requests: 0 };
        outcomes.set(article.key, outcome);
        if (article.action === 'skip')
            outcome.status = 'skipped';
        if (article.operations.length === 0)
            return;
        // While it waits for an article it links to, its slot goes to another: the target may need it.
        let waits = 0;
        async function linkUrl(ref, stub) {
            if (ref.url !== undefined)
                return ref.url;
            if (stub)
                return body/* STUB_URL */.Nz;
            const target = targets.get(ref.targetKey);
            if (!target)
                throw new Error(`internal: no URL for linked article ${ref.targetKey}`);
            let created;
            const wait = !target.settled;
            if (wait && waits++ === 0)
                writing.release();
            try {
                created = await target.promise;
            }
            catch {
                throw new Error(`not written: it links to ${ref.targetKey}, which could not be created`);
            }
            finally {
                // Back before articles not started yet: finishing what is under way comes first.
                if (wait && --waits === 0)
                    await writing.acquire(true);
            }
            return (0,remote_index/* localeUrl */.EJ)(created.htmlUrl, created.sourceLocale, ref.locale) + (ref.anchor ? `#${ref.anchor}` : '');
        }
        const assets = { ...article.knownAssets };
        const rendered = new Map();
        const run = {
            article,
            outcome,
            client,
            assets,
            section(target) {
                if (typeof target === 'number')
                    return target;
                const id = options.sections?.get(target.newSection);
                if (id === undefined)
                    throw new Error(`internal: section ${target.newSection} was not created before its articles`);
                return id;
            },
            async render(spec, stubs = NO_STUBS) {
                const links = new Map();
                for (const ref of spec.refs)
                    if (ref.kind === 'article')
                        links.set(ref.index, await linkUrl(ref, stubs.links));
                const fileUrl = (sha) => assets[sha] ?? (stubs.files ? body/* STUB_URL */.Nz : undefined);
                const final = (0,body/* finalBody */.lJ)(spec, article.key, (ref) => (ref.kind === 'asset' ? fileUrl(ref.sha) : links.get(ref.index)), plan.namespace);
                if (!final)
                    throw new Error(`internal: unresolved reference in ${spec.file}`);
                rendered.set(spec.locale, final.hash);
                const stubbed = spec.refs.some((r) => r.kind === 'article' ? stubs.links && r.url === undefined : stubs.files && assets[r.sha] === undefined);
                return { locale: spec.locale, title: spec.title, body: final.html, draft: spec.draft || stubbed };
            },
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
                targets.get(article.key)?.resolve({ htmlUrl, sourceLocale });
            },
        };
        await writing.acquire();
        try {
            for (const op of article.operations) {
                await execute(op, run);
                if (outcome.status === 'unchanged')
                    outcome.status = 'updated';
            }
        }
        catch (error) {
            outcome.status = 'failed';
            outcome.error = (0,errors/* errorMessage */.gJ)(error);
            targets.get(article.key)?.reject(error);
            logger.error(`${article.file ?? article.key}: ${outcome.error}`, article.file ? { file: article.file } : undefined);
        }
        finally {
            writing.release();
        }
        logger.progress?.({ kind: 'advance', item: article.file ?? article.key, failed: outcome.status === 'failed' });
    }
    await Promise.all(plan.articles.map(runArticle));
    return outcomes;
}

// EXTERNAL MODULE: ./src/plan/state.ts
var state = __webpack_require__(175);
// EXTERNAL MODULE: ./src/apply/state-write.ts
var state_write = __webpack_require__(8360);
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
 * After apply: saves what this run published into the docs root's state record, in one
 * request, and only when it changed (a no-op run writes nothing). A failure here loses nothing
 * already published (markers still carry identity) and the next publish saves the record again.
 */
async function syncState(options) {
    const held = options.index.states.get(options.namespace);
    // Taken over from the docs root's old record: it becomes this namespace's with the first
    // publish that changes it, in an article of its own (the old one stays, for other sources
    // that still read it), and not before: a no-op run writes nothing.
    const prev = held?.state ?? options.index.legacyStates.get(options.root)?.state;
    const next = (0,state/* nextState */.VK)(prev, options.root, options.plan, options.outcomes, options.namespace);
    if ((0,state/* sameState */.yY)(prev, next) && !(held === undefined && prev !== undefined && wroteSomething(options.outcomes)))
        return;
    if (options.commit)
        next.commit = options.commit;
    try {
        const done = await (0,state_write/* writeState */.J)(options.client, held?.article, next, placeOf(options.plan, options.outcomes, options.snapshot));
        options.logger.info(`State record ${done} (${Object.keys(next.articles).length} articles).`);
    }
    catch (error) {
        options.logger.warning(`could not save the state record (${error instanceof Error ? error.message : String(error)}); the articles are published, and the next publish saves it`, { file: options.root });
    }
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
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
            const from = keyOf(fields[i++] ?? '');
            const to = keyOf(fields[i++] ?? '');
            if (status.startsWith('R') && from !== undefined && to !== undefined)
                renames.set(from, to);
        }
        else {
            i++;
        }
    }
    return { renames };
}

;// CONCATENATED MODULE: ./src/diagnostics.ts
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
 */
function guardRenamedSource(identities, ctx) {
    if (ctx.options.namespaceExplicit || ctx.remote.states.has(ctx.namespace))
        return;
    const root = ctx.options.root ?? '.';
    const others = [...ctx.remote.states].filter(([ns, held]) => ns !== ctx.namespace && held.state.root === root);
    if (others.length === 0)
        return;
    for (const [source, identity] of identities) {
        if (identity.article || source.meta.id !== undefined)
            continue;
        const other = others.find(([, held]) => held.state.articles[source.key] !== undefined);
        if (!other)
            continue;
        const [ns, held] = other;
        reportError(ctx, source.start, `would create a new article, but namespace ${ns} (the same docs path, ${root}) published ${source.key} as article ${held.state.articles[source.key].id}, and this namespace (${ctx.namespace}) has no record yet`, `if this repository was renamed, run \`zendesk-guide-publisher namespace --move-from ${ns}\` or set \`namespace: ${ns}\`; if it is another source, set \`namespace: ${ctx.namespace}\` in zendesk-guide.yml to confirm`);
        identities.delete(source);
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
    if (orphans.length > ctx.options.maxArchive) {
        ctx.diagnostics.push({
            severity: 'error',
            file: '.',
            message: `${orphans.length} published articles have no file any more, more than max-archive (${ctx.options.maxArchive}); refusing to archive them`,
            hint: 'restore the files, or raise max-archive if this is intended',
        });
    }
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

;// CONCATENATED MODULE: ./src/plan/plan.ts









/**
 * The heart of the tool: compares the desired state (the files) with the snapshot and decides,
 * per article, the operations that make Zendesk match, each with its reason. Pure: the dry run
 * shows exactly what apply will do, because apply executes this and nothing else.
 *
 * Steps, each its own function: match identities (id, state record, marker) → find files that
 * moved → rule out creating what exists → check locales and resolve metadata → resolve bodies
 * and diff each article → plan removals → break link cycles among new articles.
 * Every step reports into one diagnostics list, so a run shows all of its errors at once.
 */
function buildPlan(input, snapshot, options, index) {
    if (!snapshot)
        return offlinePlan(input.prepared, options);
    const preparedByKey = new Map(input.prepared.map((p) => [p.source.key, p]));
    const notRendered = input.sources.filter((s) => !preparedByKey.has(s.key)).map((s) => s.key);
    const ctx = createContext(snapshot, index ?? (0,remote_index/* indexRemote */.tW)(snapshot), options, [...(options.unavailableKeys ?? []), ...notRendered]);
    ctx.structure = planStructure(input.structure ?? [], input.sources, snapshot, { createSections: options.createSections ?? false, baseLocale: ctx.defaultLocale, enabledLocales: ctx.enabledLocales }, ctx.diagnostics);
    const identities = matchIdentities(input.sources, ctx);
    matchMoves(identities, preparedByKey, ctx);
    guardCreates(identities, preparedByKey, ctx);
    const matched = new Map([...identities].map(([source, identity]) => [source, identity.article]));
    const targets = linkTargets(matched, ctx.defaultLocale);
    const articles = [];
    for (const source of input.sources) {
        // These run for every file, even one whose identity or rendering failed, so one run
        // reports its identity, locale, name, image and link errors together.
        const localesOk = checkLocales(source, ctx);
        const article = matched.get(source);
        const metadata = resolveMetadata(source, { creating: matched.has(source) && !article }, ctx);
        const prepared = preparedByKey.get(source.key);
        if (!prepared || !matched.has(source))
            continue;
        const bodies = resolveBodies(prepared, targets, ctx);
        if (!localesOk || !metadata || !bodies)
            continue;
        articles.push(diffArticle(prepared, article, metadata, bodies, ctx, identities.get(source)?.movedFrom));
    }
    const claimed = new Set([...matched.values()].flatMap((a) => (a ? [a.id] : [])));
    articles.push(...planRemovals(claimed, ctx));
    breakLinkCycles(articles);
    return {
        articles,
        ...(ctx.structure.changes.length ? { structure: ctx.structure.changes } : {}),
        diagnostics: ctx.diagnostics,
        offline: false,
        onDrift: options.onDrift,
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

// EXTERNAL MODULE: ./src/render/assets.ts
var assets = __webpack_require__(5748);
// EXTERNAL MODULE: ./src/shared/paths.ts
var paths = __webpack_require__(7540);
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
                if (/\.md$/i.test(ref)) {
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
                if (r.kind === 'asset') {
                    if (shaOf.get(r.abs) !== r.sha || marker.assets[r.sha] === undefined)
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

// EXTERNAL MODULE: ./src/shared/local-file.ts
var local_file = __webpack_require__(506);
// EXTERNAL MODULE: ./src/render/release.ts + 2 modules
var release = __webpack_require__(9248);
// EXTERNAL MODULE: ./src/remote/snapshot.ts + 1 modules
var remote_snapshot = __webpack_require__(3373);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(5806);
// EXTERNAL MODULE: ./src/report/plural.ts
var plural = __webpack_require__(4101);
// EXTERNAL MODULE: ./src/diff/types.ts
var diff_types = __webpack_require__(9479);
// EXTERNAL MODULE: ./src/diff/spool.ts
var diff_spool = __webpack_require__(5245);
// EXTERNAL MODULE: ./src/import/state.ts
var import_state = __webpack_require__(5013);
// EXTERNAL MODULE: ./src/config/namespace.ts
var config_namespace = __webpack_require__(4076);
;// CONCATENATED MODULE: ./src/pipeline.ts






















/**
 * config → source → render → remote → plan → apply → report. Any error in the files or the plan
 * stops the run before the first write; the report says why. An exception (credentials refused,
 * the network down) comes out as a PipelineError carrying the problems found so far, and only
 * ever before the first write: apply records each article's failure in its outcome instead.
 */
async function runPipeline(settings, logger, deps = {}, options = {}) {
    const state = { diagnostics: [], logged: false, client: undefined };
    const caps = options.diffs ?? (settings.mode === 'dry-run' ? diff_types/* REPORT_DIFF_CAPS */.N : false);
    let spool;
    try {
        // Stored bodies go to disk as they arrive, for the diffs; memory keeps only their offsets.
        if ((caps || options.onPlan) && settings.zendeskUrl && settings.auth)
            spool = new diff_spool/* BodySpool */.m();
        return await runSteps(settings, logger, deps, state, { ...options, diffs: caps }, spool);
    }
    catch (error) {
        const sorted = sortDiagnostics(state.diagnostics);
        if (!state.logged)
            logDiagnostics(sorted, logger);
        const stats = state.client?.http.stats;
        throw new errors/* PipelineError */.zC(error, sorted, {
            total: stats?.requests ?? 0,
            rateLimited: stats?.rateLimited ?? 0,
            retries: stats?.retries ?? 0,
        });
    }
    finally {
        spool?.close();
    }
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
async function runSteps(settings, logger, deps, state, options, spool) {
    const started = Date.now();
    const { diagnostics } = state;
    // Zendesk is asked first: the client needs only the settings, and the modules that read the
    // config file and the Markdown (the schema library and the YAML parser, which were nearly
    // half of what loaded at startup) load while the first requests are in flight.
    let client;
    if (deps.offline) {
        logger.debug('Offline: validating and rendering; Zendesk is not asked.');
    }
    else if (settings.zendeskUrl && settings.auth) {
        client = new remote_client/* ZendeskClient */.g9({
            baseUrl: settings.zendeskUrl,
            auth: settings.auth,
            logger,
            concurrency: settings.concurrency,
            ...(deps.fetch ? { fetch: deps.fetch } : {}),
            ...(deps.sleep ? { sleep: deps.sleep } : {}),
        });
        state.client = client;
    }
    else {
        logger.info('No Zendesk credentials: validating and rendering offline; nothing is compared with Zendesk.');
    }
    // Each stored body is parsed once as its page arrives, then dropped: the index keeps a digest
    // of its normalized form, which is all the plan needs, so memory stays flat for large help centers.
    // For the diffs, the spool copies it to disk first.
    // Articles an import wrote here are adopted by id and compared by content (see import/state.ts).
    const imported = (0,import_state/* importedArticles */.it)(settings.docsRoot);
    const indexBuilder = new remote_index/* RemoteIndexBuilder */.w9(imported ? (id) => imported.has(id) : undefined);
    // The files are read once the config file is; the snapshot may ask for them before that.
    let sourceLoaded;
    const sourcePromise = new Promise((resolve) => (sourceLoaded = resolve));
    let defaultLocaleRead;
    const remoteDefaultLocale = new Promise((resolve) => (defaultLocaleRead = resolve));
    let configLoaded;
    const configPromise = new Promise((resolve) => (configLoaded = resolve));
    const snapshotPromise = client
        ? (0,remote_snapshot/* fetchSnapshot */.b)(client, logger, async (sections) => {
            const read = await sourcePromise;
            // A _section.yml names its category: categories are needed to find its section.
            return options.categories || read.structure.length > 0 || (0,resolve/* sectionNamesNeedCategories */.GE)(read.articles, sections);
        }, (article) => {
            indexBuilder.add(article);
            spool?.add(article);
            (0,remote_index/* dropBodies */.qE)(article);
        }, async () => (await configPromise).createSections ?? false, (locale) => defaultLocaleRead(locale))
        : undefined;
    // Handled below; this only stops Node from reporting it as unhandled while the files load.
    snapshotPromise?.catch(() => undefined);
    const { loadConfigFile, duplicateIds, loadSource } = await Promise.all(/* import() */[__webpack_require__.e(645), __webpack_require__.e(493), __webpack_require__.e(636), __webpack_require__.e(777), __webpack_require__.e(208)]).then(__webpack_require__.bind(__webpack_require__, 4208));
    // The config file completes the settings (inputs and flags win); its errors block like any other.
    const loaded = await loadConfigFile(settings);
    const config = loaded.config;
    configLoaded(config);
    diagnostics.push(...loaded.diagnostics);
    if (loaded.read)
        logger.info(`Config file: ${loaded.file}`);
    // Reading the files and reading the help center overlap: one is disk, the other network.
    sourceLoaded(loadSource(config.docsRoot, config.repoRoot, { include: config.include, exclude: config.exclude, aliases: config.aliases }));
    const source = await logger.group('Reading Markdown', async () => {
        const result = await sourcePromise;
        diagnostics.push(...result.diagnostics, ...duplicateIds(result.articles));
        logger.info(`${(0,plural/* plural */.L)(result.articles.length, 'article')}, ${(0,plural/* plural */.L)(result.articles.reduce((n, a) => n + a.translations.length, 0), 'translation')}`);
        return result;
    });
    // While the help center is read, the files' Markdown is let go: only its fingerprint is needed
    // to tell an unchanged file, and a file that is rendered after all is read again. Not for the
    // preview, which renders every file.
    if (snapshotPromise && !options.onRead) {
        const defaultLocale = config.defaultLocale ??
            (await Promise.race([
                remoteDefaultLocale,
                snapshotPromise.then((s) => s.defaultLocale, () => undefined),
            ]));
        if (defaultLocale !== undefined)
            (0,release/* releaseBodies */.KR)(source.articles, { render: config.render, defaultLocale });
    }
    const snapshot = snapshotPromise
        ? await logger.group('Reading the help center', async () => {
            const s = await snapshotPromise;
            logger.info(`${(0,plural/* plural */.L)(s.articles.size, 'article')} in Zendesk (via ${s.articlesVia}), ${(0,plural/* plural */.L)(s.sections.length, 'section')}, locales ${s.locales.join(', ')}`);
            return s;
        })
        : undefined;
    const index = snapshot ? indexBuilder.build() : undefined;
    options.onRead?.({ config, source, snapshot });
    const { prepared } = await logger.group('Rendering', async () => {
        const reader = new assets/* AssetReader */.e0((0,local_file/* localFilePolicy */.cL)(config));
        let reuse;
        if (snapshot && index) {
            const planner = new ReusePlanner(source.articles, snapshot, index, {
                docsRoot: config.docsRoot,
                defaultLocale: config.defaultLocale ?? snapshot.defaultLocale,
            });
            const files = planner.filesToHash();
            const shas = await Promise.all(files.map((f) => reader.shaOf(f)));
            reuse = planner.check(new Map(files.map((f, i) => [f, shas[i]])));
        }
        // Loaded on demand: the Markdown toolchain is the bulk of the bundle, and the help center
        // is already being read while it loads.
        const { prepareArticles } = await Promise.all(/* import() */[__webpack_require__.e(784), __webpack_require__.e(566)]).then(__webpack_require__.bind(__webpack_require__, 6566));
        const result = await prepareArticles(source.articles, {
            docsRoot: config.docsRoot,
            repoRoot: config.repoRoot,
            render: config.render,
            defaultLocale: config.defaultLocale ?? snapshot?.defaultLocale,
            reader,
            ...(reuse ? { reuse } : {}),
        });
        diagnostics.push(...result.diagnostics);
        const reused = result.prepared.reduce((n, p) => n + p.bodies.filter((b) => b.reused).length, 0);
        if (reused)
            logger.info(`${(0,plural/* plural */.L)(reused, 'unchanged file')} not rendered again (their Zendesk copy records the same source)`);
        return result;
    });
    // The docs root's state record names the commit of its last publish: git says what moved since.
    const root = external_node_path_default().relative(config.repoRoot, config.docsRoot).split((external_node_path_default()).sep).join('/') || '.';
    const namespace = (0,config_namespace/* resolveNamespace */.uP)(config.namespace, config.repository, root);
    logger.info(`Namespace: ${namespace.value} (${namespace.how})`);
    const recordedCommit = (index?.states.get(namespace.value) ?? index?.legacyStates.get(root))?.state.commit;
    let renames;
    if (recordedCommit) {
        const found = await gitRenames(config.repoRoot, recordedCommit, config.docsRoot);
        if ('renames' in found)
            renames = found.renames;
        else
            logger.info(`Renames are found by content and title only: ${found.unavailable}.`);
    }
    const plan = buildPlan({ sources: source.articles, prepared, structure: source.structure }, snapshot, {
        onDrift: config.onDrift,
        archiveRemoved: config.archiveRemoved,
        maxArchive: config.maxArchive,
        defaultLocale: config.defaultLocale,
        labelsMode: config.labelsMode ?? 'replace',
        createSections: config.createSections ?? false,
        outdatedTranslations: config.outdatedTranslations ?? 'flag',
        ...(config.provenance ? { provenance: config.provenance } : {}),
        unavailableKeys: source.failedKeys,
        root,
        namespace: namespace.value,
        ...(config.namespace !== undefined ? { namespaceExplicit: true } : {}),
        ...(renames ? { renames } : {}),
        ...(imported ? { imported } : {}),
    }, index);
    diagnostics.push(...plan.diagnostics);
    if (options.onPlan && spool && snapshot && index && client)
        options.onPlan({ config, plan, prepared, snapshot, index, live: spool, client });
    const sorted = sortDiagnostics(diagnostics);
    logDiagnostics(sorted, logger);
    state.logged = true;
    const blocked = hasErrors(sorted);
    let diffs;
    if (spool && options.diffs && snapshot && index && plan.articles.some((a) => a.operations.length || a.drifted.length)) {
        // Loaded on demand: the diff library is needed only when something changes.
        const { collectDiffs } = await Promise.all(/* import() */[__webpack_require__.e(45), __webpack_require__.e(20)]).then(__webpack_require__.bind(__webpack_require__, 2020));
        try {
            diffs = collectDiffs({ plan, prepared, snapshot, index, live: spool }, options.diffs);
        }
        catch (error) {
            // The diffs only illustrate the plan: without them the report is still true.
            logger.warning(`could not show the text that changes: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    let outcomes;
    let structure;
    if (!blocked && config.mode === 'publish' && client) {
        const changes = plan.structure ?? [];
        // Before any article: articles go into the sections made here, and a refusal (a 403 for
        // want of Guide manager rights) stops the run before a single article is written.
        if (changes.length) {
            const run = client;
            structure = await logger.group('Sections and categories', () => applyStructure(changes, run, logger));
        }
        const sections = structure?.ids;
        const writes = plan.articles.filter((a) => a.operations.length > 0).length;
        outcomes = await logger.group('Publishing', async () => {
            logger.progress?.({ kind: 'start', what: 'publishing', total: writes, unit: 'article' });
            let result;
            try {
                result = await applyPlan(plan, client, logger, { articlesAtOnce: 2 * settings.concurrency, ...(sections ? { sections } : {}) });
            }
            finally {
                logger.progress?.({ kind: 'end' });
            }
            const { retries, landed } = client.http.stats;
            if (retries) {
                const found = landed
                    ? `; ${(0,plural/* plural */.L)(landed, 'write')} whose answer was lost had landed and ${landed === 1 ? 'was' : 'were'} not sent again`
                    : '';
                logger.info(`${(0,plural/* plural */.L)(retries, 'request')} retried after a failure of Zendesk or the network${found}`);
            }
            return result;
        });
        if (snapshot && index) {
            const done = outcomes;
            await syncState({
                client,
                logger,
                root,
                namespace: namespace.value,
                ...(config.namespace !== undefined ? { namespaceExplicit: true } : {}),
                index,
                snapshot,
                plan,
                outcomes: done,
                commit: await gitHead(config.repoRoot),
            });
        }
    }
    const stats = client?.http.stats;
    return (0,model/* buildReport */.FK)({
        mode: config.mode,
        zendeskUrl: config.zendeskUrl,
        plan,
        outcomes,
        ...(structure ? { structure: structure.outcomes } : {}),
        diagnostics: sorted,
        blocked,
        requests: { total: stats?.requests ?? 0, rateLimited: stats?.rateLimited ?? 0, retries: stats?.retries ?? 0 },
        durationMs: Date.now() - started,
        ...(diffs ? { diffs } : {}),
    });
}
/** The CLI's exit code for a run that failed as a whole (see the README's exit codes). */
const EXIT_CODE_OF_ERROR = { settings: 2, remote: 3, internal: 1 };
/** 0 when all went well; non-zero when the run failed, the files had errors or an article failed to publish. */
function exitCodeOf(report) {
    if (report.error)
        return EXIT_CODE_OF_ERROR[report.error.kind];
    return report.blocked || report.counts.failed > 0 ? 1 : 0;
}


/***/ }),

/***/ 1660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nz: () => (/* binding */ STUB_URL),
/* harmony export */   lJ: () => (/* binding */ finalBody),
/* harmony export */   ou: () => (/* binding */ fillTemplate)
/* harmony export */ });
/* harmony import */ var _render_ref_token_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6896);
/* harmony import */ var _html_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3449);
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7870);
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6641);




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
    return spec.template.replace(_render_ref_token_js__WEBPACK_IMPORTED_MODULE_2__/* .REF_TOKEN */ .M, (token, n) => {
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

/***/ 6074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ sectionNamesNeedCategories),
/* harmony export */   Pc: () => (/* binding */ normalizeName),
/* harmony export */   Z7: () => (/* binding */ resolvePermissionGroup),
/* harmony export */   o2: () => (/* binding */ resolveSection),
/* harmony export */   rR: () => (/* binding */ resolveUserSegment)
/* harmony export */ });
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18);

const fail = (at, message, hint) => ({
    ok: false,
    diagnostic: { severity: 'error', ...at, message, ...(hint ? { hint } : {}) },
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
    const matches = namesOf(list, label).get(normalizeName(ref.name)) ?? [];
    if (matches.length === 1)
        return { ok: true, value: matches[0].id };
    if (matches.length > 1) {
        return fail(at, `${what} "${ref.name}" is ambiguous: ${matches.length} match${viaAlias(ref)}`, `use one of ${matches.map((m) => `"${label(m)}"`).join(', ')} or the id`);
    }
    // A typo is usually in the last part: compare with bare names too, then show the full labels.
    const near = new Set([
        ...(0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .k)(ref.name, list.map(label)),
        ...(0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .k)(ref.name, list.map((n) => n.name)),
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
    return fail(at, `unknown ${what} "${ref.name}"${viaAlias(ref)}`, hint);
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
    if (!result.ok && ref.kind === 'name' && ref.name.includes('/') && result.diagnostic.message.startsWith('unknown')) {
        const hint = result.diagnostic.hint;
        result.diagnostic.hint = `${hint ? `${hint}; ` : ''}to create it, set \`create_sections: true\` in zendesk-guide.yml (or the create-sections input)`;
    }
    return result;
}
function resolvePermissionGroup(ref, snapshot, at) {
    return byIdOrName(ref, snapshot.permissionGroups, 'permission group', at);
}
/** `everyone` is Zendesk's null segment. */
function resolveUserSegment(ref, snapshot, at) {
    if (ref.kind === 'name' && ref.name.toLowerCase() === 'everyone')
        return { ok: true, value: null };
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


/***/ }),

/***/ 5748:
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
/* harmony import */ var _shared_local_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(506);





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
            diagnostics.push({ ...at, message: result.problem.replace('%s', ref.url), ...(result.hint ? { hint: result.hint } : {}) });
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

/***/ 6896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ refToken),
/* harmony export */   M: () => (/* binding */ REF_TOKEN)
/* harmony export */ });
/**
 * How a rendered body marks a local reference until the planner knows its final URL. Kept apart
 * from the renderer so the planner can read tokens without loading the Markdown toolchain.
 */
const refToken = (index) => `zgp-ref:${index}`;
/** Matches every token; the capture is the reference's index. */
const REF_TOKEN = /zgp-ref:(\d+)/g;


/***/ }),

/***/ 9248:
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
var frontmatter = __webpack_require__(1782);
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
    return split.unclosed || split.bodyLine !== doc.bodyLine ? undefined : split.body;
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

/***/ 584:
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
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3652);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4101);


/**
 * The comment shows at most this many characters of diffs; the rest of the articles point at
 * the job summary (which holds the report's full share) and the preview, so the table and the
 * problems always fit in GitHub's 65,536 characters.
 */
const COMMENT_DIFF_CHARS = 20_000;
/**
 * Text that could pretend to be something else once shown: bidirectional overrides (a line that
 * reads differently from what it holds) and control characters. Shown as `�`.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;
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

/***/ 3652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hx: () => (/* binding */ sourceUrl),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   ml: () => (/* binding */ shorten),
/* harmony export */   nf: () => (/* binding */ link)
/* harmony export */ });
/**
 * Titles, file names and messages come from the pull request, so they are escaped before they
 * reach a comment: no raw HTML (a fake marker, an image beacon), no table breakage, no @mentions.
 */
function escapeText(text) {
    return (text
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
    const flat = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
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

/***/ 9760:
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

/***/ 5806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BI: () => (/* binding */ runErrorOf),
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   Ww: () => (/* binding */ structureLine),
/* harmony export */   kS: () => (/* binding */ failedReport)
/* harmony export */ });
/* unused harmony exports changesOf, countRows */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4533);
/* harmony import */ var _remote_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1738);
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1350);



/** "create section FAQ in category Billing", "update section FAQ: description": one line of the report. */
function structureLine(row) {
    const what = row.kind === 'section' && row.category !== undefined ? `section ${row.name} in category ${row.category}` : `${row.kind} ${row.name}`;
    if (row.action === 'create')
        return `${row.status ? 'created' : 'create'} ${what}`;
    return `${row.status ? 'updated' : 'update'} ${row.kind} ${row.name}: ${row.reasons.join(', ')}`;
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
            changes.uploads += op.assets.length;
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
    const errorFiles = (0,_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .filesWithErrors */ .Li)(diagnostics);
    for (const row of rows) {
        const status = (0,_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .rowKind */ .Ji)(row, errorFiles) === 'error' ? 'failed' : planned ? statusFromAction[row.action] : row.status;
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
        diagnostics: input.diagnostics,
        requests: input.requests,
        newIds,
        durationMs: input.durationMs,
    };
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
    const kind = cause instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL ? 'settings' : (0,_remote_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isRemoteError */ .lX)(cause) ? 'remote' : 'internal';
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

/***/ 1350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ classifyRows),
/* harmony export */   Ji: () => (/* binding */ rowKind),
/* harmony export */   Li: () => (/* binding */ filesWithErrors),
/* harmony export */   xZ: () => (/* binding */ rowLabel)
/* harmony export */ });
/* unused harmony export KIND_ORDER */
/* harmony import */ var _shared_locale_suffix_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2032);

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

/***/ 6348:
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

/***/ 506:
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
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7540);



/** Never allowed, whatever the config says. */
const GIT_DIR = '.git';
const segmentsOf = (root, abs) => node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, abs).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).filter((s) => s !== '' && s !== '.');
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
        return 'must not name .git: it holds the checkout\'s credentials and is never read';
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
        return { problem: MESSAGES[lexical], ...(lexical === 'outside' ? {} : { hint: HIDDEN_HINT }) };
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
        return { problem: MESSAGES.linkOutside };
    if (resolved)
        return { problem: MESSAGES.linkHidden, hint: HIDDEN_HINT };
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

/***/ 2032:
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

/***/ 1782:
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

/***/ 2701:
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


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean),
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1490);

/** The candidates closest to `input`, for "did you mean" hints; case-insensitive. */
function closest(input, candidates, max = 3) {
    const needle = input.toLowerCase();
    return candidates
        .map((c) => {
        const hay = c.toLowerCase();
        // A substring match is as good as a one-letter typo: "Billing" should find "Account & billing".
        const d = hay.includes(needle) || needle.includes(hay) ? 1 : (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(needle, hay);
        return { c, d };
    })
        .filter(({ c, d }) => d <= Math.max(2, Math.ceil(c.length / 2)))
        .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
        .slice(0, max)
        .map(({ c }) => c);
}
function didYouMean(input, candidates) {
    const near = closest(input, candidates);
    return near.length ? `did you mean ${near.map((n) => `"${n}"`).join(', ')}?` : undefined;
}


/***/ })

};
