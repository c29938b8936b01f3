export const id = 513;
export const ids = [513];
export const modules = {

/***/ 5520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ connectionSettings)
/* harmony export */ });
/* unused harmony export ENVIRONMENT */
/* harmony import */ var _config_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2283);

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

/***/ 1340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nH: () => (/* binding */ createTerminalLogger),
  Jn: () => (/* binding */ isRichTerminal)
});

// UNUSED EXPORTS: isCi

// EXTERNAL MODULE: ../../main/node_modules/log-update/index.js + 20 modules
var log_update = __webpack_require__(1957);
// EXTERNAL MODULE: ../../main/node_modules/picocolors/picocolors.js
var picocolors = __webpack_require__(9406);
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
var plural = __webpack_require__(4101);
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

/***/ 2283:
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
    repo: '--repo',
};


/***/ }),

/***/ 4076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/** The namespace of a run: the explicit one, else repository and docs path, else the docs path alone. */
function resolveNamespace(explicit, repository, docsPath) {
    if (explicit !== undefined)
        return { value: explicit, how: 'set explicitly (namespace)' };
    if (repository !== undefined)
        return { value: `${repository}:${docsPath}`, how: `repository ${repository} and docs path ${docsPath}` };
    return {
        value: docsPath,
        how: `docs path ${docsPath} only (the repository is unknown: no GITHUB_REPOSITORY and no git remote "origin")`,
    };
}


/***/ }),

/***/ 1130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fD: () => (/* binding */ buildConfig),
/* harmony export */   hT: () => (/* binding */ settingsSoFar),
/* harmony export */   k: () => (/* binding */ resolveZendeskUrl)
/* harmony export */ });
/* unused harmony exports resolveAuth, resolveMode */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4533);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2283);
/* harmony import */ var _namespace_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4076);




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
    const given = blankToUndefined(raw.mode) ?? 'auto';
    // import and drift are runs of their own, dispatched before these settings are built; a typo
    // must still hear of them.
    if (!MODES.includes(given) && names.mode === _names_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_NAMES */ .G.mode) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${names.mode} must be auto, dry-run, publish, import or drift (got ${JSON.stringify(given)})`);
    }
    const requested = oneOf(names.mode, MODES, given);
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
    const namespace = blankToUndefined(raw.namespace);
    const problem = namespace !== undefined ? (0,_namespace_js__WEBPACK_IMPORTED_MODULE_3__/* .namespaceProblem */ .bw)(namespace) : undefined;
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${names.namespace} ${problem} (got ${JSON.stringify(namespace)})`);
    return {
        ...(namespace !== undefined ? { namespace } : {}),
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

/***/ 4101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** "1 article", "2 articles", "1,000 articles". */
const plural = (n, word, words = `${word}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? word : words}`;


/***/ }),

/***/ 7540:
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
