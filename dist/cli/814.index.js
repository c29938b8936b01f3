export const id = 814;
export const ids = [814];
export const modules = {

/***/ 2814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RESPONSES: () => (/* binding */ RESPONSES),
/* harmony export */   ZendeskResponseError: () => (/* binding */ ZendeskResponseError),
/* harmony export */   checkResponse: () => (/* binding */ checkResponse)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9691);
/* harmony import */ var _shared_validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4967);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4778);



/**
 * The shapes of Zendesk's answers, as far as this tool reads them. Checked at the client
 * boundary so an odd answer (a proxy's HTML page, a renamed field, a string id) is one clear
 * error naming the endpoint and the field, never an `undefined` deep in the planner. Loose
 * objects: fields the tool does not read may come and go.
 */
const id = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int();
const text = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP();
const nullableText = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable();
const translation = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    id,
    locale: text,
    title: text,
    body: nullableText.optional(),
    draft: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    outdated: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
    html_url: text.optional(),
    updated_at: text,
    updated_by_id: id.nullable().optional(),
});
const article = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    id,
    html_url: text,
    comments_disabled: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    draft: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    promoted: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    position: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    section_id: id,
    permission_group_id: id,
    user_segment_id: id.nullable(),
    user_segment_ids: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(id).nullable().optional(),
    label_names: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(text).optional(),
    content_tag_ids: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([text, id]))
        .nullable()
        .optional(),
    author_id: id.nullable().optional(),
    locale: text,
    source_locale: text,
    title: text,
    body: nullableText.optional(),
    created_at: text,
    updated_at: text,
    translations: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(translation).optional(),
});
const named = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ id, name: text });
const container = {
    id,
    name: text,
    description: nullableText.optional(),
    position: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().optional(),
    source_locale: text.optional(),
    translations: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(translation).optional(),
};
const category = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3(container);
const section = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ ...container, category_id: id });
const attachment = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    id,
    content_url: text,
    content_type: text,
    file_name: text,
    size: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    inline: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
});
const media = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ id: text, name: text, url: text, size: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().optional(), content_type: text.optional() });
const paging = {
    meta: zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ has_more: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(), after_cursor: nullableText.optional() }).optional(),
    links: zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ next: nullableText.optional() }).optional(),
    next_page: nullableText.optional(),
};
const list = (key, item) => zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ [key]: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(item), ...paging });
const exportPage = (item) => zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ articles: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(item), end_time: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), next_page: nullableText, count: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().optional() });
/** One schema per kind of answer the client reads. */
const RESPONSES = {
    locales: zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ locales: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(text), default_locale: text }),
    sections: list('sections', section),
    categories: list('categories', category),
    category: zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ category }),
    section: zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ section }),
    /** `PUT .../source_locale` answers a bare JSON string. */
    done: zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J(),
    permission_groups: list('permission_groups', named),
    user_segments: list('user_segments', named),
    articles: list('articles', article),
    export: exportPage(article),
    article: zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ article }),
    translation: zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ translation }),
    attachment: zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ article_attachment: attachment }),
    article_attachments: list('article_attachments', attachment),
    users: zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ users: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(named) }),
    medias: zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ records: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(media), ...paging }),
    media: zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ media }),
    /** `headers` is a JSON-encoded string in the reference's example answer and an object in its prose. */
    upload_url: zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
        upload_url: zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ asset_upload_id: text, url: text, headers: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([text, zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(text, text)]).optional() }),
    }),
    content_tags: zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ records: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ id: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([text, id]), name: text })), ...paging }),
    content_tag: zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ content_tag: zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ id: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([text, id]), name: text }) }),
    redirect_rules: zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
        records: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ id: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([text, id]), redirect_from: text, redirect_to: text, redirect_status: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([text, id]) })),
        ...paging,
    }),
};
/** An answer that did not have the shape the tool relies on: a remote failure like any other. */
class ZendeskResponseError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteError */ .Hi {
    name = 'ZendeskResponseError';
}
/**
 * The answer as is when it has the expected shape (not a copy: nothing is transformed, and
 * export pages are large); else an error naming the request and the first wrong fields.
 */
function checkResponse(kind, data, method, url) {
    const itemwise = ITEMWISE[kind];
    const issues = itemwise ? itemIssues(itemwise, data) : RESPONSES[kind].safeParse(data).error?.issues;
    if (!issues?.length) {
        if (itemwise)
            keepReadFields(data.articles);
        return data;
    }
    const request = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRequest */ .Ng)(method, url);
    if (data === undefined || data === null || typeof data !== 'object') {
        const got = data === undefined ? 'no JSON' : typeof data;
        throw new ZendeskResponseError(method, url, `${request}: Zendesk's answer is not the JSON object expected (${got})`);
    }
    const shown = issues.slice(0, 3).map((i) => `${(0,_shared_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPath */ .j)(i.path) || 'the answer'}: ${i.message}`);
    const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
    throw new ZendeskResponseError(method, url, `${request}: unexpected answer from Zendesk: ${shown.join('; ')}${more}`);
}
/**
 * Pages of articles are checked one article at a time. zod builds its output as it checks, so
 * checking a page of 1,000 articles whole held a second copy of the page until the end; its
 * garbage outlived V8's young generation and the largest help center's dry run paid for it in
 * peak memory. One article's copy dies young.
 */
const ITEMWISE = {
    articles: list('articles', zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()),
    export: exportPage(zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()),
};
/** Every issue of the envelope (the page with its articles unchecked), else of the articles. */
function itemIssues(envelope, data) {
    const checked = envelope.safeParse(data);
    if (!checked.success)
        return checked.error.issues;
    const items = data.articles;
    const issues = [];
    for (let i = 0; i < items.length; i++) {
        const result = article.safeParse(items[i]);
        if (!result.success)
            issues.push(...result.error.issues.map((issue) => ({ ...issue, path: ['articles', i, ...issue.path] })));
    }
    return issues;
}
/**
 * Replaces each article of a page, and its translations, by a copy with only the fields the
 * tool reads (remote/types.ts). A snapshot holds every article of the help center until the run
 * ends: at 40,000 translations, the fields it never reads (API urls, vote counts, creation
 * stamps and ids) were a seventh of the dry run's live heap. The copy is made while the page is
 * young, so the full objects die young; one literal per type keeps them small and alike.
 */
function keepReadFields(articles) {
    for (let i = 0; i < articles.length; i++)
        articles[i] = articleFields(articles[i]);
}
// `satisfies Record<keyof …>`: a field added to the type but not here is a compile error, not an undefined.
const articleFields = (a) => ({
    id: a.id,
    html_url: a.html_url,
    comments_disabled: a.comments_disabled,
    draft: a.draft,
    promoted: a.promoted,
    position: a.position,
    section_id: a.section_id,
    permission_group_id: a.permission_group_id,
    user_segment_id: a.user_segment_id,
    user_segment_ids: severalSegments(a.user_segment_ids, a.user_segment_id),
    label_names: a.label_names,
    // Tag ids are strings in the reference; a number would never equal the string the plan compares.
    content_tag_ids: Array.isArray(a.content_tag_ids) && a.content_tag_ids.length ? a.content_tag_ids.map(String) : undefined,
    author_id: a.author_id ?? undefined,
    locale: a.locale,
    source_locale: a.source_locale,
    title: a.title,
    body: a.body,
    created_at: a.created_at,
    updated_at: a.updated_at,
    translations: Array.isArray(a.translations) ? a.translations.map(translationFields) : a.translations,
});
/**
 * `user_segment_ids` only where it says more than `user_segment_id` (several segments, or a
 * disagreement): an empty or one-item array on each of 40,000 articles is memory for nothing,
 * and the planner reads the one id when the list is absent.
 */
function severalSegments(ids, id) {
    if (!Array.isArray(ids))
        return undefined;
    if (ids.length === 0 && id === null)
        return undefined;
    if (ids.length === 1 && ids[0] === id)
        return undefined;
    return ids;
}
const translationFields = (t) => ({
    id: t.id,
    source_id: t.source_id,
    locale: t.locale,
    title: t.title,
    body: t.body,
    draft: t.draft,
    outdated: t.outdated,
    html_url: t.html_url,
    updated_at: t.updated_at,
    updated_by_id: t.updated_by_id,
});


/***/ }),

/***/ 4967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ validateWithSchema),
/* harmony export */   j: () => (/* binding */ formatPath)
/* harmony export */ });
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2969);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4094);


/** The hint for an unknown key: where it belongs, else the closest allowed key, else the allowed keys. */
function unknownKeyHint(key, topLevel, allowed, context) {
    if (topLevel && context.misplaced?.keys.includes(key))
        return context.misplaced.hint;
    return allowed.length ? ((0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .a)(key, allowed) ?? `allowed keys: ${allowed.join(', ')}`) : undefined;
}
/** `aliases.sections.Billing`, `labels[2]`: the path as a writer would point at it. */
function formatPath(path) {
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}
/** The deepest located prefix of `path`: a wrong list item points at the item, not the list. */
function locate(path, context) {
    for (let n = path.length; n > 0; n--) {
        const prefix = path.slice(0, n);
        const pos = context.paths?.[(0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .pathKey */ .Pn)(prefix)] ?? (n === 1 ? context.positions[String(prefix[0])] : undefined);
        if (pos)
            return pos;
    }
    return context.fallback;
}
/** The keys a strict object at `path` accepts, for "did you mean" on nested unknown keys. */
function keysAt(schema, path) {
    let node = schema;
    for (const p of path) {
        node = unwrap(node);
        const shape = node.shape;
        if (!shape || typeof p !== 'string')
            return [];
        node = shape[p];
    }
    const shape = unwrap(node)?.shape;
    return shape ? Object.keys(shape) : [];
}
/** Looks through optional/default/pipe wrappers to the object inside. */
function unwrap(node) {
    let current = node;
    for (let i = 0; i < 10 && current?.def; i++) {
        const next = current.def.innerType ?? (current.def.type === 'pipe' ? current.def.in : undefined);
        if (!next)
            break;
        current = next;
    }
    return current;
}
/**
 * Runs a schema over parsed YAML and turns every issue into a diagnostic at the line of the key
 * (or list item) it concerns, so one run reports all of a file's problems.
 */
function validateWithSchema(schema, data, context) {
    const result = schema.safeParse(data);
    if (result.success)
        return { value: result.data, diagnostics: [], badKeys: [], unknownKeys: [] };
    const diagnostics = [];
    const badKeys = new Set();
    const unknownKeys = [];
    let rootIssue = false;
    for (const issue of result.error.issues) {
        if (issue.path.length)
            badKeys.add(String(issue.path[0]));
        if (issue.code === 'unrecognized_keys') {
            const allowed = issue.path.length === 0 ? context.allowedKeys : keysAt(schema, issue.path);
            for (const key of issue.keys) {
                const full = [...issue.path, key];
                if (issue.path.length === 0) {
                    badKeys.add(key);
                    unknownKeys.push(key);
                }
                const hint = unknownKeyHint(key, issue.path.length === 0, allowed, context);
                diagnostics.push({
                    severity: 'error',
                    code: 'unknown-key',
                    file: context.file,
                    ...locate(full, context),
                    message: `unknown key "${formatPath(full)}"`,
                    ...(hint ? { hint } : {}),
                });
            }
            continue;
        }
        if (issue.path.length === 0)
            rootIssue = true;
        const where = formatPath(issue.path);
        diagnostics.push({
            severity: 'error',
            file: context.file,
            ...locate(issue.path, context),
            message: where ? `${where} ${issue.message}` : issue.message,
        });
    }
    const out = { value: undefined, diagnostics, badKeys: [...badKeys], unknownKeys };
    if (!rootIssue) {
        const rest = Object.fromEntries(Object.entries(data).filter(([key]) => !badKeys.has(key)));
        const again = schema.safeParse(rest);
        if (again.success)
            out.partial = again.data;
    }
    return out;
}


/***/ }),

/***/ 4094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pn: () => (/* binding */ pathKey),
/* harmony export */   hN: () => (/* binding */ parseYaml)
/* harmony export */ });
/* unused harmony exports parseYamlDocument, parseSimpleYaml */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);

/** A stable key for a path of keys and indexes inside a YAML document. */
const pathKey = (path) => JSON.stringify(path.map((p) => (typeof p === 'number' ? p : String(p))));
/**
 * Parses YAML safely: the core schema only (no custom tags, nothing executable), duplicate keys
 * rejected and alias expansion capped against "billion laughs" documents.
 */
function parseYaml(text, file, firstLine, what = 'front matter') {
    return parseSimpleYaml(text, firstLine) ?? parseYamlDocument(text, file, firstLine, what);
}
/** The full parse through `yaml`; `parseYaml` tries the fast path first. */
function parseYamlDocument(text, file, firstLine, what = 'front matter') {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false, strict: true });
    const at = (offset) => {
        const pos = lineCounter.linePos(offset);
        return { line: pos.line + firstLine - 1, column: pos.col };
    };
    const diagnostics = [];
    for (const error of [...doc.errors, ...doc.warnings]) {
        const pos = at(error.pos[0]);
        diagnostics.push({
            severity: 'error',
            file,
            ...pos,
            message: `invalid YAML: ${error.message.split('\n')[0]}`,
        });
    }
    if (diagnostics.length > 0)
        return { data: undefined, positions: {}, paths: {}, diagnostics };
    const positions = {};
    const paths = {};
    // Keys point at the key, list items at the item: where a reader looks for the mistake.
    const walk = (node, path) => {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            for (const pair of node.items) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) || !pair.key.range)
                    continue;
                const p = [...path, String(pair.key.value)];
                paths[pathKey(p)] = at(pair.key.range[0]);
                walk(pair.value, p);
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            node.items.forEach((item, i) => {
                const range = item?.range;
                if (range)
                    paths[pathKey([...path, i])] = at(range[0]);
                walk(item, [...path, i]);
            });
        }
    };
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.contents)) {
        for (const pair of doc.contents.items) {
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) && pair.key.range)
                positions[String(pair.key.value)] = at(pair.key.range[0]);
        }
        walk(doc.contents, []);
    }
    else if (doc.contents !== null) {
        return {
            data: undefined,
            positions,
            paths,
            diagnostics: [{ severity: 'error', file, line: firstLine, column: 1, message: `${what} must be a mapping of keys to values` }],
        };
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 50 });
    }
    catch (error) {
        return {
            data: undefined,
            positions,
            paths,
            diagnostics: [{ severity: 'error', file, line: firstLine, column: 1, message: `invalid YAML: ${error.message}` }],
        };
    }
    return { data: (data ?? {}), positions, paths, diagnostics };
}
const SIMPLE_KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(\S(?:.*\S)?))? *$/;
const DECIMAL = /^(?:0|[1-9][0-9]{0,14})$/;
const RESERVED = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
// A plain scalar that starts with a letter and holds no `:`, `#` or tab means itself in every
// YAML context; in a flow list it must not hold the flow indicators either.
// eslint-disable-next-line no-control-regex -- C0 control characters are exactly what must go to the library.
const PLAIN_WORDS = /^\p{L}[^:#\t\x00-\x1f\x7f\u0085\ufeff]*$/u;
const FLOW_INDICATORS = /[[\]{},]/;
const OTHER_WHITESPACE = /[^\S ]/;
function simpleScalar(raw, inFlow) {
    if (DECIMAL.test(raw))
        return { value: Number(raw) };
    if (!PLAIN_WORDS.test(raw) || RESERVED.has(raw))
        return undefined;
    if (inFlow && FLOW_INDICATORS.test(raw))
        return undefined;
    return { value: raw };
}
/**
 * The fast path for the front matter nearly every file has: top-level `key: value` lines whose
 * values are words, whole numbers or a one-line `[a, b]` list of those, and comment lines. Such
 * a document means the same under every YAML reading, so it is read line by line; anything else
 * (quotes, nesting, block lists, booleans, dates, a duplicate key, ...) returns undefined and
 * goes through the real parser. Parsing YAML with the library costs about 0.15 ms a file, most
 * of it the library warming up, which on a dry run of thousands of files was a sixth of the CPU.
 * A differential test holds this equal to the library on everything it accepts.
 */
function parseSimpleYaml(text, firstLine) {
    const data = {};
    const positions = {};
    const paths = {};
    const lines = text.split('\n');
    for (let n = 0; n < lines.length; n++) {
        const line = lines[n];
        if (line === '' || line.startsWith('#'))
            continue;
        // YAML's whitespace is the space and the tab, JavaScript's trim and \s know many more: a line
        // with any of the others (a tab, a no-break space) is the library's to read.
        if (OTHER_WHITESPACE.test(line))
            return undefined;
        const m = SIMPLE_KEY_LINE.exec(line);
        if (!m)
            return undefined;
        const key = m[1];
        const raw = m[2];
        if (raw === undefined || key === '__proto__' || RESERVED.has(key) || Object.hasOwn(data, key))
            return undefined;
        const at = { line: firstLine + n, column: 1 };
        if (raw.startsWith('[')) {
            if (!raw.endsWith(']'))
                return undefined;
            const inner = raw.slice(1, -1);
            const items = [];
            if (inner.trim() !== '') {
                // Only spaces stand between the colon and the value, so its first occurrence is it.
                let offset = line.indexOf(raw, key.length + 1) + 1;
                for (const part of inner.split(',')) {
                    const item = part.trim();
                    const scalar = simpleScalar(item, true);
                    if (!scalar)
                        return undefined;
                    paths[pathKey([key, items.length])] = { line: firstLine + n, column: offset + part.indexOf(item) + 1 };
                    items.push(scalar.value);
                    offset += part.length + 1;
                }
            }
            data[key] = items;
        }
        else {
            const scalar = simpleScalar(raw, false);
            if (!scalar)
                return undefined;
            data[key] = scalar.value;
        }
        positions[key] = at;
        paths[pathKey([key])] = at;
    }
    if (Object.keys(data).length === 0)
        return undefined;
    return { data, positions, paths, diagnostics: [] };
}


/***/ }),

/***/ 2969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean),
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1916);

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
