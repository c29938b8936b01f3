import { describe, expect, it } from 'vitest';
import { createTerminalLogger, isCi, isRichTerminal } from '../../src/cli/terminal.js';

const tty = { write: () => true, isTTY: true };

describe('isRichTerminal: colour and a live display only where they help', () => {
  it.each([
    ['a terminal', tty, {}, true],
    ['a pipe or a file', { write: () => true }, {}, false],
    ['NO_COLOR set', tty, { NO_COLOR: '1' }, false],
    ['NO_COLOR empty (no-color.org: ignored)', tty, { NO_COLOR: '' }, true],
    ['CI=true', tty, { CI: 'true' }, false],
    ['CI=1', tty, { CI: '1' }, false],
    ['CI=false', tty, { CI: 'false' }, true],
    ['TERM=dumb', tty, { TERM: 'dumb' }, false],
  ])('%s', (_what, stream, env: NodeJS.ProcessEnv, rich) => {
    expect(isRichTerminal(stream, env)).toBe(rich);
  });

  it('reads CI as CI services set it', () => {
    expect([isCi({ CI: 'TRUE' }), isCi({ CI: 'woodpecker' }), isCi({ CI: '0' }), isCi({})]).toEqual([true, true, false, false]);
  });
});

/** A plain logger and every line it printed. */
function plain(options: { quiet?: boolean; verbose?: boolean; now?: () => number } = {}) {
  const lines: string[] = [];
  const logger = createTerminalLogger({ stream: { write: (s) => lines.push(...s.split('\n').slice(0, -1)) > 0 }, rich: false, ...options });
  return { logger, lines };
}

describe('the plain logger (pipes, CI, NO_COLOR)', () => {
  it('prints the same words as before, without one escape sequence', async () => {
    const { logger, lines } = plain({ verbose: true });
    await logger.group('Reading Markdown', () => {
      logger.info('3 articles');
      logger.warning('anchor "#x" matches no heading', { file: 'docs/a.md', line: 4, column: 2 });
      logger.error('file "a.png" does not exist', { file: 'docs/b.md', line: 7 });
      logger.debug('detail');
      return Promise.resolve();
    });
    expect(lines).toEqual([
      '── Reading Markdown',
      '3 articles',
      'warning: docs/a.md:4:2: anchor "#x" matches no heading',
      'error: docs/b.md:7: file "a.png" does not exist',
      'debug: detail',
    ]);
  });

  it('shows progress as a line at the start and about one per tenth of the work, the last item always', () => {
    const { logger, lines } = plain();
    logger.progress!({ kind: 'start', what: 'publishing', total: 25, unit: 'article' });
    for (let i = 1; i <= 25; i++) logger.progress!({ kind: 'advance', item: `docs/${i}.md`, failed: i === 5 });
    logger.progress!({ kind: 'end' });
    expect(lines[0]).toBe('publishing 25 articles');
    expect(lines.slice(1)).toEqual([
      '3/25 docs/3.md',
      '5/25 docs/5.md (failed)',
      '8/25 docs/8.md',
      '10/25 docs/10.md',
      '13/25 docs/13.md',
      '15/25 docs/15.md',
      '18/25 docs/18.md',
      '20/25 docs/20.md',
      '23/25 docs/23.md',
      '25/25 docs/25.md',
    ]);
  });

  it('says once why everything waits, even when every request in flight met the same 429', () => {
    let now = 1_000_000;
    const { logger, lines } = plain({ now: () => now });
    for (let i = 0; i < 4; i++) logger.progress!({ kind: 'wait', seconds: 42, reason: 'Zendesk rate limit, Retry-After' });
    now += 43_000;
    logger.progress!({ kind: 'wait', seconds: 5, reason: 'Zendesk rate limit, Retry-After' });
    expect(lines).toEqual(['waiting 42 s: Zendesk rate limit, Retry-After', 'waiting 5 s: Zendesk rate limit, Retry-After']);
  });

  it('--quiet keeps warnings and errors only', async () => {
    const { logger, lines } = plain({ quiet: true });
    await logger.group('Publishing', () => {
      logger.info('noise');
      logger.progress!({ kind: 'start', what: 'publishing', total: 1, unit: 'article' });
      logger.progress!({ kind: 'wait', seconds: 3, reason: 'Zendesk rate limit' });
      logger.progress!({ kind: 'advance', item: 'docs/a.md', failed: false });
      logger.warning('careful');
      logger.error('broken');
      return Promise.resolve();
    });
    expect(lines).toEqual(['warning: careful', 'error: broken']);
  });

  it('masks registered secrets in every line, the live display included', () => {
    const out: string[] = [];
    const logger = createTerminalLogger({ stream: { write: (s) => out.push(s) > 0, isTTY: true, columns: 80 }, rich: true });
    logger.setSecret('s3cr3t-token');
    logger.info('token s3cr3t-token');
    logger.progress!({ kind: 'start', what: 'publishing', total: 1, unit: 'article' });
    logger.progress!({ kind: 'wait', seconds: 3, reason: 'because s3cr3t-token' });
    logger.close();
    expect(out.join('')).toContain('token ***');
    expect(out.join('')).toContain('because ***');
    expect(out.join('')).not.toContain('s3cr3t-token');
  });
});
