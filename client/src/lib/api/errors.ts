import { t } from '../i18n/i18n.svelte.js';

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface ErrorBody {
  code?: unknown;
  message?: unknown;
  details?: unknown;
}

/** An ApiError from an error response body `{ code, message, details }`. */
export function toApiError(body: unknown, status: number): ApiError {
  const { code, message, details } = (typeof body === 'object' && body !== null ? body : {}) as ErrorBody;
  const text = Array.isArray(message) ? message.join(' ') : typeof message === 'string' ? message : '';
  return new ApiError(
    typeof code === 'string' ? code : `HTTP_${status}`,
    text || t(status === 403 ? 'error.forbidden' : 'error.unknown'),
    status,
    details,
  );
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Awaits an openapi-fetch call and returns its data, or throws an ApiError carrying the server's code and message. */
export async function call<T>(request: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await request;
  } catch (cause) {
    throw new ApiError('NETWORK_ERROR', t('error.network'), 0, cause);
  }
  if (!result.response.ok) throw toApiError(result.error, result.response.status);
  return result.data as T;
}

/** The message to show for anything thrown by an API call. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return t('error.unknown');
}

export function errorCode(error: unknown): string | undefined {
  return error instanceof ApiError ? error.code : undefined;
}
