import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/diff/html-text.js';
import { diffText } from '../../src/diff/text-diff.js';
import { renderMarkdown } from '../../src/render/markdown.js';

const OPTIONS = { maxLines: 40, maxLineChars: 300 };

describe('htmlToText', () => {
  it('reads a body as a reader sees it: one line per block, headings and list items marked, code line by line', () => {
    const html = renderMarkdown(
      [
        '## Download',
        '',
        'The app runs on *Windows* and [Linux](https://example.com).',
        '',
        '1. Sign in.',
        '2. Pick one.',
        '',
        '| A | B |',
        '| --- | --- |',
        '| 1 | 2 |',
        '',
        '```sh',
        'acme sync',
        '  --all',
        '```',
        '',
        '![The first screen](shot.png)',
        '',
        '> [!NOTE]',
        '> Read this.',
      ].join('\n'),
      { takeH1AsTitle: false },
    ).html;
    expect(htmlToText(html)).toEqual([
      '## Download',
      'The app runs on Windows and Linux.',
      '- Sign in.',
      '- Pick one.',
      'A | B',
      '1 | 2',
      'acme sync',
      '  --all',
      '[image: The first screen]',
      'Note',
      'Read this.',
    ]);
  });

  it("leaves out the tool's marker and footer, and reads Zendesk's reformatting as the same text", () => {
    const ours =
      '<p>Hello <strong>world</strong>.</p>\n<p class="zgp-provenance"><a href="x">Edit this article on GitHub</a></p>\n<div class="zgp-source" data-zgp-key="a"></div>';
    const stored = "<p>Hello&nbsp;<strong >world</strong>.</p><div data-zgp-key='a' class='zgp-source'></div>";
    expect(htmlToText(ours)).toEqual(['Hello world.']);
    expect(htmlToText(stored)).toEqual(['Hello world.']);
    expect(htmlToText('<p>a<script>alert(1)</script></p><style>p{}</style>')).toEqual(['a']);
  });
});

describe('diffText', () => {
  it('shows only the sentence that changed in an edited paragraph, with the line before as context', () => {
    const from = ['## Intro', 'One sentence here. The second one changes. A third stays.', 'Tail.'];
    const to = ['## Intro', 'One sentence here. The second one is new. A third stays.', 'Tail.'];
    expect(diffText(from, to, OPTIONS)).toEqual({
      lines: [
        { op: ' ', text: '## Intro' },
        { op: '-', text: '… The second one changes. …' },
        { op: '+', text: '… The second one is new. …' },
      ],
      omitted: 0,
    });
  });

  it('shows a rewritten paragraph whole, and added or removed lines as such', () => {
    const d = diffText(
      ['Keep.', 'Completely different words here.', 'Gone.'],
      ['Keep.', 'Nothing alike at all now.', 'Added.', 'Extra.'],
      OPTIONS,
    );
    expect(d.lines.map((l) => l.op + l.text)).toEqual([
      ' Keep.',
      '-Completely different words here.',
      '+Nothing alike at all now.',
      '-Gone.',
      '+Added.',
      '+Extra.',
    ]);
  });

  it('marks the distance between changes far apart with … and keeps only the start of long context', () => {
    const base = Array.from({ length: 10 }, (_, i) => `Line ${i} ${'x'.repeat(i === 7 ? 200 : 0)}`.trim());
    const to = [...base];
    to[1] = 'Changed 1';
    to[8] = 'Changed 8';
    const { lines } = diffText(base, to, OPTIONS);
    expect(lines.map((l) => l.op)).toEqual([' ', '-', '+', ' ', ' ', '-', '+']);
    expect(lines[3]).toEqual({ op: ' ', text: '…' });
    expect(lines[4]!.text.length).toBeLessThanOrEqual(80);
    expect(lines[4]!.text.endsWith('…')).toBe(true);
  });

  it('caps the changed lines and counts the rest', () => {
    const from = Array.from({ length: 30 }, (_, i) => `Old ${i}`);
    const to = Array.from({ length: 30 }, (_, i) => `New text ${i} entirely`);
    const d = diffText(from, to, { maxLines: 10, maxLineChars: 300 });
    expect(d.lines.filter((l) => l.op !== ' ')).toHaveLength(10);
    expect(d.omitted).toBe(50);
  });

  it('is empty for the same text', () => {
    expect(diffText(['a', 'b'], ['a', 'b'], OPTIONS)).toEqual({ lines: [], omitted: 0 });
  });
});
