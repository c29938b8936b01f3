import { createHash } from 'node:crypto';
import type { AssetFile } from './assets.js';

/** The image a ```mermaid fence becomes: its alt text and the source the renderer gets. */
export interface DiagramSource {
  /** The diagram without its accessibility lines (`accTitle`, `accDescr`), which the renderer does not draw. */
  source: string;
  /** `accTitle`, when the diagram has one. */
  title: string | undefined;
}

/**
 * Splits mermaid's accessibility lines off a diagram: `accTitle: …` is the image's alt text;
 * `accDescr: …` and `accDescr { … }` are dropped (the renderer would draw them as nodes).
 */
export function diagramSource(text: string): DiagramSource {
  let title: string | undefined;
  const kept: string[] = [];
  let inDescr = false;
  for (const line of text.split('\n')) {
    if (inDescr) {
      if (line.includes('}')) inDescr = false;
      continue;
    }
    const t = /^\s*accTitle\s*:\s*(.*?)\s*$/.exec(line);
    if (t) {
      title ??= t[1] || undefined;
      continue;
    }
    if (/^\s*accDescr\s*:/.test(line)) continue;
    if (/^\s*accDescr\s*\{/.test(line)) {
      inDescr = !line.includes('}');
      continue;
    }
    kept.push(line);
  }
  return { source: kept.join('\n'), title };
}

const rendered = new Map<string, Promise<AssetFile>>();

/**
 * A diagram as an image to upload: PNG bytes held in memory, named by their hash, so the same
 * source is the same attachment and a re-run uploads nothing. The renderer is loaded on the
 * first diagram of a run only; a run without diagrams never loads it.
 */
export function diagramAsset(source: string): Promise<AssetFile> {
  let entry = rendered.get(source);
  if (!entry) {
    entry = (async () => {
      const { mermaidToPng } = await import('./diagram-png.js');
      const data = await mermaidToPng(source);
      const sha = createHash('sha256').update(data).digest('hex').slice(0, 16);
      const name = `diagram-${sha}.png`;
      return { absPath: '', file: name, name, sha, size: data.byteLength, contentType: 'image/png', inline: true, data };
    })();
    // A failure is not kept: the next file with the same diagram reports it again.
    entry.catch(() => rendered.delete(source));
    rendered.set(source, entry);
  }
  return entry;
}

/**
 * The `src` a diagram's image carries through the renderer until it becomes a reference
 * (markdown.ts): a bare fragment, which the sanitizer lets through and no file can be.
 */
export const DIAGRAM_URL_PREFIX = '#zgp-diagram-';
