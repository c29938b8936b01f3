import { defaultSchema } from 'rehype-sanitize';
import type { Options as SanitizeSchema } from 'rehype-sanitize';

/**
 * Zendesk's "Supported HTML" for articles (Guide quarantines the rest unless "Display unsafe
 * content" is on). `iframe` is left out: Guide accepts it only from domains an admin allowlists,
 * which this tool cannot know; `allow_unsafe_html` is the way to publish one.
 */
export const GUIDE_TAGS = [
  'a',
  'abbr',
  'address',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'img',
  'ins',
  'kbd',
  'li',
  'ol',
  'p',
  'pre',
  'samp',
  'small',
  'source',
  'span',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'track',
  'ul',
  'var',
  'video',
];

/** Removed with everything inside them, not just unwrapped: their text is code, not prose. */
export const STRIPPED_TAGS = ['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'textarea', 'select'];

const ARIA = [
  'ariaLabel',
  'ariaLabelledBy',
  'ariaDescribedBy',
  'ariaDescription',
  'ariaDetails',
  'ariaHidden',
  'ariaLive',
  'ariaAtomic',
  'ariaCurrent',
  'ariaExpanded',
  'ariaControls',
  'ariaHasPopup',
  'ariaLevel',
  'ariaRoleDescription',
];

/**
 * What survives in an article body. Staying inside Guide's list means what we send is what it
 * stores, so "unchanged" can be detected, and what a reader sees is what the writer previewed.
 * Starting from GitHub's schema (the rehype-sanitize default) keeps `<script>`, `on*` handlers
 * and `javascript:` URLs out.
 */
export const guideSchema: SanitizeSchema = {
  ...defaultSchema,
  // Heading ids are added after sanitizing, so no clobber prefix is needed for them; ids written
  // by hand keep their value too (Guide allows `id`). Footnote ids carry remark's own prefix.
  clobberPrefix: '',
  clobber: [],
  strip: STRIPPED_TAGS,
  tagNames: GUIDE_TAGS,
  attributes: {
    // Guide's global attributes: id, class, aria-*, data-*, title. The sanitizer has a wildcard
    // for data-* only, so the aria-* attributes are listed.
    '*': ['id', 'className', 'title', 'data*', ...ARIA],
    a: ['href', 'target', 'rel', 'name'],
    img: ['src', 'alt', 'width', 'height'],
    td: ['align', 'colSpan', 'rowSpan'],
    th: ['align', 'colSpan', 'rowSpan', 'scope'],
    col: ['span', 'width'],
    colgroup: ['span', 'width'],
    ol: ['start', 'reversed', 'type'],
    video: ['src', 'controls', 'width', 'height', 'poster', 'loop', 'muted', 'autoPlay', 'playsInline', 'preload'],
    source: ['src', 'type'],
    track: ['src', 'kind', 'srcLang', 'label', 'default'],
    blockquote: ['cite'],
    del: ['cite', 'dateTime'],
    ins: ['cite', 'dateTime'],
  },
  protocols: {
    href: ['http', 'https', 'mailto', 'ftp', 'sftp', 'sms', 'tel'],
    src: ['http', 'https'],
    poster: ['http', 'https'],
    cite: ['http', 'https'],
  },
  required: {},
};
