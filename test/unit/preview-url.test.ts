import { afterEach, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/action/inputs.js';
import { reportContextOf } from '../../src/action/run-context.js';
import type { GitHubContext } from '../../src/github/context.js';

const KEY = 'INPUT_PREVIEW-URL';
afterEach(() => {
  delete process.env[KEY];
});

describe('the preview-url input', () => {
  it('reaches the report context, so the comment links to the preview', () => {
    process.env[KEY] = ' https://github.com/acme/docs/actions/runs/42/artifacts/7 ';
    const inputs = readInputs();
    expect(inputs.previewUrl).toBe('https://github.com/acme/docs/actions/runs/42/artifacts/7');
    const context = reportContextOf(inputs, 'docs', { eventName: 'pull_request' } as GitHubContext);
    expect(context.previewUrl).toBe('https://github.com/acme/docs/actions/runs/42/artifacts/7');
  });

  it('is left out when empty, and refused when it is not a web address', () => {
    expect(reportContextOf(readInputs(), 'docs', { eventName: 'pull_request' } as GitHubContext)).not.toHaveProperty('previewUrl');
    process.env[KEY] = 'javascript:alert(1)';
    expect(() => readInputs()).toThrow('preview-url "javascript:alert(1)" is not an http(s) URL');
  });
});
