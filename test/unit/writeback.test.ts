import { describe, expect, it } from 'vitest';
import { withId } from '../../src/apply/writeback.js';

describe('withId', () => {
  it('adds the id as the first key and keeps every other byte', () => {
    expect(withId('---\ntitle: A # keep this comment\nlabels: [x]\n---\nBody\n', 42)).toBe(
      '---\nid: 42\ntitle: A # keep this comment\nlabels: [x]\n---\nBody\n',
    );
  });

  it("adds front matter to a file without it, with the file's line endings", () => {
    expect(withId('# Title\r\n\r\nText', 7)).toBe('---\r\nid: 7\r\n---\r\n# Title\r\n\r\nText');
  });

  it('leaves a file that already has an id alone', () => {
    const text = '---\ntitle: A\nid: 1\n---\nB';
    expect(withId(text, 2)).toBe(text);
  });

  it('does not mistake an id in the body for front matter', () => {
    expect(withId('---\ntitle: A\n---\nid: in the body\n', 3)).toBe('---\nid: 3\ntitle: A\n---\nid: in the body\n');
  });

  it('reads the fences as the source stage does: a BOM, CRLF and a "..." closing fence', () => {
    expect(withId('\uFEFF---\r\ntitle: A\r\n...\r\nBody', 4)).toBe('\uFEFF---\r\nid: 4\r\ntitle: A\r\n...\r\nBody');
  });

  it('leaves a file whose front matter is never closed alone (the run reports it)', () => {
    const text = '---\ntitle: A\nBody without a closing fence\n';
    expect(withId(text, 5)).toBe(text);
  });
});
