export const id = 220;
export const ids = [220];
export const modules = {

/***/ 2220:
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
// EXTERNAL MODULE: ./src/config/repository.ts
var repository = __webpack_require__(2352);
// EXTERNAL MODULE: ./src/config/settings.ts
var settings = __webpack_require__(4661);
// EXTERNAL MODULE: ./src/remote/errors.ts + 1 modules
var remote_errors = __webpack_require__(4778);
// EXTERNAL MODULE: ./src/shared/paths.ts
var paths = __webpack_require__(405);
// EXTERNAL MODULE: ./src/config/namespace.ts
var namespace = __webpack_require__(8093);
// EXTERNAL MODULE: ./src/remote/client.ts + 4 modules
var remote_client = __webpack_require__(6640);
// EXTERNAL MODULE: ./src/shared/placeholders.ts
var placeholders = __webpack_require__(8995);
;// CONCATENATED MODULE: ./src/cli/init-starter.ts





/** A section made by the first publish when the help center has none. */
const NEW_SECTION = 'Documentation / Getting started';
/** Without a help center to read: placeholders that validate accepts and plan explains. */
function placeholderStarter() {
    return {
        section: placeholders/* PLACEHOLDERS */.j.section,
        permissionGroup: placeholders/* PLACEHOLDERS */.j.permission_group,
        userSegment: 'everyone',
        createSections: false,
        notes: [],
    };
}
const byPosition = (a, b) => (a.position ?? 0) - (b.position ?? 0) || a.id - b.id;
const norm = (s) => s.trim().replace(/\s+/g, ' ').toLowerCase();
const unique = (name, names) => names.filter((n) => norm(n) === norm(name)).length === 1;
/** A name that names one item of the list, else its id: the starter must resolve as written. */
function nameOrId(item, list) {
    return unique(item.name, list.map((x) => x.name))
        ? item.name
        : String(item.id);
}
/**
 * The starter's values from the help center's own names: its first section (by category, then
 * position), named `Category / Section` when the bare name repeats; its "Agents" permission group
 * (else the first); the staff-only user segment when there is one, so the sample articles are
 * not shown to everyone. A help center without sections gets one made by the first publish.
 */
function starterFrom(names) {
    const notes = [];
    const starter = placeholderStarter();
    const categories = new Map(names.categories.map((c) => [c.id, c]));
    const sections = [...names.sections].sort((a, b) => byPosition(categories.get(a.category_id) ?? { id: 0 }, categories.get(b.category_id) ?? { id: 0 }) || byPosition(a, b));
    const first = sections[0];
    if (first) {
        const label = (s) => `${categories.get(s.category_id)?.name ?? ''} / ${s.name}`;
        // The bare name where it is the only one, else `Category / Section`, else the id.
        starter.section = unique(first.name, sections.map((s) => s.name))
            ? first.name
            : categories.has(first.category_id) && unique(label(first), sections.map(label))
                ? label(first)
                : String(first.id);
        notes.push(`section "${starter.section}": the first of the help center's ${sections.length}`);
    }
    else {
        starter.section = NEW_SECTION;
        starter.createSections = true;
        notes.push(`section "${NEW_SECTION}": the help center has none, so the first publish makes it (create_sections: true)`);
    }
    const groups = names.permissionGroups;
    const group = groups?.find((g) => g.name.trim().toLowerCase() === 'agents') ?? [...(groups ?? [])].sort((a, b) => a.id - b.id)[0];
    if (group && groups) {
        starter.permissionGroup = nameOrId(group, groups);
        notes.push(`permission group "${starter.permissionGroup}": who may edit the articles in Guide`);
    }
    else {
        notes.push(groups
            ? 'permission group: the help center has none; set one in _defaults.yml'
            : 'permission group: these credentials may not list them');
    }
    const staff = names.userSegments?.find((s) => s.user_type === 'staff');
    if (staff && names.userSegments) {
        starter.userSegment = nameOrId(staff, names.userSegments);
        notes.push(`user segment "${starter.userSegment}": only staff see the sample articles; everyone makes them public`);
    }
    else {
        notes.push('user segment "everyone": the articles are public once published');
    }
    return { ...starter, notes };
}
/** A list the credentials may not read (403) is left out; anything else stops init before a file is written. */
async function optional(list) {
    try {
        return await list;
    }
    catch (error) {
        if (error instanceof remote_errors/* ZendeskApiError */.Z_ && error.status === 403)
            return undefined;
        throw error;
    }
}
/** The names `init` needs, read in parallel: four lists, a page or two each. */
async function readHelpCenterNames(baseUrl, auth, logger) {
    const client = new remote_client/* ZendeskClient */.g9({ baseUrl, auth, logger, concurrency: 4 });
    const [categories, sections, permissionGroups, userSegments] = await Promise.all([
        client.listCategories(),
        client.listSections(),
        optional(client.listPermissionGroups()),
        optional(client.listUserSegments()),
    ]);
    return { categories, sections, permissionGroups, userSegments };
}
/**
 * The namespace init writes: the one a run here would derive (repository and docs path), so the
 * clone, the workflow and a fork all agree on it. Where no repository is known yet, the folder's
 * name stands in for it, which is more distinct than the docs path alone.
 */
function starterNamespace(repository, repoRoot, docsPath) {
    if (repository)
        return (0,namespace/* resolveNamespace */.uP)(undefined, repository, docsPath).value;
    const folder = external_node_path_default().basename(repoRoot)
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[^a-z0-9]+/, '');
    return folder ? `${folder}:${docsPath}` : docsPath;
}

// EXTERNAL MODULE: ./src/cli/output.ts
var output = __webpack_require__(6657);
// EXTERNAL MODULE: ./src/cli/settings.ts
var cli_settings = __webpack_require__(1957);
// EXTERNAL MODULE: ./src/cli/package-info.ts + 1 modules
var package_info = __webpack_require__(201);
;// CONCATENATED MODULE: ./src/cli/templates.ts

/** A YAML scalar: plain when that is unambiguous, else single-quoted (a quote doubled). */
function scalar(value) {
    // Digits alone stay a number (an id); a word YAML reads as something else is quoted.
    const plain = /^\d+$/.test(value) || (/^[A-Za-z_][A-Za-z0-9_./-]*$/.test(value) && !/^(true|false|yes|no|on|off|null|y|n)$/i.test(value));
    return plain ? value : `'${value.replace(/'/g, "''")}'`;
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
    // Inside a single-quoted string of a workflow expression, a quote is written twice.
    const publishGroup = `help-center-publish-{0}-${docsPath.replace(/'/g, "''")}`;
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
  # Publishes of one docs root run one at a time, whichever branch or tag started them (runs on
  # two refs would otherwise write at once); a pull request's preview only waits for its own.
  group: \${{ github.event_name == 'pull_request' && format('help-center-preview-{0}', github.ref) || format('${publishGroup}', github.repository) }}
  cancel-in-progress: false   # never interrupt a publish half-way

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          persist-credentials: false # the job pushes nothing: keep the token out of .git/config
      - uses: ${package_info/* NAME */.o_}/${package_info/* NAME */.o_}@${package_info/* ACTION_TAG */.uQ}
        with:
          ${zendeskLine(target)}
          zendesk-oauth-client-id: \${{ secrets.ZENDESK_OAUTH_CLIENT_ID }}
          zendesk-oauth-client-secret: \${{ secrets.ZENDESK_OAUTH_CLIENT_SECRET }}
          path: ${scalar(docsPath)}
`;
}
/** The starter's `_defaults.yml`: the help center's own names when init could read them, else placeholders. */
function defaultsTemplate(values) {
    const how = values.placeholders
        ? `# init could not read your help center (no credentials), so section and permission_group are
# placeholders: put names (or ids) your help center has. \`${package_info/* NAME */.o_} plan\` lists them.`
        : `# init read these names from your help center; change them to any it has (names or ids).`;
    return `# Settings for every article in this folder and the folders below it; a file's front matter
# wins over them.
${how}
section: ${scalar(values.section)}
permission_group: ${scalar(values.permissionGroup)}
user_segment: ${scalar(values.userSegment)}   # who may read them; everyone is public
draft: true              # agents see drafts in Guide, readers do not: set false to publish for real
`;
}
/** The starter's config file: the namespace it publishes as, and whether sections may be made. */
function configTemplate(values) {
    return `# yaml-language-server: $schema=https://raw.githubusercontent.com/${package_info/* NAME */.o_}/${package_info/* NAME */.o_}/main/zendesk-guide.schema.json
# Settings for the whole docs tree; every key is optional (see "Config file" in zendesk-guide-publisher's docs/front-matter.md).
# Which articles in the help center are this folder's: kept the same in every clone, fork and workflow.
namespace: ${scalar(values.namespace)}
# default_locale: en-us   # source locale of files without \`locale:\`; default: the help center's
exclude:
  - README.md             # docs-relative; a pattern without "/" matches at any depth
labels_mode: replace      # or merge, to keep labels added in Guide
${values.createSections ? 'create_sections: true     # make the section in _defaults.yml (needs Guide manager rights)\n' : ''}`;
}
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














const LOOPBACK = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/;
/**
 * The starter's values: read from the help center when init has its address and credentials,
 * placeholders otherwise. Credentials that do not work stop init before it writes a file.
 */
async function starterFor(url, flags, ctx, logger) {
    const { raw, names } = (0,cli_settings/* connectionSettings */.Q7)(flags, ctx.env);
    (0,output/* maskSecrets */.QU)(raw, logger);
    const auth = (0,settings/* resolveAuth */.hi)(raw, names);
    if (!url || !auth)
        return { starter: placeholderStarter(), read: false };
    const lists = await logger.group('Reading the help center', () => readHelpCenterNames(url, auth, logger));
    return { starter: starterFrom(lists), read: true };
}
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
        const { raw, names } = (0,cli_settings/* connectionSettings */.Q7)(flags, ctx.env);
        const url = (0,settings/* resolveZendeskUrl */.k)(raw.zendeskUrl, raw.zendeskSubdomain, names);
        const subdomain = raw.zendeskSubdomain?.trim();
        // A simulator on this machine is no address for a workflow on GitHub's runners.
        const target = subdomain ? { subdomain: subdomain.toLowerCase() } : url && !LOOPBACK.test(url) ? { url } : undefined;
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
        const { starter, read } = await starterFor(url, flags, ctx, logger);
        const namespace = starterNamespace(await (0,repository/* detectRepository */.eJ)(realRepo, ctx.env), realRepo, docsPath);
        const files = [
            [
                `${docsPath}/_defaults.yml`,
                defaultsTemplate({
                    section: starter.section,
                    permissionGroup: starter.permissionGroup,
                    userSegment: starter.userSegment,
                    placeholders: !read,
                }),
            ],
            ...(samples
                ? [
                    [`${docsPath}/getting-started.md`, GETTING_STARTED_TEMPLATE],
                    [`${docsPath}/writing-articles.md`, WRITING_TEMPLATE],
                ]
                : []),
            [`${docsPath}/zendesk-guide.yml`, configTemplate({ namespace, createSections: starter.createSections })],
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
        if (starter.notes.length)
            say(`Read from the help center, in ${docsPath}/_defaults.yml:`);
        for (const note of starter.notes)
            say(`  - ${note}`);
        say(`Namespace, in ${docsPath}/zendesk-guide.yml: ${namespace} (which articles in the help center are this folder's)`);
        say('');
        nextSteps({ say, created, target, read, docsPath });
        return 0;
    }
    catch (error) {
        logger.error((0,errors/* errorMessage */.gJ)(error));
        return error instanceof errors/* ConfigError */.xL ? 2 : (0,remote_errors/* isRemoteError */.lX)(error) ? 3 : 1;
    }
    finally {
        logger.close();
    }
}
/** What to do after init: the one step still missing comes first. */
function nextSteps(at) {
    const { say, docsPath } = at;
    const flag = docsPath === 'docs' ? '' : ` --path ${docsPath}`;
    say(at.created ? 'Next:' : 'Nothing to write: every file is already there. Next:');
    if (!at.read)
        say(`  - put names your help center has in ${docsPath}/_defaults.yml, in place of the <placeholders>`);
    say(`  - see what a publish would do, writing nothing: npx ${package_info/* NAME */.o_} plan${flag}`);
    say(`  - publish: npx ${package_info/* NAME */.o_} publish${flag}`);
    if (!at.target)
        say('  - set zendesk-subdomain in .github/workflows/help-center.yml');
    say('  - add the repository secrets ZENDESK_OAUTH_CLIENT_ID and ZENDESK_OAUTH_CLIENT_SECRET (README, "Quick start")');
}


/***/ }),

/***/ 8995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ PLACEHOLDERS),
/* harmony export */   w: () => (/* binding */ isPlaceholder)
/* harmony export */ });
/**
 * The values `init` writes where it could not read the help center: names no help center has,
 * which `validate` accepts (it knows no names) and `plan` recognises, to say what to put there.
 */
const PLACEHOLDERS = {
    section: '<a section of your help center>',
    permission_group: '<a permission group of your help center>',
};
/** Whether a name is one of init's placeholders, or written like one (`<...>`). */
const isPlaceholder = (name) => /^<[^<>]*>$/.test(name.trim());


/***/ })

};
