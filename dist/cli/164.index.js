export const id = 164;
export const ids = [164];
export const modules = {

/***/ 8164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runReportCommand: () => (/* binding */ runReportCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/source/frontmatter.ts
var frontmatter = __webpack_require__(8743);
;// CONCATENATED MODULE: ./src/apply/writeback.ts



/**
 * Adds `id: <n>` to the front matter of files whose article was just created, leaving every
 * other byte as it was. Ids make identity survive anything (renames, moves, a changed docs
 * root); without them the marker still prevents duplicates, so this is an opt-in convenience.
 * Returns the repo-relative files it changed; the workflow commits them.
 */
async function writeBackIds(newIds, repoRoot) {
    const changed = [];
    for (const [file, id] of Object.entries(newIds).sort(([a], [b]) => a.localeCompare(b))) {
        const abs = external_node_path_default().resolve(repoRoot, file);
        const text = await promises_default().readFile(abs, 'utf8');
        const updated = withId(text, id);
        if (updated !== text) {
            await promises_default().writeFile(abs, updated);
            changed.push(file);
        }
    }
    return changed;
}
/** The file's text with `id:` as the first front matter key (unchanged if it has one). */
function withId(text, id) {
    const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
    const body = bom ? text.slice(1) : text;
    const eol = body.includes('\r\n') ? '\r\n' : '\n';
    // The same reading of the fences as the source stage, so the id lands where it is read.
    const split = (0,frontmatter/* splitFrontMatter */.v)(text);
    if (split.unclosed)
        return text;
    if (split.yaml === undefined)
        return `${bom}---${eol}id: ${id}${eol}---${eol}${body}`;
    if (/^id[ \t]*:/m.test(split.yaml))
        return text;
    const afterFence = body.indexOf('\n') + 1;
    return `${bom}${body.slice(0, afterFence)}id: ${id}${eol}${body.slice(afterFence)}`;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/shared/paths.ts
var paths = __webpack_require__(405);
// EXTERNAL MODULE: ./src/config/names.ts
var config_names = __webpack_require__(6234);
;// CONCATENATED MODULE: ./src/config/local.ts





const toPosix = (p) => p.split((external_node_path_default()).sep).join('/');
async function statOf(p) {
    return promises_default().stat(p).catch(() => undefined);
}
async function isEmptyFolder(p) {
    return promises_default().readdir(p).then((entries) => entries.length === 0, () => false);
}
/**
 * Checks that the repository, the docs folder and a named config file are where the settings
 * say, before the pipeline sends its first request: a typo in a path is a settings error (exit
 * 2, one clear message naming the flag or input), not a raw ENOENT or a finding that arrives
 * after the help center was read. The config file found by default (`<docs>/zendesk-guide.yml`)
 * is optional and not checked here.
 */
async function checkLocalSettings(config, names = config_names/* ACTION_NAMES */.G) {
    const repo = await statOf(config.repoRoot);
    if (!repo)
        throw new errors/* ConfigError */.xL(`${names.repo} "${config.repoRoot}": no such folder`);
    if (!repo.isDirectory())
        throw new errors/* ConfigError */.xL(`${names.repo} "${config.repoRoot}" is not a folder`);
    const realRepo = await promises_default().realpath(config.repoRoot);
    const rel = (abs) => toPosix(external_node_path_default().relative(config.repoRoot, abs)) || '.';
    // The commonest cause of a missing docs folder in a workflow is a job without a checkout step.
    const emptyRepo = async () => (await isEmptyFolder(config.repoRoot)) ? `; ${config.repoRoot} is empty: is the repository checked out?` : '';
    const docs = await statOf(config.docsRoot);
    if (!docs) {
        throw new errors/* ConfigError */.xL(`${names.path} "${rel(config.docsRoot)}": no such folder in the repository (${config.repoRoot})${await emptyRepo()}`);
    }
    if (!docs.isDirectory())
        throw new errors/* ConfigError */.xL(`${names.path} "${rel(config.docsRoot)}" is not a folder`);
    await refuseOutside(config.docsRoot, realRepo, `${names.path} "${rel(config.docsRoot)}"`);
    if (config.configFile) {
        const file = await statOf(config.configFile);
        if (!file) {
            throw new errors/* ConfigError */.xL(`${names.configFile} "${rel(config.configFile)}": no such file in the repository (${config.repoRoot}; the path is relative to it)`);
        }
        if (!file.isFile())
            throw new errors/* ConfigError */.xL(`${names.configFile} "${rel(config.configFile)}" is not a file`);
        await refuseOutside(config.configFile, realRepo, `${names.configFile} "${rel(config.configFile)}"`);
    }
}
/** A path inside the repository can still be a symbolic link to elsewhere; nothing outside is read. */
async function refuseOutside(abs, realRepo, what) {
    const real = await promises_default().realpath(abs);
    if (!(0,paths/* isInside */.F)(realRepo, real))
        throw new errors/* ConfigError */.xL(`${what} is a link to ${real}, outside the repository; refusing to read it`);
}

// EXTERNAL MODULE: ./src/config/settings.ts
var settings = __webpack_require__(4661);
// EXTERNAL MODULE: ./src/pipeline.ts + 23 modules
var pipeline = __webpack_require__(8643);
// EXTERNAL MODULE: ./src/report/markdown.ts + 1 modules
var markdown = __webpack_require__(1601);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
// EXTERNAL MODULE: ./src/report/plural.ts
var plural = __webpack_require__(1190);
// EXTERNAL MODULE: ./src/report/rows.ts
var rows = __webpack_require__(6425);
// EXTERNAL MODULE: ./src/report/diff.ts
var diff = __webpack_require__(227);
;// CONCATENATED MODULE: ./src/report/text.ts



const PLAIN = { kind: (_k, t) => t, verdict: (_ok, t) => t, dim: (t) => t };
/** Plain text for the log. */
function renderText(report, style = PLAIN) {
    const ok = !report.error && !report.blocked && report.counts.failed === 0;
    const lines = [style.verdict(ok, (0,markdown/* verdict */.WJ)(report))];
    const classified = (0,rows/* classifyRows */.E4)(report);
    for (const { row, kind } of classified) {
        if (kind === 'unchanged')
            continue;
        const label = (0,rows/* rowLabel */.xZ)(kind, report).replace(/^\S+ /, '');
        const detail = row.error ?? [(0,markdown/* driftText */.LU)(row, report), ...row.reasons].filter(Boolean).join('; ');
        lines.push(`  ${style.kind(kind, label.padEnd(11))} ${row.file ?? row.key}${row.articleId ? ` (#${row.articleId})` : ''}${detail ? style.dim(` — ${detail}`) : ''}`);
        for (const d of row.diffs ?? [])
            lines.push(...(0,diff/* diffText */.NI)(d, report.onDrift, '      '));
        if (row.diffsLeftOut)
            lines.push(`      (the text that changes in ${row.diffsLeftOut} more translation(s) is over the report's cap)`);
    }
    const unchanged = classified.filter((c) => c.kind === 'unchanged').length;
    if (unchanged)
        lines.push(`  ${style.kind('unchanged', `${unchanged} unchanged`)}`);
    lines.push(style.dim(`  ${report.requests.total} Zendesk requests, ${report.requests.rateLimited} rate-limited`));
    return lines.join('\n');
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/report/write.ts



/** Where the JSON report goes: the runner's temp folder, or the system's. */
function defaultReportPath() {
    return path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'zendesk-guide-publisher', 'report.json');
}
async function writeJsonReport(report, file) {
    await promises_default().mkdir(external_node_path_default().dirname(file), { recursive: true });
    await promises_default().writeFile(file, JSON.stringify(report, null, 2) + '\n');
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/github/context.ts

const nonEmpty = (v) => (v && v.trim() !== '' ? v.trim() : undefined);
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
/** Pulls the PR out of a `pull_request`/`pull_request_target` (or any event that carries one) payload. */
function pullRequestFromPayload(payload) {
    if (!isObject(payload) || !isObject(payload.pull_request))
        return undefined;
    const pr = payload.pull_request;
    const number = typeof pr.number === 'number' ? pr.number : typeof payload.number === 'number' ? payload.number : undefined;
    const head = isObject(pr.head) ? pr.head : {};
    const base = isObject(pr.base) ? pr.base : {};
    const headSha = str(head.sha);
    if (number === undefined || !headSha)
        return undefined;
    const headRepo = isObject(head.repo) ? str(head.repo.full_name) : undefined;
    const baseRepo = isObject(base.repo) ? str(base.repo.full_name) : undefined;
    // A deleted fork leaves head.repo null; treat it as a fork, the token is read-only either way.
    const fork = headRepo === undefined || (baseRepo !== undefined && headRepo.toLowerCase() !== baseRepo.toLowerCase());
    return { number, headSha, baseRef: str(base.ref), fork, htmlUrl: str(pr.html_url) };
}
/** Reads GITHUB_* variables and the event payload; never throws, a broken payload is reported instead. */
async function readGitHubContext(env = process.env) {
    const serverUrl = (nonEmpty(env.GITHUB_SERVER_URL) ?? 'https://github.com').replace(/\/+$/, '');
    const apiUrl = (nonEmpty(env.GITHUB_API_URL) ?? 'https://api.github.com').replace(/\/+$/, '');
    const [owner, repo] = (nonEmpty(env.GITHUB_REPOSITORY) ?? '').split('/');
    let payload;
    let payloadProblem;
    const eventPath = nonEmpty(env.GITHUB_EVENT_PATH);
    if (eventPath) {
        try {
            payload = JSON.parse(await promises_default().readFile(eventPath, 'utf8'));
        }
        catch (error) {
            payloadProblem = `could not read the event payload ${eventPath}: ${error instanceof Error ? error.message : String(error)}`;
        }
    }
    const pullRequest = pullRequestFromPayload(payload);
    const runId = nonEmpty(env.GITHUB_RUN_ID);
    const hasRepo = Boolean(owner && repo);
    const attempt = nonEmpty(env.GITHUB_RUN_ATTEMPT);
    return {
        eventName: nonEmpty(env.GITHUB_EVENT_NAME),
        serverUrl,
        apiUrl,
        owner: hasRepo ? owner : undefined,
        repo: hasRepo ? repo : undefined,
        sha: pullRequest?.headSha ?? nonEmpty(env.GITHUB_SHA),
        refName: nonEmpty(env.GITHUB_REF_NAME),
        pullRequest,
        runUrl: hasRepo && runId
            ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`
            : undefined,
        payloadProblem,
    };
}
/** `https://github.com/acme/docs`, or undefined outside a workflow. */
function repositoryUrl(ctx) {
    return ctx.owner && ctx.repo ? `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}` : undefined;
}
/** Base of blob links at the run's commit: `{server}/{owner}/{repo}/blob/{sha}`. */
function context_blobBaseUrl(ctx) {
    const repoUrl = repositoryUrl(ctx);
    return repoUrl && ctx.sha ? `${repoUrl}/blob/${ctx.sha}` : undefined;
}

;// CONCATENATED MODULE: ./src/action/run-context.ts


/**
 * The docs root relative to the repository, forward slashes. Computed from the raw input too, so
 * a run that fails before its config is valid still finds (and updates) the same sticky comment.
 */
function docsPathOf(repoRoot, docsRoot) {
    return path.relative(path.resolve(repoRoot), path.resolve(repoRoot, docsRoot)).split(path.sep).join('/') || '.';
}
function reportContextOf(inputs, docsPath, gh) {
    const requested = inputs.mode?.trim() || 'auto';
    return {
        requestedMode: requested === 'dry-run' || requested === 'publish' ? requested : 'auto',
        eventName: gh.eventName,
        docsPath,
        commit: gh.sha,
        blobBaseUrl: blobBaseUrl(gh),
        runUrl: gh.runUrl,
        forkPullRequest: gh.pullRequest?.fork ?? false,
        ...(inputs.previewUrl ? { previewUrl: inputs.previewUrl } : {}),
    };
}
/**
 * Where "edit this article on GitHub" links point: the branch a publish comes from. On a pull
 * request that is the base branch, so the preview plans the same footer the merge will write.
 */
function provenanceOf(gh) {
    const repoUrl = repositoryUrl(gh);
    const ref = gh.pullRequest ? gh.pullRequest.baseRef : (gh.refName ?? gh.sha);
    return repoUrl && ref ? { repoUrl, ref } : undefined;
}
/** "dry run (mode: auto on pull_request)" for the log's first line. */
function modeSummary(config, ctx) {
    const name = config.mode === 'dry-run' ? 'dry run' : 'publish';
    const why = ctx.requestedMode === 'auto' ? `mode: auto on ${ctx.eventName ?? 'an unknown'} event` : `mode: ${ctx.requestedMode}`;
    const effect = config.mode === 'dry-run' ? '; nothing will be written to Zendesk' : '';
    return `Mode: ${name} (${why})${effect}`;
}

;// CONCATENATED MODULE: ./src/cli/provenance.ts





const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** One line of git's output, or undefined when git is missing, fails, or says nothing. */
async function git(cwd, args) {
    try {
        const { stdout } = await run('git', args, { cwd, timeout: 10_000 });
        return stdout.trim() || undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The web address of a repository from its git remote: `git@github.com:acme/docs.git`,
 * `ssh://git@github.com/acme/docs`, `https://user:token@github.com/acme/docs.git` all give
 * `https://github.com/acme/docs`. User names and tokens in the remote never get through: the
 * address is written into every published article.
 */
function webUrlOfRemote(remote) {
    const scp = /^[\w.-]+@([\w.-]+):(?!\/)(.+?)(?:\.git)?\/?$/.exec(remote);
    if (scp)
        return `https://${scp[1]}/${scp[2]}`;
    let url;
    try {
        url = new URL(remote);
    }
    catch {
        return undefined;
    }
    if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol))
        return undefined;
    const repoPath = url.pathname.replace(/\/+$/, '').replace(/\.git$/, '');
    if (!/^\/[^/]+\/[^/]+/.test(repoPath))
        return undefined;
    // An ssh or git port is not the web server's.
    const host = url.protocol === 'https:' || url.protocol === 'http:' ? url.host : url.hostname;
    return `https://${host}${repoPath}`;
}
/**
 * Where `--provenance` footers link: in a GitHub workflow the same as the action (the run's
 * repository and branch); elsewhere the clone's `origin` remote and its checked-out branch (or
 * commit). Settles before any request, so a clone without a remote is a settings error.
 */
async function provenanceFromRepository(repoRoot, env) {
    let found;
    if (env.GITHUB_REPOSITORY)
        found = provenanceOf(await readGitHubContext(env));
    if (!found) {
        const remote = await git(repoRoot, ['remote', 'get-url', 'origin']);
        const repoUrl = remote ? webUrlOfRemote(remote) : undefined;
        const ref = (await git(repoRoot, ['symbolic-ref', '--quiet', '--short', 'HEAD'])) ?? (await git(repoRoot, ['rev-parse', 'HEAD']));
        if (!repoUrl || !ref) {
            const why = !remote
                ? 'this folder is not a git clone with an "origin" remote'
                : !repoUrl
                    ? 'the "origin" remote is not an address on a git web host'
                    : 'no branch or commit is checked out';
            throw new errors/* ConfigError */.xL(`--provenance links each article to its file on GitHub, but ${why}: run it in a clone of the repository, or leave --provenance out`);
        }
        found = { repoUrl, ref };
    }
    // Files are named relative to --repo; when that is a folder inside the clone, links need the
    // folder too. `blob/<ref>/<folder>/<file>` is how GitHub spells it, so it rides on the ref.
    const prefix = (await git(repoRoot, ['rev-parse', '--show-prefix']))?.replace(/\/+$/, '');
    return prefix ? { ...found, ref: `${found.ref}/${prefix}` } : found;
}

// EXTERNAL MODULE: ./src/cli/settings.ts
var cli_settings = __webpack_require__(1957);
// EXTERNAL MODULE: ./src/cli/terminal.ts + 1 modules
var terminal = __webpack_require__(3417);
// EXTERNAL MODULE: ./node_modules/picocolors/picocolors.js
var picocolors = __webpack_require__(7336);
var picocolors_default = /*#__PURE__*/__webpack_require__.n(picocolors);
// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(7485);
;// CONCATENATED MODULE: ./src/cli/run.ts
















/** `--json -` prints the report; anything else starting with `-` is a flag that took its place. */
function checkOutputFlags(flags) {
    if (flags.json !== undefined && flags.json !== '-' && (flags.json === '' || flags.json.startsWith('-'))) {
        throw new usage/* UsageError */.e(`--json needs a file name, or - for standard output (got "${flags.json}")`);
    }
    if (flags.json === '-' && flags.markdown) {
        throw new usage/* UsageError */.e('--json - and --markdown both print to standard output: write the JSON to a file (--json report.json)');
    }
}
/**
 * `validate`, `plan` and `publish`: one pipeline run, then the report wherever it was asked for.
 * `validate` never reads credentials and asks the pipeline not to go online at all.
 */
async function runReportCommand(command, flags, ctx) {
    checkOutputFlags(flags);
    const { env } = ctx;
    const jsonToStdout = flags.json === '-';
    // Standard output carries the JSON when asked to; the text then goes with the log.
    const textStream = jsonToStdout ? ctx.stderr : ctx.stdout;
    const logger = (0,terminal/* createTerminalLogger */.nH)({
        stream: ctx.stderr,
        rich: (0,terminal/* isRichTerminal */.Jn)(ctx.stderr, env),
        verbose: flags.verbose ?? false,
        quiet: flags.quiet ?? false,
    });
    const offline = command === 'validate';
    const connection = offline ? { raw: {}, names: { ...config_names/* CLI_NAMES */.Q } } : (0,cli_settings/* connectionSettings */.Q)(flags, env);
    const raw = {
        ...connection.raw,
        path: flags.path,
        mode: command === 'publish' ? 'publish' : 'dry-run',
        defaultLocale: flags.defaultLocale,
        archiveRemoved: flags.archiveRemoved ?? false,
        maxArchive: flags.maxArchive,
        onDrift: flags.onDrift,
        concurrency: flags.concurrency,
        configFile: flags.config,
    };
    for (const secret of [raw.oauthClientSecret, raw.oauthToken, raw.apiToken])
        if (secret)
            logger.setSecret(secret);
    const started = Date.now();
    let config;
    let report;
    try {
        config = (0,settings/* buildConfig */.fD)(raw, { repoRoot: flags.repo ?? process.cwd(), names: connection.names });
        // Before the first request: a missing repository, docs folder or config file is a usage error.
        await checkLocalSettings(config, connection.names);
        if (flags.provenance)
            config.provenance = await provenanceFromRepository(config.repoRoot, env);
        if (command === 'preview') {
            // Loaded on demand: the preview's page templates and highlighter serve no other command.
            const { runPreview, DEFAULT_PREVIEW_DIR } = await Promise.all(/* import() */[__webpack_require__.e(695), __webpack_require__.e(435), __webpack_require__.e(826), __webpack_require__.e(185)]).then(__webpack_require__.bind(__webpack_require__, 6185));
            report = await runPreview(config, logger, { out: flags.out ?? DEFAULT_PREVIEW_DIR, open: flags.open ?? false });
        }
        else {
            report = await (0,pipeline/* runPipeline */.a)(config, logger, { offline });
        }
    }
    catch (error) {
        const known = config ?? (0,settings/* settingsSoFar */.hT)(raw, undefined);
        report = (0,model/* failedReport */.kS)(error, {
            ...known,
            offline: offline || (config ? !(config.zendeskUrl && config.auth) : false),
            durationMs: Date.now() - started,
        });
        logger.error(report.error.message);
    }
    logger.close();
    let code = (0,pipeline/* exitCodeOf */.F)(report);
    if (flags.json !== undefined) {
        try {
            if (jsonToStdout)
                ctx.stdout.write(JSON.stringify(report, null, 2) + '\n');
            else
                await writeJsonReport(report, flags.json);
        }
        catch (error) {
            logger.error(`could not write the JSON report to ${flags.json}: ${(0,errors/* errorMessage */.gJ)(error)}`);
            // The run may have gone well; the report asked for is missing all the same: a usage problem.
            if (code === 0)
                code = 2;
        }
    }
    if (!report.error && flags.writeBackIds && Object.keys(report.newIds).length) {
        try {
            const changed = await writeBackIds(report.newIds, config.repoRoot);
            logger.info(`wrote ids into ${changed.length} file(s): ${changed.join(', ')}`);
        }
        catch (error) {
            logger.error(`could not write the new ids into the files: ${(0,errors/* errorMessage */.gJ)(error)}`);
            if (code === 0)
                code = 1;
        }
    }
    // Markdown is asked for to be posted somewhere, where a failure must replace an older report;
    // the text of a failed run is its error, which the log already has.
    const colors = picocolors_default().createColors((0,terminal/* isRichTerminal */.Jn)(textStream, env));
    if (flags.markdown)
        ctx.stdout.write((0,markdown/* renderReportMarkdown */.Ay)(report) + '\n');
    else if (!report.error && !flags.quiet) {
        textStream.write((command === 'validate' ? validateSummary(report, colors) : renderText(report, textStyle(colors))) + '\n');
    }
    return code;
}
const KIND_COLOR = {
    error: 'red',
    drifted: 'yellow',
    create: 'green',
    update: 'cyan',
    translation: 'cyan',
    attachments: 'cyan',
    archive: 'magenta',
    rendered: 'blue',
    unchanged: 'dim',
};
function textStyle(c) {
    return {
        kind: (kind, text) => c[KIND_COLOR[kind]](text),
        verdict: (ok, text) => c.bold(ok ? c.green(text) : c.red(text)),
        dim: (text) => c.dim(text),
    };
}
/** One line for a pre-commit hook, after the diagnostics: what is wrong, or how much is right. */
function validateSummary(report, c) {
    const errors = report.diagnostics.filter((d) => d.severity === 'error');
    const warnings = report.diagnostics.length - errors.length;
    const warned = warnings ? `, ${(0,plural/* plural */.L)(warnings, 'warning')}` : '';
    if (!errors.length)
        return c.green(`✓ ${(0,plural/* plural */.L)(report.rows.length, 'article')} checked: no errors${warned}.`);
    // A file with errors is no article yet, so only the files are counted.
    const files = new Set(errors.map((d) => d.file)).size;
    return c.red(`✗ ${(0,plural/* plural */.L)(errors.length, 'error')} in ${(0,plural/* plural */.L)(files, 'file')}${warned}.`);
}


/***/ }),

/***/ 1957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ connectionSettings)
/* harmony export */ });
/* unused harmony export ENVIRONMENT */
/* harmony import */ var _config_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6234);

/**
 * Each setting that an environment variable can give, with its flag. One row each: the order of
 * precedence (flag, then variable, then the config file) is applied here and nowhere else.
 */
const ENVIRONMENT = [
    { setting: 'zendeskUrl', flag: 'zendeskUrl', variable: 'ZENDESK_URL' },
    { setting: 'zendeskSubdomain', flag: 'zendeskSubdomain', variable: 'ZENDESK_SUBDOMAIN' },
    { setting: 'oauthClientId', flag: 'zendeskOauthClientId', variable: 'ZENDESK_OAUTH_CLIENT_ID' },
    { setting: 'oauthClientSecret', flag: 'zendeskOauthClientSecret', variable: 'ZENDESK_OAUTH_CLIENT_SECRET' },
    { setting: 'oauthToken', flag: 'zendeskOauthToken', variable: 'ZENDESK_OAUTH_TOKEN' },
    { setting: 'email', flag: 'zendeskEmail', variable: 'ZENDESK_EMAIL' },
    { setting: 'apiToken', flag: 'zendeskApiToken', variable: 'ZENDESK_API_TOKEN' },
];
/**
 * The Zendesk settings from flags, else from the environment, and how errors must name each: a
 * setting given through the environment is named by its variable, not by a flag the user never
 * typed.
 */
function connectionSettings(flags, env) {
    const names = { ..._config_names_js__WEBPACK_IMPORTED_MODULE_0__/* .CLI_NAMES */ .Q };
    const raw = {};
    for (const row of ENVIRONMENT) {
        const flag = flags[row.flag];
        const fromEnv = env[row.variable];
        if (flag === undefined && fromEnv !== undefined)
            names[row.setting] = row.variable;
        raw[row.setting] = flag ?? fromEnv;
    }
    return { raw, names };
}


/***/ }),

/***/ 3417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nH: () => (/* binding */ createTerminalLogger),
  Jn: () => (/* binding */ isRichTerminal)
});

// UNUSED EXPORTS: isCi

// EXTERNAL MODULE: ./node_modules/log-update/index.js + 20 modules
var log_update = __webpack_require__(6279);
// EXTERNAL MODULE: ./node_modules/picocolors/picocolors.js
var picocolors = __webpack_require__(7336);
var picocolors_default = /*#__PURE__*/__webpack_require__.n(picocolors);
;// CONCATENATED MODULE: ./src/logger.ts
/** Replaces every registered secret in `text` with `***`, longest first so overlaps stay masked. */
function redact(text, secrets) {
    let out = text;
    const sorted = [...secrets].filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
    for (const secret of sorted)
        out = out.split(secret).join('***');
    return out;
}
/** A logger for the CLI and for tests: plain lines on a stream, secrets masked. */
function createConsoleLogger(options = {}) {
    const secrets = new Set();
    const write = options.write ?? ((line) => process.stderr.write(line + '\n'));
    const out = (line) => write(redact(line, secrets));
    const where = (loc) => loc?.file ? `${loc.file}${loc.line ? `:${loc.line}${loc.column ? `:${loc.column}` : ''}` : ''}: ` : '';
    return {
        secrets,
        info: (m) => out(m),
        warning: (m, loc) => out(`warning: ${where(loc)}${m}`),
        error: (m, loc) => out(`error: ${where(loc)}${m}`),
        debug: (m) => {
            if (options.verbose)
                out(`debug: ${m}`);
        },
        setSecret: (v) => {
            if (v)
                secrets.add(v);
        },
        group: async (name, fn) => {
            out(`── ${name}`);
            return fn();
        },
    };
}

// EXTERNAL MODULE: ./src/report/plural.ts
var plural = __webpack_require__(1190);
;// CONCATENATED MODULE: ./src/cli/terminal.ts




const isSet = (v) => v !== undefined && v !== '';
/** `CI=true` is what GitHub, GitLab, CircleCI and most others set; `CI=false` or `0` turns it off. */
function isCi(env) {
    const ci = env.CI?.trim().toLowerCase();
    return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}
/**
 * Whether a stream gets colour and a display redrawn in place: only a terminal, and not when the
 * user asked for none (NO_COLOR, no-color.org), in CI (whose log viewers keep every redraw as a
 * line) or on a terminal that cannot move its cursor (TERM=dumb).
 */
function isRichTerminal(stream, env) {
    return stream.isTTY === true && !isSet(env.NO_COLOR) && !isCi(env) && env.TERM !== 'dumb';
}
const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const TICK_MS = 100;
const BAR_WIDTH = 24;
const capitalized = (s) => s.charAt(0).toUpperCase() + s.slice(1);
/**
 * The CLI's logger. Log lines are the same words in every mode (tests and scripts read them); a
 * rich terminal adds colour and one live area under them, redrawn in place by log-update: the
 * step in progress, a bar while articles are written, and a countdown while Zendesk's rate limit
 * makes everyone wait. Anywhere else, progress comes as a few plain lines.
 */
function createTerminalLogger(options) {
    const { stream, rich, quiet = false, verbose = false } = options;
    const now = options.now ?? Date.now;
    const c = picocolors_default().createColors(rich);
    const secrets = new Set();
    const live = rich ? (0,log_update/* createLogUpdate */.SY)(stream) : undefined;
    let phase;
    let work;
    let waitUntil = 0;
    let waitReason = '';
    let frame = 0;
    let shown = false;
    let everShown = false;
    let timer;
    const clean = (text) => redact(text, secrets);
    function line(text) {
        if (live && shown) {
            live.persist(clean(text));
            shown = false;
            draw();
        }
        else {
            stream.write(clean(text) + '\n');
        }
    }
    function waitingText() {
        const left = Math.ceil((waitUntil - now()) / 1000);
        return left > 0 ? `waiting ${left} s: ${waitReason}` : undefined;
    }
    function liveText() {
        const spinner = c.cyan(SPINNER[frame % SPINNER.length]);
        let head;
        if (work) {
            const filled = work.total ? Math.round((work.done / work.total) * BAR_WIDTH) : BAR_WIDTH;
            const bar = c.green('━'.repeat(filled)) + c.dim('─'.repeat(BAR_WIDTH - filled));
            const failed = work.failed ? ` · ${c.red(`${work.failed} failed`)}` : '';
            head = `${spinner} ${capitalized(work.what)} ${bar} ${work.done}/${(0,plural/* plural */.L)(work.total, work.unit)}${failed}`;
        }
        else if (phase) {
            head = `${spinner} ${phase}…`;
        }
        const waiting = waitingText();
        if (!head && !waiting)
            return undefined;
        return [head, waiting && c.yellow(`${head ? '  ' : `${spinner} `}${waiting}`)].filter(Boolean).join('\n');
    }
    function draw() {
        if (!live || quiet)
            return;
        const text = liveText();
        if (text === undefined) {
            if (shown)
                live.clear();
            shown = false;
            stopTimer();
            return;
        }
        live(clean(text));
        shown = true;
        everShown = true;
        if (!timer) {
            timer = setInterval(() => {
                frame++;
                draw();
            }, TICK_MS);
            // The display must never keep the process alive on its own.
            timer.unref();
        }
    }
    function stopTimer() {
        if (timer)
            clearInterval(timer);
        timer = undefined;
    }
    /** Plain progress: the start, about every tenth of the work, and each new wait. */
    function plainProgress(event) {
        switch (event.kind) {
            case 'start':
                if (event.total)
                    line(`${event.what} ${(0,plural/* plural */.L)(event.total, event.unit)}`);
                return;
            case 'advance': {
                if (!work?.total)
                    return;
                const step = (n) => Math.floor((n * 10) / work.total);
                if (step(work.done) > step(work.done - 1) || work.done === work.total) {
                    line(`${work.done}/${work.total} ${event.item}${event.failed ? ` ${c.red('(failed)')}` : ''}`);
                }
                return;
            }
            default:
                return;
        }
    }
    const where = (loc) => loc?.file ? `${loc.file}${loc.line ? `:${loc.line}${loc.column ? `:${loc.column}` : ''}` : ''}: ` : '';
    return {
        secrets,
        info: (m) => {
            if (!quiet)
                line(m);
        },
        warning: (m, loc) => line(`${c.yellow('warning:')} ${where(loc)}${m}`),
        error: (m, loc) => line(`${c.bold(c.red('error:'))} ${where(loc)}${m}`),
        debug: (m) => {
            if (verbose)
                line(c.dim(`debug: ${m}`));
        },
        setSecret: (v) => {
            if (v)
                secrets.add(v);
        },
        group: async (name, fn) => {
            if (!quiet)
                line(c.dim(`── ${name}`));
            const outer = phase;
            phase = name;
            draw();
            try {
                return await fn();
            }
            finally {
                phase = outer;
                draw();
            }
        },
        progress: (event) => {
            if (event.kind === 'start')
                work = { what: event.what, unit: event.unit, total: event.total, done: 0, failed: 0 };
            else if (event.kind === 'advance' && work) {
                work.done++;
                if (event.failed)
                    work.failed++;
            }
            else if (event.kind === 'end')
                work = undefined;
            else if (event.kind === 'wait') {
                const until = now() + event.seconds * 1000;
                // Requests in flight meet the same 429 together: one wait, not one line each.
                if (until < waitUntil + 1000)
                    return;
                waitUntil = until;
                waitReason = event.reason;
                if (!rich && !quiet)
                    line(c.yellow(`waiting ${event.seconds} s: ${event.reason}`));
            }
            if (quiet)
                return;
            if (rich)
                draw();
            else
                plainProgress(event);
        },
        close: () => {
            stopTimer();
            if (live && everShown) {
                if (shown)
                    live.clear();
                shown = false;
                // Shows the cursor again, which log-update hid.
                live.done();
            }
            phase = undefined;
            work = undefined;
            waitUntil = 0;
        },
    };
}


/***/ }),

/***/ 6234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ ACTION_NAMES),
/* harmony export */   Q: () => (/* binding */ CLI_NAMES)
/* harmony export */ });
/** The action's inputs (action.yml); the repository is the runner's checkout. */
const ACTION_NAMES = {
    zendeskUrl: 'zendesk-url',
    zendeskSubdomain: 'zendesk-subdomain',
    oauthClientId: 'zendesk-oauth-client-id',
    oauthClientSecret: 'zendesk-oauth-client-secret',
    oauthToken: 'zendesk-oauth-token',
    email: 'zendesk-email',
    apiToken: 'zendesk-api-token',
    path: 'path',
    mode: 'mode',
    defaultLocale: 'default-locale',
    maxArchive: 'max-archive',
    onDrift: 'on-drift',
    concurrency: 'concurrency',
    configFile: 'config',
    repo: 'GITHUB_WORKSPACE',
};
/** The CLI's flags. The mode is the command (`plan` or `publish`), not a flag. */
const CLI_NAMES = {
    zendeskUrl: '--zendesk-url',
    zendeskSubdomain: '--zendesk-subdomain',
    oauthClientId: '--zendesk-oauth-client-id',
    oauthClientSecret: '--zendesk-oauth-client-secret',
    oauthToken: '--zendesk-oauth-token',
    email: '--zendesk-email',
    apiToken: '--zendesk-api-token',
    path: '--path',
    mode: 'the command',
    defaultLocale: '--default-locale',
    maxArchive: '--max-archive',
    onDrift: '--on-drift',
    concurrency: '--concurrency',
    configFile: '--config',
    repo: '--repo',
};


/***/ }),

/***/ 4661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fD: () => (/* binding */ buildConfig),
/* harmony export */   hT: () => (/* binding */ settingsSoFar),
/* harmony export */   k: () => (/* binding */ resolveZendeskUrl)
/* harmony export */ });
/* unused harmony exports resolveAuth, resolveMode */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6234);



const blankToUndefined = (v) => (v === undefined || v.trim() === '' ? undefined : v.trim());
const MODES = ['auto', 'dry-run', 'publish'];
const ON_DRIFT = ['overwrite', 'skip', 'fail'];
function integer(name, raw, fallback, min, max) {
    const value = blankToUndefined(raw);
    if (value === undefined)
        return fallback;
    if (!/^\d+$/.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${name} must be a whole number (got "${value}")`);
    const n = Number(value);
    if (n < min || n > max)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${name} must be between ${min} and ${max} (got ${n})`);
    return n;
}
/** Accepts `https://acme.zendesk.com[/]` or a loopback `http://127.0.0.1:PORT` (the simulator). */
function resolveZendeskUrl(url, subdomain, names = _names_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_NAMES */ .G) {
    const u = blankToUndefined(url);
    const s = blankToUndefined(subdomain);
    if (u && s)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`set ${names.zendeskUrl} or ${names.zendeskSubdomain}, not both`);
    if (s) {
        if (!/^[a-z0-9][a-z0-9-]*$/i.test(s)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${names.zendeskSubdomain} must be the bare subdomain, like "acme" (got "${s}")`);
        }
        return `https://${s.toLowerCase()}.zendesk.com`;
    }
    if (!u)
        return undefined;
    let parsed;
    try {
        parsed = new URL(u);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${names.zendeskUrl} is not a URL: "${u}"`);
    }
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
    if (parsed.protocol !== 'https:' && !(loopback && parsed.protocol === 'http:')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${names.zendeskUrl} must use https:// (plain http is only accepted for a local simulator)`);
    }
    if (parsed.pathname !== '/' && parsed.pathname !== '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${names.zendeskUrl} must be the account's base URL, without a path (got "${u}")`);
    }
    return parsed.origin;
}
/** Picks one auth method; mixing two is a mistake worth stopping for, not guessing. */
function resolveAuth(raw, names = _names_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_NAMES */ .G) {
    const clientId = blankToUndefined(raw.oauthClientId);
    const clientSecret = blankToUndefined(raw.oauthClientSecret);
    const token = blankToUndefined(raw.oauthToken);
    const email = blankToUndefined(raw.email);
    const apiToken = blankToUndefined(raw.apiToken);
    const chosen = [];
    if (clientId || clientSecret) {
        if (!clientId || !clientSecret) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`OAuth client credentials need both ${names.oauthClientId} and ${names.oauthClientSecret}`);
        }
        chosen.push({ kind: 'oauth-client', clientId, clientSecret });
    }
    if (token)
        chosen.push({ kind: 'oauth-token', token });
    if (email || apiToken) {
        if (!email || !apiToken) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`API-token auth needs both ${names.email} and ${names.apiToken}`);
        }
        chosen.push({ kind: 'api-token', email, token: apiToken });
    }
    if (chosen.length > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`more than one Zendesk auth method is set (${chosen.map((c) => c.kind).join(', ')}); keep one, preferably OAuth client credentials`);
    }
    return chosen[0];
}
/** `auto` previews on pull requests and publishes everywhere else. */
function resolveMode(requested, eventName) {
    if (requested !== 'auto')
        return requested;
    // A merge queue (merge_group) runs before the merge lands: it previews too.
    return eventName === 'pull_request' || eventName === 'pull_request_target' || eventName === 'merge_group' ? 'dry-run' : 'publish';
}
// Two enums do not need the schema library, which stays out of the startup path (see pipeline.ts).
function oneOf(name, allowed, value) {
    if (allowed.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${name} must be ${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]} (got ${JSON.stringify(value)})`);
}
function configFile(repoRoot, raw, names) {
    const value = blankToUndefined(raw);
    if (!value)
        return undefined;
    const abs = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(repoRoot, value);
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(repoRoot, abs);
    if (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(rel))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${names.configFile} must be inside the repository (got "${value}")`);
    return abs;
}
/** Validates raw settings into a Config. Pure: what is on disk is checked by `checkLocalSettings`. */
function buildConfig(raw, context) {
    const names = context.names ?? _names_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_NAMES */ .G;
    const zendeskUrl = resolveZendeskUrl(raw.zendeskUrl, raw.zendeskSubdomain, names);
    const auth = resolveAuth(raw, names);
    if (auth && !zendeskUrl)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`Zendesk credentials are set but ${names.zendeskUrl} (or ${names.zendeskSubdomain}) is not`);
    const requested = oneOf(names.mode, MODES, blankToUndefined(raw.mode) ?? 'auto');
    const mode = resolveMode(requested, context.eventName);
    if (mode === 'publish' && (!zendeskUrl || !auth)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`publishing needs ${names.zendeskUrl} (or ${names.zendeskSubdomain}) and credentials: ${names.oauthClientId} + ${names.oauthClientSecret} (recommended), ${names.oauthToken}, or ${names.email} + ${names.apiToken}`);
    }
    const repoRoot = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(context.repoRoot);
    const docsRoot = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(repoRoot, blankToUndefined(raw.path) ?? 'docs');
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(repoRoot, docsRoot);
    if (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(rel)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${names.path} must be inside the repository (got "${raw.path}")`);
    }
    const defaultLocale = blankToUndefined(raw.defaultLocale)?.toLowerCase();
    return {
        zendeskUrl,
        auth,
        docsRoot,
        repoRoot,
        mode,
        defaultLocale,
        archiveRemoved: raw.archiveRemoved ?? false,
        maxArchive: integer(names.maxArchive, raw.maxArchive, 10, 0, 100_000),
        onDrift: oneOf(names.onDrift, ON_DRIFT, blankToUndefined(raw.onDrift) ?? 'overwrite'),
        concurrency: integer(names.concurrency, raw.concurrency, 4, 1, 16),
        configFile: configFile(repoRoot, raw.configFile, names),
    };
}
/**
 * What a run that stopped on a settings error still knows about itself, for its report: each
 * setting that is valid on its own. A setting that is itself the error stays unknown.
 */
function settingsSoFar(raw, eventName) {
    const known = (read) => {
        try {
            return read();
        }
        catch {
            return undefined;
        }
    };
    return {
        mode: known(() => resolveMode(oneOf('mode', MODES, blankToUndefined(raw.mode) ?? 'auto'), eventName)),
        zendeskUrl: known(() => resolveZendeskUrl(raw.zendeskUrl, raw.zendeskSubdomain)),
        onDrift: known(() => oneOf('on-drift', ON_DRIFT, blankToUndefined(raw.onDrift) ?? 'overwrite')),
    };
}


/***/ }),

/***/ 6394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ REPORT_DIFF_CAPS)
/* harmony export */ });
/**
 * The report's caps: the job summary may hold 1 MB, and 1,500 lines of at most 300 characters
 * stay well inside it beside the tables. The PR comment shows less (see report/diff.ts).
 */
const REPORT_DIFF_CAPS = { linesPerArticle: 40, lineChars: 300, totalLines: 1500 };


/***/ }),

/***/ 8643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ exitCodeOf),
  a: () => (/* binding */ runPipeline)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/shared/locale-suffix.ts
var locale_suffix = __webpack_require__(1109);
// EXTERNAL MODULE: ./src/render/ref-token.ts
var ref_token = __webpack_require__(1769);
// EXTERNAL MODULE: ./src/plan/html-escape.ts
var html_escape = __webpack_require__(1552);
// EXTERNAL MODULE: ./src/plan/marker.ts
var marker = __webpack_require__(4377);
// EXTERNAL MODULE: ./src/plan/normalize.ts
var normalize = __webpack_require__(3424);
;// CONCATENATED MODULE: ./src/plan/body.ts




/**
 * What a reference points at while its target does not exist yet (a new article in a link
 * cycle, a file not uploaded yet): only ever in a draft, rewritten in the same run.
 */
const STUB_URL = '#';
/** Replaces each `zgp-ref:<n>` token; undefined if any reference has no URL yet. */
function fillTemplate(spec, lookup) {
    const urls = new Map();
    for (const ref of spec.refs) {
        const url = lookup(ref);
        if (url === undefined)
            return undefined;
        urls.set(ref.index, url);
    }
    return spec.template.replace(ref_token/* REF_TOKEN */.M, (token, n) => {
        const url = urls.get(Number(n));
        return url === undefined ? token : (0,html_escape/* escapeAttr */.d)(url);
    });
}
/** The body as published: filled template plus the marker recording key, fingerprint and assets. */
function finalBody(spec, key, lookup) {
    const filled = fillTemplate(spec, lookup);
    if (filled === undefined)
        return undefined;
    const digest = (0,normalize/* bodyDigest */.rr)((0,normalize/* normalizeHtml */.No)(filled));
    const hash = (0,normalize/* contentHash */.Ae)(spec.title, digest);
    const assets = {};
    const refs = {};
    for (const ref of spec.refs) {
        if (ref.kind === 'asset') {
            // A stubbed file is not recorded as uploaded: if the run dies before the real body is
            // written, the next run sees the file as missing from Zendesk and uploads (or reuses) it.
            const url = lookup(ref);
            if (url !== STUB_URL)
                assets[ref.sha] = url;
            refs[ref.written] = ref.sha;
        }
        else {
            refs[ref.written] = lookup(ref);
        }
    }
    const footer = spec.sourceUrl ? `\n${(0,marker/* provenanceHtml */.FD)(spec.sourceUrl)}` : '';
    return { html: `${filled}${footer}\n${(0,marker/* markerHtml */.kM)({ key, hash, assets, refs, src: spec.fingerprint })}`, digest, hash };
}

// EXTERNAL MODULE: ./src/plan/remote-index.ts
var remote_index = __webpack_require__(28);
;// CONCATENATED MODULE: ./src/plan/context.ts

function createContext(snapshot, remote, options, unavailable) {
    const state = remote.states.get(options.root ?? '.')?.state;
    const stateByArticle = new Map(Object.entries(state?.articles ?? {}).map(([key, entry]) => [entry.id, { key, entry }]));
    const inSomeState = new Set([...remote.states.values()].flatMap(({ article, state: s }) => [article.id, ...Object.values(s.articles).map((e) => e.id)]));
    return {
        state,
        stateByArticle,
        managed: (id) => inSomeState.has(id) || (0,remote_index/* markerKeyOf */.Vn)(remote, id) !== undefined,
        snapshot,
        remote,
        options,
        enabledLocales: new Set(snapshot.locales),
        defaultLocale: options.defaultLocale ?? snapshot.defaultLocale,
        unavailable: new Set(unavailable),
        diagnostics: [],
    };
}
function reportError(ctx, at, message, hint) {
    ctx.diagnostics.push({ severity: 'error', ...at, message, ...(hint ? { hint } : {}) });
}

// EXTERNAL MODULE: ./src/source/types.ts
var types = __webpack_require__(5832);
// EXTERNAL MODULE: ./src/plan/resolve.ts
var resolve = __webpack_require__(8315);
;// CONCATENATED MODULE: ./src/plan/fields.ts

/** A front-matter value that is already the API value. */
const plain = (key) => (meta) => meta[key] === undefined ? undefined : { ok: true, value: meta[key] };
const keep = (value) => value;
const sameSet = (a = [], b = []) => a.length === b.length && [...a].sort().join('\0') === [...b].sort().join('\0');
function row(field) {
    return field;
}
const METADATA_FIELDS = [
    row({
        key: 'section',
        api: 'section_id',
        label: 'section',
        requiredToCreate: true,
        resolve: (meta, snapshot, at) => (meta.section ? (0,resolve/* resolveSection */.o2)(meta.section, snapshot, at) : undefined),
        desired: keep,
        same: (v, a) => v === a.section_id,
    }),
    row({
        key: 'permission_group',
        api: 'permission_group_id',
        label: 'permission group',
        requiredToCreate: true,
        resolve: (meta, snapshot, at) => (meta.permission_group ? (0,resolve/* resolvePermissionGroup */.Z7)(meta.permission_group, snapshot, at) : undefined),
        desired: keep,
        same: (v, a) => v === a.permission_group_id,
    }),
    row({
        key: 'user_segment',
        api: 'user_segment_id',
        label: 'user segment',
        requiredToCreate: true,
        resolve: (meta, snapshot, at) => (meta.user_segment ? (0,resolve/* resolveUserSegment */.rR)(meta.user_segment, snapshot, at) : undefined),
        desired: keep,
        same: (v, a) => v === a.user_segment_id,
    }),
    row({
        key: 'labels',
        api: 'label_names',
        label: 'labels',
        requiredToCreate: false,
        resolve: plain('labels'),
        desired: (v, a, mode) => (mode === 'merge' && v ? [...new Set([...(a.label_names ?? []), ...v])] : v),
        same: (v, a) => sameSet(v, a.label_names),
    }),
    row({
        key: 'promoted',
        api: 'promoted',
        label: 'promoted',
        requiredToCreate: false,
        resolve: plain('promoted'),
        desired: keep,
        same: (v, a) => v === a.promoted,
    }),
    row({
        key: 'position',
        api: 'position',
        label: 'position',
        requiredToCreate: false,
        resolve: plain('position'),
        desired: keep,
        same: (v, a) => v === a.position,
    }),
    row({
        key: 'comments_disabled',
        api: 'comments_disabled',
        label: 'comments',
        requiredToCreate: false,
        resolve: plain('comments_disabled'),
        desired: keep,
        same: (v, a) => v === a.comments_disabled,
    }),
];
/** The report's name of an API field ("permission group"). */
function fieldLabel(api) {
    return METADATA_FIELDS.find((f) => f.api === api)?.label ?? api;
}

;// CONCATENATED MODULE: ./src/plan/metadata.ts



/** The source locale of a file, and of each translation beside it; errors for locales the help center lacks. */
function checkLocales(source, ctx) {
    let ok = true;
    const sourceLocale = source.meta.locale ?? ctx.defaultLocale;
    const all = [
        { locale: sourceLocale, at: source.locations.locale ?? source.start },
        ...source.translations.map((t) => ({ locale: t.locale, at: t.start })),
    ];
    const enabled = [...ctx.enabledLocales].join(', ');
    const seen = new Set();
    for (const { locale, at } of all) {
        if (!ctx.enabledLocales.has(locale)) {
            reportError(ctx, at, `locale "${locale}" is not enabled in the help center`, `enabled: ${enabled}`);
            ok = false;
        }
        if (seen.has(locale)) {
            reportError(ctx, at, `locale "${locale}" appears twice for ${source.file}`);
            ok = false;
        }
        seen.add(locale);
    }
    return ok;
}
/**
 * Front matter to API metadata: names to ids, through the field table. A new article also
 * needs the fields the create request requires (not asked of a file whose identity is in
 * error: it is not known to be new). Undefined when any of it failed (reported).
 */
function resolveMetadata(source, intent, ctx) {
    const metadata = {};
    let ok = true;
    for (const field of METADATA_FIELDS) {
        const result = field.resolve(source.meta, ctx.snapshot, source.locations[field.key] ?? source.start);
        if (result === undefined) {
            // A key that was set but invalid is already an error; "required" would only repeat it.
            if (intent.creating && field.requiredToCreate && !(0,types/* wasInvalid */.x)(source, field.key)) {
                reportError(ctx, source.start, `${field.key} is required to create an article`, `set \`${field.key}:\` in the front matter or in a _defaults.yml`);
                ok = false;
            }
            continue;
        }
        if (!result.ok) {
            ctx.diagnostics.push(result.diagnostic);
            ok = false;
            continue;
        }
        metadata[field.api] = result.value;
    }
    return ok ? metadata : undefined;
}
/** The fields whose wanted value the article does not hold yet, with the values to write. */
function diffMetadata(metadata, article, labelsMode) {
    const changes = {};
    const labels = [];
    for (const field of METADATA_FIELDS) {
        if (!(field.api in metadata))
            continue;
        const wanted = field.desired(metadata[field.api], article, labelsMode);
        if (field.same(wanted, article))
            continue;
        changes[field.api] = wanted;
        labels.push(field.label);
    }
    return { changes: changes, labels };
}

;// CONCATENATED MODULE: ./src/plan/article.ts







/**
 * Turns each rendered body into a spec: assets by hash, links to other articles by their live
 * URL (or, for an article created in this run, by key: apply fills it in). Undefined when a
 * link points at no article (reported, unless its target is a file that could not be read).
 */
function resolveBodies(p, targets, ctx) {
    const sourceLocale = p.source.meta.locale ?? ctx.defaultLocale;
    const out = { specs: [], assets: new Map(), reused: new Set(), reusedShas: new Set() };
    let ok = true;
    for (const [i, b] of p.bodies.entries()) {
        const locale = i === 0 ? sourceLocale : (b.locale ?? sourceLocale);
        const refs = [];
        for (const r of b.refs) {
            if (r.kind === 'asset') {
                out.assets.set(r.asset.sha, r.asset);
                refs.push({ index: r.index, kind: 'asset', sha: r.asset.sha, written: r.url });
                continue;
            }
            const target = targets.get(r.target.toLowerCase());
            if (!target) {
                // A link to a file that could not be read is that file's problem, reported there.
                if (!ctx.unavailable.has((0,locale_suffix/* splitLocaleSuffix */.G)(r.target).base) && !ctx.unavailable.has(r.target.replace(/\.md$/i, ''))) {
                    reportError(ctx, { file: b.file, line: r.line, column: r.column }, `link to "${r.target}", which is not an article in the docs folder`);
                }
                ok = false;
                continue;
            }
            const targetLocale = target.locales.has(locale) ? locale : target.sourceLocale;
            const live = target.article ? (0,remote_index/* liveUrl */.ew)(target.article, targetLocale) : undefined;
            const url = live === undefined ? undefined : live + (r.anchor ? `#${r.anchor}` : '');
            refs.push({ index: r.index, kind: 'article', targetKey: target.key, locale: targetLocale, anchor: r.anchor, url, written: r.url });
        }
        const provenance = ctx.options.provenance;
        const spec = {
            locale,
            file: b.file,
            title: b.title,
            draft: b.draft ?? p.source.meta.draft ?? false,
            template: b.template,
            refs,
            fingerprint: b.fingerprint,
            ...(provenance
                ? { sourceUrl: `${provenance.repoUrl}/blob/${encodeURI(provenance.ref)}/${b.file.split('/').map(encodeURIComponent).join('/')}` }
                : {}),
        };
        out.specs.push(spec);
        if (b.reused) {
            out.reused.add(spec);
            for (const sha of b.reused.assetShas)
                out.reusedShas.add(sha);
        }
    }
    return ok ? out : undefined;
}
/** The attachment URL of each file an article's markers record, by content hash. */
function knownAssetsOf(analyzed) {
    const known = {};
    for (const a of analyzed.values())
        Object.assign(known, a.marker?.assets ?? {});
    return known;
}
/** New articles whose URL these bodies need before they can be written. */
function waitsForOf(specs) {
    return [...new Set(specs.flatMap((s) => s.refs.flatMap((r) => (r.kind === 'article' && r.url === undefined ? [r.targetKey] : []))))];
}
/**
 * The operations that make one article match its files, in an order where a run that dies
 * after any of them leaves a state the next run completes (see `Operation`):
 * - new: the create (a draft with file references stubbed when it has files), the uploads onto
 *   it, then the bodies that reference them;
 * - existing: the metadata, the uploads of files Zendesk does not have (after listing what the
 *   article holds), then the translations, each attachment nothing references any more deleted
 *   just before the last write of a locale whose marker still records it.
 * `on-drift` decides about Guide edits.
 */
function diffArticle(p, article, metadata, bodies, ctx, movedFrom) {
    const { source } = p;
    const { specs, assets } = bodies;
    const analyzed = article ? (ctx.remote.analyzed.get(article.id) ?? new Map()) : new Map();
    const knownAssets = knownAssetsOf(analyzed);
    const uploads = [...assets.values()].filter((a) => !(a.sha in knownAssets));
    const base = {
        key: source.key,
        file: source.file,
        title: specs[0]?.title ?? source.key,
        sourceLocale: source.meta.locale ?? ctx.defaultLocale,
        knownAssets,
        waitsFor: waitsForOf(specs),
        drifted: [],
        ...(specs[0] ? { sourceFingerprint: specs[0].fingerprint } : {}),
    };
    if (!article) {
        const operations = [
            {
                kind: 'create-article',
                // resolveMetadata guarantees the fields a create requires.
                sectionId: metadata.section_id,
                metadata: {
                    ...metadata,
                    permission_group_id: metadata.permission_group_id,
                    user_segment_id: metadata.user_segment_id ?? null,
                },
                bodies: specs,
                stubLinks: false,
                stubFiles: uploads.length > 0,
            },
        ];
        if (uploads.length) {
            operations.push({ kind: 'attach-files', assets: uploads, reconcile: false }, ...specs.filter(referencesFiles).map((body) => ({ kind: 'update-translation', body })));
        }
        const reasons = [specs.length > 1 ? `new file, ${specs.length} locales` : 'new file'];
        return { ...base, articleId: undefined, htmlUrl: undefined, action: 'create', reasons, operations };
    }
    const operations = [];
    const reasons = [];
    if (movedFrom !== undefined) {
        // The old path, as the file is named now: same docs folder, the key it was published under.
        const docsPrefix = source.file.slice(0, source.file.length - `${source.key}.md`.length);
        reasons.push(`moved from ${docsPrefix}${movedFrom}.md`);
    }
    const { changes, labels } = diffMetadata(metadata, article, ctx.options.labelsMode ?? 'replace');
    if (labels.length) {
        operations.push({ kind: 'update-metadata', changes });
        reasons.push(`${labels.join(', ')} changed`);
    }
    if (uploads.length)
        operations.push({ kind: 'attach-files', assets: uploads, reconcile: true });
    const entry = ctx.stateByArticle.get(article.id)?.entry;
    const translations = diffTranslations(source.key, article, analyzed, bodies, knownAssets, entry?.t);
    reasons.push(...translations.reasons);
    const writes = translations.operations;
    if (operations.length || writes.length)
        operations.push(...withStaleDeletes(writes, staleAttachments(knownAssets, bodies), analyzed));
    const sourceUnchanged = specs[0] !== undefined && translations.record[specs[0].locale] !== undefined && !translations.changed.has(specs[0].locale);
    const record = { fingerprint: sourceUnchanged ? specs[0]?.fingerprint : entry?.s, hashes: translations.record };
    const common = {
        ...base,
        articleId: article.id,
        htmlUrl: article.html_url,
        drifted: translations.drifted,
        record,
        ...(movedFrom !== undefined ? { movedFrom } : {}),
    };
    if (operations.length === 0)
        return { ...common, action: 'unchanged', reasons: [], operations };
    return applyDriftPolicy({ ...common, action: 'update', reasons, operations }, ctx, source.start);
}
function referencesFiles(spec) {
    return spec.refs.some((r) => r.kind === 'asset');
}
/**
 * The translation writes with each stale attachment's delete placed just before the last
 * write of a locale whose stored marker records it: until then a marker still names it (so a
 * run that dies first leaves the delete for the next run to plan), and from then on no body
 * written by this tool points at it but the one about to be rewritten. Deletes that no write
 * covers go last.
 */
function withStaleDeletes(writes, deletes, analyzed) {
    const before = new Map();
    const last = [];
    for (const del of deletes) {
        let at = -1;
        writes.forEach((op, i) => {
            if (op.kind === 'update-translation' && analyzed.get(op.body.locale)?.marker?.assets[del.sha] !== undefined)
                at = i;
        });
        if (at < 0)
            last.push(del);
        else
            before.set(at, [...(before.get(at) ?? []), del]);
    }
    return [...writes.flatMap((op, i) => [...(before.get(i) ?? []), op]), ...last];
}
/**
 * Per locale: create the missing translation, or update what differs (title, body, draft, or only
 * the marker). A locale is drifted when what Guide holds is not what was last published: the
 * state record's hash, else the marker's. A translation whose marker is gone, on an article the
 * tool published, whose text differs from the file, is drifted too: nothing says the difference
 * is the file's, and an edit in Guide's editor is what removes markers.
 */
function diffTranslations(key, article, analyzed, bodies, knownAssets, published) {
    const operations = [];
    const reasons = [];
    const drifted = [];
    const record = {};
    const changed = new Set();
    const lookup = (ref) => (ref.kind === 'asset' ? knownAssets[ref.sha] : ref.url);
    const remoteByLocale = new Map((0,remote_index/* translationsOf */.eY)(article).map((t) => [t.locale.toLowerCase(), t]));
    const managedElsewhere = [...analyzed.values()].some((a) => a.marker) || published !== undefined;
    for (const spec of bodies.specs) {
        const remoteT = remoteByLocale.get(spec.locale);
        if (!remoteT) {
            operations.push({ kind: 'create-translation', body: spec });
            reasons.push(`translation added (${spec.locale})`);
            changed.add(spec.locale);
            continue;
        }
        // The index analyzed every stored translation; the fallback only keeps this function total.
        const stored = analyzed.get(spec.locale) ?? (0,marker/* analyzeBody */.fc)(remoteT.body);
        const current = (0,normalize/* contentHash */.Ae)(remoteT.title, stored.digest);
        if (bodies.reused.has(spec)) {
            record[spec.locale] = current;
            continue;
        }
        const last = published?.[spec.locale] ?? stored.marker?.hash;
        const desired = finalBody(spec, key, lookup);
        const why = [];
        if (remoteT.title !== spec.title)
            why.push('title');
        if (!desired || desired.digest !== stored.digest)
            why.push('body');
        if (last !== undefined ? current !== last : managedElsewhere && why.length > 0)
            drifted.push(spec.locale);
        if (remoteT.draft !== spec.draft)
            why.push(spec.draft ? 'unpublished' : 'published');
        if (why.length === 0 && !markerCurrent(stored, key, desired?.hash, spec, knownAssets)) {
            why.push('publisher marker');
        }
        // What the record keeps if this write does not happen: Guide's copy where it is the file's.
        if (why.length === 0 || (why.length === 1 && why[0] === 'publisher marker'))
            record[spec.locale] = current;
        else if (last !== undefined)
            record[spec.locale] = last;
        if (why.length) {
            operations.push({ kind: 'update-translation', body: spec });
            reasons.push(`${why.join(', ')} changed (${spec.locale})`);
            changed.add(spec.locale);
        }
    }
    return { operations, reasons, drifted, record, changed };
}
/** Whether the stored marker already records this key, content hash and these attachments. */
function markerCurrent(stored, key, hash, spec, known) {
    const marker = stored.marker;
    if (!marker || marker.key !== key || marker.hash !== hash)
        return false;
    const wanted = spec.refs.flatMap((r) => (r.kind === 'asset' ? [r.sha] : []));
    return Object.keys(marker.assets).length === new Set(wanted).size && wanted.every((sha) => marker.assets[sha] === known[sha]);
}
/** The id in an attachment's content_url (`.../hc/article_attachments/{id}/{name}`). */
function attachmentIdOf(url) {
    const id = /\/article_attachments\/(\d+)\//.exec(url)?.[1];
    return id === undefined ? undefined : Number(id);
}
/** Attachments the markers record that no body references any more (their file changed or went). */
function staleAttachments(knownAssets, bodies) {
    const out = [];
    for (const [sha, url] of Object.entries(knownAssets)) {
        const id = attachmentIdOf(url);
        if (!bodies.assets.has(sha) && !bodies.reusedShas.has(sha) && id !== undefined)
            out.push({ kind: 'delete-attachment', attachmentId: id, sha });
    }
    return out;
}
/** An update of an article edited in Guide since the last publish: `on-drift` decides. */
function applyDriftPolicy(plan, ctx, at) {
    if (!plan.drifted.length)
        return plan;
    const locales = plan.drifted.join(', ');
    switch (ctx.options.onDrift) {
        case 'skip':
            return {
                ...plan,
                action: 'skip',
                reasons: [`edited in Guide since the last publish (${locales}); on-drift is skip`],
                operations: [],
            };
        case 'fail':
            reportError(ctx, at, `article ${plan.articleId} was edited in Guide since the last publish (${locales})`, 'on-drift is fail: bring the edit into this file, or run with on-drift: overwrite');
            return plan;
        case 'overwrite':
            return plan;
    }
}

// EXTERNAL MODULE: ./src/remote/errors.ts + 1 modules
var remote_errors = __webpack_require__(4778);
;// CONCATENATED MODULE: ./src/remote/auth.ts

const TOKEN_PATH = '/oauth/tokens';
/**
 * Worded for both the action and the CLI, whose names for the same setting differ
 * (`zendesk-oauth-client-id` and `--zendesk-oauth-client-id` / `ZENDESK_OAUTH_CLIENT_ID`).
 */
const TOKEN_HINTS = {
    401: 'check the OAuth client id and secret; the client must be a Confidential client in Admin Center, allowed the "read write" scope',
};
/**
 * Produces the Authorization header. For OAuth client credentials it exchanges the client for
 * a token on first use and again (once per failure) when Zendesk answers 401, because a token
 * can expire during a long run. Every derived credential is registered as a secret.
 */
class AuthProvider {
    baseUrl;
    auth;
    logger;
    post;
    header;
    pending;
    generation = 0;
    constructor(baseUrl, auth, logger, 
    /** The token exchange is safe to repeat, so it is sent like any idempotent request. */
    post) {
        this.baseUrl = baseUrl;
        this.auth = auth;
        this.logger = logger;
        this.post = post;
        if (auth?.kind === 'oauth-client') {
            logger.setSecret(auth.clientSecret);
        }
        else if (auth?.kind === 'oauth-token') {
            logger.setSecret(auth.token);
            this.header = `Bearer ${auth.token}`;
        }
        else if (auth?.kind === 'api-token') {
            logger.setSecret(auth.token);
            const basic = Buffer.from(`${auth.email}/token:${auth.token}`).toString('base64');
            logger.setSecret(basic);
            this.header = `Basic ${basic}`;
        }
    }
    get canRefresh() {
        return this.auth?.kind === 'oauth-client';
    }
    /** The header and the token generation it belongs to (so a 401 refreshes only once). */
    async get() {
        if (this.header || !this.auth)
            return { header: this.header, generation: this.generation };
        return { header: await this.fetchToken(), generation: this.generation };
    }
    /** Called after a 401: gets a new token unless another request already did. */
    async refresh(failedGeneration) {
        if (!this.canRefresh)
            return;
        if (failedGeneration !== this.generation)
            return;
        this.header = undefined;
        await this.fetchToken();
    }
    fetchToken() {
        if (this.pending)
            return this.pending;
        const auth = this.auth;
        this.pending = (async () => {
            const body = (await this.post(TOKEN_PATH, { grant_type: 'client_credentials', client_id: auth.clientId, client_secret: auth.clientSecret, scope: 'read write' }, TOKEN_HINTS));
            if (typeof body?.access_token !== 'string' || body.access_token === '') {
                const url = new URL(TOKEN_PATH, this.baseUrl);
                throw new remote_errors/* RemoteError */.Hi('POST', url, `${(0,remote_errors/* describeRequest */.Ng)('POST', url)} answered without an access_token`);
            }
            this.logger.setSecret(body.access_token);
            this.header = `Bearer ${body.access_token}`;
            this.generation++;
            return this.header;
        })().finally(() => {
            this.pending = undefined;
        });
        return this.pending;
    }
}

;// CONCATENATED MODULE: ./src/remote/pacer.ts
/**
 * Keeps a run just under Zendesk's per-minute limit instead of bouncing off it. Zendesk counts
 * requests per window and says how many are left (`X-Rate-Limit-Remaining`) but not when the
 * window resets; only a 429's `Retry-After` tells that. So: spend the budget at full speed
 * while plenty is left, send one request at a time once it runs low (so at most one request
 * meets the 429, not a whole batch), and on a 429 pause everyone for `Retry-After`.
 */
class Pacer {
    options;
    remaining;
    pausedUntil = 0;
    inFlight = 0;
    waiters = [];
    constructor(options) {
        this.options = options;
    }
    now() {
        return (this.options.now ?? Date.now)();
    }
    sleep(ms) {
        return (this.options.sleep ?? ((t) => new Promise((r) => setTimeout(r, t))))(ms);
    }
    get low() {
        return this.remaining !== undefined && this.remaining <= this.options.reserve;
    }
    /** Waits until a request may be sent; pair with `release()` once its answer is in. */
    async acquire() {
        for (;;) {
            const now = this.now();
            if (now < this.pausedUntil) {
                await this.sleep(this.pausedUntil - now);
                continue;
            }
            if (this.low && this.inFlight > 0) {
                await new Promise((resolve) => this.waiters.push(resolve));
                continue;
            }
            this.inFlight++;
            if (this.remaining !== undefined)
                this.remaining--;
            return;
        }
    }
    release() {
        this.inFlight--;
        const waiters = this.waiters;
        this.waiters = [];
        for (const w of waiters)
            w();
    }
    /** Reads the rate-limit headers of an answer. */
    observe(headers) {
        const remaining = Number(headers.get('x-rate-limit-remaining'));
        if (headers.has('x-rate-limit-remaining') && Number.isFinite(remaining))
            this.remaining = remaining;
    }
    /** After a 429: everyone waits `retryAfterS` (at least one second), then the budget is fresh. */
    pause(retryAfterS) {
        const until = this.now() + Math.max(1, retryAfterS) * 1000;
        this.pausedUntil = Math.max(this.pausedUntil, until);
        this.remaining = undefined;
    }
}

;// CONCATENATED MODULE: ./src/remote/slots.ts
/**
 * Bounds how many things run at once, with two queues: urgent ones go before those that have
 * not started yet. The transport uses it for requests in flight (a retry, or a check of
 * whether a write whose answer was lost landed, is urgent: a first publish queues every
 * article's create at once, and a retry sent behind them all would be checked long after its
 * lost create, once hundreds of newer articles bury it in its section's list); apply uses it
 * for the articles being written at once.
 */
class Slots {
    size;
    active = 0;
    urgent = [];
    normal = [];
    constructor(size) {
        this.size = size;
    }
    /** Waits for a slot; pair with `release()`. */
    async acquire(urgent = false) {
        if (this.active < this.size) {
            this.active++;
            return;
        }
        await new Promise((resolve) => (urgent ? this.urgent : this.normal).push(resolve));
    }
    release() {
        const next = this.urgent.shift() ?? this.normal.shift();
        // The slot passes straight to the next in line, so `active` stays as it is.
        if (next)
            next();
        else
            this.active--;
    }
    async run(fn, urgent = false) {
        await this.acquire(urgent);
        try {
            return await fn();
        }
        finally {
            this.release();
        }
    }
}

;// CONCATENATED MODULE: ./src/remote/http.ts




/**
 * How many retries a run may still spend: `initial` at the start; every `successesPerRetry`
 * requests that succeed at the first attempt earn one back, never more than `initial` in hand.
 * A flaky network costs a few and earns them back; Zendesk down spends them all within
 * seconds, and from then on each failure fails at once instead of after a minute of backoff,
 * for every request of the run. (The shape of the retry quota in the AWS SDKs.)
 */
class RetryBudget {
    initial;
    successesPerRetry;
    tokens;
    earned = 0;
    constructor(initial, successesPerRetry = 5) {
        this.initial = initial;
        this.successesPerRetry = successesPerRetry;
        this.tokens = initial;
    }
    /** Takes one retry; false when none is left. */
    take() {
        if (this.tokens < 1)
            return false;
        this.tokens--;
        return true;
    }
    succeeded() {
        if (++this.earned < this.successesPerRetry)
            return;
        this.earned = 0;
        this.tokens = Math.min(this.initial, this.tokens + 1);
    }
    get left() {
        return this.tokens;
    }
}
const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);
const MAX_429_WAITS = 20;
const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RETRIES = 4;
const DEFAULT_RETRY_BUDGET = 50;
/**
 * Fetch-based transport: auth, pacing, bounded concurrency, and the one retry policy of the
 * tool. A 5xx or a transient network failure is retried with exponential backoff and jitter
 * (or after `Retry-After` when the answer says), at most `maxRetries` times per request and
 * within the run's `RetryBudget`; a 429 is waited out. An idempotent request is simply sent
 * again; a create is sent again only once its `landed` check says it did not land.
 */
class ZendeskHttp {
    options;
    stats = { requests: 0, retries: 0, rateLimited: 0, landed: 0 };
    budget;
    budgetWarned = false;
    authProvider;
    slots;
    pacer;
    /** The incremental export has its own, much lower limit: its 429s must not stall everything. */
    exportPacer;
    /** The token endpoint is not a Help Center endpoint; it must never wait behind their budget. */
    tokenPacer;
    fetchImpl;
    sleep;
    constructor(options) {
        this.options = options;
        this.fetchImpl = options.fetch ?? fetch;
        this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
        const concurrency = options.concurrency ?? 4;
        this.slots = new Slots(concurrency);
        this.pacer = new Pacer({ reserve: concurrency, sleep: this.sleep });
        this.exportPacer = new Pacer({ reserve: 0, sleep: this.sleep });
        this.tokenPacer = new Pacer({ reserve: 0, sleep: this.sleep });
        this.budget = new RetryBudget(options.retryBudget ?? DEFAULT_RETRY_BUDGET);
        this.authProvider = new AuthProvider(options.baseUrl, options.auth, options.logger, (path, json, hints) => this.send('POST', path, { json, idempotent: true }, { pacer: this.tokenPacer, anonymous: true, hints, limited: false }));
    }
    get baseUrl() {
        return this.options.baseUrl;
    }
    /** Sends one request (path relative to the base URL, or an absolute URL from `next_page`). */
    request(method, pathOrUrl, options = {}) {
        const pacer = new URL(pathOrUrl, this.options.baseUrl).pathname.includes('/incremental/') ? this.exportPacer : this.pacer;
        return this.send(method, pathOrUrl, options, { pacer, anonymous: false, hints: {}, limited: true });
    }
    buildUrl(method, pathOrUrl, query) {
        const url = new URL(pathOrUrl, this.options.baseUrl);
        // next_page links are absolute; refuse to send credentials anywhere else.
        if (url.origin !== new URL(this.options.baseUrl).origin) {
            const base = new URL(this.options.baseUrl).origin;
            throw new remote_errors/* RemoteError */.Hi(method, url, `${(0,remote_errors/* describeRequest */.Ng)(method, url)} not sent: Zendesk linked to another host than ${base}, and credentials go only there`);
        }
        for (const [k, v] of Object.entries(query ?? {}))
            if (v !== undefined)
                url.searchParams.set(k, String(v));
        return url;
    }
    /**
     * One attempt: take a slot among the requests in flight, wait for the pacer, send, read the
     * whole answer. Only the attempt holds the slot, not the backoff after it, nor the `landed`
     * check (a request of its own, which would otherwise wait for a slot its caller holds).
     * Network failures come back as `{ error }` so the caller decides about retrying in one place.
     */
    attempt(route, method, url, options, retry) {
        const send = () => this.attemptNow(route, method, url, options);
        return route.limited ? this.slots.run(send, retry || options.urgent === true) : send();
    }
    async attemptNow(route, method, url, options) {
        const { pacer } = route;
        await pacer.acquire();
        try {
            const { header, generation } = route.anonymous ? { header: undefined, generation: 0 } : await this.authProvider.get();
            const headers = {
                accept: 'application/json',
                'user-agent': this.options.userAgent ?? 'zendesk-guide-publisher',
            };
            if (header)
                headers.authorization = header;
            let body;
            if (options.json !== undefined) {
                headers['content-type'] = 'application/json';
                body = JSON.stringify(options.json);
            }
            else if (options.form) {
                body = options.form;
            }
            this.stats.requests++;
            const signal = AbortSignal.timeout(this.timeoutMs);
            try {
                const res = await this.fetchImpl(url, { method, headers, body, signal });
                pacer.observe(res.headers);
                return { status: res.status, headers: res.headers, text: await res.text(), generation };
            }
            catch (error) {
                return { error, timedOut: signal.aborted };
            }
        }
        finally {
            pacer.release();
        }
    }
    get timeoutMs() {
        return this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    }
    async send(method, pathOrUrl, options, route) {
        const url = this.buildUrl(method, pathOrUrl, options.query);
        const idempotent = options.idempotent ?? method !== 'POST';
        const maxRetries = this.options.maxRetries ?? DEFAULT_MAX_RETRIES;
        const { pacer } = route;
        let attempt = 0;
        let waits429 = 0;
        let refreshed = false;
        for (;;) {
            const res = await this.attempt(route, method, url, options, attempt > 0);
            let retryable;
            if ('error' in res) {
                const failure = new remote_errors/* ZendeskNetworkError */.d9({
                    method,
                    url,
                    error: res.error,
                    attempts: attempt + 1,
                    timeoutMs: res.timedOut ? this.timeoutMs : undefined,
                });
                if (!failure.transient)
                    throw failure;
                // A refused connection never reached the server; anything else may have been carried out.
                retryable = { failure, outcomeUnknown: failure.kind !== 'refused', delayMs: backoff(attempt + 1) };
            }
            else {
                const retryAfter = Number(res.headers.get('retry-after'));
                const hasRetryAfter = Number.isFinite(retryAfter) && retryAfter > 0;
                if (res.status === 429 && waits429 < MAX_429_WAITS) {
                    waits429++;
                    this.stats.rateLimited++;
                    pacer.pause(hasRetryAfter ? retryAfter : 10);
                    // A wait of up to a minute with nothing on screen looks like a hang: say why.
                    this.options.logger.progress?.({
                        kind: 'wait',
                        seconds: hasRetryAfter ? retryAfter : 10,
                        reason: hasRetryAfter ? 'Zendesk rate limit, Retry-After' : 'Zendesk rate limit',
                    });
                    continue;
                }
                if (res.status === 401 && !route.anonymous && this.authProvider.canRefresh && !refreshed) {
                    refreshed = true;
                    await this.authProvider.refresh(res.generation);
                    continue;
                }
                const data = parseJson(res.text);
                if (res.status >= 200 && res.status < 300) {
                    if (attempt === 0)
                        this.budget.succeeded();
                    return data;
                }
                const failure = apiError(method, url, res, data, route);
                if (!RETRYABLE_STATUS.has(res.status))
                    throw failure;
                retryable = { failure, outcomeUnknown: true, delayMs: hasRetryAfter ? retryAfter * 1000 : backoff(attempt + 1) };
            }
            const { failure } = retryable;
            if (!idempotent && !options.landed)
                throw failure;
            if (attempt >= maxRetries)
                throw failure;
            if (!this.budget.take()) {
                if (!this.budgetWarned) {
                    this.budgetWarned = true;
                    this.options.logger.warning(`Zendesk failed too often in this run: failures are no longer retried (${failure.message})`);
                }
                throw failure;
            }
            attempt++;
            this.stats.retries++;
            this.options.logger.debug(`${failure.message}; retry ${attempt} of ${maxRetries}`);
            await this.sleep(retryable.delayMs);
            if (!idempotent && retryable.outcomeUnknown && options.landed) {
                const found = await options.landed();
                if (found !== undefined) {
                    this.stats.landed++;
                    this.options.logger.debug(`${(0,remote_errors/* describeRequest */.Ng)(method, url)}: the answer was lost, but the write had landed`);
                    return found;
                }
            }
        }
    }
}
function parseJson(text) {
    try {
        return text ? JSON.parse(text) : undefined;
    }
    catch {
        return undefined;
    }
}
/** What Zendesk said, as an error: Help Center errors say `description`, OAuth errors (RFC 6749) `error_description`. */
function apiError(method, url, res, data, route) {
    const err = (data ?? {});
    const code = typeof err.error === 'string' ? err.error : err.error?.title;
    return new remote_errors/* ZendeskApiError */.Z_({
        status: res.status,
        method,
        url,
        code,
        description: err.description ?? err.error_description ?? (data ? undefined : res.text.slice(0, 200)),
        details: err.details,
        hint: route.hints[res.status],
    });
}
/** Exponential backoff with jitter: 0.5 s, 1 s, 2 s, 4 s... capped at 15 s. */
function backoff(attempt) {
    const base = Math.min(15_000, 500 * 2 ** (attempt - 1));
    return base / 2 + Math.random() * (base / 2);
}

;// CONCATENATED MODULE: ./src/remote/client.ts


/**
 * The create request for an article, given its locales' content with the source locale first:
 * the plain form for one locale, the reference's "With translations" form (every locale in
 * `translations`, nothing at the top level) for several.
 */
function newArticle(metadata, [source, ...others]) {
    if (others.length === 0)
        return { ...metadata, locale: source.locale, title: source.title, body: source.body, draft: source.draft };
    return { ...metadata, locale: source.locale, translations: [source, ...others] };
}
/** Typed Help Center endpoints. One method per request; no hidden fan-out. */
class ZendeskClient {
    http;
    /**
     * The answer schemas carry the schema library: loaded from the start, while the first
     * requests are in flight, and awaited only when the first answer is checked.
     */
    responses = Promise.all(/* import() */[__webpack_require__.e(533), __webpack_require__.e(814)]).then(__webpack_require__.bind(__webpack_require__, 2814));
    constructor(options) {
        this.http = new ZendeskHttp(options);
        this.responses.catch(() => undefined);
    }
    /** Sends a request and checks that the answer has the shape `kind` describes. */
    async call(kind, method, pathOrUrl, options) {
        const data = await this.http.request(method, pathOrUrl, options);
        const { checkResponse } = await this.responses;
        // Messages name the endpoint; describeRequest leaves a query (or a next_page cursor) out.
        return checkResponse(kind, data, method, new URL(pathOrUrl, this.http.baseUrl));
    }
    /** Follows cursor pagination (or offset `next_page`) and collects `key` from every page. */
    async listAll(path, key, query = {}, urgent = false) {
        const items = [];
        let next = path;
        let params = { ...query, 'page[size]': '100' };
        while (next) {
            const page = await this.call(key, 'GET', next, { query: params, urgent });
            items.push(...(page[key] ?? []));
            params = undefined;
            next = page.meta?.has_more ? (page.links?.next ?? undefined) : (page.next_page ?? undefined);
        }
        return items;
    }
    listLocales() {
        return this.call('locales', 'GET', '/api/v2/help_center/locales');
    }
    listSections() {
        return this.listAll('/api/v2/help_center/sections', 'sections');
    }
    listCategories() {
        return this.listAll('/api/v2/help_center/categories', 'categories');
    }
    listPermissionGroups() {
        return this.listAll('/api/v2/guide/permission_groups', 'permission_groups');
    }
    listUserSegments() {
        return this.listAll('/api/v2/help_center/user_segments', 'user_segments');
    }
    /** One page of the incremental export, translations embedded in each article. */
    exportArticles(startTimeOrUrl) {
        if (typeof startTimeOrUrl === 'string')
            return this.call('export', 'GET', startTimeOrUrl);
        return this.call('export', 'GET', '/api/v2/help_center/incremental/articles', {
            query: { start_time: startTimeOrUrl, include: 'translations' },
        });
    }
    /** Every article through the paginated list (the fallback when the export is not allowed). */
    listArticles() {
        return this.listAll('/api/v2/help_center/articles', 'articles', { include: 'translations' });
    }
    /**
     * Creates an article in one request, all its locales included (see `newArticle`). Not
     * idempotent: after a lost answer it is sent again only once `landed` says it did not land.
     */
    async createArticle(sectionId, article, landed) {
        const res = await this.call('article', 'POST', `/api/v2/help_center/sections/${sectionId}/articles`, {
            json: { article, notify_subscribers: false },
            ...wrapLanded(landed, (article) => ({ article })),
        });
        return res.article;
    }
    /**
     * The section's articles, newest first, one page (`next` for the following one): where an
     * article whose create lost its answer would be, if it landed. Bodies in `locale`.
     */
    newestArticles(sectionId, locale, perPage, next) {
        if (next !== undefined)
            return this.call('articles', 'GET', next, { urgent: true });
        return this.call('articles', 'GET', `/api/v2/help_center/${encodeURIComponent(locale)}/sections/${sectionId}/articles`, {
            query: { sort_by: 'created_at', sort_order: 'desc', per_page: perPage },
            urgent: true,
        });
    }
    async updateArticle(id, metadata) {
        const res = await this.call('article', 'PUT', `/api/v2/help_center/articles/${id}`, {
            json: { article: metadata },
        });
        return res.article;
    }
    /** Adds a locale; not idempotent (a second create of one locale is refused), so retried only through `landed`. */
    async createTranslation(articleId, translation, landed) {
        const res = await this.call('translation', 'POST', `/api/v2/help_center/articles/${articleId}/translations`, { json: { translation }, ...wrapLanded(landed, (translation) => ({ translation })) });
        return res.translation;
    }
    /** One locale of an article, or undefined when the article has none in that locale. */
    async getTranslation(articleId, locale) {
        try {
            const res = await this.call('translation', 'GET', `/api/v2/help_center/articles/${articleId}/translations/${encodeURIComponent(locale)}`, { urgent: true });
            return res.translation;
        }
        catch (error) {
            if (error instanceof remote_errors/* ZendeskApiError */.Z_ && error.status === 404)
                return undefined;
            throw error;
        }
    }
    async updateTranslation(articleId, locale, changes) {
        const res = await this.call('translation', 'PUT', `/api/v2/help_center/articles/${articleId}/translations/${encodeURIComponent(locale)}`, { json: { translation: changes } });
        return res.translation;
    }
    /** Archives an article; one that is gone already (a retry after a lost answer, say) counts as archived. */
    async archiveArticle(id) {
        await goneIsDone(this.http.request('DELETE', `/api/v2/help_center/articles/${id}`));
    }
    /**
     * Uploads a file onto an article: it is born associated, so no crash can leave it on no
     * article (an unassociated upload cannot be found again: Zendesk lists none). Not
     * idempotent, so retried only through `landed`.
     */
    async uploadToArticle(articleId, file, inline, landed) {
        const form = new FormData();
        form.append('inline', inline ? 'true' : 'false');
        form.append('file', new Blob([file.data], { type: file.contentType }), file.name);
        const res = await this.call('attachment', 'POST', `/api/v2/help_center/articles/${articleId}/attachments`, { form, ...wrapLanded(landed, (attachment) => ({ article_attachment: attachment })) });
        return res.article_attachment;
    }
    /** Every attachment of an article, inline and block; `urgent` when it checks whether an upload landed. */
    listAttachments(articleId, urgent = false) {
        return this.listAll(`/api/v2/help_center/articles/${articleId}/attachments`, 'article_attachments', {}, urgent);
    }
    /** Deletes an attachment; one that is gone already counts as deleted. */
    async deleteAttachment(id) {
        await goneIsDone(this.http.request('DELETE', `/api/v2/help_center/articles/attachments/${id}`));
    }
}
/** The `landed` request option for a check that returns the created thing, in the answer's own envelope. */
function wrapLanded(landed, envelope) {
    if (!landed)
        return {};
    return {
        landed: async () => {
            const found = await landed();
            return found === undefined ? undefined : envelope(found);
        },
    };
}
/** A DELETE answered 404 reached its goal: what it was to remove is not there. */
async function goneIsDone(request) {
    try {
        await request;
    }
    catch (error) {
        if (error instanceof remote_errors/* ZendeskApiError */.Z_ && error.status === 404)
            return;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/apply/apply.ts








/** A promise settled from outside: the URL of an article once it exists. */
function deferred() {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
        resolve = res;
        reject = rej;
    });
    // A target nobody waits for must not become an unhandled rejection.
    promise.catch(() => undefined);
    const d = {
        promise,
        settled: false,
        resolve: (v) => {
            d.settled = true;
            resolve(v);
        },
        reject: (e) => {
            d.settled = true;
            reject(e);
        },
    };
    return d;
}
const NO_STUBS = { links: false, files: false };
/** The id of the article being written; only missing if the plan is out of order (a bug). */
function idOf(run) {
    if (run.outcome.articleId === undefined)
        throw new Error(`internal: ${run.article.key} has no article id yet`);
    return run.outcome.articleId;
}
const NEWEST_PAGE_SIZE = 30;
const NEWEST_PAGES = 5;
const CLOCK_MARGIN_MS = 60_000;
/**
 * Where a create that lost its answer would be if it landed: among the section's newest
 * articles, the one whose marker carries this key. Small pages, newest first, stopping at
 * articles older than the first attempt (a minute's margin for the clocks of both sides).
 */
async function findCreated(client, sectionId, locale, key, sentAt) {
    let next;
    for (let page = 0; page < NEWEST_PAGES; page++) {
        const { articles, next_page } = await client.newestArticles(sectionId, locale, NEWEST_PAGE_SIZE, next);
        const found = articles.find((a) => (0,marker/* analyzeBody */.fc)(a.body).marker?.key === key);
        if (found)
            return found;
        const oldest = articles.at(-1);
        if (!next_page || !oldest || Date.parse(oldest.created_at) < sentAt - CLOCK_MARGIN_MS)
            return undefined;
        next = next_page;
    }
    return undefined;
}
/** Whether an attachment Zendesk holds is this local file, as far as its answer tells: name, size and kind. */
function holds(attachment, asset) {
    return attachment.file_name === asset.name && attachment.size === asset.size && attachment.inline === asset.inline;
}
const fileKey = (asset) => `${asset.name}\u0000${asset.size}\u0000${asset.inline}`;
/** One executor per operation kind: the compiler refuses a kind without one. */
const EXECUTORS = {
    'create-article': async (op, run) => {
        const stubs = { links: op.stubLinks, files: op.stubFiles };
        const [main, ...rest] = await Promise.all(op.bodies.map((b) => run.render(b, stubs)));
        if (!main)
            throw new Error(`internal: ${run.article.key} has no body to create`);
        const sentAt = Date.now();
        const zd = await run.write(() => run.client.createArticle(op.sectionId, newArticle(op.metadata, [main, ...rest]), () => findCreated(run.client, op.sectionId, main.locale, run.article.key, sentAt)));
        run.outcome.articleId = zd.id;
        run.outcome.htmlUrl = zd.html_url;
        run.outcome.status = 'created';
        run.created(zd.html_url, main.locale);
        for (const b of [main, ...rest])
            run.written(b.locale);
    },
    'attach-files': async (op, run) => {
        const id = idOf(run);
        const listed = op.reconcile ? await run.client.listAttachments(id) : [];
        const before = new Set(listed.map((a) => a.id));
        const known = new Set(Object.values(run.article.knownAssets).flatMap((url) => attachmentIdOf(url) ?? []));
        // What a marker records belongs to its body; the rest was left by a run that died, or is stale.
        const unaccounted = listed.filter((a) => !known.has(a.id));
        const keys = op.assets.map(fileKey);
        // Two local files that look alike from outside cannot be told apart on Zendesk: upload both.
        const alike = new Set(keys.filter((k, i) => keys.indexOf(k) !== i));
        const mine = new Set();
        for (const asset of op.assets) {
            let attachment = alike.has(fileKey(asset)) ? undefined : unaccounted.find((a) => !mine.has(a.id) && holds(a, asset));
            if (!attachment) {
                const data = await promises_default().readFile(asset.absPath);
                attachment = await run.write(() => run.client.uploadToArticle(id, { name: asset.name, contentType: asset.contentType, data }, asset.inline, async () => (await run.client.listAttachments(id, true)).find((a) => !before.has(a.id) && !mine.has(a.id) && holds(a, asset))));
            }
            mine.add(attachment.id);
            run.assets[asset.sha] = attachment.content_url;
        }
        for (const a of unaccounted)
            if (!mine.has(a.id))
                await run.write(() => run.client.deleteAttachment(a.id));
    },
    'update-metadata': async (op, run) => {
        await run.write(() => run.client.updateArticle(idOf(run), op.changes));
    },
    'create-translation': async (op, run) => {
        const b = await run.render(op.body);
        const id = idOf(run);
        await run.write(() => run.client.createTranslation(id, b, () => run.client.getTranslation(id, b.locale)));
        run.written(b.locale);
    },
    'update-translation': async (op, run) => {
        const b = await run.render(op.body);
        await run.write(() => run.client.updateTranslation(idOf(run), b.locale, { title: b.title, body: b.body, draft: b.draft }));
        run.written(b.locale);
    },
    'delete-attachment': async (op, run) => {
        await run.write(() => run.client.deleteAttachment(op.attachmentId));
    },
    archive: async (_op, run) => {
        await run.write(() => run.client.archiveArticle(idOf(run)));
        run.outcome.status = 'archived';
    },
};
function execute(op, run) {
    return EXECUTORS[op.kind](op, run);
}
/**
 * Executes a plan and nothing else, in the plan's order per article (the article, its files
 * uploaded onto it, then the bodies that reference them); across articles, a body that links
 * to a new article waits until that article exists (the plan has already broken cycles by
 * stubbing links in a draft). One article failing does not stop the others; what it managed to
 * write is found by the next run through its marker and completed, so re-running converges
 * without duplicates.
 */
async function applyPlan(plan, client, logger, options = {}) {
    const outcomes = new Map();
    const targets = new Map(plan.articles.filter((a) => a.action === 'create').map((a) => [a.key, deferred()]));
    const writing = new Slots(options.articlesAtOnce ?? 8);
    async function runArticle(article) {
        const outcome = { key: article.key, status: 'unchanged', articleId: article.articleId, htmlUrl: article.htmlUrl, requests: 0 };
        outcomes.set(article.key, outcome);
        if (article.action === 'skip')
            outcome.status = 'skipped';
        if (article.operations.length === 0)
            return;
        // While it waits for an article it links to, its slot goes to another: the target may need it.
        let waits = 0;
        async function linkUrl(ref, stub) {
            if (ref.url !== undefined)
                return ref.url;
            if (stub)
                return STUB_URL;
            const target = targets.get(ref.targetKey);
            if (!target)
                throw new Error(`internal: no URL for linked article ${ref.targetKey}`);
            let created;
            const wait = !target.settled;
            if (wait && waits++ === 0)
                writing.release();
            try {
                created = await target.promise;
            }
            catch {
                throw new Error(`not written: it links to ${ref.targetKey}, which could not be created`);
            }
            finally {
                // Back before articles not started yet: finishing what is under way comes first.
                if (wait && --waits === 0)
                    await writing.acquire(true);
            }
            return (0,remote_index/* localeUrl */.EJ)(created.htmlUrl, created.sourceLocale, ref.locale) + (ref.anchor ? `#${ref.anchor}` : '');
        }
        const assets = { ...article.knownAssets };
        const rendered = new Map();
        const run = {
            article,
            outcome,
            client,
            assets,
            async render(spec, stubs = NO_STUBS) {
                const links = new Map();
                for (const ref of spec.refs)
                    if (ref.kind === 'article')
                        links.set(ref.index, await linkUrl(ref, stubs.links));
                const fileUrl = (sha) => assets[sha] ?? (stubs.files ? STUB_URL : undefined);
                const final = finalBody(spec, article.key, (ref) => (ref.kind === 'asset' ? fileUrl(ref.sha) : links.get(ref.index)));
                if (!final)
                    throw new Error(`internal: unresolved reference in ${spec.file}`);
                rendered.set(spec.locale, final.hash);
                const stubbed = spec.refs.some((r) => r.kind === 'article' ? stubs.links && r.url === undefined : stubs.files && assets[r.sha] === undefined);
                return { locale: spec.locale, title: spec.title, body: final.html, draft: spec.draft || stubbed };
            },
            written(locale) {
                const hash = rendered.get(locale);
                if (hash !== undefined)
                    outcome.published = { ...outcome.published, [locale]: hash };
            },
            write(fn) {
                outcome.requests++;
                return fn();
            },
            created(htmlUrl, sourceLocale) {
                targets.get(article.key)?.resolve({ htmlUrl, sourceLocale });
            },
        };
        await writing.acquire();
        try {
            for (const op of article.operations) {
                await execute(op, run);
                if (outcome.status === 'unchanged')
                    outcome.status = 'updated';
            }
        }
        catch (error) {
            outcome.status = 'failed';
            outcome.error = (0,errors/* errorMessage */.gJ)(error);
            targets.get(article.key)?.reject(error);
            logger.error(`${article.file ?? article.key}: ${outcome.error}`, article.file ? { file: article.file } : undefined);
        }
        finally {
            writing.release();
        }
        logger.progress?.({ kind: 'advance', item: article.file ?? article.key, failed: outcome.status === 'failed' });
    }
    await Promise.all(plan.articles.map(runArticle));
    return outcomes;
}

// EXTERNAL MODULE: ./src/plan/state.ts
var plan_state = __webpack_require__(3118);
;// CONCATENATED MODULE: ./src/apply/state-write.ts


/**
 * Saves the state record: one request, an update of the state article's body, or its creation
 * (a draft) on the first publish. Returns what it did.
 */
async function writeState(client, existing, state, place) {
    const body = (0,plan_state/* stateHtml */.tL)(state);
    if (existing) {
        await client.updateTranslation(existing.id, existing.source_locale, { body, draft: true });
        return 'updated';
    }
    if (!place)
        throw new Error('no section to keep the state record in (no article of this docs root exists yet)');
    await client.createArticle(place.sectionId, newArticle({ permission_group_id: place.permissionGroupId, user_segment_id: place.userSegmentId }, [
        { locale: place.locale, title: (0,plan_state/* stateTitle */._A)(state.root), body, draft: true },
    ]));
    return 'created';
}

;// CONCATENATED MODULE: ./src/apply/state-sync.ts


/** Where the first state record of a docs root goes: beside one of its articles. */
function placeOf(plan, outcomes, snapshot) {
    const staff = snapshot.userSegments.find((s) => s.user_type === 'staff')?.id ?? null;
    for (const a of plan.articles) {
        const existing = a.articleId !== undefined ? snapshot.articles.get(a.articleId) : undefined;
        if (existing)
            return {
                sectionId: existing.section_id,
                permissionGroupId: existing.permission_group_id,
                userSegmentId: staff,
                locale: snapshot.defaultLocale,
            };
        const create = a.operations.find((o) => o.kind === 'create-article');
        if (create?.kind === 'create-article' && outcomes.get(a.key)?.articleId !== undefined) {
            return {
                sectionId: create.sectionId,
                permissionGroupId: create.metadata.permission_group_id,
                userSegmentId: staff,
                locale: snapshot.defaultLocale,
            };
        }
    }
    return undefined;
}
/**
 * After apply: saves what this run published into the docs root's state record, in one
 * request, and only when it changed (a no-op run writes nothing). A failure here loses nothing
 * already published (markers still carry identity) and the next publish saves the record again.
 */
async function syncState(options) {
    const held = options.index.states.get(options.root);
    const next = (0,plan_state/* nextState */.VK)(held?.state, options.root, options.plan, options.outcomes);
    if ((0,plan_state/* sameState */.yY)(held?.state, next))
        return;
    if (options.commit)
        next.commit = options.commit;
    try {
        const done = await writeState(options.client, held?.article, next, placeOf(options.plan, options.outcomes, options.snapshot));
        options.logger.info(`State record ${done} (${Object.keys(next.articles).length} articles).`);
    }
    catch (error) {
        options.logger.warning(`could not save the state record (${error instanceof Error ? error.message : String(error)}); the articles are published, and the next publish saves it`, { file: options.root });
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/source/git.ts


/** Runs git in the repository; undefined when git is missing or the command fails. */
function git(repoRoot, args) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', ['-C', repoRoot, ...args], { maxBuffer: 64 * 1024 * 1024, windowsHide: true }, (error, stdout) => resolve(error ? undefined : stdout));
    });
}
/** The commit checked out, when the docs are in a git repository. */
async function gitHead(repoRoot) {
    return (await git(repoRoot, ['rev-parse', '--verify', '--quiet', 'HEAD']))?.trim() || undefined;
}
/**
 * Markdown files git sees moved under the docs root since `fromCommit` (the state record's),
 * committed or staged: old key → new key (docs-relative paths without `.md`). A shallow clone
 * (actions/checkout's default) does not reach an older commit: then renames are found by
 * content and title instead, and the caller says so.
 */
async function gitRenames(repoRoot, fromCommit, docsRoot) {
    if (!/^[0-9a-f]{7,64}$/i.test(fromCommit))
        return { unavailable: 'the recorded commit is not a commit id' };
    if ((await git(repoRoot, ['cat-file', '-e', `${fromCommit}^{commit}`])) === undefined) {
        return { unavailable: `git history here does not reach commit ${fromCommit.slice(0, 7)} (a shallow clone? use fetch-depth: 0)` };
    }
    const docsRel = external_node_path_default().relative(repoRoot, docsRoot).split((external_node_path_default()).sep).join('/') || '.';
    const out = await git(repoRoot, ['diff', '-M', '--name-status', '-z', fromCommit, '--', docsRel]);
    if (out === undefined)
        return { unavailable: 'git diff failed' };
    const renames = new Map();
    const fields = out.split('\0');
    const keyOf = (file) => {
        const rel = external_node_path_default().posix.relative(docsRel === '.' ? '' : docsRel, file);
        return /\.md$/i.test(rel) && !rel.startsWith('..') ? rel.replace(/\.md$/i, '') : undefined;
    };
    for (let i = 0; i < fields.length;) {
        const status = fields[i++];
        if (!status)
            continue;
        if (status.startsWith('R') || status.startsWith('C')) {
            const from = keyOf(fields[i++] ?? '');
            const to = keyOf(fields[i++] ?? '');
            if (status.startsWith('R') && from !== undefined && to !== undefined)
                renames.set(from, to);
        }
        else {
            i++;
        }
    }
    return { renames };
}

;// CONCATENATED MODULE: ./src/diagnostics.ts
function hasErrors(diagnostics) {
    return diagnostics.some((d) => d.severity === 'error');
}
/** `file:line:column: message (hint)` as compilers print it. */
function formatDiagnostic(d) {
    const where = [d.file, d.line, d.line ? d.column : undefined].filter((p) => p !== undefined).join(':');
    return `${where}: ${d.severity}: ${d.message}${d.hint ? ` (${d.hint})` : ''}`;
}
/** Stable order: by file, then line, then column. */
function sortDiagnostics(list) {
    return [...list].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

;// CONCATENATED MODULE: ./src/plan/cycles.ts
/**
 * New articles that link to each other in a cycle (or to themselves) cannot all wait for one
 * another: each such article is created first with those links stubbed and as a draft, and
 * its bodies are rewritten with the real links once every target exists. The rewrites go last,
 * after the article's files are uploaded; a body rewritten for its files already is not
 * rewritten twice.
 */
function breakLinkCycles(articles) {
    const creating = new Map(articles.filter((a) => a.action === 'create').map((a) => [a.key, a]));
    const inCycle = new Set();
    // Depth-first search over "waits for" edges between new articles; a back edge closes a cycle.
    const state = new Map();
    const stack = [];
    const visit = (key) => {
        state.set(key, 'open');
        stack.push(key);
        for (const next of creating.get(key)?.waitsFor ?? []) {
            if (!creating.has(next))
                continue;
            if (state.get(next) === 'open')
                for (const k of stack.slice(stack.indexOf(next)))
                    inCycle.add(k);
            else if (!state.has(next))
                visit(next);
        }
        stack.pop();
        state.set(key, 'done');
    };
    for (const key of creating.keys())
        if (!state.has(key))
            visit(key);
    for (const key of inCycle) {
        const article = creating.get(key);
        const at = article?.operations.findIndex((o) => o.kind === 'create-article') ?? -1;
        const create = article?.operations[at];
        if (!article || create?.kind !== 'create-article')
            continue;
        create.stubLinks = true;
        const rewritten = new Set(article.operations.flatMap((o) => (o.kind === 'update-translation' ? [o.body] : [])));
        const pending = create.bodies.filter((b) => !rewritten.has(b) && b.refs.some((r) => r.kind === 'article' && r.url === undefined));
        article.operations.push(...pending.map((body) => ({ kind: 'update-translation', body })));
        article.reasons.push('links to other new articles: created as a draft, then linked');
    }
}

;// CONCATENATED MODULE: ./src/plan/identity.ts



/**
 * Which Zendesk article each file is, from the carriers that survive different accidents:
 * its front-matter `id` (which must exist and be the tool's, unless `adopt`); else the state
 * record's entry for its key (it survives any edit in Guide); else the key in an article's
 * marker (it survives a lost state record; the oldest article, should there be several). An
 * article claimed by two files is an error on the second. Files with an identity error are
 * absent from the result.
 */
function matchIdentities(sources, ctx) {
    const identities = new Map();
    const claimedBy = new Map();
    for (const source of sources) {
        const { meta, key } = source;
        let article;
        if (meta.id !== undefined) {
            const at = source.locations.id ?? source.start;
            article = ctx.snapshot.articles.get(meta.id);
            if (!article || (0,remote_index/* isStateArticle */.EX)(ctx.remote, meta.id)) {
                reportError(ctx, at, `article ${meta.id} does not exist in Zendesk (or is archived)`, 'remove the id to create a new article, or restore it in Guide');
                continue;
            }
            if (!ctx.managed(article.id) && !meta.adopt) {
                reportError(ctx, at, `article ${meta.id} ("${article.title}") was not published by this tool`, 'set `adopt: true` to take it over; its Guide copy will be replaced');
                continue;
            }
        }
        else {
            const recorded = ctx.state?.articles[key];
            article = recorded ? ctx.snapshot.articles.get(recorded.id) : undefined;
            article ??= [...(ctx.remote.byKey.get(key) ?? [])].sort((a, b) => a.id - b.id)[0];
        }
        if (article) {
            const other = claimedBy.get(article.id);
            if (other) {
                // Two equal explicit ids were already reported by the source stage, once per file.
                if (other.meta.id !== meta.id) {
                    reportError(ctx, source.locations.id ?? source.start, `this file and ${other.file} both claim article ${article.id}`, 'each article must have exactly one source file');
                }
                continue;
            }
            claimedBy.set(article.id, source);
        }
        identities.set(source, { article });
    }
    return identities;
}
function orphansOf(identities, ctx, present) {
    const claimed = new Set([...identities.values()].flatMap((i) => (i.article ? [i.article.id] : [])));
    const out = new Map();
    const consider = (key, article, fingerprint) => {
        if (!article || claimed.has(article.id) || present.has(key) || ctx.unavailable.has(key) || out.has(article.id))
            return;
        out.set(article.id, { key, article, fingerprint });
    };
    for (const [key, entry] of Object.entries(ctx.state?.articles ?? {}))
        consider(key, ctx.snapshot.articles.get(entry.id), entry.s);
    for (const [key, list] of ctx.remote.byKey) {
        for (const article of list) {
            const source = ctx.remote.analyzed.get(article.id)?.get(article.source_locale.toLowerCase());
            consider(key, article, source?.marker?.src);
        }
    }
    return [...out.values()];
}
/** The one item of a list, or undefined when there are none or several (no guessing). */
const single = (list) => (list.length === 1 ? list[0] : undefined);
const sameTitle = (a, b) => a.trim().toLowerCase() === b.trim().toLowerCase();
/** The section a file names, resolved quietly: a wrong name is reported by the metadata step. */
function sectionOf(source, ctx) {
    if (!source.meta.section)
        return undefined;
    const r = (0,resolve/* resolveSection */.o2)(source.meta.section, ctx.snapshot, source.start);
    return r.ok ? r.value : undefined;
}
const sourceTitle = (article) => (0,remote_index/* translationsOf */.eY)(article).find((t) => t.locale.toLowerCase() === article.source_locale.toLowerCase())?.title ?? article.title;
/**
 * A file without an article may be one that moved (renamed without `id`): it keeps its article,
 * and so its id and URL. Known from git (a rename since the state record's commit), else from
 * the content (the same Markdown as last published), else from the same title in the same
 * section. Each only when exactly one orphan fits.
 */
function matchMoves(identities, prepared, ctx) {
    const present = new Set([...identities.keys()].map((s) => s.key));
    let orphans = orphansOf(identities, ctx, present);
    if (orphans.length === 0)
        return;
    const movedFrom = new Map([...(ctx.options.renames ?? [])].map(([from, to]) => [to, from]));
    for (const [source, identity] of identities) {
        if (identity.article || source.meta.id !== undefined)
            continue;
        const body = prepared.get(source.key)?.bodies[0];
        const from = movedFrom.get(source.key);
        const orphan = (from !== undefined ? orphans.find((o) => o.key === from) : undefined) ??
            (body ? single(orphans.filter((o) => o.fingerprint !== undefined && o.fingerprint === body.fingerprint)) : undefined) ??
            (body
                ? single(orphans.filter((o) => sameTitle(sourceTitle(o.article), body.title) && o.article.section_id === (sectionOf(source, ctx) ?? o.article.section_id)))
                : undefined);
        if (!orphan)
            continue;
        identities.set(source, { article: orphan.article, movedFrom: orphan.key });
        orphans = orphans.filter((o) => o !== orphan);
    }
}
/**
 * Before any create: rule out that the article exists already. An article in the target section
 * with the same title that nothing records as the tool's (its marker stripped and the state
 * record lost, or made by hand) stops the run with a conflict naming both, instead of a copy.
 */
function guardCreates(identities, prepared, ctx) {
    const unmanaged = [...ctx.snapshot.articles.values()].filter((a) => !ctx.managed(a.id) && !(0,remote_index/* isStateArticle */.EX)(ctx.remote, a.id));
    if (unmanaged.length === 0)
        return;
    for (const [source, identity] of identities) {
        if (identity.article)
            continue;
        const title = prepared.get(source.key)?.bodies[0]?.title;
        const section = sectionOf(source, ctx);
        if (title === undefined || section === undefined)
            continue;
        const twin = unmanaged.find((a) => a.section_id === section && (0,remote_index/* translationsOf */.eY)(a).some((t) => sameTitle(t.title, title)));
        if (!twin)
            continue;
        reportError(ctx, source.start, `would create a new article, but article ${twin.id} ("${sourceTitle(twin)}") in the same section has this title and nothing records it as this file's (its marker stripped and the state record lost, or made by hand)`, `if it is this article, set \`id: ${twin.id}\` and \`adopt: true\`; if not, give this file another title`);
        identities.delete(source);
    }
}

;// CONCATENATED MODULE: ./src/plan/links.ts
/** Every file of every article by docs-relative path (lower case), source files and translations. */
function linkTargets(matched, defaultLocale) {
    const byRelPath = new Map();
    for (const [source, article] of matched) {
        const sourceLocale = source.meta.locale ?? defaultLocale;
        const entry = {
            key: source.key,
            locales: new Set([sourceLocale, ...source.translations.map((t) => t.locale)]),
            article,
            sourceLocale,
        };
        // Keys are docs-relative paths without the extension.
        byRelPath.set(`${source.key}.md`.toLowerCase(), entry);
        for (const t of source.translations)
            byRelPath.set(`${t.key}.${t.locale}.md`.toLowerCase(), entry);
    }
    return byRelPath;
}

;// CONCATENATED MODULE: ./src/plan/removals.ts

/**
 * Articles this tool published whose file is gone: archived when `archive-removed` is on, and
 * never more than `max-archive` at once (more is an error, so nothing is written). A file that
 * exists but could not be read still holds its article.
 */
function planRemovals(claimed, ctx) {
    if (!ctx.options.archiveRemoved)
        return [];
    // This root's record, and markers (which also cover articles published before there was a record).
    const candidates = new Map();
    for (const [key, entry] of Object.entries(ctx.state?.articles ?? {})) {
        const article = ctx.snapshot.articles.get(entry.id);
        if (article && !ctx.unavailable.has(key))
            candidates.set(article.id, article);
    }
    for (const [key, list] of ctx.remote.byKey)
        if (!ctx.unavailable.has(key))
            for (const a of list)
                candidates.set(a.id, a);
    const orphans = [...candidates.values()].filter((a) => !claimed.has(a.id)).sort((a, b) => a.id - b.id);
    if (orphans.length > ctx.options.maxArchive) {
        ctx.diagnostics.push({
            severity: 'error',
            file: '.',
            message: `${orphans.length} published articles have no file any more, more than max-archive (${ctx.options.maxArchive}); refusing to archive them`,
            hint: 'restore the files, or raise max-archive if this is intended',
        });
    }
    return orphans.map((a) => ({
        key: ctx.stateByArticle.get(a.id)?.key ?? (0,remote_index/* markerKeyOf */.Vn)(ctx.remote, a.id) ?? '',
        file: undefined,
        title: a.title,
        articleId: a.id,
        htmlUrl: a.html_url,
        sourceLocale: a.source_locale,
        action: 'archive',
        reasons: ['its file was removed'],
        drifted: [],
        operations: [{ kind: 'archive' }],
        knownAssets: {},
        waitsFor: [],
    }));
}

;// CONCATENATED MODULE: ./src/plan/plan.ts








/**
 * The heart of the tool: compares the desired state (the files) with the snapshot and decides,
 * per article, the operations that make Zendesk match, each with its reason. Pure: the dry run
 * shows exactly what apply will do, because apply executes this and nothing else.
 *
 * Steps, each its own function: match identities (id, state record, marker) → find files that
 * moved → rule out creating what exists → check locales and resolve metadata → resolve bodies
 * and diff each article → plan removals → break link cycles among new articles.
 * Every step reports into one diagnostics list, so a run shows all of its errors at once.
 */
function buildPlan(input, snapshot, options, index) {
    if (!snapshot)
        return offlinePlan(input.prepared, options);
    const preparedByKey = new Map(input.prepared.map((p) => [p.source.key, p]));
    const notRendered = input.sources.filter((s) => !preparedByKey.has(s.key)).map((s) => s.key);
    const ctx = createContext(snapshot, index ?? (0,remote_index/* indexRemote */.tW)(snapshot), options, [...(options.unavailableKeys ?? []), ...notRendered]);
    const identities = matchIdentities(input.sources, ctx);
    matchMoves(identities, preparedByKey, ctx);
    guardCreates(identities, preparedByKey, ctx);
    const matched = new Map([...identities].map(([source, identity]) => [source, identity.article]));
    const targets = linkTargets(matched, ctx.defaultLocale);
    const articles = [];
    for (const source of input.sources) {
        // These run for every file, even one whose identity or rendering failed, so one run
        // reports its identity, locale, name, image and link errors together.
        const localesOk = checkLocales(source, ctx);
        const article = matched.get(source);
        const metadata = resolveMetadata(source, { creating: matched.has(source) && !article }, ctx);
        const prepared = preparedByKey.get(source.key);
        if (!prepared || !matched.has(source))
            continue;
        const bodies = resolveBodies(prepared, targets, ctx);
        if (!localesOk || !metadata || !bodies)
            continue;
        articles.push(diffArticle(prepared, article, metadata, bodies, ctx, identities.get(source)?.movedFrom));
    }
    const claimed = new Set([...matched.values()].flatMap((a) => (a ? [a.id] : [])));
    articles.push(...planRemovals(claimed, ctx));
    breakLinkCycles(articles);
    return { articles, diagnostics: ctx.diagnostics, offline: false, onDrift: options.onDrift };
}
/** Without a snapshot nothing can be compared: every rendered article is listed as such. */
function offlinePlan(prepared, options) {
    return {
        offline: true,
        onDrift: options.onDrift,
        diagnostics: [],
        articles: prepared.map((p) => ({
            key: p.source.key,
            file: p.source.file,
            title: p.bodies[0]?.title ?? p.source.key,
            articleId: p.source.meta.id,
            htmlUrl: undefined,
            sourceLocale: p.source.meta.locale ?? options.defaultLocale ?? '',
            action: 'offline',
            reasons: ['not compared with Zendesk (no credentials)'],
            drifted: [],
            operations: [],
            knownAssets: {},
            waitsFor: [],
        })),
    };
}

// EXTERNAL MODULE: ./src/render/assets.ts
var assets = __webpack_require__(3475);
;// CONCATENATED MODULE: ./src/plan/reuse.ts




/**
 * Decides, before rendering, which bodies are certainly unchanged in Zendesk: the marker of
 * the stored translation records the same source fingerprint, every local file it referenced
 * still has the same content, every linked article still resolves to the same URL, the title
 * and draft state match, and nobody edited it in Guide since. Such a body needs no rendering
 * and no comparison, which is what makes a no-op run cheap. Any doubt means "render it".
 */
class ReusePlanner {
    snapshot;
    index;
    options;
    docs = new Map();
    byRelPath = new Map();
    recorded = new Map();
    constructor(articles, snapshot, index, options) {
        this.snapshot = snapshot;
        this.index = index;
        this.options = options;
        for (const article of articles) {
            const sourceLocale = article.meta.locale ?? options.defaultLocale;
            const draft = article.meta.draft ?? false;
            this.docs.set(article.file, { article, doc: article, locale: sourceLocale, title: article.meta.title, draft });
            this.byRelPath.set(this.docsRel(article.absPath).toLowerCase(), article);
            for (const t of article.translations) {
                this.docs.set(t.file, { article, doc: t, locale: t.locale, title: t.title, draft: t.draft ?? draft });
                this.byRelPath.set(this.docsRel(t.absPath).toLowerCase(), article);
            }
        }
        for (const info of this.docs.values()) {
            const marker = this.storedBody(info)?.analyzed.marker;
            if (!marker?.refs)
                continue;
            const list = [];
            for (const [written, value] of Object.entries(marker.refs)) {
                const ref = (0,assets/* referencePath */.Z8)(written);
                if (/\.md$/i.test(ref)) {
                    const { rel, anchor } = (0,assets/* linkTarget */.Cm)(this.docsRel(info.doc.absPath), written);
                    list.push({ kind: 'article', rel, anchor, url: value });
                }
                else {
                    list.push({ kind: 'asset', abs: external_node_path_default().resolve(external_node_path_default().dirname(info.doc.absPath), ref), sha: value });
                }
            }
            this.recorded.set(info.doc.file, list);
        }
    }
    docsRel(abs) {
        return external_node_path_default().relative(this.options.docsRoot, abs).split((external_node_path_default()).sep).join('/');
    }
    /** The remote article a source file is: by id, else by the key in a marker. */
    remoteOf(article) {
        if (article.meta.id !== undefined)
            return this.snapshot.articles.get(article.meta.id);
        return [...(this.index.byKey.get(article.key) ?? [])].sort((a, b) => a.id - b.id)[0];
    }
    storedBody(info) {
        const remote = this.remoteOf(info.article);
        if (!remote)
            return undefined;
        const analyzed = this.index.analyzed.get(remote.id)?.get(info.locale);
        const translation = (0,remote_index/* translationsOf */.eY)(remote).find((t) => t.locale.toLowerCase() === info.locale);
        if (!analyzed || !translation)
            return undefined;
        return { analyzed, translation };
    }
    /** Files whose content hash the check needs; the caller reads them (I/O stays at the edge). */
    filesToHash() {
        const files = new Set();
        for (const list of this.recorded.values())
            for (const r of list)
                if (r.kind === 'asset')
                    files.add(r.abs);
        return [...files];
    }
    /** A reuse check for prepareArticles, given the content hashes of `filesToHash()`. */
    check(shaOf) {
        return (doc, fingerprint) => {
            const info = this.docs.get(doc.file);
            if (!info)
                return undefined;
            const stored = this.storedBody(info);
            const marker = stored?.analyzed.marker;
            if (!stored || !marker || marker.key !== info.article.key || marker.src !== fingerprint)
                return undefined;
            const { translation, analyzed } = stored;
            if (translation.draft !== info.draft)
                return undefined;
            if (info.title !== undefined && translation.title !== info.title)
                return undefined;
            if ((0,normalize/* contentHash */.Ae)(translation.title, analyzed.digest) !== marker.hash)
                return undefined;
            const assetShas = [];
            for (const r of this.recorded.get(doc.file) ?? []) {
                if (r.kind === 'asset') {
                    if (shaOf.get(r.abs) !== r.sha || marker.assets[r.sha] === undefined)
                        return undefined;
                    assetShas.push(r.sha);
                    continue;
                }
                const target = this.byRelPath.get(r.rel.toLowerCase());
                const remote = target && this.remoteOf(target);
                if (!target || !remote)
                    return undefined;
                const hasLocale = target.translations.some((t) => t.locale === info.locale) || (target.meta.locale ?? this.options.defaultLocale) === info.locale;
                const locale = hasLocale ? info.locale : (target.meta.locale ?? this.options.defaultLocale);
                if ((0,remote_index/* liveUrl */.ew)(remote, locale) + (r.anchor ? `#${r.anchor}` : '') !== r.url)
                    return undefined;
            }
            return { title: translation.title, assetShas };
        };
    }
}

;// CONCATENATED MODULE: ./src/remote/snapshot.ts

/**
 * Reads all articles through the incremental export from time 0: up to 1,000 a page with
 * translations embedded, so a help center of thousands of articles costs a few requests. Items
 * that repeat at page boundaries are de-duplicated by id. A full page whose items share one
 * timestamp would hand back the same start_time forever, so that case (and an account that may
 * not use the export) falls back to the paginated list.
 */
async function fetchArticles(client, logger, 
/** Called for each article as its page arrives (a repeat at a page boundary comes again). */
onArticle = () => undefined) {
    const articles = new Map();
    let startTime = 0;
    let page;
    try {
        page = await client.exportArticles(0);
    }
    catch (error) {
        if (error instanceof remote_errors/* ZendeskApiError */.Z_ && (error.status === 403 || error.status === 404)) {
            logger.warning(`the incremental article export is not available to these credentials (${error.status}); listing articles page by page instead`);
            return { articles: await listFallback(client, onArticle), articlesVia: 'list' };
        }
        throw error;
    }
    for (;;) {
        for (const a of page.articles) {
            articles.set(a.id, a);
            onArticle(a);
        }
        if (!page.next_page || page.articles.length === 0)
            break;
        const next = Number(new URL(page.next_page).searchParams.get('start_time'));
        if (!Number.isFinite(next) || next <= startTime) {
            logger.warning(`the incremental export returned a full page of articles changed in the same second (${startTime}); listing articles page by page instead`);
            return { articles: await listFallback(client, onArticle), articlesVia: 'list' };
        }
        startTime = next;
        page = await client.exportArticles(page.next_page);
    }
    return { articles, articlesVia: 'incremental-export' };
}
async function listFallback(client, onArticle) {
    const list = await client.listArticles();
    for (const a of list)
        onArticle(a);
    return new Map(list.map((a) => [a.id, a]));
}
/**
 * The structure lookups and the articles, fetched concurrently: one picture per run. Categories
 * are only needed to tell apart sections that share a name (`Category / Section`), so they are
 * fetched only when `needCategories` says the section names in use call for it.
 */
async function fetchSnapshot(client, logger, needCategories = () => true, onArticle) {
    const [locales, sections, permissionGroups, userSegments, articles] = await Promise.all([
        client.listLocales(),
        client.listSections(),
        client.listPermissionGroups(),
        client.listUserSegments(),
        fetchArticles(client, logger, onArticle),
    ]);
    const categories = (await needCategories(sections)) ? await client.listCategories() : [];
    return {
        locales: locales.locales.map((l) => l.toLowerCase()),
        defaultLocale: locales.default_locale.toLowerCase(),
        categories,
        sections,
        permissionGroups,
        userSegments,
        ...articles,
    };
}

// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
// EXTERNAL MODULE: ./src/report/plural.ts
var plural = __webpack_require__(1190);
// EXTERNAL MODULE: ./src/diff/types.ts
var diff_types = __webpack_require__(6394);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/diff/spool.ts




/** Bodies are written in chunks of about this size: few system calls, little held in memory. */
const CHUNK_BYTES = 1 << 20;
/**
 * The stored bodies of a help center, kept on disk rather than in memory. A diff needs the live
 * text of the translations the plan updates, but which ones is known only once the plan is made,
 * long after each export page has been read and its bodies dropped (memory stays flat for help
 * centers of 40,000 translations; reading them again would cost a request each). So every body
 * is appended to one temporary file as its page arrives, and only an offset per translation is
 * kept; the few that are diffed are read back from it.
 */
class BodySpool {
    dir;
    fd;
    where = new Map();
    pending = [];
    pendingBytes = 0;
    written = 0;
    closed = false;
    constructor(parent = process.env.RUNNER_TEMP || external_node_os_default().tmpdir()) {
        this.dir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(parent, 'zgp-bodies-'));
        this.fd = (0,external_node_fs_.openSync)(external_node_path_default().join(this.dir, 'bodies'), 'w+', 0o600);
    }
    /** Every translation of an article, as the snapshot has it; a repeat replaces the earlier copy. */
    add(article) {
        if (this.closed)
            return;
        const locales = new Map();
        for (const t of (0,remote_index/* translationsOf */.eY)(article)) {
            if (!t.body)
                continue;
            const data = Buffer.from(t.body, 'utf8');
            locales.set(t.locale.toLowerCase(), { at: this.written + this.pendingBytes, bytes: data.length });
            this.pending.push(data);
            this.pendingBytes += data.length;
        }
        this.where.set(article.id, locales);
        if (this.pendingBytes >= CHUNK_BYTES)
            this.flush();
    }
    /** The stored body of one translation, or undefined when it had none (or the spool is closed). */
    read(articleId, locale) {
        const entry = this.where.get(articleId)?.get(locale.toLowerCase());
        if (!entry || this.closed)
            return undefined;
        this.flush();
        const data = Buffer.alloc(entry.bytes);
        let done = 0;
        while (done < entry.bytes) {
            const n = (0,external_node_fs_.readSync)(this.fd, data, done, entry.bytes - done, entry.at + done);
            if (n === 0)
                break;
            done += n;
        }
        return data.subarray(0, done).toString('utf8');
    }
    /** Removes the file; safe to call more than once. */
    close() {
        if (this.closed)
            return;
        this.closed = true;
        this.pending = [];
        (0,external_node_fs_.closeSync)(this.fd);
        (0,external_node_fs_.rmSync)(this.dir, { recursive: true, force: true });
    }
    flush() {
        if (!this.pendingBytes)
            return;
        const data = Buffer.concat(this.pending, this.pendingBytes);
        let done = 0;
        while (done < data.length)
            done += (0,external_node_fs_.writeSync)(this.fd, data, done, data.length - done, this.written + done);
        this.written += data.length;
        this.pending = [];
        this.pendingBytes = 0;
    }
}

;// CONCATENATED MODULE: ./src/pipeline.ts

















/**
 * config → source → render → remote → plan → apply → report. Any error in the files or the plan
 * stops the run before the first write; the report says why. An exception (credentials refused,
 * the network down) comes out as a PipelineError carrying the problems found so far, and only
 * ever before the first write: apply records each article's failure in its outcome instead.
 */
async function runPipeline(settings, logger, deps = {}, options = {}) {
    const state = { diagnostics: [], logged: false, client: undefined };
    const caps = options.diffs ?? (settings.mode === 'dry-run' ? diff_types/* REPORT_DIFF_CAPS */.N : false);
    let spool;
    try {
        // Stored bodies go to disk as they arrive, for the diffs; memory keeps only their offsets.
        if (caps && settings.zendeskUrl && settings.auth)
            spool = new BodySpool();
        return await runSteps(settings, logger, deps, state, { ...options, diffs: caps }, spool);
    }
    catch (error) {
        const sorted = sortDiagnostics(state.diagnostics);
        if (!state.logged)
            logDiagnostics(sorted, logger);
        const stats = state.client?.http.stats;
        throw new errors/* PipelineError */.zC(error, sorted, {
            total: stats?.requests ?? 0,
            rateLimited: stats?.rateLimited ?? 0,
            retries: stats?.retries ?? 0,
        });
    }
    finally {
        spool?.close();
    }
}
function logDiagnostics(sorted, logger) {
    for (const d of sorted) {
        const where = { file: d.file, ...(d.line ? { line: d.line } : {}), ...(d.column ? { column: d.column } : {}) };
        const text = d.hint ? `${d.message} (${d.hint})` : d.message;
        if (d.severity === 'error')
            logger.error(text, where);
        else
            logger.warning(text, where);
    }
}
async function runSteps(settings, logger, deps, state, options, spool) {
    const started = Date.now();
    const { diagnostics } = state;
    // Zendesk is asked first: the client needs only the settings, and the modules that read the
    // config file and the Markdown (the schema library and the YAML parser, which were nearly
    // half of what loaded at startup) load while the first requests are in flight.
    let client;
    if (deps.offline) {
        logger.debug('Offline: validating and rendering; Zendesk is not asked.');
    }
    else if (settings.zendeskUrl && settings.auth) {
        client = new ZendeskClient({
            baseUrl: settings.zendeskUrl,
            auth: settings.auth,
            logger,
            concurrency: settings.concurrency,
            ...(deps.fetch ? { fetch: deps.fetch } : {}),
            ...(deps.sleep ? { sleep: deps.sleep } : {}),
        });
        state.client = client;
    }
    else {
        logger.info('No Zendesk credentials: validating and rendering offline; nothing is compared with Zendesk.');
    }
    // Each stored body is parsed once as its page arrives, then dropped: the index keeps a digest
    // of its normalized form, which is all the plan needs, so memory stays flat for large help centers.
    // For the diffs, the spool copies it to disk first.
    const indexBuilder = new remote_index/* RemoteIndexBuilder */.w9();
    // The files are read once the config file is; the snapshot may ask for them before that.
    let sourceLoaded;
    const sourcePromise = new Promise((resolve) => (sourceLoaded = resolve));
    const snapshotPromise = client
        ? fetchSnapshot(client, logger, async (sections) => options.categories || (0,resolve/* sectionNamesNeedCategories */.GE)((await sourcePromise).articles, sections), (article) => {
            indexBuilder.add(article);
            spool?.add(article);
            article.body = null;
            for (const t of article.translations ?? [])
                t.body = null;
        })
        : undefined;
    // Handled below; this only stops Node from reporting it as unhandled while the files load.
    snapshotPromise?.catch(() => undefined);
    const { loadConfigFile, duplicateIds, loadSource } = await Promise.all(/* import() */[__webpack_require__.e(533), __webpack_require__.e(6), __webpack_require__.e(954)]).then(__webpack_require__.bind(__webpack_require__, 954));
    // The config file completes the settings (inputs and flags win); its errors block like any other.
    const loaded = await loadConfigFile(settings);
    const config = loaded.config;
    diagnostics.push(...loaded.diagnostics);
    if (loaded.read)
        logger.info(`Config file: ${loaded.file}`);
    // Reading the files and reading the help center overlap: one is disk, the other network.
    sourceLoaded(loadSource(config.docsRoot, config.repoRoot, { include: config.include, exclude: config.exclude, aliases: config.aliases }));
    const source = await logger.group('Reading Markdown', async () => {
        const result = await sourcePromise;
        diagnostics.push(...result.diagnostics, ...duplicateIds(result.articles));
        logger.info(`${(0,plural/* plural */.L)(result.articles.length, 'article')}, ${(0,plural/* plural */.L)(result.articles.reduce((n, a) => n + a.translations.length, 0), 'translation')}`);
        return result;
    });
    const snapshot = snapshotPromise
        ? await logger.group('Reading the help center', async () => {
            const s = await snapshotPromise;
            logger.info(`${(0,plural/* plural */.L)(s.articles.size, 'article')} in Zendesk (via ${s.articlesVia}), ${(0,plural/* plural */.L)(s.sections.length, 'section')}, locales ${s.locales.join(', ')}`);
            return s;
        })
        : undefined;
    const index = snapshot ? indexBuilder.build() : undefined;
    options.onRead?.({ config, source, snapshot });
    const { prepared } = await logger.group('Rendering', async () => {
        const reader = new assets/* AssetReader */.e0(config.repoRoot);
        let reuse;
        if (snapshot && index) {
            const planner = new ReusePlanner(source.articles, snapshot, index, {
                docsRoot: config.docsRoot,
                defaultLocale: config.defaultLocale ?? snapshot.defaultLocale,
            });
            const files = planner.filesToHash();
            const shas = await Promise.all(files.map((f) => reader.shaOf(f)));
            reuse = planner.check(new Map(files.map((f, i) => [f, shas[i]])));
        }
        // Loaded on demand: the Markdown toolchain is the bulk of the bundle, and the help center
        // is already being read while it loads.
        const { prepareArticles } = await Promise.all(/* import() */[__webpack_require__.e(695), __webpack_require__.e(826)]).then(__webpack_require__.bind(__webpack_require__, 3826));
        const result = await prepareArticles(source.articles, {
            docsRoot: config.docsRoot,
            repoRoot: config.repoRoot,
            render: config.render,
            defaultLocale: config.defaultLocale ?? snapshot?.defaultLocale,
            reader,
            ...(reuse ? { reuse } : {}),
        });
        diagnostics.push(...result.diagnostics);
        const reused = result.prepared.reduce((n, p) => n + p.bodies.filter((b) => b.reused).length, 0);
        if (reused)
            logger.info(`${(0,plural/* plural */.L)(reused, 'unchanged file')} not rendered again (their Zendesk copy records the same source)`);
        return result;
    });
    // The docs root's state record names the commit of its last publish: git says what moved since.
    const root = external_node_path_default().relative(config.repoRoot, config.docsRoot).split((external_node_path_default()).sep).join('/') || '.';
    const recordedCommit = index?.states.get(root)?.state.commit;
    let renames;
    if (recordedCommit) {
        const found = await gitRenames(config.repoRoot, recordedCommit, config.docsRoot);
        if ('renames' in found)
            renames = found.renames;
        else
            logger.info(`Renames are found by content and title only: ${found.unavailable}.`);
    }
    const plan = buildPlan({ sources: source.articles, prepared }, snapshot, {
        onDrift: config.onDrift,
        archiveRemoved: config.archiveRemoved,
        maxArchive: config.maxArchive,
        defaultLocale: config.defaultLocale,
        labelsMode: config.labelsMode ?? 'replace',
        ...(config.provenance ? { provenance: config.provenance } : {}),
        unavailableKeys: source.failedKeys,
        root,
        ...(renames ? { renames } : {}),
    }, index);
    diagnostics.push(...plan.diagnostics);
    const sorted = sortDiagnostics(diagnostics);
    logDiagnostics(sorted, logger);
    state.logged = true;
    const blocked = hasErrors(sorted);
    let diffs;
    if (spool && options.diffs && snapshot && index && plan.articles.some((a) => a.operations.length || a.drifted.length)) {
        // Loaded on demand: the diff library is needed only when something changes.
        const { collectDiffs } = await __webpack_require__.e(/* import() */ 896).then(__webpack_require__.bind(__webpack_require__, 8896));
        try {
            diffs = collectDiffs({ plan, prepared, snapshot, index, live: spool }, options.diffs);
        }
        catch (error) {
            // The diffs only illustrate the plan: without them the report is still true.
            logger.warning(`could not show the text that changes: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    let outcomes;
    if (!blocked && config.mode === 'publish' && client) {
        const writes = plan.articles.filter((a) => a.operations.length > 0).length;
        outcomes = await logger.group('Publishing', async () => {
            logger.progress?.({ kind: 'start', what: 'publishing', total: writes, unit: 'article' });
            let result;
            try {
                result = await applyPlan(plan, client, logger, { articlesAtOnce: 2 * settings.concurrency });
            }
            finally {
                logger.progress?.({ kind: 'end' });
            }
            const { retries, landed } = client.http.stats;
            if (retries) {
                const found = landed
                    ? `; ${(0,plural/* plural */.L)(landed, 'write')} whose answer was lost had landed and ${landed === 1 ? 'was' : 'were'} not sent again`
                    : '';
                logger.info(`${(0,plural/* plural */.L)(retries, 'request')} retried after a failure of Zendesk or the network${found}`);
            }
            return result;
        });
        if (snapshot && index) {
            const done = outcomes;
            await syncState({ client, logger, root, index, snapshot, plan, outcomes: done, commit: await gitHead(config.repoRoot) });
        }
    }
    const stats = client?.http.stats;
    return (0,model/* buildReport */.FK)({
        mode: config.mode,
        zendeskUrl: config.zendeskUrl,
        plan,
        outcomes,
        diagnostics: sorted,
        blocked,
        requests: { total: stats?.requests ?? 0, rateLimited: stats?.rateLimited ?? 0, retries: stats?.retries ?? 0 },
        durationMs: Date.now() - started,
        ...(diffs ? { diffs } : {}),
    });
}
/** The CLI's exit code for a run that failed as a whole (see the README's exit codes). */
const EXIT_CODE_OF_ERROR = { settings: 2, remote: 3, internal: 1 };
/** 0 when all went well; non-zero when the run failed, the files had errors or an article failed to publish. */
function exitCodeOf(report) {
    if (report.error)
        return EXIT_CODE_OF_ERROR[report.error.kind];
    return report.blocked || report.counts.failed > 0 ? 1 : 0;
}


/***/ }),

/***/ 1552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ escapeText),
/* harmony export */   d: () => (/* binding */ escapeAttr)
/* harmony export */ });
// Most strings have nothing to escape: test before replacing (these run per text node and
// attribute of every stored body).
/** Escapes text content for HTML. */
const escapeText = (s) => s.includes('&') || s.includes('<') || s.includes('>') ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s;
/** Escapes a value for a double-quoted HTML attribute. */
const escapeAttr = (s) => (s.includes('&') || s.includes('"') ? s.replace(/&/g, '&amp;').replace(/"/g, '&quot;') : s);


/***/ }),

/***/ 4377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ provenanceHtml),
/* harmony export */   H3: () => (/* binding */ PROVENANCE_CLASS),
/* harmony export */   eA: () => (/* binding */ MARKER_CLASS),
/* harmony export */   fc: () => (/* binding */ analyzeBody),
/* harmony export */   kM: () => (/* binding */ markerHtml)
/* harmony export */ });
/* harmony import */ var hast_util_to_html__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9082);
/* harmony import */ var _html_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1552);
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3424);



const MARKER_CLASS = 'zgp-source';
function markerHtml(marker) {
    const assets = Object.entries(marker.assets)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([h, url]) => `${h}=${url}`)
        .join(' ');
    const refs = Object.entries(marker.refs ?? {})
        .map(([written, value]) => `${encodeURIComponent(written)}=${encodeURIComponent(value)}`)
        .join(' ');
    const node = {
        type: 'element',
        tagName: 'div',
        properties: {
            className: [MARKER_CLASS],
            dataZgpKey: marker.key,
            dataZgpHash: marker.hash,
            ...(assets ? { dataZgpAssets: assets } : {}),
            ...(marker.src ? { dataZgpSrc: marker.src } : {}),
            ...(refs ? { dataZgpRefs: refs } : {}),
        },
        children: [],
    };
    return (0,hast_util_to_html__WEBPACK_IMPORTED_MODULE_1__/* .toHtml */ .V)(node);
}
// Called for every element of every stored body: the substring test spares the split nearly always.
const hasClass = (attrs, cls) => attrs.class !== undefined && attrs.class.includes(cls) && attrs.class.split(/\s+/).includes(cls);
const isMarker = (name, attrs) => name === 'div' && hasClass(attrs, MARKER_CLASS);
/** The optional "edit this article on GitHub" footer: the tool's own, never compared. */
const PROVENANCE_CLASS = 'zgp-provenance';
const isProvenance = (_name, attrs) => hasClass(attrs, PROVENANCE_CLASS);
/** The footer linking a body to its source file, appended after the content, before the marker. */
function provenanceHtml(url) {
    return `<p class="${PROVENANCE_CLASS}"><a href="${(0,_html_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeAttr */ .d)(url)}">Edit this article on GitHub</a></p>`;
}
/** Splits a stored body into its marker (if any) and the normalized rest, in one pass. */
function analyzeBody(html) {
    const { html: normalized, captured } = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalize */ .dw)(html ?? '', isMarker, isProvenance);
    const digest = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_0__/* .bodyDigest */ .rr)(normalized);
    if (!captured || captured['data-zgp-key'] === undefined)
        return { digest, marker: undefined };
    const assets = {};
    for (const pair of (captured['data-zgp-assets'] ?? '').split(/\s+/).filter(Boolean)) {
        const eq = pair.indexOf('=');
        if (eq > 0)
            assets[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    const refs = {};
    for (const pair of (captured['data-zgp-refs'] ?? '').split(/\s+/).filter(Boolean)) {
        const eq = pair.indexOf('=');
        if (eq > 0)
            refs[safeDecode(pair.slice(0, eq))] = safeDecode(pair.slice(eq + 1));
    }
    const marker = { key: captured['data-zgp-key'], hash: captured['data-zgp-hash'] ?? '', assets, refs };
    if (captured['data-zgp-src'])
        marker.src = captured['data-zgp-src'];
    return { digest, marker };
}
function safeDecode(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}


/***/ }),

/***/ 3424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ contentHash),
/* harmony export */   No: () => (/* binding */ normalizeHtml),
/* harmony export */   dw: () => (/* binding */ canonicalize),
/* harmony export */   rr: () => (/* binding */ bodyDigest)
/* harmony export */ });
/* unused harmony export CanonicalWriter */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var htmlparser2__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4618);
/* harmony import */ var _html_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1552);



/** Elements around which whitespace carries no meaning. */
const BLOCK = new Set([
    'address',
    'article',
    'aside',
    'blockquote',
    'caption',
    'col',
    'colgroup',
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
    'td',
    'tfoot',
    'th',
    'thead',
    'tr',
    'ul',
    'video',
    'source',
    'track',
    'br',
]);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Parsers add `<tbody>` to tables that lack one; whether it is written out carries no meaning. */
const IMPLIED = new Set(['tbody']);
const WHITESPACE = /[ \t\r\n\f]+/g;
const isSpace = (c) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c;
/**
 * Runs of HTML whitespace become one space. Most text is either layout whitespace between tags
 * or words with single spaces; a scan that sees that costs a fraction of a regex replace that
 * changes nothing, and this runs for every text node of every stored body. (With the escape
 * tests in html-escape.ts it cut canonicalizing the benchmark's 3,273 stored bodies from 450–580 to 340–365 ms.)
 */
function collapseWhitespace(v) {
    let previousSpace = false;
    let onlySpace = true;
    let needsReplace = false;
    for (let i = 0; i < v.length; i++) {
        const c = v.charCodeAt(i);
        if (isSpace(c)) {
            if (previousSpace || c !== 0x20)
                needsReplace = true;
            previousSpace = true;
        }
        else {
            previousSpace = false;
            onlySpace = false;
        }
    }
    if (onlySpace)
        return v === '' ? '' : ' ';
    return needsReplace ? v.replace(WHITESPACE, ' ') : v;
}
const NO_ATTRS = Object.freeze({});
// Tag and attribute names are nearly always lower case already: skip the copy then.
const UPPER = /[A-Z]/;
const lower = (s) => (UPPER.test(s) ? s.toLowerCase() : s);
/**
 * Writes the canonical form from a stream of start tags, end tags and text, whichever parser
 * produces it. Text is held until the next tag tells whether it ends at a block edge (where
 * surrounding whitespace carries no meaning).
 */
class CanonicalWriter {
    capture;
    ignore;
    out = '';
    text = '';
    afterBlockEdge = true;
    preDepth = 0;
    skipDepth = 0;
    captured;
    constructor(capture, 
    /** Elements left out of the comparison entirely (the tool's own additions). */
    ignore) {
        this.capture = capture;
        this.ignore = ignore;
    }
    /** Text, entities already decoded. */
    addText(value) {
        if (this.skipDepth === 0)
            this.text += value;
    }
    open(name, attrs) {
        if (this.skipDepth > 0) {
            if (!VOID.has(name))
                this.skipDepth++;
            return;
        }
        if (!this.captured && this.capture?.(name, attrs)) {
            this.captured = attrs;
            if (!VOID.has(name))
                this.skipDepth = 1;
            return;
        }
        if (this.ignore?.(name, attrs)) {
            if (!VOID.has(name))
                this.skipDepth = 1;
            return;
        }
        if (IMPLIED.has(name))
            return;
        const block = BLOCK.has(name);
        this.flush(block);
        if (name === 'pre')
            this.preDepth++;
        if (attrs === NO_ATTRS) {
            this.out += `<${name}>`;
        }
        else {
            const keys = Object.keys(attrs);
            if (keys.length > 1)
                keys.sort();
            let tag = `<${name}`;
            for (const k of keys)
                tag += ` ${k}="${(0,_html_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeAttr */ .d)(attrs[k])}"`;
            this.out += `${tag}>`;
        }
        this.afterBlockEdge = block;
    }
    /** An end tag; void elements have none, so one reported for them is ignored. */
    close(name) {
        if (VOID.has(name))
            return;
        if (this.skipDepth > 0) {
            this.skipDepth--;
            return;
        }
        if (IMPLIED.has(name))
            return;
        const block = BLOCK.has(name);
        this.flush(block);
        if (name === 'pre')
            this.preDepth--;
        this.out += `</${name}>`;
        this.afterBlockEdge = block;
    }
    finish() {
        this.flush(true);
        return { html: this.out, captured: this.captured };
    }
    flush(beforeBlockEdge) {
        if (this.text === '')
            return;
        let v = this.text;
        this.text = '';
        if (this.preDepth === 0) {
            v = collapseWhitespace(v);
            if (this.afterBlockEdge)
                v = v.trimStart();
            if (beforeBlockEdge)
                v = v.trimEnd();
        }
        if (v !== '')
            this.out += (0,_html_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X)(v);
    }
}
/**
 * Canonical form of an HTML fragment, so that two bodies that differ only the way a server's
 * re-serialization differs (whitespace between blocks, attribute order, quoting, entities,
 * `<br/>` vs `<br>`, an implied `<tbody>`, comments) compare equal. Text inside `<pre>` is kept
 * exactly.
 *
 * This runs over every stored translation on every run, dry runs included, where it was the
 * largest single cost. So it drives htmlparser2's Tokenizer (states, quoting, entities, raw-text
 * elements: the hard part stays the library's) and writes the canonical form straight from its
 * events, without htmlparser2's Parser on top, which spent a third of the time on tree-building
 * repairs a comparison of two serializer outputs never needs. End tags still close what they
 * enclose, stray `</p>` and `</br>` read as browsers read them, and the end closes what is open;
 * what is not done is closing a `<p>` implicitly when a block starts inside it.
 */
function canonicalize(html, capture, 
/** Elements left out of the comparison entirely (the tool's own additions). */
ignore) {
    const writer = new CanonicalWriter(capture, ignore);
    const stack = [];
    let tagName = '';
    let attrs = NO_ATTRS;
    let attribName = '';
    let attribValue = '';
    const open = () => {
        writer.open(tagName, attrs);
        if (!VOID.has(tagName))
            stack.push(tagName);
    };
    const tokenizer = new htmlparser2__WEBPACK_IMPORTED_MODULE_1__/* .Tokenizer */ ._F({ decodeEntities: true }, {
        onopentagname(start, end) {
            tagName = lower(html.slice(start, end));
            attrs = NO_ATTRS;
        },
        onattribname(start, end) {
            attribName = lower(html.slice(start, end));
            attribValue = '';
        },
        onattribdata(start, end) {
            attribValue += html.slice(start, end);
        },
        onattribentity(codepoint) {
            attribValue += String.fromCodePoint(codepoint);
        },
        onattribend() {
            if (attrs === NO_ATTRS)
                attrs = {};
            // The first of duplicate attributes wins, as in browsers.
            if (!Object.hasOwn(attrs, attribName))
                attrs[attribName] = attribValue;
        },
        onopentagend: open,
        // `<div/>` is an open tag in HTML; for void elements it makes no difference.
        onselfclosingtag: open,
        onclosetag(start, end) {
            const name = lower(html.slice(start, end));
            const at = stack.lastIndexOf(name);
            if (at >= 0) {
                while (stack.length > at)
                    writer.close(stack.pop());
            }
            else if (name === 'br') {
                writer.open('br', NO_ATTRS);
            }
            else if (name === 'p') {
                writer.open('p', NO_ATTRS);
                writer.close('p');
            }
        },
        ontext(start, end) {
            writer.addText(html.slice(start, end));
        },
        ontextentity(codepoint) {
            writer.addText(String.fromCodePoint(codepoint));
        },
        oncdata: noop,
        oncomment: noop,
        ondeclaration: noop,
        onprocessinginstruction: noop,
        onend: noop,
    });
    tokenizer.write(html);
    tokenizer.end();
    while (stack.length > 0)
        writer.close(stack.pop());
    return writer.finish();
}
const noop = () => undefined;
function normalizeHtml(html) {
    return canonicalize(html).html;
}
/**
 * Digest of a normalized body: what is kept of each stored translation, so a large help center
 * is compared without holding every body in memory.
 */
function bodyDigest(normalizedBody) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(normalizedBody).digest('hex').slice(0, 32);
}
/** Short content fingerprint of a translation as published: its title and its body's digest. */
function contentHash(title, digest) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(title).update('\0').update(digest).digest('hex').slice(0, 20);
}


/***/ }),

/***/ 28:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ localeUrl),
/* harmony export */   EX: () => (/* binding */ isStateArticle),
/* harmony export */   Vn: () => (/* binding */ markerKeyOf),
/* harmony export */   eY: () => (/* binding */ translationsOf),
/* harmony export */   ew: () => (/* binding */ liveUrl),
/* harmony export */   tW: () => (/* binding */ indexRemote),
/* harmony export */   w9: () => (/* binding */ RemoteIndexBuilder)
/* harmony export */ });
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4377);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3118);


function translationsOf(article) {
    if (article.translations?.length)
        return article.translations;
    // Without sideloaded translations the article itself carries its source locale's copy.
    return [
        {
            id: 0,
            source_id: article.id,
            locale: article.source_locale ?? article.locale,
            title: article.title,
            body: article.body,
            draft: article.draft,
            updated_at: article.updated_at,
            html_url: article.html_url,
        },
    ];
}
/**
 * Parses every remote body once: markers give identity, normalized text gives comparison.
 * Incremental, so the snapshot can be indexed page by page as it arrives and each raw body
 * dropped right after (the normalized form is all the plan needs).
 */
class RemoteIndexBuilder {
    byKey = new Map();
    analyzed = new Map();
    keyOf = new Map();
    states = new Map();
    add(article) {
        const state = stateOf(article);
        if (state) {
            // The oldest record wins should there be two (a race of two first publishes).
            const known = this.states.get(state.root);
            if (!known || known.article.id === article.id || article.id < known.article.id)
                this.states.set(state.root, { article, state });
            return;
        }
        // The export can repeat an article at a page boundary: the later copy wins.
        const previous = this.keyOf.get(article.id);
        if (previous !== undefined) {
            const list = (this.byKey.get(previous) ?? []).filter((a) => a.id !== article.id);
            if (list.length)
                this.byKey.set(previous, list);
            else
                this.byKey.delete(previous);
            this.keyOf.delete(article.id);
        }
        const perLocale = new Map();
        let key;
        for (const t of translationsOf(article)) {
            const a = (0,_marker_js__WEBPACK_IMPORTED_MODULE_0__/* .analyzeBody */ .fc)(t.body);
            perLocale.set(t.locale.toLowerCase(), a);
            if (a.marker && (key === undefined || t.locale === article.source_locale))
                key = a.marker.key;
        }
        this.analyzed.set(article.id, perLocale);
        if (key !== undefined) {
            this.byKey.set(key, [...(this.byKey.get(key) ?? []), article]);
            this.keyOf.set(article.id, key);
        }
    }
    build() {
        return { byKey: this.byKey, analyzed: this.analyzed, states: this.states };
    }
}
/** The record in a state article (its source translation), if the article is one. */
function stateOf(article) {
    if (!article.title.startsWith(_state_js__WEBPACK_IMPORTED_MODULE_1__/* .STATE_TITLE */ .L6) && !translationsOf(article).some((t) => t.title.startsWith(_state_js__WEBPACK_IMPORTED_MODULE_1__/* .STATE_TITLE */ .L6)))
        return undefined;
    for (const t of translationsOf(article)) {
        const state = t.body?.includes(_state_js__WEBPACK_IMPORTED_MODULE_1__/* .STATE_CLASS */ .pm) ? (0,_state_js__WEBPACK_IMPORTED_MODULE_1__/* .parseState */ .Bu)(t.body) : undefined;
        if (state)
            return state;
    }
    return undefined;
}
/** Whether an article is one of the tool's state records: never an article of the docs. */
function isStateArticle(remote, articleId) {
    for (const { article } of remote.states.values())
        if (article.id === articleId)
            return true;
    return false;
}
function indexRemote(snapshot) {
    const builder = new RemoteIndexBuilder();
    for (const article of snapshot.articles.values())
        builder.add(article);
    return builder.build();
}
/** The key in the first marker found on any of an article's translations, if it has one. */
function markerKeyOf(remote, articleId) {
    for (const a of remote.analyzed.get(articleId)?.values() ?? [])
        if (a.marker)
            return a.marker.key;
    return undefined;
}
/** The URL of an existing article in a locale (its translation's own URL when it has one). */
function liveUrl(article, locale) {
    const t = translationsOf(article).find((x) => x.locale.toLowerCase() === locale);
    return t?.html_url ?? localeUrl(article.html_url, article.source_locale ?? article.locale, locale);
}
/** The live URL of an article in a locale (the source locale when that translation is missing). */
function localeUrl(htmlUrl, fromLocale, toLocale) {
    return htmlUrl.replace(`/hc/${fromLocale}/`, `/hc/${toLocale}/`);
}


/***/ }),

/***/ 8315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ sectionNamesNeedCategories),
/* harmony export */   Z7: () => (/* binding */ resolvePermissionGroup),
/* harmony export */   o2: () => (/* binding */ resolveSection),
/* harmony export */   rR: () => (/* binding */ resolveUserSegment)
/* harmony export */ });
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2969);

const fail = (at, message, hint) => ({
    ok: false,
    diagnostic: { severity: 'error', ...at, message, ...(hint ? { hint } : {}) },
});
/** `Account & billing/FAQ` and `account & billing /  faq` name the same section. */
const normalizeName = (s) => s
    .toLowerCase()
    .replace(/\s*\/\s*/g, ' / ')
    .replace(/\s+/g, ' ')
    .trim();
/** ` (alias "Billing" in docs/zendesk-guide.yml:4)`, so an error about a target names its alias too. */
const viaAlias = (ref) => (ref.via ? ` (alias "${ref.via.alias}" in ${ref.via.file}:${ref.via.line})` : '');
function byIdOrName(ref, list, what, at, label = (n) => n.name) {
    const plural = what.endsWith('y') ? `${what.slice(0, -1)}ies` : `${what}s`;
    const some = (items) => `existing ${plural}: ${items
        .slice(0, 5)
        .map((n) => `"${label(n)}" (${n.id})`)
        .join(', ')}${items.length > 5 ? ', …' : ''}`;
    if (ref.kind === 'id') {
        if (list.some((n) => n.id === ref.id))
            return { ok: true, value: ref.id };
        return fail(at, `${what} ${ref.id} does not exist in the help center${viaAlias(ref)}`, list.length ? some(list) : `the help center has no ${plural}`);
    }
    const wanted = normalizeName(ref.name);
    const matches = list.filter((n) => normalizeName(n.name) === wanted || normalizeName(label(n)) === wanted);
    if (matches.length === 1)
        return { ok: true, value: matches[0].id };
    if (matches.length > 1) {
        return fail(at, `${what} "${ref.name}" is ambiguous: ${matches.length} match${viaAlias(ref)}`, `use one of ${matches.map((m) => `"${label(m)}"`).join(', ')} or the id`);
    }
    // A typo is usually in the last part: compare with bare names too, then show the full labels.
    const near = new Set([
        ...(0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .k)(ref.name, list.map(label)),
        ...(0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .k)(ref.name, list.map((n) => n.name)),
    ].map((x) => x.toLowerCase()));
    const suggestions = list.filter((n) => near.has(n.name.toLowerCase()) || near.has(label(n).toLowerCase())).map(label);
    const hint = suggestions.length
        ? `did you mean ${suggestions
            .slice(0, 4)
            .map((x) => `"${x}"`)
            .join(', ')}?`
        : list.length
            ? some(list)
            : `the help center has no ${plural}`;
    return fail(at, `unknown ${what} "${ref.name}"${viaAlias(ref)}`, hint);
}
/** Sections are named `Section` or, where names repeat across categories, `Category / Section`. */
function resolveSection(ref, snapshot, at) {
    const categories = new Map(snapshot.categories.map((c) => [c.id, c.name]));
    const label = (s) => {
        const category = categories.get(s.category_id ?? -1);
        return category ? `${category} / ${s.name}` : s.name;
    };
    return byIdOrName(ref, snapshot.sections, 'section', at, label);
}
function resolvePermissionGroup(ref, snapshot, at) {
    return byIdOrName(ref, snapshot.permissionGroups, 'permission group', at);
}
/** `everyone` is Zendesk's null segment. */
function resolveUserSegment(ref, snapshot, at) {
    if (ref.kind === 'name' && ref.name.toLowerCase() === 'everyone')
        return { ok: true, value: null };
    return byIdOrName(ref, snapshot.userSegments, 'user segment', at);
}
/**
 * True when some section name in the files does not name exactly one section by itself
 * (`Category / Section`, a duplicate name, or a typo that deserves category-qualified hints).
 */
function sectionNamesNeedCategories(articles, sections) {
    const counts = new Map();
    for (const s of sections)
        counts.set(s.name.toLowerCase(), (counts.get(s.name.toLowerCase()) ?? 0) + 1);
    return articles.some((a) => a.meta.section?.kind === 'name' && counts.get(a.meta.section.name.toLowerCase()) !== 1);
}


/***/ }),

/***/ 3118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ parseState),
/* harmony export */   L6: () => (/* binding */ STATE_TITLE),
/* harmony export */   VK: () => (/* binding */ nextState),
/* harmony export */   _A: () => (/* binding */ stateTitle),
/* harmony export */   pm: () => (/* binding */ STATE_CLASS),
/* harmony export */   tL: () => (/* binding */ stateHtml),
/* harmony export */   yY: () => (/* binding */ sameState)
/* harmony export */ });
/* unused harmony export emptyState */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _html_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1552);


const STATE_CLASS = 'zgp-state';
const STATE_TITLE = 'zendesk-guide-publisher state';
function emptyState(root) {
    return { v: 1, root, articles: {} };
}
/** The state article's title for a docs root: what a Guide manager sees in the article list. */
function stateTitle(root) {
    return `${STATE_TITLE} (${root}): do not edit or delete`;
}
/**
 * The state article's body: a notice for people, the record for the tool (compressed JSON,
 * base64, in lines, so Guide's HTML reformatting has nothing to rewrite in it).
 */
function stateHtml(state) {
    const packed = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.deflateRawSync)(Buffer.from(JSON.stringify(state))).toString('base64');
    const lines = packed.match(/.{1,76}/g) ?? [];
    return [
        '<p>This draft is how zendesk-guide-publisher knows which article each Markdown file is and what it last published. ',
        'Editing, moving or deleting it does not lose articles, but makes the next publish slower to recognise renamed files.</p>',
        `<pre class="${STATE_CLASS}" data-zgp-root="${(0,_html_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeAttr */ .d)(state.root)}">${lines.join('\n')}</pre>`,
    ].join('');
}
const STATE_PRE = new RegExp(`<pre[^>]*class="[^"]*\\b${STATE_CLASS}\\b[^"]*"[^>]*>([\\s\\S]*?)</pre>`);
/** The record in a stored body, or undefined when the body holds none (or a damaged one). */
function parseState(html) {
    const m = STATE_PRE.exec(html ?? '');
    if (!m)
        return undefined;
    try {
        const json = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.inflateRawSync)(Buffer.from(m[1].replace(/[^A-Za-z0-9+/=]/g, ''), 'base64')).toString('utf8');
        const data = JSON.parse(json);
        if (data.v !== 1 || typeof data.root !== 'string' || typeof data.articles !== 'object' || data.articles === null)
            return undefined;
        const articles = {};
        for (const [key, e] of Object.entries(data.articles)) {
            if (typeof e?.id === 'number' && e.t && typeof e.t === 'object')
                articles[key] = { id: e.id, t: { ...e.t }, ...(e.s ? { s: e.s } : {}) };
        }
        return { v: 1, root: data.root, ...(typeof data.commit === 'string' ? { commit: data.commit } : {}), articles };
    }
    catch {
        return undefined;
    }
}
/** Whether two records say the same (the commit aside: a no-op publish must not write). */
function sameState(a, b) {
    if (!a)
        return Object.keys(b.articles).length === 0;
    const keys = Object.keys(b.articles);
    if (keys.length !== Object.keys(a.articles).length)
        return false;
    return keys.every((k) => {
        const x = a.articles[k];
        const y = b.articles[k];
        if (!x || x.id !== y.id || x.s !== y.s)
            return false;
        const locales = Object.keys(y.t);
        return locales.length === Object.keys(x.t).length && locales.every((l) => x.t[l] === y.t[l]);
    });
}
/**
 * The record after a run: the previous one, with each planned article's id and what Zendesk now
 * holds that this tool published (what apply wrote, else what the plan found unchanged, else
 * what was published before, so a skipped Guide edit stays drift). Moved files take their entry
 * along; archived articles leave the record. Files that were not planned (unreadable) keep theirs.
 */
function nextState(prev, root, plan, outcomes) {
    const articles = { ...(prev?.articles ?? {}) };
    for (const a of plan.articles) {
        const outcome = outcomes?.get(a.key);
        if (a.action === 'archive') {
            if (outcome?.status === 'archived') {
                for (const [key, e] of Object.entries(articles))
                    if (e.id === a.articleId)
                        delete articles[key];
            }
            continue;
        }
        const id = outcome?.articleId ?? a.articleId;
        if (!a.file || id === undefined)
            continue;
        const before = articles[a.key] ?? (a.movedFrom !== undefined ? articles[a.movedFrom] : undefined);
        if (a.movedFrom !== undefined && articles[a.movedFrom]?.id === id)
            delete articles[a.movedFrom];
        const t = {
            ...(before?.id === id ? before.t : {}),
            ...(a.record?.hashes ?? {}),
            ...(outcome?.published ?? {}),
        };
        const sourceWritten = outcome?.published?.[a.sourceLocale] !== undefined;
        const s = sourceWritten ? a.sourceFingerprint : (a.record?.fingerprint ?? (before?.id === id ? before.s : undefined));
        articles[a.key] = { id, t, ...(s ? { s } : {}) };
    }
    return { v: 1, root, ...(prev?.commit ? { commit: prev.commit } : {}), articles };
}


/***/ }),

/***/ 4778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Hi: () => (/* binding */ RemoteError),
  Z_: () => (/* binding */ ZendeskApiError),
  d9: () => (/* binding */ ZendeskNetworkError),
  Ng: () => (/* binding */ describeRequest),
  lX: () => (/* binding */ isRemoteError)
});

;// CONCATENATED MODULE: ./src/remote/network-cause.ts
const UNTRUSTED_ISSUER = "the certificate's issuer is not trusted (behind a proxy that inspects TLS, give Node its CA certificate with NODE_EXTRA_CA_CERTS)";
const CODES = {
    ECONNREFUSED: { kind: 'refused', transient: true, what: 'connection refused', hint: 'nothing accepts connections at that host and port' },
    ENOTFOUND: {
        kind: 'host-not-found',
        transient: false,
        what: 'host not found',
        hint: 'the DNS knows no such host; check the Zendesk URL or subdomain',
    },
    EAI_AGAIN: { kind: 'host-not-found', transient: true, what: 'host not found', hint: 'the DNS lookup failed, perhaps only for now' },
    ECONNRESET: {
        kind: 'reset',
        transient: true,
        what: 'connection reset',
        hint: 'the server, a proxy or the network dropped the connection',
    },
    EPIPE: { kind: 'reset', transient: true, what: 'connection reset' },
    ECONNABORTED: { kind: 'reset', transient: true, what: 'connection reset' },
    UND_ERR_SOCKET: {
        kind: 'reset',
        transient: true,
        what: 'connection closed',
        hint: 'the server closed it before the answer was complete',
    },
    UND_ERR_CLOSED: { kind: 'reset', transient: true, what: 'connection closed' },
    ETIMEDOUT: { kind: 'timeout', transient: true, what: 'timeout', hint: 'the connection could not be opened in time' },
    UND_ERR_CONNECT_TIMEOUT: { kind: 'timeout', transient: true, what: 'timeout', hint: 'the connection could not be opened in time' },
    UND_ERR_HEADERS_TIMEOUT: {
        kind: 'timeout',
        transient: true,
        what: 'timeout',
        hint: 'the server accepted the request but sent no answer in time',
    },
    UND_ERR_BODY_TIMEOUT: { kind: 'timeout', transient: true, what: 'timeout', hint: 'the answer stopped arriving' },
    EHOSTUNREACH: { kind: 'unreachable', transient: true, what: 'network unreachable' },
    ENETUNREACH: { kind: 'unreachable', transient: true, what: 'network unreachable' },
    EHOSTDOWN: { kind: 'unreachable', transient: true, what: 'network unreachable' },
    ENETDOWN: { kind: 'unreachable', transient: true, what: 'network unreachable' },
    DEPTH_ZERO_SELF_SIGNED_CERT: {
        kind: 'certificate',
        transient: false,
        what: 'certificate problem',
        hint: "the server's certificate is self-signed",
    },
    SELF_SIGNED_CERT_IN_CHAIN: { kind: 'certificate', transient: false, what: 'certificate problem', hint: UNTRUSTED_ISSUER },
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: { kind: 'certificate', transient: false, what: 'certificate problem', hint: UNTRUSTED_ISSUER },
    UNABLE_TO_GET_ISSUER_CERT: { kind: 'certificate', transient: false, what: 'certificate problem', hint: UNTRUSTED_ISSUER },
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: { kind: 'certificate', transient: false, what: 'certificate problem', hint: UNTRUSTED_ISSUER },
    CERT_HAS_EXPIRED: { kind: 'certificate', transient: false, what: 'certificate problem', hint: 'the certificate has expired' },
    CERT_NOT_YET_VALID: {
        kind: 'certificate',
        transient: false,
        what: 'certificate problem',
        hint: 'the certificate is not valid yet (is the clock right?)',
    },
    CERT_REVOKED: { kind: 'certificate', transient: false, what: 'certificate problem', hint: 'the certificate has been revoked' },
    ERR_TLS_CERT_ALTNAME_INVALID: {
        kind: 'certificate',
        transient: false,
        what: 'certificate problem',
        hint: 'the certificate is for another host name',
    },
    ERR_SSL_WRONG_VERSION_NUMBER: {
        kind: 'tls',
        transient: false,
        what: 'TLS handshake failed',
        hint: 'the server did not answer in TLS; is it plain http?',
    },
};
/** Describes a failed fetch. `timeoutMs`: the request's own time limit, when it is what fired. */
function networkCause(error, options = {}) {
    const chain = causeChain(error);
    const timeout = chain.find((e) => e.name === 'TimeoutError');
    if (timeout || options.timeoutMs !== undefined) {
        const within = options.timeoutMs !== undefined ? `within ${seconds(options.timeoutMs)}` : 'in time';
        return { kind: 'timeout', code: 'TimeoutError', text: `timeout: no answer ${within}`, transient: true };
    }
    const coded = chain.find((e) => typeof e.code === 'string' && Object.hasOwn(CODES, e.code)) ?? chain.find((e) => typeof e.code === 'string');
    const code = coded?.code;
    if (code) {
        const known = CODES[code];
        const row = known ?? fallbackRow(code);
        // A known code says it all; an unknown one is best explained by the system's own words.
        const detail = known ? row.hint : (row.hint ?? coded?.message);
        return { kind: row.kind, code, text: `${row.what} (${code})${detail ? `: ${detail}` : ''}`, transient: row.transient };
    }
    // fetch refuses, before any connection, ports the Fetch standard reserves for other protocols.
    if (chain.some((e) => e.message === 'bad port')) {
        return {
            kind: 'other',
            code: undefined,
            text: 'port refused by fetch (bad port): it is reserved for another protocol; use another port',
            transient: false,
        };
    }
    const innermost = chain.at(-1);
    return { kind: 'other', code: undefined, text: innermost?.message || String(error), transient: true };
}
/** Codes without a row of their own still fall into the right family by their prefix. */
function fallbackRow(code) {
    if (/^(CERT_|ERR_TLS_CERT|UNABLE_TO_|.*_CERT$)/.test(code))
        return { kind: 'certificate', transient: false, what: 'certificate problem' };
    if (/^(ERR_SSL_|ERR_TLS_|EPROTO$)/.test(code))
        return { kind: 'tls', transient: false, what: 'TLS handshake failed' };
    return { kind: 'other', transient: true, what: 'network error' };
}
/** The error, its `cause`s, and the errors of an AggregateError (a connection tried on several addresses). */
function causeChain(error) {
    const out = [];
    const seen = new Set();
    const visit = (e) => {
        if (!e || typeof e !== 'object' || seen.has(e) || out.length > 20)
            return;
        seen.add(e);
        const err = e;
        out.push({
            name: typeof err.name === 'string' ? err.name : '',
            message: typeof err.message === 'string' ? err.message : '',
            code: err.code,
        });
        visit(err.cause);
        if (Array.isArray(err.errors))
            for (const inner of err.errors)
                visit(inner);
    };
    visit(error);
    return out;
}
function seconds(ms) {
    return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

;// CONCATENATED MODULE: ./src/remote/errors.ts

/**
 * How a request is named in every message: method, scheme, host, port (even the default one,
 * so a firewall rule can be checked against it) and path. Never the query (a next_page link
 * could carry anything) and never credentials (`URL` keeps user:password apart from `host`).
 */
function describeRequest(method, url) {
    const port = url.port || (url.protocol === 'https:' ? '443' : url.protocol === 'http:' ? '80' : '');
    return `${method} ${url.protocol}//${url.hostname}${port ? `:${port}` : ''}${url.pathname}`;
}
/**
 * Zendesk could not be reached or did not do what was asked: auth, network or server. The CLI
 * exits with 3 for these, apart from mistakes in the files (1) and in the settings (2).
 */
class RemoteError extends Error {
    name = 'RemoteError';
    /** `describeRequest` of the request that failed. */
    request;
    constructor(method, url, message, options) {
        super(message, options);
        this.request = describeRequest(method, url);
    }
}
/** Whether `error` is a failure of Zendesk or of the way to it, rather than of the input. */
function isRemoteError(error) {
    return error instanceof RemoteError;
}
/** An answer from Zendesk that was not a success, with what the server said (never credentials). */
class ZendeskApiError extends RemoteError {
    name = 'ZendeskApiError';
    status;
    method;
    /** The URL's path, without the query. */
    path;
    code;
    description;
    details;
    constructor(init) {
        super(init.method, init.url, ZendeskApiError.describe(init));
        this.status = init.status;
        this.method = init.method;
        this.path = init.url.pathname;
        this.code = init.code;
        this.description = init.description;
        this.details = init.details;
    }
    static describe(init) {
        const { status, code, description, details } = init;
        const parts = [`${describeRequest(init.method, init.url)} answered ${status}`];
        if (code)
            parts.push(code);
        if (description && description !== code)
            parts.push(description);
        const detail = flattenDetails(details);
        if (detail)
            parts.push(detail);
        const hint = init.hint ?? GENERAL_HINTS[status];
        return parts.join(': ') + (hint ? ` (${hint})` : '');
    }
}
const GENERAL_HINTS = {
    401: 'check the Zendesk credentials; an OAuth client needs the "read write" scope',
    403: 'the Zendesk user behind these credentials needs agent or admin rights for this',
};
/** Zendesk's `details` is `{field: [{description}]}`; one line of it reads better in a report. */
function flattenDetails(details) {
    if (!details || typeof details !== 'object')
        return '';
    const out = [];
    for (const [field, list] of Object.entries(details)) {
        if (Array.isArray(list)) {
            for (const item of list) {
                const d = item?.description;
                out.push(d ?? `${field} is invalid`);
            }
        }
    }
    return out.join('; ');
}
/** The network failed before any answer: refused, unknown host, certificate, reset, timeout. */
class ZendeskNetworkError extends RemoteError {
    name = 'ZendeskNetworkError';
    kind;
    /** The system or library code, e.g. `ECONNREFUSED`. */
    code;
    /** Whether trying again may help (see `networkCause`). */
    transient;
    constructor(init) {
        const cause = networkCause(init.error, init.timeoutMs !== undefined ? { timeoutMs: init.timeoutMs } : {});
        const tries = init.attempts > 1 ? ` (tried ${init.attempts} times)` : '';
        super(init.method, init.url, `${describeRequest(init.method, init.url)} failed: ${cause.text}${tries}`, { cause: init.error });
        this.kind = cause.kind;
        this.code = cause.code;
        this.transient = cause.transient;
    }
}


/***/ }),

/***/ 3475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ linkTarget),
/* harmony export */   Z8: () => (/* binding */ referencePath),
/* harmony export */   e0: () => (/* binding */ AssetReader)
/* harmony export */ });
/* unused harmony exports MAX_ATTACHMENT_BYTES, contentTypeOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _shared_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(405);





/** Zendesk refuses attachments over 20 MB. */
const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
const TYPES = {
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.jpeg': 'image/jpeg',
    '.gif': 'image/gif',
    '.svg': 'image/svg+xml',
    '.webp': 'image/webp',
    '.pdf': 'application/pdf',
    '.zip': 'application/zip',
    '.csv': 'text/csv',
    '.txt': 'text/plain',
    '.json': 'application/json',
    '.mp4': 'video/mp4',
    '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
function contentTypeOf(name) {
    return TYPES[node_path__WEBPACK_IMPORTED_MODULE_3___default().extname(name).toLowerCase()] ?? 'application/octet-stream';
}
/** Strips `?query` and `#fragment` and decodes %20 and friends. */
function referencePath(url) {
    const bare = url.split('#')[0].split('?')[0];
    try {
        return decodeURIComponent(bare);
    }
    catch {
        return bare;
    }
}
/**
 * Where a link to another Markdown file points: the target's docs-relative path and the
 * `#anchor`, resolved from the linking file's own docs-relative path.
 */
function linkTarget(fromDocsRel, url) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.join(node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.dirname(fromDocsRel), referencePath(url)));
    const anchor = url.includes('#') ? url.slice(url.indexOf('#') + 1) : '';
    return { rel, anchor };
}
/**
 * Reads the local files an article references. Edge I/O: resolves each path relative to the
 * Markdown file, refuses anything that leaves the repository (`..`, absolute paths, symlinks),
 * and hashes the bytes so an unchanged file is never uploaded twice.
 */
class AssetReader {
    repoRoot;
    /** By absolute path; whether a file is inline depends on how it is referenced, so it is not cached. */
    cache = new Map();
    realRepo;
    constructor(repoRoot) {
        this.repoRoot = repoRoot;
        this.realRepo = node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().realpath(repoRoot);
    }
    async read(ref, fromFile, diagnostics) {
        const at = { severity: 'error', file: fromFile.file, line: ref.line, column: ref.column };
        const rel = referencePath(ref.url);
        if (node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(rel) || rel.startsWith('/') || rel.startsWith('\\')) {
            diagnostics.push({ ...at, message: `absolute path "${ref.url}" is not allowed`, hint: 'use a path relative to this file' });
            return undefined;
        }
        const abs = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(fromFile.absPath), rel);
        if (!(0,_shared_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .isInside */ .F)(this.repoRoot, abs)) {
            diagnostics.push({ ...at, message: `"${ref.url}" points outside the repository; refusing to read it` });
            return undefined;
        }
        const result = await this.cached(abs);
        if (typeof result === 'string') {
            diagnostics.push({ ...at, message: result.replace('%s', ref.url) });
            return undefined;
        }
        return { ...result, inline: ref.kind === 'image' };
    }
    cached(abs) {
        let entry = this.cache.get(abs);
        if (!entry) {
            entry = this.load(abs);
            this.cache.set(abs, entry);
        }
        return entry;
    }
    /** Content hash of a file inside the repository, or undefined when it cannot be read there. */
    async shaOf(abs) {
        if (!(0,_shared_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .isInside */ .F)(this.repoRoot, abs))
            return undefined;
        const result = await this.cached(abs);
        return typeof result === 'string' ? undefined : result.sha;
    }
    // Synchronous file calls: a large tree references thousands of small files, and a thread-pool
    // round trip per call cost more than the calls themselves.
    async load(abs) {
        let real;
        try {
            real = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(abs);
        }
        catch {
            return 'file "%s" does not exist';
        }
        if (!(0,_shared_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .isInside */ .F)(await this.realRepo, real))
            return '"%s" is a link to a file outside the repository; refusing to read it';
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(real);
        if (!stat.isFile())
            return '"%s" is not a file';
        if (stat.size > MAX_ATTACHMENT_BYTES) {
            return `"%s" is ${(stat.size / 1024 / 1024).toFixed(1)} MB; Zendesk takes attachments up to 20 MB`;
        }
        const data = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(real);
        const name = node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(abs);
        return {
            absPath: real,
            file: node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(this.repoRoot, abs).split((node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)).join('/'),
            name,
            sha: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex').slice(0, 16),
            size: stat.size,
            contentType: contentTypeOf(name),
        };
    }
}


/***/ }),

/***/ 1769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ refToken),
/* harmony export */   M: () => (/* binding */ REF_TOKEN)
/* harmony export */ });
/**
 * How a rendered body marks a local reference until the planner knows its final URL. Kept apart
 * from the renderer so the planner can read tokens without loading the Markdown toolchain.
 */
const refToken = (index) => `zgp-ref:${index}`;
/** Matches every token; the capture is the reference's index. */
const REF_TOKEN = /zgp-ref:(\d+)/g;


/***/ }),

/***/ 227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NI: () => (/* binding */ diffText),
/* harmony export */   VY: () => (/* binding */ titleChange),
/* harmony export */   Vg: () => (/* binding */ omittedNote),
/* harmony export */   sV: () => (/* binding */ diffCaption),
/* harmony export */   xb: () => (/* binding */ diffMarkdown)
/* harmony export */ });
/* unused harmony exports COMMENT_DIFF_CHARS, fencedDiff */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1190);


/**
 * The comment shows at most this many characters of diffs; the rest of the articles point at
 * the job summary (which holds the report's full share) and the preview, so the table and the
 * problems always fit in GitHub's 65,536 characters.
 */
const COMMENT_DIFF_CHARS = 20_000;
/**
 * Text that could pretend to be something else once shown: bidirectional overrides (a line that
 * reads differently from what it holds) and control characters. Shown as `�`.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;
/** A diff line as code-block text: one line, nothing that changes how it displays. */
function codeText(line) {
    return `${line.op} ${line.text.replace(/\r?\n|\r|\t/g, ' ').replace(UNSAFE_CHARS, '\uFFFD')}`;
}
/**
 * A fenced block that no line inside can close: its fence is longer than any run of backticks
 * in the text. Inside it nothing is Markdown or HTML, and GitHub notifies nobody of an @mention.
 */
function fencedDiff(lines) {
    const body = lines.map(codeText);
    const longest = Math.max(0, ...body.flatMap((l) => l.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return [`${fence}diff`, ...body, fence].join('\n');
}
/** What the two sides are, in words, with what the `on-drift` policy does about a Guide edit. */
function diffCaption(d, onDrift) {
    const sides = `${d.locale} (− live in Guide, + this file)`;
    if (d.basis === 'update')
        return sides;
    const what = d.basis === 'guide-edit'
        ? "edited in Guide; this file is unchanged since the last publish, so this is exactly Guide's edit"
        : 'edited in Guide, and this file changed since the last publish too: this holds both';
    const policy = onDrift === 'skip'
        ? 'left as it is in Guide (on-drift: skip)'
        : onDrift === 'fail'
            ? 'blocks the publish (on-drift: fail): bring the − lines into this file, or overwrite them'
            : 'a publish overwrites it (on-drift: overwrite): the − lines would be lost';
    return `${sides}: ⚠️ ${what}. ${policy[0].toUpperCase()}${policy.slice(1)}.`;
}
/** "Title: “old” → “new”", or undefined when the title stays. */
function titleChange(d) {
    return d.title ? `Title: “${d.title.from}” → “${d.title.to}”` : undefined;
}
/** How many changed lines the per-article cap left out. */
function omittedNote(d) {
    return d.omitted ? `${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(d.omitted, 'more changed line')} not shown` : undefined;
}
/**
 * One translation's diff as Markdown: caption, title change, the fenced diff. Every word of the
 * user's is escaped; `more` is Markdown of ours, saying where lines the cap left out can be read.
 */
function diffMarkdown(d, onDrift, more) {
    const parts = [`**${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(diffCaption(d, onDrift))}**`];
    const title = titleChange(d);
    if (title)
        parts.push((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(title));
    if (d.lines.length)
        parts.push(fencedDiff(d.lines));
    const omitted = omittedNote(d);
    if (omitted)
        parts.push(`<sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(omitted)}${more ? `: ${more}` : ''}</sub>`);
    return parts.join('\n\n');
}
/** The same for the log: indented lines, nothing to escape. */
function diffText(d, onDrift, indent) {
    const lines = [`${indent}${diffCaption(d, onDrift)}`];
    const title = titleChange(d);
    if (title)
        lines.push(`${indent}  ${title}`);
    for (const l of d.lines)
        lines.push(`${indent}  ${codeText(l)}`);
    const omitted = omittedNote(d);
    if (omitted)
        lines.push(`${indent}  (${omitted})`);
    return lines;
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hx: () => (/* binding */ sourceUrl),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   ml: () => (/* binding */ shorten),
/* harmony export */   nf: () => (/* binding */ link)
/* harmony export */ });
/**
 * Titles, file names and messages come from the pull request, so they are escaped before they
 * reach a comment: no raw HTML (a fake marker, an image beacon), no table breakage, no @mentions.
 */
function escapeText(text) {
    return (text
        .replace(/\r?\n/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]|#~])/g, '\\$1')
        // A zero-width space after @ keeps "@team" readable without notifying anyone.
        .replace(/@/g, '@&#8203;'));
}
/** A code span that survives any backticks inside it, kept on one line for table cells. */
function code(text) {
    const flat = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/** Shortens to `max` characters on a word boundary when possible. */
function shorten(text, max) {
    if (text.length <= max)
        return text;
    const cut = text.slice(0, max - 1);
    const space = cut.lastIndexOf(' ');
    return (space > max * 0.6 ? cut.slice(0, space) : cut) + '…';
}
/** A Markdown link; the URL's spaces and parentheses are encoded so the link cannot break. */
function link(label, url) {
    return `[${label}](${url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
}
/** `{blobBase}/{file}#L{line}`, each path segment encoded (a `#` in a file name stays a file name). */
function sourceUrl(blobBase, file, line) {
    const encoded = file.split('/').map(encodeURIComponent).join('/');
    return `${blobBase}/${encoded}${line ? `#L${line}` : ''}`;
}


/***/ }),

/***/ 1601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LU: () => (/* binding */ driftText),
  Ay: () => (/* binding */ renderReportMarkdown),
  WJ: () => (/* binding */ verdict)
});

// UNUSED EXPORTS: COMMENT_LIMIT, SUMMARY_LIMIT_BYTES, modeLine, renderComment, renderSummary

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/report/fit.ts
const GAP = '\n\n';
function renderRows(block, rows) {
    if (rows.length === 0)
        return '';
    return [block.head, rows.join(block.separator ?? '\n'), block.tail].filter((p) => p !== undefined).join('\n');
}
function join(parts) {
    return parts.filter((p) => p !== '').join(GAP) + '\n';
}
/**
 * Renders `blocks` within `limit` (as `measure` counts). Fixed text always stays; rows are kept
 * in order until the budget runs out, and `note(omitted)` says how many were left out.
 */
function fit_fitBlocks(blocks, limit, note, measure = (s) => s.length) {
    const full = join(blocks.map((b) => ('text' in b ? b.text : 'rows' in b ? renderRows(b, b.rows) : '')));
    if (measure(full) <= limit)
        return { text: full, omitted: 0 };
    const totalRows = blocks.reduce((n, b) => n + ('rows' in b ? b.rows.length : 0), 0);
    // Everything that is not a row, as if every list kept its head and tail, plus the longest note.
    const skeleton = join(blocks.map((b) => ('text' in b ? b.text : 'rows' in b ? renderRows(b, ['']) : note(totalRows))));
    let budget = limit - measure(skeleton);
    let omitted = 0;
    const kept = new Map();
    const lists = blocks.filter((b) => 'rows' in b);
    const byPriority = [...lists].sort((a, b) => (a.priority ?? 1) - (b.priority ?? 1));
    for (const b of byPriority) {
        const rows = [];
        for (const row of b.rows) {
            const cost = measure(row) + measure(b.separator ?? '\n');
            if (cost > budget)
                break;
            rows.push(row);
            budget -= cost;
        }
        omitted += b.rows.length - rows.length;
        kept.set(b, rows);
    }
    const text = join(blocks.map((b) => ('text' in b ? b.text : 'rows' in b ? renderRows(b, kept.get(b) ?? []) : note(omitted))));
    return { text, omitted };
}

// EXTERNAL MODULE: ./src/report/rows.ts
var rows = __webpack_require__(6425);
// EXTERNAL MODULE: ./src/report/plural.ts
var plural = __webpack_require__(1190);
// EXTERNAL MODULE: ./src/shared/locale-suffix.ts
var locale_suffix = __webpack_require__(1109);
// EXTERNAL MODULE: ./src/diff/types.ts
var types = __webpack_require__(6394);
// EXTERNAL MODULE: ./src/report/diff.ts
var diff = __webpack_require__(227);
;// CONCATENATED MODULE: ./src/report/markdown.ts







/** GitHub refuses comments over 65,536 characters; stay clear of it. */
const COMMENT_LIMIT = 65_000;
/** The job summary of one step may hold 1 MiB. */
const SUMMARY_LIMIT_BYTES = 1_000_000;
const UPDATE_KINDS = new Set(['update', 'translation', 'attachments', 'drifted']);
/** What the counts say, in the tense of the report: planned ("2 to create") or done ("2 created"). */
function tally(report) {
    const c = report.counts;
    const drifted = report.rows.filter((r) => r.drifted.length).length;
    if (report.offline) {
        const rendered = report.rows.length - c.failed;
        return [`${(0,plural/* plural */.L)(rendered, 'article')} rendered`, ...(c.failed ? [`${c.failed} with errors`] : [])];
    }
    if (report.planned) {
        const would = [`${c.created} to create`, `${c.updated} to update`, `${c.unchanged} unchanged`];
        if (c.archived)
            would.push(`${c.archived} to archive`);
        if (drifted)
            would.push(`${drifted} edited in Guide`);
        if (c.skipped)
            would.push(`${c.skipped} skipped`);
        if (c.failed)
            would.push(`${c.failed} with errors`);
        return would;
    }
    const parts = [`${c.created} created`, `${c.updated} updated`, `${c.unchanged} unchanged`];
    if (c.archived)
        parts.push(`${c.archived} archived`);
    if (drifted)
        parts.push(`${drifted} had been edited in Guide`);
    if (c.skipped)
        parts.push(`${c.skipped} skipped`);
    if (c.failed)
        parts.push(`${c.failed} failed`);
    return parts;
}
/** One line: what happened or would happen, with the same counts as the table and the outputs. */
function verdict(report) {
    if (report.error)
        return `❌ The run failed: ${report.error.message}`;
    const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
    if (report.blocked) {
        const stop = report.mode === 'dry-run'
            ? `❌ ${(0,plural/* plural */.L)(errors, 'error')} in the docs must be fixed first: a publish would stop before writing anything.`
            : `❌ Nothing was published: ${(0,plural/* plural */.L)(errors, 'error')} in the docs must be fixed first.`;
        if (!report.rows.length)
            return stop;
        return `${stop} ${report.offline ? 'Not compared with Zendesk (no credentials)' : 'Planned'}: ${tally(report).join(', ')}.`;
    }
    if (report.offline) {
        return `📄 Offline dry run: ${(0,plural/* plural */.L)(report.rows.length, 'article')} validated and rendered; not compared with Zendesk (no credentials).`;
    }
    if (report.planned)
        return `🔍 Dry run: ${tally(report).join(', ')}. Nothing was written to Zendesk.`;
    return `${report.counts.failed ? '⚠️' : '🚀'} Published: ${tally(report).join(', ')}.`;
}
/** A publish that got as far as writing: past tense from here on. */
const done = (report) => !report.planned;
const MODE_NAME = { 'dry-run': 'dry run', publish: 'publish' };
/** Which mode ran, and why: the first thing a reader of any report needs to know. */
function modeLine(report) {
    if (!report.mode)
        return undefined;
    const ctx = report.context;
    const name = `**${MODE_NAME[report.mode]}**`;
    let why = '';
    if (ctx?.requestedMode === 'auto') {
        const event = ctx.eventName ? `a ${(0,report_escape/* code */.aY)(ctx.eventName)} event` : 'this event';
        why =
            report.mode === 'dry-run'
                ? ` (${(0,report_escape/* code */.aY)('mode: auto')} on ${event}: a preview; merging publishes)`
                : ` (${(0,report_escape/* code */.aY)('mode: auto')} on ${event})`;
    }
    else if (ctx) {
        why = ` (${(0,report_escape/* code */.aY)(`mode: ${ctx.requestedMode}`)} set in the workflow)`;
    }
    const commit = ctx?.commit ? ` · commit ${(0,report_escape/* code */.aY)(ctx.commit.slice(0, 7))}` : '';
    return `Mode: ${name}${why}${commit}`;
}
/** The verdict in bold; an error message is the user's text (a host, a file name) and is escaped. */
function verdictMarkdown(report) {
    if (report.error)
        return `**❌ The run failed:** ${(0,report_escape/* escapeText */.X1)(report.error.message)}`;
    return `**${verdict(report)}**`;
}
const FAILURE_ADVICE = {
    settings: 'Nothing was sent to Zendesk: fix the setting and run again.',
    remote: 'Nothing was written to Zendesk; once the cause is fixed, running again is safe.',
    internal: 'Nothing was written to Zendesk; the log has the details.',
};
function offlineNote(report) {
    if (!report.offline || report.blocked)
        return undefined;
    const why = report.context?.forkPullRequest
        ? 'No Zendesk credentials: secrets are not given to workflows for pull requests from forks'
        : 'No Zendesk credentials were set';
    return [
        '> [!NOTE]',
        `> **Comparison with Zendesk skipped.** ${why}, so this run only validated and rendered the Markdown. It cannot say which articles would be created or updated; a run with credentials (after merging, or from a branch of this repository) will.`,
    ].join('\n');
}
function linksOf(report) {
    const base = report.context?.blobBaseUrl;
    return { source: (file, line) => (base ? (0,report_escape/* sourceUrl */.Hx)(base, file, line) : undefined) };
}
function fileCell(row, links) {
    if (!row.file)
        return (0,report_escape/* code */.aY)(row.key);
    const url = links.source(row.file);
    return url ? (0,report_escape/* link */.nf)((0,report_escape/* code */.aY)(row.file), url) : (0,report_escape/* code */.aY)(row.file);
}
function titleCell(row) {
    const title = (0,report_escape/* escapeText */.X1)(row.title || row.key);
    return row.url ? (0,report_escape/* link */.nf)(title, row.url) : title;
}
/** What happens to an article edited in Guide, in the words of the `on-drift` policy in force. */
function driftText(row, report) {
    if (!row.drifted.length)
        return '';
    const edited = `edited in Guide (${row.drifted.join(', ')})`;
    // Edited in Guide to exactly what this file says: there is nothing to overwrite, skip or refuse.
    if (row.action === 'unchanged')
        return `${edited}; the same as this file`;
    switch (report.onDrift) {
        case 'skip':
            return `${edited}; left as is (on-drift: skip)`;
        case 'fail':
            return `${edited}; ${report.mode === 'publish' ? 'stopped the publish' : 'blocks the publish'} (on-drift: fail)`;
        case 'overwrite': {
            const verb = !done(report) ? 'will be overwritten' : row.status === 'updated' ? 'overwritten' : 'not overwritten';
            return `${edited}; ${verb} from this file (on-drift: overwrite)`;
        }
        default:
            return edited;
    }
}
function whatCell(c, report) {
    const { row } = c;
    if (row.error)
        return `❌ ${(0,report_escape/* escapeText */.X1)((0,report_escape/* shorten */.ml)(row.error, 160))}`;
    if (c.kind === 'error' && !row.error) {
        const errors = report.diagnostics.filter((d) => d.severity === 'error' && row.file && sameArticle(d.file, row.file));
        // An edit in Guide under on-drift: fail is such an error; the row says so in the policy's words.
        const drift = driftText(row, report);
        return `❌ ${(0,plural/* plural */.L)(errors.length, 'error')} in this file${drift ? `: ${(0,report_escape/* escapeText */.X1)(drift)}` : ''}`;
    }
    const parts = [driftText(row, report), ...(row.action === 'skip' ? [] : row.reasons)].filter(Boolean);
    return (0,report_escape/* escapeText */.X1)((0,report_escape/* shorten */.ml)(parts.join('; '), 120));
}
const sameArticle = (diagFile, rowFile) => diagFile === rowFile || (0,locale_suffix/* sourceFileOf */.X)(diagFile) === rowFile;
function tableRow(c, report, links) {
    return `| ${(0,rows/* rowLabel */.xZ)(c.kind, report)} | ${titleCell(c.row)} | ${fileCell(c.row, links)} | ${whatCell(c, report)} |`;
}
function detailEntry(c, report, links, room) {
    const lines = [`**${titleCell(c.row)}** · ${fileCell(c.row, links)}`];
    const drift = driftText(c.row, report);
    if (drift)
        lines.push(`- ⚠️ ${(0,report_escape/* escapeText */.X1)(drift)}`);
    if (c.row.action !== 'skip')
        for (const reason of c.row.reasons)
            lines.push(`- ${(0,report_escape/* escapeText */.X1)(reason)}`);
    const ch = c.row.changes;
    if (ch?.uploads)
        lines.push(`- ${(0,plural/* plural */.L)(ch.uploads, 'file')} ${done(report) ? 'uploaded' : 'to upload'}`);
    const blocks = [lines.join('\n')];
    const left = [];
    for (const d of c.row.diffs ?? []) {
        const md = (0,diff/* diffMarkdown */.xb)(d, report.onDrift, previewPointer(report));
        if (md.length > room.chars) {
            left.push(d.locale);
            continue;
        }
        room.chars -= md.length;
        blocks.push(md);
    }
    if (left.length) {
        blocks.push(`<sub>The text that changes (${(0,report_escape/* escapeText */.X1)(left.join(', '))}) is left out to keep this short${room.elsewhere ? `: ${room.elsewhere}` : ''}.</sub>`);
    }
    if (c.row.diffsLeftOut) {
        blocks.push(`<sub>The text that changes in ${(0,plural/* plural */.L)(c.row.diffsLeftOut, 'more translation')} is not in this report, which holds the first ${types/* REPORT_DIFF_CAPS */.N.totalLines} changed lines of a run: ${previewPointer(report)}.</sub>`);
    }
    return blocks.join('\n\n');
}
/** Where every changed line can be read: the preview, which is not capped per article. */
function previewPointer(report) {
    const preview = report.context?.previewUrl;
    return preview ? `the ${(0,report_escape/* link */.nf)('preview', preview)} has them all` : `${(0,report_escape/* code */.aY)('zendesk-guide-publisher preview')} shows them all`;
}
/** Where the diffs a copy leaves out can be read: the job summary and the preview, as far as known. */
function elsewhereOf(report, inSummary) {
    const ctx = report.context;
    const places = [
        ...(inSummary ? [] : [ctx?.runUrl ? `the ${(0,report_escape/* link */.nf)('job summary', ctx.runUrl)}` : 'the job summary']),
        ...(ctx?.previewUrl ? [`the ${(0,report_escape/* link */.nf)('preview', ctx.previewUrl)}`] : []),
    ];
    return places.length ? `see ${places.join(' or ')}` : undefined;
}
function diagnosticLine(d, links) {
    const where = [d.file, d.line, d.line ? d.column : undefined].filter((p) => p !== undefined).join(':');
    const url = links.source(d.file, d.line);
    const icon = d.severity === 'error' ? '❌' : '⚠️';
    const hint = d.hint ? ` (${(0,report_escape/* escapeText */.X1)(d.hint)})` : '';
    return `- ${icon} ${url ? (0,report_escape/* link */.nf)((0,report_escape/* code */.aY)(where), url) : (0,report_escape/* code */.aY)(where)} ${(0,report_escape/* escapeText */.X1)(d.message)}${hint}`;
}
function diagnosticsBlocks(report, links) {
    if (!report.diagnostics.length)
        return [];
    const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = report.diagnostics.length - errors;
    const heading = [errors ? (0,plural/* plural */.L)(errors, 'error') : '', warnings ? (0,plural/* plural */.L)(warnings, 'warning') : ''].filter(Boolean).join(', ');
    // Problems get the space first when the comment must be cut: they are what someone has to fix.
    return [
        { head: `#### ${errors ? '❌' : '⚠️'} ${heading}\n`, rows: report.diagnostics.map((d) => diagnosticLine(d, links)), priority: 0 },
    ];
}
function blocksOf(report, options) {
    const links = linksOf(report);
    const classified = (0,rows/* classifyRows */.E4)(report);
    const unchanged = classified.filter((c) => c.kind === 'unchanged');
    const listUnchanged = unchanged.length <= (options.maxUnchangedListed ?? 10);
    const tableRows = classified.filter((c) => c.kind !== 'unchanged' || listUnchanged);
    const detailed = classified.filter((c) => UPDATE_KINDS.has(c.kind) && (c.row.reasons.length || c.row.drifted.length));
    const docs = report.context?.docsPath;
    const blocks = [];
    const room = { chars: options.diffChars ?? Infinity, elsewhere: elsewhereOf(report, options.diffChars === undefined) };
    if (options.marker)
        blocks.push({ text: options.marker });
    const heading = ['### 📚 Zendesk Guide', ...(report.mode ? [MODE_NAME[report.mode]] : []), ...(docs ? [(0,report_escape/* code */.aY)(docs)] : [])];
    blocks.push({ text: heading.join(' · ') });
    const mode = modeLine(report);
    const preview = report.context?.previewUrl;
    const previewLine = preview
        ? `🔎 ${(0,report_escape/* link */.nf)('Preview of every article', preview)}: a static site of the rendered articles (download, unzip, open ${(0,report_escape/* code */.aY)('index.html')})`
        : undefined;
    blocks.push({ text: [verdictMarkdown(report), ...(mode ? [mode] : []), ...(previewLine ? [previewLine] : [])].join('\n\n') });
    // A failed run replaces the preview in the sticky comment: say plainly that nothing happened.
    if (report.error)
        blocks.push({ text: FAILURE_ADVICE[report.error.kind] });
    const offline = offlineNote(report);
    if (offline)
        blocks.push({ text: offline });
    blocks.push({ note: true });
    // When the docs have errors, they are what the reader must act on: list them first.
    if (report.blocked)
        blocks.push(...diagnosticsBlocks(report, links));
    if (tableRows.length) {
        blocks.push({
            head: `| | Article | Source | ${done(report) ? 'What changed' : 'What changes'} |\n| --- | --- | --- | --- |`,
            rows: tableRows.map((c) => tableRow(c, report, links)),
        });
    }
    if (!listUnchanged) {
        const line = `✅ ${(0,plural/* plural */.L)(unchanged.length, 'article')} unchanged${options.collapseUnchanged ? '' : ' (not listed)'}.`;
        if (options.collapseUnchanged) {
            blocks.push({
                head: `<details><summary>${line}</summary>\n`,
                rows: unchanged.map((c) => `- ${titleCell(c.row)} · ${fileCell(c.row, links)}`),
                priority: 3,
                tail: '\n</details>',
            });
        }
        else {
            blocks.push({ text: line });
        }
    }
    if (detailed.length) {
        const withText = detailed.some((c) => c.row.diffs?.length) ? ', with the text that changes' : '';
        blocks.push({
            head: `<details><summary>${done(report) ? 'What changed' : 'What changes'}, article by article${withText} (${detailed.length})</summary>\n`,
            rows: detailed.map((c) => detailEntry(c, report, links, room)),
            separator: '\n\n',
            priority: 2,
            tail: '\n</details>',
        });
    }
    if (!report.blocked)
        blocks.push(...diagnosticsBlocks(report, links));
    const r = report.requests;
    const stats = [
        (0,plural/* plural */.L)(r.total, 'Zendesk request'),
        ...(r.rateLimited ? [`${r.rateLimited} rate-limited and retried`] : []),
        `${(report.durationMs / 1000).toFixed(1)} s`,
        ...(report.context?.runUrl ? [(0,report_escape/* link */.nf)('workflow run', report.context.runUrl)] : []),
    ];
    blocks.push({ text: `<sub>${stats.join(' · ')}</sub>` });
    return blocks;
}
function cutNote(report, hint) {
    return (omitted) => {
        const where = hint ??
            (report.context?.runUrl
                ? `The ${(0,report_escape/* link */.nf)('job summary', report.context.runUrl)} has the full report.`
                : 'The job summary has the full report.');
        return `> [!WARNING]\n> Cut to fit GitHub's size limit: ${(0,plural/* plural */.L)(omitted, 'row')} left out. ${where}`;
    };
}
/** The report as Markdown: the job summary, and what the CLI prints with `--markdown`. */
function renderReportMarkdown(report, options = {}) {
    const measure = options.measure ?? ((s) => Buffer.byteLength(s, 'utf8'));
    const blocks = blocksOf(report, { collapseUnchanged: true, ...options });
    return fit_fitBlocks(blocks, options.limit ?? SUMMARY_LIMIT_BYTES, cutNote(report, options.fullReportHint), measure).text.trimEnd();
}
/** The sticky PR comment: the marker first, unchanged articles summed up, cut at a row boundary to fit. */
function renderComment(report, options) {
    const blocks = blocksOf(report, { diffChars: COMMENT_DIFF_CHARS, ...options, collapseUnchanged: false });
    return fitBlocks(blocks, options.limit ?? COMMENT_LIMIT, cutNote(report, undefined)).text;
}
/** The job summary; the same report as the comment, with every unchanged article listed (collapsed). */
function renderSummary(report) {
    return renderReportMarkdown(report) + '\n';
}


/***/ }),

/***/ 6867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   kS: () => (/* binding */ failedReport)
/* harmony export */ });
/* unused harmony exports changesOf, countRows, runErrorOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _remote_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4778);
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6425);



/** Sums up an article's operations by kind. */
function changesOf(operations) {
    if (operations.length === 0)
        return undefined;
    const changes = { metadata: false, translationsAdded: [], translationsUpdated: [], uploads: 0 };
    for (const op of operations) {
        if (op.kind === 'update-metadata')
            changes.metadata = true;
        else if (op.kind === 'create-translation')
            changes.translationsAdded.push(op.body.locale);
        else if (op.kind === 'update-translation')
            changes.translationsUpdated.push(op.body.locale);
        else if (op.kind === 'attach-files')
            changes.uploads += op.assets.length;
    }
    return changes;
}
const statusFromAction = {
    create: 'created',
    update: 'updated',
    unchanged: 'unchanged',
    archive: 'archived',
    skip: 'skipped',
    offline: undefined,
};
/**
 * The counts of a table of rows: what happened (`planned` false, from each row's outcome) or what
 * would happen (from each row's plan). A row the table shows as an error counts as `failed`,
 * whatever its plan, so the counts never disagree with the rows they sum up.
 */
function countRows(rows, diagnostics, planned) {
    const counts = zeroCounts();
    const errorFiles = (0,_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .filesWithErrors */ .Li)(diagnostics);
    for (const row of rows) {
        const status = (0,_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .rowKind */ .Ji)(row, errorFiles) === 'error' ? 'failed' : planned ? statusFromAction[row.action] : row.status;
        if (status)
            counts[status]++;
    }
    return counts;
}
function buildReport(input) {
    const rows = (input.plan?.articles ?? []).map((a) => {
        const outcome = input.outcomes?.get(a.key);
        return {
            key: a.key,
            file: a.file,
            title: a.title,
            articleId: outcome?.articleId ?? a.articleId,
            url: outcome?.htmlUrl ?? a.htmlUrl,
            action: a.action,
            status: outcome?.status,
            reasons: a.reasons,
            drifted: a.drifted,
            error: outcome?.error,
            ...(a.operations.length ? { changes: changesOf(a.operations) } : {}),
            ...diffFields(input.diffs?.get(a.key)),
        };
    });
    const counts = countRows(rows, input.diagnostics, !input.outcomes);
    const newIds = {};
    for (const row of rows)
        if (row.status === 'created' && row.file && row.articleId)
            newIds[row.file] = row.articleId;
    return {
        version: 1,
        mode: input.mode,
        offline: input.plan?.offline ?? true,
        blocked: input.blocked,
        zendeskUrl: input.zendeskUrl,
        onDrift: input.plan?.onDrift,
        counts,
        planned: !input.outcomes,
        rows,
        diagnostics: input.diagnostics,
        requests: input.requests,
        newIds,
        durationMs: input.durationMs,
    };
}
function diffFields(d) {
    if (!d)
        return {};
    return { ...(d.translations.length ? { diffs: d.translations } : {}), ...(d.leftOut ? { diffsLeftOut: d.leftOut } : {}) };
}
const zeroCounts = () => ({ created: 0, updated: 0, unchanged: 0, archived: 0, skipped: 0, failed: 0 });
/** What kind of failure stopped a run; the CLI's exit code and the report's advice follow from it. */
function runErrorOf(error) {
    const cause = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC ? error.cause : error;
    const kind = cause instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL ? 'settings' : (0,_remote_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isRemoteError */ .lX)(cause) ? 'remote' : 'internal';
    return { kind, message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(cause) };
}
/**
 * The report of a run that stopped on an exception: the error, and whatever was known by then
 * (the settings that were valid, problems found in the files, requests made). Nothing was
 * written: the pipeline throws only before its first write (apply records each article's
 * failure in its outcome instead).
 */
function failedReport(error, known) {
    const partial = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC ? error : undefined;
    return {
        version: 1,
        mode: known.mode,
        offline: known.offline ?? false,
        blocked: true,
        error: runErrorOf(error),
        zendeskUrl: known.zendeskUrl,
        onDrift: known.onDrift,
        counts: zeroCounts(),
        planned: true,
        rows: [],
        diagnostics: partial?.diagnostics ?? [],
        requests: partial?.requests ?? { total: 0, rateLimited: 0, retries: 0 },
        newIds: {},
        durationMs: known.durationMs,
    };
}


/***/ }),

/***/ 1190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** "1 article", "2 articles", "1,000 articles". */
const plural = (n, word, words = `${word}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? word : words}`;


/***/ }),

/***/ 6425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ classifyRows),
/* harmony export */   Ji: () => (/* binding */ rowKind),
/* harmony export */   Li: () => (/* binding */ filesWithErrors),
/* harmony export */   xZ: () => (/* binding */ rowLabel)
/* harmony export */ });
/* unused harmony export KIND_ORDER */
/* harmony import */ var _shared_locale_suffix_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1109);

/** Most urgent first: the order rows are listed in. */
const KIND_ORDER = [
    'error',
    'drifted',
    'create',
    'update',
    'translation',
    'attachments',
    'archive',
    'rendered',
    'unchanged',
];
const PLANNED = {
    error: '❌ error',
    drifted: '⚠️ drifted',
    create: '🆕 create',
    update: '✏️ update',
    translation: '🌐 translation',
    attachments: '📎 attachments',
    archive: '🗄️ archive',
    rendered: '📄 rendered',
    unchanged: '✅ unchanged',
};
const DONE = {
    error: '❌ failed',
    drifted: '⚠️ drifted',
    create: '🆕 created',
    update: '✏️ updated',
    translation: '🌐 translation added',
    attachments: '📎 attachments updated',
    archive: '🗄️ archived',
    rendered: '📄 rendered',
    unchanged: '✅ unchanged',
};
/** Source files (as rows name them) that have at least one error diagnostic. */
function filesWithErrors(diagnostics) {
    const files = new Set();
    for (const d of diagnostics) {
        if (d.severity !== 'error')
            continue;
        files.add(d.file);
        files.add((0,_shared_locale_suffix_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceFileOf */ .X)(d.file));
    }
    return files;
}
function rowKind(row, errorFiles) {
    if (row.status === 'failed' || row.error || (row.file && errorFiles.has(row.file)))
        return 'error';
    if (row.drifted.length || row.action === 'skip')
        return 'drifted';
    switch (row.action) {
        case 'create':
        case 'archive':
        case 'unchanged':
            return row.action;
        case 'offline':
            return 'rendered';
        case 'update': {
            const c = row.changes;
            if (!c || c.metadata || c.translationsUpdated.length)
                return 'update';
            if (c.translationsAdded.length)
                return 'translation';
            return c.uploads ? 'attachments' : 'update';
        }
        default:
            return 'update';
    }
}
/** The label for a row: what will happen in a dry run, what happened in a publish. */
function rowLabel(kind, report) {
    return report.planned ? PLANNED[kind] : DONE[kind];
}
/** Rows with their kinds, most urgent first, then by file. */
function classifyRows(report) {
    const errorFiles = filesWithErrors(report.diagnostics);
    return report.rows
        .map((row) => ({ row, kind: rowKind(row, errorFiles) }))
        .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.row.file ?? a.row.key).localeCompare(b.row.file ?? b.row.key));
}


/***/ }),

/***/ 1109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ splitLocaleSuffix),
/* harmony export */   X: () => (/* binding */ sourceFileOf)
/* harmony export */ });
/** `guide.fr.md` → { base: 'guide', locale: 'fr' }; two-part codes such as `pt-br` too. */
function splitLocaleSuffix(rel) {
    const noExt = rel.replace(/\.md$/i, '');
    const m = /^(.*)\.([a-z]{2,3}(?:-[a-z0-9]{2,4})?)$/i.exec(noExt);
    if (!m)
        return { base: noExt, locale: undefined };
    return { base: m[1], locale: m[2].toLowerCase() };
}
/** `docs/guide.fr.md` → `docs/guide.md`: the file whose report row a translation's problems belong to. */
function sourceFileOf(file) {
    if (!/\.md$/i.test(file))
        return file;
    const { base, locale } = splitLocaleSuffix(file);
    return locale === undefined ? file : `${base}.md`;
}


/***/ }),

/***/ 405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isInside)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** True when `target` is `root` or beneath it. */
function isInside(root, target) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(rel));
}


/***/ }),

/***/ 8743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ splitFrontMatter)
/* harmony export */ });
const FENCE = /^---[ \t]*$/;
const CLOSING_DOTS = /^\.\.\.[ \t]*$/;
/**
 * Splits `---` fenced front matter from the Markdown body, keeping line numbers. Only the lines
 * up to the closing fence are looked at one by one; the body is sliced off whole.
 */
function splitFrontMatter(text) {
    const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
    const lineEnd = (from) => {
        const nl = content.indexOf('\n', from);
        return nl === -1 ? content.length : nl;
    };
    // A line's "\r" is part of its end only when "\n" follows, as with split(/\r?\n/).
    const lineAt = (from, to) => content.slice(from, to > from && content[to - 1] === '\r' && content[to] === '\n' ? to - 1 : to);
    const firstEnd = lineEnd(0);
    if (!FENCE.test(lineAt(0, firstEnd)))
        return { yaml: undefined, yamlLine: 1, body: content, bodyLine: 1, unclosed: false };
    const yamlLines = [];
    let start = firstEnd + 1;
    let lineNumber = 2;
    while (start <= content.length) {
        const end = lineEnd(start);
        const line = lineAt(start, end);
        if (FENCE.test(line) || CLOSING_DOTS.test(line)) {
            const rest = end >= content.length ? '' : content.slice(end + 1);
            return {
                yaml: yamlLines.join('\n'),
                yamlLine: 2,
                // Line ends in the body are made "\n", as in the front matter.
                body: rest.includes('\r') ? rest.replace(/\r\n/g, '\n') : rest,
                bodyLine: lineNumber + 1,
                unclosed: false,
            };
        }
        yamlLines.push(line);
        if (end >= content.length)
            break;
        start = end + 1;
        lineNumber++;
    }
    return { yaml: undefined, yamlLine: 2, body: content, bodyLine: 1, unclosed: true };
}


/***/ }),

/***/ 5832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ ALL_KEYS_INVALID),
/* harmony export */   x: () => (/* binding */ wasInvalid)
/* harmony export */ });
/** The front matter could not be read at all (malformed YAML): every key counts as invalid. */
const ALL_KEYS_INVALID = '*';
/** True when `key` was set but invalid, so an error about it being missing would only repeat that one. */
function wasInvalid(doc, key) {
    return doc.invalidKeys !== undefined && (doc.invalidKeys.includes(key) || doc.invalidKeys.includes(ALL_KEYS_INVALID));
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
