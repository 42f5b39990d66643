/** Unicode NFC, the one form the server stores and compares. */
export function toNfc(value: string): string {
  return value.normalize('NFC');
}

/**
 * Folds Vietnamese text for comparison: no diacritics, đ → d, lower case, single spaces.
 * "Trường TH Bình Chánh" → "truong th binh chanh".
 */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every word of the query appears somewhere in the text, ignoring diacritics and case. */
export function matchesQuery(text: string, query: string): boolean {
  const words = foldText(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldText(text);
  return words.every((word) => haystack.includes(word));
}

/** Prepared form of a query, for filtering long lists without re-folding it per item. */
export function createMatcher(query: string): (text: string) => boolean {
  const words = foldText(query).split(' ').filter(Boolean);
  if (words.length === 0) return () => true;
  return (text) => {
    const haystack = foldText(text);
    return words.every((word) => haystack.includes(word));
  };
}
