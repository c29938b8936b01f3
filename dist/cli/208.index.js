export const id = 208;
export const ids = [208];
export const modules = {

/***/ 4208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  duplicateIds: () => (/* reexport */ duplicateIds),
  loadConfigFile: () => (/* reexport */ file/* loadConfigFile */.HT),
  loadSource: () => (/* reexport */ loadSource)
});

// EXTERNAL MODULE: ./src/config/file.ts
var file = __webpack_require__(9777);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(4533);
// EXTERNAL MODULE: ../../main/node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(3493);
// EXTERNAL MODULE: ../../main/node_modules/zod/v4/core/core.js
var core = __webpack_require__(270);
// EXTERNAL MODULE: ./src/shared/locale-schema.ts
var locale_schema = __webpack_require__(2818);
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
    locale: locale_schema/* localeSchema */._.optional(),
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
// EXTERNAL MODULE: ./src/shared/globs.ts
var globs = __webpack_require__(6715);
// EXTERNAL MODULE: ./src/shared/paths.ts
var paths = __webpack_require__(7540);
// EXTERNAL MODULE: ./src/shared/validate.ts
var validate = __webpack_require__(5996);
// EXTERNAL MODULE: ./src/shared/yaml.ts
var yaml = __webpack_require__(4189);
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




/***/ })

};
