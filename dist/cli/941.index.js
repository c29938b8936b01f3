export const id = 941;
export const ids = [941];
export const modules = {

/***/ 1941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   collectDiffs: () => (/* binding */ collectDiffs)
/* harmony export */ });
/* harmony import */ var _plan_remote_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28);
/* harmony import */ var _html_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(860);
/* harmony import */ var _diagram_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2104);
/* harmony import */ var _render_ref_token_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1769);
/* harmony import */ var _text_diff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8802);





/** The template with each diagram's reference filled with its image's name, as Guide will hold it. */
function withDiagramNames(want) {
    const diagrams = want.diagrams;
    if (!diagrams?.size)
        return want.template;
    return want.template.replace(_render_ref_token_js__WEBPACK_IMPORTED_MODULE_2__/* .REF_TOKEN */ .MD, (token, n) => {
        const sha = diagrams.get(Number(n));
        return sha ? `diagram-${sha}.png` : token;
    });
}
/**
 * The stored body with each diagram's image named as `withDiagramNames` names the desired one.
 * A Guide Media URL carries no file name, so which image is a diagram (and of which source) comes
 * from the body's marker: its references record a diagram by hash, its assets that hash's URL.
 */
function withLiveDiagramNames(html, marker) {
    let out = html;
    for (const [written, sha] of Object.entries(marker?.refs ?? {})) {
        const url = written.startsWith(_render_ref_token_js__WEBPACK_IMPORTED_MODULE_2__/* .DIAGRAM_REF */ .mO) ? marker?.assets[sha] : undefined;
        if (url)
            out = out.split(`"${url}"`).join(`"diagram-${sha}.png"`);
    }
    return out;
}
/**
 * The text that changes, per article, for every translation the plan updates and every one
 * edited in Guide (a skipped one too: the reviewer should see what stays in Guide). Rendered
 * text against rendered text (see html-text.ts), so Zendesk's reformatting of stored HTML never
 * shows as a change. Drifted articles come first, so the total cap never hides them.
 */
function collectDiffs(input, caps) {
    const out = new Map();
    const prepared = new Map(input.prepared.map((p) => [p.source.key, p]));
    const order = [...input.plan.articles].sort((a, b) => Number(b.drifted.length > 0) - Number(a.drifted.length > 0) || (a.file ?? a.key).localeCompare(b.file ?? b.key));
    let total = 0;
    for (const plan of order) {
        const locales = localesToDiff(plan);
        const article = plan.articleId === undefined ? undefined : input.snapshot.articles.get(plan.articleId);
        if (!locales.length || !article)
            continue;
        if (total >= caps.totalLines) {
            out.set(plan.key, { translations: [], leftOut: locales.length });
            continue;
        }
        const desired = desiredBodies(plan, prepared.get(plan.key));
        const liveTitles = new Map((0,_plan_remote_index_js__WEBPACK_IMPORTED_MODULE_0__/* .translationsOf */ .eY)(article).map((t) => [t.locale.toLowerCase(), t.title]));
        const translations = [];
        let budget = Math.min(caps.linesPerArticle, caps.totalLines - total);
        for (const locale of locales) {
            const want = desired.get(locale);
            const liveHtml = input.live.read(article.id, locale);
            if (!want || liveHtml === undefined)
                continue;
            const marker = input.index.analyzed.get(article.id)?.get(locale)?.marker;
            const diffed = (0,_text_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .diffText */ .N)((0,_html_text_js__WEBPACK_IMPORTED_MODULE_1__/* .htmlToText */ .G)(withLiveDiagramNames(liveHtml, marker)), (0,_html_text_js__WEBPACK_IMPORTED_MODULE_1__/* .htmlToText */ .G)(withDiagramNames(want)), {
                maxLines: budget,
                maxLineChars: caps.lineChars,
            });
            const { omitted } = diffed;
            const lines = (0,_diagram_text_js__WEBPACK_IMPORTED_MODULE_4__/* .markDiagramChanges */ .Ei)(diffed.lines);
            const liveTitle = liveTitles.get(locale) ?? '';
            const title = liveTitle !== want.title ? { from: liveTitle, to: want.title } : undefined;
            const changed = lines.filter((l) => l.op !== ' ').length;
            budget -= changed;
            total += changed;
            if (!changed && !omitted && !title)
                continue;
            const drifted = plan.drifted.includes(locale);
            const src = marker?.src;
            translations.push({
                locale,
                basis: !drifted ? 'update' : src !== undefined && src === want.fingerprint ? 'guide-edit' : 'drift',
                ...(title ? { title } : {}),
                lines,
                omitted,
            });
        }
        if (translations.length)
            out.set(plan.key, { translations, leftOut: 0 });
    }
    return out;
}
/** The translations a diff is wanted for: those the plan writes, and those edited in Guide. */
function localesToDiff(plan) {
    if (plan.action === 'create' || plan.action === 'archive' || plan.action === 'unchanged' || plan.action === 'offline')
        return [];
    const updated = plan.operations.flatMap((op) => (op.kind === 'update-translation' ? [op.body.locale] : []));
    return [...new Set([...plan.drifted, ...updated])];
}
/** Each locale's desired body: from the plan's writes, else (a skipped article) from the render. */
function desiredBodies(plan, prepared) {
    const out = new Map();
    const sourceLocale = plan.sourceLocale;
    for (const [i, b] of (prepared?.bodies ?? []).entries()) {
        if (b.reused)
            continue;
        const diagrams = new Map(b.refs.flatMap((r) => (r.kind === 'asset' && r.url.startsWith(_render_ref_token_js__WEBPACK_IMPORTED_MODULE_2__/* .DIAGRAM_REF */ .mO) ? [[r.index, r.asset.sha]] : [])));
        out.set(i === 0 ? sourceLocale : (b.locale ?? sourceLocale), {
            template: b.template,
            title: b.title,
            fingerprint: b.fingerprint,
            diagrams,
        });
    }
    for (const op of plan.operations) {
        if (op.kind !== 'update-translation')
            continue;
        const diagrams = new Map(op.body.refs.flatMap((r) => (r.kind === 'asset' && r.written.startsWith(_render_ref_token_js__WEBPACK_IMPORTED_MODULE_2__/* .DIAGRAM_REF */ .mO) ? [[r.index, r.sha]] : [])));
        out.set(op.body.locale, { ...op.body, diagrams });
    }
    return out;
}


/***/ }),

/***/ 2104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ei: () => (/* binding */ markDiagramChanges),
/* harmony export */   J6: () => (/* binding */ diagramText),
/* harmony export */   rH: () => (/* binding */ diagramShaOf)
/* harmony export */ });
/**
 * A diagram's image in the text a reader sees: its alt text and the start of its image's hash
 * (its attachment's name is `diagram-<hash>.png`, see render/diagram.ts), so a redrawn
 * diagram is a changed line even when its alt text stays.
 */
const diagramText = (alt, sha) => `[diagram: ${alt || 'Diagram'} @${sha.slice(0, 8)}]`;
/** The hash in a diagram image's file name, or undefined for any other image. */
function diagramShaOf(src) {
    return /diagram-([0-9a-f]{16})\.png(?:[?#]|$)/.exec(src ?? '')?.[1];
}
const HASHED = /\[diagram: (.*?) @[0-9a-f]{8}\]/g;
const plain = (text) => text.replace(HASHED, '[diagram: $1]');
/**
 * The hashes are for telling diagrams apart, not for reading: a line whose only change is a
 * diagram's image becomes one `+` line that says "diagram changed", and the others lose them.
 */
function markDiagramChanges(lines) {
    const removed = new Set();
    const out = lines.map((l) => ({ ...l }));
    out.forEach((line) => {
        if (line.op !== '+' || !HASHED.test(line.text))
            return;
        HASHED.lastIndex = 0;
        const twin = out.findIndex((o, j) => o.op === '-' && !removed.has(j) && o.text !== line.text && plain(o.text) === plain(line.text));
        if (twin === -1)
            return;
        removed.add(twin);
        line.text = line.text.replace(HASHED, (match, alt) => out[twin].text.includes(match) ? `[diagram: ${alt}]` : `[diagram changed: ${alt}]`);
    });
    return out.filter((_, i) => !removed.has(i)).map((l) => ({ ...l, text: plain(l.text) }));
}


/***/ }),

/***/ 860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ htmlToText)
/* harmony export */ });
/* harmony import */ var htmlparser2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6013);
/* harmony import */ var _plan_marker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4377);
/* harmony import */ var _diagram_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2104);



/** Elements that start and end a line of text. */
const BLOCK = new Set([
    'address',
    'article',
    'aside',
    'blockquote',
    'caption',
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
    'tfoot',
    'thead',
    'tr',
    'ul',
]);
/** Nothing a reader sees: the tool's own marker and footer, and what browsers never show. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const hasClass = (attrs, cls) => (attrs.class ?? '').split(/\s+/).includes(cls);
/**
 * The text a reader sees in an article body, one line per block (paragraph, heading, list item,
 * table row; each line of a code block), so two bodies can be compared as text. Zendesk reformats
 * the HTML it stores (attribute order, entities, whitespace), which changes none of this; a
 * changed word does. Headings keep a `#` per level and list items a `- `, so a diff line says
 * where it is; an image is its alt text in brackets. The tool's marker and footer are left out,
 * as the comparison leaves them out.
 */
function htmlToText(html) {
    const lines = [];
    let line = '';
    let pre = 0;
    let skip = 0;
    const stack = [];
    const cells = [];
    const breakLine = () => {
        const text = pre > 0 ? line.replace(/\s+$/, '') : line.replace(/\s+/g, ' ').trim();
        if (text !== '' && !/^(#+|-)$/.test(text))
            lines.push(text);
        line = '';
    };
    const parser = new htmlparser2__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX({
        onopentag(name, attrs) {
            const skipped = skip > 0 || HIDDEN.has(name) || ((name === 'div' || name === 'p') && isToolElement(attrs));
            if (!VOID.has(name))
                stack.push({ name, skipped });
            if (skipped) {
                if (!VOID.has(name))
                    skip++;
                return;
            }
            if (name === 'br') {
                breakLine();
                return;
            }
            if (name === 'img') {
                const alt = (attrs.alt ?? '').trim();
                const diagram = (0,_diagram_text_js__WEBPACK_IMPORTED_MODULE_2__/* .diagramShaOf */ .rH)(attrs.src);
                line += diagram ? ` ${(0,_diagram_text_js__WEBPACK_IMPORTED_MODULE_2__/* .diagramText */ .J6)(alt, diagram)} ` : ` [${alt ? `image: ${alt}` : 'image'}] `;
                return;
            }
            if (BLOCK.has(name))
                breakLine();
            if (name === 'pre')
                pre++;
            if (/^h[1-6]$/.test(name))
                line += `${'#'.repeat(Number(name[1]))} `;
            else if (name === 'li')
                line += '- ';
            else if (name === 'tr')
                cells.push(0);
            else if ((name === 'td' || name === 'th') && cells.length) {
                if (cells[cells.length - 1]++ > 0)
                    line += ' | ';
            }
        },
        onclosetag(name, implied) {
            if (VOID.has(name))
                return;
            const top = stack.pop();
            if (top?.skipped) {
                skip--;
                return;
            }
            if (name === 'pre') {
                // Each line of code is a line of the comparison, so a changed command shows alone.
                const code = line;
                line = '';
                for (const l of code.replace(/\n$/, '').split('\n')) {
                    line = l;
                    breakLine();
                }
                pre--;
                return;
            }
            if (name === 'tr')
                cells.pop();
            if (BLOCK.has(name) || implied)
                breakLine();
        },
        ontext(text) {
            if (skip > 0)
                return;
            line += text;
        },
    }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
    parser.write(html);
    parser.end();
    breakLine();
    return lines;
}
function isToolElement(attrs) {
    return hasClass(attrs, _plan_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .MARKER_CLASS */ .eA) || hasClass(attrs, _plan_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .PROVENANCE_CLASS */ .H3);
}


/***/ }),

/***/ 8802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ diffText)
/* harmony export */ });
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1318);
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5367);
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(526);

/** Lines of context shown before a change, shortened: enough to say where it is. */
const CONTEXT_CHARS = 80;
/** Two paragraphs are one edited paragraph when at least this share of their words is common. */
const SAME_PARAGRAPH = 0.5;
const ELLIPSIS = '…';
/**
 * A compact diff of two texts given as lines (paragraphs, list items, table rows). Lines that
 * were edited rather than replaced show only the sentences that changed, old and new, so a
 * reviewer reads "the sentence before → the sentence after" instead of two whole paragraphs.
 * Each change gets its preceding line as context; `…` stands between changes that are apart.
 */
function diffText(from, to, options) {
    const hunks = [];
    const changes = (0,diff__WEBPACK_IMPORTED_MODULE_0__/* .diffArrays */ .E)([...from], [...to]);
    let common = [];
    for (let i = 0; i < changes.length; i++) {
        const change = changes[i];
        if (!change.added && !change.removed) {
            common = change.value;
            continue;
        }
        const removed = change.removed ? change.value : [];
        const next = changes[i + 1];
        let added = change.added ? change.value : [];
        if (change.removed && next?.added) {
            added = next.value;
            i++;
        }
        hunks.push({ context: common[common.length - 1], gap: common.length, lines: hunkLines(removed, added, options.maxLineChars) });
        common = [];
    }
    const lines = [];
    let kept = 0;
    let omitted = 0;
    for (const hunk of hunks) {
        // The first changes are shown up to the cap, the rest counted: a long rewrite still shows how it starts.
        const shown = hunk.lines.slice(0, Math.max(0, options.maxLines - kept));
        omitted += hunk.lines.length - shown.length;
        if (!shown.length)
            continue;
        // Common lines between two changes that are not shown stand as one `…`.
        if (lines.length && hunk.gap > 1)
            lines.push({ op: ' ', text: ELLIPSIS });
        if (hunk.context !== undefined)
            lines.push({ op: ' ', text: shorten(hunk.context, CONTEXT_CHARS) });
        lines.push(...shown);
        kept += shown.length;
    }
    return { lines, omitted };
}
/** A run of removed lines and the run of added lines that replaced it. */
function hunkLines(removed, added, maxChars) {
    const out = [];
    // Edited paragraphs pair up in order, each shown old then new; the rest was removed or added whole.
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) {
        const o = removed[k];
        const n = added[k];
        const excerpts = similarity(o, n) >= SAME_PARAGRAPH ? changedSentences(o, n) : [{ from: o, to: n }];
        for (const s of excerpts) {
            if (s.from !== undefined)
                out.push({ op: '-', text: shorten(s.from, maxChars) });
            if (s.to !== undefined)
                out.push({ op: '+', text: shorten(s.to, maxChars) });
        }
    }
    for (const o of removed.slice(paired))
        out.push({ op: '-', text: shorten(o, maxChars) });
    for (const n of added.slice(paired))
        out.push({ op: '+', text: shorten(n, maxChars) });
    return out;
}
/** Share of words the two lines have in common, by a word diff. */
function similarity(a, b) {
    const words = (s) => s.split(/\s+/).filter(Boolean).length;
    let common = 0;
    for (const part of (0,diff__WEBPACK_IMPORTED_MODULE_1__/* .diffWords */ .b2)(a, b))
        if (!part.added && !part.removed)
            common += 2 * words(part.value);
    const all = words(a) + words(b);
    return all === 0 ? 1 : common / all;
}
/**
 * The sentences of an edited paragraph that differ, each change as the old and the new
 * sentences; `…` marks that the paragraph goes on before or after the excerpt.
 */
function changedSentences(from, to) {
    const parts = (0,diff__WEBPACK_IMPORTED_MODULE_2__/* .diffSentences */ .C)(from, to);
    const out = [];
    let before = '';
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (!part.added && !part.removed) {
            before += part.value;
            continue;
        }
        let removed = '';
        let added = '';
        while (i < parts.length && (parts[i].added || parts[i].removed)) {
            if (parts[i].removed)
                removed += parts[i].value;
            else
                added += parts[i].value;
            i++;
        }
        const after = parts.slice(i).some((p) => !p.added && !p.removed && p.value.trim() !== '');
        i--;
        const lead = before.trim() !== '' ? `${ELLIPSIS} ` : '';
        const tail = after ? ` ${ELLIPSIS}` : '';
        out.push({
            ...(removed.trim() ? { from: `${lead}${removed.trim()}${tail}` } : {}),
            ...(added.trim() ? { to: `${lead}${added.trim()}${tail}` } : {}),
        });
        before = '';
    }
    return out;
}
/** Keeps the start of a line; a sentence-level excerpt is short already, a whole line may not be. */
function shorten(text, max) {
    return text.length <= max ? text : text.slice(0, max - 1).trimEnd() + ELLIPSIS;
}


/***/ })

};
