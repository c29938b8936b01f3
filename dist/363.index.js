export const id = 363;
export const ids = [363];
export const modules = {

/***/ 4363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8292);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4225);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4038);



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
