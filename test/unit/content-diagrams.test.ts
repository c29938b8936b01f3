import { describe, expect, it } from 'vitest';
import { markDiagramChanges } from '../../src/diff/diagram-text.js';
import { htmlToText } from '../../src/diff/html-text.js';
import { diagramAsset, diagramSource } from '../../src/render/diagram.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { resolveCssVariables } from '../../src/render/svg-vars.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('mermaid diagrams', () => {
  it('a mermaid fence becomes an image reference; alt from accTitle, else the caption, else "Diagram"', () => {
    const md = [
      '```mermaid',
      'flowchart LR',
      '  accTitle: Login flow',
      '  accDescr: How a user signs in',
      '  A --> B',
      '```',
      '',
      '```mermaid',
      'sequenceDiagram',
      '  A->>B: hi',
      '```',
      '',
      '*The handshake*',
      '',
      '```mermaid',
      'flowchart TD',
      '  X --> Y',
      '```',
      '',
      '```js',
      'const x = 1;',
      '```',
    ].join('\n');
    const out = renderMarkdown(md, { takeH1AsTitle: false, bodyLine: 5 });
    expect(out.refs.map((r) => [r.kind, r.line, r.diagram?.alt])).toEqual([
      ['diagram', 5, 'Login flow'],
      ['diagram', 12, 'The handshake'],
      ['diagram', 19, 'Diagram'],
    ]);
    expect(out.refs[0]!.diagram!.source).toBe('flowchart LR\n  A --> B');
    expect(out.html).toContain('<img src="zgp-ref:0" alt="Login flow">');
    expect(out.html).toContain('<code class="language-js">');
    expect(out.html).not.toContain('mermaid');
  });

  it('accDescr blocks are dropped, accTitle kept once', () => {
    expect(diagramSource('graph TD\naccTitle: T\naccDescr {\n  long\n  text\n}\nA-->B')).toEqual({ source: 'graph TD\nA-->B', title: 'T' });
  });

  it('renders PNG bytes that are the same for the same source, and different for another', async () => {
    const a = await diagramAsset('flowchart LR\n  A[Start] --> B[Done]');
    expect(a.data!.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(a.name).toBe(`diagram-${a.sha}.png`);
    expect(a).toMatchObject({ contentType: 'image/png', inline: true, size: a.data!.byteLength });
    // A second render in a fresh module instance gives the same bytes (nothing time- or machine-dependent).
    const { mermaidToPng } = await import('../../src/render/diagram-png.js');
    expect(Buffer.compare(await mermaidToPng('flowchart LR\n  A[Start] --> B[Done]'), a.data!)).toBe(0);
    const b = await diagramAsset('flowchart LR\n  A[Start] --> C[Other]');
    expect(b.sha).not.toBe(a.sha);
  }, 60_000);

  it('an invalid diagram is rejected with the renderer message', async () => {
    await expect(diagramAsset('not a diagram')).rejects.toThrow(/Invalid mermaid header/);
  }, 60_000);

  it('CSS variables and color-mix become plain colours; @import is dropped', () => {
    const svg =
      '<svg style="--bg:#FFFFFF;--fg:#000000"><style>@import url(https://x/y.css);\nsvg { --_line: var(--line, color-mix(in srgb, var(--fg) 50%, var(--bg))); }</style><path stroke="var(--_line)" fill="var(--bg)"/></svg>';
    const out = resolveCssVariables(svg);
    expect(out).toContain('stroke="#808080"');
    expect(out).toContain('fill="#ffffff"'.toUpperCase().replace('FILL', 'fill'));
    expect(out).not.toContain('@import');
  });

  it('the text diff says "diagram changed" when only the image changed', () => {
    const live = htmlToText('<p>Intro</p><p><img src="https://x/hc/article_attachments/1/diagram-aaaaaaaaaaaaaaaa.png" alt="Flow"></p>');
    const want = htmlToText('<p>Intro</p><p><img src="diagram-bbbbbbbbbbbbbbbb.png" alt="Flow"></p>');
    expect(live).toEqual(['Intro', '[diagram: Flow @aaaaaaaa]']);
    const lines = markDiagramChanges([
      { op: ' ', text: live[0]! },
      { op: '-', text: live[1]! },
      { op: '+', text: want[1]! },
    ]);
    expect(lines).toEqual([
      { op: ' ', text: 'Intro' },
      { op: '+', text: '[diagram changed: Flow]' },
    ]);
  });
});
