export const id = 432;
export const ids = [432];
export const modules = {

/***/ 3432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   digestLine: () => (/* binding */ digestLine),
/* harmony export */   findDriftIssue: () => (/* binding */ findDriftIssue),
/* harmony export */   syncDriftIssue: () => (/* binding */ syncDriftIssue)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6412);


const statusOf = (error) => typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : undefined;
/** Our issues among a listing, pull requests aside (the issues API lists them too). */
function ours(items, marker) {
    return items
        .filter((i) => !i.pull_request && (i.body ?? '').startsWith(marker))
        .map((i) => ({ number: i.number, state: i.state, body: i.body ?? '', title: i.title, url: i.html_url }));
}
/**
 * The drift issue, if there is one: by its label, open or closed, else (should the label have
 * been removed, or dropped by a token that may not set labels) among the open issues. The marker
 * must open the body, since anyone can paste it into an issue of their own. The open one wins,
 * the oldest if there were ever two; else the most recently closed, to reopen rather than
 * start another.
 */
async function findDriftIssue(octokit, target) {
    const { owner, repo } = target;
    let found = ours(await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, labels: target.label, state: 'all', per_page: 100 }), target.marker);
    if (!found.length) {
        found = ours(await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, state: 'open', per_page: 100 }), target.marker);
    }
    const open = found.filter((i) => i.state === 'open').sort((a, b) => a.number - b.number);
    return open[0] ?? found.sort((a, b) => b.number - a.number)[0];
}
/**
 * The issue body's second line: a digest of what drifted. Two runs that find the same drift
 * write the same line, whatever else differs between them (the link to the run), so the issue
 * is only edited, and its watchers only notified, when the drift itself changes.
 */
function digestLine(digest) {
    return `<!-- zendesk-guide-publisher-drift-digest:${digest.replace(/[^\w-]/g, '')} -->`;
}
/**
 * Keeps one issue in step with the drift report: opened when drift appears (or the closed one
 * reopened), its body replaced when the drift changes, closed when clean. `body` is the report
 * for the issue: the marker, then the digest line of `digest`, then the report; `drifted` says
 * which way it goes. A 403 comes back as a result: the job summary still has the report.
 */
async function syncDriftIssue(octokit, target, report) {
    const head = `${target.marker}\n${digestLine(report.digest)}\n`;
    if (!report.body.startsWith(head))
        throw new Error('internal: the issue body must start with its marker and digest');
    // The last guard: the body is built from titles and text of the files and of Guide.
    report = { ...report, body: (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .stripBidi */ .J3)(report.body) };
    const { owner, repo } = target;
    try {
        const existing = await findDriftIssue(octokit, target);
        if (!report.drifted) {
            if (!existing || existing.state !== 'open')
                return { kind: 'none' };
            const { data } = await octokit.rest.issues.update({
                owner,
                repo,
                issue_number: existing.number,
                body: report.body,
                state: 'closed',
                state_reason: 'completed',
            });
            return { kind: 'closed', number: data.number, url: data.html_url };
        }
        if (!existing) {
            const { data } = await octokit.rest.issues.create({ owner, repo, title: target.title, body: report.body, labels: [target.label] });
            return { kind: 'opened', number: data.number, url: data.html_url };
        }
        if (existing.state === 'open' && existing.body.startsWith(head))
            return { kind: 'unchanged', number: existing.number, url: existing.url };
        const { data } = await octokit.rest.issues.update({
            owner,
            repo,
            issue_number: existing.number,
            body: report.body,
            ...(existing.state === 'open' ? {} : { state: 'open' }),
        });
        return { kind: existing.state === 'open' ? 'updated' : 'reopened', number: data.number, url: data.html_url };
    }
    catch (error) {
        const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
        if (statusOf(error) === 403 && !/rate limit/i.test(message))
            return { kind: 'forbidden', message };
        throw error;
    }
}


/***/ })

};
