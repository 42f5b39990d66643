import { toNfc } from './fold.js';

/**
 * Prepares form values for the API: strings trimmed and in NFC, empty optional strings dropped.
 * Keys listed in `untrimmed` keep their spaces (a password is taken exactly as typed).
 */
export function cleanInput<T extends object>(values: T, untrimmed: (keyof T)[] = []): T {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value !== 'string') {
      if (value !== undefined && value !== null) result[key] = value;
      continue;
    }
    const normalized = untrimmed.includes(key as keyof T) ? toNfc(value) : toNfc(value).trim();
    if (normalized !== '') result[key] = normalized;
  }
  return result as T;
}
