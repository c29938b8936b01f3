/** An answer from Zendesk that was not a success, with what the server said (never credentials). */
export class ZendeskApiError extends Error {
  override name = 'ZendeskApiError';
  constructor(
    readonly status: number,
    readonly method: string,
    readonly path: string,
    readonly code: string | undefined,
    readonly description: string | undefined,
    readonly details: unknown,
  ) {
    super(ZendeskApiError.describe(status, method, path, code, description, details));
  }

  private static describe(status: number, method: string, path: string, code?: string, description?: string, details?: unknown): string {
    const parts = [`${method} ${path} answered ${status}`];
    if (code) parts.push(code);
    if (description && description !== code) parts.push(description);
    const detail = flattenDetails(details);
    if (detail) parts.push(detail);
    let message = parts.join(': ');
    if (status === 401) message += ' (check the Zendesk credentials; an OAuth client needs the "read write" scope)';
    if (status === 403) message += ' (the Zendesk user behind these credentials needs agent or admin rights for this)';
    return message;
  }
}

/** Zendesk's `details` is `{field: [{description}]}`; one line of it reads better in a report. */
function flattenDetails(details: unknown): string {
  if (!details || typeof details !== 'object') return '';
  const out: string[] = [];
  for (const [field, list] of Object.entries(details as Record<string, unknown>)) {
    if (Array.isArray(list)) {
      for (const item of list) {
        const d = (item as { description?: string })?.description;
        out.push(d ?? `${field} is invalid`);
      }
    }
  }
  return out.join('; ');
}

/** The network failed before any answer (reset, refused, timeout). */
export class ZendeskNetworkError extends Error {
  override name = 'ZendeskNetworkError';
}
