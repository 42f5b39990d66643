/** Unicode NFC, the one form Lantoa stores and compares. */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * Folds Vietnamese text for search and comparison: no diacritics, đ → d, lower case,
 * single spaces. "Điển  Hình" and "dien hinh" fold to the same string.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Collapses runs of white space and trims: what a person means by "the same name". */
export function tidySpaces(text: string): string {
  return toNfc(text).replace(/\s+/g, ' ').trim();
}

/** Deeply normalises every string in a JSON-like value to NFC; other values pass through. */
export function normalizeStringsDeep<T>(value: T): T {
  if (typeof value === 'string') return toNfc(value) as T;
  if (Array.isArray(value)) return value.map((item) => normalizeStringsDeep(item)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) result[key] = normalizeStringsDeep(item);
    return result as T;
  }
  return value;
}

/** "Nguyễn Văn An" → "nguyenvanan" style login names: ASCII letters and digits only. */
export function usernameBase(fullName: string): string {
  const words = foldVietnamese(fullName)
    .replace(/[^a-z0-9 ]/g, '')
    .split(' ')
    .filter(Boolean);
  if (words.length === 0) return 'user';
  const last = words[words.length - 1]!;
  const initials = words
    .slice(0, -1)
    .map((word) => word[0])
    .join('');
  return (last + initials).slice(0, 24);
}
