export const id = 185;
export const ids = [185];
export const modules = {

/***/ 6185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_PREVIEW_DIR: () => (/* binding */ DEFAULT_PREVIEW_DIR),
  runPreview: () => (/* binding */ runPreview)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/run/diffs.ts
var run_diffs = __webpack_require__(2449);
// EXTERNAL MODULE: ./src/run/publish.ts + 34 modules
var publish = __webpack_require__(3516);
// EXTERNAL MODULE: ./src/diagnostics.ts
var diagnostics = __webpack_require__(4851);
// EXTERNAL MODULE: ./src/report/diff.ts
var diff = __webpack_require__(227);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/rows.ts
var rows = __webpack_require__(6425);
// EXTERNAL MODULE: ./src/report/plural.ts
var plural = __webpack_require__(1190);
// EXTERNAL MODULE: ./src/shared/locale-suffix.ts
var locale_suffix = __webpack_require__(1109);
// EXTERNAL MODULE: ./src/source/include.ts
var include = __webpack_require__(5365);
// EXTERNAL MODULE: ./node_modules/rehype-parse/lib/index.js + 2 modules
var lib = __webpack_require__(672);
// EXTERNAL MODULE: ./node_modules/rehype-stringify/lib/index.js
var rehype_stringify_lib = __webpack_require__(9606);
// EXTERNAL MODULE: ./node_modules/unified/lib/index.js + 4 modules
var unified_lib = __webpack_require__(8717);
// EXTERNAL MODULE: ./node_modules/unist-util-visit/lib/index.js
var unist_util_visit_lib = __webpack_require__(3617);
// EXTERNAL MODULE: ./src/plan/html-escape.ts
var html_escape = __webpack_require__(1552);
// EXTERNAL MODULE: ./src/plan/resolve.ts
var resolve = __webpack_require__(8315);
// EXTERNAL MODULE: ./src/render/assets.ts
var assets = __webpack_require__(3475);
// EXTERNAL MODULE: ./src/shared/local-file.ts
var local_file = __webpack_require__(6237);
// EXTERNAL MODULE: ./src/render/markdown.ts + 5 modules
var render_markdown = __webpack_require__(994);
// EXTERNAL MODULE: ./src/render/release.ts + 2 modules
var release = __webpack_require__(8232);
// EXTERNAL MODULE: ./src/render/diagram.ts
var diagram = __webpack_require__(7529);
// EXTERNAL MODULE: ./src/render/ref-token.ts
var ref_token = __webpack_require__(1769);
// EXTERNAL MODULE: ./node_modules/highlight.js/es/common.js
var common = __webpack_require__(3722);
;// CONCATENATED MODULE: ./src/preview/hljs.js
// highlight.js, behind types of our own (hljs.d.ts): the package's types reference the DOM
// library, whose fetch and FormData types clash with Node's across the whole program.


;// CONCATENATED MODULE: ./src/preview/site.ts















/** A file name that is safe in a URL and on every file system. */
const safeName = (name) => name.replace(/[^A-Za-z0-9._-]+/g, '-');
/** The site-relative URL of `to`, seen from the page at `from`. */
function relativeUrl(from, to) {
    const rel = external_node_path_default().posix.relative(external_node_path_default().posix.dirname(from), to);
    return rel.split('/').map(encodeURIComponent).join('/');
}
const MISSING_IMAGE = 'assets/missing-image.svg';
/**
 * Renders every article in every locale for the preview, with the same renderer and options as
 * the publish, and turns local references into links within the site: images and files are
 * copied in, and a link to another article opens its page in the same locale when that
 * translation exists (as in Guide). Files with errors are rendered as far as they go.
 */
async function buildSite(input) {
    const { config, source, snapshot, report } = input;
    const defaultLocale = config.defaultLocale ?? snapshot?.defaultLocale ?? 'default';
    const docsRel = (abs) => external_node_path_default().relative(config.docsRoot, abs).split((external_node_path_default()).sep).join('/');
    const pageOf = (key, locale) => `hc/${safeName(locale)}/${key.split('/').map(safeName).join('/')}.html`;
    const entries = [];
    const byRel = new Map();
    const locales = new Map();
    for (const article of source.articles) {
        const sourceLocale = article.meta.locale ?? defaultLocale;
        entries.push({ article, doc: article, locale: sourceLocale, title: article.meta.title });
        for (const t of article.translations)
            entries.push({ article, doc: t, locale: t.locale, title: t.title });
        locales.set(article.key, new Set([sourceLocale, ...article.translations.map((t) => t.locale)]));
        byRel.set(docsRel(article.absPath).toLowerCase(), article);
        for (const t of article.translations)
            byRel.set(docsRel(t.absPath).toLowerCase(), article);
    }
    const reader = new assets/* AssetReader */.e0((0,local_file/* localFilePolicy */.cL)(config));
    const files = new Map();
    const blobs = new Map();
    const highlight = (0,unified_lib/* unified */.l)().use(lib/* default */.A, { fragment: true }).use(highlightCode).use(rehype_stringify_lib/* default */.A).freeze();
    const docs = [];
    for (const e of entries) {
        const rendered = (0,render_markdown/* renderMarkdown */.Gc)((0,release/* markdownOf */.RQ)(e.doc), (0,release/* renderOptionsFor */.A1)(e.doc, e.title, e.locale, { render: config.render, defaultLocale }));
        const page = pageOf(e.article.key, e.locale);
        const urls = new Map();
        for (const ref of rendered.refs) {
            // A fragment's paths are relative to the fragment.
            const from = (0,include/* originOf */.yv)(e.doc, ref.line);
            if (ref.kind === 'article') {
                const { rel, anchor } = (0,assets/* linkTarget */.Cm)(docsRel(from.absPath), ref.url);
                const target = byRel.get(rel.toLowerCase());
                if (!target) {
                    urls.set(ref.index, `${relativeUrl(page, 'index.html')}#problems`);
                    continue;
                }
                const targetLocales = locales.get(target.key);
                const locale = targetLocales.has(e.locale) ? e.locale : (target.meta.locale ?? defaultLocale);
                urls.set(ref.index, relativeUrl(page, pageOf(target.key, locale)) + (anchor ? `#${anchor}` : ''));
                continue;
            }
            // Problems are the pipeline's to report (it read the same files); here only the outcome counts.
            const asset = ref.kind === 'diagram'
                ? await (0,diagram/* diagramAsset */.YU)(ref.diagram.source).catch(() => undefined)
                : await reader.read({ ...ref, kind: ref.kind }, from, []);
            if (!asset) {
                urls.set(ref.index, relativeUrl(page, ref.kind === 'file' ? 'index.html' : MISSING_IMAGE));
                continue;
            }
            const copy = `files/${asset.sha}/${safeName(asset.name)}`;
            // The same image as the publish uploads: a diagram's bytes are written, a file is copied.
            if (asset.data)
                blobs.set(copy, asset.data);
            else
                files.set(asset.absPath, copy);
            urls.set(ref.index, relativeUrl(page, copy));
        }
        const filled = rendered.html.replace(ref_token/* REF_TOKEN */.MD, (token, n) => {
            const url = urls.get(Number(n));
            return url === undefined ? token : (0,html_escape/* escapeAttr */.d)(url);
        });
        const html = String(await highlight.process(filled));
        const title = e.title ?? rendered.h1Title ?? e.article.key;
        docs.push({ article: e.article, doc: e.doc, locale: e.locale, page, title, html });
    }
    const byArticle = new Map();
    for (const d of docs)
        byArticle.set(d.article.key, [...(byArticle.get(d.article.key) ?? []), d]);
    const rows = new Map(report.rows.map((r) => [r.key, r]));
    const docsPath = external_node_path_default().relative(config.repoRoot, config.docsRoot).split((external_node_path_default()).sep).join('/') || '.';
    return {
        docs,
        byArticle,
        sections: sectionsOf(source.articles, snapshot, byArticle, source.structure),
        files,
        blobs,
        rows,
        report,
        docsPath,
    };
}
const fragment = (0,unified_lib/* unified */.l)().use(lib/* default */.A, { fragment: true }).freeze();
/**
 * highlight.js reads `shell` as a terminal session (a leading `#` is a root prompt); writers, like
 * GitHub, mean a script by it.
 */
const LANGUAGE_ALIASES = { shell: 'bash', sh: 'bash', zsh: 'bash' };
/**
 * Colours the code blocks that name their language (```` ```shell ````), with highlight.js,
 * offline; the published body stays as it is, since Guide's theme does its own highlighting.
 */
function highlightCode() {
    return (tree) => {
        (0,unist_util_visit_lib/* visit */.YR)(tree, 'element', (node, _index, parent) => {
            if (node.tagName !== 'code' || parent?.type !== 'element' || parent.tagName !== 'pre')
                return;
            const classes = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
            const named = classes
                .find((c) => c.startsWith('language-'))
                ?.slice('language-'.length)
                .toLowerCase();
            const language = named && (LANGUAGE_ALIASES[named] ?? named);
            if (!language || !common/* default */.A.getLanguage(language))
                return;
            const text = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
            const { value } = common/* default */.A.highlight(text, { language, ignoreIllegals: true });
            node.children = fragment.parse(value).children;
            node.properties.className = [...classes, 'hljs'];
        });
    };
}
/** The section a `_section.yml` stands for, as the front matter would name it. */
function sectionRef(file, snapshot) {
    if (!file)
        return undefined;
    if (file.id !== undefined)
        return { kind: 'id', id: file.id };
    const category = file.category?.kind === 'name'
        ? file.category.name
        : snapshot?.categories.find((c) => file.category?.kind === 'id' && c.id === file.category.id)?.name;
    return { kind: 'name', name: category !== undefined ? `${category} / ${file.name}` : file.name };
}
/**
 * Articles by section, the way Guide groups them. With credentials, a section named in front
 * matter is resolved as the publish resolves it and its category comes from the help center;
 * offline, only a `Category / Section` name says its category.
 */
function sectionsOf(articles, snapshot, byArticle, structure = []) {
    const groups = new Map();
    const categoryOf = new Map(snapshot?.categories.map((c, i) => [c.id, { name: c.name, order: i }]) ?? []);
    const sectionFiles = new Map(structure.map((f) => [f.file, f]));
    for (const article of articles) {
        const ref = article.sectionFile !== undefined ? sectionRef(sectionFiles.get(article.sectionFile), snapshot) : article.meta.section;
        let category;
        let name = 'No section';
        let order = [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
        const resolved = ref && snapshot ? (0,resolve/* resolveSection */.o2)(ref, snapshot, article.start) : undefined;
        const section = resolved?.ok ? snapshot.sections.find((s) => s.id === resolved.value) : undefined;
        if (section) {
            const c = categoryOf.get(section.category_id);
            category = c?.name;
            name = section.name;
            order = [c?.order ?? Number.MAX_SAFE_INTEGER, snapshot.sections.indexOf(section)];
        }
        else if (ref?.kind === 'name') {
            const parts = ref.name.split(/\s*\/\s*/);
            name = parts.pop();
            category = parts.length ? parts.join(' / ') : undefined;
        }
        else if (ref?.kind === 'id') {
            name = `Section ${ref.id}`;
        }
        const folder = category === undefined ? (article.key.includes('/') ? `${article.key.split('/')[0]}/` : './') : undefined;
        const id = `${category ?? `folder:${folder}`}\0${name.toLowerCase()}`;
        const group = groups.get(id) ?? { category, folder, name, articles: [], order };
        group.articles.push(article);
        groups.set(id, group);
    }
    const titleOf = (a) => byArticle.get(a.key)?.[0]?.title ?? a.key;
    const list = [...groups.values()];
    for (const g of list) {
        g.articles.sort((a, b) => (a.meta.position ?? Number.MAX_SAFE_INTEGER) - (b.meta.position ?? Number.MAX_SAFE_INTEGER) || titleOf(a).localeCompare(titleOf(b)));
    }
    list.sort((a, b) => a.order[0] - b.order[0] ||
        (a.category ?? a.folder ?? '').localeCompare(b.category ?? b.folder ?? '') ||
        a.order[1] - b.order[1] ||
        a.name.localeCompare(b.name));
    return list.map(({ order: _order, ...s }) => s);
}

;// CONCATENATED MODULE: ./src/preview/page.ts






/** Escapes text for HTML content and double-quoted attributes alike. */
function html(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
const TONE_OF_KIND = {
    error: 'error',
    drifted: 'drifted',
    create: 'create',
    update: 'update',
    translation: 'update',
    attachments: 'update',
    archive: 'update',
    rendered: 'offline',
    unchanged: 'unchanged',
};
const BADGE_TEXT = {
    create: 'new',
    update: 'changes',
    unchanged: 'unchanged',
    drifted: 'edited in Guide',
    error: 'errors',
    offline: 'not compared',
};
const LEGEND_TEXT = {
    create: (n) => `${n} new`,
    update: (n) => `${n} with changes`,
    unchanged: (n) => `${n} unchanged`,
    drifted: (n) => `${n} edited in Guide`,
    error: (n) => `${n} with errors`,
    offline: (n) => `${n} not compared`,
};
const sameArticle = (d, doc) => d.file === doc.doc.file || (0,locale_suffix/* sourceFileOf */.X)(d.file) === doc.article.file;
/** The tone of an article on the index: what its report row says, or an error when it has none. */
function toneOf(row, report) {
    if (!row)
        return report.offline && !report.diagnostics.some((d) => d.severity === 'error') ? 'offline' : 'error';
    return TONE_OF_KIND[(0,rows/* rowKind */.Ji)(row, (0,rows/* filesWithErrors */.Li)(report.diagnostics))];
}
/**
 * What a publish would do to this article in this locale: create, update (the diff follows),
 * unchanged, or edited in Guide, with what `on-drift` makes of it; "not compared" without
 * credentials, and the file's own errors when it has any.
 */
function bannerOf(doc, row, report) {
    const errors = report.diagnostics.filter((d) => d.severity === 'error' && sameArticle(d, doc));
    const elsewhere = report.blocked && !errors.length
        ? ['The docs have errors elsewhere (see the index): a publish would stop before writing anything.']
        : [];
    const tone = toneOf(row, report);
    if (tone === 'error' || errors.length) {
        return {
            tone: 'error',
            headline: errors.length
                ? `Not publishable as it is: ${(0,plural/* plural */.L)(errors.length, 'error')} in this article's files`
                : 'Not publishable as it is: the docs have errors',
            details: errors.map((d) => `${where(d)} ${d.message}${d.hint ? ` (${d.hint})` : ''}`),
        };
    }
    if (!row || tone === 'offline') {
        return {
            tone: 'offline',
            headline: 'Not compared with Zendesk',
            details: ['No Zendesk credentials were given, so this shows how the file renders, not what a publish would change.', ...elsewhere],
        };
    }
    const c = row.changes;
    const locale = doc.locale;
    if (row.drifted.includes(locale) || (tone === 'drifted' && row.action === 'skip')) {
        const drift = (0,markdown/* driftText */.LU)(row, report);
        return {
            tone: 'drifted',
            headline: 'Edited in Guide since the last publish',
            details: [drift.charAt(0).toUpperCase() + drift.slice(1), ...elsewhere],
        };
    }
    if (row.action === 'create') {
        const isSource = doc.doc === doc.article;
        return {
            tone: 'create',
            headline: isSource ? 'Publish would create this article' : 'Publish would create this article, with this translation',
            details: [...row.reasons, ...elsewhere],
        };
    }
    if (c?.translationsAdded.includes(locale))
        return { tone: 'create', headline: 'Publish would add this translation', details: elsewhere };
    if (c?.translationsUpdated.includes(locale)) {
        const diff = row.diffs?.some((d) => d.locale === locale);
        return {
            tone: 'update',
            headline: 'Publish would update this translation',
            details: [...reasonsFor(row, locale), ...(diff ? ['The text that changes is below.'] : []), ...elsewhere],
        };
    }
    if (row.action === 'update' && c) {
        return {
            tone: 'update',
            headline: 'Publish would update this article; this translation stays as it is',
            details: [...row.reasons, ...elsewhere],
        };
    }
    return { tone: 'unchanged', headline: 'Unchanged: publish would not touch it', details: elsewhere };
}
/** The reasons that concern one locale ("body changed (fr)"), and those that concern every locale. */
function reasonsFor(row, locale) {
    return row.reasons.filter((r) => !/\([a-z]{2,3}(?:-[a-z0-9]{2,4})?(?:, [a-z-]+)*\)$/i.test(r) || r.endsWith(`(${locale})`));
}
const where = (d) => [d.file, d.line, d.line ? d.column : undefined].filter((p) => p !== undefined).join(':');
let displayNames;
/** "French (fr)"; the code alone when the runtime does not know it. */
function localeName(locale) {
    try {
        displayNames ??= new Intl.DisplayNames(['en'], { type: 'language' });
        const name = displayNames.of(locale);
        return name && name.toLowerCase() !== locale.toLowerCase() ? `${name} (${locale})` : locale;
    }
    catch {
        return locale;
    }
}
function layout(options) {
    const up = (to) => relativeUrl(options.page, to);
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(options.title)} – Help Center preview</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${up('assets/style.css')}">
</head>
<body>
<header class="header"><div class="header-inner">
<a class="logo" href="${up('index.html')}"><span class="logo-mark">?</span>Help Center</a>
<span class="preview-tag" title="Generated by zendesk-guide-publisher preview; nothing here is live">Preview</span>
</div></header>
${options.body}
<footer class="footer"><div class="container">A preview made by <code>zendesk-guide-publisher preview</code> from the Markdown in this repository: nothing here is live. The body of each article is what a publish writes to Guide; the page around it only imitates a help center theme.</div></footer>
</body>
</html>
`;
}
function diffHtml(d, report) {
    const lines = d.lines
        .map((l) => `<span class="${l.op === '-' ? 'del' : l.op === '+' ? 'ins' : 'ctx'}">${html(`${l.op} ${l.text}`)}</span>`)
        .join('');
    const title = (0,diff/* titleChange */.VY)(d);
    const more = (0,diff/* omittedNote */.Vg)(d);
    return `<details class="diff" open>
<summary>The text that changes (${html(d.locale)})</summary>
<p class="diff-caption">${html((0,diff/* diffCaption */.sV)(d, report.onDrift))}</p>
${title ? `<p class="diff-title">${html(title)}</p>` : ''}
${lines ? `<div class="diff-lines">${lines}</div>` : ''}
${more ? `<p class="diff-more">${html(more)}</p>` : ''}
</details>`;
}
/** An article page: breadcrumbs, banner, title, labels, locale switcher, the diff, the body, its section. */
function articlePage(doc, site) {
    const row = site.rows.get(doc.article.key);
    const banner = bannerOf(doc, row, site.report);
    const siblings = site.byArticle.get(doc.article.key) ?? [doc];
    const section = site.sections.find((s) => s.articles.includes(doc.article));
    const link = (to) => relativeUrl(doc.page, to);
    const pageIn = (a) => {
        const docs = site.byArticle.get(a.key) ?? [];
        return docs.find((d) => d.locale === doc.locale) ?? docs[0];
    };
    const crumbs = [
        `<li><a href="${link('index.html')}">Help Center</a></li>`,
        ...(section?.category
            ? [`<li>${html(section.category)}</li>`]
            : section?.folder
                ? [`<li><code>${html(section.folder)}</code></li>`]
                : []),
        ...(section ? [`<li>${html(section.name)}</li>`] : []),
    ].join('');
    const labels = (doc.article.meta.labels ?? []).map((l) => `<li class="label">${html(l)}</li>`).join('');
    const switcher = siblings
        .map((d) => d === doc
        ? `<span class="current" lang="${html(d.locale)}">${html(localeName(d.locale))}</span>`
        : `<a href="${link(d.page)}" lang="${html(d.locale)}" hreflang="${html(d.locale)}">${html(localeName(d.locale))}</a>`)
        .join('');
    const diffs = (row?.diffs ?? []).filter((d) => d.locale === doc.locale).map((d) => diffHtml(d, site.report));
    const sidebar = (section?.articles ?? [])
        .map((a) => {
        const target = pageIn(a);
        if (!target)
            return '';
        return `<li${a === doc.article ? ' class="current"' : ''}><a href="${link(target.page)}">${html(target.title)}</a></li>`;
    })
        .join('');
    const body = `<main class="container">
<ol class="breadcrumbs">${crumbs}</ol>
<div class="article-layout">
<article>
<header class="article-header">
<div class="banner banner-${banner.tone}" role="status"><strong>${html(banner.headline)}</strong>${banner.details.length === 1
        ? `<p>${html(banner.details[0])}</p>`
        : banner.details.length
            ? `<ul>${banner.details.map((d) => `<li>${html(d)}</li>`).join('')}</ul>`
            : ''}</div>
<h1 lang="${html(doc.locale)}">${html(doc.title)}</h1>
<div class="article-meta">${labels ? `<ul class="labels" aria-label="Labels">${labels}</ul>` : ''}<nav class="locales" aria-label="Languages">${switcher}</nav></div>
</header>
${diffs.join('\n')}
<div class="article-body" lang="${html(doc.locale)}">
${doc.html}
</div>
<p class="source-file">Source: <code>${html(doc.doc.file)}</code></p>
</article>
<aside class="sidebar"><h2>Articles in this section</h2><ul>${sidebar}</ul></aside>
</div>
</main>`;
    return layout({ page: doc.page, title: doc.title, body });
}
/** The index: the verdict, the problems with file:line, then categories and sections as Guide lists them. */
function indexPage(site) {
    const page = 'index.html';
    const { report } = site;
    const tones = new Map();
    const cards = new Map();
    for (const s of site.sections) {
        const items = s.articles.map((a) => {
            const docs = site.byArticle.get(a.key) ?? [];
            const main = docs[0];
            if (!main)
                return '';
            const tone = toneOf(site.rows.get(a.key), report);
            tones.set(tone, (tones.get(tone) ?? 0) + 1);
            const others = docs
                .slice(1)
                .map((d) => `<a href="${relativeUrl(page, d.page)}" hreflang="${html(d.locale)}">${html(d.locale)}</a>`)
                .join('');
            return `<li><a class="title" href="${relativeUrl(page, main.page)}">${html(main.title)}</a>${others ? `<span class="other-locales">also in${others}</span>` : ''}<span class="badge badge-${tone}">${html(BADGE_TEXT[tone])}</span></li>`;
        });
        const heading = s.category ?? s.folder ?? '';
        cards.set(heading, [
            ...(cards.get(heading) ?? []),
            `<section class="section-card"><h3>${html(s.name)}</h3><ul>${items.join('')}</ul></section>`,
        ]);
    }
    const categories = [...cards.entries()]
        .map(([heading, sections]) => {
        const isFolder = !site.sections.some((s) => s.category === heading);
        const title = isFolder
            ? `<h2><code>${html(heading)}</code></h2><p>Folder; its category is read from Zendesk when credentials are given.</p>`
            : `<h2>${html(heading)}</h2>`;
        return `<section class="category">${title}<div class="sections">${sections.join('')}</div></section>`;
    })
        .join('\n');
    const legend = [...tones.entries()].map(([tone, n]) => `<span class="badge badge-${tone}">${html(LEGEND_TEXT[tone](n))}</span>`).join('');
    const body = `<div class="hero"><div class="container">
<h1>Preview of <code>${html(site.docsPath)}</code></h1>
<p>${html((0,plural/* plural */.L)(site.byArticle.size, 'article'))} in ${html((0,plural/* plural */.L)(new Set(site.docs.map((d) => d.locale)).size, 'locale'))}, as they would look in the help center.</p>
<p class="verdict">${html((0,markdown/* verdict */.WJ)(report).replace(/^\S+ /, ''))}</p>
<div class="legend">${legend}</div>
${problems(report)}
</div></div>
<main class="container"><div class="categories">
${categories}
</div></main>`;
    return layout({ page, title: 'Help Center', body });
}
function problems(report) {
    if (!report.diagnostics.length)
        return '';
    const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = report.diagnostics.length - errors;
    const heading = [errors ? (0,plural/* plural */.L)(errors, 'error') : '', warnings ? (0,plural/* plural */.L)(warnings, 'warning') : ''].filter(Boolean).join(', ');
    const items = report.diagnostics
        .map((d) => `<li>${d.severity === 'error' ? '❌' : '⚠️'} <code>${html(where(d))}</code> ${html(d.message)}${d.hint ? ` <em>(${html(d.hint)})</em>` : ''}</li>`)
        .join('');
    return `<section id="problems" class="problems${errors ? '' : ' warnings-only'}"><h2>${html(heading)}${errors ? ': a publish would stop before writing anything; the pages below render what they can' : ''}</h2><ul>${items}</ul></section>`;
}

;// CONCATENATED MODULE: ./src/preview/style.ts
/**
 * The preview's one stylesheet, written into the site so it needs no network: the layout and
 * typography of a Help Center article page (after Zendesk's default theme, Copenhagen), the
 * alerts and task marks the renderer produces, the status banners, the text diff, and colours
 * for highlight.js's token classes (GitHub's light palette).
 */
const STYLESHEET = `
:root {
  --text: #2f3941; --muted: #68737d; --line: #d8dcde; --soft: #f8f9f9; --brand: #17494d; --link: #1f73b7;
  --create: #038153; --create-bg: #edf8f4; --update: #1f73b7; --update-bg: #edf7ff; --unchanged: #68737d;
  --unchanged-bg: #f8f9f9; --drift: #ad5918; --drift-bg: #fff7ed; --error: #cc3340; --error-bg: #fff0f1;
  --offline: #5c6970; --offline-bg: #f3f5f6;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; color: var(--text); background: #fff; line-height: 1.5; font-size: 15px;
  font-family: system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif;
}
a { color: var(--link); text-decoration: none; }
a:hover, a:focus { text-decoration: underline; }
.header { background: var(--brand); color: #fff; }
.header-inner, .container { max-width: 1160px; margin: 0 auto; padding: 0 24px; }
.header-inner { display: flex; align-items: center; justify-content: space-between; height: 64px; }
.logo { color: #fff; font-weight: 600; font-size: 18px; display: flex; align-items: center; gap: 10px; }
.logo:hover { text-decoration: none; }
.logo-mark { width: 28px; height: 28px; border-radius: 6px; background: #fff; color: var(--brand); display: grid; place-items: center; font-weight: 700; }
.preview-tag { font-size: 12px; font-weight: 600; letter-spacing: .04em; text-transform: uppercase; border: 1px solid rgba(255,255,255,.5); border-radius: 999px; padding: 2px 10px; }
.hero { background: var(--soft); border-bottom: 1px solid var(--line); padding: 40px 0 32px; }
.hero h1 { margin: 0 0 8px; font-size: 32px; font-weight: 600; }
.hero p { margin: 0; color: var(--muted); }
.verdict { margin-top: 12px !important; color: var(--text) !important; }
.legend { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 16px; }
.breadcrumbs { list-style: none; margin: 24px 0 0; padding: 0; display: flex; flex-wrap: wrap; font-size: 13px; color: var(--muted); }
.breadcrumbs li + li::before { content: "›"; margin: 0 8px; }
.breadcrumbs a { color: var(--muted); }
.article-layout { display: grid; grid-template-columns: minmax(0, 1fr) 260px; gap: 48px; margin: 24px 0 64px; }
@media (max-width: 900px) { .article-layout { grid-template-columns: 1fr; } }
.sidebar h2 { font-size: 15px; margin: 0 0 12px; }
.sidebar ul { list-style: none; padding: 0; margin: 0; }
.sidebar li { padding: 6px 0; border-bottom: 1px solid #eef0f1; font-size: 14px; }
.sidebar li.current a { color: var(--text); font-weight: 600; }
.article-header h1 { font-size: 32px; line-height: 1.25; margin: 16px 0 12px; font-weight: 600; }
.article-meta { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; color: var(--muted); font-size: 13px; margin-bottom: 24px; }
.labels { display: flex; flex-wrap: wrap; gap: 6px; margin: 0; padding: 0; list-style: none; }
.label { background: #e9ebed; color: var(--text); border-radius: 4px; padding: 1px 8px; font-size: 12px; }
.locales { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; }
.locales a, .locales span.current { border: 1px solid var(--line); border-radius: 4px; padding: 1px 8px; font-size: 12px; }
.locales span.current { background: var(--text); border-color: var(--text); color: #fff; }
.banner { border: 1px solid; border-left-width: 4px; border-radius: 4px; padding: 12px 16px; margin: 8px 0 24px; font-size: 14px; }
.banner strong { display: block; margin-bottom: 2px; }
.banner p { margin: 4px 0 0; }
.banner ul { margin: 6px 0 0; padding-left: 20px; }
.banner-create { color: var(--create); background: var(--create-bg); }
.banner-update { color: var(--update); background: var(--update-bg); }
.banner-unchanged { color: var(--unchanged); background: var(--unchanged-bg); }
.banner-drifted { color: var(--drift); background: var(--drift-bg); }
.banner-error { color: var(--error); background: var(--error-bg); }
.banner-offline { color: var(--offline); background: var(--offline-bg); }
.banner > * { color: var(--text); }
.banner > strong { color: inherit; }
.badge { display: inline-block; border-radius: 999px; padding: 1px 9px; font-size: 12px; font-weight: 600; border: 1px solid; white-space: nowrap; }
.badge-create { color: var(--create); background: var(--create-bg); }
.badge-update { color: var(--update); background: var(--update-bg); }
.badge-unchanged { color: var(--unchanged); background: var(--unchanged-bg); }
.badge-drifted { color: var(--drift); background: var(--drift-bg); }
.badge-error { color: var(--error); background: var(--error-bg); }
.badge-offline { color: var(--offline); background: var(--offline-bg); }
.diff { margin: 0 0 28px; border: 1px solid var(--line); border-radius: 4px; }
.diff summary { cursor: pointer; padding: 8px 12px; font-size: 14px; font-weight: 600; background: var(--soft); }
.diff-caption { margin: 0; padding: 8px 12px 0; font-size: 13px; color: var(--muted); }
.diff-title { margin: 0; padding: 8px 12px 0; font-size: 14px; }
.diff-lines { margin: 8px 0 0; padding: 8px 0; font: 13px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: pre-wrap; word-break: break-word; border-top: 1px solid var(--line); }
.diff-lines span { display: block; padding: 0 12px; }
.diff-lines .del { background: #ffebe9; color: #82071e; }
.diff-lines .ins { background: #dafbe1; color: #116329; }
.diff-lines .ctx { color: var(--muted); }
.diff-more { margin: 0; padding: 0 12px 8px; font-size: 12px; color: var(--muted); }
.article-body { font-size: 16px; line-height: 1.6; overflow-wrap: break-word; }
.article-body h2 { font-size: 22px; margin: 36px 0 12px; font-weight: 600; }
.article-body h3 { font-size: 18px; margin: 28px 0 10px; font-weight: 600; }
.article-body p, .article-body ul, .article-body ol, .article-body table, .article-body pre, .article-body blockquote { margin: 0 0 16px; }
.article-body li { margin: 4px 0; }
.article-body img { max-width: 100%; height: auto; border: 1px solid var(--line); border-radius: 4px; }
.article-body table { border-collapse: collapse; width: 100%; font-size: 14px; display: block; overflow-x: auto; }
.article-body th, .article-body td { border: 1px solid var(--line); padding: 8px 12px; text-align: left; vertical-align: top; }
.article-body th { background: var(--soft); font-weight: 600; }
.article-body code { font: 13.5px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f3f4f5; border-radius: 3px; padding: 1px 4px; }
.article-body pre { background: #f6f8fa; border: 1px solid #e6e9eb; border-radius: 4px; padding: 12px 16px; overflow-x: auto; }
.article-body pre code { background: none; padding: 0; font-size: 13px; line-height: 1.5; }
.article-body blockquote { border-left: 4px solid var(--line); padding: 0 16px; color: var(--muted); }
.article-body ul.contains-task-list { list-style: none; padding-left: 4px; }
.zgp-task { margin-right: 6px; }
.zgp-task-done { color: var(--create); }
.zgp-alert { border-left: 4px solid; border-radius: 4px; padding: 10px 16px; margin: 0 0 16px; }
.zgp-alert > :last-child { margin-bottom: 0; }
.zgp-alert-title { font-weight: 600; margin: 0 0 4px !important; }
.zgp-alert-note { border-color: #1f73b7; background: #edf7ff; }
.zgp-alert-tip { border-color: #038153; background: #edf8f4; }
.zgp-alert-important { border-color: #6a27b8; background: #f6f0fd; }
.zgp-alert-warning { border-color: #ad5918; background: #fff7ed; }
.zgp-alert-caution { border-color: #cc3340; background: #fff0f1; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.footnotes { border-top: 1px solid var(--line); margin-top: 32px; padding-top: 8px; font-size: 14px; }
.source-file { margin-top: 40px; padding-top: 16px; border-top: 1px solid var(--line); color: var(--muted); font-size: 13px; }
.categories { display: grid; gap: 40px; margin: 40px 0 64px; }
.category h2 { font-size: 22px; margin: 0 0 4px; font-weight: 600; }
.category > p { margin: 0 0 16px; color: var(--muted); font-size: 14px; }
.sections { display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: 20px; }
.section-card { border: 1px solid var(--line); border-radius: 6px; padding: 16px 20px; }
.section-card h3 { font-size: 16px; margin: 0 0 10px; font-weight: 600; }
.section-card ul { list-style: none; margin: 0; padding: 0; }
.section-card li { padding: 7px 0; border-top: 1px solid #eef0f1; display: flex; align-items: baseline; gap: 8px; font-size: 14px; }
.section-card li .title { flex: 1 1 0; min-width: 0; }
.other-locales { font-size: 12px; color: var(--muted); }
.other-locales a { margin-left: 4px; }
.problems { margin: 32px 0 0; border: 1px solid var(--error); border-radius: 6px; background: var(--error-bg); padding: 16px 20px; }
.problems.warnings-only { border-color: var(--drift); background: var(--drift-bg); }
.problems h2 { font-size: 16px; margin: 0 0 8px; }
.problems ul { margin: 0; padding-left: 20px; font-size: 14px; }
.problems li { margin: 4px 0; }
.problems code { font: 13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.footer { border-top: 1px solid var(--line); color: var(--muted); font-size: 13px; padding: 24px 0 40px; }
.hljs { color: #24292e; }
.hljs-doctag, .hljs-keyword, .hljs-meta .hljs-keyword, .hljs-template-tag, .hljs-template-variable, .hljs-type, .hljs-variable.language_ { color: #d73a49; }
.hljs-title, .hljs-title.class_, .hljs-title.class_.inherited__, .hljs-title.function_ { color: #6f42c1; }
.hljs-attr, .hljs-attribute, .hljs-literal, .hljs-meta, .hljs-number, .hljs-operator, .hljs-variable, .hljs-selector-attr, .hljs-selector-class, .hljs-selector-id { color: #005cc5; }
.hljs-regexp, .hljs-string, .hljs-meta .hljs-string { color: #032f62; }
.hljs-built_in, .hljs-symbol { color: #e36209; }
.hljs-comment, .hljs-code, .hljs-formula { color: #6a737d; }
.hljs-name, .hljs-quote, .hljs-selector-tag, .hljs-selector-pseudo { color: #22863a; }
.hljs-subst { color: #24292e; }
.hljs-section { color: #005cc5; font-weight: 700; }
.hljs-bullet { color: #735c0f; }
.hljs-emphasis { font-style: italic; }
.hljs-strong { font-weight: 700; }
.hljs-addition { color: #22863a; background-color: #f0fff4; }
.hljs-deletion { color: #b31d28; background-color: #ffeef0; }
`;
/** Shown where a referenced image could not be read (the index lists why). */
const MISSING_IMAGE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="120" viewBox="0 0 320 120"><rect width="320" height="120" fill="#fff0f1" stroke="#cc3340"/><text x="160" y="66" font-family="sans-serif" font-size="14" fill="#cc3340" text-anchor="middle">image not found (see the problems on the index)</text></svg>`;

;// CONCATENATED MODULE: ./src/preview/command.ts











const DEFAULT_PREVIEW_DIR = 'zendesk-preview';
/** Left in every preview folder, so a later run knows it may replace the folder's contents. */
const STAMP = '.zendesk-guide-preview';
/** The preview shows every changed line: it is read page by page, not squeezed into a comment. */
const PREVIEW_DIFF_CAPS = { linesPerArticle: 2000, lineChars: 2000, totalLines: Number.POSITIVE_INFINITY };
/**
 * `preview`: a dry run (compared with Zendesk when there are credentials) whose every article,
 * in every locale, is rendered into a static site in `out`: an index by category and section,
 * and a page per article and locale with a banner saying what a publish would do to it and the
 * text that changes. Needs no network to view. Returns the dry run's report.
 */
async function runPreview(given, logger, options, deps = {}) {
    const out = external_node_path_default().resolve(options.out);
    await checkOutputFolder(out);
    const withCredentials = given.zendeskUrl !== undefined && given.auth !== undefined;
    const made = await (0,publish/* makePlan */.Cs)({ ...given, mode: 'dry-run' }, logger, deps, {
        spool: withCredentials,
        categories: true,
        keepMarkdown: true,
    });
    const { read } = made;
    let report;
    try {
        const blocked = (0,diagnostics/* hasErrors */.Cs)(made.planned.diagnostics);
        const diffs = read.remote
            ? await (0,run_diffs/* diffsOf */.e)({ plan: made.planned.plan, prepared: made.rendered.prepared }, read.remote, PREVIEW_DIFF_CAPS, logger)
            : undefined;
        report = (0,publish/* reportOf */.EI)(made, { blocked, diffs });
    }
    finally {
        read.remote?.spool?.close();
    }
    const snapshot = read.remote?.snapshot;
    const config = read.settings;
    const source = read.source;
    const site = await logger.group('Writing the preview', async () => {
        const built = await buildSite({ config, source, snapshot, report });
        await promises_default().rm(out, { recursive: true, force: true });
        await promises_default().mkdir(external_node_path_default().join(out, 'assets'), { recursive: true });
        await promises_default().writeFile(external_node_path_default().join(out, STAMP), 'Made by zendesk-guide-publisher preview; the next preview replaces this folder.\n');
        await promises_default().writeFile(external_node_path_default().join(out, 'assets/style.css'), STYLESHEET);
        await promises_default().writeFile(external_node_path_default().join(out, MISSING_IMAGE), MISSING_IMAGE_SVG);
        await promises_default().writeFile(external_node_path_default().join(out, 'index.html'), indexPage(built));
        for (const doc of built.docs) {
            const file = external_node_path_default().join(out, doc.page);
            await promises_default().mkdir(external_node_path_default().dirname(file), { recursive: true });
            await promises_default().writeFile(file, articlePage(doc, built));
        }
        for (const [from, to] of built.files) {
            await promises_default().mkdir(external_node_path_default().dirname(external_node_path_default().join(out, to)), { recursive: true });
            await promises_default().copyFile(from, external_node_path_default().join(out, to));
        }
        for (const [to, data] of built.blobs) {
            await promises_default().mkdir(external_node_path_default().dirname(external_node_path_default().join(out, to)), { recursive: true });
            await promises_default().writeFile(external_node_path_default().join(out, to), data);
        }
        return built;
    });
    const index = external_node_path_default().join(out, 'index.html');
    logger.info(`Preview: ${site.docs.length} pages, ${site.files.size + site.blobs.size} files copied: ${index}`);
    if (options.open)
        openInBrowser(index, logger);
    return report;
}
/** An existing folder is replaced only when an earlier preview made it: `--out .` must never empty a repository. */
async function checkOutputFolder(out) {
    let entries;
    try {
        entries = await promises_default().readdir(out);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return;
        if (error.code === 'ENOTDIR')
            throw new errors/* ConfigError */.xL(`--out "${out}" is a file, not a folder`);
        throw error;
    }
    if (entries.length && !entries.includes(STAMP)) {
        throw new errors/* ConfigError */.xL(`--out "${out}" holds files that no preview made; refusing to replace them (name an empty or new folder)`);
    }
}
function openInBrowser(file, logger) {
    const url = (0,external_node_url_.pathToFileURL)(file).href;
    const [command, args] = process.platform === 'darwin'
        ? ['open', [url]]
        : process.platform === 'win32'
            ? ['cmd', ['/c', 'start', '""', url]]
            : ['xdg-open', [url]];
    const child = (0,external_node_child_process_.spawn)(command, args, { detached: true, stdio: 'ignore' });
    child.on('error', (error) => logger.warning(`could not open a browser (${error.message}); open ${url}`));
    child.unref();
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
