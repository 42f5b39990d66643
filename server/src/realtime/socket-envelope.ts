import { resolveError } from '../common/errors/error-body.js';
import type { Language } from '../common/errors/error-catalog.js';

export type Ack<T> = { data: T } | { error: { code: string; message: string; details?: unknown } };

/** Runs a socket handler and answers with one envelope; an error becomes `{ error: { code, message } }`, never a crash. */
export async function toAck<T>(language: Language, handler: () => Promise<T> | T): Promise<Ack<T>> {
  try {
    return { data: await handler() };
  } catch (error) {
    const { body } = resolveError(error, language);
    return { error: body };
  }
}
