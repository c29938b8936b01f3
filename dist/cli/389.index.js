export const id = 389;
export const ids = [389];
export const modules = {

/***/ 8389:
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
var errors = __webpack_require__(4533);
// EXTERNAL MODULE: ./src/config/settings.ts
var settings = __webpack_require__(1130);
// EXTERNAL MODULE: ./src/shared/paths.ts
var paths = __webpack_require__(7540);
// EXTERNAL MODULE: ./src/cli/settings.ts
var cli_settings = __webpack_require__(5520);
// EXTERNAL MODULE: ./src/cli/package-info.ts + 1 modules
var package_info = __webpack_require__(1124);
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
var terminal = __webpack_require__(1340);
// EXTERNAL MODULE: ../../main/node_modules/picocolors/picocolors.js
var picocolors = __webpack_require__(9406);
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


/***/ })

};
