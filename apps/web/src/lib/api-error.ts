import type { Problem } from '@choral/contracts';

/** Codes the client gives to failures that did not come with a problem document from the API. */
export const clientErrorCodes = {
  network: 'reseau_indisponible',
  unexpectedResponse: 'reponse_inattendue',
} as const;

type ApiErrorInit = {
  status: number;
  code: string;
  title: string;
  detail: string;
  type?: string;
  requestId?: string | undefined;
  fieldErrors?: Readonly<Record<string, readonly string[]>>;
  /** The decoded body, when the answer was not a problem document. */
  body?: unknown;
  cause?: unknown;
};

/**
 * A failed API call. `status` is the HTTP status (0 when the server could not be reached),
 * `code` is stable and machine-readable, `detail` is French and can be shown to the user,
 * `fieldErrors` lists the messages of each field, keyed by JSON Pointer (`/lignes/0/montant`).
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly type: string;
  readonly requestId: string | undefined;
  readonly fieldErrors: Readonly<Record<string, readonly string[]>>;
  /** The decoded body of an answer that was not a problem document (e.g. a 503 health report). */
  readonly body: unknown;

  constructor(init: ApiErrorInit) {
    super(init.detail, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.type = init.type ?? 'about:blank';
    this.requestId = init.requestId;
    this.fieldErrors = init.fieldErrors ?? {};
    this.body = init.body;
  }

  /** Builds the error from an RFC 9457 problem document answered by the API. */
  static fromProblem(problem: Problem): ApiError {
    const fieldErrors: Record<string, string[]> = {};
    for (const { pointer, detail } of problem.errors ?? []) {
      const messages = fieldErrors[pointer];
      if (messages) messages.push(detail);
      else fieldErrors[pointer] = [detail];
    }
    return new ApiError({
      status: problem.status,
      code: problem.code,
      title: problem.title,
      detail: problem.detail,
      type: problem.type,
      requestId: problem.requestId,
      fieldErrors,
    });
  }

  /** First message for the field at `pointer` (JSON Pointer), if any. */
  fieldError(pointer: string): string | undefined {
    return this.fieldErrors[pointer]?.[0];
  }

  get hasFieldErrors(): boolean {
    return Object.keys(this.fieldErrors).length > 0;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
