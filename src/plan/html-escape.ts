// Most strings have nothing to escape: test before replacing (these run per text node and
// attribute of every stored body).

/** Escapes text content for HTML. */
export const escapeText = (s: string) =>
  s.includes('&') || s.includes('<') || s.includes('>') ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s;

/** Escapes a value for a double-quoted HTML attribute. */
export const escapeAttr = (s: string) => (s.includes('&') || s.includes('"') ? s.replace(/&/g, '&amp;').replace(/"/g, '&quot;') : s);
