import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { renderMermaidSVG } from 'beautiful-mermaid';
import { resolveCssVariables } from './svg-vars.js';

/**
 * Mermaid to PNG, in the process and offline: a DOM-free layout and SVG renderer
 * (beautiful-mermaid) and resvg compiled to WebAssembly, with a font shipped in the package.
 * The same source gives the same bytes on every machine: no system font, no browser, no
 * network. This module is the heavy part; it is loaded only for a file that has a diagram.
 */

const FONT = 'DejaVu Sans';
const COLORS = {
  bg: '#FFFFFF',
  fg: '#27272A',
  line: '#71717A',
  accent: '#3F3F46',
  muted: '#52525B',
  surface: '#F4F4F5',
  border: '#A1A1AA',
};

/**
 * The files the renderer needs at run time. In the bundle they are copied beside it (see
 * the build script); from source they are read from node_modules.
 */
function asset(bundled: string, fromPackage: () => string): Buffer {
  const here = path.dirname(fileURLToPath(import.meta.url));
  try {
    return readFileSync(path.join(here, bundled));
  } catch {
    return readFileSync(fromPackage());
  }
}

let ready: Promise<{ fonts: Buffer[] }> | undefined;

function load(): Promise<{ fonts: Buffer[] }> {
  ready ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasm = asset('diagram/resvg.wasm', () => require.resolve('@resvg/resvg-wasm/index_bg.wasm'));
    await initWasm(wasm);
    const fontDir = () => path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    const fonts = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => asset(`diagram/${f}`, () => path.join(fontDir(), f)));
    return { fonts };
  })();
  return ready;
}

/** Thrown for a diagram the renderer rejects; the message is the renderer's. */
export class DiagramError extends Error {
  override name = 'DiagramError';
}

/** A mermaid diagram's source as PNG bytes (twice the SVG's size, for sharp text on high-density screens). */
export async function mermaidToPng(source: string): Promise<Buffer> {
  const { fonts } = await load();
  let svg: string;
  try {
    svg = renderMermaidSVG(source, { ...COLORS, font: FONT });
  } catch (error) {
    throw new DiagramError(error instanceof Error ? error.message : String(error));
  }
  const resvg = new Resvg(resolveCssVariables(svg), {
    font: { fontBuffers: fonts, loadSystemFonts: false, defaultFontFamily: FONT, sansSerifFamily: FONT },
    fitTo: { mode: 'zoom', value: 2 },
  });
  try {
    return Buffer.from(resvg.render().asPng());
  } finally {
    resvg.free();
  }
}
