export const id = 105;
export const ids = [105];
export const modules = {

/***/ 105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mermaidToPng: () => (/* binding */ mermaidToPng)
});

// UNUSED EXPORTS: DiagramError

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./node_modules/@resvg/resvg-wasm/index.mjs
var resvg_wasm = __webpack_require__(3026);
// EXTERNAL MODULE: ./node_modules/beautiful-mermaid/dist/index.js + 3 modules
var dist = __webpack_require__(2415);
;// CONCATENATED MODULE: ./src/render/svg-vars.ts
/**
 * The SVG the diagram renderer writes styles itself with CSS custom properties (`var(--fg)`,
 * `color-mix(...)`), which an SVG rasteriser does not evaluate: this replaces each use with the
 * colour it stands for. Pure. Also drops `@import` rules: nothing is fetched while rendering.
 */
function resolveCssVariables(svg) {
    const defs = new Map();
    const collect = (block) => {
        for (const m of block.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/(--[\w-]+)\s*:\s*([^;]+);?/g))
            defs.set(m[1], m[2].trim());
    };
    const rootStyle = /<svg[^>]*\sstyle="([^"]*)"/.exec(svg);
    if (rootStyle)
        collect(rootStyle[1]);
    for (const block of svg.matchAll(/(?:^|[\s}])svg\s*\{([^}]*)\}/g))
        collect(block[1]);
    const evaluate = (expr, depth) => {
        if (depth > 32)
            return expr;
        const text = expr.trim();
        const v = /^var\(\s*(--[\w-]+)\s*(?:,\s*([\s\S]*))?\)$/.exec(text);
        if (v) {
            const value = defs.get(v[1]);
            if (value !== undefined)
                return evaluate(value, depth + 1);
            return v[2] !== undefined ? evaluate(v[2], depth + 1) : 'currentColor';
        }
        const mix = /^color-mix\(\s*in srgb\s*,\s*([\s\S]+?)\s+(\d+(?:\.\d+)?)%\s*,\s*([\s\S]+)\)$/.exec(text);
        if (mix) {
            const a = rgb(evaluate(mix[1], depth + 1));
            const b = rgb(evaluate(mix[3], depth + 1));
            const p = Number(mix[2]) / 100;
            if (a && b)
                return hex(a.map((x, i) => x * p + b[i] * (1 - p)));
        }
        return text;
    };
    const replaceUses = (text) => {
        let out = '';
        let from = 0;
        for (let start = text.indexOf('var(', from); start !== -1; start = text.indexOf('var(', from)) {
            let depth = 0;
            let end = start + 3;
            for (; end < text.length; end++) {
                if (text[end] === '(')
                    depth++;
                else if (text[end] === ')' && --depth === 0)
                    break;
            }
            out += text.slice(from, start) + evaluate(text.slice(start, end + 1), 0);
            from = end + 1;
        }
        return out + text.slice(from);
    };
    return replaceUses(svg.replace(/@import[^;]*;/g, ''));
}
function rgb(color) {
    const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
    if (!m)
        return undefined;
    const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
}
const hex = (c) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

;// CONCATENATED MODULE: ./src/render/diagram-png.ts







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
function asset(bundled, fromPackage) {
    const here = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    try {
        return (0,external_node_fs_.readFileSync)(external_node_path_default().join(here, bundled));
    }
    catch {
        return (0,external_node_fs_.readFileSync)(fromPackage());
    }
}
let ready;
function load() {
    ready ??= (async () => {
        const require = (0,external_node_module_.createRequire)(import.meta.url);
        const wasm = asset('diagram/resvg.wasm', () => require.resolve('@resvg/resvg-wasm/index_bg.wasm'));
        await (0,resvg_wasm/* initWasm */.z)(wasm);
        const fontDir = () => external_node_path_default().join(external_node_path_default().dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
        const fonts = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => asset(`diagram/${f}`, () => external_node_path_default().join(fontDir(), f)));
        return { fonts };
    })();
    return ready;
}
/** Thrown for a diagram the renderer rejects; the message is the renderer's. */
class DiagramError extends Error {
    name = 'DiagramError';
}
/** A mermaid diagram's source as PNG bytes (twice the SVG's size, for sharp text on high-density screens). */
async function mermaidToPng(source) {
    const { fonts } = await load();
    let svg;
    try {
        svg = (0,dist/* renderMermaidSVG */.km)(source, { ...COLORS, font: FONT });
    }
    catch (error) {
        throw new DiagramError(error instanceof Error ? error.message : String(error));
    }
    const resvg = new resvg_wasm/* Resvg */.W(resolveCssVariables(svg), {
        font: { fontBuffers: fonts, loadSystemFonts: false, defaultFontFamily: FONT, sansSerifFamily: FONT },
        fitTo: { mode: 'zoom', value: 2 },
    });
    try {
        return Buffer.from(resvg.render().asPng());
    }
    finally {
        resvg.free();
    }
}


/***/ })

};
