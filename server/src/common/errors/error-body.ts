import { HttpException, HttpStatus } from '@nestjs/common';
import { AppError } from './app-error.js';
import { ERROR_CATALOG, errorMessage, type ErrorCode, type Language } from './error-catalog.js';

export interface ErrorBody {
  code: string;
  message: string;
  details?: unknown;
}

export interface ResolvedError {
  status: number;
  body: ErrorBody;
  unexpected: boolean;
}

const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.NOT_FOUND]: 'ROUTE_NOT_FOUND',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'PAYLOAD_TOO_LARGE',
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'UNSUPPORTED_MEDIA_TYPE',
  [HttpStatus.UNAUTHORIZED]: 'AUTH_REQUIRED',
  [HttpStatus.FORBIDDEN]: 'FORBIDDEN',
};

function fromCode(code: ErrorCode, language: Language, params?: Record<string, string | number>, details?: unknown): ResolvedError {
  const body: ErrorBody = { code, message: errorMessage(code, language, params) };
  if (details !== undefined) body.details = details;
  return { status: ERROR_CATALOG[code].status, body, unexpected: false };
}

/** Maps anything thrown while serving a request to a status and the public error body. Never leaks a stack. */
export function resolveError(error: unknown, language: Language): ResolvedError {
  if (error instanceof AppError) return fromCode(error.code, language, error.params, error.details);
  if (error instanceof HttpException) {
    const status = error.getStatus();
    if (error.cause instanceof SyntaxError) return fromCode('MALFORMED_JSON', language);
    const code = STATUS_CODES[status] ?? (status < 500 ? 'VALIDATION_FAILED' : 'INTERNAL_ERROR');
    return { ...fromCode(code, language), status, unexpected: status >= 500 };
  }
  const candidate = error as { type?: string; status?: number; statusCode?: number };
  if (candidate?.type === 'entity.parse.failed') return fromCode('MALFORMED_JSON', language);
  if (candidate?.type === 'entity.too.large') return fromCode('PAYLOAD_TOO_LARGE', language);
  const status = candidate?.status ?? candidate?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { ...fromCode(STATUS_CODES[status] ?? 'VALIDATION_FAILED', language), status };
  }
  return { ...fromCode('INTERNAL_ERROR', language), unexpected: true };
}
