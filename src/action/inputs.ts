import * as core from '@actions/core';
import type { RawSettings } from '../config/settings.js';
import { ConfigError } from '../errors.js';

export interface ActionInputs extends RawSettings {
  githubToken: string;
  comment: boolean;
  provenance: boolean;
  /** Create missing sections and categories (true); false leaves it to the config file. */
  createSections: boolean;
  writeBackIds: boolean;
  /** Where the preview site is (an artifact's URL); the comment links to it. Empty: no link. */
  previewUrl: string;
  /** `mode: drift`: edits at or after this time (empty: every edit). */
  since: string;
  /** `mode: drift`: fail the step when something drifted. */
  failOnDrift: boolean;
  /** `mode: drift`: keep one issue in step with the report. */
  driftIssue: boolean;
  driftIssueLabel: string;
  driftIssueTitle: string;
}

/** Every input, read once at the boundary. Secrets are masked before anything can log them. */
export function readInputs(): ActionInputs {
  const get = (name: string) => core.getInput(name);
  for (const secret of ['zendesk-oauth-client-secret', 'zendesk-oauth-token', 'zendesk-api-token', 'github-token']) {
    const value = get(secret);
    if (value) core.setSecret(value);
  }
  return {
    zendeskUrl: get('zendesk-url'),
    zendeskSubdomain: get('zendesk-subdomain'),
    oauthClientId: get('zendesk-oauth-client-id'),
    oauthClientSecret: get('zendesk-oauth-client-secret'),
    oauthToken: get('zendesk-oauth-token'),
    email: get('zendesk-email'),
    apiToken: get('zendesk-api-token'),
    path: get('path'),
    mode: get('mode'),
    defaultLocale: get('default-locale'),
    // getBooleanInput rejects typos such as "ture" instead of silently reading them as false.
    archiveRemoved: get('archive-removed') ? core.getBooleanInput('archive-removed') : false,
    maxArchive: get('max-archive'),
    onDrift: get('on-drift'),
    githubToken: get('github-token'),
    comment: get('comment') ? core.getBooleanInput('comment') : true,
    provenance: get('provenance') ? core.getBooleanInput('provenance') : false,
    createSections: get('create-sections') ? core.getBooleanInput('create-sections') : false,
    writeBackIds: get('write-back-ids') ? core.getBooleanInput('write-back-ids') : false,
    configFile: get('config'),
    namespace: get('namespace'),
    variables: get('variables'),
    previewUrl: previewUrlOf(get('preview-url')),
    since: get('since'),
    failOnDrift: get('fail-on-drift') ? core.getBooleanInput('fail-on-drift') : false,
    driftIssue: get('drift-issue') ? core.getBooleanInput('drift-issue') : false,
    driftIssueLabel: get('drift-issue-label').trim() || 'zendesk-drift',
    driftIssueTitle: get('drift-issue-title').trim() || 'Articles edited in Zendesk Guide differ from the docs',
  };
}

/** Only a web address is linked from the comment: anything else there would be a typo or a trick. */
function previewUrlOf(value: string): string {
  const url = value.trim();
  if (url && !/^https?:\/\/[^\s]+$/i.test(url)) throw new ConfigError(`preview-url "${url}" is not an http(s) URL`);
  return url;
}
