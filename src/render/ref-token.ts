/**
 * How a rendered body marks a local reference until the planner knows its final URL. Kept apart
 * from the renderer so the planner can read tokens without loading the Markdown toolchain.
 */
export const refToken = (index: number): string => `zgp-ref:${index}`;

/** Matches every token; the capture is the reference's index. */
export const REF_TOKEN = /zgp-ref:(\d+)/g;

/** How a diagram's image is recorded in a marker's references, by its hash (plan/reuse.ts reads it back). */
export const DIAGRAM_REF = 'zgp-diagram:';
