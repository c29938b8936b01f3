export const id = 804;
export const ids = [804];
export const modules = {

/***/ 9198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runImportCommand: () => (/* binding */ runImportCommand)
});

// EXTERNAL MODULE: ./src/config/resolve.ts + 1 modules
var resolve = __webpack_require__(3637);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/drift/since.ts
var drift_since = __webpack_require__(1669);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/config/file.ts
var file = __webpack_require__(1974);
// EXTERNAL MODULE: ./src/diff/spool.ts
var diff_spool = __webpack_require__(9592);
// EXTERNAL MODULE: ./src/plan/remote-index.ts
var remote_index = __webpack_require__(28);
// EXTERNAL MODULE: ./src/remote/client.ts + 4 modules
var remote_client = __webpack_require__(6640);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/import/convert-job.ts + 1 modules
var convert_job = __webpack_require__(945);
// EXTERNAL MODULE: ./src/shared/heap-budget.ts + 1 modules
var heap_budget = __webpack_require__(4785);
// EXTERNAL MODULE: ./src/import/worker-role.ts
var worker_role = __webpack_require__(2396);
;// CONCATENATED MODULE: ./src/import/convert-pool.ts





/** Below this many bodies a worker's start-up (it loads the whole bundle) costs more than it saves. */
const WORKERS_FROM = 300;
/**
 * Converting a body to Markdown and rendering it back to check the round trip is nearly all of
 * an import's CPU (about 10 ms a translation): the largest help center's 120,000 translations
 * are spread over worker threads, one a core (at most 4), the main thread keeping the reading,
 * downloads and writes.
 */
function defaultConvertThreads(bodies) {
    if (bodies < WORKERS_FROM)
        return 0;
    return Math.max(0, Math.min(4, external_node_os_default().availableParallelism()));
}
/**
 * Converts bodies in worker threads, or in this thread with none. A worker that fails to start
 * (an entry point that cannot serve them) leaves its jobs to this thread: slower, never wrong.
 */
class ConvertPool {
    workers = [];
    next = 0;
    seq = 0;
    /** Undefined until the export has ended and every article's key is known (see share). */
    shared;
    constructor(threads, shared) {
        this.shared = shared;
        const file = workerFile();
        if (threads > 0 && file)
            (0,heap_budget/* uncapYoungGeneration */.kF)();
        for (let i = 0; i < threads && file; i++)
            this.start(file.path, file.execArgv);
        if (shared)
            this.share(shared);
    }
    get threads() {
        return this.workers.length;
    }
    /** What every later conversion uses: every article's key and the anchors links point at. */
    share(shared) {
        this.shared = shared;
        // A worker reads its messages in order: every job sent after this one sees it.
        for (const slot of this.workers)
            slot.worker.postMessage({ shared });
    }
    convert(job) {
        return this.send({ job });
    }
    /** Converts a body before the export has ended, with what is known so far (see runEarlyConvertJob). */
    convertEarly(job, known) {
        return this.send({ job, known });
    }
    send(sent) {
        if (!this.workers.length) {
            try {
                return Promise.resolve(this.runHere(sent));
            }
            catch (error) {
                return Promise.reject(error instanceof Error ? error : new Error(String(error)));
            }
        }
        const slot = this.workers[this.next++ % this.workers.length];
        const id = ++this.seq;
        return new Promise((resolve, reject) => {
            slot.pending.set(id, { resolve, reject, sent });
            slot.worker.postMessage({ id, ...sent });
        });
    }
    runHere(sent) {
        if (sent.known)
            return (0,convert_job/* runEarlyConvertJob */.F1)(sent.job, sent.known);
        if (!this.shared)
            throw new Error('a conversion was asked for before the import shared its keys');
        return (0,convert_job/* runConvertJob */.IL)(sent.job, this.shared);
    }
    async close() {
        const workers = this.workers.splice(0);
        await Promise.all(workers.map((w) => w.worker.terminate()));
    }
    start(file, execArgv) {
        const worker = new external_node_worker_threads_.Worker(file, {
            workerData: { role: worker_role/* CONVERT_WORKER_ROLE */.K2 },
            // Conversion makes short-lived trees: a young generation of its own, of Node 20's size, on
            // Node 24 too (where it would grow to 128 MB a thread). See uncapYoungGeneration.
            resourceLimits: { maxYoungGenerationSizeMb: heap_budget/* YOUNG_GENERATION_CAP_BYTES */.hm / 1024 / 1024 },
            ...(execArgv ? { execArgv } : {}),
            stdout: true,
            stderr: true,
        });
        const slot = { worker, pending: new Map() };
        this.workers.push(slot);
        worker.on('message', (m) => {
            const p = slot.pending.get(m.id);
            if (!p)
                return;
            slot.pending.delete(m.id);
            if (m.converted)
                p.resolve(m.converted);
            else
                p.reject(new Error(m.error ?? 'conversion failed'));
        });
        // A worker that cannot serve: its jobs, and every later one it would get, run here.
        const fail = () => {
            const i = this.workers.indexOf(slot);
            if (i >= 0)
                this.workers.splice(i, 1);
            for (const p of slot.pending.values()) {
                try {
                    p.resolve(this.runHere(p.sent));
                }
                catch (error) {
                    p.reject(error);
                }
            }
            slot.pending.clear();
            void worker.terminate();
        };
        worker.on('error', fail);
        worker.on('exit', fail);
    }
}
/**
 * The file a worker runs: the entry point the process started with, which serves conversions
 * when started as a worker (see cli.ts, index.ts and worker-role.ts), since the bundle has no
 * separate worker file. From the sources (tests, tsx) there is none: Node 20 does not apply tsx
 * to a worker's modules, so the conversions stay in this thread.
 */
function workerFile() {
    if (import.meta.url.endsWith('.ts'))
        return undefined;
    const entry = process.argv[1];
    return entry && /\.m?js$/.test(entry) ? { path: entry } : undefined;
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

;// CONCATENATED MODULE: ./src/import/early.ts



/** Early conversions in flight per thread (one in the main thread when there is none). */
const IN_FLIGHT_PER_THREAD = 4;
/**
 * Markdown held by early conversions not yet written, in characters: beyond it nothing more is
 * converted early. Each waits in memory until its article is written, after the export; a help
 * center whose export is slow beside its conversion would otherwise be held whole.
 */
const HELD_CHARS = 128 * 1024 * 1024;
/**
 * Converts bodies while the export's pages still arrive. The export is limited to 10 pages a
 * minute, so the largest help center's 40 pages take four minutes in which the cores would idle;
 * converting is nearly all of an import's CPU. Each body is converted with what is known so far
 * (the keys of the articles read, the anchors their links point at, no downloaded file), recording what the
 * conversion asked; once the export has ended, a conversion whose questions get the same answers
 * is used, and any other is converted again (see runEarlyConvertJob). So the files written are
 * exactly those of an import that converted only at the end.
 */
class EarlyConversions {
    deps;
    heldChars;
    stats = { used: 0, redone: 0 };
    /** Translations to convert, from `head` on (a shift from the front of 120,000 would copy the rest each time). */
    queue = [];
    head = 0;
    made = new Map();
    /** Article id → copies read so far: a page boundary (or the list after a refused export) repeats one, and only the last counts. */
    copies = new Map();
    /** Keys of the articles read so far, as the final placement would likely give them. */
    keys;
    pages = [[]];
    structure;
    inFlight = 0;
    held = 0;
    stopped = false;
    constructor(deps, heldChars = HELD_CHARS) {
        this.deps = deps;
        this.heldChars = heldChars;
        this.keys = new Map(deps.previous);
    }
    /** An article of the page being read: an earlier copy of it (a page boundary repeats one) is forgotten. */
    onArticle(article) {
        if (this.stopped)
            return;
        this.copies.set(article.id, (this.copies.get(article.id) ?? 0) + 1);
        this.pages[this.pages.length - 1].push(article);
    }
    /** The page read so far is complete: its articles are placed and queued. */
    onPageEnd() {
        if (this.stopped)
            return;
        this.pages.push([]);
        this.placeWaiting();
    }
    /** The categories and sections: folders are known from here on. */
    onStructure(structure) {
        this.structure = structure;
        this.placeWaiting();
    }
    /** The export has ended: no body is started early any more (those under way finish). */
    stop() {
        this.stopped = true;
        this.queue = [];
        this.head = 0;
        this.pages = [];
    }
    /**
     * The early conversion of this translation, if one was made and converting `job` now would give
     * the same; undefined otherwise (the caller converts it). Each is taken once.
     */
    async take(articleId, job, shared) {
        const id = `${articleId}:${job.locale}`;
        const made = this.made.get(id);
        if (!made)
            return undefined;
        this.made.delete(id);
        const early = await made.result;
        if (!early)
            return undefined;
        this.held -= early.converted.markdown.length;
        if (made.copy !== this.copies.get(articleId))
            return undefined;
        const same = made.dir === job.dir &&
            job.render.alerts === this.deps.render.alerts &&
            job.render.allowUnsafeHtml === this.deps.render.allowUnsafeHtml &&
            (0,convert_job/* earlyStillHolds */._i)(early, job, shared);
        if (same)
            this.stats.used++;
        else
            this.stats.redone++;
        return same ? early.converted : undefined;
    }
    placeWaiting() {
        if (!this.structure)
            return;
        const complete = this.pages.splice(0, this.pages.length - 1);
        for (const page of complete) {
            for (const p of placeArticles(page, this.structure, this.keys))
                this.keys.set(p.id, p.key);
            for (const article of page)
                this.enqueue(article, this.keys.get(article.id));
        }
        this.pump();
    }
    enqueue(article, key) {
        const dir = key.includes('/') ? key.slice(0, key.lastIndexOf('/')) : '';
        const source = article.source_locale.toLowerCase();
        for (const t of (0,remote_index/* translationsOf */.eY)(article)) {
            const locale = t.locale.toLowerCase();
            if (locale === source || this.deps.wanted(locale))
                this.queue.push({ id: article.id, locale: t.locale, dir, copy: this.copies.get(article.id) });
        }
    }
    pump() {
        const pool = this.deps.pool();
        if (!pool)
            return;
        const limit = Math.max(1, pool.threads) * IN_FLIGHT_PER_THREAD;
        while (!this.stopped && this.inFlight < limit && this.held < this.heldChars && this.head < this.queue.length) {
            const next = this.queue[this.head];
            this.queue[this.head++] = undefined;
            if (!next || next.copy !== this.copies.get(next.id))
                continue;
            const html = this.deps.body(next.id, next.locale);
            if (html === undefined)
                continue;
            const keys = new Map();
            for (const linked of (0,convert_job/* linkedArticleIds */.u4)(html)) {
                const key = this.keys.get(linked);
                if (key !== undefined)
                    keys.set(linked, key);
            }
            const anchors = (0,convert_job/* headingIdsIn */.aT)(html).filter((id) => this.deps.linkedAnchor(id));
            const job = { html, dir: next.dir, localFiles: new Map(), render: this.deps.render, locale: next.locale.toLowerCase() };
            this.inFlight++;
            const result = pool.convertEarly(job, { keys, anchors }).then((r) => {
                this.held += r.converted.markdown.length;
                return r;
            }, () => undefined);
            this.made.set(`${next.id}:${job.locale}`, { dir: next.dir, copy: next.copy, result });
            void result.finally(() => {
                this.inFlight--;
                // Off this turn of the event loop: in the main thread, conversions would otherwise run back to back.
                setImmediate(() => this.pump());
            });
        }
    }
}

// EXTERNAL MODULE: ./src/plan/state.ts
var state = __webpack_require__(3118);
// EXTERNAL MODULE: ./src/remote/snapshot.ts + 1 modules
var snapshot = __webpack_require__(4908);
;// CONCATENATED MODULE: ./src/import/fetch.ts



/** The help center from `startTime`: the structure lookups and the export (or the list, without export rights). */
async function fetchHelpCenter(client, logger, startTime, hooks = {}) {
    const pages = [[]];
    const ends = [];
    const lookups = Promise.all([
        client.listCategories(),
        client.listSections(),
        optional(client.listPermissionGroups(), 'permission groups', logger),
        optional(client.listUserSegments(), 'user segments', logger),
    ]).then(([categories, sections, permissionGroups, userSegments]) => {
        const structure = { categories, sections, permissionGroups, userSegments };
        hooks.onStructure?.(structure);
        return structure;
    });
    const [locales, structure, exported] = await Promise.all([
        client.listLocales(),
        lookups,
        (0,snapshot/* fetchArticles */.q)(client, logger, (a, kept) => {
            hooks.onArticle?.(a, kept);
            pages[pages.length - 1].push(kept);
        }, {
            startTime,
            onPage: (end) => {
                ends.push(end);
                pages.push([]);
                hooks.onPageEnd?.();
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
        ...structure,
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

// EXTERNAL MODULE: ./src/import/state.ts
var import_state = __webpack_require__(2284);
;// CONCATENATED MODULE: ./src/import/files.ts



/** The import's writes into the docs root: never over a file the user changed since the import wrote it. */
class ImportFiles {
    docsRoot;
    state;
    result;
    force;
    constructor(docsRoot, state, result, force) {
        this.docsRoot = docsRoot;
        this.state = state;
        this.result = result;
        this.force = force;
    }
    /** Writes a file unless the user changed it since the import wrote it; returns whether it holds `content` now. */
    async put(rel, content) {
        const abs = external_node_path_default().join(this.docsRoot, rel);
        const wanted = (0,import_state/* sha256 */.sc)(content);
        let current;
        try {
            current = (0,import_state/* sha256 */.sc)(await promises_default().readFile(abs));
        }
        catch {
            current = undefined;
        }
        const recorded = this.state.files[rel];
        if (current === wanted) {
            this.state.files[rel] = wanted;
            this.result.unchanged++;
            return true;
        }
        const userChanged = recorded !== undefined ? current !== recorded : current !== undefined;
        if (userChanged && !this.force) {
            this.result.conflicts.push(rel);
            return false;
        }
        await (0,import_state/* writeAtomic */.vZ)(abs, content);
        this.state.files[rel] = wanted;
        this.result.written.push(rel);
        return true;
    }
}

;// CONCATENATED MODULE: ./src/import/render-settings.ts


/**
 * Read with the publisher's own reader (zendesk-guide.yml or .yaml, or the file named by
 * `--config`), so the import converts for exactly the rendering that publishing will do. A file
 * the publisher would refuse is refused here too, before anything is written.
 */
async function importRenderSettings(config) {
    const loaded = await (0,file.loadConfigFile)(config);
    const error = loaded.diagnostics.find((d) => d.severity === 'error');
    if (error)
        throw new errors/* ConfigError */.xL(`${error.file ?? loaded.file}:${error.line ?? 1}: ${error.message}`);
    const render = loaded.config.render;
    return {
        render: { alerts: render?.alerts ?? true, allowUnsafeHtml: render?.allowUnsafeHtml ?? false },
        file: loaded.file,
    };
}

;// CONCATENATED MODULE: ./src/import/types.ts
function emptyResult(via, startTime) {
    return {
        via,
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
        convertThreads: 0,
        earlyConversions: { used: 0, redone: 0 },
    };
}

// EXTERNAL MODULE: ./src/plan/marker.ts
var marker = __webpack_require__(4377);
// EXTERNAL MODULE: ./src/plan/normalize.ts + 1 modules
var normalize = __webpack_require__(9392);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/import/assets.ts





/**
 * Downloads the attachments and media an article's bodies point at, next to the article. Per-locale
 * copies of one file (Zendesk's own, or one media embedded in several translations) are one local file.
 */
async function downloadArticleAssets(ctx, target, bodies) {
    const out = { localFiles: new Map(), assets: {} };
    const names = { bySha: new Map(), byName: new Map() };
    // What an earlier import of this article found at each URL: a copy of a file on disk is not fetched again to compare.
    const priorSha = new Map(Object.entries(ctx.state.articles[String(target.id)]?.assets ?? {}).map(([k, u]) => [u, k.slice(k.lastIndexOf('/') + 1)]));
    for (const [t, body] of bodies) {
        const locale = t.locale.toLowerCase();
        for (const m of body.matchAll(/(?:src|href)\s*=\s*["']([^"']+)["']/gi)) {
            const url = m[1].replace(/&amp;/g, '&');
            const ref = fileReference(url);
            if (!ref || out.localFiles.has(url))
                continue;
            const prior = priorSha.get(url);
            const same = prior === undefined ? undefined : names.bySha.get(prior);
            if (prior !== undefined && same !== undefined) {
                out.localFiles.set(url, same);
                out.assets[`${locale}/${prior}`] ??= url;
                continue;
            }
            const done = await downloadOnce(ctx, target, ref, url, names.byName);
            if ('error' in done) {
                ctx.result.failedDownloads.push({ file: external_node_path_default().posix.join(target.dir, target.base, ref.name ?? ref.id), url, message: done.error });
                ctx.warn(`could not download ${url} (${done.error}); the article keeps the Zendesk URL`, `${target.base}.md`);
                continue;
            }
            const rel = await placeDownload(ctx, target, ref, done, names);
            out.localFiles.set(url, rel);
            // By locale too: each translation keeps the copy Zendesk made for it, so publishing back rewrites no body.
            out.assets[done.sha] ??= url;
            out.assets[`${locale}/${done.sha}`] ??= url;
        }
    }
    return out;
}
/** One file of one article, downloaded once (or found on disk as an earlier import wrote it). */
function downloadOnce(ctx, target, ref, url, byName) {
    const key = `${target.id}:${ref.id}`;
    let job = ctx.downloads.get(key);
    if (!job) {
        job = (async () => {
            // Downloaded before (an interrupted import, an import again) and untouched since: not fetched again.
            const rel = ref.name === undefined ? undefined : external_node_path_default().posix.join(target.dir, target.base, ref.name);
            const onDisk = rel && !byName.has(ref.name.toLowerCase()) ? await promises_default().readFile(external_node_path_default().join(ctx.docsRoot, rel)).catch(() => undefined) : undefined;
            if (rel && onDisk && ctx.state.files[rel] === (0,import_state/* sha256 */.sc)(onDisk)) {
                ctx.result.unchanged++;
                return { sha: assetSha(onDisk), bytes: undefined };
            }
            return fetchBytes(ctx.client, url);
        })();
        ctx.downloads.set(key, job);
    }
    return job;
}
/** The local path of a downloaded file: one per distinct content, named after Guide's file (or the media's id). */
async function placeDownload(ctx, target, ref, done, names) {
    const known = names.bySha.get(done.sha);
    if (known !== undefined)
        return known;
    let name = ref.name ?? `media-${ref.id.slice(-10).toLowerCase()}${extensionOf(done.bytes)}`;
    if (names.byName.has(name.toLowerCase()))
        name = `${ref.id}-${name}`;
    const rel = external_node_path_default().posix.join(target.dir, target.base, name);
    names.byName.set(name.toLowerCase(), rel);
    names.bySha.set(done.sha, rel);
    if (done.bytes) {
        ctx.result.downloads++;
        await ctx.files.put(rel, done.bytes);
    }
    return rel;
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
const ATTACHMENT = /^(?:https?:\/\/[^/?#]+)?\/hc\/(?:[a-z-]+\/)?article_attachments\/(\d+)\/([^/?#]+)/i;
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

;// CONCATENATED MODULE: ./src/import/article.ts





const sourceOf = (a) => a.translations?.find((t) => t.locale.toLowerCase() === a.source_locale.toLowerCase()) ?? {
    id: 0,
    source_id: a.id,
    locale: a.source_locale,
    title: a.title,
    draft: a.draft,
    updated_at: a.updated_at,
};
function frontMatter(data) {
    return `---\n${(0,dist/* stringify */.As)(data, { lineWidth: 0 })}---\n`;
}
/**
 * Downloads what an article's bodies point at, then converts each translation (in the pool's
 * workers, side by side). Writes nothing but the downloads.
 */
async function convertArticle(ctx, article, placement, render) {
    const sourceLocale = article.source_locale.toLowerCase();
    const dir = placement.dir;
    const base = placement.key.slice(dir ? dir.length + 1 : 0);
    const locales = (0,remote_index/* translationsOf */.eY)(article).filter((t) => t.locale.toLowerCase() === sourceLocale || ctx.wanted(t.locale.toLowerCase()));
    const bodies = new Map(locales.map((t) => [t, ctx.body(article.id, t.locale) ?? '']));
    // Attachments first: a body's images must be on disk before its Markdown points at them.
    const { localFiles, assets } = await downloadArticleAssets(ctx, { id: article.id, dir, base }, bodies);
    const converted = await Promise.all(locales.map(async (t) => {
        const job = { html: bodies.get(t), dir, localFiles, render, locale: t.locale.toLowerCase() };
        return (await ctx.early?.(article.id, job)) ?? ctx.pool.convert(job);
    }));
    const hashes = {};
    const texts = locales.map((t, i) => {
        const locale = t.locale.toLowerCase();
        hashes[locale] = (0,normalize/* contentHash */.Ae)(t.title, (0,marker/* analyzeBody */.fc)(bodies.get(t)).digest);
        const isSource = locale === sourceLocale;
        const meta = isSource ? sourceMeta(ctx, article, t, dir) : translationMeta(t, sourceOf(article));
        const rel = isSource ? `${placement.key}.md` : `${placement.key}.${locale}.md`;
        const markdown = converted[i].markdown;
        return { rel, text: `${frontMatter(meta)}${markdown ? `\n${markdown}` : ''}` };
    });
    return {
        article,
        placement,
        texts,
        record: { key: placement.key, t: hashes, assets, u: article.updated_at },
        lossy: converted.some((c) => c.lossy),
        raw: converted.some((c) => c.rawBlocks > 0),
    };
}
function translationMeta(t, source) {
    const meta = { title: t.title };
    if (t.draft !== source.draft)
        meta.draft = t.draft;
    return meta;
}
/** The source file's front matter: what the folder's `_defaults.yml` does not already say. */
function sourceMeta(ctx, article, t, dir) {
    const { namer } = ctx;
    const sourceLocale = article.source_locale.toLowerCase();
    const meta = { title: t.title };
    const folder = ctx.state.folders[dir] ?? {};
    meta.id = article.id;
    if (sourceLocale !== ctx.fetched.defaultLocale)
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
        meta.content_tags = article.content_tag_ids.map((id) => ctx.extraNames.tag(id));
    const author = ctx.extraNames.author(article.author_id);
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
    return meta;
}

;// CONCATENATED MODULE: ./src/import/write.ts


/**
 * Articles, and milliseconds, between two saves of the record (both must pass): what an
 * interruption can cost to redo. The record is written whole, and for 40,000 translations it
 * is megabytes; saved every 25 articles it was 500 of them per import, a share of the CPU and
 * of the peak memory.
 */
const SAVE_EVERY = 25;
const SAVE_INTERVAL_MS = 2_000;
/**
 * And at least this many times as long as the last save took: a record of 120,000 files takes
 * most of a second to sort and write, and saved every 2 seconds (and at each of 41 page ends)
 * it took a third of the thread that hands the bodies to the converting threads. So saving
 * costs at most a twentieth of the run, whatever its size.
 */
const SAVE_COST_FACTOR = 20;
/** Articles converted ahead of the one being written, per worker: keeps every worker busy. */
const AHEAD_PER_THREAD = 4;
/** Writes the selected articles in the export's order, recording after each page where to resume. */
async function writeArticles(ctx, selected) {
    const saver = periodicSaver(ctx);
    const lossy = [];
    let pageEnd;
    const ahead = Math.max(1, ctx.pool.threads * AHEAD_PER_THREAD);
    const pending = [];
    const start = (i) => {
        const s = selected[i];
        if (s)
            pending.push(convertArticle(ctx, s.article, s.placement, ctx.render));
    };
    for (let i = 0; i < ahead; i++)
        start(i);
    for (let i = 0; i < selected.length; i++) {
        const { placement, pageEnd: end } = selected[i];
        const converted = await pending.shift();
        start(i + ahead);
        // A page is done when the first article of the next one starts: record where to resume.
        if (pageEnd !== undefined && end !== pageEnd) {
            ctx.state.endTime = pageEnd;
            await saver.atPageEnd();
        }
        pageEnd = end;
        if (await commitArticle(ctx, converted, ctx.render))
            await saver.maybe();
        else
            lossy.push(selected[i]);
        ctx.logger.progress?.({ kind: 'advance', item: `${placement.key}.md`, failed: false });
    }
    if (lossy.length)
        await writeLossy(ctx, lossy, saver);
}
/**
 * Embeds, scripts or styles the publisher's sanitizer would remove: they are kept only when the
 * docs root publishes raw HTML as written, which a fresh import turns on.
 */
async function writeLossy(ctx, lossy, saver) {
    const { render, configFile } = ctx;
    if (!configFile) {
        await ctx.files.put(ctx.newConfigFile, `render:\n  alerts: ${render.alerts}\n  allow_unsafe_html: true\n`);
        ctx.result.configWritten = true;
        ctx.logger.warning(`${lossy.length} article(s) hold HTML that the publisher sanitizes away (an embedded video, a script, a style): ${ctx.newConfigFile} now sets render.allow_unsafe_html: true so that publishing them back keeps it; see "Raw HTML" in zendesk-guide-publisher's docs/front-matter.md`);
    }
    else {
        ctx.logger.warning(`${lossy.length} article(s) hold HTML that the publisher sanitizes away with ${configFile}'s settings: publishing them will remove it unless render.allow_unsafe_html is true`);
    }
    const mode = configFile ? { ...render } : { ...render, allowUnsafeHtml: true };
    for (const { article, placement } of lossy) {
        if (await commitArticle(ctx, await convertArticle(ctx, article, placement, mode), mode))
            await saver.maybe();
    }
    if (configFile)
        for (const { placement } of lossy)
            ctx.result.lossy.push(`${placement.key}.md`);
}
/**
 * Writes one converted article's files and records it. Returns false, writing nothing, when the
 * publisher would not give its content back with these settings (left for writeLossy).
 */
async function commitArticle(ctx, converted, mode) {
    const { result, state } = ctx;
    if (converted.lossy && !mode.allowUnsafeHtml)
        return false;
    if (converted.lossy)
        result.lossy.push(`${converted.placement.key}.md`);
    if (converted.raw)
        result.rawHtml++;
    const conflictsBefore = result.conflicts.length;
    for (const { rel, text } of converted.texts)
        await ctx.files.put(rel, text);
    result.articles++;
    result.translations += converted.texts.length - 1;
    // A file kept as the user changed it still stands for the Guide copy imported before.
    const id = String(converted.article.id);
    if (result.conflicts.length === conflictsBefore || !state.articles[id])
        state.articles[id] = converted.record;
    return true;
}
/** Saves the record every SAVE_EVERY articles and SAVE_INTERVAL_MS (and SAVE_COST_FACTOR times its cost), or at a page's end when due. */
function periodicSaver(ctx) {
    let since = 0;
    let savedAt = Date.now();
    let cost = 0;
    const now = async () => {
        const started = Date.now();
        await (0,import_state/* writeImportState */.m$)(ctx.docsRoot, ctx.state);
        since = 0;
        savedAt = Date.now();
        cost = savedAt - started;
    };
    const due = () => Date.now() - savedAt >= Math.max(SAVE_INTERVAL_MS, cost * SAVE_COST_FACTOR);
    return {
        now,
        // The end time recorded with it is where an interrupted import resumes: a later save records it just as well.
        atPageEnd: async () => {
            if (due())
                await now();
        },
        maybe: async () => {
            if (++since >= SAVE_EVERY && due())
                await now();
        },
    };
}

;// CONCATENATED MODULE: ./src/import/run.ts


















/** The config file an import writes at the docs root when there is none (to turn raw HTML on). */
const CONFIG_FILE = 'zendesk-guide.yml';
/** Files a fresh folder may hold: the config file too, which the import reads to convert for the publisher's settings. */
const HARMLESS = new Set(['.gitkeep', '.DS_Store', '.keep', ...file/* CONFIG_FILE_NAMES */.HR]);
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
/** Every `#anchor` some link in one article points at: the heading ids worth keeping. */
function linkedAnchors(article) {
    const out = new Set();
    for (const t of (0,remote_index/* translationsOf */.eY)(article))
        for (const m of (t.body ?? '').matchAll(/href\s*=\s*["'][^"'#]*#([^"']+)["']/gi))
            out.add(m[1]);
    return [...out];
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
    // Read before the help center: a config file the publisher would refuse stops the import before any request.
    const settings = await importRenderSettings(config);
    const state = previous ? structuredClone(previous) : (0,import_state/* emptyImportState */.eC)(config.zendeskUrl);
    state.complete = false;
    const client = new remote_client/* ZendeskClient */.g9({
        baseUrl: config.zendeskUrl,
        auth: config.auth,
        logger,
        concurrency: config.concurrency,
        ...(deps.fetch ? { fetch: deps.fetch } : {}),
    });
    const read = await readConverting(client, logger, spool, startTime, { state, options, render: settings.render });
    const { fetched, early } = read;
    // The threads started while reading end with the import, whatever stops it: they would keep the process alive.
    try {
        const plan = await planImport(client, fetched, state, options, startTime, read.anchorsOf);
        const result = emptyResult(fetched.via, startTime);
        const files = new ImportFiles(docsRoot, state, result, options.force);
        await writeFolderDefaults(files, state, plan.byDir);
        // Recorded before the first file is written: an import that stops now is still an import.
        if (!previous)
            await (0,import_state/* writeImportState */.m$)(docsRoot, state);
        const bodies = plan.selected.reduce((n, s) => n + (0,remote_index/* translationsOf */.eY)(s.article).length, 0);
        const shared = { keyOfArticle: plan.keyOfArticle, linkedAnchors: new Set(state.anchors) };
        const pool = (read.pool ??= new ConvertPool(options.convertThreads ?? defaultConvertThreads(bodies)));
        pool.share(shared);
        result.convertThreads = pool.threads;
        const ctx = writeContext({ config, logger, client, spool, fetched, state, result, files, pool, options, plan, settings });
        ctx.early = (id, job) => early.take(id, job, shared);
        await logger.group('Writing Markdown', async () => {
            logger.progress?.({ kind: 'start', what: 'importing', total: plan.selected.length, unit: 'article' });
            try {
                await writeArticles(ctx, plan.selected);
            }
            finally {
                logger.progress?.({ kind: 'end' });
            }
        });
        result.earlyConversions = { ...early.stats };
        return await finishImport(config.docsRoot, config.zendeskUrl, { state, result, fetched, startTime, client });
    }
    finally {
        await read.pool?.close();
    }
}
/** The record written complete, and the result's last figures. */
async function finishImport(docsRoot, zendeskUrl, run) {
    const { state, result, fetched, startTime, client } = run;
    state.endTime = Math.max(fetched.endTime, startTime);
    state.complete = true;
    state.zendeskUrl = zendeskUrl;
    await (0,import_state/* writeImportState */.m$)(docsRoot, state);
    result.endTime = state.endTime;
    result.requests = client.http.stats.requests;
    return result;
}
/**
 * The help center read, its bodies converted as their pages arrive (see early.ts), in threads
 * started once the import is big enough to want them. A failed read ends the threads it started.
 */
async function readConverting(client, logger, spool, startTime, given) {
    const { state, options } = given;
    let pool;
    const asked = new Set(options.locales.map((l) => l.toLowerCase()));
    const anchorsRead = new Set(state.anchors);
    const early = new EarlyConversions({
        pool: () => pool,
        body: (id, locale) => spool.read(id, locale),
        render: given.render,
        previous: previousKeysOf(state),
        wanted: (locale) => asked.size === 0 || asked.has(locale),
        linkedAnchor: (id) => anchorsRead.has(id),
    });
    let bodiesRead = 0;
    try {
        const { fetched, anchorsOf } = await readHelpCenter(client, logger, spool, startTime, anchorsRead, {
            onArticle: (article, kept) => {
                bodiesRead += (0,remote_index/* translationsOf */.eY)(article).length;
                early.onArticle(kept);
            },
            onPageEnd: () => {
                const threads = options.convertThreads ?? defaultConvertThreads(bodiesRead);
                if (!pool && (threads > 0 || options.convertEarly === true))
                    pool = new ConvertPool(threads);
                early.onPageEnd();
            },
            onStructure: (structure) => early.onStructure(structure),
        });
        early.stop();
        return { fetched, anchorsOf, early, pool };
    }
    catch (error) {
        early.stop();
        await pool?.close();
        throw error;
    }
}
/**
 * The export (or the list) from `startTime`, the bodies spooled to disk and the anchors links
 * point at kept: per article, and every one read so far in `anchorsSeen`.
 */
async function readHelpCenter(client, logger, spool, startTime, anchorsSeen, hooks) {
    const anchorsOf = new Map();
    const fetched = await logger.group('Reading the help center', async () => {
        const f = await fetchHelpCenter(client, logger, startTime, {
            ...hooks,
            onArticle: (article, kept) => {
                const found = linkedAnchors(article);
                for (const anchor of found)
                    anchorsSeen.add(anchor);
                if (found.length)
                    anchorsOf.set(article.id, found);
                else
                    anchorsOf.delete(article.id);
                spool.add(article);
                hooks.onArticle?.(article, kept);
            },
        });
        logger.info(`${f.articles.length} article(s) changed since ${startTime === 0 ? 'the beginning' : new Date(startTime * 1000).toISOString()} (via ${f.via}), ${f.sections.length} section(s), locales ${f.locales.join(', ')}`);
        if (f.via === 'list')
            logger.warning('these credentials may not use the incremental export: the articles were listed page by page instead');
        return f;
    });
    return { fetched, anchorsOf };
}
/** Which articles are written, where, and what their folders share; updates the record's anchors and folders. */
async function planImport(client, fetched, state, options, startTime, anchorsOf) {
    const keep = articleFilter(options, fetched);
    // The export returns what changed at or after its start time, so the last import's newest
    // articles come again; unchanged since (same updated_at), they are not written again.
    const chosen = fetched.articles.filter(({ article }) => keep(article) && (options.force || startTime === 0 || state.articles[String(article.id)]?.u !== article.updated_at));
    const namer = new Namer(fetched);
    const articles = chosen.map((s) => s.article);
    const extraNames = await fetchImportNames(client, articles);
    const previousKeys = previousKeysOf(state);
    const placements = new Map(placeArticles(articles, fetched, previousKeys).map((p) => [p.id, p]));
    const keyOfArticle = new Map([...previousKeys, ...[...placements.values()].map((p) => [p.id, p.key])]);
    const anchors = new Set([...(state.anchors ?? []), ...chosen.flatMap((s) => anchorsOf.get(s.article.id) ?? [])]);
    state.anchors = [...anchors].sort();
    const selected = chosen.map((s) => ({ ...s, placement: placements.get(s.article.id) }));
    // Folder defaults: what every article of the section shares (kept from before for folders already written).
    const byDir = new Map();
    for (const { article, placement } of selected) {
        const list = byDir.get(placement.dir) ?? [];
        list.push({
            section: namer.section(article.section_id),
            permission_group: namer.permissionGroup(article.permission_group_id),
            user_segment: namer.userSegment(article.user_segment_id),
        });
        byDir.set(placement.dir, list);
    }
    for (const [dir, values] of byDir)
        if (!state.folders[dir])
            state.folders[dir] = folderDefaults(values);
    return { selected, keyOfArticle, byDir, namer, extraNames };
}
/** Article id → the key an earlier import gave it (kept: an import never renames a file). */
function previousKeysOf(state) {
    return new Map(Object.entries(state.articles).map(([id, a]) => [Number(id), a.key]));
}
async function writeFolderDefaults(files, state, byDir) {
    for (const [dir, defaults] of Object.entries(state.folders)) {
        if (!byDir.has(dir) || Object.keys(defaults).length === 0)
            continue;
        await files.put(external_node_path_default().posix.join(dir, '_defaults.yml'), (0,dist/* stringify */.As)(defaults, { lineWidth: 0 }));
    }
}
function writeContext(parts) {
    const { logger, fetched, options, spool } = parts;
    const enabled = new Set(fetched.locales);
    const asked = new Set(options.locales.map((l) => l.toLowerCase()));
    return {
        docsRoot: parts.config.docsRoot,
        client: parts.client,
        state: parts.state,
        result: parts.result,
        files: parts.files,
        warn: (message, file) => logger.warning(message, { file }),
        downloads: new Map(),
        fetched,
        namer: parts.plan.namer,
        extraNames: parts.plan.extraNames,
        pool: parts.pool,
        body: (id, locale) => spool.read(id, locale),
        wanted: (locale) => (asked.size === 0 || asked.has(locale)) && enabled.has(locale),
        logger,
        render: parts.settings.render,
        configFile: parts.settings.file,
        newConfigFile: CONFIG_FILE,
    };
}

// EXTERNAL MODULE: ./src/shared/paths.ts
var paths = __webpack_require__(405);
;// CONCATENATED MODULE: ./src/import/folder.ts



/**
 * The import's docs folder, made when missing, and only inside the repository: the settings
 * check that follows (config/resolve.ts) then finds it, or names a path outside.
 */
async function makeImportFolder(repoRoot, docsPath) {
    const docsRoot = external_node_path_default().resolve(repoRoot, docsPath?.trim() || 'docs');
    if ((0,paths/* isInside */.F)(external_node_path_default().resolve(repoRoot), docsRoot))
        await promises_default().mkdir(docsRoot, { recursive: true });
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
        const since = flags.since === undefined ? undefined : (0,drift_since/* parseSince */.m)(flags.since, Date.now(), { last: true });
        const repoRoot = flags.repo ?? process.cwd();
        // A new docs folder is made for the import (resolveSettings then checks it is inside the repository).
        await makeImportFolder(repoRoot, flags.path).catch(() => undefined);
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


/***/ }),

/***/ 1974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HR: () => (/* binding */ CONFIG_FILE_NAMES),
/* harmony export */   loadConfigFile: () => (/* binding */ loadConfigFile)
/* harmony export */ });
/* unused harmony exports configFileSchema, configJsonSchema, applyConfigFile */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9691);
/* harmony import */ var _shared_globs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6762);
/* harmony import */ var _shared_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(405);
/* harmony import */ var _shared_yaml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4094);
/* harmony import */ var _shared_locale_schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7559);
/* harmony import */ var _namespace_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8093);
/* harmony import */ var _shared_local_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6237);
/* harmony import */ var _shared_validate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4967);
/* harmony import */ var _source_variables_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8608);











/** Looked for at the docs root when no `config` input or `--config` flag names a file. */
const CONFIG_FILE_NAMES = ['zendesk-guide.yml', 'zendesk-guide.yaml'];
/** A config file is a handful of lines; anything near this size is not one. */
const MAX_CONFIG_BYTES = 256 * 1024;
const glob = zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP({ error: 'must be a glob pattern (text)' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .superRefine((value, ctx) => {
    const problem = (0,_shared_globs_js__WEBPACK_IMPORTED_MODULE_9__/* .globProblem */ .AI)(value);
    if (problem)
        ctx.addIssue({ code: 'custom', message: problem });
});
const globs = (description) => zod__WEBPACK_IMPORTED_MODULE_8__/* .array */ .YOg(glob, { error: 'must be a list of glob patterns' }).meta({ description });
const aliasMap = (what, example) => zod__WEBPACK_IMPORTED_MODULE_8__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_8__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().trim().min(1), zod__WEBPACK_IMPORTED_MODULE_8__/* .number */ .aig().int().positive()], { error: 'must be a name or an id' }), {
    error: 'must be a mapping of alias: name or id',
})
    .meta({
    description: `Names usable in \`${what}\` (front matter and _defaults.yml) for a ${what.replace('_', ' ')} name or id, e.g. ${example}. Checked before the help center's own names.`,
});
/** A variable's value: one line of text (numbers and booleans are taken as written). */
const oneLine = zod__WEBPACK_IMPORTED_MODULE_8__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_8__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_8__/* .boolean */ .zMY()], { error: 'must be text' })
    .transform((v) => String(v))
    .refine((v) => !/[\r\n]/.test(v), { error: 'must be one line' });
const toggle = (description) => zod__WEBPACK_IMPORTED_MODULE_8__/* .boolean */ .zMY({ error: 'must be true or false' }).meta({ description });
/**
 * `zendesk-guide.yml`: settings for the whole docs tree. The same schema validates the file
 * (errors at file:line) and generates zendesk-guide.schema.json for editors, so the two never
 * disagree. Keys are snake_case like front matter; new settings are new optional keys.
 */
const configFileSchema = zod__WEBPACK_IMPORTED_MODULE_8__/* .strictObject */ .rej({
    default_locale: _shared_locale_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .localeSchema */ ._
        .meta({
        description: 'Source locale of files that set no `locale`. The `default-locale` input or flag wins over this; the help center default applies when neither is set.',
    })
        .optional(),
    include: globs('Docs-relative glob patterns of the Markdown files that are articles. Default: every .md file.').optional(),
    exclude: globs('Docs-relative glob patterns of files or folders to leave out (e.g. "drafts/**", "README.md"). A pattern without a slash matches at any depth.').optional(),
    aliases: zod__WEBPACK_IMPORTED_MODULE_8__/* .strictObject */ .rej({
        sections: aliasMap('section', '{ Billing: "Account & billing / Invoices" }').optional(),
        permission_groups: aliasMap('permission_group', '{ Editors: "Agents" }').optional(),
        user_segments: aliasMap('user_segment', '{ Customers: "Signed-in users" }').optional(),
    })
        .meta({ description: 'Short or stable names that stand for help center names or ids.' })
        .optional(),
    namespace: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP({ error: 'must be text' })
        .superRefine((value, ctx) => {
        const problem = (0,_namespace_js__WEBPACK_IMPORTED_MODULE_10__/* .namespaceProblem */ .bw)(value);
        if (problem)
            ctx.addIssue({ code: 'custom', message: problem });
    })
        .meta({
        description: "Which articles are this source's: its state record and markers carry it. Default: the repository and the docs path (acme/docs-site:docs). Set it to keep the articles of a renamed or forked repository; the namespace input or --namespace flag wins over this.",
    })
        .optional(),
    default_author: zod__WEBPACK_IMPORTED_MODULE_8__/* .union */ .KCZ([
        zod__WEBPACK_IMPORTED_MODULE_8__/* .number */ .aig().int().positive(),
        zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP()
            .trim()
            .regex(/^[^\s@]+@[^\s@]+$/),
    ], {
        error: 'must be an email address or a user id',
    })
        .meta({
        description: "The author of every article whose front matter names no `author`: an agent's or admin's email, or a user id. Without it, a new article is written by the user the tool signs in as, and an existing article keeps its author.",
    })
        .optional(),
    labels_mode: zod__WEBPACK_IMPORTED_MODULE_8__/* ["enum"] */ .k5n(['replace', 'merge'], { error: 'must be replace or merge' })
        .meta({
        description: "replace (default): the labels from front matter and _defaults.yml are an article's whole set, so labels added in Guide are removed. merge: labels added in Guide are kept.",
    })
        .optional(),
    create_sections: toggle('Create a `section:` named "Category / Section" that does not exist (and its category), and keep sections and categories described by _section.yml and _category.yml files in step with them. Needs Guide manager rights. Default false.').optional(),
    outdated_translations: zod__WEBPACK_IMPORTED_MODULE_8__/* ["enum"] */ .k5n(['flag', 'ignore'], { error: 'must be flag or ignore' })
        .meta({
        description: "flag (default): when an article's source body changes and a translation's file does not, the translation is marked outdated in Guide (and the flag is cleared when it is next updated). ignore: translations are never flagged.",
    })
        .optional(),
    variables: zod__WEBPACK_IMPORTED_MODULE_8__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().regex(_source_variables_js__WEBPACK_IMPORTED_MODULE_7__/* .VARIABLE_NAME */ .nN, { error: 'a variable name is a letter or _, then letters, digits, _, . or -' }), zod__WEBPACK_IMPORTED_MODULE_8__/* .union */ .KCZ([
        oneLine,
        zod__WEBPACK_IMPORTED_MODULE_8__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().min(1), oneLine, { error: 'must be text, or a mapping of locale: text' }).meta({
            description: 'The value per locale (fr, fr-ca, ...), with `default` for the others.',
        }),
    ], { error: 'must be text, or a mapping of locale: text (with `default` for the other locales)' }), { error: 'must be a mapping of name: value, where a name is a letter or _, then letters, digits, _, . or -' })
        .meta({
        description: 'Values for {{ name }} in bodies, titles and fragments (never in code), e.g. { product: "Acme Cloud" }; a value may differ per locale ({ support: { default: help@acme.com, fr: aide@acme.fr } }). The `variables` input or --var flag sets them for one run.',
    })
        .optional(),
    allow_dot_paths: zod__WEBPACK_IMPORTED_MODULE_8__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP({ error: 'must be a path (text)' })
        .trim()
        .min(1, { error: 'must not be empty' })
        .superRefine((value, ctx) => {
        const problem = (0,_shared_local_file_js__WEBPACK_IMPORTED_MODULE_5__/* .allowedDotPathProblem */ .gf)(value);
        if (problem)
            ctx.addIssue({ code: 'custom', message: problem });
    }), { error: 'must be a list of paths' })
        .meta({
        description: 'Repository-relative paths of dotfiles or files under dot-folders that Markdown may link to, embed or include (e.g. ".well-known/security.txt", "docs/.assets"). A folder allows everything beneath it. Everything else under a dot-folder or named as a dotfile is refused; .git/ always is.',
    })
        .optional(),
    render: zod__WEBPACK_IMPORTED_MODULE_8__/* .strictObject */ .rej({
        alerts: toggle('Render GitHub alerts (> [!NOTE], [!TIP], [!IMPORTANT], [!WARNING], [!CAUTION]) as <div class="zgp-alert zgp-alert-note"> blocks. Default true.').optional(),
        allow_unsafe_html: toggle('Publish raw HTML unsanitized (scripts, iframes, event handlers). Guide shows it only with "Display unsafe content" turned on in Guide settings. Every run warns while this is on. Default false.').optional(),
    })
        .meta({ description: 'How Markdown becomes Help Center HTML.' })
        .optional(),
})
    .meta({
    title: 'zendesk-guide-publisher config file',
    description: 'zendesk-guide.yml at the docs root: settings for every article beneath it.',
});
/** The JSON Schema editors use for zendesk-guide.yml (committed as zendesk-guide.schema.json). */
function configJsonSchema() {
    const schema = z.toJSONSchema(configFileSchema, { io: 'input', target: 'draft-2020-12' });
    return {
        $schema: schema.$schema,
        $id: 'https://raw.githubusercontent.com/zendesk-guide-publisher/zendesk-guide-publisher/main/zendesk-guide.schema.json',
        ...schema,
    };
}
const toPosix = (p) => p.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
/**
 * Pure: applies a parsed config file to settings. Inputs and flags already in `config` win;
 * what the file does not set keeps its default. An invalid file changes nothing and reports
 * every problem at its line.
 */
function applyConfigFile(config, parsed, file) {
    const diagnostics = [...parsed.diagnostics];
    if (!parsed.data)
        return { config, file, read: true, diagnostics };
    const { value, diagnostics: found } = (0,_shared_validate_js__WEBPACK_IMPORTED_MODULE_6__/* .validateWithSchema */ .C)(configFileSchema, parsed.data, {
        file,
        positions: parsed.positions,
        paths: parsed.paths,
        fallback: { line: 1, column: 1 },
        allowedKeys: Object.keys(configFileSchema.shape),
    });
    diagnostics.push(...found);
    if (!value)
        return { config, file, read: true, diagnostics };
    const at = (...p) => parsed.paths[(0,_shared_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .pathKey */ .Pn)(p)] ?? { line: 1, column: 1 };
    const aliases = (key) => {
        const out = {};
        for (const [name, target] of Object.entries(value.aliases?.[key] ?? {})) {
            out[name] = { target, at: { file, ...at('aliases', key, name) } };
        }
        return out;
    };
    const allAliases = {
        sections: aliases('sections'),
        permissionGroups: aliases('permission_groups'),
        userSegments: aliases('user_segments'),
    };
    const render = {
        alerts: config.render?.alerts ?? value.render?.alerts ?? true,
        allowUnsafeHtml: config.render?.allowUnsafeHtml ?? value.render?.allow_unsafe_html ?? false,
    };
    if (value.render?.allow_unsafe_html) {
        // Never silently: unsanitized HTML is a decision someone should see on every run.
        diagnostics.push({
            severity: 'warning',
            file,
            ...at('render', 'allow_unsafe_html'),
            message: 'render.allow_unsafe_html is on: raw HTML is published unsanitized (scripts, iframes and event handlers included)',
            hint: 'Guide shows it only with "Display unsafe content" turned on; keep this off unless every writer is trusted',
        });
    }
    return {
        config: {
            ...config,
            defaultLocale: config.defaultLocale ?? value.default_locale,
            include: config.include ?? value.include,
            exclude: config.exclude ?? value.exclude,
            aliases: config.aliases ?? allAliases,
            labelsMode: config.labelsMode ?? value.labels_mode ?? 'replace',
            ...(value.default_author !== undefined
                ? { defaultAuthor: { value: value.default_author, at: { file, ...at('default_author') } } }
                : {}),
            ...((config.namespace ?? value.namespace) !== undefined ? { namespace: config.namespace ?? value.namespace } : {}),
            createSections: config.createSections ?? value.create_sections ?? false,
            outdatedTranslations: config.outdatedTranslations ?? value.outdated_translations ?? 'flag',
            render,
            ...(value.variables || config.variables ? { variables: { ...value.variables, ...config.variables } } : {}),
            ...((config.allowDotPaths ?? value.allow_dot_paths) ? { allowDotPaths: config.allowDotPaths ?? value.allow_dot_paths } : {}),
        },
        file,
        read: true,
        diagnostics,
    };
}
async function exists(p) {
    return node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().stat(p).then((s) => s.isFile(), () => false);
}
/**
 * Edge I/O of the config stage: finds the config file (the one named by the `config` input or
 * `--config`, else `zendesk-guide.yml` at the docs root), reads it safely and applies it.
 */
async function loadConfigFile(config) {
    const explicit = config.configFile;
    let abs = explicit;
    if (!abs) {
        for (const name of CONFIG_FILE_NAMES) {
            const candidate = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(config.docsRoot, name);
            if (await exists(candidate)) {
                abs = candidate;
                break;
            }
        }
    }
    if (!abs)
        return { config, file: undefined, read: false, diagnostics: [] };
    const file = toPosix(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(config.repoRoot, abs));
    const fail = (message, hint) => ({
        config,
        file,
        read: false,
        diagnostics: [{ severity: 'error', file, line: 1, column: 1, message, ...(hint ? { hint } : {}) }],
    });
    let real;
    try {
        real = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().realpath(abs);
    }
    catch {
        return fail('the config file does not exist', 'check the `config` input or `--config` flag (relative to the repository root)');
    }
    if (!(0,_shared_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .F)(await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().realpath(config.repoRoot), real))
        return fail('the config file is a link to outside the repository; refusing to read it');
    const stat = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().stat(real);
    if (!stat.isFile())
        return fail('the config file is not a file');
    if (stat.size > MAX_CONFIG_BYTES)
        return fail(`the config file is ${Math.round(stat.size / 1024)} KB; a config file over ${MAX_CONFIG_BYTES / 1024} KB is refused`);
    const text = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readFile(real, 'utf8');
    return applyConfigFile(config, (0,_shared_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYaml */ .hN)(text, file, 1, 'the config file'), file);
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

/***/ 1669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ parseSince)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

const UNIT_SECONDS = { m: 60, h: 3600, d: 86_400, w: 604_800 };
function parseSince(raw, now, options = {}) {
    const name = options.name ?? '--since';
    const value = raw.trim();
    if (options.last && value === 'last')
        return 'last';
    if (/^\d+$/.test(value)) {
        const seconds = Number(value);
        // Milliseconds are the commonest slip (Date.now()); they would point thousands of years ahead.
        if (seconds > now / 1000 + 86_400)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${name} ${value} is in the future (an epoch in seconds, not milliseconds)`);
        return seconds;
    }
    const span = /^(\d+)([mhdw])$/.exec(value);
    if (span)
        return Math.max(0, Math.floor(now / 1000) - Number(span[1]) * UNIT_SECONDS[span[2]]);
    const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
    const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(date);
    const ms = iso ? Date.parse(date) : NaN;
    if (Number.isNaN(ms)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${name} must be ${options.last ? '`last`, ' : ''}an epoch in seconds, an ISO date or date-time with a zone (2026-11-30, 2026-11-30T09:00:00Z) or a span such as 24h or 7d (got "${value}")`);
    }
    if (ms > now + 86_400_000)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${name} ${value} is in the future`);
    return Math.floor(ms / 1000);
}


/***/ }),

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


/***/ }),

/***/ 6762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ globProblem),
/* harmony export */   Lt: () => (/* binding */ fileFilter)
/* harmony export */ });
/* unused harmony export DEFAULT_INCLUDE */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);

const DEFAULT_INCLUDE = ['**/*.md'];
/** A name no real pattern spells out, so only wildcards match it. */
const PROBE = '\u0001';
/**
 * Gitignore-like matching: a pattern without a slash matches a name at any depth
 * (`README.md`, `*.draft.md`), and excluding a folder (`drafts`, `drafts/**`) excludes
 * everything beneath it.
 */
function fileFilter(selection = {}) {
    const options = { dot: true };
    // picomatch's own `basename` option applies to every pattern, slashes or not; this does not.
    const anywhere = (patterns) => patterns.map((p) => (p.includes('/') ? p : `**/${p}`));
    const include = picomatch__WEBPACK_IMPORTED_MODULE_0___default()(anywhere(selection.include?.length ? selection.include : DEFAULT_INCLUDE), options);
    const exclude = selection.exclude?.length ? picomatch__WEBPACK_IMPORTED_MODULE_0___default()(anywhere(selection.exclude), options) : () => false;
    return {
        includes: (rel) => include(rel) && !exclude(rel),
        // The folder itself (`drafts`, `**/old`), or any name inside it (`drafts/**`, `drafts/*`).
        excludesDir: (rel) => exclude(rel) || exclude(`${rel}/${PROBE}`),
    };
}
/** Why a pattern can never match a docs-relative path, or undefined when it is fine. */
function globProblem(pattern) {
    if (pattern.startsWith('/') || /^[a-z]:[\\/]/i.test(pattern))
        return 'must be relative to the docs folder';
    if (pattern.split('/').includes('..'))
        return 'must not leave the docs folder (..)';
    if (pattern.includes('\\'))
        return 'must use forward slashes';
    return undefined;
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

/***/ 7559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ localeSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);

/** A help center locale code, lowercased: `en-us`, `fr`, `pt-br`. */
const localeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP({ error: 'must be a locale code such as en-us' })
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/, { error: 'must be a locale code such as en-us' });


/***/ }),

/***/ 8608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V2: () => (/* binding */ substitute),
/* harmony export */   cF: () => (/* binding */ hasVariables),
/* harmony export */   nN: () => (/* binding */ VARIABLE_NAME),
/* harmony export */   t$: () => (/* binding */ positionAt)
/* harmony export */ });
/* unused harmony export valueIn */
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2969);

/** `{{ name }}`; a backslash before it (`\{{ name }}`) keeps it as written. */
const REFERENCE = /(\\?)\{\{[ \t]*([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*\}\}/g;
/** Names start with a letter or `_`, then letters, digits, `_`, `.` and `-`. */
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
/** Cheap test before any work: most files use no variable. */
function hasVariables(text) {
    return text.includes('{{');
}
/**
 * A variable's value in `locale`: the locale's own (`fr-ca`), else its language's (`fr`), else
 * `default`. Undefined when none applies. `locale` undefined (a source file whose locale is the
 * help center's default, unknown before Zendesk is asked) takes `default`.
 */
function valueIn(value, locale) {
    if (typeof value === 'string')
        return value;
    if (locale) {
        const lower = locale.toLowerCase();
        for (const [k, v] of Object.entries(value))
            if (k.toLowerCase() === lower)
                return v;
        const language = lower.split('-')[0];
        for (const [k, v] of Object.entries(value))
            if (k.toLowerCase() === language)
                return v;
    }
    return value.default;
}
/**
 * Replaces `{{ name }}` with the variable's value in `locale`, except inside the `skip` ranges
 * (code spans and fences: a `{{` there is code, shown as written). With `plain` (a title, which
 * is not Markdown), `\{{` becomes `{{`; in Markdown the backslash is Markdown's own escape, so it
 * stays and the reader sees `{{`.
 */
function substitute(text, variables, locale, options = {}) {
    const problems = [];
    const used = new Set();
    const skip = options.skip ?? [];
    const names = Object.keys(variables);
    const out = text.replace(REFERENCE, (match, escape, name, offset) => {
        if (skip.some(([from, to]) => offset >= from && offset < to))
            return match;
        if (escape)
            return options.plain ? match.slice(1) : match;
        const at = offset;
        if (!Object.hasOwn(variables, name)) {
            const hint = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .a)(name, names);
            problems.push({
                offset: at,
                message: `unknown variable "${name}"`,
                hint: hint ?? (names.length ? `known: ${names.join(', ')}` : 'set it under `variables:` in zendesk-guide.yml'),
            });
            return match;
        }
        const value = valueIn(variables[name], locale);
        if (value === undefined) {
            problems.push({
                offset: at,
                message: `variable "${name}" has no value for locale ${locale ?? '(the default)'}`,
                hint: `add ${locale ? `"${locale}" or ` : ''}"default" under variables.${name} in zendesk-guide.yml`,
            });
            return match;
        }
        used.add(name);
        return value;
    });
    return { text: out, problems, used: [...used].sort() };
}
/** 1-based line and column of `offset` in `text`. */
function positionAt(text, offset) {
    let line = 1;
    let start = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        start = i + 1;
    }
    return { line, column: offset - start + 1 };
}


/***/ })

};
