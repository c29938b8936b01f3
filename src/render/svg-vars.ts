/**
 * The SVG the diagram renderer writes styles itself with CSS custom properties (`var(--fg)`,
 * `color-mix(...)`), which an SVG rasteriser does not evaluate: this replaces each use with the
 * colour it stands for. Pure. Also drops `@import` rules: nothing is fetched while rendering.
 */
export function resolveCssVariables(svg: string): string {
  const defs = new Map<string, string>();
  const collect = (block: string) => {
    for (const m of block.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/(--[\w-]+)\s*:\s*([^;]+);?/g)) defs.set(m[1]!, m[2]!.trim());
  };
  const rootStyle = /<svg[^>]*\sstyle="([^"]*)"/.exec(svg);
  if (rootStyle) collect(rootStyle[1]!);
  for (const block of svg.matchAll(/(?:^|[\s}])svg\s*\{([^}]*)\}/g)) collect(block[1]!);

  const evaluate = (expr: string, depth: number): string => {
    if (depth > 32) return expr;
    const text = expr.trim();
    const v = /^var\(\s*(--[\w-]+)\s*(?:,\s*([\s\S]*))?\)$/.exec(text);
    if (v) {
      const value = defs.get(v[1]!);
      if (value !== undefined) return evaluate(value, depth + 1);
      return v[2] !== undefined ? evaluate(v[2], depth + 1) : 'currentColor';
    }
    const mix = /^color-mix\(\s*in srgb\s*,\s*([\s\S]+?)\s+(\d+(?:\.\d+)?)%\s*,\s*([\s\S]+)\)$/.exec(text);
    if (mix) {
      const a = rgb(evaluate(mix[1]!, depth + 1));
      const b = rgb(evaluate(mix[3]!, depth + 1));
      const p = Number(mix[2]) / 100;
      if (a && b) return hex(a.map((x, i) => x * p + b[i]! * (1 - p)));
    }
    return text;
  };

  const replaceUses = (text: string): string => {
    let out = '';
    let from = 0;
    for (let start = text.indexOf('var(', from); start !== -1; start = text.indexOf('var(', from)) {
      let depth = 0;
      let end = start + 3;
      for (; end < text.length; end++) {
        if (text[end] === '(') depth++;
        else if (text[end] === ')' && --depth === 0) break;
      }
      out += text.slice(from, start) + evaluate(text.slice(start, end + 1), 0);
      from = end + 1;
    }
    return out + text.slice(from);
  };
  return replaceUses(svg.replace(/@import[^;]*;/g, ''));
}

function rgb(color: string): number[] | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return undefined;
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
}

const hex = (c: number[]) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
