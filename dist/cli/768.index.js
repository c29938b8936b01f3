export const id = 768;
export const ids = [768];
export const modules = {

/***/ 1490:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = __webpack_unused_export__ = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
__webpack_unused_export__ = closest;


/***/ }),

/***/ 8360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ writeState)
/* harmony export */ });
/* harmony import */ var _remote_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(280);
/* harmony import */ var _plan_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(175);


/**
 * Saves the state record: one request, an update of the state article's body, or its creation
 * (a draft) on the first publish. Returns what it did.
 */
async function writeState(client, existing, state, place) {
    const body = (0,_plan_state_js__WEBPACK_IMPORTED_MODULE_1__/* .stateHtml */ .tL)(state);
    if (existing) {
        await client.updateTranslation(existing.id, existing.source_locale, { title: (0,_plan_state_js__WEBPACK_IMPORTED_MODULE_1__/* .stateTitle */ ._A)(state.ns ?? state.root), body, draft: true });
        return 'updated';
    }
    if (!place)
        throw new Error('no section to keep the state record in (no article of this docs root exists yet)');
    await client.createArticle(place.sectionId, (0,_remote_client_js__WEBPACK_IMPORTED_MODULE_0__/* .newArticle */ .zj)({ permission_group_id: place.permissionGroupId, user_segment_id: place.userSegmentId }, [
        { locale: place.locale, title: (0,_plan_state_js__WEBPACK_IMPORTED_MODULE_1__/* .stateTitle */ ._A)(state.ns ?? state.root), body, draft: true },
    ]));
    return 'created';
}


/***/ }),

/***/ 5058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runNamespaceCommand: () => (/* binding */ runNamespaceCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_local_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(532);
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9777);
/* harmony import */ var _config_namespace_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(4076);
/* harmony import */ var _config_repository_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3836);
/* harmony import */ var _config_settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1130);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4533);
/* harmony import */ var _apply_state_write_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8360);
/* harmony import */ var _plan_remote_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3847);
/* harmony import */ var _remote_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1738);
/* harmony import */ var _remote_client_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(280);
/* harmony import */ var _remote_snapshot_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3373);
/* harmony import */ var _report_plural_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(4101);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7696);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5520);















/**
 * `namespace`: this docs root's namespace and how it was chosen, and the namespaces whose
 * records the help center holds. With `--move-from OLD`, re-keys OLD's record to this
 * namespace (a renamed repository keeps its articles): a dry run unless `--yes`.
 */
async function runNamespaceCommand(flags, ctx) {
    const logger = (0,_output_js__WEBPACK_IMPORTED_MODULE_12__/* .commandLogger */ .Ay)(flags, ctx);
    const out = (line) => void ctx.stdout.write(line + '\n');
    const connection = (0,_settings_js__WEBPACK_IMPORTED_MODULE_11__/* .connectionSettings */ .Q)(flags, ctx.env);
    const raw = { ...connection.raw, path: flags.path, mode: 'dry-run', configFile: flags.config, namespace: flags.namespace };
    (0,_output_js__WEBPACK_IMPORTED_MODULE_12__/* .maskSecrets */ .QU)(raw, logger);
    try {
        const settings = (0,_config_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .buildConfig */ .fD)(raw, { repoRoot: flags.repo ?? process.cwd(), names: connection.names });
        await (0,_config_local_js__WEBPACK_IMPORTED_MODULE_1__/* .checkLocalSettings */ .b)(settings, connection.names);
        const repository = await (0,_config_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .detectRepository */ .e)(settings.repoRoot, ctx.env);
        if (repository)
            settings.repository = repository;
        const loaded = await (0,_config_file_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfigFile */ .HT)(settings);
        const problems = loaded.diagnostics.filter((d) => d.severity === 'error');
        if (problems.length) {
            for (const d of problems)
                logger.error(d.message, { file: d.file, ...(d.line ? { line: d.line } : {}) });
            return 1;
        }
        const config = loaded.config;
        const root = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(config.repoRoot, config.docsRoot).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/') || '.';
        const ns = (0,_config_namespace_js__WEBPACK_IMPORTED_MODULE_13__/* .resolveNamespace */ .uP)(config.namespace, config.repository, root);
        out(`namespace: ${ns.value} (${ns.how})`);
        if (!config.zendeskUrl || !config.auth)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL(`the namespace command reads the help center: set ${connection.names.zendeskUrl} and credentials`);
        const client = new _remote_client_js__WEBPACK_IMPORTED_MODULE_9__/* .ZendeskClient */ .g9({ baseUrl: config.zendeskUrl, auth: config.auth, logger, concurrency: config.concurrency });
        const builder = new _plan_remote_index_js__WEBPACK_IMPORTED_MODULE_7__/* .RemoteIndexBuilder */ .w9();
        await (0,_remote_snapshot_js__WEBPACK_IMPORTED_MODULE_10__/* .fetchSnapshot */ .b)(client, logger, () => false, (article) => builder.add(article));
        const index = builder.build();
        const rows = [
            ...[...index.states].map(([name, held]) => ({ name, label: name, held })),
            ...[...index.legacyStates].map(([r, held]) => ({ name: r, label: `${r} (record from before namespaces)`, held })),
        ];
        out(rows.length ? 'in the help center:' : 'in the help center: no records yet');
        for (const row of rows) {
            const mine = row.held.state.ns === ns.value ? ' ← this run' : '';
            out(`  ${row.label}: ${(0,_report_plural_js__WEBPACK_IMPORTED_MODULE_14__/* .plural */ .L)(Object.keys(row.held.state.articles).length, 'article')}, docs path ${row.held.state.root}${mine}`);
        }
        if (flags.moveFrom === undefined)
            return 0;
        const from = index.states.get(flags.moveFrom) ?? index.legacyStates.get(flags.moveFrom);
        if (!from) {
            logger.error(`no record of namespace ${flags.moveFrom} in the help center; the namespaces are listed above`);
            return 1;
        }
        if (index.states.has(ns.value)) {
            logger.error(`namespace ${ns.value} already has a record; moving ${flags.moveFrom} onto it would mix two sources`);
            return 1;
        }
        const count = (0,_report_plural_js__WEBPACK_IMPORTED_MODULE_14__/* .plural */ .L)(Object.keys(from.state.articles).length, 'article');
        if (!flags.yes) {
            out(`would move ${count} from ${flags.moveFrom} to ${ns.value} (one write); run again with --yes to do it`);
            return 0;
        }
        await (0,_apply_state_write_js__WEBPACK_IMPORTED_MODULE_6__/* .writeState */ .J)(client, from.article, { ...from.state, ns: ns.value, root }, undefined);
        out(`moved ${count} from ${flags.moveFrom} to ${ns.value}`);
        return 0;
    }
    catch (error) {
        logger.error((0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error));
        return error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL ? 2 : (0,_remote_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .isRemoteError */ .lX)(error) ? 3 : 1;
    }
    finally {
        logger.close();
    }
}


/***/ }),

/***/ 3836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ detectRepository)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _namespace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4076);



const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/**
 * The repository (`owner/name`) a run's docs come from, for its default namespace: the
 * workflow's `GITHUB_REPOSITORY`, else the clone's `origin` remote; undefined when neither says.
 */
async function detectRepository(repoRoot, env) {
    const fromEnv = (0,_namespace_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryOf */ ._M)(env.GITHUB_REPOSITORY);
    if (fromEnv)
        return fromEnv;
    try {
        const { stdout } = await run('git', ['remote', 'get-url', 'origin'], { cwd: repoRoot, timeout: 10_000 });
        const remote = stdout.trim();
        // git@host:owner/name.git, ssh://git@host/owner/name, https://user:token@host/owner/name.git
        const scp = /^[\w.-]+@[\w.-]+:(?!\/)(.+)$/.exec(remote);
        const path = scp ? scp[1] : new URL(remote).pathname.replace(/^\/+/, '');
        return (0,_namespace_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryOf */ ._M)(path);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 506:
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
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7540);



/** Never allowed, whatever the config says. */
const GIT_DIR = '.git';
const segmentsOf = (root, abs) => node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, abs).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).filter((s) => s !== '' && s !== '.');
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
        return 'must not name .git: it holds the checkout\'s credentials and is never read';
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

/***/ 18:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean),
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1490);

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
