import type { ErrorCode } from './error-catalog.js';

/** The one error type services throw; the HTTP filter and the socket wrapper turn it into `{ code, message, details? }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly details?: unknown,
  ) {
    super(code);
    this.name = 'AppError';
  }
}
