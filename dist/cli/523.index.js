export const id = 523;
export const ids = [523];
export const modules = {

/***/ 6657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ commandLogger),
/* harmony export */   QU: () => (/* binding */ maskSecrets),
/* harmony export */   dc: () => (/* binding */ checkOutputFlags)
/* harmony export */ });
/* harmony import */ var _terminal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3417);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7485);


/**
 * `--json -` prints the report; anything else starting with `-` is a flag that took its place.
 * `example` names the file the hint suggests, after the command's report.
 */
function checkOutputFlags(flags, example = 'report.json') {
    if (flags.json !== undefined && flags.json !== '-' && (flags.json === '' || flags.json.startsWith('-'))) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`--json needs a file name, or - for standard output (got "${flags.json}")`);
    }
    if (flags.json === '-' && flags.markdown) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`--json - and --markdown both print to standard output: write the JSON to a file (--json ${example})`);
    }
}
/** The log of a command: on standard error, live and coloured in a terminal, plain otherwise. */
function commandLogger(flags, ctx) {
    return (0,_terminal_js__WEBPACK_IMPORTED_MODULE_0__/* .createTerminalLogger */ .nH)({
        stream: ctx.stderr,
        rich: (0,_terminal_js__WEBPACK_IMPORTED_MODULE_0__/* .isRichTerminal */ .Jn)(ctx.stderr, ctx.env),
        verbose: flags.verbose ?? false,
        quiet: flags.quiet ?? false,
    });
}
/** Every secret among the settings is masked in whatever the log prints. */
function maskSecrets(raw, logger) {
    for (const secret of [raw.oauthClientSecret, raw.oauthToken, raw.apiToken])
        if (secret)
            logger.setSecret(secret);
}


/***/ }),

/***/ 1957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q7: () => (/* binding */ connectionSettings),
/* harmony export */   tp: () => (/* reexport safe */ _config_settings_js__WEBPACK_IMPORTED_MODULE_1__.tp)
/* harmony export */ });
/* unused harmony export ENVIRONMENT */
/* harmony import */ var _config_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6234);
/* harmony import */ var _config_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4661);

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
    let byFlag = false;
    let byVariable = false;
    for (const row of ENVIRONMENT) {
        const flag = flags[row.flag];
        const fromEnv = env[row.variable];
        if (flag === undefined && fromEnv !== undefined)
            names[row.setting] = row.variable;
        byFlag ||= flag !== undefined;
        byVariable ||= flag === undefined && fromEnv !== undefined;
        raw[row.setting] = flag ?? fromEnv;
    }
    // A setting still missing is named the way the user gives the others: "set
    // ZENDESK_OAUTH_CLIENT_SECRET" to someone who exported ZENDESK_OAUTH_CLIENT_ID, not a flag.
    if (byVariable && !byFlag) {
        for (const row of ENVIRONMENT)
            if (raw[row.setting] === undefined)
                names[row.setting] = row.variable;
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

// UNUSED EXPORTS: FALLBACK_SIZE, isCi

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
    // Bidirectional controls by code point: a CLI run in CI writes into GitHub's log (report/escape.ts).
    const out = (line) => write(showBidi(redact(line, secrets)));
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
/** What a terminal that reports no size (a bare pty: 0 columns, 0 rows) is drawn as. */
const FALLBACK_SIZE = { columns: 80, rows: 24 };
/**
 * The stream as log-update sees it, with a size it can draw in. A pty nobody sized (some CI
 * systems and containers) reports 0 columns and 0 rows, which log-update takes at its word: it
 * wraps at nothing and, for zero rows, draws nothing at all but its hide-cursor code.
 */
function sized(stream) {
    return {
        write: (chunk) => stream.write(chunk),
        get isTTY() {
            return stream.isTTY;
        },
        get columns() {
            return stream.columns || FALLBACK_SIZE.columns;
        },
        get rows() {
            return stream.rows || FALLBACK_SIZE.rows;
        },
    };
}
function waitingText(state, now) {
    const left = Math.ceil((state.waitUntil - now) / 1000);
    return left > 0 ? `waiting ${left} s: ${state.waitReason}` : undefined;
}
/** The live area's text: a spinner with the step or a bar of the work, and the wait under it; undefined for nothing to show. */
function liveText(state, c, now) {
    const spinner = c.cyan(SPINNER[state.frame % SPINNER.length]);
    const { work, phase } = state;
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
    const waiting = waitingText(state, now);
    if (!head && !waiting)
        return undefined;
    return [head, waiting && c.yellow(`${head ? '  ' : `${spinner} `}${waiting}`)].filter(Boolean).join('\n');
}
function createDisplay(options, state, c, clean, now) {
    const { stream, rich, quiet = false } = options;
    const live = rich ? (0,log_update/* createLogUpdate */.SY)(sized(stream)) : undefined;
    let shown = false;
    let everShown = false;
    let timer;
    function stopTimer() {
        if (timer)
            clearInterval(timer);
        timer = undefined;
    }
    function draw() {
        if (!live || quiet)
            return;
        const text = liveText(state, c, now());
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
                state.frame++;
                draw();
            }, TICK_MS);
            // The display must never keep the process alive on its own.
            timer.unref();
        }
    }
    return {
        line: (text) => {
            if (live && shown) {
                live.persist(clean(text));
                shown = false;
                draw();
            }
            else {
                stream.write(clean(text) + '\n');
            }
        },
        draw,
        close: () => {
            stopTimer();
            if (live && everShown) {
                if (shown)
                    live.clear();
                shown = false;
                // Shows the cursor again, which log-update hid.
                live.done();
            }
        },
    };
}
/** Plain progress: the start, about every tenth of the work, and each new wait. */
function plainProgress(event, work, line, c) {
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
/**
 * Takes a progress event into the state. False for a wait that adds nothing: requests in flight
 * meet the same 429 together, and that is one wait, not one line each.
 */
function track(state, event, now) {
    if (event.kind === 'start')
        state.work = { what: event.what, unit: event.unit, total: event.total, done: 0, failed: 0 };
    else if (event.kind === 'advance' && state.work) {
        state.work.done++;
        if (event.failed)
            state.work.failed++;
    }
    else if (event.kind === 'end')
        state.work = undefined;
    else if (event.kind === 'wait') {
        const until = now + event.seconds * 1000;
        if (until < state.waitUntil + 1000)
            return false;
        state.waitUntil = until;
        state.waitReason = event.reason;
    }
    return true;
}
const where = (loc) => loc?.file ? `${loc.file}${loc.line ? `:${loc.line}${loc.column ? `:${loc.column}` : ''}` : ''}: ` : '';
/**
 * The CLI's logger. Log lines are the same words in every mode (tests and scripts read them); a
 * rich terminal adds colour and one live area under them, redrawn in place by log-update: the
 * step in progress, a bar while articles are written, and a countdown while Zendesk's rate limit
 * makes everyone wait. Anywhere else, progress comes as a few plain lines.
 */
function createTerminalLogger(options) {
    const { rich, quiet = false, verbose = false } = options;
    const now = options.now ?? Date.now;
    const c = picocolors_default().createColors(rich);
    const secrets = new Set();
    const state = { phase: undefined, work: undefined, waitUntil: 0, waitReason: '', frame: 0 };
    const display = createDisplay(options, state, c, (text) => redact(text, secrets), now);
    const { line, draw } = display;
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
            const outer = state.phase;
            state.phase = name;
            draw();
            try {
                return await fn();
            }
            finally {
                state.phase = outer;
                draw();
            }
        },
        progress: (event) => {
            if (!track(state, event, now()))
                return;
            if (event.kind === 'wait' && !rich && !quiet)
                line(c.yellow(`waiting ${event.seconds} s: ${event.reason}`));
            if (quiet)
                return;
            if (rich)
                draw();
            else
                plainProgress(event, state.work, line, c);
        },
        close: () => {
            display.close();
            state.phase = undefined;
            state.work = undefined;
            state.waitUntil = 0;
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
    namespace: 'namespace',
    variables: 'variables',
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
    namespace: '--namespace',
    variables: '--var',
    repo: '--repo',
};


/***/ }),

/***/ 8093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X6: () => (/* binding */ chooseNamespace),
/* harmony export */   _M: () => (/* binding */ repositoryOf),
/* harmony export */   bw: () => (/* binding */ namespaceProblem),
/* harmony export */   uP: () => (/* binding */ resolveNamespace)
/* harmony export */ });
/* unused harmony export MAX_NAMESPACE */
const NAMESPACE = /^[A-Za-z0-9][A-Za-z0-9._/:@+-]*$/;
const MAX_NAMESPACE = 200;
/** What is wrong with a namespace someone wrote, or undefined when it is fine. */
function namespaceProblem(value) {
    if (value.trim() === '')
        return 'must not be empty';
    if (value.length > MAX_NAMESPACE)
        return `must be at most ${MAX_NAMESPACE} characters`;
    if (!NAMESPACE.test(value))
        return 'may hold only letters, digits and . _ / : @ + - (and start with a letter or digit), e.g. acme/docs-site:docs';
    return undefined;
}
/** `owner/name` from `GITHUB_REPOSITORY` or a git remote's web address, lower case (GitHub ignores case). */
function repositoryOf(value) {
    const m = /^(?:https?:\/\/[^/]+\/)?([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(value?.trim() ?? '');
    return m ? m[1].toLowerCase() : undefined;
}
/**
 * The namespace of a run when the repository was guessed from a clone's remotes: the first
 * candidate (`upstream`, then `origin`) whose namespace holds a record in the help center, so a
 * fork clone plans against the source it came from; else the first candidate. An explicit
 * namespace (flag, input, `namespace:` in zendesk-guide.yml) always wins.
 */
function chooseNamespace(explicit, candidates, docsPath, hasRecord) {
    if (explicit !== undefined || candidates.length === 0)
        return resolveNamespace(explicit, candidates[0]?.repository, docsPath);
    const recorded = candidates.find((c) => hasRecord(`${c.repository}:${docsPath}`));
    const chosen = recorded ?? candidates[0];
    const why = recorded && candidates.length > 1 ? `, whose namespace holds this docs path's record` : '';
    return {
        value: `${chosen.repository}:${docsPath}`,
        how: `repository ${chosen.repository} (${chosen.via}${why}) and docs path ${docsPath}`,
    };
}
/** The namespace of a run: the explicit one, else repository and docs path, else the docs path alone. */
function resolveNamespace(explicit, repository, docsPath) {
    if (explicit !== undefined)
        return { value: explicit, how: 'set explicitly' };
    if (repository !== undefined)
        return { value: `${repository}:${docsPath}`, how: `repository ${repository} and docs path ${docsPath}` };
    return {
        value: docsPath,
        // Shown in parentheses after the value: none of its own inside.
        how: 'the docs path only; the repository is unknown: no GITHUB_REPOSITORY and no git remote "origin"',
    };
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

/***/ 4661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fD: () => (/* binding */ buildConfig),
/* harmony export */   hT: () => (/* binding */ settingsSoFar),
/* harmony export */   hi: () => (/* binding */ resolveAuth),
/* harmony export */   k: () => (/* binding */ resolveZendeskUrl),
/* harmony export */   tp: () => (/* binding */ missingConnection)
/* harmony export */ });
/* unused harmony exports resolveMode, parseVariables */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6234);
/* harmony import */ var _namespace_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8093);




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
// Two enums do not need the schema library, which stays out of the startup path (see run/read.ts).
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
/**
 * `name=value` lines (the `variables` input, `--var` flags) as variables. A value is one line;
 * a name is a letter or `_`, then letters, digits, `_`, `.` or `-`.
 */
function parseVariables(raw, name) {
    if (raw === undefined || raw.trim() === '')
        return undefined;
    const out = {};
    for (const line of raw.split(/\r?\n/)) {
        if (line.trim() === '')
            continue;
        const m = /^\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*[=:]\s?(.*)$/.exec(line);
        if (!m)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${name} takes name=value, one a line (got ${JSON.stringify(line.trim())})`);
        out[m[1]] = m[2].trimEnd();
    }
    return out;
}
/** Validates raw settings into a Config. Pure: what is on disk is checked by `checkLocalSettings`. */
function buildConfig(raw, context) {
    const names = context.names ?? _names_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_NAMES */ .G;
    const zendeskUrl = resolveZendeskUrl(raw.zendeskUrl, raw.zendeskSubdomain, names);
    const auth = resolveAuth(raw, names);
    if (auth && !zendeskUrl)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`Zendesk credentials are set but ${names.zendeskUrl} (or ${names.zendeskSubdomain}) is not`);
    const given = blankToUndefined(raw.mode) ?? 'auto';
    // import and drift are runs of their own, dispatched before these settings are built; a typo
    // must still hear of them.
    if (!MODES.includes(given) && names.mode === _names_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_NAMES */ .G.mode) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${names.mode} must be auto, dry-run, publish, import or drift (got ${JSON.stringify(given)})`);
    }
    const requested = oneOf(names.mode, MODES, given);
    const mode = resolveMode(requested, context.eventName);
    if (mode === 'publish' && (!zendeskUrl || !auth))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(missingConnection('publish', { zendeskUrl, auth }, names, true));
    const repoRoot = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(context.repoRoot);
    const docsRoot = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(repoRoot, blankToUndefined(raw.path) ?? 'docs');
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(repoRoot, docsRoot);
    if (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(rel)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${names.path} must be inside the repository (got "${raw.path}")`);
    }
    const defaultLocale = blankToUndefined(raw.defaultLocale)?.toLowerCase();
    const namespace = blankToUndefined(raw.namespace);
    const problem = namespace !== undefined ? (0,_namespace_js__WEBPACK_IMPORTED_MODULE_3__/* .namespaceProblem */ .bw)(namespace) : undefined;
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${names.namespace} ${problem} (got ${JSON.stringify(namespace)})`);
    const variables = parseVariables(raw.variables, names.variables);
    return {
        ...(namespace !== undefined ? { namespace } : {}),
        ...(variables ? { variables } : {}),
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
/**
 * What a command that reads the help center lacks, in the user's own names, or undefined when it
 * has an address and credentials. `needsAddress`: without one it cannot run at all (drift);
 * plan and preview run offline then, but not with an address and no way in.
 */
function missingConnection(command, config, names, needsAddress) {
    if (config.zendeskUrl && config.auth)
        return undefined;
    const credentials = `${names.oauthClientId} and ${names.oauthClientSecret} (recommended), ${names.oauthToken}, or ${names.email} and ${names.apiToken}`;
    if (config.zendeskUrl) {
        return `${command} reads the help center at ${names.zendeskUrl}, but no credentials are set: set ${credentials}${needsAddress ? '' : `; to check the docs without Zendesk, run validate`}`;
    }
    if (!needsAddress)
        return undefined;
    return `${command} reads the help center: set ${names.zendeskUrl} (or ${names.zendeskSubdomain}) and credentials: ${credentials}`;
}


/***/ }),

/***/ 6640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IL: () => (/* binding */ BULK_ATTACHMENTS),
  z2: () => (/* binding */ NEWEST_PER_PAGE),
  He: () => (/* binding */ OFFSET_RECORDS_LIMIT),
  nr: () => (/* binding */ SHOW_MANY_USERS),
  g9: () => (/* binding */ ZendeskClient),
  zj: () => (/* binding */ newArticle)
});

// UNUSED EXPORTS: MEDIA_HINTS, STRUCTURE_HINTS, parseUploadHeaders

// EXTERNAL MODULE: ./src/remote/errors.ts + 1 modules
var errors = __webpack_require__(4778);
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
                throw new errors/* RemoteError */.Hi('POST', url, `${(0,errors/* describeRequest */.Ng)('POST', url)} answered without an access_token`);
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
 * requests per window and says how many are left (`X-Rate-Limit-Remaining`, `ratelimit-remaining`,
 * or per endpoint `zendesk-ratelimit-<name>: total=; remaining=; resets=`) and, in the latter
 * two, when the window resets (`ratelimit-reset`, `resets=`, seconds). So: spend the budget at
 * full speed while plenty is left, send one request at a time once it runs low (so at most one
 * request meets the 429, not a whole batch); when it is spent and the reset is known, wait for
 * the reset instead of guessing; and on a 429 pause everyone for `Retry-After`.
 */
class Pacer {
    options;
    remaining;
    /** When the window resets, if Zendesk said. */
    resetAt;
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
    /** Whether a request now would wait: paused after a 429, or the budget spent before its known reset. */
    wouldWait() {
        const now = this.now();
        if (now < this.pausedUntil)
            return true;
        return this.remaining !== undefined && this.remaining <= 0 && this.resetAt !== undefined && now < this.resetAt;
    }
    async acquire() {
        for (;;) {
            const now = this.now();
            if (now < this.pausedUntil) {
                await this.sleep(this.pausedUntil - now);
                continue;
            }
            // Spent, and Zendesk said when the window resets: wait for it rather than meet a 429.
            if (this.remaining !== undefined && this.remaining <= 0 && this.resetAt !== undefined && now < this.resetAt) {
                this.options.onWait?.(Math.ceil((this.resetAt - now) / 1000));
                await this.sleep(this.resetAt - now);
                this.remaining = undefined;
                this.resetAt = undefined;
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
    /** Reads the rate-limit headers of an answer: the smallest budget any of them reports, and its reset. */
    observe(headers) {
        const budgets = [];
        const num = (v) => (v === null || v === undefined || v.trim() === '' ? NaN : Number(v));
        const general = num(headers.get('x-rate-limit-remaining'));
        if (Number.isFinite(general))
            budgets.push({ remaining: general });
        const draft = num(headers.get('ratelimit-remaining'));
        const draftReset = num(headers.get('ratelimit-reset'));
        if (Number.isFinite(draft))
            budgets.push({ remaining: draft, ...(Number.isFinite(draftReset) ? { resets: draftReset } : {}) });
        headers.forEach((value, name) => {
            if (!name.toLowerCase().startsWith('zendesk-ratelimit-'))
                return;
            const field = (k) => num(new RegExp(`(?:^|;)\\s*${k}=(\\d+)`).exec(value)?.[1]);
            const remaining = field('remaining');
            const resets = field('resets');
            if (Number.isFinite(remaining))
                budgets.push({ remaining, ...(Number.isFinite(resets) ? { resets } : {}) });
        });
        if (!budgets.length)
            return;
        const least = budgets.reduce((a, b) => (b.remaining < a.remaining || (b.remaining === a.remaining && b.resets !== undefined) ? b : a));
        this.remaining = least.remaining;
        const resets = least.resets ?? budgets.find((b) => b.resets !== undefined)?.resets;
        if (resets !== undefined)
            this.resetAt = this.now() + resets * 1000;
    }
    /** After a 429: everyone waits `retryAfterS` (at least one second), then the budget is fresh. */
    pause(retryAfterS) {
        const until = this.now() + Math.max(1, retryAfterS) * 1000;
        this.pausedUntil = Math.max(this.pausedUntil, until);
        this.remaining = undefined;
    }
}

// EXTERNAL MODULE: ./src/remote/slots.ts
var slots = __webpack_require__(8655);
// EXTERNAL MODULE: ./src/remote/stop.ts
var stop = __webpack_require__(3580);
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
    /** Also how the client reaches the upload storage (remote/storage.ts), without any of this transport's credentials. */
    fetchImpl;
    sleep;
    constructor(options) {
        this.options = options;
        this.fetchImpl = options.fetch ?? fetch;
        // Every wait ends early when the writes under way are asked to stop (see remote/stop.ts).
        this.sleep = (ms) => (0,stop/* stoppableSleep */.Yu)(ms, options.sleep);
        const concurrency = options.concurrency ?? 4;
        this.slots = new slots/* Slots */.W(concurrency);
        const onWait = (seconds) => options.logger.progress?.({ kind: 'wait', seconds, reason: 'Zendesk rate limit, ratelimit-reset' });
        this.pacer = new Pacer({ reserve: concurrency, sleep: this.sleep, onWait });
        this.exportPacer = new Pacer({ reserve: 0, sleep: this.sleep, onWait });
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
        return this.send(method, pathOrUrl, options, { pacer, anonymous: false, hints: options.hints ?? {}, limited: true });
    }
    buildUrl(method, pathOrUrl, query) {
        const url = new URL(pathOrUrl, this.options.baseUrl);
        // next_page links are absolute; refuse to send credentials anywhere else.
        if (url.origin !== new URL(this.options.baseUrl).origin) {
            const base = new URL(this.options.baseUrl).origin;
            throw new errors/* RemoteError */.Hi(method, url, `${(0,errors/* describeRequest */.Ng)(method, url)} not sent: Zendesk linked to another host than ${base}, and credentials go only there`);
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
        // A write not sent yet stays unsent once the run is asked to stop, retries included.
        (0,stop/* checkStopped */.GQ)();
        // A request that may do without is refused at once rather than wait for the window's reset.
        if (options.noWait && pacer.wouldWait())
            throw new errors/* ZendeskApiError */.Z_({ status: 429, method, url, description: 'the rate limit is spent until its window resets' });
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
                if (options.binary && res.ok)
                    return { status: res.status, headers: res.headers, text: '', bytes: new Uint8Array(await res.arrayBuffer()), generation };
                return { status: res.status, headers: res.headers, text: await readText(res), generation };
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
                const failure = new errors/* ZendeskNetworkError */.d9({
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
                    if (options.noWait)
                        throw apiError(method, url, res, parseJson(res.text), route);
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
                    return (res.bytes ?? data);
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
                    this.options.logger.debug(`${(0,errors/* describeRequest */.Ng)(method, url)}: the answer was lost, but the write had landed`);
                    return found;
                }
            }
        }
    }
}
/**
 * `res.text()`, decoded chunk by chunk as it arrives. `text()` gathers the chunks and copies
 * them into one buffer of the whole answer before decoding; for pages of megabytes, read six at
 * a time, those buffers live outside V8's heap until a full collection, and on Node 24 they
 * added 50–80 MB to the peak of the largest help center's dry run.
 */
async function readText(res) {
    if (!res.body)
        return '';
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    const parts = [];
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        parts.push(decoder.decode(value, { stream: true }));
    }
    parts.push(decoder.decode());
    return parts.join('');
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
    return new errors/* ZendeskApiError */.Z_({
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

;// CONCATENATED MODULE: ./src/remote/storage.ts

/**
 * PUTs a file's bytes to the presigned upload URL Guide Media gave: another host than Zendesk's
 * (its upload storage), so the request carries exactly the headers the URL was signed with and
 * nothing of the tool's own: no `Authorization` (the credentials never leave Zendesk's host, and
 * the storage refuses a second auth mechanism), no cookie, no user agent of ours to sign for.
 */
async function putToStorage(target, data, options) {
    const url = new URL(target.url);
    const headers = new Headers();
    for (const [name, value] of Object.entries(target.headers)) {
        // A header named by the answer that would carry credentials is refused rather than sent.
        if (name.toLowerCase() === 'authorization' || name.toLowerCase() === 'cookie')
            throw new errors/* RemoteError */.Hi('PUT', url, `${(0,errors/* describeRequest */.Ng)('PUT', url)} not sent: the upload URL asks for a ${name} header`);
        headers.set(name, value);
    }
    const retries = options.retries ?? 3;
    for (let attempt = 0;; attempt++) {
        let failure;
        try {
            const res = await options.fetch(url, {
                method: 'PUT',
                headers,
                body: data,
                signal: AbortSignal.timeout(options.timeoutMs ?? 120_000),
            });
            const text = await res.text();
            if (res.ok)
                return;
            failure = `answered ${res.status}${text ? `: ${text.slice(0, 200)}` : ''}`;
            if (res.status < 500)
                throw new errors/* RemoteError */.Hi('PUT', url, `${(0,errors/* describeRequest */.Ng)('PUT', url)} (upload storage) ${failure}`);
        }
        catch (error) {
            if (error instanceof errors/* RemoteError */.Hi)
                throw error;
            failure = `failed: ${error instanceof Error ? error.message : String(error)}`;
        }
        if (attempt >= retries)
            throw new errors/* RemoteError */.Hi('PUT', url, `${(0,errors/* describeRequest */.Ng)('PUT', url)} (upload storage) ${failure}`);
        await options.sleep(500 * 2 ** attempt);
    }
}

;// CONCATENATED MODULE: ./src/remote/client.ts



/**
 * Zendesk answers 400 to an offset-paginated request past the first 10,000 records; past it
 * only cursor pagination goes, which has no sort by change time.
 */
const OFFSET_RECORDS_LIMIT = 10_000;
/** Articles a page of the list sorted by change time (the most the list gives). */
const NEWEST_PER_PAGE = 100;
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
/** What a 403 on a structure write means: the Guide right it needs, named. */
const STRUCTURE_HINTS = {
    403: 'creating and updating sections and categories needs Guide manager rights (Guide admin): give the Zendesk user behind these credentials that role, or turn create_sections off',
};
/** bulk_attachments takes at most this many ids a request. */
const BULK_ATTACHMENTS = 20;
/** What a 403 or 404 on the media library means. */
const MEDIA_HINTS = {
    403: 'the media library (Guide Media) is not available to these credentials or on this plan',
    404: 'the media library (Guide Media) is not available on this plan',
};
/** The upload URL's headers, given as a JSON-encoded string or as an object. */
function parseUploadHeaders(headers, url) {
    if (headers === undefined)
        return {};
    if (typeof headers !== 'string')
        return { ...headers };
    try {
        const parsed = JSON.parse(headers);
        if (parsed && typeof parsed === 'object' && Object.values(parsed).every((v) => typeof v === 'string'))
            return { ...parsed };
    }
    catch {
        // reported below
    }
    throw new Error(`the upload URL's headers for ${new URL(url).host} are not a JSON object of strings`);
}
/** Show Many Users takes at most this many ids a request. */
const SHOW_MANY_USERS = 100;
/** Typed Help Center endpoints. One method per request; no hidden fan-out. */
class ZendeskClient {
    http;
    /**
     * The answer schemas carry the schema library: loaded from the start, while the first
     * requests are in flight, and awaited only when the first answer is checked.
     */
    responses = Promise.all(/* import() */[__webpack_require__.e(584), __webpack_require__.e(814)]).then(__webpack_require__.bind(__webpack_require__, 2814));
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
    /** `withTranslations`: each with its names and descriptions in every locale (one request a page all the same). */
    listSections(withTranslations = false) {
        return this.listAll('/api/v2/help_center/sections', 'sections', withTranslations ? { include: 'translations' } : {});
    }
    listCategories(withTranslations = false) {
        return this.listAll('/api/v2/help_center/categories', 'categories', withTranslations ? { include: 'translations' } : {});
    }
    /**
     * Creates a category. Not retried after a lost answer: the next run finds it by name, so a
     * failed run never leaves two.
     */
    async createCategory(category) {
        const res = await this.call('category', 'POST', '/api/v2/help_center/categories', {
            json: { category },
            hints: STRUCTURE_HINTS,
        });
        return res.category;
    }
    /** Creates a section in a category; like `createCategory`, never sent twice. */
    async createSection(categoryId, section) {
        const res = await this.call('section', 'POST', `/api/v2/help_center/categories/${categoryId}/sections`, {
            json: { section },
            hints: STRUCTURE_HINTS,
        });
        return res.section;
    }
    /** A section's or category's own fields (position); names and descriptions are translations. */
    async updateContainer(kind, id, changes) {
        await this.call(kind, 'PUT', `/api/v2/help_center/${kind === 'section' ? 'sections' : 'categories'}/${id}`, {
            json: { [kind]: changes },
            hints: STRUCTURE_HINTS,
        });
    }
    /** Adds a locale's name and description to a section or category; a second create of one locale is refused, so never sent twice. */
    async createContainerTranslation(kind, id, translation) {
        await this.call('translation', 'POST', `/api/v2/help_center/${kind === 'section' ? 'sections' : 'categories'}/${id}/translations`, {
            json: { translation },
            hints: STRUCTURE_HINTS,
        });
    }
    async updateContainerTranslation(kind, id, locale, changes) {
        await this.call('translation', 'PUT', `/api/v2/help_center/${kind === 'section' ? 'sections' : 'categories'}/${id}/translations/${encodeURIComponent(locale)}`, { json: { translation: changes }, hints: STRUCTURE_HINTS });
    }
    /** Makes an existing translation the article's source locale. */
    async setSourceLocale(articleId, locale) {
        await this.call('done', 'PUT', `/api/v2/help_center/articles/${articleId}/source_locale`, { json: { article_locale: locale } });
    }
    listPermissionGroups() {
        return this.listAll('/api/v2/guide/permission_groups', 'permission_groups');
    }
    listUserSegments() {
        return this.listAll('/api/v2/help_center/user_segments', 'user_segments');
    }
    /**
     * One page of the incremental export, translations embedded in each article. `noWait`: a 429
     * fails at once instead of being waited out (see `RequestOptions.noWait`).
     */
    exportArticles(startTimeOrUrl, noWait = false) {
        if (typeof startTimeOrUrl === 'string')
            return this.call('export', 'GET', startTimeOrUrl, { noWait });
        return this.call('export', 'GET', '/api/v2/help_center/incremental/articles', {
            query: { start_time: startTimeOrUrl, include: 'translations' },
            noWait,
        });
    }
    /**
     * Page `page` (from 1) of every article, most recently changed first, translations embedded:
     * the other end of the export, under the account's main limit. Offset pagination, so only the
     * first `OFFSET_RECORDS_LIMIT` articles can be read this way.
     */
    recentlyChanged(page) {
        if (page < 1 || page * NEWEST_PER_PAGE > OFFSET_RECORDS_LIMIT)
            throw new Error(`internal: page ${page} is past the offset pagination limit`);
        return this.call('articles', 'GET', '/api/v2/help_center/articles', {
            query: { sort_by: 'updated_at', sort_order: 'desc', per_page: NEWEST_PER_PAGE, page, include: 'translations' },
        });
    }
    /**
     * Page `page` (from 1) of one section's articles, most recently changed first, translations
     * embedded. A section holds at most 5,000 articles, so offset pagination reaches all of them.
     */
    sectionArticlesByChange(sectionId, page) {
        if (page < 1 || page * NEWEST_PER_PAGE > OFFSET_RECORDS_LIMIT)
            throw new Error(`internal: page ${page} is past the offset pagination limit`);
        return this.call('articles', 'GET', `/api/v2/help_center/sections/${sectionId}/articles`, {
            query: { sort_by: 'updated_at', sort_order: 'desc', per_page: NEWEST_PER_PAGE, page, include: 'translations' },
        });
    }
    /**
     * Users by id: Support's Show Many Users, agents only, at most `SHOW_MANY_USERS` ids a
     * request. Ids that name no user (a deleted one) are simply absent from the answer.
     */
    async showUsers(ids) {
        if (ids.length > SHOW_MANY_USERS)
            throw new Error(`internal: at most ${SHOW_MANY_USERS} users a request (got ${ids.length})`);
        const page = await this.call('users', 'GET', '/api/v2/users/show_many', { query: { ids: ids.join(',') } });
        return page.users;
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
    /**
     * Articles most recently changed first, one page (`next` for the following one): in one
     * section, or (no section) the whole help center. What the publish lease reads: its claims,
     * and whether anything changed since the snapshot.
     */
    recentlyUpdated(sectionId, perPage, next) {
        if (next !== undefined)
            return this.call('articles', 'GET', next, { urgent: true });
        const path = sectionId === undefined ? '/api/v2/help_center/articles' : `/api/v2/help_center/sections/${sectionId}/articles`;
        return this.call('articles', 'GET', path, { query: { sort_by: 'updated_at', sort_order: 'desc', per_page: perPage }, urgent: true });
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
            if (error instanceof errors/* ZendeskApiError */.Z_ && error.status === 404)
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
     * Media whose name starts with `prefix` (every page). "There may be a slight delay between
     * changes to guide-media objects and the result of the search": a media made seconds ago may
     * be missing, so callers also remember what they made.
     */
    async searchMedia(prefix, urgent = false) {
        const items = [];
        let next = '/api/v2/guide/medias';
        let query = { 'filter[name_prefix]': prefix, 'page[size]': '100', sort: 'name' };
        while (next) {
            const page = await this.call('medias', 'GET', next, { query, urgent, hints: MEDIA_HINTS });
            items.push(...page.records);
            query = undefined;
            next = page.meta?.has_more ? (page.links?.next ?? undefined) : undefined;
        }
        return items;
    }
    /** Files PUT to the upload storage by this client, and their bytes. */
    uploaded = { files: 0, bytes: 0 };
    /** Step 2 of a media: the bytes, to the storage host, with exactly the headers named and no credentials. */
    async putUpload(target, data) {
        await putToStorage(target, data, { fetch: this.http.fetchImpl, sleep: this.http.sleep });
        this.uploaded.files++;
        this.uploaded.bytes += data.length;
    }
    /** Step 1 of a media: where to PUT the bytes, and with which headers (a JSON string or an object in the answer). */
    async mediaUploadUrl(contentType, size) {
        const res = await this.call('upload_url', 'POST', '/api/v2/guide/medias/upload_url', 
        // Asking for an upload URL creates nothing that lasts: sent again after a lost answer, it only makes another.
        { json: { content_type: contentType, file_size: size }, idempotent: true, hints: MEDIA_HINTS });
        const { asset_upload_id, url, headers } = res.upload_url;
        return { assetUploadId: asset_upload_id, url, headers: parseUploadHeaders(headers, url) };
    }
    /**
     * Step 3: the media, from the uploaded asset. Not idempotent (a second create of one asset is
     * a 409), so after a lost answer it is retried only through `landed`.
     */
    async createMedia(assetUploadId, filename, landed) {
        const res = await this.call('media', 'POST', '/api/v2/guide/medias', {
            json: { asset_upload_id: assetUploadId, filename },
            hints: MEDIA_HINTS,
            ...wrapLanded(landed, (media) => ({ media })),
        });
        return res.media;
    }
    /**
     * The bulk-import path, for a help center without the media library: a file uploaded on no
     * article (`locale` set in advance on an inline one, so Zendesk never makes a per-locale copy
     * and rewrites a body), associated by `bulkAttach` right after. Not idempotent, never retried.
     */
    async uploadUnassociated(file, inline, locale) {
        const form = new FormData();
        form.append('inline', inline ? 'true' : 'false');
        if (locale !== undefined)
            form.append('locale', locale);
        form.append('file', new Blob([file.data], { type: file.contentType }), file.name);
        const res = await this.call('attachment', 'POST', '/api/v2/help_center/articles/attachments', {
            form,
        });
        return res.article_attachment;
    }
    /** Associates uploaded attachments with an article: at most `BULK_ATTACHMENTS` a request. Associating twice is harmless. */
    async bulkAttach(articleId, ids) {
        if (ids.length > BULK_ATTACHMENTS)
            throw new Error(`internal: at most ${BULK_ATTACHMENTS} attachments a request (got ${ids.length})`);
        await this.call('done', 'POST', `/api/v2/help_center/articles/${articleId}/bulk_attachments`, {
            json: { attachment_ids: ids },
            idempotent: true,
        });
    }
    /** Every attachment of an article, inline and block; `urgent` when it checks whether an upload landed. */
    listAttachments(articleId, urgent = false) {
        return this.listAll(`/api/v2/help_center/articles/${articleId}/attachments`, 'article_attachments', {}, urgent);
    }
    /**
     * The bytes of an attachment, from its content_url: a Help Center URL rather than an API call,
     * fetched from the account's own host (credentials go nowhere else) with the same retries.
     */
    downloadAttachment(contentUrl) {
        const url = new URL(contentUrl, this.http.baseUrl);
        return this.http.request('GET', `${url.pathname}${url.search}`, { binary: true });
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
        if (error instanceof errors/* ZendeskApiError */.Z_ && error.status === 404)
            return;
        throw error;
    }
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

/***/ 8655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ Slots)
/* harmony export */ });
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


/***/ }),

/***/ 3580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GQ: () => (/* binding */ checkStopped),
/* harmony export */   Yu: () => (/* binding */ stoppableSleep),
/* harmony export */   p4: () => (/* binding */ InterruptedError),
/* harmony export */   pZ: () => (/* binding */ stoppable)
/* harmony export */ });
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_1__);


/**
 * A write that was not sent because the run was asked to stop (Ctrl-C, the runner's cancel, a
 * lost publish lease). Nothing of it reached Zendesk, or, for a create whose answer was lost, its
 * marker lets the next run find it: abandoning it is safe.
 */
class InterruptedError extends Error {
    constructor(message = 'not sent: the run was interrupted') {
        super(message);
        this.name = 'InterruptedError';
    }
}
/**
 * The stop signal of the writes under way. Apply runs each article inside `stoppable`; the
 * transport reads the signal from here, so requests made for the state record or the lease
 * after an interruption (outside that scope) still go out, and no client method needs a new
 * parameter.
 */
const scope = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
function stoppable(signal, fn) {
    return signal ? scope.run(signal, fn) : fn();
}
/** Throws when the current writes were asked to stop: called before each attempt of a request. */
function checkStopped() {
    if (scope.getStore()?.aborted)
        throw new InterruptedError();
}
/**
 * A wait (a 429's Retry-After, a retry's backoff, the pacer) that ends with an
 * `InterruptedError` as soon as the current writes are asked to stop, instead of keeping a
 * stopping run, and its screen, waiting up to a minute. Outside a stoppable scope it is `sleep`.
 */
function stoppableSleep(ms, sleep) {
    const signal = scope.getStore();
    if (!signal)
        return sleep ? sleep(ms) : (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_1__.setTimeout)(ms);
    if (signal.aborted)
        return Promise.reject(new InterruptedError());
    if (!sleep)
        return (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_1__.setTimeout)(ms, undefined, { signal }).catch(() => Promise.reject(new InterruptedError()));
    return new Promise((resolve, reject) => {
        const stop = () => reject(new InterruptedError());
        signal.addEventListener('abort', stop, { once: true });
        sleep(ms).then(() => {
            signal.removeEventListener('abort', stop);
            resolve();
        }, (error) => {
            signal.removeEventListener('abort', stop);
            reject(error instanceof Error ? error : new Error(String(error)));
        });
    });
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

/***/ 405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isInside),
/* harmony export */   M: () => (/* binding */ relativeTo)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** True when `target` is `root` or beneath it. */
function isInside(root, target) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(rel));
}
/**
 * `abs` relative to `root`, with forward slashes. A file found under the root (every Markdown
 * file is) is a slice of its path; `path.relative` resolves both paths on every call, and
 * called for each of 40,000 files several times a run it allocated 100 MB at the end of the
 * largest help center's dry run, when memory peaks.
 */
function relativeTo(root, abs) {
    const base = root.endsWith((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)) ? root : root + (node_path__WEBPACK_IMPORTED_MODULE_0___default().sep);
    const rel = abs.startsWith(base) && node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(root) && !abs.includes(`${(node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)}.`) ? abs.slice(base.length) : node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, abs);
    return (node_path__WEBPACK_IMPORTED_MODULE_0___default().sep) === '/' ? rel : rel.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
}


/***/ })

};
