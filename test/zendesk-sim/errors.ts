// Zendesk-shaped error answers. Handlers and the store throw HttpError; the server turns it
// into a JSON answer, so every failure looks like what Zendesk sends.

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}`);
  }
}

export interface FieldError {
  description: string;
  error: string;
}

export type ErrorDetails = Record<string, FieldError[]>;

export function notFound(): HttpError {
  return new HttpError(404, { error: 'RecordNotFound', description: 'Not found' });
}

export function unauthenticated(): HttpError {
  return new HttpError(401, { error: "Couldn't authenticate you" });
}

export function forbidden(): HttpError {
  return new HttpError(403, {
    error: 'Forbidden',
    description: 'You do not have access to this page. Please contact the account owner of this help desk for further help.',
  });
}

export function badRequest(error: string, description: string): HttpError {
  return new HttpError(400, { error, description });
}

export function recordInvalid(details: ErrorDetails, status = 400): HttpError {
  return new HttpError(status, {
    error: 'RecordInvalid',
    description: 'Record validation errors',
    details,
  });
}

/** Collects field errors so one answer reports all of them, as Zendesk does. */
export class Validation {
  readonly details: ErrorDetails = {};

  add(field: string, error: string, message: string): void {
    const label = humanize(field);
    (this.details[field] ??= []).push({ description: `${label}: ${message}`, error });
  }

  blank(field: string): void {
    this.add(field, 'BlankValue', 'cannot be blank');
  }

  invalid(field: string, message = 'is invalid'): void {
    this.add(field, 'InvalidValue', message);
  }

  get ok(): boolean {
    return Object.keys(this.details).length === 0;
  }

  throwIfAny(status = 400): void {
    if (!this.ok) throw recordInvalid(this.details, status);
  }
}

function humanize(field: string): string {
  const words = field.replace(/_id$/, ' id').replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
