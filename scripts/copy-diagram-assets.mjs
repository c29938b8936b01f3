// The diagram renderer's run-time files (resvg's WebAssembly and the font diagrams are drawn
// with), copied beside each bundle: ncc bundles code, not files the code reads. The renderer
// reads them from `diagram/` next to its chunk (src/render/diagram-png.ts).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const fonts = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const files = {
  'resvg.wasm': require.resolve('@resvg/resvg-wasm/index_bg.wasm'),
  'DejaVuSans.ttf': path.join(fonts, 'DejaVuSans.ttf'),
  'DejaVuSans-Bold.ttf': path.join(fonts, 'DejaVuSans-Bold.ttf'),
};
for (const dir of ['dist/diagram', 'dist/cli/diagram']) {
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, from] of Object.entries(files)) fs.copyFileSync(from, path.join(dir, name));
}
