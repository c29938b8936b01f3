export const id = 694;
export const ids = [694,702];
export const modules = {

/***/ 9694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  writePullRequestComment: () => (/* binding */ writePullRequestComment)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(6412);
;// CONCATENATED MODULE: ./src/github/comment.ts


/**
 * The hidden first line that identifies our comment. It carries the docs path, so two docs
 * roots in one repository keep two comments.
 */
function commentMarker(docsPath) {
    // `--` would end the HTML comment early; `<`/`>` have no business in it either.
    const safe = docsPath.replace(/-{2,}/g, '-').replace(/[<>]/g, '') || '.';
    return `<!-- zendesk-guide-publisher:${safe} -->`;
}
const statusOf = (error) => typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : undefined;
/** Finds our comment by its marker, walking every page: long PR threads hide it past page one. */
async function findStickyComment(octokit, target) {
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        per_page: 100,
    });
    for await (const page of pages) {
        // The marker must open the body: anyone can paste it somewhere inside their own comment.
        const found = page.data.find((c) => (c.body ?? '').startsWith(target.marker));
        if (found)
            return { id: found.id, body: found.body ?? '', url: found.html_url };
    }
    return undefined;
}
/**
 * Creates the sticky comment, or updates the one already there in place, so a PR never holds a
 * second one. A 403 comes back as a result rather than an error: on a fork PR that is expected.
 */
async function upsertStickyComment(octokit, target, text) {
    if (!text.startsWith(target.marker))
        throw new Error('internal: the comment body must start with its marker');
    // The last guard: the body is built from titles and text of the files and of Guide.
    const body = (0,report_escape/* stripBidi */.J3)(text);
    try {
        const existing = await findStickyComment(octokit, target);
        if (existing && existing.body === body)
            return { kind: 'unchanged', id: existing.id, url: existing.url };
        if (existing) {
            const { data } = await octokit.rest.issues.updateComment({
                owner: target.owner,
                repo: target.repo,
                comment_id: existing.id,
                body,
            });
            return { kind: 'updated', id: data.id, url: data.html_url };
        }
        const { data } = await octokit.rest.issues.createComment({
            owner: target.owner,
            repo: target.repo,
            issue_number: target.issueNumber,
            body,
        });
        return { kind: 'created', id: data.id, url: data.html_url };
    }
    catch (error) {
        const message = (0,errors/* errorMessage */.gJ)(error);
        // A secondary rate limit is a 403 too, but the throttling plugin already waited it out.
        if (statusOf(error) === 403 && !/rate limit/i.test(message)) {
            return { kind: 'forbidden', message };
        }
        throw error;
    }
}

// EXTERNAL MODULE: ./src/github/octokit.ts
var github_octokit = __webpack_require__(6702);
;// CONCATENATED MODULE: ./src/action/comment.ts



/**
 * Writes or updates the sticky PR comment and returns its URL. A token that may not write (a
 * fork's read-only GITHUB_TOKEN) is a warning, not a failure: the job summary still has it all.
 */
async function writePullRequestComment(request) {
    const { gh } = request;
    if (!gh.pullRequest)
        return undefined;
    if (!request.enabled) {
        core/* info */.pq('comment: false, so no pull-request comment.');
        return undefined;
    }
    if (!gh.owner || !gh.repo) {
        core/* warning */.$e('GITHUB_REPOSITORY is not set; cannot comment on the pull request.');
        return undefined;
    }
    if (!request.token) {
        core/* warning */.$e('github-token is empty; no pull-request comment was written. The job summary has the report.');
        return undefined;
    }
    const octokit = (0,github_octokit.createGitHubClient)(request.token, { baseUrl: gh.apiUrl, warn: (m) => core/* warning */.$e(m) });
    const marker = commentMarker(request.docsPath);
    const result = await upsertStickyComment(octokit, { owner: gh.owner, repo: gh.repo, issueNumber: gh.pullRequest.number, marker }, request.render(marker));
    if (result.kind === 'forbidden') {
        const why = gh.pullRequest.fork
            ? 'a pull request from a fork gets a read-only GITHUB_TOKEN'
            : 'give the job `permissions: pull-requests: write`';
        core/* warning */.$e(`Could not write the pull-request comment (${result.message}): ${why}. The job summary has the report.`);
        return undefined;
    }
    core/* info */.pq(`Pull-request comment ${result.kind}: ${result.url}`);
    return result.url;
}


/***/ }),

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2270);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);



/**
 * Octokit with the retry plugin (5xx and network errors) and the throttling plugin (primary and
 * secondary rate limits), through @actions/github so the runner's proxy settings apply.
 */
function createGitHubClient(token, options) {
    const maxRetries = options.maxRateLimitRetries ?? 2;
    const base = options.retryAfterBaseValue;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        if (retryCount >= maxRetries) {
            options.warn(`GitHub ${kind} rate limit on ${request.method} ${request.url}; giving up after ${retryCount} retries`);
            return false;
        }
        options.warn(`GitHub ${kind} rate limit on ${request.method} ${request.url}; retrying in ${retryAfter} s`);
        return true;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl: options.baseUrl,
        // Octokit's default logger writes to the console; the action's log is the one that matters.
        log: { debug: () => { }, info: () => { }, warn: options.warn, error: options.warn },
        throttle: {
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
            ...(base !== undefined ? { retryAfterBaseValue: base } : {}),
        },
        retry: { ...(base !== undefined ? { retryAfterBaseValue: base } : {}) },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
}


/***/ })

};
