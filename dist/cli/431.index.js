export const id = 431;
export const ids = [431];
export const modules = {

/***/ 9431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   prepareArticles: () => (/* binding */ prepareArticles)
/* harmony export */ });
/* harmony import */ var _source_types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5832);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _assets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3475);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2969);
/* harmony import */ var _release_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8232);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(994);
/* harmony import */ var _diagram_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7529);
/* harmony import */ var _ref_token_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1769);
/* harmony import */ var _shared_paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(405);
/* harmony import */ var _source_include_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5365);










const decode = (s) => {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
};
/** A ```mermaid fence as a PNG asset; an invalid diagram is an error at its fence with the renderer's message. */
async function diagramRef(ref, at, diagnostics) {
    try {
        return await (0,_diagram_js__WEBPACK_IMPORTED_MODULE_5__/* .diagramAsset */ .YU)(ref.diagram.source);
    }
    catch (error) {
        diagnostics.push({
            severity: 'error',
            file: at.file,
            line: at.line,
            column: ref.column,
            message: `invalid mermaid diagram: ${error instanceof Error ? error.message : String(error)}`,
        });
        return undefined;
    }
}
/** A relative URL written in `fromAbs`, as written from `toAbs`'s folder (query and fragment kept). */
function rebase(url, fromAbs, toAbs) {
    const cut = url.search(/[?#]/);
    const bare = cut === -1 ? url : url.slice(0, cut);
    const target = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(fromAbs), (0,_assets_js__WEBPACK_IMPORTED_MODULE_1__/* .referencePath */ .Z8)(bare));
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(toAbs), target).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
    return encodeURI(rel) + (cut === -1 ? '' : url.slice(cut));
}
/**
 * Renders every file of an article and reads the local files it references. Problems (no title,
 * a missing image, a path outside the repository, a link to a file that is not an article)
 * become diagnostics at the file and line; a link to a missing `#anchor` is a warning.
 */
async function prepareArticles(articles, options) {
    const run = {
        options,
        reader: options.reader ?? new _assets_js__WEBPACK_IMPORTED_MODULE_1__/* .AssetReader */ .e0({ repoRoot: options.repoRoot, docsRoot: options.docsRoot }),
        diagnostics: [],
        rendered: [],
        docsRel: (abs) => (0,_shared_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .relativeTo */ .M)(options.docsRoot, abs),
        prefixOf: (0,_release_js__WEBPACK_IMPORTED_MODULE_3__/* .fingerprintPrefixes */ .Lq)(options),
    };
    const prepared = [];
    const failed = new Set();
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
        const main = await prepareBody(run, article, article, article.meta.title, article.meta.draft, article.meta.locale);
        if (main)
            bodies.push(main);
        for (const t of article.translations) {
            const body = await prepareBody(run, article, t, t.title, t.draft, t.locale);
            if (body)
                bodies.push(body);
        }
        if (!main || bodies.length !== article.translations.length + 1)
            failed.add(article);
        else
            prepared.push({ source: article, bodies });
    }
    checkLinks(run.rendered, run.diagnostics, failed, run.docsRel);
    return { prepared: prepared.filter((p) => !failed.has(p.source)), diagnostics: run.diagnostics };
}
/** One file of an article (its source or a translation) rendered, or reused as the caller knows it unchanged. */
async function prepareBody(run, article, doc, title, draft, locale) {
    const { options } = run;
    const fingerprint = (0,_release_js__WEBPACK_IMPORTED_MODULE_3__/* .fingerprintOf */ .ax)(doc, run.prefixOf(doc, title, locale));
    const fragments = doc.included ? { fragments: doc.included.fragments.map((f) => run.docsRel(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(options.repoRoot, f))) } : {};
    const reusable = options.reuse?.(doc, fingerprint);
    if (reusable) {
        let ids;
        const lazyIds = () => (ids ??= new Set((0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .renderMarkdown */ .Gc)((0,_release_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownOf */ .RQ)(doc), (0,_release_js__WEBPACK_IMPORTED_MODULE_3__/* .renderOptionsFor */ .A1)(doc, title, locale, options)).ids.map(decode)));
        run.rendered.push({ article, doc, locale, ids: lazyIds, links: [] });
        return {
            locale,
            file: doc.file,
            title: reusable.title,
            draft,
            template: '',
            refs: [],
            fingerprint,
            ...fragments,
            reused: { assetShas: reusable.assetShas },
        };
    }
    const result = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .renderMarkdown */ .Gc)((0,_release_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownOf */ .RQ)(doc), (0,_release_js__WEBPACK_IMPORTED_MODULE_3__/* .renderOptionsFor */ .A1)(doc, title, locale, options));
    // Lines of an included fragment are the fragment's: problems point there, and its paths are relative to it.
    const at = (line) => (0,_source_include_js__WEBPACK_IMPORTED_MODULE_7__/* .originOf */ .yv)(doc, line);
    for (const w of result.warnings) {
        const o = at(w.line);
        run.diagnostics.push({ severity: 'warning', ...w, file: o.file, line: o.line });
    }
    const finalTitle = title ?? result.h1Title;
    if (!finalTitle && !(0,_source_types_js__WEBPACK_IMPORTED_MODULE_8__/* .wasInvalid */ .x)(doc, 'title')) {
        run.diagnostics.push({
            severity: 'error',
            ...doc.start,
            message: result.h1Title === '' ? "the article's title (its first # heading) is empty" : 'the article has no title',
            hint: 'set `title:` in the front matter or start the body with a `# Heading`',
        });
    }
    const ids = new Set(result.ids.map(decode));
    checkFragments(result.fragments, ids, at, run.diagnostics);
    const { refs, links, ok } = await resolveRefs(run, doc, result.refs, at);
    run.rendered.push({ article, doc, locale, ids: () => ids, links });
    if (!ok || !finalTitle)
        return undefined;
    return { locale, file: doc.file, title: finalTitle, draft, template: result.html, refs, fingerprint, ...fragments };
}
/** A `#fragment` link within the article that no heading or element has: a warning at the link. */
function checkFragments(fragments, ids, at, diagnostics) {
    for (const f of fragments) {
        if (ids.has(decode(f.id)))
            continue;
        const o = at(f.line);
        diagnostics.push({
            severity: 'warning',
            file: o.file,
            line: o.line,
            column: f.column,
            message: `no heading or element with id "${f.id}" in this article`,
        });
    }
}
/** The body's references: links to other articles as written, local files and diagrams read as assets. `ok` is false when one could not be read (reported). */
async function resolveRefs(run, doc, found, at) {
    const refs = [];
    const links = [];
    let ok = true;
    for (const ref of found) {
        const o = at(ref.line);
        const inFragment = o.absPath !== doc.absPath;
        // Recorded (marker, reuse, preview) relative to the file the body belongs to.
        const url = inFragment ? rebase(ref.url, o.absPath, doc.absPath) : ref.url;
        if (ref.kind === 'article') {
            const { rel, anchor } = (0,_assets_js__WEBPACK_IMPORTED_MODULE_1__/* .linkTarget */ .Cm)(run.docsRel(o.absPath), ref.url);
            const link = {
                index: ref.index,
                kind: 'article',
                target: rel,
                anchor,
                line: o.line,
                column: ref.column,
                url,
                ...(inFragment ? { file: o.file } : {}),
            };
            refs.push(link);
            links.push(link);
            continue;
        }
        const asset = ref.kind === 'diagram'
            ? await diagramRef(ref, o, run.diagnostics)
            : await run.reader.read({ ...ref, line: o.line, kind: ref.kind }, o, run.diagnostics);
        if (!asset) {
            ok = false;
            continue;
        }
        // A diagram is recorded by its image's hash: the same source is the same attachment.
        refs.push({ index: ref.index, kind: 'asset', asset, url: ref.kind === 'diagram' ? `${_ref_token_js__WEBPACK_IMPORTED_MODULE_9__/* .DIAGRAM_REF */ .mO}${asset.sha}` : url, line: o.line });
    }
    return { refs, links, ok };
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
                    file: link.file ?? r.doc.file,
                    line: link.line,
                    column: link.column,
                    message: outside
                        ? `link to "${link.target}", which is outside the docs folder`
                        : `link to "${link.target}", which is not an article in the docs folder`,
                    ...(outside ? {} : { hint: (0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(link.target, known) ?? 'the path is relative to this file' }),
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
                    file: link.file ?? r.doc.file,
                    line: link.line,
                    column: link.column,
                    message: `no heading or element with id "${link.anchor}" in ${opened.doc.file}`,
                });
            }
        }
    }
}


/***/ }),

/***/ 5365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ud: () => (/* binding */ expandIncludes),
/* harmony export */   k0: () => (/* binding */ hasIncludes),
/* harmony export */   yt: () => (/* binding */ FragmentReader),
/* harmony export */   yv: () => (/* binding */ originOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shared_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(405);
/* harmony import */ var _shared_local_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6237);




/**
 * `<!-- include: path/to/fragment.md -->` alone on its line (outside code fences) is replaced by
 * that file's Markdown before rendering. The path is relative to the file that holds the line.
 */
const INCLUDE = /^ {0,3}<!--\s*include:\s*(.*?)\s*-->[ \t]*\r?$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
/**
 * Reads fragments for one run, each once: every article that includes `_snippets/contact.md`
 * gets the same text, and a run's fingerprints are computed from what it will render.
 */
class FragmentReader {
    docsRoot;
    repoRoot;
    cache = new Map();
    realDocs;
    realRepo;
    policy;
    constructor(docsRoot, repoRoot, allowDotPaths = []) {
        this.docsRoot = docsRoot;
        this.repoRoot = repoRoot;
        this.policy = (0,_shared_local_file_js__WEBPACK_IMPORTED_MODULE_3__/* .localFilePolicy */ .cL)({ repoRoot, docsRoot, allowDotPaths });
    }
    /** The fragment `written` names, from the file at `fromAbs`; `locale` prefers `name.<locale>.md` beside it. */
    resolve(written, fromAbs, locale) {
        if (!/\.md$/i.test(written))
            return { error: `"${written}" is not a Markdown file (.md)` };
        if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(written) || written.startsWith('/') || written.startsWith('\\')) {
            return { error: `absolute path "${written}" is not allowed; use a path relative to this file` };
        }
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(fromAbs), written);
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(this.docsRoot, abs);
        if (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel))
            return { error: `"${written}" is outside the docs folder; refusing to read it` };
        // The shared rule for every file the docs name: no .git/, no dot-folder or dotfile unless allowed.
        if ((0,_shared_local_file_js__WEBPACK_IMPORTED_MODULE_3__/* .hiddenPathProblem */ .PN)(this.policy, abs))
            return this.refused(written, abs);
        if (locale) {
            const localized = abs.replace(/\.md$/i, `.${locale}.md`);
            const found = this.load(localized);
            if (!('error' in found))
                return found;
        }
        return this.load(abs);
    }
    load(abs) {
        let entry = this.cache.get(abs);
        if (!entry) {
            entry = this.read(abs);
            this.cache.set(abs, entry);
        }
        return entry;
    }
    refused(written, abs) {
        this.realRepo ??= node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(this.repoRoot);
        const checked = (0,_shared_local_file_js__WEBPACK_IMPORTED_MODULE_3__/* .checkLocalFile */ .eI)(this.policy, this.realRepo, abs);
        return 'problem' in checked
            ? { error: checked.problem.replace('%s', written), refused: true }
            : { error: `"${written}" cannot be read` };
    }
    read(abs) {
        const shown = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(this.repoRoot, abs).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
        let real;
        try {
            this.realRepo ??= node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(this.repoRoot);
            const checked = (0,_shared_local_file_js__WEBPACK_IMPORTED_MODULE_3__/* .checkLocalFile */ .eI)(this.policy, this.realRepo, abs);
            if ('missing' in checked)
                return { error: `fragment "${shown}" does not exist` };
            if ('problem' in checked)
                return { error: checked.problem.replace('%s', shown), refused: true };
            real = checked.real;
            this.realDocs ??= node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(this.docsRoot);
        }
        catch {
            return { error: `fragment "${shown}" does not exist` };
        }
        if (!(0,_shared_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .F)(this.realDocs, real)) {
            return { error: `fragment "${shown}" is a link to a file outside the docs folder; refusing to read it` };
        }
        let text;
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(real, 'utf8');
        }
        catch {
            return { error: `fragment "${shown}" cannot be read` };
        }
        if (text.includes('\u0000'))
            return { error: `fragment "${shown}" is not a text file` };
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(this.repoRoot, abs).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
        return { text: text.startsWith('\uFEFF') ? text.slice(1) : text, file, absPath: abs };
    }
}
/** Cheap test before any work: most files include nothing. */
function hasIncludes(markdown) {
    return markdown.includes('<!--') && /^ {0,3}<!--\s*include:/m.test(markdown);
}
/**
 * The body with its includes replaced, recursively, and where each line came from. A missing
 * fragment, a cycle or a path that leaves the docs folder is an error at the include's line (in
 * the file that holds it); the line is then left out, so the rest is still checked.
 */
function expandIncludes(body, doc, locale, reader) {
    const out = [];
    const segments = [];
    const fragments = [];
    const diagnostics = [];
    const emit = (line, from, at) => {
        const last = segments[segments.length - 1];
        const next = out.length + 1;
        if (!last || last.absPath !== from.absPath || last.line + (next - last.start) !== at) {
            segments.push({ start: next, file: from.file, absPath: from.absPath, line: at });
        }
        out.push(line);
    };
    const walk = (text, from, firstLine, chain) => {
        const lines = text.split('\n');
        // A fragment's last newline ends its last line; it does not add an empty one.
        if (chain.length > 1 && lines.length > 1 && lines[lines.length - 1] === '')
            lines.pop();
        let fence;
        lines.forEach((line, i) => {
            const at = firstLine + i;
            const open = FENCE_OPEN.exec(line);
            if (fence) {
                if (open && open[1][0] === fence[0] && open[1].length >= fence.length && line.trim() === open[1])
                    fence = undefined;
                emit(line, from, at);
                return;
            }
            if (open) {
                fence = open[1];
                emit(line, from, at);
                return;
            }
            const m = INCLUDE.exec(line);
            if (!m)
                return emit(line, from, at);
            const where = { severity: 'error', file: from.file, line: at, column: line.indexOf('<!--') + 1 };
            const found = reader.resolve(m[1], from.absPath, locale);
            if ('error' in found)
                return void diagnostics.push({
                    ...where,
                    message: `cannot include: ${found.error}`,
                    ...(found.refused ? { code: 'local-path-refused' } : {}),
                });
            if (chain.some((c) => c.absPath === found.absPath)) {
                const names = [...chain, found].map((c) => c.file).join(' → ');
                return void diagnostics.push({ ...where, message: `include cycle: ${names}`, hint: 'a fragment cannot include itself' });
            }
            if (!fragments.includes(found.file))
                fragments.push(found.file);
            walk(found.text, found, 1, [...chain, found]);
        });
    };
    walk(body, doc, doc.bodyLine, [doc]);
    return { markdown: out.join('\n'), included: { segments, fragments }, diagnostics };
}
/** The file and line a line of a (possibly expanded) body comes from; `line` counts as the renderer does (file lines). */
function originOf(doc, line) {
    const segments = doc.included?.segments;
    if (!segments)
        return { file: doc.file, absPath: doc.absPath, line };
    const expanded = line - doc.bodyLine + 1;
    let found = segments[0];
    for (const s of segments) {
        if (s.start > expanded)
            break;
        found = s;
    }
    return { file: found.file, absPath: found.absPath, line: found.line + (expanded - found.start) };
}


/***/ })

};
