import { ProblemSchema } from '@choral/contracts';
import type { ZodType } from 'zod';
import { ApiError, clientErrorCodes } from './api-error';
import { csrfToken } from './csrf-token';

/** A path under `/api`, written without that prefix: `/health`, `/factures/42`. */
export type ApiPath = `/${string}`;
export type QueryValue = string | number | boolean | null | undefined;
export type ApiQuery = Readonly<Record<string, QueryValue | readonly QueryValue[]>>;

export type ApiRequestOptions = {
  query?: ApiQuery;
  headers?: Readonly<Record<string, string>>;
  signal?: AbortSignal;
};

type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const API_PREFIX = '/api';

export function apiUrl(path: ApiPath, query?: ApiQuery): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    const values: readonly QueryValue[] = Array.isArray(value) ? value : [value as QueryValue];
    for (const item of values) {
      if (item !== undefined && item !== null) search.append(key, String(item));
    }
  }
  const qs = search.toString();
  return `${API_PREFIX}${path}${qs ? `?${qs}` : ''}`;
}

async function send(
  method: HttpMethod,
  path: ApiPath,
  body: unknown,
  options: ApiRequestOptions = {},
): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (method !== 'GET') headers['X-CSRF-Token'] = csrfToken.get();
  const init: RequestInit = { method, credentials: 'same-origin', headers };
  if (body !== undefined) {
    if (body instanceof FormData) init.body = body;
    else {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
  }
  Object.assign(headers, options.headers);
  if (options.signal) init.signal = options.signal;

  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkError(error);
  }
  if (!response.ok) throw toApiError(response.status, await response.json().catch(() => undefined));
  return response;
}

/** A non-2xx answer: a problem document when the API sent one, a generic error otherwise. */
function toApiError(status: number, body: unknown): ApiError {
  const problem = ProblemSchema.safeParse(body);
  if (problem.success) return ApiError.fromProblem(problem.data);
  return new ApiError({
    status,
    code: clientErrorCodes.unexpectedResponse,
    title: 'Réponse inattendue du serveur',
    detail: `Le serveur a répondu de façon inattendue (HTTP ${status}). Réessayez plus tard.`,
    body,
  });
}

function checkBody<T>(status: number, body: unknown, schema: ZodType<T>): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw new ApiError({
    status,
    code: clientErrorCodes.unexpectedResponse,
    title: 'Réponse inattendue du serveur',
    detail: 'La réponse du serveur ne correspond pas au format attendu.',
    cause: result.error,
  });
}

async function parseBody<T>(response: Response, schema: ZodType<T>): Promise<T> {
  return checkBody(response.status, await response.json().catch(() => undefined), schema);
}

const networkError = (cause: unknown) =>
  new ApiError({
    status: 0,
    code: clientErrorCodes.network,
    title: 'Serveur injoignable',
    detail: 'Impossible de joindre le serveur. Vérifiez votre connexion puis réessayez.',
    cause,
  });

export type UploadOptions = {
  /** Called as the request body goes out: bytes sent and total (the answer may take longer). */
  onProgress?: (sent: number, total: number) => void;
  signal?: AbortSignal;
};

/**
 * POST of a multipart form with XMLHttpRequest: `fetch` does not report upload progress.
 * Same headers, problem documents and schema check as the other calls.
 */
function upload<T>(
  path: ApiPath,
  form: FormData,
  schema: ZodType<T>,
  options: UploadOptions = {},
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(path));
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('X-CSRF-Token', csrfToken.get());
    xhr.responseType = 'json';
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded, event.total);
    });
    xhr.addEventListener('load', () => {
      const body: unknown = xhr.response ?? undefined;
      try {
        if (xhr.status < 200 || xhr.status >= 300) throw toApiError(xhr.status, body);
        resolve(checkBody(xhr.status, body, schema));
      } catch (error) {
        reject(error);
      }
    });
    xhr.addEventListener('error', () => reject(networkError(undefined)));
    xhr.addEventListener('abort', () => reject(new DOMException('Envoi interrompu.', 'AbortError')));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

/**
 * Typed access to the portal API (same origin, session cookie, JSON).
 * Every answer is checked against its schema; every failure is thrown as an `ApiError`.
 */
export const apiClient = {
  async get<T>(path: ApiPath, schema: ZodType<T>, options?: ApiRequestOptions): Promise<T> {
    return parseBody(await send('GET', path, undefined, options), schema);
  },
  async post<T>(path: ApiPath, body: unknown, schema: ZodType<T>, options?: ApiRequestOptions): Promise<T> {
    return parseBody(await send('POST', path, body, options), schema);
  },
  async put<T>(path: ApiPath, body: unknown, schema: ZodType<T>, options?: ApiRequestOptions): Promise<T> {
    return parseBody(await send('PUT', path, body, options), schema);
  },
  async patch<T>(path: ApiPath, body: unknown, schema: ZodType<T>, options?: ApiRequestOptions): Promise<T> {
    return parseBody(await send('PATCH', path, body, options), schema);
  },
  /** A deletion that answers the updated resource. */
  async delete<T>(path: ApiPath, schema: ZodType<T>, options?: ApiRequestOptions): Promise<T> {
    return parseBody(await send('DELETE', path, undefined, options), schema);
  },
  /** A file upload (multipart form) whose progress can be shown. */
  upload,
  /** For calls answered without a body (204) or whose body is not needed. */
  async send(method: HttpMethod, path: ApiPath, body?: unknown, options?: ApiRequestOptions): Promise<void> {
    await send(method, path, body, options);
  },
};
