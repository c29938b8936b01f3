/**
 * Unicode's bidirectional controls (U+202E RIGHT-TO-LEFT OVERRIDE, the embeddings, isolates and
 * marks): text holding them displays in another order than it reads, so a title or file name
 * could show a reviewer something other than what it says. Every kind of text from the files or
 * from Guide passes through one of the two functions below before it reaches GitHub.
 */
const BIDI_CONTROLS = /\p{Bidi_Control}/gu;

/** Each bidirectional control as its visible code point, `⟨U+202E⟩`: for titles, names, messages. */
export function showBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

/**
 * The last guard on a whole document (comment, summary, issue): any bidirectional control left
 * becomes U+FFFD, one UTF-16 unit for one, so a body already fitted to GitHub's limit still fits.
 */
export function stripBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '\uFFFD');
}

/**
 * Titles, file names and messages come from the pull request, so they are escaped before they
 * reach a comment: no raw HTML (a fake marker, an image beacon), no table breakage, no @mentions,
 * no bidirectional controls.
 */
export function escapeText(text: string): string {
  return (
    showBidi(text)
      .replace(/\r?\n/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_[\]|#~])/g, '\\$1')
      // A zero-width space after @ keeps "@team" readable without notifying anyone.
      .replace(/@/g, '@&#8203;')
  );
}

/** A code span that survives any backticks inside it, kept on one line for table cells. */
export function code(text: string): string {
  const flat = showBidi(text).replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Shortens to `max` characters on a word boundary when possible. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut) + '…';
}

/** A Markdown link; the URL's spaces and parentheses are encoded so the link cannot break. */
export function link(label: string, url: string): string {
  return `[${label}](${url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
}

/** `{blobBase}/{file}#L{line}`, each path segment encoded (a `#` in a file name stays a file name). */
export function sourceUrl(blobBase: string, file: string, line?: number): string {
  const encoded = file.split('/').map(encodeURIComponent).join('/');
  return `${blobBase}/${encoded}${line ? `#L${line}` : ''}`;
}
