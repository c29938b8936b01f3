export const id = 266;
export const ids = [266,974];
export const modules = {

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

/***/ 6266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  duplicateIds: () => (/* reexport */ duplicateIds),
  loadSource: () => (/* reexport */ loadSource)
});

// UNUSED EXPORTS: loadConfigFile

// EXTERNAL MODULE: ./src/config/file.ts
var file = __webpack_require__(1974);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/diagnostics.ts
var src_diagnostics = __webpack_require__(4851);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./src/shared/locale-schema.ts
var locale_schema = __webpack_require__(7559);
;// CONCATENATED MODULE: ./src/source/schema.ts


/** Digits are an id, anything else a name: the same rule for front matter and config aliases. */
function toRef(v) {
    if (typeof v === 'number')
        return { kind: 'id', id: v };
    return /^\d+$/.test(v) ? { kind: 'id', id: Number(v) } : { kind: 'name', name: v };
}
const refSchema = schemas/* union */.KCZ([schemas/* number */.aig().int().positive(), schemas/* string */.YjP().trim().min(1)], {
    error: 'must be an id (a number) or a name (text)',
})
    .transform(toRef);
/** A list (or a comma-separated string); a bad item is reported at its own line. */
const labelsSchema = schemas/* unknown */.L5J().transform((v, ctx) => {
    if (typeof v === 'string')
        return v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
    if (!Array.isArray(v)) {
        ctx.addIssue({ code: 'custom', message: 'must be a list of labels' });
        return core/* NEVER */.tm;
    }
    const out = [];
    v.forEach((item, i) => {
        if (typeof item === 'string' || typeof item === 'number') {
            const label = String(item).trim();
            if (label)
                out.push(label);
        }
        else {
            ctx.addIssue({ code: 'custom', message: 'must be text', path: [i] });
        }
    });
    return out;
});
/** A list of ids or names (or one); a bad item is reported at its own line. */
const refListSchema = schemas/* unknown */.L5J().transform((v, ctx) => {
    const items = Array.isArray(v) ? v : [v];
    const out = [];
    items.forEach((item, i) => {
        if ((typeof item === 'number' && Number.isInteger(item) && item > 0) || (typeof item === 'string' && item.trim() !== '')) {
            out.push(toRef(typeof item === 'string' ? item.trim() : item));
        }
        else {
            ctx.addIssue({ code: 'custom', message: 'must be an id (a number) or a name (text)', ...(Array.isArray(v) ? { path: [i] } : {}) });
        }
    });
    return out;
});
/** Content tag names: a list (or one name); names may hold commas, so a string is one name. */
const tagListSchema = schemas/* unknown */.L5J().transform((v, ctx) => {
    const items = Array.isArray(v) ? v : [v];
    const out = [];
    items.forEach((item, i) => {
        const name = typeof item === 'string' || typeof item === 'number' ? String(item).trim() : '';
        if (name) {
            if (!out.some((n) => n.toLowerCase() === name.toLowerCase()))
                out.push(name);
        }
        else
            ctx.addIssue({ code: 'custom', message: 'must be a content tag name (text)', ...(Array.isArray(v) ? { path: [i] } : {}) });
    });
    return out;
});
/** An agent's or admin's email, or a user id. */
const authorSchema = schemas/* union */.KCZ([schemas/* number */.aig().int().positive(), schemas/* string */.YjP().trim().min(1)], { error: 'must be an email address or a user id' })
    .transform((v) => typeof v === 'number' || /^\d+$/.test(v) ? { kind: 'id', id: Number(v) } : { kind: 'email', email: v })
    .refine((v) => v.kind === 'id' || /^[^\s@]+@[^\s@]+$/.test(v.email), { error: 'must be an email address or a user id' });
const redirectListSchema = schemas/* unknown */.L5J().transform((v, ctx) => {
    const items = Array.isArray(v) ? v : [v];
    const out = [];
    items.forEach((item, i) => {
        const at = Array.isArray(v) ? { path: [i] } : {};
        if (typeof item === 'number' && Number.isInteger(item) && item > 0)
            out.push({ kind: 'id', id: item });
        else if (typeof item === 'string' && /^\s*\d+\s*$/.test(item))
            out.push({ kind: 'id', id: Number(item) });
        else if (typeof item === 'string' && item.trim().startsWith('/'))
            out.push({ kind: 'path', path: item.trim() });
        else if (typeof item === 'string' && /\.md$/i.test(item.trim()))
            out.push({ kind: 'file', file: item.trim() });
        else
            ctx.addIssue({
                code: 'custom',
                message: 'must be a Markdown file (old/name.md), an article id, or a Help Center path (/hc/en-us/articles/123)',
                ...at,
            });
    });
    return out;
});
/** Keys allowed both in front matter and in `_defaults.yml`. */
const inheritable = {
    section: refSchema.optional(),
    permission_group: refSchema.optional(),
    user_segment: refSchema.optional(),
    /** Several audiences (Enterprise plans); instead of `user_segment`. */
    user_segments: refListSchema.optional(),
    labels: labelsSchema.optional(),
    content_tags: tagListSchema.optional(),
    author: authorSchema.optional(),
    draft: schemas/* boolean */.zMY({ error: 'must be true or false' }).optional(),
    promoted: schemas/* boolean */.zMY({ error: 'must be true or false' }).optional(),
    position: schemas/* number */.aig({ error: 'must be a whole number' })
        .int({ error: 'must be a whole number' })
        .min(0, { error: 'must be 0 or more' })
        .optional(),
    comments_disabled: schemas/* boolean */.zMY({ error: 'must be true or false' }).optional(),
    locale: locale_schema/* localeSchema */._.optional(),
};
const defaultsSchema = schemas/* strictObject */.rej(inheritable);
const frontMatterSchema = schemas/* strictObject */.rej({
    ...inheritable,
    title: schemas/* string */.YjP({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' }).optional(),
    id: schemas/* union */.KCZ([schemas/* number */.aig().int().positive(), schemas/* string */.YjP().regex(/^\d+$/)], { error: 'must be a Zendesk article id (a number)' })
        .transform(Number)
        .optional(),
    /** What this article replaces: archived (when this source's) and redirected here. */
    redirect_from: redirectListSchema.optional(),
    /** Take over an existing article that was not published by this tool (made by hand in Guide). */
    adopt: schemas/* boolean */.zMY({ error: 'must be true or false' }).optional(),
});
/** A translation file carries its own title and body and may set draft; metadata is the source file's. */
const translationFrontMatterSchema = schemas/* strictObject */.rej({
    title: schemas/* string */.YjP({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' }).optional(),
    draft: schemas/* boolean */.zMY({ error: 'must be true or false' }).optional(),
});
const FRONT_MATTER_KEYS = Object.keys(frontMatterSchema.shape);

;// CONCATENATED MODULE: ./src/source/aliases.ts

const FIELDS = [
    ['section', 'sections'],
    ['permission_group', 'permissionGroups'],
    ['user_segment', 'userSegments'],
];
/** Case-insensitive like the help center's own names, so `billing` finds the alias `Billing`. */
function find(map, name) {
    const wanted = name.toLowerCase();
    return Object.entries(map).find(([alias]) => alias.toLowerCase() === wanted);
}
/** One reference with the config file's aliases applied; the alias is remembered for errors. */
function expandAlias(ref, map) {
    if (ref.kind !== 'name')
        return ref;
    const hit = find(map, ref.name);
    if (!hit)
        return ref;
    const [alias, { target, at }] = hit;
    return { ...toRef(target), via: { alias, ...at } };
}
/**
 * Pure: replaces alias names in each article's `section`, `permission_group` and `user_segment`
 * (after folder defaults were merged, so an alias works in a `_defaults.yml` too). Aliases are
 * looked up before the help center's names, so one can also settle an ambiguous name.
 */
function applyAliases(articles, aliases) {
    if (!aliases)
        return articles;
    return articles.map((article) => {
        let meta = article.meta;
        for (const [field, key] of FIELDS) {
            const ref = meta[field];
            if (!ref)
                continue;
            const expanded = expandAlias(ref, aliases[key]);
            if (expanded !== ref)
                meta = { ...meta, [field]: expanded };
        }
        const segments = meta.user_segments;
        if (segments?.length) {
            const expanded = segments.map((ref) => expandAlias(ref, aliases.userSegments));
            if (expanded.some((ref, i) => ref !== segments[i]))
                meta = { ...meta, user_segments: expanded };
        }
        return meta === article.meta ? article : { ...article, meta };
    });
}

// EXTERNAL MODULE: ./src/shared/locale-suffix.ts
var locale_suffix = __webpack_require__(1109);
// EXTERNAL MODULE: ./src/shared/globs.ts
var globs = __webpack_require__(6762);
// EXTERNAL MODULE: ./src/shared/paths.ts
var paths = __webpack_require__(405);
;// CONCATENATED MODULE: ./src/source/structure-names.ts
/** The folder files that describe Guide's structure, by what they describe. */
const STRUCTURE_FILE_NAMES = {
    section: ['_section.yml', '_section.yaml'],
    category: ['_category.yml', '_category.yaml'],
};
function structureKindOf(name) {
    if (STRUCTURE_FILE_NAMES.section.includes(name))
        return 'section';
    if (STRUCTURE_FILE_NAMES.category.includes(name))
        return 'category';
    return undefined;
}

;// CONCATENATED MODULE: ./src/source/discover.ts





const toPosix = (p) => p.split((external_node_path_default()).sep).join('/');
/**
 * Walks the docs root for Markdown files and `_defaults.yml` files, in a stable order. Hidden
 * folders, node_modules and what the config file excludes are skipped; a symlink that resolves
 * outside the repository is refused, never followed.
 */
async function discover(docsRoot, repoRoot, selection = {}) {
    const filter = (0,globs/* fileFilter */.Lt)(selection);
    const markdown = [];
    const defaults = [];
    const structure = [];
    const diagnostics = [];
    const realRepo = await promises_default().realpath(repoRoot);
    // Paths are built from the walk rather than with path.relative per entry: a large tree has
    // thousands of entries, and relative() resolves both paths every time.
    const docsPrefix = toPosix(external_node_path_default().relative(repoRoot, docsRoot));
    const describe = (abs, rel) => ({
        absPath: abs,
        file: docsPrefix === '' ? rel : `${docsPrefix}/${rel}`,
        rel,
    });
    try {
        const stat = await promises_default().stat(docsRoot);
        if (!stat.isDirectory())
            throw new Error('not a directory');
    }
    catch {
        diagnostics.push({
            severity: 'error',
            file: toPosix(external_node_path_default().relative(repoRoot, docsRoot)) || '.',
            message: 'the docs folder does not exist',
            hint: 'set the `path` input (default "docs") to the folder that holds your Markdown',
        });
        return { markdown, defaults, structure, diagnostics };
    }
    const isDefaults = (name) => name === '_defaults.yml' || name === '_defaults.yaml';
    // A Markdown file in a folder whose name starts with `_` (`_snippets/`) is a fragment that
    // articles include (source/include.ts), never an article of its own.
    const isArticle = (name, rel) => /\.md$/i.test(name) && !name.startsWith('_') && !rel.startsWith('_') && !rel.includes('/_') && filter.includes(rel);
    // Real paths of folders already walked: a symlink back up the tree must not loop forever.
    const visited = new Set();
    async function walk(dir, relDir) {
        const realDir = await promises_default().realpath(dir);
        if (visited.has(realDir))
            return;
        visited.add(realDir);
        const entries = (await promises_default().readdir(dir, { withFileTypes: true }))
            // Code-point order, not localeCompare: the same on every machine whatever its locale.
            .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            if (entry.name.startsWith('.') || entry.name === 'node_modules')
                continue;
            const abs = external_node_path_default().join(dir, entry.name);
            const rel = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
            if (filter.excludesDir(rel))
                continue;
            let isDir = entry.isDirectory();
            let isFile = entry.isFile();
            if (entry.isSymbolicLink()) {
                // A link the run would ignore anyway (an image, an excluded page) is not worth an error.
                if (/\.[a-z0-9]+$/i.test(entry.name) && !isDefaults(entry.name) && !structureKindOf(entry.name) && !isArticle(entry.name, rel))
                    continue;
                let real;
                try {
                    real = await promises_default().realpath(abs);
                }
                catch {
                    diagnostics.push({ severity: 'error', file: describe(abs, rel).file, line: 1, column: 1, message: 'broken symbolic link' });
                    continue;
                }
                if (!(0,paths/* isInside */.F)(realRepo, real)) {
                    diagnostics.push({
                        severity: 'error',
                        file: describe(abs, rel).file,
                        line: 1,
                        column: 1,
                        message: 'symbolic link points outside the repository; refusing to read it',
                        hint: 'copy the file into the repository instead',
                    });
                    continue;
                }
                const stat = await promises_default().stat(real);
                isDir = stat.isDirectory();
                isFile = stat.isFile();
            }
            if (isDir)
                await walk(abs, rel);
            else if (isFile && isDefaults(entry.name))
                defaults.push(describe(abs, rel));
            else if (isFile && structureKindOf(entry.name))
                structure.push(describe(abs, rel));
            else if (isFile && isArticle(entry.name, rel))
                markdown.push(describe(abs, rel));
        }
    }
    await walk(docsRoot, '');
    return { markdown, defaults, structure, diagnostics };
}

// EXTERNAL MODULE: ./src/shared/yaml.ts
var yaml = __webpack_require__(4094);
// EXTERNAL MODULE: ./src/source/frontmatter.ts
var frontmatter = __webpack_require__(8743);
// EXTERNAL MODULE: ./src/source/types.ts
var types = __webpack_require__(5832);
// EXTERNAL MODULE: ./src/shared/validate.ts
var validate = __webpack_require__(4967);
;// CONCATENATED MODULE: ./src/source/structure.ts







// Which file names are structure files is ./structure-names.ts's, which discovery reads too.

const LOCALE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;
const structure_text = (what) => schemas/* string */.YjP({ error: `must be ${what} (text)` });
const translations = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* strictObject */.rej({
    name: structure_text('a name').trim().min(1, { error: 'must not be empty' }),
    description: structure_text('a description').optional(),
}, { error: 'must be a mapping with name (and description)' }), { error: 'must be a mapping of locale: { name, description }' })
    .superRefine((value, ctx) => {
    for (const key of Object.keys(value)) {
        if (!LOCALE.test(key.toLowerCase()))
            ctx.addIssue({ code: 'custom', path: [key], message: 'is not a locale code such as fr or pt-br' });
    }
});
const common = {
    id: schemas/* number */.aig({ error: 'must be the id (a number) of the section or category in Guide' }).int().positive().optional(),
    name: structure_text('a name').trim().min(1, { error: 'must not be empty' }),
    description: structure_text('a description').optional(),
    position: schemas/* number */.aig({ error: 'must be a whole number' }).int().min(0, { error: 'must be 0 or more' }).optional(),
    translations: translations.optional(),
};
const categoryFileSchema = schemas/* strictObject */.rej(common);
const sectionFileSchema = schemas/* strictObject */.rej({
    ...common,
    /** When the folder above has no `_category.yml`: an existing category, by name or id. */
    category: schemas/* union */.KCZ([schemas/* number */.aig().int().positive(), schemas/* string */.YjP().trim().min(1)], { error: 'must be a category id (a number) or name (text)' })
        .optional(),
});
function located(file, parsed, ...keys) {
    const pos = parsed.paths[(0,yaml/* pathKey */.Pn)(keys)];
    return pos ? { file, ...pos } : undefined;
}
/** Reads and validates the structure files; errors go to `diagnostics`, a file with errors is left out. */
async function readStructureFiles(files, diagnostics) {
    const out = [];
    const seen = new Map();
    /** Folders whose _category.yml has errors: their sections are not reported again for want of a category. */
    const broken = new Set();
    /** Folders whose _section.yml has errors, to the file: their articles belong to it all the same (and wait for it). */
    const brokenSections = new Map();
    for (const f of files) {
        const kind = structureKindOf(external_node_path_default().posix.basename(f.rel));
        const dir = external_node_path_default().posix.dirname(f.rel);
        const twin = seen.get(`${kind}:${dir}`) ?? (kind === 'section' ? seen.get(`category:${dir}`) : seen.get(`section:${dir}`));
        seen.set(`${kind}:${dir}`, f.file);
        if (twin) {
            diagnostics.push({
                severity: 'error',
                file: f.file,
                line: 1,
                column: 1,
                message: `this folder also has ${twin}`,
                hint: 'a folder is one section (_section.yml) or one category (_category.yml), described by one file',
            });
            continue;
        }
        const parsed = (0,yaml/* parseYaml */.hN)(await promises_default().readFile(f.absPath, 'utf8'), f.file, 1, `a _${kind}.yml`);
        diagnostics.push(...parsed.diagnostics);
        if (kind === 'category')
            broken.add(dir);
        else
            brokenSections.set(dir, f.file);
        if (!parsed.data)
            continue;
        const schema = kind === 'section' ? sectionFileSchema : categoryFileSchema;
        const checked = (0,validate/* validateWithSchema */.C)(schema, parsed.data, {
            file: f.file,
            positions: parsed.positions,
            paths: parsed.paths,
            fallback: { line: 1, column: 1 },
            allowedKeys: Object.keys(schema.shape),
        });
        diagnostics.push(...checked.diagnostics);
        const value = checked.value;
        if (!value)
            continue;
        broken.delete(dir);
        brokenSections.delete(dir);
        const start = { file: f.file, line: 1, column: 1 };
        const at = { start };
        for (const key of ['id', 'name', 'description', 'position', 'category']) {
            const l = located(f.file, parsed, key);
            if (l)
                at[key] = l;
        }
        const locales = {};
        for (const [locale, t] of Object.entries(value.translations ?? {})) {
            locales[locale.toLowerCase()] = {
                name: t.name,
                ...(t.description !== undefined ? { description: t.description } : {}),
                at: located(f.file, parsed, 'translations', locale) ?? start,
            };
        }
        out.push({
            kind,
            file: f.file,
            dir,
            name: value.name,
            translations: locales,
            at,
            ...(value.id !== undefined ? { id: value.id } : {}),
            ...(value.description !== undefined ? { description: value.description } : {}),
            ...(value.position !== undefined ? { position: value.position } : {}),
            ...(value.category !== undefined ? { category: toRef(value.category) } : {}),
        });
    }
    linkCategories(out, broken, diagnostics);
    return { files: out, brokenSections };
}
/** The folders from `dir` up to the docs root, nearest first. */
function upwards(dir) {
    const chain = [];
    let d = dir;
    while (d !== '.' && d !== '') {
        chain.push(d);
        d = external_node_path_default().posix.dirname(d);
    }
    chain.push('.');
    return chain;
}
/** Each section's category: its own `category:`, else the nearest `_category.yml` above it. */
function linkCategories(files, broken, diagnostics) {
    const categories = new Map(files.filter((f) => f.kind === 'category').map((f) => [f.dir, f]));
    for (const s of files) {
        if (s.kind !== 'section')
            continue;
        const above = upwards(s.dir)
            .slice(1)
            .map((d) => categories.get(d))
            .find((c) => c !== undefined);
        if (s.category && above) {
            diagnostics.push({
                severity: 'error',
                ...(s.at.category ?? s.at.start),
                message: `category: is set, but the folder above has ${above.file}`,
                hint: 'a section in a category folder belongs to that category: remove category: or move the folder',
            });
            continue;
        }
        if (above) {
            s.category = above.id !== undefined ? { kind: 'id', id: above.id } : { kind: 'name', name: above.name };
            s.categoryFile = above.file;
        }
        else if (!s.category &&
            !upwards(s.dir)
                .slice(1)
                .some((d) => broken.has(d))) {
            diagnostics.push({
                severity: 'error',
                ...s.at.start,
                message: 'this section has no category',
                hint: 'set category: (a category name or id), or put the folder in one with a _category.yml',
            });
        }
    }
}
/**
 * The rule for articles: a file that names no section of its own (in its front matter or a
 * `_defaults.yml`) belongs to the section of the nearest `_section.yml` at or above its folder.
 */
function assignSections(articles, files, 
/** Folders whose `_section.yml` has errors (reported): their articles are held back with no error of their own. */
brokenSections = new Map()) {
    const sections = new Map(files.filter((f) => f.kind === 'section').map((f) => [f.dir, { file: f.file, at: f.at.name ?? f.at.start }]));
    for (const [dir, file] of brokenSections)
        sections.set(dir, { file });
    if (sections.size === 0)
        return;
    for (const a of articles) {
        if (a.meta.section !== undefined)
            continue;
        const dir = external_node_path_default().posix.dirname(a.key);
        const found = upwards(dir)
            .map((d) => sections.get(d))
            .find((s) => s !== undefined);
        if (!found)
            continue;
        a.sectionFile = found.file;
        if (found.at)
            a.locations.section = found.at;
    }
}

// EXTERNAL MODULE: ./src/source/include.ts
var include = __webpack_require__(5365);
// EXTERNAL MODULE: ./src/source/variables.ts
var source_variables = __webpack_require__(8608);
;// CONCATENATED MODULE: ./src/source/expand.ts


/**
 * A file's body as it is rendered: includes replaced by their fragments (recursively), then
 * `{{ name }}` by the variable's value in `locale`, outside code. Problems are errors at the
 * file and line they are written at, which for a fragment's line is the fragment's.
 */
function expandBody(raw, doc, locale, ctx) {
    let markdown = raw;
    let included;
    const failed = [];
    if ((0,include/* hasIncludes */.k0)(raw)) {
        const result = (0,include/* expandIncludes */.Ud)(raw, doc, locale, ctx.fragments);
        failed.push(...result.diagnostics);
        markdown = result.markdown;
        // The segments are needed whenever lines moved, even if every include failed.
        if (result.included.segments.length > 1 || result.included.fragments.length)
            included = result.included;
    }
    if (!(0,source_variables/* hasVariables */.cF)(markdown))
        return { markdown: failed.length ? undefined : markdown, included, variables: [], diagnostics: failed };
    const replaced = (0,source_variables/* substitute */.V2)(markdown, ctx.variables, locale, { skip: ctx.codeRanges(markdown) });
    const diagnostics = replaced.problems.map((p) => {
        const pos = (0,source_variables/* positionAt */.t$)(markdown, p.offset);
        const origin = (0,include/* originOf */.yv)({ ...doc, ...(included ? { included } : {}) }, pos.line + doc.bodyLine - 1);
        return {
            severity: 'error',
            file: origin.file,
            line: origin.line,
            column: pos.column,
            message: p.message,
            ...(p.hint ? { hint: p.hint } : {}),
        };
    });
    return {
        markdown: failed.length ? undefined : replaced.text,
        included,
        variables: replaced.used,
        diagnostics: [...failed, ...diagnostics],
    };
}
/** A title with its variables replaced; `at` is where the title is written. */
function expandTitle(title, at, locale, variables) {
    if (!(0,source_variables/* hasVariables */.cF)(title))
        return { title, diagnostics: [], variables: [] };
    const replaced = (0,source_variables/* substitute */.V2)(title, variables, locale, { plain: true });
    const diagnostics = replaced.problems.map((p) => ({
        severity: 'error',
        ...at,
        message: `title: ${p.message}`,
        ...(p.hint ? { hint: p.hint } : {}),
    }));
    return { title: replaced.text, diagnostics, variables: replaced.used };
}

;// CONCATENATED MODULE: ./src/source/load.ts

















/** Larger Markdown files are almost certainly a mistake (a generated dump, a binary renamed). */
const MAX_MARKDOWN_BYTES = 1024 * 1024;
/**
 * Replaces the file's body with what is rendered (fragments included, variables replaced) and
 * records how to make it again. A body whose includes fail keeps its text: the errors block the run.
 */
function expandDoc(doc, locale, ctx, diagnostics) {
    const raw = doc.body ?? '';
    const result = expandBody(raw, doc, locale, ctx);
    diagnostics.push(...result.diagnostics);
    if (result.markdown === undefined || (result.markdown === raw && !result.included))
        return;
    doc.body = result.markdown;
    if (result.included)
        doc.included = result.included;
    if (result.variables.length)
        doc.variables = [...new Set([...(doc.variables ?? []), ...result.variables])].sort();
    doc.expand = (text) => expandBody(text, doc, locale, ctx).markdown;
}
/** The same problem found through every article that includes one fragment is reported once. */
function unique(diagnostics) {
    const seen = new Set();
    return diagnostics.filter((d) => {
        const key = `${d.file}\0${d.line}\0${d.column}\0${d.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/**
 * ISO 639-1 language codes: `setup.it.md` alone is an orphan Italian translation, while
 * `node.js.md` alone is an article about Node.js.
 */
const LANGUAGES = new Set(('aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es ' +
    'et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj ' +
    'kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ' +
    'ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti ' +
    'tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu').split(' '));
/** `user_segment` and `user_segments` in one file: which one is meant cannot be guessed. */
function segmentConflict(value, file, positions) {
    if (value?.user_segment === undefined || value.user_segments === undefined)
        return [];
    const at = positions['user_segments'] ?? positions['user_segment'] ?? { line: 1, column: 1 };
    return [
        {
            severity: 'error',
            file,
            ...at,
            message: 'user_segment and user_segments are both set',
            hint: 'keep one: user_segments lists several audiences, user_segment names one',
        },
    ];
}
function locate(file, positions) {
    const out = {};
    for (const [key, pos] of Object.entries(positions))
        out[key] = { file, ...pos };
    return out;
}
async function readDefaults(files, diagnostics) {
    const byDir = new Map();
    for (const f of files) {
        const text = await promises_default().readFile(f.absPath, 'utf8');
        const dir = external_node_path_default().posix.dirname(f.rel);
        const twin = byDir.get(dir);
        if (twin) {
            diagnostics.push({
                severity: 'error',
                file: f.file,
                line: 1,
                column: 1,
                message: `this folder also has ${twin.file}`,
                hint: 'keep one of _defaults.yml and _defaults.yaml',
            });
            byDir.set(dir, { ...twin, value: undefined });
            continue;
        }
        const parsed = (0,yaml/* parseYaml */.hN)(text, f.file, 1, 'a _defaults.yml');
        diagnostics.push(...parsed.diagnostics);
        if (!parsed.data) {
            byDir.set(dir, { value: undefined, locations: {}, file: f.file });
            continue;
        }
        const { value, diagnostics: found } = (0,validate/* validateWithSchema */.C)(defaultsSchema, parsed.data, {
            file: f.file,
            positions: parsed.positions,
            paths: parsed.paths,
            fallback: { line: 1, column: 1 },
            allowedKeys: Object.keys(defaultsSchema.shape),
        });
        diagnostics.push(...found, ...segmentConflict(value, f.file, parsed.positions));
        byDir.set(dir, { value, locations: locate(f.file, parsed.positions), file: f.file });
    }
    return byDir;
}
/**
 * Folder defaults from the docs root down to `dir`; the nearer file wins, labels accumulate.
 * A broken `_defaults.yml` on the way makes the result a reference to it instead: reading the
 * articles without it would only add follow-up errors ("section is required") to the real one.
 */
function inherited(dir, byDir) {
    const chain = ['.'];
    if (dir !== '.') {
        const parts = dir.split('/');
        for (let i = 1; i <= parts.length; i++)
            chain.push(parts.slice(0, i).join('/'));
    }
    const merged = { value: {}, locations: {} };
    for (const d of chain) {
        const entry = byDir.get(d);
        if (!entry)
            continue;
        if (!entry.value)
            return { broken: entry.file };
        mergeInto(merged, entry.value, entry.locations);
    }
    return merged;
}
function mergeInto(target, value, locations) {
    for (const [key, v] of Object.entries(value)) {
        if (v === undefined)
            continue;
        // One audience key per article: the nearer `user_segments` replaces a `user_segment` from above, and the other way round.
        if (key === 'user_segment')
            delete target.value.user_segments;
        if (key === 'user_segments')
            delete target.value.user_segment;
        if (key === 'labels') {
            const labels = [...(target.value.labels ?? []), ...v];
            target.value.labels = [...new Set(labels)];
        }
        else {
            target.value[key] = v;
        }
        const loc = locations[key];
        if (loc)
            target.locations[key] = loc;
    }
}
async function loadSource(docsRoot, repoRoot, options = {}) {
    const found = await discover(docsRoot, repoRoot, options);
    const diagnostics = [...found.diagnostics];
    if (found.markdown.length === 0 && found.diagnostics.length === 0)
        diagnostics.push(noMarkdown(docsRoot, repoRoot, options));
    const defaultsByDir = await readDefaults(found.defaults, diagnostics);
    const { files: structure, brokenSections } = await readStructureFiles(found.structure, diagnostics);
    const run = {
        options,
        diagnostics,
        ctx: {
            fragments: new include/* FragmentReader */.yt(docsRoot, repoRoot, options.allowDotPaths),
            variables: options.variables ?? {},
            codeRanges: (markdown) => run.codeRanges(markdown),
        },
        codeRanges: undefined,
        defaultsByDir,
        relSet: new Set(found.markdown.map((f) => f.rel.toLowerCase())),
        articles: new Map(),
        pendingTranslations: [],
        broken: new Map(),
        heldBack: new Map(),
    };
    for (const f of found.markdown)
        await loadFile(run, f);
    pairTranslations(run);
    nameHeldBack(diagnostics, run.heldBack);
    const list = withDefaultAuthor(applyAliases([...run.articles.values()], options.aliases), options.defaultAuthor);
    assignSections(list, structure, brokenSections);
    return { articles: list, diagnostics: unique(diagnostics), failedKeys: [...run.broken.values()].sort(), structure };
}
function noMarkdown(docsRoot, repoRoot, options) {
    return {
        severity: 'warning',
        file: external_node_path_default().relative(repoRoot, docsRoot).split((external_node_path_default()).sep).join('/') || '.',
        message: 'no Markdown files found',
        hint: options.include?.length || options.exclude?.length
            ? 'check include and exclude in the config file'
            : 'articles are .md files beneath the docs folder',
    };
}
const markBroken = (run, key) => run.broken.set(key.toLowerCase(), key);
/** Reads one Markdown file and its front matter, then takes it as a translation or an article. */
async function loadFile(run, f) {
    const start = { file: f.file, line: 1, column: 1 };
    const { base, locale } = (0,locale_suffix/* splitLocaleSuffix */.G)(f.rel);
    // `name.fr.md` is a translation when `name.md` is beside it; a language-code suffix without
    // its source is an orphan translation, while `node.js.md` alone is just an article.
    const isTranslation = locale !== undefined && (run.relSet.has(`${base}.md`.toLowerCase()) || LANGUAGES.has(locale.split('-')[0]));
    const failed = (d) => {
        run.diagnostics.push({ severity: 'error', ...start, ...d });
        if (!isTranslation)
            markBroken(run, f.rel.replace(/\.md$/i, ''));
    };
    const text = readMarkdown(f, failed);
    if (text === undefined)
        return;
    // The Markdown parser that finds code (where `{{` is not a variable) loads only when needed.
    if (!run.codeRanges && ((0,source_variables/* hasVariables */.cF)(text) || (0,include/* hasIncludes */.k0)(text)))
        run.codeRanges = (await Promise.all(/* import() */[__webpack_require__.e(24), __webpack_require__.e(731)]).then(__webpack_require__.bind(__webpack_require__, 9731))).codeRanges;
    const split = (0,frontmatter/* splitFrontMatter */.v)(text);
    if (split.unclosed) {
        failed({
            message: 'front matter is not closed',
            hint: 'end it with a line of three dashes (---); a thematic break at the very top needs a blank line before it',
        });
        return;
    }
    const parsed = split.yaml === undefined ? { data: {}, positions: {}, paths: {}, diagnostics: [] } : (0,yaml/* parseYaml */.hN)(split.yaml, f.file, split.yamlLine);
    run.diagnostics.push(...parsed.diagnostics);
    // Unreadable YAML still leaves a body to check for broken images and links.
    const read = {
        f,
        start,
        base,
        locale,
        split,
        parsed,
        data: parsed.data ?? {},
        unreadable: parsed.data ? {} : { invalidKeys: [types/* ALL_KEYS_INVALID */.p] },
    };
    if (isTranslation)
        loadTranslation(run, read);
    else
        loadArticle(run, read);
}
/** The file's text, or undefined when it cannot be an article (reported through `failed`). */
function readMarkdown(f, failed) {
    // One synchronous read per file: for thousands of small files that is several times
    // cheaper than stat + open + read + close round trips through the thread pool.
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(f.absPath);
    }
    catch (error) {
        failed({ message: `cannot read the file: ${(0,errors/* errorMessage */.gJ)(error)}` });
        return undefined;
    }
    if (bytes.byteLength > MAX_MARKDOWN_BYTES) {
        failed({
            message: `file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; Markdown files over ${MAX_MARKDOWN_BYTES / 1024 / 1024} MB are refused`,
        });
        return undefined;
    }
    const text = bytes.toString('utf8');
    if (text.includes('\u0000')) {
        failed({ message: 'not a text file (it contains NUL bytes)', hint: 'a Markdown file must be UTF-8 text' });
        return undefined;
    }
    return text;
}
function loadTranslation(run, read) {
    const { f, start, split, parsed, locale } = read;
    const { diagnostics, ctx } = run;
    const checked = (0,validate/* validateWithSchema */.C)(translationFrontMatterSchema, read.data, {
        file: f.file,
        positions: parsed.positions,
        paths: parsed.paths,
        fallback: { line: split.yamlLine, column: 1 },
        allowedKeys: Object.keys(translationFrontMatterSchema.shape),
        misplaced: { keys: FRONT_MATTER_KEYS, hint: 'a translation takes only title and draft; set metadata in the source file' },
    });
    diagnostics.push(...checked.diagnostics);
    const value = checked.value ?? checked.partial;
    if (!value)
        return;
    const locations = locate(f.file, parsed.positions);
    const title = value.title === undefined ? undefined : expandTitle(value.title, locations.title ?? start, locale, ctx.variables);
    if (title)
        diagnostics.push(...title.diagnostics);
    // Written out rather than spread from a shared part: on Node 20, `{ ...common, key }` gave
    // each of 40,000 files its own hidden class (14 MB for the largest help center); Node 24
    // shares one. The same holds for the article below.
    const translation = {
        file: f.file,
        absPath: f.absPath,
        body: split.body,
        bodyLine: split.bodyLine,
        start,
        key: read.base,
        locale: locale,
        title: title?.title,
        draft: value.draft,
        locations,
        ...(checked.value ? read.unreadable : { invalidKeys: checked.badKeys }),
        ...(title?.variables.length ? { variables: title.variables } : {}),
    };
    expandDoc(translation, locale, ctx, diagnostics);
    run.pendingTranslations.push(translation);
}
function loadArticle(run, read) {
    const { f, start, split, parsed } = read;
    const { diagnostics, ctx } = run;
    const checked = (0,validate/* validateWithSchema */.C)(frontMatterSchema, read.data, {
        file: f.file,
        positions: parsed.positions,
        paths: parsed.paths,
        fallback: { line: split.yamlLine, column: 1 },
        allowedKeys: FRONT_MATTER_KEYS,
    });
    diagnostics.push(...checked.diagnostics, ...segmentConflict(checked.value ?? checked.partial, f.file, parsed.positions));
    const key = f.rel.replace(/\.md$/i, '');
    // With its invalid keys left out, the file is still read on: its other errors (names,
    // images, links) are reported in the same run.
    const value = checked.value ?? checked.partial;
    if (!value) {
        markBroken(run, key);
        return;
    }
    const defaults = inherited(external_node_path_default().posix.dirname(f.rel), run.defaultsByDir);
    if ('broken' in defaults) {
        markBroken(run, key);
        run.heldBack.set(defaults.broken, [...(run.heldBack.get(defaults.broken) ?? []), f.file]);
        return;
    }
    const merged = defaults;
    mergeInto(merged, value, locate(f.file, parsed.positions));
    const other = run.articles.get(key.toLowerCase());
    if (other) {
        // On a case-insensitive checkout (macOS, Windows) these would be one file; here they would be one article.
        diagnostics.push({
            severity: 'error',
            ...start,
            message: `this file and ${other.file} differ only in letter case`,
            hint: 'rename or merge one of them',
        });
        return;
    }
    const meta = merged.value;
    const docLocale = meta.locale ?? run.options.defaultLocale;
    let titleVariables = [];
    if (meta.title !== undefined) {
        const title = expandTitle(meta.title, merged.locations.title ?? start, docLocale, ctx.variables);
        diagnostics.push(...title.diagnostics);
        meta.title = title.title;
        titleVariables = title.variables;
    }
    const article = {
        file: f.file,
        absPath: f.absPath,
        body: split.body,
        bodyLine: split.bodyLine,
        start,
        key,
        meta: merged.value,
        locations: merged.locations,
        translations: [],
        ...(checked.value ? read.unreadable : { invalidKeys: checked.badKeys }),
        ...(titleVariables.length ? { variables: titleVariables } : {}),
    };
    expandDoc(article, docLocale, ctx, diagnostics);
    run.articles.set(key.toLowerCase(), article);
}
/** Each translation to its source file, in locale order; an orphan or a second one of a locale is an error. */
function pairTranslations(run) {
    const { articles, diagnostics } = run;
    for (const t of run.pendingTranslations) {
        const source = articles.get(t.key.toLowerCase());
        if (!source && run.broken.has(t.key.toLowerCase()))
            continue;
        if (!source) {
            diagnostics.push({
                severity: 'error',
                ...t.start,
                message: `translation "${t.locale}" has no source file`,
                hint: `expected ${external_node_path_default().posix.basename(t.key)}.md beside it`,
            });
            continue;
        }
        if (source.meta.locale === t.locale) {
            diagnostics.push({
                severity: 'error',
                ...t.start,
                message: `this translation has the locale of its source file (${source.file} sets locale: ${t.locale})`,
                hint: 'rename the file to the locale it is written in',
            });
            continue;
        }
        const twin = source.translations.find((x) => x.locale === t.locale);
        if (twin) {
            diagnostics.push({
                severity: 'error',
                ...t.start,
                message: `locale "${t.locale}" appears twice for ${source.file}: this file and ${twin.file}`,
                hint: 'keep one translation file per locale',
            });
            continue;
        }
        source.translations.push(t);
    }
    for (const a of articles.values())
        a.translations.sort((x, y) => x.locale.localeCompare(y.locale));
}
/** Articles that name no author get the config file's `default_author`, located at its line there. */
function withDefaultAuthor(articles, author) {
    if (!author)
        return articles;
    const checked = frontMatterSchema.shape.author.safeParse(author.value);
    if (!checked.success || checked.data === undefined)
        return articles;
    const value = checked.data;
    return articles.map((a) => a.meta.author !== undefined ? a : { ...a, meta: { ...a.meta, author: value }, locations: { ...a.locations, author: author.at } });
}
/** The first error in each broken `_defaults.yml` names the articles it holds back. */
function nameHeldBack(diagnostics, heldBack) {
    for (const [file, articles] of heldBack) {
        const at = diagnostics.findIndex((d) => d.file === file && d.severity === 'error');
        if (at >= 0)
            diagnostics[at] = (0,src_diagnostics/* withArticles */.YQ)(diagnostics[at], articles);
    }
}
/** Two files with the same `id` would fight over one article: an error on both, before any write. */
function duplicateIds(articles) {
    const byId = new Map();
    for (const a of articles)
        if (a.meta.id !== undefined)
            byId.set(a.meta.id, [...(byId.get(a.meta.id) ?? []), a]);
    const out = [];
    for (const [id, list] of byId) {
        if (list.length < 2)
            continue;
        for (const a of list) {
            const others = list.filter((o) => o !== a).map((o) => o.file);
            out.push({
                severity: 'error',
                ...(a.locations.id ?? a.start),
                message: `id ${id} is also claimed by ${others.join(', ')}`,
                hint: 'each article must have exactly one source file',
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/read-local.ts
/**
 * What the pipeline reads from the repository (the config file and the Markdown tree), as one
 * module so the bundle has one on-demand chunk for it: it carries the schema library and the
 * YAML parser, which load while the first Zendesk requests are in flight (see run/read.ts).
 */




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
