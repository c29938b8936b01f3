import { ACTION_TAG, NAME } from './package-info.js';

/** Where `init` points the workflow: a subdomain, a full URL, or a placeholder to fill in. */
export type ZendeskTarget = { subdomain: string } | { url: string } | undefined;

/** A YAML scalar: plain when that is unambiguous, else single-quoted (a quote doubled). */
function scalar(value: string): string {
  // Digits alone stay a number (an id); a word YAML reads as something else is quoted.
  const plain = /^\d+$/.test(value) || (/^[A-Za-z_][A-Za-z0-9_./-]*$/.test(value) && !/^(true|false|yes|no|on|off|null|y|n)$/i.test(value));
  return plain ? value : `'${value.replace(/'/g, "''")}'`;
}

function zendeskLine(target: ZendeskTarget): string {
  if (!target) return 'zendesk-subdomain: your-subdomain # yours, as in https://your-subdomain.zendesk.com';
  if ('url' in target) return `zendesk-url: ${scalar(target.url)}`;
  return `zendesk-subdomain: ${scalar(target.subdomain)}`;
}

/**
 * The README's quick-start workflow for a docs folder: OAuth client credentials (the auth
 * Zendesk recommends, and the one that outlives API tokens), a preview on pull requests and a
 * publish on pushes to main. A test holds it equal to the README's copy.
 */
export function workflowTemplate(docsPath: string, target: ZendeskTarget): string {
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
      - uses: ${NAME}/${NAME}@${ACTION_TAG}
        with:
          ${zendeskLine(target)}
          zendesk-oauth-client-id: \${{ secrets.ZENDESK_OAUTH_CLIENT_ID }}
          zendesk-oauth-client-secret: \${{ secrets.ZENDESK_OAUTH_CLIENT_SECRET }}
          path: ${scalar(docsPath)}
`;
}

/** The starter's `_defaults.yml`: the help center's own names when init could read them, else placeholders. */
export function defaultsTemplate(values: { section: string; permissionGroup: string; userSegment: string; placeholders: boolean }): string {
  const how = values.placeholders
    ? `# init could not read your help center (no credentials), so section and permission_group are
# placeholders: put names (or ids) your help center has. \`${NAME} plan\` lists them.`
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
export function configTemplate(values: { namespace: string; createSections: boolean }): string {
  return `# yaml-language-server: $schema=https://raw.githubusercontent.com/${NAME}/${NAME}/main/zendesk-guide.schema.json
# Settings for the whole docs tree; every key is optional (see "Config file" in zendesk-guide-publisher's docs/front-matter.md).
# Which articles in the help center are this folder's: kept the same in every clone, fork and workflow.
namespace: ${scalar(values.namespace)}
# default_locale: en-us   # source locale of files without \`locale:\`; default: the help center's
exclude:
  - README.md             # docs-relative; a pattern without "/" matches at any depth
labels_mode: replace      # or merge, to keep labels added in Guide
${values.createSections ? 'create_sections: true     # make the section in _defaults.yml (needs Guide manager rights)\n' : ''}`;
}

export const GETTING_STARTED_TEMPLATE = `---
title: Getting started
labels: [getting-started]
---

\`${NAME} init\` wrote this article. Edit it, or replace it with your own.

Every Markdown file in this folder is one article. Its front matter says where it goes in the
help center; \`_defaults.yml\` holds what all of them share.

> [!TIP]
> Run \`npx ${NAME} validate\` before you commit: it checks every file, offline.

Next: [writing articles](writing-articles.md).
`;

export const WRITING_TEMPLATE = `---
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
