export const id = 362;
export const ids = [362];
export const modules = {

/***/ 2362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  duplicateIds: () => (/* reexport */ duplicateIds),
  loadConfigFile: () => (/* reexport */ loadConfigFile),
  loadSource: () => (/* reexport */ loadSource)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(3836);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ../../main/node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(3493);
// EXTERNAL MODULE: ../../main/node_modules/picomatch/index.js
var picomatch = __webpack_require__(636);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/shared/globs.ts

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
    const include = picomatch_default()(anywhere(selection.include?.length ? selection.include : DEFAULT_INCLUDE), options);
    const exclude = selection.exclude?.length ? picomatch_default()(anywhere(selection.exclude), options) : () => false;
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

// EXTERNAL MODULE: ./src/shared/paths.ts
var paths = __webpack_require__(5159);
// EXTERNAL MODULE: ./src/shared/yaml.ts
var yaml = __webpack_require__(4189);
;// CONCATENATED MODULE: ./src/shared/locale-schema.ts

/** A help center locale code, lowercased: `en-us`, `fr`, `pt-br`. */
const localeSchema = schemas/* string */.YjP({ error: 'must be a locale code such as en-us' })
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/, { error: 'must be a locale code such as en-us' });

// EXTERNAL MODULE: ./src/config/namespace.ts
var namespace = __webpack_require__(4076);
// EXTERNAL MODULE: ./src/shared/local-file.ts
var local_file = __webpack_require__(506);
// EXTERNAL MODULE: ./src/shared/validate.ts
var validate = __webpack_require__(5996);
;// CONCATENATED MODULE: ./src/config/file.ts










/** Looked for at the docs root when no `config` input or `--config` flag names a file. */
const CONFIG_FILE_NAMES = ['zendesk-guide.yml', 'zendesk-guide.yaml'];
/** A config file is a handful of lines; anything near this size is not one. */
const MAX_CONFIG_BYTES = 256 * 1024;
const glob = schemas/* string */.YjP({ error: 'must be a glob pattern (text)' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .superRefine((value, ctx) => {
    const problem = globProblem(value);
    if (problem)
        ctx.addIssue({ code: 'custom', message: problem });
});
const globs = (description) => schemas/* array */.YOg(glob, { error: 'must be a list of glob patterns' }).meta({ description });
const aliasMap = (what, example) => schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* union */.KCZ([schemas/* string */.YjP().trim().min(1), schemas/* number */.aig().int().positive()], { error: 'must be a name or an id' }), {
    error: 'must be a mapping of alias: name or id',
})
    .meta({
    description: `Names usable in \`${what}\` (front matter and _defaults.yml) for a ${what.replace('_', ' ')} name or id, e.g. ${example}. Checked before the help center's own names.`,
});
const toggle = (description) => schemas/* boolean */.zMY({ error: 'must be true or false' }).meta({ description });
/**
 * `zendesk-guide.yml`: settings for the whole docs tree. The same schema validates the file
 * (errors at file:line) and generates zendesk-guide.schema.json for editors, so the two never
 * disagree. Keys are snake_case like front matter; new settings are new optional keys.
 */
const configFileSchema = schemas/* strictObject */.rej({
    default_locale: localeSchema
        .meta({
        description: 'Source locale of files that set no `locale`. The `default-locale` input or flag wins over this; the help center default applies when neither is set.',
    })
        .optional(),
    include: globs('Docs-relative glob patterns of the Markdown files that are articles. Default: every .md file.').optional(),
    exclude: globs('Docs-relative glob patterns of files or folders to leave out (e.g. "drafts/**", "README.md"). A pattern without a slash matches at any depth.').optional(),
    aliases: schemas/* strictObject */.rej({
        sections: aliasMap('section', '{ Billing: "Account & billing / Invoices" }').optional(),
        permission_groups: aliasMap('permission_group', '{ Editors: "Agents" }').optional(),
        user_segments: aliasMap('user_segment', '{ Customers: "Signed-in users" }').optional(),
    })
        .meta({ description: 'Short or stable names that stand for help center names or ids.' })
        .optional(),
    namespace: schemas/* string */.YjP({ error: 'must be text' })
        .superRefine((value, ctx) => {
        const problem = (0,namespace/* namespaceProblem */.bw)(value);
        if (problem)
            ctx.addIssue({ code: 'custom', message: problem });
    })
        .meta({
        description: "Which articles are this source's: its state record and markers carry it. Default: the repository and the docs path (acme/docs-site:docs). Set it to keep the articles of a renamed or forked repository; the namespace input or --namespace flag wins over this.",
    })
        .optional(),
    labels_mode: schemas/* enum */.k5n(['replace', 'merge'], { error: 'must be replace or merge' })
        .meta({
        description: "replace (default): the labels from front matter and _defaults.yml are an article's whole set, so labels added in Guide are removed. merge: labels added in Guide are kept.",
    })
        .optional(),
    create_sections: toggle('Create a `section:` named "Category / Section" that does not exist (and its category), and keep sections and categories described by _section.yml and _category.yml files in step with them. Needs Guide manager rights. Default false.').optional(),
    outdated_translations: schemas/* enum */.k5n(['flag', 'ignore'], { error: 'must be flag or ignore' })
        .meta({
        description: "flag (default): when an article's source body changes and a translation's file does not, the translation is marked outdated in Guide (and the flag is cleared when it is next updated). ignore: translations are never flagged.",
    })
        .optional(),
    allow_dot_paths: schemas/* array */.YOg(schemas/* string */.YjP({ error: 'must be a path (text)' })
        .trim()
        .min(1, { error: 'must not be empty' })
        .superRefine((value, ctx) => {
        const problem = (0,local_file/* allowedDotPathProblem */.gf)(value);
        if (problem)
            ctx.addIssue({ code: 'custom', message: problem });
    }), { error: 'must be a list of paths' })
        .meta({
        description: 'Repository-relative paths of dotfiles or files under dot-folders that Markdown may link to, embed or include (e.g. ".well-known/security.txt", "docs/.assets"). A folder allows everything beneath it. Everything else under a dot-folder or named as a dotfile is refused; .git/ always is.',
    })
        .optional(),
    render: schemas/* strictObject */.rej({
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
const toPosix = (p) => p.split((external_node_path_default()).sep).join('/');
/**
 * Pure: applies a parsed config file to settings. Inputs and flags already in `config` win;
 * what the file does not set keeps its default. An invalid file changes nothing and reports
 * every problem at its line.
 */
function applyConfigFile(config, parsed, file) {
    const diagnostics = [...parsed.diagnostics];
    if (!parsed.data)
        return { config, file, read: true, diagnostics };
    const { value, diagnostics: found } = (0,validate/* validateWithSchema */.C)(configFileSchema, parsed.data, {
        file,
        positions: parsed.positions,
        paths: parsed.paths,
        fallback: { line: 1, column: 1 },
        allowedKeys: Object.keys(configFileSchema.shape),
    });
    diagnostics.push(...found);
    if (!value)
        return { config, file, read: true, diagnostics };
    const at = (...p) => parsed.paths[(0,yaml/* pathKey */.Pn)(p)] ?? { line: 1, column: 1 };
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
            ...((config.namespace ?? value.namespace) !== undefined ? { namespace: config.namespace ?? value.namespace } : {}),
            createSections: config.createSections ?? value.create_sections ?? false,
            outdatedTranslations: config.outdatedTranslations ?? value.outdated_translations ?? 'flag',
            render,
            ...((config.allowDotPaths ?? value.allow_dot_paths) ? { allowDotPaths: config.allowDotPaths ?? value.allow_dot_paths } : {}),
        },
        file,
        read: true,
        diagnostics,
    };
}
async function exists(p) {
    return promises_default().stat(p).then((s) => s.isFile(), () => false);
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
            const candidate = external_node_path_default().join(config.docsRoot, name);
            if (await exists(candidate)) {
                abs = candidate;
                break;
            }
        }
    }
    if (!abs)
        return { config, file: undefined, read: false, diagnostics: [] };
    const file = toPosix(external_node_path_default().relative(config.repoRoot, abs));
    const fail = (message, hint) => ({
        config,
        file,
        read: false,
        diagnostics: [{ severity: 'error', file, line: 1, column: 1, message, ...(hint ? { hint } : {}) }],
    });
    let real;
    try {
        real = await promises_default().realpath(abs);
    }
    catch {
        return fail('the config file does not exist', 'check the `config` input or `--config` flag (relative to the repository root)');
    }
    if (!(0,paths/* isInside */.F)(await promises_default().realpath(config.repoRoot), real))
        return fail('the config file is a link to outside the repository; refusing to read it');
    const stat = await promises_default().stat(real);
    if (!stat.isFile())
        return fail('the config file is not a file');
    if (stat.size > MAX_CONFIG_BYTES)
        return fail(`the config file is ${Math.round(stat.size / 1024)} KB; a config file over ${MAX_CONFIG_BYTES / 1024} KB is refused`);
    const text = await promises_default().readFile(real, 'utf8');
    return applyConfigFile(config, (0,yaml/* parseYaml */.hN)(text, file, 1, 'the config file'), file);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(4533);
// EXTERNAL MODULE: ../../main/node_modules/zod/v4/core/core.js
var core = __webpack_require__(270);
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
/** Keys allowed both in front matter and in `_defaults.yml`. */
const inheritable = {
    section: refSchema.optional(),
    permission_group: refSchema.optional(),
    user_segment: refSchema.optional(),
    labels: labelsSchema.optional(),
    draft: schemas/* boolean */.zMY({ error: 'must be true or false' }).optional(),
    promoted: schemas/* boolean */.zMY({ error: 'must be true or false' }).optional(),
    position: schemas/* number */.aig({ error: 'must be a whole number' })
        .int({ error: 'must be a whole number' })
        .min(0, { error: 'must be 0 or more' })
        .optional(),
    comments_disabled: schemas/* boolean */.zMY({ error: 'must be true or false' }).optional(),
    locale: localeSchema.optional(),
};
const defaultsSchema = schemas/* strictObject */.rej(inheritable);
const frontMatterSchema = schemas/* strictObject */.rej({
    ...inheritable,
    title: schemas/* string */.YjP({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' }).optional(),
    id: schemas/* union */.KCZ([schemas/* number */.aig().int().positive(), schemas/* string */.YjP().regex(/^\d+$/)], { error: 'must be a Zendesk article id (a number)' })
        .transform(Number)
        .optional(),
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
        return meta === article.meta ? article : { ...article, meta };
    });
}

// EXTERNAL MODULE: ./src/shared/locale-suffix.ts
var locale_suffix = __webpack_require__(2032);
;// CONCATENATED MODULE: ./src/source/structure.ts






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

;// CONCATENATED MODULE: ./src/source/discover.ts





const discover_toPosix = (p) => p.split((external_node_path_default()).sep).join('/');
/**
 * Walks the docs root for Markdown files and `_defaults.yml` files, in a stable order. Hidden
 * folders, node_modules and what the config file excludes are skipped; a symlink that resolves
 * outside the repository is refused, never followed.
 */
async function discover(docsRoot, repoRoot, selection = {}) {
    const filter = fileFilter(selection);
    const markdown = [];
    const defaults = [];
    const structure = [];
    const diagnostics = [];
    const realRepo = await promises_default().realpath(repoRoot);
    // Paths are built from the walk rather than with path.relative per entry: a large tree has
    // thousands of entries, and relative() resolves both paths every time.
    const docsPrefix = discover_toPosix(external_node_path_default().relative(repoRoot, docsRoot));
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
            file: discover_toPosix(external_node_path_default().relative(repoRoot, docsRoot)) || '.',
            message: 'the docs folder does not exist',
            hint: 'set the `path` input (default "docs") to the folder that holds your Markdown',
        });
        return { markdown, defaults, structure, diagnostics };
    }
    const isDefaults = (name) => name === '_defaults.yml' || name === '_defaults.yaml';
    const isArticle = (name, rel) => /\.md$/i.test(name) && !name.startsWith('_') && filter.includes(rel);
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

// EXTERNAL MODULE: ./src/source/frontmatter.ts
var frontmatter = __webpack_require__(1782);
// EXTERNAL MODULE: ./src/source/types.ts
var types = __webpack_require__(2701);
;// CONCATENATED MODULE: ./src/source/load.ts













/** Larger Markdown files are almost certainly a mistake (a generated dump, a binary renamed). */
const MAX_MARKDOWN_BYTES = 1024 * 1024;
/**
 * ISO 639-1 language codes: `setup.it.md` alone is an orphan Italian translation, while
 * `node.js.md` alone is an article about Node.js.
 */
const LANGUAGES = new Set(('aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es ' +
    'et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj ' +
    'kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ' +
    'ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti ' +
    'tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu').split(' '));
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
        diagnostics.push(...found);
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
/**
 * Reads the docs tree: Markdown files with their front matter merged over folder defaults and
 * their translations paired. Every problem becomes a diagnostic; nothing here throws for bad input.
 */
async function loadSource(docsRoot, repoRoot, options = {}) {
    const found = await discover(docsRoot, repoRoot, options);
    const diagnostics = [...found.diagnostics];
    if (found.markdown.length === 0 && found.diagnostics.length === 0) {
        diagnostics.push({
            severity: 'warning',
            file: external_node_path_default().relative(repoRoot, docsRoot).split((external_node_path_default()).sep).join('/') || '.',
            message: 'no Markdown files found',
            hint: options.include?.length || options.exclude?.length
                ? 'check include and exclude in the config file'
                : 'articles are .md files beneath the docs folder',
        });
    }
    const defaultsByDir = await readDefaults(found.defaults, diagnostics);
    const { files: structure, brokenSections } = await readStructureFiles(found.structure, diagnostics);
    const relSet = new Set(found.markdown.map((f) => f.rel.toLowerCase()));
    const articles = new Map();
    const pendingTranslations = [];
    // Keys of source files that failed to load: their translations are not orphans.
    const broken = new Map();
    const markBroken = (key) => broken.set(key.toLowerCase(), key);
    for (const f of found.markdown) {
        const start = { file: f.file, line: 1, column: 1 };
        const { base, locale } = (0,locale_suffix/* splitLocaleSuffix */.G)(f.rel);
        // `name.fr.md` is a translation when `name.md` is beside it; a language-code suffix without
        // its source is an orphan translation, while `node.js.md` alone is just an article.
        const isTranslation = locale !== undefined && (relSet.has(`${base}.md`.toLowerCase()) || LANGUAGES.has(locale.split('-')[0]));
        const failed = (d) => {
            diagnostics.push({ severity: 'error', ...start, ...d });
            if (!isTranslation)
                markBroken(f.rel.replace(/\.md$/i, ''));
        };
        // One synchronous read per file: for thousands of small files that is several times
        // cheaper than stat + open + read + close round trips through the thread pool.
        let bytes;
        try {
            bytes = (0,external_node_fs_.readFileSync)(f.absPath);
        }
        catch (error) {
            failed({ message: `cannot read the file: ${(0,errors/* errorMessage */.gJ)(error)}` });
            continue;
        }
        if (bytes.byteLength > MAX_MARKDOWN_BYTES) {
            failed({
                message: `file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; Markdown files over ${MAX_MARKDOWN_BYTES / 1024 / 1024} MB are refused`,
            });
            continue;
        }
        const text = bytes.toString('utf8');
        if (text.includes('\u0000')) {
            failed({ message: 'not a text file (it contains NUL bytes)', hint: 'a Markdown file must be UTF-8 text' });
            continue;
        }
        const split = (0,frontmatter/* splitFrontMatter */.v)(text);
        if (split.unclosed) {
            failed({
                message: 'front matter is not closed',
                hint: 'end it with a line of three dashes (---); a thematic break at the very top needs a blank line before it',
            });
            continue;
        }
        const parsed = split.yaml === undefined ? { data: {}, positions: {}, paths: {}, diagnostics: [] } : (0,yaml/* parseYaml */.hN)(split.yaml, f.file, split.yamlLine);
        diagnostics.push(...parsed.diagnostics);
        // Unreadable YAML still leaves a body to check for broken images and links.
        const data = parsed.data ?? {};
        const unreadable = parsed.data ? {} : { invalidKeys: [types/* ALL_KEYS_INVALID */.p] };
        const fallback = { line: split.yamlLine, column: 1 };
        // Written out rather than spread from a shared part: on Node 20, `{ ...common, key }` gave
        // each of 40,000 files its own hidden class (14 MB for the largest help center); Node 24
        // shares one. The same holds for the translation below.
        const { file, absPath } = f;
        const { body, bodyLine } = split;
        if (isTranslation) {
            const checked = (0,validate/* validateWithSchema */.C)(translationFrontMatterSchema, data, {
                file: f.file,
                positions: parsed.positions,
                paths: parsed.paths,
                fallback,
                allowedKeys: Object.keys(translationFrontMatterSchema.shape),
            });
            const metadataKeys = checked.unknownKeys.filter((k) => FRONT_MATTER_KEYS.includes(k));
            for (const d of checked.diagnostics) {
                if (metadataKeys.some((k) => d.message === `unknown key "${k}"`)) {
                    d.hint = 'a translation takes only title and draft; set metadata in the source file';
                }
            }
            diagnostics.push(...checked.diagnostics);
            const value = checked.value ?? checked.partial;
            if (!value)
                continue;
            pendingTranslations.push({
                file,
                absPath,
                body,
                bodyLine,
                start,
                key: base,
                locale: locale,
                title: value.title,
                draft: value.draft,
                locations: locate(f.file, parsed.positions),
                ...(checked.value ? unreadable : { invalidKeys: checked.badKeys }),
            });
            continue;
        }
        const checked = (0,validate/* validateWithSchema */.C)(frontMatterSchema, data, {
            file: f.file,
            positions: parsed.positions,
            paths: parsed.paths,
            fallback,
            allowedKeys: FRONT_MATTER_KEYS,
        });
        diagnostics.push(...checked.diagnostics);
        const key = f.rel.replace(/\.md$/i, '');
        // With its invalid keys left out, the file is still read on: its other errors (names,
        // images, links) are reported in the same run.
        const value = checked.value ?? checked.partial;
        if (!value) {
            markBroken(key);
            continue;
        }
        const defaults = inherited(external_node_path_default().posix.dirname(f.rel), defaultsByDir);
        if ('broken' in defaults) {
            markBroken(key);
            continue;
        }
        const merged = defaults;
        mergeInto(merged, value, locate(f.file, parsed.positions));
        const other = articles.get(key.toLowerCase());
        if (other) {
            // On a case-insensitive checkout (macOS, Windows) these would be one file; here they would be one article.
            diagnostics.push({
                severity: 'error',
                ...start,
                message: `this file and ${other.file} differ only in letter case`,
                hint: 'rename or merge one of them',
            });
            continue;
        }
        articles.set(key.toLowerCase(), {
            file,
            absPath,
            body,
            bodyLine,
            start,
            key,
            meta: merged.value,
            locations: merged.locations,
            translations: [],
            ...(checked.value ? unreadable : { invalidKeys: checked.badKeys }),
        });
    }
    for (const t of pendingTranslations) {
        const source = articles.get(t.key.toLowerCase());
        if (!source && broken.has(t.key.toLowerCase()))
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
    const list = applyAliases([...articles.values()], options.aliases);
    assignSections(list, structure, brokenSections);
    return { articles: list, diagnostics, failedKeys: [...broken.values()].sort(), structure };
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
 * YAML parser, which load while the first Zendesk requests are in flight (see pipeline.ts).
 */




/***/ }),

/***/ 5996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ validateWithSchema),
/* harmony export */   j: () => (/* binding */ formatPath)
/* harmony export */ });
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4189);


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
                const hint = allowed.length ? ((0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .a)(key, allowed) ?? `allowed keys: ${allowed.join(', ')}`) : undefined;
                diagnostics.push({
                    severity: 'error',
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

/***/ 4189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pn: () => (/* binding */ pathKey),
/* harmony export */   hN: () => (/* binding */ parseYaml)
/* harmony export */ });
/* unused harmony exports parseYamlDocument, parseSimpleYaml */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3645);

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


/***/ })

};
