import type { ImportResult } from './run.js';

/** The summary an import prints (and the action's log and job summary show). */
export function importSummary(r: ImportResult): string {
  const lines = [
    `Imported ${r.articles} article(s) and ${r.translations} translation(s) via ${r.via}: ${r.written.length} file(s) written, ${r.unchanged} unchanged; ${r.downloads} attachment(s) downloaded; ${r.requests} Zendesk request(s).`,
  ];
  if (r.rawHtml)
    lines.push(`${r.rawHtml} article(s) keep some blocks as raw HTML (tables with merged cells, embeds, callouts, styled text).`);
  if (r.configWritten)
    lines.push('zendesk-guide.yml sets render.allow_unsafe_html: true, so embedded videos and styles publish back as they are.');
  for (const f of r.failedDownloads) lines.push(`download failed: ${f.url} → ${f.file} (${f.message}); the article keeps the Zendesk URL`);
  for (const f of r.lossy) lines.push(`${f}: holds HTML the publisher would sanitize away (render.allow_unsafe_html is off)`);
  if (r.conflicts.length) {
    lines.push(`${r.conflicts.length} file(s) changed since the import wrote them were left as they are (--force overwrites them):`);
    for (const c of r.conflicts) lines.push(`  conflict  ${c}`);
  }
  lines.push(`Next: import --since last brings what changes in Guide from here (export time ${r.endTime}).`);
  return lines.join('\n');
}
