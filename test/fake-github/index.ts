export {
  startFakeGitHub,
  type FakeComment,
  type FakeIssue,
  type FakeGitHub,
  type FakeGitHubOptions,
  type Fault,
  type RecordedRequest,
} from './server.js';
export { pullRequestEvent, pushEvent, writeEvent } from './events.js';
