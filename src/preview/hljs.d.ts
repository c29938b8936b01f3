/** The part of highlight.js the preview uses (see hljs.js for why the types are ours). */
interface Highlighter {
  getLanguage(name: string): object | undefined;
  highlight(code: string, options: { language: string; ignoreIllegals?: boolean }): { value: string };
}

declare const hljs: Highlighter;
export default hljs;
