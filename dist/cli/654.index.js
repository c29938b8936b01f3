export const id = 654;
export const ids = [654];
export const modules = {

/***/ 5654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDriftCommand: () => (/* binding */ runDriftCommand)
});

// EXTERNAL MODULE: ./src/config/resolve.ts + 1 modules
var resolve = __webpack_require__(3637);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/diff/html-text.ts
var html_text = __webpack_require__(860);
// EXTERNAL MODULE: ./src/diff/text-diff.ts
var text_diff = __webpack_require__(8802);
;// CONCATENATED MODULE: ./src/drift/model.ts


/** A drift report's caps: a short diff per translation, a bound on the whole. */
const DRIFT_DIFF_CAPS = { linesPerArticle: 20, lineChars: 240, totalLines: 1000 };
/**
 * Each drifted translation with its text diff: the file's rendered text against Guide's, so
 * the `+` lines are what the edit in Guide brought and the `-` lines what it removed. `readLive`
 * gives the stored body (the run's spool); names of the editors come later (see users.ts).
 */
function describeDrift(drifted, readLive, caps = DRIFT_DIFF_CAPS) {
    let total = 0;
    const out = [];
    const sorted = [...drifted].sort((a, b) => a.plan.file.localeCompare(b.plan.file));
    for (const { plan, findings } of sorted) {
        const translations = [];
        for (const f of findings) {
            const budget = Math.max(0, Math.min(caps.linesPerArticle, caps.totalLines - total));
            const live = readLive(plan.articleId, f.locale) ?? '';
            const { lines, omitted } = (0,text_diff/* diffText */.N)((0,html_text/* htmlToText */.G)(f.file.template), (0,html_text/* htmlToText */.G)(live), {
                maxLines: budget,
                maxLineChars: caps.lineChars,
            });
            total += lines.filter((l) => l.op !== ' ').length;
            const title = f.live.title !== f.file.title ? { repo: f.file.title, guide: f.live.title } : undefined;
            const editor = f.live.updated_by_id;
            translations.push({
                locale: f.locale,
                updatedAt: f.live.updated_at,
                ...(typeof editor === 'number' ? { updatedBy: { id: editor } } : {}),
                ...(title ? { title } : {}),
                lines,
                omitted,
                ...(!title && !lines.length && !omitted ? { markupOnly: true } : {}),
            });
        }
        out.push({
            key: plan.key,
            file: plan.file,
            title: plan.title,
            articleId: plan.articleId,
            url: plan.htmlUrl,
            translations,
        });
    }
    return out;
}
/** The drift report's exit code: 0 clean (or drift not asked to fail), 1 drift with `failOnDrift` or errors in the docs. */
function driftExitCode(report, failOnDrift) {
    if (report.error)
        return { settings: 2, remote: 3, internal: 1, interrupted: 130 }[report.error.kind];
    if (report.diagnostics.some((d) => d.severity === 'error'))
        return 1;
    return failOnDrift && report.articles.length > 0 ? 1 : 0;
}

// EXTERNAL MODULE: ./src/report/diff.ts
var diff = __webpack_require__(227);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/fit.ts
var fit = __webpack_require__(877);
// EXTERNAL MODULE: ./src/report/plural.ts
var plural = __webpack_require__(1190);
;// CONCATENATED MODULE: ./src/drift/render.ts




/** `2026-12-01 10:02 UTC`: minutes are enough to find the edit in Guide's history. */
function shortTime(iso) {
    const ms = Date.parse(iso);
    return Number.isNaN(ms) ? iso : `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
const editorName = (e) => (e ? (e.name ?? `user ${e.id}`) : undefined);
const translationCount = (report) => report.articles.reduce((n, a) => n + a.translations.length, 0);
/** The one-line verdict every rendering starts with. */
function driftVerdict(report) {
    if (report.error)
        return `❌ The drift report failed: ${report.error.message}`;
    const since = report.since ? ` since ${shortTime(report.since)}` : '';
    if (!report.articles.length)
        return `✅ No drift: nothing edited in Guide${since} differs from the docs.`;
    return `⚠️ Drift: ${(0,plural/* plural */.L)(translationCount(report), 'translation')} of ${(0,plural/* plural */.L)(report.articles.length, 'article')} edited in Guide${since} no longer match the docs.`;
}
/** "fr, edited by Alan Agent on 2026-12-01 10:02 UTC", as far as Zendesk says. */
function editedLine(t) {
    const by = editorName(t.updatedBy);
    return `${t.locale}, edited${by ? ` by ${by}` : ''} on ${shortTime(t.updatedAt)}`;
}
function textDetail(t) {
    const out = [];
    if (t.title)
        out.push(`Title: “${t.title.repo}” → “${t.title.guide}”`);
    out.push(...t.lines.map(diff/* codeText */.ph));
    if (t.omitted)
        out.push(`(${(0,plural/* plural */.L)(t.omitted, 'more changed line')} not shown)`);
    if (t.markupOnly)
        out.push('(the text is the same: a link, an image or other markup differs)');
    return out;
}
/** Plain text for the log and the terminal. */
function renderDriftText(report) {
    const lines = [driftVerdict(report)];
    for (const a of report.articles) {
        lines.push(`  ${a.file} (#${a.articleId}) — ${a.title}${a.url ? ` ${a.url}` : ''}`);
        for (const t of a.translations) {
            lines.push(`    ${editedLine(t)} (− the docs, + Guide)`);
            lines.push(...textDetail(t).map((l) => `      ${l}`));
        }
    }
    if (report.matching)
        lines.push(`  ${(0,plural/* plural */.L)(report.matching, 'translation')} changed in Guide since then match the docs`);
    const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
    if (errors)
        lines.push(`  ${(0,plural/* plural */.L)(errors, 'error')} in the docs: those files could not be compared (see above)`);
    lines.push(`  ${report.requests.total} Zendesk requests, ${report.requests.rateLimited} rate-limited`);
    return lines.join('\n');
}
/** The hidden first line of the drift issue: it names the docs root, so two roots keep two issues. */
function driftMarker(docsPath) {
    const safe = docsPath.replace(/-{2,}/g, '-').replace(/[<>]/g, '') || '.';
    return `<!-- zendesk-guide-publisher-drift:${safe} -->`;
}
function articleLabel(a, report) {
    const title = a.url ? (0,report_escape/* link */.nf)((0,report_escape/* escapeText */.X1)(a.title), a.url) : (0,report_escape/* escapeText */.X1)(a.title);
    const blob = report.context?.blobBaseUrl;
    const file = blob ? (0,report_escape/* link */.nf)((0,report_escape/* code */.aY)(a.file), (0,report_escape/* sourceUrl */.Hx)(blob, a.file)) : (0,report_escape/* code */.aY)(a.file);
    return `${title} · ${file}`;
}
function tableRow(a, t, report) {
    const by = editorName(t.updatedBy);
    return `| ${articleLabel(a, report)} | ${(0,report_escape/* escapeText */.X1)(t.locale)} | ${shortTime(t.updatedAt)} | ${by ? (0,report_escape/* escapeText */.X1)(by) : '–'} |`;
}
function detailBlock(a, report) {
    const parts = [`#### ${articleLabel(a, report)}`];
    for (const t of a.translations) {
        parts.push(`**${(0,report_escape/* escapeText */.X1)(editedLine(t))}** (− the docs, + Guide)`);
        if (t.title)
            parts.push((0,report_escape/* escapeText */.X1)(`Title: “${t.title.repo}” → “${t.title.guide}”`));
        if (t.lines.length)
            parts.push((0,diff/* fencedDiff */.FG)(t.lines));
        if (t.omitted)
            parts.push(`<sub>${(0,report_escape/* escapeText */.X1)(`${(0,plural/* plural */.L)(t.omitted, 'more changed line')} not shown`)}</sub>`);
        if (t.markupOnly)
            parts.push('<sub>The text is the same: a link, an image or other markup differs.</sub>');
    }
    return parts.join('\n\n');
}
/**
 * The report as Markdown: the job summary, and the body of the drift issue. Everything that
 * comes from Zendesk or the files is escaped (titles, names, locales) or sits in a fenced block
 * no line can close (the diffs), so no HTML, @mention or fake marker gets through.
 */
function renderDriftMarkdown(report, options = {}) {
    const head = [...(options.marker ? [options.marker] : []), `### ${(0,report_escape/* escapeText */.X1)(driftVerdict(report))}`].join('\n');
    const where = [
        report.zendeskUrl ? `Guide: ${(0,report_escape/* escapeText */.X1)(report.zendeskUrl)}` : undefined,
        report.context ? `docs: ${(0,report_escape/* code */.aY)(report.context.docsPath)}` : undefined,
        report.context?.runUrl ? (0,report_escape/* link */.nf)('workflow run', report.context.runUrl) : undefined,
    ].filter(Boolean);
    const blocks = [{ text: head }];
    if (where.length)
        blocks.push({ text: where.join(' · ') });
    if (report.articles.length) {
        blocks.push({
            rows: report.articles.flatMap((a) => a.translations.map((t) => tableRow(a, t, report))),
            head: '| article | locale | edited in Guide | by |\n| --- | --- | --- | --- |',
            priority: 0,
        });
        blocks.push({
            rows: report.articles.map((a) => detailBlock(a, report)),
            head: '<details open><summary>What changed in Guide, article by article</summary>\n',
            tail: '\n</details>',
            separator: '\n\n',
            priority: 1,
        });
        blocks.push({
            text: 'To settle it, bring each edit into its file (the `+` lines are what Guide has), or publish with ' +
                '`on-drift: overwrite` to put the file’s text back in Guide.',
        });
        blocks.push({ note: true });
    }
    if (report.matching)
        blocks.push({ text: `${(0,plural/* plural */.L)(report.matching, 'translation')} changed in Guide since then match the docs.` });
    const errors = report.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length) {
        blocks.push({
            text: `${(0,plural/* plural */.L)(errors.length, 'error')} in the docs: those files could not be compared. ${errors
                .slice(0, 10)
                .map((d) => (0,report_escape/* code */.aY)(`${d.file}${d.line ? `:${d.line}` : ''}`) + ' ' + (0,report_escape/* escapeText */.X1)(d.message))
                .join('; ')}`,
        });
    }
    const more = report.context?.runUrl ? ` (the ${(0,report_escape/* link */.nf)('job summary', report.context.runUrl)} has them all)` : '';
    return (0,fit/* fitBlocks */.U)(blocks, options.limit ?? 1_000_000, (n) => `<sub>${(0,plural/* plural */.L)(n, 'more row')} left out to fit${more}.</sub>`).text;
}

// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
// EXTERNAL MODULE: ./src/run/publish.ts + 34 modules
var publish = __webpack_require__(3516);
// EXTERNAL MODULE: ./src/plan/body.ts
var body = __webpack_require__(3919);
// EXTERNAL MODULE: ./src/plan/remote-index.ts
var remote_index = __webpack_require__(28);
;// CONCATENATED MODULE: ./src/drift/judge.ts


/** Unix seconds of a translation's last change, or NaN when Zendesk's answer has no usable time. */
const changedAt = (t) => Date.parse(t.updated_at) / 1000;
/**
 * Which translations drifted since `since`, judged exactly as the planner judges drift, so
 * `drift` lists what `plan` would report as edited in Guide and nothing else. A translation is
 * listed when all of these hold:
 * - the planner found it drifted: Guide's copy is not what was last published (the state
 *   record's fingerprint, else the marker's), so an edit undone in Guide is no drift;
 * - its content differs from the file, title or normalized body, compared the way the planner
 *   compares (a Guide edit that made the same change as the repo is no drift either, and
 *   neither is a change of draft state or of the invisible marker alone);
 * - Zendesk says it changed at or after `since`.
 * Pure: the plan must have been made with `on-drift: overwrite`, so it keeps the writes that
 * show what differs.
 */
function judgeDrift(input) {
    const drifted = [];
    let matching = 0;
    for (const plan of input.plan.articles) {
        if (plan.articleId === undefined || !plan.file)
            continue;
        const article = input.snapshot.articles.get(plan.articleId);
        if (!article)
            continue;
        const live = new Map((0,remote_index/* translationsOf */.eY)(article).map((t) => [t.locale.toLowerCase(), t]));
        const writes = new Map();
        for (const op of plan.operations)
            if (op.kind === 'update-translation')
                writes.set(op.body.locale, op.body);
        // The locales the files have that Guide has too: each is either written or recorded.
        const locales = new Set([...writes.keys(), ...Object.keys(plan.record?.hashes ?? {})]);
        const findings = [];
        for (const locale of locales) {
            const t = live.get(locale);
            if (!t || !(changedAt(t) >= input.since))
                continue;
            const file = writes.get(locale);
            if (plan.drifted.includes(locale) && file && contentDiffers(file, t, plan, input.index))
                findings.push({ locale, file, live: t });
            else
                matching++;
        }
        if (findings.length)
            drifted.push({ plan, findings });
    }
    return { drifted, matching };
}
/**
 * Whether Guide's copy differs from the file in title or body, as the planner compares them:
 * the file's body with every reference filled in as it would be written, normalized, against
 * the stored body's normalized digest (the tool's marker and footer left out of both).
 */
function contentDiffers(file, live, plan, index) {
    if (live.title !== file.title)
        return true;
    const stored = index.analyzed.get(plan.articleId)?.get(file.locale);
    // Library URLs are by file, attachment URLs of inline images by locale and file (see plan/media.ts).
    const lookup = (ref) => ref.kind === 'asset' ? (plan.knownAssets[`${file.locale}/${ref.sha}`] ?? plan.knownAssets[ref.sha]) : ref.url;
    const desired = (0,body/* finalBody */.lJ)(file, plan.key, lookup);
    // A reference the planner cannot fill yet (a file not uploaded) is itself a difference.
    return !stored || !desired || desired.digest !== stored.digest;
}

// EXTERNAL MODULE: ./src/remote/client.ts + 4 modules
var remote_client = __webpack_require__(6640);
// EXTERNAL MODULE: ./src/remote/errors.ts + 1 modules
var remote_errors = __webpack_require__(4778);
;// CONCATENATED MODULE: ./src/drift/users.ts



/**
 * Names the editors of the drifted translations: one Show Many Users request per 100 distinct
 * users, none when nothing drifted. A refusal (credentials without access to users) or a user
 * that is gone leaves the id alone; who edited is a courtesy of the report, never a reason to
 * fail it. Other failures (the network) fail the run like any other request.
 */
async function nameEditors(articles, client, logger) {
    const ids = [...new Set(articles.flatMap((a) => a.translations.flatMap((t) => (t.updatedBy ? [t.updatedBy.id] : []))))];
    const names = new Map();
    for (let i = 0; i < ids.length; i += remote_client/* SHOW_MANY_USERS */.nr) {
        try {
            for (const user of await client.showUsers(ids.slice(i, i + remote_client/* SHOW_MANY_USERS */.nr)))
                names.set(user.id, user.name);
        }
        catch (error) {
            if (!(error instanceof remote_errors/* ZendeskApiError */.Z_) || (error.status !== 403 && error.status !== 404))
                throw error;
            logger.warning(`could not look up who edited the articles (${(0,errors/* errorMessage */.gJ)(error)}); the report gives their user ids`);
            break;
        }
    }
    for (const a of articles) {
        for (const t of a.translations) {
            const name = t.updatedBy && names.get(t.updatedBy.id);
            if (t.updatedBy && name)
                t.updatedBy.name = name;
        }
    }
}

;// CONCATENATED MODULE: ./src/drift/run.ts







/**
 * The drift report: the same run as `plan` (files read and rendered, the help center read in
 * one export from 0, the plan made with `on-drift: overwrite`), then the translations the
 * planner found edited in Guide, kept when they changed at or after `since` and differ from
 * their file (see judge.ts), each with a text diff and who edited it. Writes nothing.
 *
 * The export is read from 0 rather than from `since`: the state record that says what was last
 * published, and the articles that links resolve to, may be older than `since`, and the planner
 * needs them to judge drift as `plan` does. Each translation's own `updated_at` then decides
 * what changed since (the export lists an article when its metadata changes; a translation's
 * time is the one that says when its text did).
 */
async function runDrift(given, logger, since, deps = {}) {
    if (!given.zendeskUrl || !given.auth) {
        throw new errors/* ConfigError */.xL('drift compares the docs with Zendesk: it needs the Zendesk URL (or subdomain) and credentials');
    }
    const made = await (0,publish/* makePlan */.Cs)({ ...given, mode: 'dry-run', onDrift: 'overwrite' }, logger, deps, { spool: true });
    const { read, planned, trace } = made;
    const remote = read.remote;
    if (!remote)
        throw new Error('internal: the help center was not read');
    let articles;
    let matching;
    try {
        const judged = judgeDrift({ plan: planned.plan, snapshot: remote.snapshot, index: remote.index, since });
        matching = judged.matching;
        // Now, while the run's copy of the stored bodies is still there to read.
        articles = describeDrift(judged.drifted, (id, locale) => remote.spool.read(id, locale));
        await nameEditors(articles, remote.client, logger);
    }
    catch (error) {
        throw (0,publish/* failed */.gz)(error, trace, undefined);
    }
    finally {
        remote.spool?.close();
    }
    const client = remote.client;
    const stats = client.http.stats;
    const translations = articles.reduce((n, a) => n + a.translations.length, 0);
    logger.info(translations
        ? `${(0,plural/* plural */.L)(translations, 'translation')} of ${(0,plural/* plural */.L)(articles.length, 'article')} edited in Guide since ${new Date(since * 1000).toISOString()} no longer match the docs`
        : `No drift: nothing edited in Guide since ${new Date(since * 1000).toISOString()} differs from the docs`);
    return {
        version: 1,
        kind: 'drift',
        since: new Date(since * 1000).toISOString(),
        zendeskUrl: given.zendeskUrl,
        articles,
        matching,
        diagnostics: planned.diagnostics,
        requests: { total: stats.requests, rateLimited: stats.rateLimited, retries: stats.retries },
        durationMs: Date.now() - made.started,
    };
}
/** The report of a drift run that stopped on an exception, with what it knew by then. */
function failedDriftReport(error, known) {
    const partial = error instanceof errors/* PipelineError */.zC ? error : undefined;
    return {
        version: 1,
        kind: 'drift',
        since: known.since === undefined ? '' : new Date(known.since * 1000).toISOString(),
        zendeskUrl: known.zendeskUrl,
        articles: [],
        matching: 0,
        diagnostics: partial?.diagnostics ?? [],
        requests: partial?.requests ?? { total: 0, rateLimited: 0, retries: 0 },
        durationMs: known.durationMs,
        error: (0,model/* runErrorOf */.BI)(error),
    };
}

// EXTERNAL MODULE: ./src/drift/since.ts
var drift_since = __webpack_require__(1669);
// EXTERNAL MODULE: ./src/report/write.ts
var write = __webpack_require__(1693);
// EXTERNAL MODULE: ./src/cli/settings.ts
var settings = __webpack_require__(1957);
// EXTERNAL MODULE: ./src/cli/output.ts
var output = __webpack_require__(6657);
// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(7485);
;// CONCATENATED MODULE: ./src/cli/drift.ts










/**
 * `drift`: what was edited in Guide since a time and no longer matches the docs, with a short
 * diff and who edited it. Exit 0 clean, or drift without `--fail-on-drift`; 1 drift with it, or
 * errors in the docs; 2 usage; 3 Zendesk could not be used.
 */
async function runDriftCommand(flags, ctx) {
    if (flags.since === undefined)
        throw new usage/* UsageError */.e('drift needs --since: an epoch in seconds, an ISO date, or a span such as 7d (0 for every edit)');
    (0,output/* checkOutputFlags */.dc)(flags, 'drift.json');
    const { env } = ctx;
    const jsonToStdout = flags.json === '-';
    const textStream = jsonToStdout ? ctx.stderr : ctx.stdout;
    const logger = (0,output/* commandLogger */.Ay)(flags, ctx);
    const connection = (0,settings/* connectionSettings */.Q7)(flags, env);
    const raw = {
        ...connection.raw,
        path: flags.path,
        mode: 'dry-run',
        defaultLocale: flags.defaultLocale,
        concurrency: flags.concurrency,
        configFile: flags.config,
        namespace: flags.namespace,
        ...(flags.var?.length ? { variables: flags.var.join('\n') } : {}),
    };
    (0,output/* maskSecrets */.QU)(raw, logger);
    const started = Date.now();
    let since;
    let config;
    let report;
    try {
        since = (0,drift_since/* parseSince */.m)(flags.since, Date.now());
        config = await (0,resolve/* resolveSettings */.Mo)({
            raw,
            repoRoot: flags.repo ?? process.cwd(),
            names: connection.names,
            env,
            command: 'drift',
            connection: 'required',
            repository: 'clone',
        });
        report = await runDrift(config, logger, since);
    }
    catch (error) {
        report = failedDriftReport(error, { since, zendeskUrl: config?.zendeskUrl, durationMs: Date.now() - started });
        logger.error(report.error.message);
    }
    logger.close();
    let code = driftExitCode(report, flags.failOnDrift ?? false);
    if (flags.json !== undefined) {
        try {
            if (jsonToStdout)
                ctx.stdout.write(JSON.stringify(report, null, 2) + '\n');
            else
                await (0,write/* writeJsonReport */.a)(report, flags.json);
        }
        catch (error) {
            logger.error(`could not write the JSON report to ${flags.json}: ${(0,errors/* errorMessage */.gJ)(error)}`);
            if (code === 0)
                code = 2;
        }
    }
    if (flags.markdown)
        ctx.stdout.write(renderDriftMarkdown(report) + '\n');
    else if (!report.error && !(flags.quiet && report.articles.length === 0))
        textStream.write(renderDriftText(report) + '\n');
    return code;
}


/***/ }),

/***/ 2104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ei: () => (/* binding */ markDiagramChanges),
/* harmony export */   J6: () => (/* binding */ diagramText),
/* harmony export */   rH: () => (/* binding */ diagramShaOf)
/* harmony export */ });
/**
 * A diagram's image in the text a reader sees: its alt text and the start of its image's hash
 * (its attachment's name is `diagram-<hash>.png`, see render/diagram.ts), so a redrawn
 * diagram is a changed line even when its alt text stays.
 */
const diagramText = (alt, sha) => `[diagram: ${alt || 'Diagram'} @${sha.slice(0, 8)}]`;
/** The hash in a diagram image's file name, or undefined for any other image. */
function diagramShaOf(src) {
    return /diagram-([0-9a-f]{16})\.png(?:[?#]|$)/.exec(src ?? '')?.[1];
}
const HASHED = /\[diagram: (.*?) @[0-9a-f]{8}\]/g;
const plain = (text) => text.replace(HASHED, '[diagram: $1]');
/**
 * The hashes are for telling diagrams apart, not for reading: a line whose only change is a
 * diagram's image becomes one `+` line that says "diagram changed", and the others lose them.
 */
function markDiagramChanges(lines) {
    const removed = new Set();
    const out = lines.map((l) => ({ ...l }));
    out.forEach((line) => {
        if (line.op !== '+' || !HASHED.test(line.text))
            return;
        HASHED.lastIndex = 0;
        const twin = out.findIndex((o, j) => o.op === '-' && !removed.has(j) && o.text !== line.text && plain(o.text) === plain(line.text));
        if (twin === -1)
            return;
        removed.add(twin);
        line.text = line.text.replace(HASHED, (match, alt) => out[twin].text.includes(match) ? `[diagram: ${alt}]` : `[diagram changed: ${alt}]`);
    });
    return out.filter((_, i) => !removed.has(i)).map((l) => ({ ...l, text: plain(l.text) }));
}


/***/ }),

/***/ 860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ htmlToText)
/* harmony export */ });
/* harmony import */ var htmlparser2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6013);
/* harmony import */ var _plan_marker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4377);
/* harmony import */ var _diagram_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2104);



/** Elements that start and end a line of text. */
const BLOCK = new Set([
    'address',
    'article',
    'aside',
    'blockquote',
    'caption',
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
    'tfoot',
    'thead',
    'tr',
    'ul',
]);
/** Nothing a reader sees: the tool's own marker and footer, and what browsers never show. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const hasClass = (attrs, cls) => (attrs.class ?? '').split(/\s+/).includes(cls);
/**
 * The text a reader sees in an article body, one line per block (paragraph, heading, list item,
 * table row; each line of a code block), so two bodies can be compared as text. Zendesk reformats
 * the HTML it stores (attribute order, entities, whitespace), which changes none of this; a
 * changed word does. Headings keep a `#` per level and list items a `- `, so a diff line says
 * where it is; an image is its alt text in brackets. The tool's marker and footer are left out,
 * as the comparison leaves them out.
 */
function htmlToText(html) {
    const lines = [];
    let line = '';
    let pre = 0;
    let skip = 0;
    const stack = [];
    const cells = [];
    const breakLine = () => {
        const text = pre > 0 ? line.replace(/\s+$/, '') : line.replace(/\s+/g, ' ').trim();
        if (text !== '' && !/^(#+|-)$/.test(text))
            lines.push(text);
        line = '';
    };
    const parser = new htmlparser2__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX({
        onopentag(name, attrs) {
            const skipped = skip > 0 || HIDDEN.has(name) || ((name === 'div' || name === 'p') && isToolElement(attrs));
            if (!VOID.has(name))
                stack.push({ name, skipped });
            if (skipped) {
                if (!VOID.has(name))
                    skip++;
                return;
            }
            if (name === 'br') {
                breakLine();
                return;
            }
            if (name === 'img') {
                const alt = (attrs.alt ?? '').trim();
                const diagram = (0,_diagram_text_js__WEBPACK_IMPORTED_MODULE_2__/* .diagramShaOf */ .rH)(attrs.src);
                line += diagram ? ` ${(0,_diagram_text_js__WEBPACK_IMPORTED_MODULE_2__/* .diagramText */ .J6)(alt, diagram)} ` : ` [${alt ? `image: ${alt}` : 'image'}] `;
                return;
            }
            if (BLOCK.has(name))
                breakLine();
            if (name === 'pre')
                pre++;
            if (/^h[1-6]$/.test(name))
                line += `${'#'.repeat(Number(name[1]))} `;
            else if (name === 'li')
                line += '- ';
            else if (name === 'tr')
                cells.push(0);
            else if ((name === 'td' || name === 'th') && cells.length) {
                if (cells[cells.length - 1]++ > 0)
                    line += ' | ';
            }
        },
        onclosetag(name, implied) {
            if (VOID.has(name))
                return;
            const top = stack.pop();
            if (top?.skipped) {
                skip--;
                return;
            }
            if (name === 'pre') {
                // Each line of code is a line of the comparison, so a changed command shows alone.
                const code = line;
                line = '';
                for (const l of code.replace(/\n$/, '').split('\n')) {
                    line = l;
                    breakLine();
                }
                pre--;
                return;
            }
            if (name === 'tr')
                cells.pop();
            if (BLOCK.has(name) || implied)
                breakLine();
        },
        ontext(text) {
            if (skip > 0)
                return;
            line += text;
        },
    }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
    parser.write(html);
    parser.end();
    breakLine();
    return lines;
}
function isToolElement(attrs) {
    return hasClass(attrs, _plan_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .MARKER_CLASS */ .eA) || hasClass(attrs, _plan_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .PROVENANCE_CLASS */ .H3);
}


/***/ }),

/***/ 8802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ diffText)
/* harmony export */ });
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1318);
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5367);
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(526);

/** Lines of context shown before a change, shortened: enough to say where it is. */
const CONTEXT_CHARS = 80;
/** Two paragraphs are one edited paragraph when at least this share of their words is common. */
const SAME_PARAGRAPH = 0.5;
const ELLIPSIS = '…';
/**
 * A compact diff of two texts given as lines (paragraphs, list items, table rows). Lines that
 * were edited rather than replaced show only the sentences that changed, old and new, so a
 * reviewer reads "the sentence before → the sentence after" instead of two whole paragraphs.
 * Each change gets its preceding line as context; `…` stands between changes that are apart.
 */
function diffText(from, to, options) {
    const hunks = [];
    const changes = (0,diff__WEBPACK_IMPORTED_MODULE_0__/* .diffArrays */ .E)([...from], [...to]);
    let common = [];
    for (let i = 0; i < changes.length; i++) {
        const change = changes[i];
        if (!change.added && !change.removed) {
            common = change.value;
            continue;
        }
        const removed = change.removed ? change.value : [];
        const next = changes[i + 1];
        let added = change.added ? change.value : [];
        if (change.removed && next?.added) {
            added = next.value;
            i++;
        }
        hunks.push({ context: common[common.length - 1], gap: common.length, lines: hunkLines(removed, added, options.maxLineChars) });
        common = [];
    }
    const lines = [];
    let kept = 0;
    let omitted = 0;
    for (const hunk of hunks) {
        // The first changes are shown up to the cap, the rest counted: a long rewrite still shows how it starts.
        const shown = hunk.lines.slice(0, Math.max(0, options.maxLines - kept));
        omitted += hunk.lines.length - shown.length;
        if (!shown.length)
            continue;
        // Common lines between two changes that are not shown stand as one `…`.
        if (lines.length && hunk.gap > 1)
            lines.push({ op: ' ', text: ELLIPSIS });
        if (hunk.context !== undefined)
            lines.push({ op: ' ', text: shorten(hunk.context, CONTEXT_CHARS) });
        lines.push(...shown);
        kept += shown.length;
    }
    return { lines, omitted };
}
/** A run of removed lines and the run of added lines that replaced it. */
function hunkLines(removed, added, maxChars) {
    const out = [];
    // Edited paragraphs pair up in order, each shown old then new; the rest was removed or added whole.
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) {
        const o = removed[k];
        const n = added[k];
        const excerpts = similarity(o, n) >= SAME_PARAGRAPH ? changedSentences(o, n) : [{ from: o, to: n }];
        for (const s of excerpts) {
            if (s.from !== undefined)
                out.push({ op: '-', text: shorten(s.from, maxChars) });
            if (s.to !== undefined)
                out.push({ op: '+', text: shorten(s.to, maxChars) });
        }
    }
    for (const o of removed.slice(paired))
        out.push({ op: '-', text: shorten(o, maxChars) });
    for (const n of added.slice(paired))
        out.push({ op: '+', text: shorten(n, maxChars) });
    return out;
}
/** Share of words the two lines have in common, by a word diff. */
function similarity(a, b) {
    const words = (s) => s.split(/\s+/).filter(Boolean).length;
    let common = 0;
    for (const part of (0,diff__WEBPACK_IMPORTED_MODULE_1__/* .diffWords */ .b2)(a, b))
        if (!part.added && !part.removed)
            common += 2 * words(part.value);
    const all = words(a) + words(b);
    return all === 0 ? 1 : common / all;
}
/**
 * The sentences of an edited paragraph that differ, each change as the old and the new
 * sentences; `…` marks that the paragraph goes on before or after the excerpt.
 */
function changedSentences(from, to) {
    const parts = (0,diff__WEBPACK_IMPORTED_MODULE_2__/* .diffSentences */ .C)(from, to);
    const out = [];
    let before = '';
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (!part.added && !part.removed) {
            before += part.value;
            continue;
        }
        let removed = '';
        let added = '';
        while (i < parts.length && (parts[i].added || parts[i].removed)) {
            if (parts[i].removed)
                removed += parts[i].value;
            else
                added += parts[i].value;
            i++;
        }
        const after = parts.slice(i).some((p) => !p.added && !p.removed && p.value.trim() !== '');
        i--;
        const lead = before.trim() !== '' ? `${ELLIPSIS} ` : '';
        const tail = after ? ` ${ELLIPSIS}` : '';
        out.push({
            ...(removed.trim() ? { from: `${lead}${removed.trim()}${tail}` } : {}),
            ...(added.trim() ? { to: `${lead}${added.trim()}${tail}` } : {}),
        });
        before = '';
    }
    return out;
}
/** Keeps the start of a line; a sentence-level excerpt is short already, a whole line may not be. */
function shorten(text, max) {
    return text.length <= max ? text : text.slice(0, max - 1).trimEnd() + ELLIPSIS;
}


/***/ }),

/***/ 1669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ parseSince)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

const UNIT_SECONDS = { m: 60, h: 3600, d: 86_400, w: 604_800 };
function parseSince(raw, now, options = {}) {
    const name = options.name ?? '--since';
    const value = raw.trim();
    if (options.last && value === 'last')
        return 'last';
    if (/^\d+$/.test(value)) {
        const seconds = Number(value);
        // Milliseconds are the commonest slip (Date.now()); they would point thousands of years ahead.
        if (seconds > now / 1000 + 86_400)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${name} ${value} is in the future (an epoch in seconds, not milliseconds)`);
        return seconds;
    }
    const span = /^(\d+)([mhdw])$/.exec(value);
    if (span)
        return Math.max(0, Math.floor(now / 1000) - Number(span[1]) * UNIT_SECONDS[span[2]]);
    const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
    const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(date);
    const ms = iso ? Date.parse(date) : NaN;
    if (Number.isNaN(ms)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${name} must be ${options.last ? '`last`, ' : ''}an epoch in seconds, an ISO date or date-time with a zone (2026-11-30, 2026-11-30T09:00:00Z) or a span such as 24h or 7d (got "${value}")`);
    }
    if (ms > now + 86_400_000)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${name} ${value} is in the future`);
    return Math.floor(ms / 1000);
}


/***/ })

};
