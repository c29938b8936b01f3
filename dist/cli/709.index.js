export const id = 709;
export const ids = [709];
export const modules = {

/***/ 8709:
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

// EXTERNAL MODULE: ./src/config/repository.ts
var config_repository = __webpack_require__(2352);
// EXTERNAL MODULE: ./src/config/names.ts
var names = __webpack_require__(6234);
// EXTERNAL MODULE: ./src/config/resolve.ts + 1 modules
var resolve = __webpack_require__(3637);
// EXTERNAL MODULE: ./src/config/settings.ts
var config_settings = __webpack_require__(4661);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/run/exit.ts
/** The CLI's exit code for a run that failed as a whole (see the README's exit codes). */
const EXIT_CODE_OF_ERROR = { settings: 2, remote: 3, internal: 1, interrupted: 130 };
/** The exit code of a process stopped by Ctrl-C (128 + SIGINT), as shells expect. */
const EXIT_INTERRUPTED = 130;
/** 0 when all went well; non-zero when the run failed, the files had errors or an article failed to publish. */
function exitCodeOf(report) {
    if (report.error)
        return EXIT_CODE_OF_ERROR[report.error.kind];
    if (report.interrupted)
        return EXIT_INTERRUPTED;
    return report.blocked || report.counts.failed > 0 ? 1 : 0;
}

// EXTERNAL MODULE: ./src/run/publish.ts + 34 modules
var publish = __webpack_require__(3516);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
// EXTERNAL MODULE: ./src/report/plural.ts
var plural = __webpack_require__(1190);
// EXTERNAL MODULE: ./src/report/rows.ts
var rows = __webpack_require__(6425);
// EXTERNAL MODULE: ./src/report/diff.ts
var diff = __webpack_require__(227);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/report/text.ts






const PLAIN = { kind: (_k, t) => t, verdict: (_ok, t) => t, dim: (t) => t };
/** Plain text for the log. */
function renderText(report, style = PLAIN) {
    const ok = !report.error && !report.blocked && report.counts.failed === 0;
    const lines = [style.verdict(ok, (0,markdown/* verdict */.WJ)(report))];
    for (const note of report.notes ?? [])
        lines.push(`  ${style.dim(note)}`);
    for (const row of report.structure ?? []) {
        lines.push(`  ${style.kind(row.action, (0,model/* structureLine */.Ww)(row))}${row.file ? style.dim(` — ${row.file}`) : ''}`);
    }
    for (const tag of report.contentTags ?? [])
        lines.push(`  ${style.kind('create', (0,model/* contentTagLine */.oF)(tag))}`);
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
    const files = (0,model/* mediaLine */.xg)(report);
    if (files)
        lines.push(style.dim(`  ${files}`));
    lines.push(style.dim(`  ${report.requests.total} Zendesk requests, ${report.requests.rateLimited} rate-limited`));
    // Titles, file names and messages come from the files and from Guide (see escape.ts).
    return (0,report_escape/* showBidi */.oy)(lines.join('\n'));
}

// EXTERNAL MODULE: ./src/report/write.ts
var write = __webpack_require__(1693);
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

;// CONCATENATED MODULE: ./src/shared/interrupt.ts
/**
 * Ctrl-C (SIGINT) and the runner's cancel (SIGINT, then SIGTERM) during a publish. Before the
 * first write nothing needs saving: the process ends at once (exit 130). Once writing, the first
 * signal stops the writes (see apply/apply.ts): no article starts, the state record is saved,
 * the report says what was written, and the pipeline ends with 130. The same signal a second
 * time quits at once.
 */
class Interruption {
    say;
    exit;
    controller = new AbortController();
    seen = new Set();
    writing = false;
    remove;
    constructor(say, exit = (code) => process.exit(code)) {
        this.say = say;
        this.exit = exit;
    }
    /** What the pipeline stops its writes on. */
    get signal() {
        return this.controller.signal;
    }
    /** The pipeline is about to write: from now on a signal stops the writes instead of the process. */
    startWriting = () => {
        this.writing = true;
    };
    install() {
        const handler = (signal) => this.receive(signal);
        process.on('SIGINT', handler);
        process.on('SIGTERM', handler);
        this.remove = () => {
            process.off('SIGINT', handler);
            process.off('SIGTERM', handler);
        };
        return this;
    }
    uninstall() {
        this.remove?.();
        this.remove = undefined;
    }
    receive(signal) {
        const again = this.seen.has(signal);
        this.seen.add(signal);
        if (!this.writing) {
            this.say('interrupted: nothing was written');
            this.exit(130);
            return;
        }
        if (again) {
            this.say('interrupted again: quitting at once; what was written is found again by the next publish');
            this.exit(130);
            return;
        }
        if (this.controller.signal.aborted)
            return;
        this.say(`${signal}: stopping: no further article is started, the writes under way finish and the state record is saved (${signal === 'SIGINT' ? 'Ctrl-C' : signal} again quits at once)`);
        this.controller.abort();
    }
}

// EXTERNAL MODULE: ./src/cli/settings.ts
var cli_settings = __webpack_require__(1957);
// EXTERNAL MODULE: ./src/cli/output.ts
var output = __webpack_require__(6657);
// EXTERNAL MODULE: ./src/cli/terminal.ts + 1 modules
var terminal = __webpack_require__(3417);
// EXTERNAL MODULE: ./node_modules/picocolors/picocolors.js
var picocolors = __webpack_require__(7336);
var picocolors_default = /*#__PURE__*/__webpack_require__.n(picocolors);
;// CONCATENATED MODULE: ./src/cli/run.ts



















/**
 * `validate`, `plan`, `publish` and `preview`: one run, then the report wherever it was asked
 * for. `validate` never reads credentials and asks the run not to go online at all.
 */
async function runReportCommand(command, flags, ctx) {
    (0,output/* checkOutputFlags */.dc)(flags);
    const logger = (0,output/* commandLogger */.Ay)(flags, ctx);
    const offline = command === 'validate';
    const connection = offline ? { raw: {}, names: { ...names/* CLI_NAMES */.Q } } : (0,cli_settings/* connectionSettings */.Q7)(flags, ctx.env);
    const raw = rawSettingsOf(command, flags, connection.raw);
    (0,output/* maskSecrets */.QU)(raw, logger);
    const started = Date.now();
    let settings;
    let report;
    try {
        settings = await (0,resolve/* resolveSettings */.Mo)({
            raw,
            repoRoot: flags.repo ?? process.cwd(),
            names: connection.names,
            env: ctx.env,
            command,
            // An address without a way in is a mistake to name, not a reason to quietly run offline.
            connection: offline ? 'unchecked' : 'optional',
            repository: 'clone',
            ...(flags.createSections ? { createSections: true } : {}),
            ...(flags.provenance ? { provenance: (repoRoot) => provenanceFromRepository(repoRoot, ctx.env) } : {}),
        });
        report = await runCommand(command, settings, flags, logger, ctx.env);
    }
    catch (error) {
        const known = settings ?? (0,config_settings/* settingsSoFar */.hT)(raw, undefined);
        report = (0,model/* failedReport */.kS)(error, {
            ...known,
            offline: offline || (settings ? !(settings.zendeskUrl && settings.auth) : false),
            durationMs: Date.now() - started,
        });
        logger.error(report.error.message);
    }
    logger.close();
    return writeReports(command, report, flags, { ctx, logger, repoRoot: settings?.repoRoot });
}
/** The raw settings of these commands, from their flags and the connection's flags or environment. */
function rawSettingsOf(command, flags, connection) {
    return {
        ...connection,
        path: flags.path,
        mode: command === 'publish' ? 'publish' : 'dry-run',
        defaultLocale: flags.defaultLocale,
        archiveRemoved: flags.archiveRemoved ?? false,
        maxArchive: flags.maxArchive,
        onDrift: flags.onDrift,
        concurrency: flags.concurrency,
        configFile: flags.config,
        namespace: flags.namespace,
        ...(flags.var?.length ? { variables: flags.var.join('\n') } : {}),
    };
}
async function runCommand(command, settings, flags, logger, env) {
    const forkParent = (repository) => (0,config_repository/* githubForkParent */.UY)(repository, env);
    if (command === 'preview') {
        // Loaded on demand: the preview's page templates and highlighter serve no other command.
        const { runPreview, DEFAULT_PREVIEW_DIR } = await Promise.all(/* import() */[__webpack_require__.e(24), __webpack_require__.e(711), __webpack_require__.e(435), __webpack_require__.e(994), __webpack_require__.e(185)]).then(__webpack_require__.bind(__webpack_require__, 6185));
        return runPreview(settings, logger, { out: flags.out ?? DEFAULT_PREVIEW_DIR, open: flags.open ?? false }, { forkParent });
    }
    // Ctrl-C in a publish stops its writes and saves what must be saved (see shared/interrupt.ts).
    const interruption = command === 'publish' ? new Interruption((line) => logger.warning(line)).install() : undefined;
    try {
        return await (0,publish/* runPublish */.jN)(settings, logger, {
            offline: command === 'validate',
            forkParent,
            ...(interruption ? { interrupt: interruption.signal, onWriting: interruption.startWriting } : {}),
        });
    }
    finally {
        interruption?.uninstall();
    }
}
/** The report wherever it was asked for, and the ids written back; the exit code. */
async function writeReports(command, report, flags, at) {
    const { ctx, logger } = at;
    const jsonToStdout = flags.json === '-';
    // Standard output carries the JSON when asked to; the text then goes with the log.
    const textStream = jsonToStdout ? ctx.stderr : ctx.stdout;
    let code = exitCodeOf(report);
    if (flags.json !== undefined) {
        try {
            if (jsonToStdout)
                ctx.stdout.write(JSON.stringify(report, null, 2) + '\n');
            else
                await (0,write/* writeJsonReport */.a)(report, flags.json);
        }
        catch (error) {
            logger.error(`could not write the JSON report to ${flags.json}: ${(0,errors/* errorMessage */.gJ)(error)}`);
            // The run may have gone well; the report asked for is missing all the same: a usage problem.
            if (code === 0)
                code = 2;
        }
    }
    if (!report.error && flags.writeBackIds && Object.keys(report.newIds).length && at.repoRoot) {
        try {
            const changed = await writeBackIds(report.newIds, at.repoRoot);
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
    const colors = picocolors_default().createColors((0,terminal/* isRichTerminal */.Jn)(textStream, ctx.env));
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
        return c.green(`✅ ${(0,plural/* plural */.L)(report.rows.length, 'article')} checked: no errors${warned}.`);
    // A file with errors is no article yet, so only the files are counted.
    const files = new Set(errors.map((d) => d.file)).size;
    return c.red(`❌ ${(0,plural/* plural */.L)(errors.length, 'error')} in ${(0,plural/* plural */.L)(files, 'file')}${warned}.`);
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ renderReportMarkdown),
/* harmony export */   LU: () => (/* binding */ driftText),
/* harmony export */   WJ: () => (/* binding */ verdict)
/* harmony export */ });
/* unused harmony exports COMMENT_LIMIT, SUMMARY_LIMIT_BYTES, modeLine, renderComment, renderSummary */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6867);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4031);
/* harmony import */ var _fit_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(877);
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6425);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1190);
/* harmony import */ var _shared_locale_suffix_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1109);
/* harmony import */ var _diff_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6394);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(227);









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
        return [`${(0,_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(rendered, 'article')} rendered`, ...(c.failed ? [`${c.failed} with errors`] : [])];
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
            ? `❌ ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(errors, 'error')} in the docs must be fixed first: a publish would stop before writing anything.`
            : `❌ Nothing was published: ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(errors, 'error')} in the docs must be fixed first.`;
        if (!report.rows.length)
            return stop;
        return `${stop} ${report.offline ? 'Not compared with Zendesk (no credentials)' : 'Planned'}: ${tally(report).join(', ')}.`;
    }
    if (report.offline) {
        return `📄 Offline dry run: ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(report.rows.length, 'article')} validated and rendered; not compared with Zendesk (no credentials).`;
    }
    if (report.planned)
        return `🔍 Dry run: ${tally(report).join(', ')}. Nothing was written to Zendesk.`;
    if (report.interrupted)
        return `⏹️ ${capitalize((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .interruptedLine */ .Rr)(report.interrupted))}. So far: ${tally(report).join(', ')}.`;
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
        const event = ctx.eventName ? `a ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(ctx.eventName)} event` : 'this event';
        why =
            report.mode === 'dry-run'
                ? ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)('mode: auto')} on ${event}: a preview; merging publishes)`
                : ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)('mode: auto')} on ${event})`;
    }
    else if (ctx) {
        why = ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(`mode: ${ctx.requestedMode}`)} set in the workflow)`;
    }
    const commit = ctx?.commit ? ` · commit ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(ctx.commit.slice(0, 7))}` : '';
    return `Mode: ${name}${why}${commit}`;
}
/** The verdict in bold; an error message is the user's text (a host, a file name) and is escaped. */
function verdictMarkdown(report) {
    if (report.error)
        return `**❌ The run failed:** ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeText */ .X1)(report.error.message)}`;
    return `**${verdict(report)}**`;
}
const FAILURE_ADVICE = {
    settings: 'Nothing was sent to Zendesk: fix the setting and run again.',
    remote: 'Nothing was written to Zendesk; once the cause is fixed, running again is safe.',
    internal: 'Nothing was written to Zendesk; the log has the details.',
    interrupted: 'Nothing was written to Zendesk: the run was stopped before its first write.',
};
const capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);
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
    return { source: (file, line) => (base ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .sourceUrl */ .Hx)(base, file, line) : undefined) };
}
function fileCell(row, links) {
    if (!row.file)
        return (0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(row.key);
    const url = links.source(row.file);
    return url ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .link */ .nf)((0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(row.file), url) : (0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(row.file);
}
function titleCell(row) {
    const title = (0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeText */ .X1)(row.title || row.key);
    return row.url ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .link */ .nf)(title, row.url) : title;
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
        return `❌ ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeText */ .X1)((0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .shorten */ .ml)(row.error, 160))}`;
    if (c.kind === 'error' && !row.error) {
        const errors = report.diagnostics.filter((d) => d.severity === 'error' && row.file && sameArticle(d.file, row.file));
        // An edit in Guide under on-drift: fail is such an error; the row says so in the policy's words.
        const drift = driftText(row, report);
        return `❌ ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(errors.length, 'error')} in this file${drift ? `: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeText */ .X1)(drift)}` : ''}`;
    }
    const parts = [driftText(row, report), ...(row.action === 'skip' ? [] : row.reasons)].filter(Boolean);
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeText */ .X1)((0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .shorten */ .ml)(parts.join('; '), 120));
}
const sameArticle = (diagFile, rowFile) => diagFile === rowFile || (0,_shared_locale_suffix_js__WEBPACK_IMPORTED_MODULE_5__/* .sourceFileOf */ .X)(diagFile) === rowFile;
function tableRow(c, report, links) {
    return `| ${(0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .rowLabel */ .xZ)(c.kind, report)} | ${titleCell(c.row)} | ${fileCell(c.row, links)} | ${whatCell(c, report)} |`;
}
function detailEntry(c, report, links, room) {
    const lines = [`**${titleCell(c.row)}** · ${fileCell(c.row, links)}`];
    const drift = driftText(c.row, report);
    if (drift)
        lines.push(`- ⚠️ ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeText */ .X1)(drift)}`);
    if (c.row.action !== 'skip')
        for (const reason of c.row.reasons)
            lines.push(`- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeText */ .X1)(reason)}`);
    const ch = c.row.changes;
    if (ch?.uploads)
        lines.push(`- ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(ch.uploads, 'file')} ${done(report) ? 'uploaded' : 'to upload'}`);
    const blocks = [lines.join('\n')];
    const left = [];
    for (const d of c.row.diffs ?? []) {
        const md = (0,_diff_js__WEBPACK_IMPORTED_MODULE_6__/* .diffMarkdown */ .xb)(d, report.onDrift, previewPointer(report));
        if (md.length > room.chars) {
            left.push(d.locale);
            continue;
        }
        room.chars -= md.length;
        blocks.push(md);
    }
    if (left.length) {
        blocks.push(`<sub>The text that changes (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeText */ .X1)(left.join(', '))}) is left out to keep this short${room.elsewhere ? `: ${room.elsewhere}` : ''}.</sub>`);
    }
    if (c.row.diffsLeftOut) {
        blocks.push(`<sub>The text that changes in ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(c.row.diffsLeftOut, 'more translation')} is not in this report, which holds the first ${_diff_types_js__WEBPACK_IMPORTED_MODULE_2__/* .REPORT_DIFF_CAPS */ .N.totalLines} changed lines of a run: ${previewPointer(report)}.</sub>`);
    }
    return blocks.join('\n\n');
}
/** Where every changed line can be read: the preview, which is not capped per article. */
function previewPointer(report) {
    const preview = report.context?.previewUrl;
    return preview ? `the ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .link */ .nf)('preview', preview)} has them all` : `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)('zendesk-guide-publisher preview')} shows them all`;
}
/** Where the diffs a copy leaves out can be read: the job summary and the preview, as far as known. */
function elsewhereOf(report, inSummary) {
    const ctx = report.context;
    const places = [
        ...(inSummary ? [] : [ctx?.runUrl ? `the ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .link */ .nf)('job summary', ctx.runUrl)}` : 'the job summary']),
        ...(ctx?.previewUrl ? [`the ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .link */ .nf)('preview', ctx.previewUrl)}`] : []),
    ];
    return places.length ? `see ${places.join(' or ')}` : undefined;
}
function diagnosticLine(d, links) {
    const where = [d.file, d.line, d.line ? d.column : undefined].filter((p) => p !== undefined).join(':');
    const url = links.source(d.file, d.line);
    const icon = d.severity === 'error' ? '❌' : '⚠️';
    const hint = d.hint ? ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeText */ .X1)(d.hint)})` : '';
    return `- ${icon} ${url ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .link */ .nf)((0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(where), url) : (0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(where)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeText */ .X1)(d.message)}${hint}`;
}
function diagnosticsBlocks(report, links) {
    if (!report.diagnostics.length)
        return [];
    const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = report.diagnostics.length - errors;
    const heading = [errors ? (0,_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(errors, 'error') : '', warnings ? (0,_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(warnings, 'warning') : ''].filter(Boolean).join(', ');
    // Problems get the space first when the comment must be cut: they are what someone has to fix.
    return [
        { head: `#### ${errors ? '❌' : '⚠️'} ${heading}\n`, rows: report.diagnostics.map((d) => diagnosticLine(d, links)), priority: 0 },
    ];
}
function blocksOf(report, options) {
    const links = linksOf(report);
    const classified = (0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyRows */ .E4)(report);
    const unchanged = classified.filter((c) => c.kind === 'unchanged');
    const listUnchanged = unchanged.length <= (options.maxUnchangedListed ?? 10);
    const tableRows = classified.filter((c) => c.kind !== 'unchanged' || listUnchanged);
    const detailed = classified.filter((c) => UPDATE_KINDS.has(c.kind) && (c.row.reasons.length || c.row.drifted.length));
    const docs = report.context?.docsPath;
    const blocks = [];
    const room = { chars: options.diffChars ?? Infinity, elsewhere: elsewhereOf(report, options.diffChars === undefined) };
    if (options.marker)
        blocks.push({ text: options.marker });
    const heading = ['### 📚 Zendesk Guide', ...(report.mode ? [MODE_NAME[report.mode]] : []), ...(docs ? [(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(docs)] : [])];
    blocks.push({ text: heading.join(' · ') });
    const mode = modeLine(report);
    const preview = report.context?.previewUrl;
    const previewLine = preview
        ? `🔎 ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .link */ .nf)('Preview of every article', preview)}: a static site of the rendered articles (download, unzip, open ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)('index.html')})`
        : undefined;
    blocks.push({ text: [verdictMarkdown(report), ...(mode ? [mode] : []), ...(previewLine ? [previewLine] : [])].join('\n\n') });
    // A failed run replaces the preview in the sticky comment: say plainly that nothing happened.
    if (report.error)
        blocks.push({ text: FAILURE_ADVICE[report.error.kind] });
    if (report.notes?.length)
        blocks.push({ text: report.notes.map((n) => `ℹ️ ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeText */ .X1)(n)}`).join('\n\n') });
    const offline = offlineNote(report);
    if (offline)
        blocks.push({ text: offline });
    blocks.push({ note: true });
    // When the docs have errors, they are what the reader must act on: list them first.
    if (report.blocked)
        blocks.push(...diagnosticsBlocks(report, links));
    if (report.structure?.length) {
        blocks.push({
            head: `#### 🗂️ Sections and categories${done(report) ? '' : ' (made before the articles)'}
`,
            rows: report.structure.map((row) => `- ${(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .structureLine */ .Ww)(row)}${row.file ? ` · ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(row.file)}` : ''}`),
        });
    }
    if (report.contentTags?.length) {
        blocks.push({
            head: `#### 🏷️ Content tags${done(report) ? '' : ' (made before the articles)'}
`,
            rows: report.contentTags.map((tag) => `- ${(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .contentTagLine */ .oF)(tag)}`),
        });
    }
    if (tableRows.length) {
        blocks.push({
            head: `| | Article | Source | ${done(report) ? 'What changed' : 'What changes'} |\n| --- | --- | --- | --- |`,
            rows: tableRows.map((c) => tableRow(c, report, links)),
        });
    }
    if (!listUnchanged) {
        const line = `✅ ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(unchanged.length, 'article')} unchanged${options.collapseUnchanged ? '' : ' (not listed)'}.`;
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
    const files = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .mediaLine */ .xg)(report);
    const stats = [
        ...(files ? [files] : []),
        (0,_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(r.total, 'Zendesk request'),
        ...(r.rateLimited ? [`${r.rateLimited} rate-limited and retried`] : []),
        `${(report.durationMs / 1000).toFixed(1)} s`,
        ...(report.context?.runUrl ? [(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .link */ .nf)('workflow run', report.context.runUrl)] : []),
    ];
    blocks.push({ text: `<sub>${stats.join(' · ')}</sub>` });
    return blocks;
}
function cutNote(report, hint) {
    return (omitted) => {
        const where = hint ??
            (report.context?.runUrl
                ? `The ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .link */ .nf)('job summary', report.context.runUrl)} has the full report.`
                : 'The job summary has the full report.');
        return `> [!WARNING]\n> Cut to fit GitHub's size limit: ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(omitted, 'row')} left out. ${where}`;
    };
}
/** The report as Markdown: the job summary, and what the CLI prints with `--markdown`. */
function renderReportMarkdown(report, options = {}) {
    const measure = options.measure ?? ((s) => Buffer.byteLength(s, 'utf8'));
    const blocks = blocksOf(report, { collapseUnchanged: true, ...options });
    return (0,_fit_js__WEBPACK_IMPORTED_MODULE_7__/* .fitBlocks */ .U)(blocks, options.limit ?? SUMMARY_LIMIT_BYTES, cutNote(report, options.fullReportHint), measure).text.trimEnd();
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


/***/ })

};
