import type { Diagnostic } from '../diagnostics.js';
import type { TranslationDiff } from '../diff/types.js';
import { diffCaption, omittedNote, titleChange } from '../report/diff.js';
import { driftText, verdict } from '../report/markdown.js';
import type { Report, ReportRow } from '../report/model.js';
import { filesWithErrors, rowKind, type RowKind } from '../report/rows.js';
import { plural } from '../report/plural.js';
import { sourceFileOf } from '../shared/locale-suffix.js';
import { relativeUrl, type PreviewDoc, type PreviewSite } from './site.js';

/** Escapes text for HTML content and double-quoted attributes alike. */
export function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export type Tone = 'create' | 'update' | 'unchanged' | 'drifted' | 'error' | 'offline';

/** What a publish would do to one page, in words. */
export interface Banner {
  tone: Tone;
  headline: string;
  details: string[];
}

const TONE_OF_KIND: Record<RowKind, Tone> = {
  error: 'error',
  drifted: 'drifted',
  create: 'create',
  update: 'update',
  translation: 'update',
  attachments: 'update',
  archive: 'update',
  rendered: 'offline',
  unchanged: 'unchanged',
};

const BADGE_TEXT: Record<Tone, string> = {
  create: 'new',
  update: 'changes',
  unchanged: 'unchanged',
  drifted: 'edited in Guide',
  error: 'errors',
  offline: 'not compared',
};

const LEGEND_TEXT: Record<Tone, (n: number) => string> = {
  create: (n) => `${n} new`,
  update: (n) => `${n} with changes`,
  unchanged: (n) => `${n} unchanged`,
  drifted: (n) => `${n} edited in Guide`,
  error: (n) => `${n} with errors`,
  offline: (n) => `${n} not compared`,
};

const sameArticle = (d: Diagnostic, doc: PreviewDoc) => d.file === doc.doc.file || sourceFileOf(d.file) === doc.article.file;

/** The tone of an article on the index: what its report row says, or an error when it has none. */
export function toneOf(row: ReportRow | undefined, report: Report): Tone {
  if (!row) return report.offline && !report.diagnostics.some((d) => d.severity === 'error') ? 'offline' : 'error';
  return TONE_OF_KIND[rowKind(row, filesWithErrors(report.diagnostics))];
}

/**
 * What a publish would do to this article in this locale: create, update (the diff follows),
 * unchanged, or edited in Guide, with what `on-drift` makes of it; "not compared" without
 * credentials, and the file's own errors when it has any.
 */
export function bannerOf(doc: PreviewDoc, row: ReportRow | undefined, report: Report): Banner {
  const errors = report.diagnostics.filter((d) => d.severity === 'error' && sameArticle(d, doc));
  const elsewhere =
    report.blocked && !errors.length
      ? ['The docs have errors elsewhere (see the index): a publish would stop before writing anything.']
      : [];
  const tone = toneOf(row, report);
  if (tone === 'error' || errors.length) {
    return {
      tone: 'error',
      headline: errors.length
        ? `Not publishable as it is: ${plural(errors.length, 'error')} in this article's files`
        : 'Not publishable as it is: the docs have errors',
      details: errors.map((d) => `${where(d)} ${d.message}${d.hint ? ` (${d.hint})` : ''}`),
    };
  }
  if (!row || tone === 'offline') {
    return {
      tone: 'offline',
      headline: 'Not compared with Zendesk',
      details: ['No Zendesk credentials were given, so this shows how the file renders, not what a publish would change.', ...elsewhere],
    };
  }
  const c = row.changes;
  const locale = doc.locale;
  if (row.drifted.includes(locale) || (tone === 'drifted' && row.action === 'skip')) {
    const drift = driftText(row, report);
    return {
      tone: 'drifted',
      headline: 'Edited in Guide since the last publish',
      details: [drift.charAt(0).toUpperCase() + drift.slice(1), ...elsewhere],
    };
  }
  if (row.action === 'create') {
    const isSource = doc.doc === doc.article;
    return {
      tone: 'create',
      headline: isSource ? 'Publish would create this article' : 'Publish would create this article, with this translation',
      details: [...row.reasons, ...elsewhere],
    };
  }
  if (c?.translationsAdded.includes(locale)) return { tone: 'create', headline: 'Publish would add this translation', details: elsewhere };
  if (c?.translationsUpdated.includes(locale)) {
    const diff = row.diffs?.some((d) => d.locale === locale);
    return {
      tone: 'update',
      headline: 'Publish would update this translation',
      details: [...reasonsFor(row, locale), ...(diff ? ['The text that changes is below.'] : []), ...elsewhere],
    };
  }
  if (row.action === 'update' && c) {
    return {
      tone: 'update',
      headline: 'Publish would update this article; this translation stays as it is',
      details: [...row.reasons, ...elsewhere],
    };
  }
  return { tone: 'unchanged', headline: 'Unchanged: publish would not touch it', details: elsewhere };
}

/** The reasons that concern one locale ("body changed (fr)"), and those that concern every locale. */
function reasonsFor(row: ReportRow, locale: string): string[] {
  return row.reasons.filter((r) => !/\([a-z]{2,3}(?:-[a-z0-9]{2,4})?(?:, [a-z-]+)*\)$/i.test(r) || r.endsWith(`(${locale})`));
}

const where = (d: Diagnostic) => [d.file, d.line, d.line ? d.column : undefined].filter((p) => p !== undefined).join(':');

let displayNames: Intl.DisplayNames | undefined;
/** "French (fr)"; the code alone when the runtime does not know it. */
export function localeName(locale: string): string {
  try {
    displayNames ??= new Intl.DisplayNames(['en'], { type: 'language' });
    const name = displayNames.of(locale);
    return name && name.toLowerCase() !== locale.toLowerCase() ? `${name} (${locale})` : locale;
  } catch {
    return locale;
  }
}

function layout(options: { page: string; title: string; body: string }): string {
  const up = (to: string) => relativeUrl(options.page, to);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(options.title)} – Help Center preview</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${up('assets/style.css')}">
</head>
<body>
<header class="header"><div class="header-inner">
<a class="logo" href="${up('index.html')}"><span class="logo-mark">?</span>Help Center</a>
<span class="preview-tag" title="Generated by zendesk-guide-publisher preview; nothing here is live">Preview</span>
</div></header>
${options.body}
<footer class="footer"><div class="container">A preview made by <code>zendesk-guide-publisher preview</code> from the Markdown in this repository: nothing here is live. The body of each article is what a publish writes to Guide; the page around it only imitates a help center theme.</div></footer>
</body>
</html>
`;
}

function diffHtml(d: TranslationDiff, report: Report): string {
  const lines = d.lines
    .map((l) => `<span class="${l.op === '-' ? 'del' : l.op === '+' ? 'ins' : 'ctx'}">${html(`${l.op} ${l.text}`)}</span>`)
    .join('');
  const title = titleChange(d);
  const more = omittedNote(d);
  return `<details class="diff" open>
<summary>The text that changes (${html(d.locale)})</summary>
<p class="diff-caption">${html(diffCaption(d, report.onDrift))}</p>
${title ? `<p class="diff-title">${html(title)}</p>` : ''}
${lines ? `<div class="diff-lines">${lines}</div>` : ''}
${more ? `<p class="diff-more">${html(more)}</p>` : ''}
</details>`;
}

/** An article page: breadcrumbs, banner, title, labels, locale switcher, the diff, the body, its section. */
export function articlePage(doc: PreviewDoc, site: PreviewSite): string {
  const row = site.rows.get(doc.article.key);
  const banner = bannerOf(doc, row, site.report);
  const siblings = site.byArticle.get(doc.article.key) ?? [doc];
  const section = site.sections.find((s) => s.articles.includes(doc.article));
  const link = (to: string) => relativeUrl(doc.page, to);
  const pageIn = (a: PreviewDoc['article']) => {
    const docs = site.byArticle.get(a.key) ?? [];
    return docs.find((d) => d.locale === doc.locale) ?? docs[0];
  };
  const crumbs = [
    `<li><a href="${link('index.html')}">Help Center</a></li>`,
    ...(section?.category
      ? [`<li>${html(section.category)}</li>`]
      : section?.folder
        ? [`<li><code>${html(section.folder)}</code></li>`]
        : []),
    ...(section ? [`<li>${html(section.name)}</li>`] : []),
  ].join('');
  const labels = (doc.article.meta.labels ?? []).map((l) => `<li class="label">${html(l)}</li>`).join('');
  const switcher = siblings
    .map((d) =>
      d === doc
        ? `<span class="current" lang="${html(d.locale)}">${html(localeName(d.locale))}</span>`
        : `<a href="${link(d.page)}" lang="${html(d.locale)}" hreflang="${html(d.locale)}">${html(localeName(d.locale))}</a>`,
    )
    .join('');
  const diffs = (row?.diffs ?? []).filter((d) => d.locale === doc.locale).map((d) => diffHtml(d, site.report));
  const sidebar = (section?.articles ?? [])
    .map((a) => {
      const target = pageIn(a);
      if (!target) return '';
      return `<li${a === doc.article ? ' class="current"' : ''}><a href="${link(target.page)}">${html(target.title)}</a></li>`;
    })
    .join('');
  const body = `<main class="container">
<ol class="breadcrumbs">${crumbs}</ol>
<div class="article-layout">
<article>
<header class="article-header">
<div class="banner banner-${banner.tone}" role="status"><strong>${html(banner.headline)}</strong>${
    banner.details.length === 1
      ? `<p>${html(banner.details[0]!)}</p>`
      : banner.details.length
        ? `<ul>${banner.details.map((d) => `<li>${html(d)}</li>`).join('')}</ul>`
        : ''
  }</div>
<h1 lang="${html(doc.locale)}">${html(doc.title)}</h1>
<div class="article-meta">${labels ? `<ul class="labels" aria-label="Labels">${labels}</ul>` : ''}<nav class="locales" aria-label="Languages">${switcher}</nav></div>
</header>
${diffs.join('\n')}
<div class="article-body" lang="${html(doc.locale)}">
${doc.html}
</div>
<p class="source-file">Source: <code>${html(doc.doc.file)}</code></p>
</article>
<aside class="sidebar"><h2>Articles in this section</h2><ul>${sidebar}</ul></aside>
</div>
</main>`;
  return layout({ page: doc.page, title: doc.title, body });
}

/** The index: the verdict, the problems with file:line, then categories and sections as Guide lists them. */
export function indexPage(site: PreviewSite): string {
  const page = 'index.html';
  const { report } = site;
  const tones = new Map<Tone, number>();
  const cards = new Map<string, string[]>();
  for (const s of site.sections) {
    const items = s.articles.map((a) => {
      const docs = site.byArticle.get(a.key) ?? [];
      const main = docs[0];
      if (!main) return '';
      const tone = toneOf(site.rows.get(a.key), report);
      tones.set(tone, (tones.get(tone) ?? 0) + 1);
      const others = docs
        .slice(1)
        .map((d) => `<a href="${relativeUrl(page, d.page)}" hreflang="${html(d.locale)}">${html(d.locale)}</a>`)
        .join('');
      return `<li><a class="title" href="${relativeUrl(page, main.page)}">${html(main.title)}</a>${
        others ? `<span class="other-locales">also in${others}</span>` : ''
      }<span class="badge badge-${tone}">${html(BADGE_TEXT[tone])}</span></li>`;
    });
    const heading = s.category ?? s.folder ?? '';
    cards.set(heading, [
      ...(cards.get(heading) ?? []),
      `<section class="section-card"><h3>${html(s.name)}</h3><ul>${items.join('')}</ul></section>`,
    ]);
  }
  const categories = [...cards.entries()]
    .map(([heading, sections]) => {
      const isFolder = !site.sections.some((s) => s.category === heading);
      const title = isFolder
        ? `<h2><code>${html(heading)}</code></h2><p>Folder; its category is read from Zendesk when credentials are given.</p>`
        : `<h2>${html(heading)}</h2>`;
      return `<section class="category">${title}<div class="sections">${sections.join('')}</div></section>`;
    })
    .join('\n');
  const legend = [...tones.entries()].map(([tone, n]) => `<span class="badge badge-${tone}">${html(LEGEND_TEXT[tone](n))}</span>`).join('');
  const body = `<div class="hero"><div class="container">
<h1>Preview of <code>${html(site.docsPath)}</code></h1>
<p>${html(plural(site.byArticle.size, 'article'))} in ${html(plural(new Set(site.docs.map((d) => d.locale)).size, 'locale'))}, as they would look in the help center.</p>
<p class="verdict">${html(verdict(report).replace(/^\S+ /, ''))}</p>
<div class="legend">${legend}</div>
${problems(report)}
</div></div>
<main class="container"><div class="categories">
${categories}
</div></main>`;
  return layout({ page, title: 'Help Center', body });
}

function problems(report: Report): string {
  if (!report.diagnostics.length) return '';
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = report.diagnostics.length - errors;
  const heading = [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ');
  const items = report.diagnostics
    .map(
      (d) =>
        `<li>${d.severity === 'error' ? '❌' : '⚠️'} <code>${html(where(d))}</code> ${html(d.message)}${d.hint ? ` <em>(${html(d.hint)})</em>` : ''}</li>`,
    )
    .join('');
  return `<section id="problems" class="problems${errors ? '' : ' warnings-only'}"><h2>${html(heading)}${
    errors ? ': a publish would stop before writing anything; the pages below render what they can' : ''
  }</h2><ul>${items}</ul></section>`;
}
