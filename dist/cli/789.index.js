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
/* harmony import */ var _config_namespace_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8093);
/* harmony import */ var _config_resolve_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3637);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _apply_state_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9171);
/* harmony import */ var _plan_remote_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28);
/* harmony import */ var _plan_state_shards_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2266);
/* harmony import */ var _remote_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4778);
/* harmony import */ var _remote_client_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6640);
/* harmony import */ var _remote_snapshot_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4908);
/* harmony import */ var _report_plural_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1190);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6657);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1957);













/**
 * `namespace`: this docs root's namespace and how it was chosen, and the namespaces whose
 * records the help center holds. With `--move-from OLD`, re-keys OLD's record to this
 * namespace (a renamed repository keeps its articles): a dry run unless `--yes`.
 */
async function runNamespaceCommand(flags, ctx) {
    const logger = (0,_output_js__WEBPACK_IMPORTED_MODULE_9__/* .commandLogger */ .Ay)(flags, ctx);
    const out = (line) => void ctx.stdout.write(line + '\n');
    const connection = (0,_settings_js__WEBPACK_IMPORTED_MODULE_10__/* .connectionSettings */ .Q7)(flags, ctx.env);
    const raw = { ...connection.raw, path: flags.path, mode: 'dry-run', configFile: flags.config, namespace: flags.namespace };
    (0,_output_js__WEBPACK_IMPORTED_MODULE_9__/* .maskSecrets */ .QU)(raw, logger);
    try {
        const given = await (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveSettings */ .Mo)({
            raw,
            repoRoot: flags.repo ?? process.cwd(),
            names: connection.names,
            env: ctx.env,
            command: 'namespace',
            // Without a connection it still says the namespace, then what is missing.
            connection: 'unchecked',
            repository: 'clone',
        });
        const loaded = await (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .completeSettings */ .b_)(given);
        const problems = loaded.diagnostics.filter((d) => d.severity === 'error');
        if (problems.length) {
            for (const d of problems)
                logger.error(d.message, { file: d.file, ...(d.line ? { line: d.line } : {}) });
            return 1;
        }
        const config = loaded.settings;
        const sources = config.repositorySources;
        const root = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(config.repoRoot, config.docsRoot).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/') || '.';
        let ns = (0,_config_namespace_js__WEBPACK_IMPORTED_MODULE_11__/* .resolveNamespace */ .uP)(config.namespace, config.repository, root);
        if (!config.zendeskUrl || !config.auth) {
            out(`namespace: ${ns.value} (${ns.how})`);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL((0,_settings_js__WEBPACK_IMPORTED_MODULE_10__/* .missingConnection */ .tp)('namespace', config, connection.names, true));
        }
        const client = new _remote_client_js__WEBPACK_IMPORTED_MODULE_7__/* .ZendeskClient */ .g9({ baseUrl: config.zendeskUrl, auth: config.auth, logger, concurrency: config.concurrency });
        const builder = new _plan_remote_index_js__WEBPACK_IMPORTED_MODULE_4__/* .RemoteIndexBuilder */ .w9();
        await (0,_remote_snapshot_js__WEBPACK_IMPORTED_MODULE_8__/* .fetchSnapshot */ .b)(client, logger, () => false, (article, stored) => builder.add(article, stored));
        const index = builder.build();
        // As a plan chooses it: a fork clone's remotes, `upstream` first, by which holds a record.
        if (config.namespace === undefined && !sources.fromWorkflow)
            ns = (0,_config_namespace_js__WEBPACK_IMPORTED_MODULE_11__/* .chooseNamespace */ .X6)(undefined, sources.candidates, root, (name) => index.states.has(name));
        out(`namespace: ${ns.value} (${ns.how})`);
        const rows = [
            ...[...index.states].map(([name, held]) => ({ name, label: name, held })),
            ...[...index.legacyStates].map(([r, held]) => ({ name: r, label: `${r} (record from before namespaces)`, held })),
        ];
        out(rows.length ? 'in the help center:' : 'in the help center: no records yet');
        for (const row of rows) {
            const mine = row.held.state.ns === ns.value ? ' ← this run' : '';
            out(`  ${row.label}: ${(0,_report_plural_js__WEBPACK_IMPORTED_MODULE_12__/* .plural */ .L)(Object.keys(row.held.state.articles).length, 'article')}, docs path ${row.held.state.root}${mine}`);
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
        const count = (0,_report_plural_js__WEBPACK_IMPORTED_MODULE_12__/* .plural */ .L)(Object.keys(from.state.articles).length, 'article');
        if (!flags.yes) {
            const writes = (0,_report_plural_js__WEBPACK_IMPORTED_MODULE_12__/* .plural */ .L)(from.shards.size, 'write');
            out(`would move ${count} from ${flags.moveFrom} to ${ns.value} (${writes}); run again with --yes to do it`);
            return 0;
        }
        // Every part is re-keyed in its own article, with the entries it holds.
        const parts = (0,_plan_state_shards_js__WEBPACK_IMPORTED_MODULE_5__/* .partition */ .jB)(from.state.articles, new _plan_state_shards_js__WEBPACK_IMPORTED_MODULE_5__/* .ShardLayout */ .Fg([...from.shards.values()].map((s) => s.shard)));
        for (const [label, held] of from.shards)
            await (0,_apply_state_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeState */ .J)(client, held.article, { ...from.state, ns: ns.value, root, articles: parts.get(label) ?? {} }, undefined, held.shard);
        out(`moved ${count} from ${flags.moveFrom} to ${ns.value}`);
        return 0;
    }
    catch (error) {
        logger.error((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error));
        return error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL ? 2 : (0,_remote_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .isRemoteError */ .lX)(error) ? 3 : 1;
    }
    finally {
        logger.close();
    }
}


/***/ })

};
