/**
 * The preview's one stylesheet, written into the site so it needs no network: the layout and
 * typography of a Help Center article page (after Zendesk's default theme, Copenhagen), the
 * alerts and task marks the renderer produces, the status banners, the text diff, and colours
 * for highlight.js's token classes (GitHub's light palette).
 */
export const STYLESHEET = `
:root {
  --text: #2f3941; --muted: #68737d; --line: #d8dcde; --soft: #f8f9f9; --brand: #17494d; --link: #1f73b7;
  --create: #038153; --create-bg: #edf8f4; --update: #1f73b7; --update-bg: #edf7ff; --unchanged: #68737d;
  --unchanged-bg: #f8f9f9; --drift: #ad5918; --drift-bg: #fff7ed; --error: #cc3340; --error-bg: #fff0f1;
  --offline: #5c6970; --offline-bg: #f3f5f6;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; color: var(--text); background: #fff; line-height: 1.5; font-size: 15px;
  font-family: system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif;
}
a { color: var(--link); text-decoration: none; }
a:hover, a:focus { text-decoration: underline; }
.header { background: var(--brand); color: #fff; }
.header-inner, .container { max-width: 1160px; margin: 0 auto; padding: 0 24px; }
.header-inner { display: flex; align-items: center; justify-content: space-between; height: 64px; }
.logo { color: #fff; font-weight: 600; font-size: 18px; display: flex; align-items: center; gap: 10px; }
.logo:hover { text-decoration: none; }
.logo-mark { width: 28px; height: 28px; border-radius: 6px; background: #fff; color: var(--brand); display: grid; place-items: center; font-weight: 700; }
.preview-tag { font-size: 12px; font-weight: 600; letter-spacing: .04em; text-transform: uppercase; border: 1px solid rgba(255,255,255,.5); border-radius: 999px; padding: 2px 10px; }
.hero { background: var(--soft); border-bottom: 1px solid var(--line); padding: 40px 0 32px; }
.hero h1 { margin: 0 0 8px; font-size: 32px; font-weight: 600; }
.hero p { margin: 0; color: var(--muted); }
.verdict { margin-top: 12px !important; color: var(--text) !important; }
.legend { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 16px; }
.breadcrumbs { list-style: none; margin: 24px 0 0; padding: 0; display: flex; flex-wrap: wrap; font-size: 13px; color: var(--muted); }
.breadcrumbs li + li::before { content: "›"; margin: 0 8px; }
.breadcrumbs a { color: var(--muted); }
.article-layout { display: grid; grid-template-columns: minmax(0, 1fr) 260px; gap: 48px; margin: 24px 0 64px; }
@media (max-width: 900px) { .article-layout { grid-template-columns: 1fr; } }
.sidebar h2 { font-size: 15px; margin: 0 0 12px; }
.sidebar ul { list-style: none; padding: 0; margin: 0; }
.sidebar li { padding: 6px 0; border-bottom: 1px solid #eef0f1; font-size: 14px; }
.sidebar li.current a { color: var(--text); font-weight: 600; }
.article-header h1 { font-size: 32px; line-height: 1.25; margin: 16px 0 12px; font-weight: 600; }
.article-meta { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; color: var(--muted); font-size: 13px; margin-bottom: 24px; }
.labels { display: flex; flex-wrap: wrap; gap: 6px; margin: 0; padding: 0; list-style: none; }
.label { background: #e9ebed; color: var(--text); border-radius: 4px; padding: 1px 8px; font-size: 12px; }
.locales { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; }
.locales a, .locales span.current { border: 1px solid var(--line); border-radius: 4px; padding: 1px 8px; font-size: 12px; }
.locales span.current { background: var(--text); border-color: var(--text); color: #fff; }
.banner { border: 1px solid; border-left-width: 4px; border-radius: 4px; padding: 12px 16px; margin: 8px 0 24px; font-size: 14px; }
.banner strong { display: block; margin-bottom: 2px; }
.banner p { margin: 4px 0 0; }
.banner ul { margin: 6px 0 0; padding-left: 20px; }
.banner-create { color: var(--create); background: var(--create-bg); }
.banner-update { color: var(--update); background: var(--update-bg); }
.banner-unchanged { color: var(--unchanged); background: var(--unchanged-bg); }
.banner-drifted { color: var(--drift); background: var(--drift-bg); }
.banner-error { color: var(--error); background: var(--error-bg); }
.banner-offline { color: var(--offline); background: var(--offline-bg); }
.banner > * { color: var(--text); }
.banner > strong { color: inherit; }
.badge { display: inline-block; border-radius: 999px; padding: 1px 9px; font-size: 12px; font-weight: 600; border: 1px solid; white-space: nowrap; }
.badge-create { color: var(--create); background: var(--create-bg); }
.badge-update { color: var(--update); background: var(--update-bg); }
.badge-unchanged { color: var(--unchanged); background: var(--unchanged-bg); }
.badge-drifted { color: var(--drift); background: var(--drift-bg); }
.badge-error { color: var(--error); background: var(--error-bg); }
.badge-offline { color: var(--offline); background: var(--offline-bg); }
.diff { margin: 0 0 28px; border: 1px solid var(--line); border-radius: 4px; }
.diff summary { cursor: pointer; padding: 8px 12px; font-size: 14px; font-weight: 600; background: var(--soft); }
.diff-caption { margin: 0; padding: 8px 12px 0; font-size: 13px; color: var(--muted); }
.diff-title { margin: 0; padding: 8px 12px 0; font-size: 14px; }
.diff-lines { margin: 8px 0 0; padding: 8px 0; font: 13px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: pre-wrap; word-break: break-word; border-top: 1px solid var(--line); }
.diff-lines span { display: block; padding: 0 12px; }
.diff-lines .del { background: #ffebe9; color: #82071e; }
.diff-lines .ins { background: #dafbe1; color: #116329; }
.diff-lines .ctx { color: var(--muted); }
.diff-more { margin: 0; padding: 0 12px 8px; font-size: 12px; color: var(--muted); }
.article-body { font-size: 16px; line-height: 1.6; overflow-wrap: break-word; }
.article-body h2 { font-size: 22px; margin: 36px 0 12px; font-weight: 600; }
.article-body h3 { font-size: 18px; margin: 28px 0 10px; font-weight: 600; }
.article-body p, .article-body ul, .article-body ol, .article-body table, .article-body pre, .article-body blockquote { margin: 0 0 16px; }
.article-body li { margin: 4px 0; }
.article-body img { max-width: 100%; height: auto; border: 1px solid var(--line); border-radius: 4px; }
.article-body table { border-collapse: collapse; width: 100%; font-size: 14px; display: block; overflow-x: auto; }
.article-body th, .article-body td { border: 1px solid var(--line); padding: 8px 12px; text-align: left; vertical-align: top; }
.article-body th { background: var(--soft); font-weight: 600; }
.article-body code { font: 13.5px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f3f4f5; border-radius: 3px; padding: 1px 4px; }
.article-body pre { background: #f6f8fa; border: 1px solid #e6e9eb; border-radius: 4px; padding: 12px 16px; overflow-x: auto; }
.article-body pre code { background: none; padding: 0; font-size: 13px; line-height: 1.5; }
.article-body blockquote { border-left: 4px solid var(--line); padding: 0 16px; color: var(--muted); }
.article-body ul.contains-task-list { list-style: none; padding-left: 4px; }
.zgp-task { margin-right: 6px; }
.zgp-task-done { color: var(--create); }
.zgp-alert { border-left: 4px solid; border-radius: 4px; padding: 10px 16px; margin: 0 0 16px; }
.zgp-alert > :last-child { margin-bottom: 0; }
.zgp-alert-title { font-weight: 600; margin: 0 0 4px !important; }
.zgp-alert-note { border-color: #1f73b7; background: #edf7ff; }
.zgp-alert-tip { border-color: #038153; background: #edf8f4; }
.zgp-alert-important { border-color: #6a27b8; background: #f6f0fd; }
.zgp-alert-warning { border-color: #ad5918; background: #fff7ed; }
.zgp-alert-caution { border-color: #cc3340; background: #fff0f1; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.footnotes { border-top: 1px solid var(--line); margin-top: 32px; padding-top: 8px; font-size: 14px; }
.source-file { margin-top: 40px; padding-top: 16px; border-top: 1px solid var(--line); color: var(--muted); font-size: 13px; }
.categories { display: grid; gap: 40px; margin: 40px 0 64px; }
.category h2 { font-size: 22px; margin: 0 0 4px; font-weight: 600; }
.category > p { margin: 0 0 16px; color: var(--muted); font-size: 14px; }
.sections { display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: 20px; }
.section-card { border: 1px solid var(--line); border-radius: 6px; padding: 16px 20px; }
.section-card h3 { font-size: 16px; margin: 0 0 10px; font-weight: 600; }
.section-card ul { list-style: none; margin: 0; padding: 0; }
.section-card li { padding: 7px 0; border-top: 1px solid #eef0f1; display: flex; align-items: baseline; gap: 8px; font-size: 14px; }
.section-card li .title { flex: 1 1 0; min-width: 0; }
.other-locales { font-size: 12px; color: var(--muted); }
.other-locales a { margin-left: 4px; }
.problems { margin: 32px 0 0; border: 1px solid var(--error); border-radius: 6px; background: var(--error-bg); padding: 16px 20px; }
.problems.warnings-only { border-color: var(--drift); background: var(--drift-bg); }
.problems h2 { font-size: 16px; margin: 0 0 8px; }
.problems ul { margin: 0; padding-left: 20px; font-size: 14px; }
.problems li { margin: 4px 0; }
.problems code { font: 13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.footer { border-top: 1px solid var(--line); color: var(--muted); font-size: 13px; padding: 24px 0 40px; }
.hljs { color: #24292e; }
.hljs-doctag, .hljs-keyword, .hljs-meta .hljs-keyword, .hljs-template-tag, .hljs-template-variable, .hljs-type, .hljs-variable.language_ { color: #d73a49; }
.hljs-title, .hljs-title.class_, .hljs-title.class_.inherited__, .hljs-title.function_ { color: #6f42c1; }
.hljs-attr, .hljs-attribute, .hljs-literal, .hljs-meta, .hljs-number, .hljs-operator, .hljs-variable, .hljs-selector-attr, .hljs-selector-class, .hljs-selector-id { color: #005cc5; }
.hljs-regexp, .hljs-string, .hljs-meta .hljs-string { color: #032f62; }
.hljs-built_in, .hljs-symbol { color: #e36209; }
.hljs-comment, .hljs-code, .hljs-formula { color: #6a737d; }
.hljs-name, .hljs-quote, .hljs-selector-tag, .hljs-selector-pseudo { color: #22863a; }
.hljs-subst { color: #24292e; }
.hljs-section { color: #005cc5; font-weight: 700; }
.hljs-bullet { color: #735c0f; }
.hljs-emphasis { font-style: italic; }
.hljs-strong { font-weight: 700; }
.hljs-addition { color: #22863a; background-color: #f0fff4; }
.hljs-deletion { color: #b31d28; background-color: #ffeef0; }
`;

/** Shown where a referenced image could not be read (the index lists why). */
export const MISSING_IMAGE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="120" viewBox="0 0 320 120"><rect width="320" height="120" fill="#fff0f1" stroke="#cc3340"/><text x="160" y="66" font-family="sans-serif" font-size="14" fill="#cc3340" text-anchor="middle">image not found (see the problems on the index)</text></svg>`;
