export const id = 628;
export const ids = [628];
export const modules = {

/***/ 9628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runInit: () => (/* binding */ runInit)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/config/settings.ts
var settings = __webpack_require__(4661);
// EXTERNAL MODULE: ./src/shared/paths.ts
var paths = __webpack_require__(405);
// EXTERNAL MODULE: ./src/cli/settings.ts
var cli_settings = __webpack_require__(1957);
// EXTERNAL MODULE: ./src/cli/package-info.ts + 1 modules
var package_info = __webpack_require__(201);
;// CONCATENATED MODULE: ./src/cli/templates.ts

/** A YAML scalar: plain when that is unambiguous, else single-quoted (a quote doubled). */
function scalar(value) {
    return /^[A-Za-z0-9_./-]+$/.test(value) ? value : `'${value.replace(/'/g, "''")}'`;
}
function zendeskLine(target) {
    if (!target)
        return 'zendesk-subdomain: your-subdomain # yours, as in https://your-subdomain.zendesk.com';
    if ('url' in target)
        return `zendesk-url: ${scalar(target.url)}`;
    return `zendesk-subdomain: ${scalar(target.subdomain)}`;
}
/**
 * The README's quick-start workflow for a docs folder: OAuth client credentials (the auth
 * Zendesk recommends, and the one that outlives API tokens), a preview on pull requests and a
 * publish on pushes to main. A test holds it equal to the README's copy.
 */
function workflowTemplate(docsPath, target) {
    const paths = `['${`${docsPath}/**`.replace(/'/g, "''")}']`;
    return `# .github/workflows/help-center.yml
name: Help Center
on:
  push:
    branches: [main]
    paths: ${paths}
  pull_request:
    paths: ${paths}

permissions:
  contents: read
  pull-requests: write   # for the preview comment on pull requests

concurrency:
  group: help-center-\${{ github.ref }}
  cancel-in-progress: false   # never interrupt a publish half-way

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: ${package_info/* NAME */.o_}/${package_info/* NAME */.o_}@${package_info/* ACTION_TAG */.uQ}
        with:
          ${zendeskLine(target)}
          zendesk-oauth-client-id: \${{ secrets.ZENDESK_OAUTH_CLIENT_ID }}
          zendesk-oauth-client-secret: \${{ secrets.ZENDESK_OAUTH_CLIENT_SECRET }}
          path: ${scalar(docsPath)}
`;
}
const DEFAULTS_TEMPLATE = `# Settings for every article in this folder and the folders below it; a file's front matter
# wins over them. Use the names (or ids) your help center has: \`${package_info/* NAME */.o_} plan\` lists the
# closest existing names when one is unknown.
section: FAQ
permission_group: Agents
user_segment: everyone
`;
const CONFIG_TEMPLATE = `# yaml-language-server: $schema=https://raw.githubusercontent.com/${package_info/* NAME */.o_}/${package_info/* NAME */.o_}/main/zendesk-guide.schema.json
# Settings for the whole docs tree; every key is optional (see the README's "Config file").
# default_locale: en-us   # source locale of files without \`locale:\`; default: the help center's
exclude:
  - README.md             # docs-relative; a pattern without "/" matches at any depth
labels_mode: replace      # or merge, to keep labels added in Guide
`;
const GETTING_STARTED_TEMPLATE = `---
title: Getting started
labels: [getting-started]
---

\`${package_info/* NAME */.o_} init\` wrote this article. Edit it, or replace it with your own.

Every Markdown file in this folder is one article. Its front matter says where it goes in the
help center; \`_defaults.yml\` holds what all of them share.

> [!TIP]
> Run \`npx ${package_info/* NAME */.o_} validate\` before you commit: it checks every file, offline.

Next: [writing articles](writing-articles.md).
`;
const WRITING_TEMPLATE = `---
title: Writing articles
---

## Links and images

A link to another Markdown file becomes a link to its article, like this one back to
[getting started](getting-started.md). Images and files beside the Markdown are uploaded with
it and linked from the article.

## Translations

A file \`writing-articles.fr.md\` beside this one would be its French translation, with its own
title and body.

| Markdown | In Guide |
| --- | --- |
| \`> [!NOTE]\` | a note styled by the theme |
| \`- [x] done\` | a checked task |
`;

// EXTERNAL MODULE: ./src/cli/terminal.ts + 1 modules
var terminal = __webpack_require__(3417);
// EXTERNAL MODULE: ./node_modules/picocolors/picocolors.js
var picocolors = __webpack_require__(7336);
var picocolors_default = /*#__PURE__*/__webpack_require__.n(picocolors);
;// CONCATENATED MODULE: ./src/cli/init.ts










const toPosix = (p) => p.split((external_node_path_default()).sep).join('/');
/** Whether a folder holds Markdown anywhere below it: a docs tree that is already in use. */
async function hasMarkdown(dir) {
    const entries = await promises_default().readdir(dir, { recursive: true }).catch(() => []);
    return entries.some((e) => e.toLowerCase().endsWith('.md'));
}
/** The nearest part of `abs` that exists, through links: what a write would really land in. */
async function realExisting(abs) {
    for (let p = abs;; p = external_node_path_default().dirname(p)) {
        const real = await promises_default().realpath(p).catch(() => undefined);
        if (real)
            return external_node_path_default().join(real, external_node_path_default().relative(p, abs));
        if (external_node_path_default().dirname(p) === p)
            return abs;
    }
}
/**
 * `init`: a starter docs tree, its config file and the quick-start workflow. A file that exists
 * is kept as it is, and a docs folder that already has Markdown gets no sample articles (they
 * would be published beside the real ones).
 */
async function runInit(flags, ctx) {
    const logger = (0,terminal/* createTerminalLogger */.nH)({ stream: ctx.stderr, rich: (0,terminal/* isRichTerminal */.Jn)(ctx.stderr, ctx.env), quiet: flags.quiet ?? false });
    const c = picocolors_default().createColors((0,terminal/* isRichTerminal */.Jn)(ctx.stdout, ctx.env));
    const say = (line) => {
        if (!flags.quiet)
            ctx.stdout.write(line + '\n');
    };
    try {
        const { raw, names } = (0,cli_settings/* connectionSettings */.Q)(flags, ctx.env);
        const url = (0,settings/* resolveZendeskUrl */.k)(raw.zendeskUrl, raw.zendeskSubdomain, names);
        const subdomain = raw.zendeskSubdomain?.trim();
        const target = subdomain ? { subdomain: subdomain.toLowerCase() } : url ? { url } : undefined;
        const repo = external_node_path_default().resolve(flags.repo ?? process.cwd());
        const stat = await promises_default().stat(repo).catch(() => undefined);
        if (!stat?.isDirectory())
            throw new errors/* ConfigError */.xL(`--repo "${repo}": no such folder`);
        const realRepo = await promises_default().realpath(repo);
        const docs = external_node_path_default().resolve(repo, flags.path?.trim() || 'docs');
        if (!(0,paths/* isInside */.F)(repo, docs) || docs === repo)
            throw new errors/* ConfigError */.xL(`--path must be a folder inside the repository (got "${flags.path}")`);
        const docsPath = toPosix(external_node_path_default().relative(repo, docs));
        const samples = !(await hasMarkdown(docs));
        const files = [
            [`${docsPath}/_defaults.yml`, DEFAULTS_TEMPLATE],
            ...(samples
                ? [
                    [`${docsPath}/getting-started.md`, GETTING_STARTED_TEMPLATE],
                    [`${docsPath}/writing-articles.md`, WRITING_TEMPLATE],
                ]
                : []),
            [`${docsPath}/zendesk-guide.yml`, CONFIG_TEMPLATE],
            ['.github/workflows/help-center.yml', workflowTemplate(docsPath, target)],
        ];
        for (const [rel] of files) {
            if (!(0,paths/* isInside */.F)(realRepo, await realExisting(external_node_path_default().join(repo, rel)))) {
                throw new errors/* ConfigError */.xL(`${rel} would be written outside the repository (through a link); refusing`);
            }
        }
        if (!samples)
            say(`${c.dim('kept   ')} ${docsPath}/ already has Markdown files: no sample articles added`);
        let created = 0;
        for (const [rel, text] of files) {
            const abs = external_node_path_default().join(repo, rel);
            await promises_default().mkdir(external_node_path_default().dirname(abs), { recursive: true });
            try {
                // `wx`: created here or not at all, even if the file appeared since it was looked for.
                await promises_default().writeFile(abs, text, { flag: 'wx' });
                created++;
                say(`${c.green('created')} ${rel}`);
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
                say(`${c.dim('kept   ')} ${rel} (it exists; init never overwrites a file)`);
            }
        }
        say('');
        say(created ? 'Next:' : 'Nothing to write: every file is already there. Next:');
        if (!target)
            say('  - set zendesk-subdomain in .github/workflows/help-center.yml');
        say('  - set section, permission_group and user_segment in ' + `${docsPath}/_defaults.yml to names your help center has`);
        say('  - add the repository secrets ZENDESK_OAUTH_CLIENT_ID and ZENDESK_OAUTH_CLIENT_SECRET (README, "Quick start")');
        say(`  - check the docs: npx ${package_info/* NAME */.o_} validate${docsPath === 'docs' ? '' : ` --path ${docsPath}`}`);
        return 0;
    }
    catch (error) {
        logger.error((0,errors/* errorMessage */.gJ)(error));
        return error instanceof errors/* ConfigError */.xL ? 2 : 1;
    }
    finally {
        logger.close();
    }
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
/* harmony export */   F: () => (/* binding */ isInside)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** True when `target` is `root` or beneath it. */
function isInside(root, target) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(rel));
}


/***/ })

};
