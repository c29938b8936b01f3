export const id = 789;
export const ids = [789];
export const modules = {

/***/ 9171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ writeState)
/* harmony export */ });
/* unused harmony export BODY_LIMIT */
/* harmony import */ var _remote_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6640);
/* harmony import */ var _plan_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3118);


/** Zendesk's limit on one translation's body ("approximately 1,000,000 characters"): a part of the record never goes past it. */
const BODY_LIMIT = 1_000_000;
/**
 * Saves one part of the state record: one request, an update of its article's body, or its
 * creation (a draft) when the part is new. Returns what it did.
 */
async function writeState(client, existing, state, place, shard = _plan_state_js__WEBPACK_IMPORTED_MODULE_1__/* .ROOT_SHARD */ .W5) {
    const body = (0,_plan_state_js__WEBPACK_IMPORTED_MODULE_1__/* .stateHtml */ .tL)(state, shard);
    if (body.length >= BODY_LIMIT)
        throw new Error(`part ${(0,_plan_state_js__WEBPACK_IMPORTED_MODULE_1__/* .shardLabel */ .$_)(shard)} of the state record is ${body.length} characters, over Zendesk's limit of ${BODY_LIMIT}`);
    const title = (0,_plan_state_js__WEBPACK_IMPORTED_MODULE_1__/* .stateTitle */ ._A)(state.ns ?? state.root, shard);
    if (existing) {
        await client.updateTranslation(existing.id, existing.source_locale, { title, body, draft: true });
        return 'updated';
    }
    if (!place)
        throw new Error('no section to keep the state record in (no article of this docs root exists yet)');
    await client.createArticle(place.sectionId, (0,_remote_client_js__WEBPACK_IMPORTED_MODULE_0__/* .newArticle */ .zj)({ permission_group_id: place.permissionGroupId, user_segment_id: place.userSegmentId }, [
        { locale: place.locale, title, body, draft: true },
    ]));
    return 'created';
}


/***/ }),

/***/ 5789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runNamespaceCommand: () => (/* binding */ runNamespaceCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_local_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(301);
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1974);
/* harmony import */ var _config_namespace_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(8093);
/* harmony import */ var _config_repository_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2352);
/* harmony import */ var _config_settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4661);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3916);
/* harmony import */ var _apply_state_write_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9171);
/* harmony import */ var _plan_remote_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(28);
/* harmony import */ var _plan_state_shards_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2266);
/* harmony import */ var _remote_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4778);
/* harmony import */ var _remote_client_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6640);
/* harmony import */ var _remote_snapshot_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4908);
/* harmony import */ var _report_plural_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(1190);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6657);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(1957);
















/**
 * `namespace`: this docs root's namespace and how it was chosen, and the namespaces whose
 * records the help center holds. With `--move-from OLD`, re-keys OLD's record to this
 * namespace (a renamed repository keeps its articles): a dry run unless `--yes`.
 */
async function runNamespaceCommand(flags, ctx) {
    const logger = (0,_output_js__WEBPACK_IMPORTED_MODULE_12__/* .commandLogger */ .Ay)(flags, ctx);
    const out = (line) => void ctx.stdout.write(line + '\n');
    const connection = (0,_settings_js__WEBPACK_IMPORTED_MODULE_13__/* .connectionSettings */ .Q7)(flags, ctx.env);
    const raw = { ...connection.raw, path: flags.path, mode: 'dry-run', configFile: flags.config, namespace: flags.namespace };
    (0,_output_js__WEBPACK_IMPORTED_MODULE_12__/* .maskSecrets */ .QU)(raw, logger);
    try {
        const settings = (0,_config_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .buildConfig */ .fD)(raw, { repoRoot: flags.repo ?? process.cwd(), names: connection.names });
        await (0,_config_local_js__WEBPACK_IMPORTED_MODULE_1__/* .checkLocalSettings */ .b)(settings, connection.names);
        const sources = await (0,_config_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .detectRepositories */ .sw)(settings.repoRoot, ctx.env);
        settings.repositorySources = sources;
        if (sources.candidates[0])
            settings.repository = sources.candidates[0].repository;
        const loaded = await (0,_config_file_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfigFile */ .HT)(settings);
        const problems = loaded.diagnostics.filter((d) => d.severity === 'error');
        if (problems.length) {
            for (const d of problems)
                logger.error(d.message, { file: d.file, ...(d.line ? { line: d.line } : {}) });
            return 1;
        }
        const config = loaded.config;
        const root = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(config.repoRoot, config.docsRoot).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/') || '.';
        let ns = (0,_config_namespace_js__WEBPACK_IMPORTED_MODULE_14__/* .resolveNamespace */ .uP)(config.namespace, config.repository, root);
        if (!config.zendeskUrl || !config.auth) {
            out(`namespace: ${ns.value} (${ns.how})`);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL((0,_settings_js__WEBPACK_IMPORTED_MODULE_13__/* .missingConnection */ .tp)('namespace', config, connection.names, true));
        }
        const client = new _remote_client_js__WEBPACK_IMPORTED_MODULE_10__/* .ZendeskClient */ .g9({ baseUrl: config.zendeskUrl, auth: config.auth, logger, concurrency: config.concurrency });
        const builder = new _plan_remote_index_js__WEBPACK_IMPORTED_MODULE_7__/* .RemoteIndexBuilder */ .w9();
        await (0,_remote_snapshot_js__WEBPACK_IMPORTED_MODULE_11__/* .fetchSnapshot */ .b)(client, logger, () => false, (article) => builder.add(article));
        const index = builder.build();
        // As a plan chooses it: a fork clone's remotes, `upstream` first, by which holds a record.
        if (config.namespace === undefined && !sources.fromWorkflow)
            ns = (0,_config_namespace_js__WEBPACK_IMPORTED_MODULE_14__/* .chooseNamespace */ .X6)(undefined, sources.candidates, root, (name) => index.states.has(name));
        out(`namespace: ${ns.value} (${ns.how})`);
        const rows = [
            ...[...index.states].map(([name, held]) => ({ name, label: name, held })),
            ...[...index.legacyStates].map(([r, held]) => ({ name: r, label: `${r} (record from before namespaces)`, held })),
        ];
        out(rows.length ? 'in the help center:' : 'in the help center: no records yet');
        for (const row of rows) {
            const mine = row.held.state.ns === ns.value ? ' ← this run' : '';
            out(`  ${row.label}: ${(0,_report_plural_js__WEBPACK_IMPORTED_MODULE_15__/* .plural */ .L)(Object.keys(row.held.state.articles).length, 'article')}, docs path ${row.held.state.root}${mine}`);
        }
        if (flags.moveFrom === undefined)
            return 0;
        const from = index.states.get(flags.moveFrom) ?? index.legacyStates.get(flags.moveFrom);
        if (!from) {
            logger.error(`no record of namespace ${flags.moveFrom} in the help center; the namespaces are listed above`);
            return 1;
        }
        const owner = sources.fromWorkflow
            ? undefined
            : [...sources.candidates, ...sources.others].find((c) => `${c.repository}:${root}` === flags.moveFrom);
        if (owner) {
            logger.error(`namespace ${flags.moveFrom} is this clone's ${owner.via} (${owner.repository}): moving it would take its articles from that repository's publish`);
            return 1;
        }
        if (index.states.has(ns.value)) {
            logger.error(`namespace ${ns.value} already has a record; moving ${flags.moveFrom} onto it would mix two sources`);
            return 1;
        }
        const count = (0,_report_plural_js__WEBPACK_IMPORTED_MODULE_15__/* .plural */ .L)(Object.keys(from.state.articles).length, 'article');
        if (!flags.yes) {
            const writes = (0,_report_plural_js__WEBPACK_IMPORTED_MODULE_15__/* .plural */ .L)(from.shards.size, 'write');
            out(`would move ${count} from ${flags.moveFrom} to ${ns.value} (${writes}); run again with --yes to do it`);
            return 0;
        }
        // Every part is re-keyed in its own article, with the entries it holds.
        const parts = (0,_plan_state_shards_js__WEBPACK_IMPORTED_MODULE_8__/* .partition */ .jB)(from.state.articles, new _plan_state_shards_js__WEBPACK_IMPORTED_MODULE_8__/* .ShardLayout */ .Fg([...from.shards.values()].map((s) => s.shard)));
        for (const [label, held] of from.shards)
            await (0,_apply_state_write_js__WEBPACK_IMPORTED_MODULE_6__/* .writeState */ .J)(client, held.article, { ...from.state, ns: ns.value, root, articles: parts.get(label) ?? {} }, undefined, held.shard);
        out(`moved ${count} from ${flags.moveFrom} to ${ns.value}`);
        return 0;
    }
    catch (error) {
        logger.error((0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error));
        return error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL ? 2 : (0,_remote_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .isRemoteError */ .lX)(error) ? 3 : 1;
    }
    finally {
        logger.close();
    }
}


/***/ }),

/***/ 1974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HT: () => (/* binding */ loadConfigFile)
/* harmony export */ });
/* unused harmony exports CONFIG_FILE_NAMES, configFileSchema, configJsonSchema, applyConfigFile */
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

/***/ 2352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UY: () => (/* binding */ githubForkParent),
/* harmony export */   eJ: () => (/* binding */ detectRepository),
/* harmony export */   sw: () => (/* binding */ detectRepositories)
/* harmony export */ });
/* unused harmony exports repositoryOfRemote, gitRemotes, repositorySources */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _namespace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8093);



const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** `owner/name` of a git remote's address: git@host:owner/name.git, ssh://git@host/owner/name, https://user:token@host/owner/name.git */
function repositoryOfRemote(remote) {
    const scp = /^[\w.-]+@[\w.-]+:(?!\/)(.+)$/.exec(remote);
    try {
        return (0,_namespace_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryOf */ ._M)(scp ? scp[1] : new URL(remote).pathname.replace(/^\/+/, ''));
    }
    catch {
        return undefined;
    }
}
/** Every remote of the clone at `repoRoot` with its fetch address; empty when git is missing or it is no clone. */
async function gitRemotes(repoRoot) {
    try {
        const { stdout } = await run('git', ['config', '--get-regexp', '^remote\\..*\\.url$'], { cwd: repoRoot, timeout: 10_000 });
        const remotes = new Map();
        for (const line of stdout.split('\n')) {
            const m = /^remote\.(.+)\.url (.+)$/.exec(line.trim());
            if (m && !remotes.has(m[1]))
                remotes.set(m[1], m[2]);
        }
        return remotes;
    }
    catch {
        return new Map();
    }
}
/** Pure: the candidates from the workflow's variables and the clone's remotes (see RepositorySources). */
function repositorySources(env, remotes) {
    const fromEnv = (0,_namespace_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryOf */ ._M)(env.GITHUB_REPOSITORY);
    const all = [];
    for (const [name, url] of remotes) {
        const repository = repositoryOfRemote(url);
        if (repository && !all.some((c) => c.repository === repository))
            all.push({ repository, via: `git remote "${name}"` });
    }
    const order = (c) => (c.via === 'git remote "upstream"' ? 0 : c.via === 'git remote "origin"' ? 1 : 2);
    all.sort((a, b) => order(a) - order(b));
    if (fromEnv) {
        return {
            candidates: [{ repository: fromEnv, via: 'GITHUB_REPOSITORY' }],
            others: all.filter((c) => c.repository !== fromEnv),
            fromWorkflow: true,
        };
    }
    return { candidates: all.filter((c) => order(c) < 2), others: all.filter((c) => order(c) === 2), fromWorkflow: false };
}
/**
 * The repository `repository` is a fork of, by GitHub's REST API (`GITHUB_API_URL`, else
 * api.github.com; `GITHUB_TOKEN` or `GH_TOKEN` when set, for private forks); undefined when it is
 * no fork or GitHub cannot say. Asked only when no remote of a clone finds a record.
 */
async function githubForkParent(repository, env, fetchImpl = fetch) {
    const api = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    const token = env.GITHUB_TOKEN || env.GH_TOKEN;
    try {
        const res = await fetchImpl(`${api}/repos/${repository}`, {
            headers: {
                accept: 'application/vnd.github+json',
                'user-agent': 'zendesk-guide-publisher',
                ...(token ? { authorization: `Bearer ${token}` } : {}),
            },
            signal: AbortSignal.timeout(5_000),
        });
        if (!res.ok)
            return undefined;
        const body = (await res.json());
        return body.fork ? (0,_namespace_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryOf */ ._M)(body.parent?.full_name) : undefined;
    }
    catch {
        return undefined;
    }
}
/** Edge I/O: `repositorySources` of the clone at `repoRoot`. */
async function detectRepositories(repoRoot, env) {
    return repositorySources(env, await gitRemotes(repoRoot));
}
/**
 * The repository (`owner/name`) a run's docs come from, for its default namespace: the
 * workflow's `GITHUB_REPOSITORY`, else the clone's `upstream` remote (a fork clone plans against
 * the source it came from), else `origin`; undefined when none says.
 */
async function detectRepository(repoRoot, env) {
    return (await detectRepositories(repoRoot, env)).candidates[0]?.repository;
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
        return { problem: MESSAGES[lexical], ...(lexical === 'outside' ? {} : { hint: HIDDEN_HINT }) };
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
        return { problem: MESSAGES.linkOutside };
    if (resolved)
        return { problem: MESSAGES.linkHidden, hint: HIDDEN_HINT };
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
