import { defaultSchema } from 'rehype-sanitize';
import type { Options as SanitizeSchema } from 'rehype-sanitize';

/**
 * What survives in an article body: the subset of Help Center's "supported HTML" that Markdown
 * produces, plus the raw HTML a writer is likely to use. Starting from GitHub's schema (the
 * rehype-sanitize default) keeps `<script>`, `on*` handlers and `javascript:` URLs out. Guide
 * strips more than this on its side; staying inside its list means what we send is what it
 * stores, so "unchanged" can be detected.
 */
export const guideSchema: SanitizeSchema = {
  ...defaultSchema,
  // Heading ids are added after sanitizing, so no clobber prefix is needed for them; ids written
  // by hand keep their value too (Guide allows `id`).
  clobberPrefix: '',
  clobber: [],
  tagNames: [
    ...(defaultSchema.tagNames ?? []).filter((t) => !['input', 'details', 'summary'].includes(t)),
    'figure',
    'figcaption',
    'video',
    'source',
    'track',
    'abbr',
    'address',
    'cite',
    'dfn',
    'small',
    'var',
    'caption',
    'col',
    'colgroup',
    'tfoot',
    'u',
  ],
  attributes: {
    ...defaultSchema.attributes,
    '*': ['id', 'className', 'title', 'ariaLabel', 'ariaHidden', 'ariaDescribedBy', 'dataFootnoteRef', 'dataFootnotes', 'dataFootnoteBackref'],
    a: ['href', 'target', 'rel', 'name', 'title'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    code: [['className', /^language-[\w+#-]+$/]],
    div: ['className'],
    span: ['className'],
    td: ['align', 'colSpan', 'rowSpan'],
    th: ['align', 'colSpan', 'rowSpan', 'scope'],
    video: ['src', 'controls', 'width', 'height', 'poster'],
    source: ['src', 'type'],
    li: ['className'],
    ul: ['className'],
    ol: ['start', 'className'],
  },
  protocols: {
    href: ['http', 'https', 'mailto', 'ftp', 'sftp', 'sms', 'tel'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
  },
};
