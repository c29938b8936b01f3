export const id = 974;
export const ids = [974];
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
