export const id = 566;
export const ids = [566];
export const modules = {

/***/ 6566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   prepareArticles: () => (/* binding */ prepareArticles)
/* harmony export */ });
/* harmony import */ var _source_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2701);
/* harmony import */ var _assets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5748);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18);
/* harmony import */ var _release_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9248);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2771);
/* harmony import */ var _shared_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5159);






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
            const lazyIds = () => (ids ??= new Set((0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .renderMarkdown */ .Gc)((0,_release_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownOf */ .RQ)(doc), (0,_release_js__WEBPACK_IMPORTED_MODULE_2__/* .renderOptionsFor */ .A1)(doc, title, locale, options)).ids.map(decode)));
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
        const result = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .renderMarkdown */ .Gc)((0,_release_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownOf */ .RQ)(doc), renderOptions);
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
