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
