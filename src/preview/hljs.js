// highlight.js, behind types of our own (hljs.d.ts): the package's types reference the DOM
// library, whose fetch and FormData types clash with Node's across the whole program.
export { default } from 'highlight.js/lib/common';
